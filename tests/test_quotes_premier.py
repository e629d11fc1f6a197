"""Quotes in English: "the premier" is the press's word for a head of government, so "the
premier said" after "Prime Minister X" stands for X, and "the prime minister said" after
"Premier X" too (quotes.yaml speaker_roles and title_variants), the holder of the office
before any person named nearer. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Prime Minister Jane Roe said on Friday that engineers would leave in May.\n\n"
                     "\"They are trained and ready,\" the premier said.", "trained and ready", "Jane Roe", id="premier-after-prime-minister"),
        pytest.param("Prime Minister Jane Roe met Defence Minister John Doe on Friday.\n\n"
                     "\"They are trained and ready,\" the premier said.", "trained and ready", "Jane Roe", id="premier-not-the-nearer-minister"),
        pytest.param("Jane Roe, the prime minister, met the defence minister, John Doe, on Friday.\n\n"
                     "The premier said the engineers would leave in May.", "engineers would leave", "Jane Roe", id="premier-after-apposed-title"),
    ],
)
def test_the_premier_is_the_prime_minister(text, says, speaker):
    assert speakers_of("en", text, says) == [speaker]


@pytest.mark.parametrize(
    "text, says",
    [
        # no one named: the premier stays unnamed
        pytest.param("\"They are trained and ready,\" the premier said on Friday.", "trained and ready", id="no-one-named"),
    ],
)
def test_no_prime_minister_named_gives_no_speaker(text, says):
    assert speakers_of("en", text, says) == [""]
