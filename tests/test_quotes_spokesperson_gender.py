"""Quotes: the pronoun after "X ..., her spokesman, Y, said" goes to the one of X and Y whose
gender does not differ from its own. An English possessive gives its owner's gender ("her":
the chief is a woman, so "He" is the spokesman), a gendered word or a French possessive
agreeing with the noun the spokesperson's ("his spokeswoman", "son porte-parole"); French and
Spanish possessives give no owner's gender (quotes.yaml possessive_owner_genders,
voice_genders). A printed "Él", folded to the article "el", keeps its gender.

And a spokesperson whose surname is a title's plural ("Reyes", Spanish "reyes", kings) is
still found by name ("Tom Reyes, spokesman for Ana Costa, told reporters..."): a plural title
ending a name after a given name is its family name (vocabulary.yaml surname_titles).
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Maria Lopez condemned the raid, her spokesman, Paul Brand, said. He added that two soldiers were hurt.",
                     ["Paul Brand", "Paul Brand"], id="en-her-spokesman-he"),
        pytest.param("Maria Lopez condemned the raid, her spokesman, Paul Brand, said. "
                     "He then met the families of the victims. He said the army must act.",
                     ["Paul Brand", "Paul Brand"], id="en-her-spokesman-he-no-speech-between"),
        pytest.param("John Carter condemned the raid, his spokeswoman, Anna Berg, said. She added that two soldiers were hurt.",
                     ["Anna Berg", "Anna Berg"], id="en-his-spokeswoman-she"),
        pytest.param("Maria Lopez arrived in Goma on Monday. General John Carter condemned the raid, his spokesman, "
                     "Paul Brand, said. She added that two soldiers were hurt.",
                     ["Paul Brand", "Maria Lopez"], id="en-she-neither-chief-nor-spokesman"),
        pytest.param("La ministre Marie Dubois est arrivée à Goma. Le général Jean Morel a condamné l'attaque, "
                     "a indiqué son porte-parole, Marc Vidal. Elle a ajouté que deux soldats étaient blessés.",
                     ["Marc Vidal", "Marie Dubois"], id="fr-son-porte-parole-elle"),
        pytest.param("La ministra Ana Costa condenó el ataque, dijo su portavoz, Pedro Gil. "
                     "Él añadió que dos soldados resultaron heridos.",
                     ["Pedro Gil", "Pedro Gil"], id="es-printed-el-masculine"),
    ],
)
def test_pronoun_after_a_spokesperson_follows_gender(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Maria Lopez condemned the raid, her spokeswoman, Anna Berg, said. She added that two soldiers were hurt.",
                     ["Anna Berg", "Maria Lopez"], id="en-same-gender-chief"),
        pytest.param("Maria Lopez condemned the raid, her spokesman, Paul Brand, said. She added that two soldiers were hurt.",
                     ["Paul Brand", "Maria Lopez"], id="en-her-spokesman-she"),
    ],
)
def test_pronoun_fitting_the_chief_stays_with_the_chief(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Tom Reyes, spokesman for Ana Costa, told reporters the base was on alert. He added that patrols had resumed.",
                     ["Tom Reyes", "Tom Reyes"], id="en"),
        pytest.param("Tom Reyes, porte-parole d'Ana Costa, a indiqué que la base était en alerte. "
                     "Il a ajouté que les patrouilles avaient repris.",
                     ["Tom Reyes", "Tom Reyes"], id="fr"),
        pytest.param("Luis Reyes, portavoz de Ana Costa, dijo que la base estaba en alerta. "
                     "Él añadió que las patrullas se habían reanudado.",
                     ["Luis Reyes", "Luis Reyes"], id="es"),
    ],
)
def test_spokesperson_whose_surname_is_a_plural_title(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


@pytest.mark.parametrize(
    "sentence, language, people",
    [
        pytest.param("Paul Reyes said the base was on alert.", "en", ["Paul Reyes"], id="en-name"),
        pytest.param("Los Reyes visitaron la base el lunes.", "es", [], id="es-the-royals"),
        pytest.param("Los Reyes Felipe y Letizia visitaron la base.", "es", [], id="es-royals-before-names"),
    ],
)
def test_plural_title_ending_a_name_is_a_surname(sentence, language, people):
    assert [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"] == people
