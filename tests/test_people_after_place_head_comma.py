"""A place head word closing one phrase ("in Ituri province", "dans la province", "en el
departamento") and a person's name opening the next, after a comma, are two things: the head
names a place only with the words joined to it, before it or after it with no mark between
("Ituri province", "province of Ituri"); the name set off by a comma is the person's
(tests/corpus/README.md: people named in the article text). Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The convoy was ambushed near Bunia in Ituri province, Mary Jones, a spokeswoman for the mission, said on Monday.",
                     {"Mary Jones"}, id="en-province-spokeswoman"),
        pytest.param("Two soldiers died in the attack in Ituri province, John Smith said on Tuesday.",
                     {"John Smith"}, id="en-province-said"),
        pytest.param("Rebels shelled a village in Upper Nile state, Peter Okello, the county commissioner, told reporters.",
                     {"Peter Okello"}, id="en-state-commissioner"),
    ],
)
def test_name_after_comma_is_a_person(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: the words joined to the head are the place, no person
        pytest.param("The patrol reached the province of Haut Uele on Monday.", set(), id="province-of-place"),
        pytest.param("The patrol reached Haut Uele province on Monday.", set(), id="place-province"),
    ],
)
def test_place_joined_to_head_is_no_person(text, expected):
    assert _people(text) == expected
