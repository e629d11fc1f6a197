"""Quotes: a body named right before the word for its document ("a council statement said",
"an army statement said") gave the document: it speaks. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The Security Council met on Tuesday. UNIFIL patrols resumed. \u201cThe members urged all parties to "
                     "respect the Blue Line,\u201d a council statement said.", "Security Council", id="en-council-statement"),
        pytest.param("MONUSCO patrols resumed near Beni. The road was reopened to trucks, a UNIFIL statement said.", "UNIFIL",
                     id="en-acronym-statement"),
    ],
)
def test_the_body_before_the_document_speaks(text, speaker):
    assert speakers_of(text)[-1] == speaker
