"""An armed group's acronym that other bodies share (organisations.yaml "ambiguous_acronyms")
names the group where a word for its fighters stands beside it (vocabulary
"armed_group_words"); French writes them "éléments" ("des éléments de l'UPC"), which now
counts as such a word there (vocabulary "armed_group_member_words") (tests/corpus/README.md: armed groups named "as a group or through
their members"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Lundi, des éléments de l'UPC ont attaqué un convoi de la Minusca près de Bambari.",
                     {"Union for Peace in the Central African Republic"}, id="fr-elements-de"),
        pytest.param("Deux éléments de l'UPC ont été arrêtés par la Minusca à Alindao mardi.",
                     {"Union for Peace in the Central African Republic"}, id="fr-deux-elements"),
    ],
)
def test_elements_of_an_armed_group(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the acronym with no word of fighters beside it stays another body's
        pytest.param("L'UPC, un parti d'opposition camerounais, a tenu son congrès à Douala.", set(), id="fr-party"),
        # guard: the army's elements are the army's, as before
        pytest.param("Selon la Minusca, trois éléments des FACA ont été blessés près de Bambari lundi.",
                     {"Central African Armed Forces"}, id="fr-army-elements"),
    ],
)
def test_guards(text, expected):
    assert _bodies(text) == expected
