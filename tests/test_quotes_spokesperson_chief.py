"""Quotes: a named spokesperson speaking for a person ("her spokesman, Y, said", "a indiqué son
porte-parole, Y", "dijo Y, portavoz de X") speaks the sentence as themselves, but the pronoun
opening the sentence after ("She called on...", "Il a appelé...") stands for the one the
spokesperson speaks for, whose position the sentence gave (quotes.yaml person_voices). A
spokesperson named first and described after ("Y, spokesman for X, told reporters...") is the
subject, and "he" after goes on with them, as does a spokesperson of a body. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Maria Lopez condemned the raid, her spokesman, Paul Brand, said in a statement. "
                     "She called on the authorities to find those responsible.",
                     ["Paul Brand", "Maria Lopez"], id="en-possessive"),
        pytest.param("Le chef de la mission, Jean Morel, « condamne fermement l'attaque », a indiqué son porte-parole, Marc Vidal. "
                     "Il a appelé les autorités à retrouver les coupables.",
                     ["Marc Vidal", "Jean Morel"], id="fr-possessive"),
    ],
)
def test_pronoun_after_a_persons_spokesperson_is_the_chief(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Paul Brand, a spokesman for the mission, said the patrol was attacked. He added that two soldiers were hurt.",
                     ["Paul Brand", "Paul Brand"], id="en-body-spokesman"),
        pytest.param("Marc Vidal, porte-parole de la mission, a indiqué que la patrouille avait été attaquée. "
                     "Il a ajouté que deux soldats étaient blessés.",
                     ["Marc Vidal", "Marc Vidal"], id="fr-body-spokesman"),
        pytest.param("Paul Brand, spokesman for Secretary-General Maria Lopez, told reporters the base was on alert. "
                     "He added that patrols had resumed.",
                     ["Paul Brand", "Paul Brand"], id="en-spokesman-for-then-he-added"),
        pytest.param("Paul Brand, spokesman for Maria Lopez, told reporters the base was on alert. "
                     "He added that patrols had resumed.",
                     ["Paul Brand", "Paul Brand"], id="en-spokesman-for-name-then-he-added"),
        pytest.param("Luc Faure, porte-parole de Jean Morel, a indiqué que la base était en alerte. "
                     "Il a ajouté que les patrouilles avaient repris.",
                     ["Luc Faure", "Luc Faure"], id="fr-porte-parole-de-then-il-a-ajoute"),
        pytest.param("Pedro Gil, portavoz de Juan Morales, dijo que la base estaba en alerta. "
                     "Él añadió que las patrullas se habían reanudado.",
                     ["Pedro Gil", "Pedro Gil"], id="es-portavoz-de-then-el-anadio"),
    ],
)
def test_pronoun_after_a_spokesperson_subject_is_the_spokesperson(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers
