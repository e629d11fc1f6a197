"""People in the printed forms official and military press releases use: a family name in
capitals closing the name ("Carlos ARANDA") or standing alone after a rank ("le général
MARTINEAU"), given names as initials set off after a title ("the Special Representative,
K T Lim,"), a family name opened by an elided article ("Didier L'Escaut"), a given name that
is also a country's name in the article's language ("Dominique Perrault"). And what they are
not: a word of a headline in capitals after a name, a hero's name on a camp or a street.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


def people(sentence: str, language: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"]


def people_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


def countries_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "country")


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "El teniente coronel Martín de la ROSA asumió ayer el mando del contingente.", "Martín de la ROSA",
                     id="es-particles-then-capitals"),
        pytest.param("es", "La ceremonia fue presidida por el general Carlos ARANDA, jefe de la fuerza.", "Carlos ARANDA",
                     id="es-given-then-capitals"),
        pytest.param("fr", "Le colonel Jean-Marc FOURNIER a remis le drapeau au détachement.", "Jean-Marc FOURNIER",
                     id="fr-hyphenated-given"),
        pytest.param("en", "The parade was reviewed by Major General Ahmed Karim SIDDIQUI on Monday.", "Ahmed Karim SIDDIQUI",
                     id="en-two-given"),
        pytest.param("en", "Ahmed Karim SIDDIQUI reviewed the parade on Monday.", "Ahmed Karim SIDDIQUI", id="en-no-rank"),
    ],
)
def test_a_family_name_in_capitals_closes_the_name(language, sentence, name):
    assert people(sentence, language) == [name]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "Entrevista con Juan Pérez HABLA CLARO sobre la misión.", "Juan Pérez", id="es-headline-words"),
        pytest.param("en", "A photo of Mary Jones NEAR GOMA was shown.", "Mary Jones", id="en-headline-words"),
        pytest.param("en", "The convoy of John Okafor UNMISS left Juba.", "John Okafor", id="en-known-acronym"),
    ],
)
def test_words_in_capitals_after_a_name_that_are_no_family_name_stay_out(language, sentence, name):
    assert people(sentence, language) == [name]


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("es", "El relevo de la brigada Asturias VII terminó ayer en el sur.", id="es-rotation-numeral"),
        pytest.param("en", "The Lancaster XII battalion left the camp on Monday.", id="en-rotation-numeral"),
    ],
)
def test_a_roman_numeral_after_a_name_is_no_family_name_in_capitals(language, sentence):
    assert people(sentence, language) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Le général MARTINEAU a présidé la cérémonie au camp.", "MARTINEAU", id="fr-general"),
        pytest.param("El coronel BALLESTEROS entregó las medallas al contingente.", "BALLESTEROS", id="es-colonel"),
        pytest.param("The medals were handed out by Colonel HARTWELL at the base.", "HARTWELL", id="en-colonel"),
    ],
)
def test_a_family_name_in_capitals_alone_after_a_rank_is_a_person(text, name):
    assert people_of(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le général MINUSMA a été cité par erreur dans le rapport.", id="fr-known-acronym"),
        pytest.param("The Colonel said NO to the request of the mayor.", id="en-short-word"),
    ],
)
def test_an_acronym_or_a_short_word_in_capitals_after_a_rank_is_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("On behalf of the Special Representative of the Secretary-General, K T Lim, he thanked the mayor.",
                     "K T Lim", id="two-initials-apposed"),
        pytest.param("The Force Commander, J Okonjo, visited the camp.", "J Okonjo", id="one-initial-apposed"),
        pytest.param("The Special Representative of the Secretary-General, Y T Mensah, thanked the mayor.", "Y T Mensah",
                     id="initial-that-is-a-word-after-an-office-of-several-words"),
    ],
)
def test_initials_set_off_after_a_title_open_the_name(sentence, name):
    assert people(sentence, "en") == [name]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("fr", "Le général Didier L'Escaut a pris le commandement de la force.", "Didier L'Escaut", id="fr-l"),
        pytest.param("fr", "Le colonel Marc D'Arvieux a reçu les officiers.", "Marc D'Arvieux", id="fr-d"),
        pytest.param("en", "General Didier L'Escaut took command of the force on Thursday.", "Didier L'Escaut", id="en-l"),
        pytest.param("fr", "Le général Didier L\u2019Escaut a pris le commandement.", "Didier L\u2019Escaut", id="fr-curly"),
    ],
)
def test_a_family_name_opened_by_an_elided_article_stays_whole(language, sentence, name):
    assert people(sentence, language) == [name]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("fr", "Le général de brigade Dominique Perrault a salué les soldats.", "Dominique Perrault", id="fr-dominique"),
        pytest.param("fr", "Dominique Perrault, commandant de la mission, a salué les soldats.", "Dominique Perrault",
                     id="fr-dominique-opening"),
    ],
)
def test_a_given_name_that_is_a_countrys_name_opens_a_person_not_the_country(language, sentence, name):
    found = find_in_sentence(sentence, language)
    assert [f.name for f in found if f.kind == "person"] == [name]
    assert [f.name for f in found if f.kind == "country"] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('El acto se realizó en el campo "San Martín" de la base.', id="es-camp"),
        pytest.param("Los soldados desfilaron por la avenida San Martín hasta la plaza.", id="es-avenue"),
    ],
)
def test_a_spanish_heros_name_on_a_place_is_no_territory(text):
    assert countries_of(text) == []
