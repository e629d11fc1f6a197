"""A given name that is also a month's short name ("Jan", January) opens a person's name when
it is capitalised and joined by a space to a capitalised word that is no month or weekday
("UN envoy Jan Novak", tests/corpus/README.md: people named in the text, full names); printed
before a day or a year it stays the month. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("UN envoy Jan Novak told the Security Council that the vote was delayed.", {"Jan Novak"}, id="en-after-title"),
        pytest.param("The head of the UN mission, Jan Vermeulen, left Juba on Monday.", {"Jan Vermeulen"}, id="en-apposition"),
        pytest.param("L'émissaire de l'ONU Ján Horvath a quitté Bangui lundi.", {"Ján Horvath"}, id="fr-accented"),
    ],
)
def test_given_name_jan(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the short month before its day or its year is a date, no name
        pytest.param("On Jan 5, UN envoy Ana Ruiz told the Security Council that the vote was delayed.", {"Ana Ruiz"}, id="en-day"),
        pytest.param("UN peacekeepers left Gao in Jan 2024, said Ana Ruiz.", {"Ana Ruiz"}, id="en-year"),
    ],
)
def test_guards(text, expected):
    assert _people(text) == expected
