"""The present of "underline" reports as its past does ("X underlines that the patrols will
go on"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import only_quote


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "John Barker underlines that the patrols along the river will go on.", "John Barker", id="en-x-underlines-that"),
        pytest.param("en", "\u201cThe patrols along the river will go on,\u201d John Barker underlines.", "John Barker", id="en-quote-x-underlines"),
    ],
)
def test_underlines_reports(language, paragraph, speaker):
    quote = only_quote(language, paragraph)
    assert quote.speaker == speaker
