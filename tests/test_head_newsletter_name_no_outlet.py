"""A newsletter's or a roundup's name printed where a byline stands, above the page's date
line ("Daily Briefing", "News Digest", "Daily Roundup"), names the page's regular feature,
not the outlet that published it nor a writer: a name whose last word is a newsletter's
word (vocabulary newsletter_words) is no paper's name, though its first word is a
newspaper's ("Daily", "News"). A paper's name so printed ("Daily Ledger") still is.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_DATE = {"en": "12 May 2024", "fr": "12 mai 2024", "es": "12 de mayo de 2024"}


def _page(language: str, line: str) -> str:
    return "\n".join([line, _DATE[language], HEADLINE[language], LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Daily Briefing"),
    ("en", "News Digest"),
    ("en", "Daily Roundup"),
    ("fr", "Daily Newsletter"),
    ("es", "Noticias Newsletter"),
])
def test_a_newsletter_name_is_no_outlet(language, line):
    fields = extract(_page(language, line)).fields
    assert fields["source"] != line
    assert fields["authors"] == []


def test_a_paper_name_so_printed_is_still_the_outlet():
    assert extract(_page("en", "Daily Ledger")).fields["source"] == "Daily Ledger"
