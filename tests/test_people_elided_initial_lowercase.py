"""People: a family name opening with an elided capital M or N and printed with a lowercase
letter after the apostrophe ("N'diaye", "M'bala"), inside a sentence after the given name,
is one word of the name, as "N'Diaye" already is; at the opening of a sentence or clause a
capital "N'" or "M'" stays the French elided pronoun or negation ("N'oublions pas", "M'a-t-il
dit"). The person so named then speaks for the speech verb after the name. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract
from newsdossier.text import tokenize


def people(sentence: str, language: str) -> set[str]:
    """The names of the people found in one sentence."""
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("en", "Colonel Moussa N’diaye inspected the camp at Gao on Monday.", {"Moussa N’diaye"}, id="en-n-curly"),
        pytest.param("en", "Captain Awa M'bala briefed the patrol leaders in Bria.", {"Awa M'bala"}, id="en-m-straight"),
        pytest.param("fr", "Le commandant Ousmane N'diaye a salué les soldats à Dakar.", {"Ousmane N'diaye"}, id="fr-n-straight"),
        pytest.param("es", "El coronel Ibrahima M’backé visitó el campamento de Gao.", {"Ibrahima M’backé"}, id="es-m-curly"),
    ],
)
def test_an_elided_capital_before_a_lowercase_letter_stays_in_the_name(language, sentence, names):
    assert people(sentence, language) == names


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GAO -- The mission's spokesperson, Colonel Moussa N’diaye, says the convoy reached Ansongo on Monday.",
                     "Moussa N’diaye", id="en-says"),
        pytest.param("GAO - Le porte-parole de la mission, le colonel Moussa N'diaye, a indiqué que le convoi était arrivé à Ansongo.",
                     "Moussa N'diaye", id="fr-a-indique"),
    ],
)
def test_a_person_so_named_speaks(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("N'oublions pas les soldats.", ["N'", "oublions", "pas", "les", "soldats"], id="sentence-opening-negation"),
        pytest.param("« N'ayez pas peur », a-t-il dit.", ["N'", "ayez", "pas", "peur", "a-t-il", "dit"], id="quotation-opening-negation"),
        pytest.param("M'a-t-il dit la vérité ?", ["M'", "a-t-il", "dit", "la", "vérité"], id="sentence-opening-pronoun"),
    ],
)
def test_an_elided_capital_opening_a_sentence_still_cuts(text, words):
    assert [t.text for t in tokenize(text)] == words


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GAO -- Colonel Moussa N’diaye, the mission's spokesperson, met the press on Monday.\n\n"
                     "N’diaye further reveals that the convoy reached Ansongo on Sunday.", "Moussa N’diaye", id="en-surname-opens"),
        pytest.param("GAO - Le colonel Moussa N'diaye, porte-parole de la mission, a reçu la presse lundi.\n\n"
                     "N'diaye a précisé que le convoi était arrivé à Ansongo dimanche.", "Moussa N'diaye", id="fr-surname-opens"),
        pytest.param("GAO - El coronel Moussa M'bala, portavoz de la misión, recibió a la prensa el lunes.\n\n"
                     "M'bala dijo que el convoy llegó a Ansongo el domingo.", "Moussa M'bala", id="es-surname-opens"),
    ],
)
def test_the_surname_alone_opening_a_sentence_speaks(text, speaker):
    """An elided capital before a consonant other than h opening a sentence ("N'diaye a
    précisé"): French never elides the pronoun or the negation there, so it is the family name,
    one word, and the person named before speaks."""
    assert [q.speaker for q in extract(text, None).quotes][-1] == speaker


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("N'y a-t-il pas de soldats ?", ["N'", "y", "a-t-il", "pas", "de", "soldats"], id="negation-before-y"),
        pytest.param("N'hésitez pas à appeler.", ["N'", "hésitez", "pas", "à", "appeler"], id="negation-before-h"),
    ],
)
def test_an_elided_capital_before_a_vowel_or_h_still_cuts(text, words):
    assert [t.text for t in tokenize(text)] == words
