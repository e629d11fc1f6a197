"""A person's name set off by a comma from the word after it stays a person's name when that
word, folded, is a word of a place or thing named after someone (vocabulary
"named_thing_heads"): "Jean Dupont, placé en garde à vue" ("placé" folds to "place"), "Marie
Kaboré, basé à Goma" ("basé" to "base"). Only a thing's
word joined to the name by a space makes it a thing's name ("the Dag Hammarskjöld Medal",
"the Nelson Mandela Square"). tests/corpus/README.md: people named in the text, full names.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("La police a arrêté Jean Dupont, placé en garde à vue depuis mardi.",
                     {"Jean Dupont"}, id="fr-place"),
        pytest.param("Des miliciens soutiennent le général Paul Mabanza, placé en résidence surveillée.",
                     {"Paul Mabanza"}, id="fr-place-after-rank"),
        pytest.param("Le contingent a été reçu par Marie Kaboré, basé à Goma depuis 2019.",
                     {"Marie Kaboré"}, id="fr-base"),
    ],
)
def test_name_before_comma_and_thing_word_is_a_person(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards: the thing's word joined to the name makes the name a thing's
        pytest.param("The Nelson Mandela Square was closed on Monday.", id="en-square"),
        pytest.param("Il a reçu la médaille au stade Félix Houphouët Stade.", id="fr-stade"),
    ],
)
def test_thing_word_joined_to_name_is_no_person(text):
    assert "Nelson Mandela" not in _people(text) and "Félix Houphouët" not in _people(text)
