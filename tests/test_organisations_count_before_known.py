"""A number word or a quantifier, capitalised at the head of a sentence right before a body the
reference knows ("Five African Union peacekeepers", "Another African Union patrol", "Several
European Union envoys") names that body only: the count is no part of a body's name
(tests/corpus/README.md: an article's organisations are the bodies its text names, each once).
A body whose own name opens with such a word and is not known stays as it was.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Another African Union patrol came under fire near Kismayo on Friday.",
                     {"African Union"}, id="another-au"),
        pytest.param("Several European Union envoys reached Bamako late on Tuesday.",
                     {"European Union"}, id="several-eu"),
        pytest.param("Five African Union peacekeepers were wounded in the blast.",
                     {"African Union"}, id="five-au"),
        pytest.param("Four Lebanese Armed Forces soldiers escorted the convoy to Tyre.",
                     {"Lebanese Armed Forces"}, id="four-laf"),
        pytest.param("Various World Food Programme trucks were looted outside Goma.",
                     {"World Food Programme"}, id="various-wfp"),
        pytest.param("Numerous Human Rights Watch researchers visited Bria in March.",
                     {"Human Rights Watch"}, id="numerous-hrw"),
    ],
)
def test_count_before_known_body_names_it_only(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: a count word inside a name nobody knows, or after a head word, stays
        pytest.param("The Nine Mile Logistics Company hauled the fuel to Juba.",
                     {"Nine Mile Logistics Company"}, id="unknown-name-with-number"),
        pytest.param("The Group of Seven met in Rome.", {"G7"}, id="known-name-with-number"),
    ],
)
def test_count_word_of_a_name_kept(text, expected):
    assert _bodies(text) == expected
