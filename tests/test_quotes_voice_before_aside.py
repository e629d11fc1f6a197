"""A body's unnamed voice opening the sentence, an aside set off by commas, then the verb and
its clause ("A Minusca official, speaking on condition of anonymity, said two peacekeepers
were hurt"): the voice is the subject, so the body speaks; the clause's own subject after the
verb ("two peacekeepers") is no inverted speaker. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        pytest.param("A Minusca official, speaking on condition of anonymity, said two peacekeepers were hurt near Bria.",
                     "MINUSCA", id="en-official-speaking-on-condition"),
        pytest.param("A Minusca spokesman, speaking to reporters in Bangui, said two peacekeepers were hurt near Bria.",
                     "MINUSCA", id="en-spokesman-speaking-to-reporters"),
        pytest.param("A UN spokeswoman, reached by telephone, said three soldiers had been wounded near the camp.",
                     "United Nations", id="en-spokeswoman-reached-by-telephone"),
    ],
)
def test_a_voice_before_an_aside_speaks_for_its_body(paragraph, speaker):
    assert [q.speaker for q in quotes_of("en", paragraph)] == [speaker]
