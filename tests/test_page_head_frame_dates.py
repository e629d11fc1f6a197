"""Dates of a page's frame that are not the article's: the clock a site prints at its top
("Today: Thursday, 23 May 2024") and the day a picture's caption names where the text itself
dates the story to another time. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import is_date_line


def _dates(text: str) -> tuple[str, str]:
    """(the date the text determines, the estimated date)."""
    found = extract(text, None)
    return found.determined_date, found.text_date[0]


# --- the site's clock ---------------------------------------------------------------------------

CLOCKS = [
    "Today: Thursday, 23 May 2024",
    "Today: 23 May 2024",
    "Hôm nay: Thứ Năm, 23/5/2024",
    "Aujourd'hui : jeudi 23 mai 2024",
    "Hoy: jueves, 23 de mayo de 2024",
    "Connexion | Aujourd'hui : 23 mai 2024",
]


@pytest.mark.parametrize("clock", CLOCKS)
def test_a_site_clock_is_no_date_line(clock):
    assert not is_date_line(clock)


@pytest.mark.parametrize("clock", CLOCKS)
def test_a_site_clock_above_the_headline_does_not_date_the_article(clock):
    text = (f"{clock}\n\nPatrol attacked near the northern border\n\n"
            "A patrol of blue helmets came under fire near the border, the mission said. "
            "Two soldiers were wounded and taken to the base hospital.\n")
    assert "2024-05-23" not in _dates(text)


@pytest.mark.parametrize(("clock", "line", "expected"), [
    ("Today: Thursday, 23 May 2024", "March 4, 2019", "2019-03-04"),
    ("Hôm nay: Thứ Năm, 23/5/2024", "Thứ Hai, 04/03/2019 08:15", "2019-03-04"),
])
def test_the_page_s_own_date_line_dates_it_beside_a_clock(clock, line, expected):
    text = (f"{clock}\n\nPatrol attacked near the northern border\n\n{line}\n\n"
            "A patrol of blue helmets came under fire near the border, the mission said.\n")
    assert _dates(text)[0] == expected


@pytest.mark.parametrize("line", ["Published today, 23 May 2024", "Thursday, 23 May 2024"])
def test_a_labelled_or_bare_day_is_still_a_date_line(line):
    assert is_date_line(line)
