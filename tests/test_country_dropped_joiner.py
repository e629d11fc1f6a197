"""A country's long name printed without one of its joining words ("République démocratique
Congo", a slip for "du Congo") still names the country; a name left with two words ("Republic
Korea") does not. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.reference import country_spellings


def countries(sentence: str, language: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, language) if f.kind == "country"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Les soldats de la République démocratique Congo ont repris la ville.", "fr", id="fr"),
        pytest.param("Las tropas de la República Democrática Congo recuperaron la ciudad.", "es", id="es"),
        pytest.param("Troops of the Democratic Republic Congo retook the town.", "en", id="en"),
    ],
)
def test_a_long_name_without_its_joining_word_names_the_country(sentence, language):
    assert countries(sentence, language) == ["Democratic Republic of the Congo"]


@pytest.mark.parametrize(
    "name, expected",
    [
        pytest.param("République démocratique du Congo", ["République démocratique du Congo", "République-démocratique-du-Congo",
                                                           "République démocratique Congo", "République-démocratique-Congo"], id="fr"),
        pytest.param("Republic of Korea", ["Republic of Korea", "Republic-of-Korea"], id="two-words-left"),
    ],
)
def test_country_spellings(name, expected):
    assert country_spellings(name, ["of the", "of", "du", "de la", "de", "del"]) == expected
