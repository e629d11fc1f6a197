"""Quotes: a participle of saying whose object is a ritual word, not words reported
("saying goodbye to the troops", "saying farewell", "saying a prayer"), reports nothing, as
"adding to the toll" does not. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GAO -- Colonel Ama Tetteh walked along the line of Chadian troops, saying goodbye at the airport.", id="goodbye"),
        pytest.param("GAO -- Colonel Ama Tetteh stood by the coffins on the runway, saying farewell to the fallen.", id="farewell"),
        pytest.param("GAO -- Colonel Ama Tetteh knelt by the coffins on the runway, saying a prayer for the fallen.", id="a-prayer"),
    ],
)
def test_a_ritual_word_after_saying_is_no_quote(text):
    assert quotes_of(text) == []


def test_saying_with_words_still_reports():
    text = "GAO -- Colonel Ama Tetteh walked along the line of Chadian troops, saying the battalion had served with honour."
    assert [speaker for speaker, _sentence in quotes_of(text)] == ["Ama Tetteh"]
