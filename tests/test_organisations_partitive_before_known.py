"""A count or a group of people, capitalised at the head of a sentence, then "of" and a body
the reference knows ("Hundreds of African Union soldiers", "Members of African Union forces")
names that body only: the partitive is no part of a body's name (tests/corpus/README.md: an
article's organisations are the bodies its text names, each once). A head word of a body's
name before the connector ("The Commission of the African Union") keeps its reading.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Hundreds of African Union soldiers have died in Somalia since 2007.",
                     {"African Union"}, id="hundreds-au"),
        pytest.param("Dozens of European Union observers arrived in Bangui on Monday.",
                     {"European Union"}, id="dozens-eu"),
        pytest.param("Scores of Lebanese Armed Forces troops were deployed near Naqoura.",
                     {"Lebanese Armed Forces"}, id="scores-laf"),
        pytest.param("Members of African Union forces guarded the airport of Mogadishu.",
                     {"African Union"}, id="members-au"),
        pytest.param("Thousands of World Food Programme rations reached Juba by road.",
                     {"World Food Programme"}, id="thousands-wfp"),
        pytest.param("Tens of United Nations Mission in South Sudan staff were moved to Juba.",
                     set(), id="tens-of-a-mission"),
    ],
)
def test_partitive_names_the_known_body_only(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: a head word before the connector names a body of its own or the known one
        pytest.param("The Office of the United Nations High Commissioner for Human Rights said so.",
                     {"Office of the United Nations High Commissioner for Human Rights"}, id="office-of-known"),
        pytest.param("The Commission of the African Union met in Addis Ababa on Friday.",
                     {"African Union"}, id="commission-of-au"),
    ],
)
def test_head_word_before_known_body_kept(text, expected):
    assert _bodies(text) == expected
