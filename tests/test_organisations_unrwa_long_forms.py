"""UNRWA's full English name as the press prints it, with or without its region ("... for
Palestine Refugees", "... in the Middle East" for the official "in the Near East"), is UNRWA
(tests/corpus/README.md: a listed body takes its name there, however printed); the refugees'
land inside the name is no country of the story. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _actors(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract(text).entities.values() if e.kind in ("organisation", "country")}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Two teachers of the United Nations Relief and Works Agency for Palestine Refugees in the Middle East died in Khan Younis.",
                     {("UNRWA", "organisation")}, id="en-middle-east"),
        pytest.param("The UN Relief and Works Agency for Palestine Refugees opened a school in Jenin on Monday.",
                     {("UNRWA", "organisation")}, id="en-no-region"),
        pytest.param("The United Nations Relief and Works Agency said on Monday that its school in Jenin reopened.",
                     {("UNRWA", "organisation")}, id="en-short"),
    ],
)
def test_unrwa_forms(text, expected):
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the country named apart from the body is still a country
        pytest.param("UNRWA said Palestine needed more aid after the strikes in Gaza on Monday.",
                     {("UNRWA", "organisation"), ("Palestine", "country")}, id="en-country-apart"),
    ],
)
def test_guards(text, expected):
    assert _actors(text) == expected
