"""A site's section names glued to the headline on its line: a breadcrumb whose items a copy
ran together in one word ("ActualitéInternational Les casques bleus ...", "NewsWorld
Peacekeepers ...") or a section printed in capitals before it ("MONDE Les casques bleus ...",
"WORLD Peacekeepers ..."): the headline is the words after them. A brand with a capital
inside, a place or an acronym opening the headline stays in it.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


def _title(language: str, line: str) -> str:
    return extract("\n\n".join([line, LEAD[language], MORE[language]]), today=_TODAY).fields["title"]


@pytest.mark.parametrize(("language", "kicker"), [
    ("fr", "ActualitéInternational"),
    ("fr", "AccueilMonde"),
    ("en", "NewsWorld"),
    ("es", "NoticiasInternacional"),
    ("fr", "MONDE"),
    ("en", "WORLD"),
    ("es", "INTERNACIONAL"),
])
def test_a_section_glued_before_the_headline_is_no_part_of_it(language, kicker):
    assert _title(language, f"{kicker} {HEADLINE[language]}") == HEADLINE[language]


@pytest.mark.parametrize(("language", "line"), [
    # (must not change) a brand with a capital inside, an acronym, a place in capitals
    ("en", "PlayStation fundraiser helps peacekeepers' families in the south"),
    ("en", "UNIFIL Troops stay in their positions in the south"),
    ("fr", "MALI Les casques bleus restent sur leurs positions"),
])
def test_other_words_opening_the_headline(language, line):
    expected = line.split(" ", 1)[1] if line.startswith("MALI") else line
    assert _title(language, line) == expected
