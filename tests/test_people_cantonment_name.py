"""A cantonment named after a person, its word after the name as English prints it ("Jane Roe
Cantonment", "the John Smith Cantonment"): the name is the place's, not a person of the article
(vocabulary "named_thing_heads"; tests/corpus/README.md: people). A person who commands it,
named with a rank, stays a person. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The battalion returned to Jane Roe Cantonment in Lahore after the mission.",
                     set(), id="en-cantonment"),
        pytest.param("The peacekeepers paraded at the John Smith Cantonments before leaving for Juba.",
                     set(), id="en-cantonments"),
        pytest.param("The commander of the cantonment, Brigadier Jane Roe, welcomed the troops.",
                     {"Jane Roe"}, id="en-commander"),
    ],
)
def test_cantonment_named_after_person(text, expected):
    assert _people(text) == expected
