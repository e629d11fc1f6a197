"""Quotes: a named spokesperson speaking for a person ("her spokesman, Y, said", "a indiqué son
porte-parole, Y", "dijo Y, portavoz de X") speaks the sentence as themselves, but the pronoun
opening the sentence after ("She called on...", "Il a appelé...", "Él pidió...") stands for the
one the spokesperson speaks for, whose position the sentence gave (quotes.yaml person_voices).
A spokesperson of a body keeps "he" for themselves. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Maria Lopez condemned the raid, her spokesman, Paul Brand, said in a statement. "
                     "She called on the authorities to find those responsible.",
                     ["Paul Brand", "Maria Lopez"], id="en-possessive"),
        pytest.param('"The chief recalls that attacks on peacekeepers are crimes," said Paul Brand, spokesman for Maria Lopez. '
                     "She called on the authorities to act.",
                     ["Paul Brand", "Maria Lopez"], id="en-spokesman-for"),
        pytest.param("Le chef de la mission, Jean Morel, « condamne fermement l'attaque », a indiqué son porte-parole, Marc Vidal. "
                     "Il a appelé les autorités à retrouver les coupables.",
                     ["Marc Vidal", "Jean Morel"], id="fr-possessive"),
        pytest.param("« Le chef rappelle que ces attaques sont des crimes », a déclaré Marc Vidal, porte-parole de Jean Morel. "
                     "Il a appelé les autorités à agir.",
                     ["Marc Vidal", "Jean Morel"], id="fr-porte-parole-de"),
        pytest.param('"El jefe recuerda que esos ataques son crímenes", dijo Pedro Gil, portavoz de Juan Morales. '
                     "Él pidió a las autoridades actuar.",
                     ["Pedro Gil", "Juan Morales"], id="es-portavoz-de"),
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
    ],
)
def test_pronoun_after_a_bodys_spokesperson_is_the_spokesperson(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers
