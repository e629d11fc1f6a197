"""People: a middle name spelt like a function word ("She", "Do", "La"), capitalised mid-sentence
between two name words, is a word of the name, not the end of it: the pronoun or article would
be printed in lowercase there. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "Defence minister Aurélien She Mbongo inspected the base on Monday.", "Aurélien She Mbongo", id="en-title-before"),
        pytest.param("en", "The envoy, Aurélien She Mbongo, inspected the base on Monday.", "Aurélien She Mbongo", id="en-apposed"),
        pytest.param("fr", "Le ministre Aurélien She Mbongo a inspecté la base lundi.", "Aurélien She Mbongo", id="fr"),
        pytest.param("es", "El ministro Aurélien She Mbongo inspeccionó la base el lunes.", "Aurélien She Mbongo", id="es"),
        pytest.param("en", "Colonel Patrice It Wabanga led the patrol to the river.", "Patrice It Wabanga", id="en-it"),
    ],
)
def test_a_function_word_between_two_name_words_is_a_middle_name(language, sentence, name):
    assert people(sentence, language) == [name]


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "She Mbongo inspected the base on Monday.", id="en-sentence-opening"),
        pytest.param("en", "Patrice asked whether she Mbongo had left.", id="en-lowercase-pronoun"),
    ],
)
def test_a_function_word_opening_or_in_lowercase_makes_no_longer_name(language, sentence):
    assert not any(" she " in f" {name.lower()} " for name in people(sentence, language))


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "A Message From Mbongo To Kalala", id="en-headline-preposition"),
        pytest.param("fr", "Rencontre Entre Mbongo Et Kalala", id="fr-headline-conjunction"),
        pytest.param("en", "Thanks to Mbongo Or Kalala, the talks resumed.", id="en-or"),
        pytest.param("en", "The deal was signed by Mbongo And Kalala in Juba.", id="en-and-surnames"),
    ],
)
def test_a_capitalised_conjunction_or_a_headline_word_joins_two_names(language, sentence):
    """A conjunction joins two names, and a headline in title case capitalises every function
    word: neither is a middle name."""
    for name in people(sentence, language):
        assert not {"to", "et", "or", "and"} & set(name.lower().split()), name


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The deal was signed by Aurélien Mbongo And Patrice Kalala in Juba.", id="en"),
        pytest.param("fr", "L'accord a été signé par Aurélien Mbongo Et Patrice Kalala à Juba.", id="fr"),
        pytest.param("es", "El acuerdo fue firmado por Aurélien Mbongo Y Patrice Kalala en Juba.", id="es"),
    ],
)
def test_two_full_names_joined_by_a_capitalised_conjunction_are_two_people(language, sentence):
    assert people(sentence, language) == ["Aurélien Mbongo", "Patrice Kalala"]
