"""A country's name and a colon opening the lead ("Mali: ...", "Liban : ...", "Haití: ...",
"Nam Sudan: ...") is the story's subject tag, as a country before a spaced hyphen is ("Mali -
..."): no dateline. A city so printed ("Juba: ...", "RAWALPINDI: ...") or the seat of a body
("UNITED NATIONS: ...") is the place the dispatch was filed from.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, opening: str) -> str:
    return "\n\n".join([HEADLINE[language], f"{opening} {LEAD[language]}", MORE[language]])


@pytest.mark.parametrize(("language", "opening"), [
    ("en", "Mali:"),
    ("en", "South Sudan:"),
    ("fr", "Liban :"),
    ("fr", "Centrafrique :"),
    ("es", "Haití:"),
    ("es", "Líbano:"),
    ("vi", "Nam Sudan:"),
])
def test_a_country_before_a_colon_is_no_dateline(language, opening):
    assert extract(_page(language, opening)).fields["dateline"] == ""


@pytest.mark.parametrize(("language", "opening", "place"), [
    ("en", "Juba:", "Juba"),
    ("en", "RAWALPINDI:", "Rawalpindi"),
    ("fr", "Bamako :", "Bamako"),
    ("es", "Beirut:", "Beirut"),
])
def test_a_city_before_a_colon_is_the_dateline(language, opening, place):
    assert extract(_page(language, opening)).fields["dateline"] == place
