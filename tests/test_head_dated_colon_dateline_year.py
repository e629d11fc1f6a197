"""A dateline of a known place, its day with the year after a comma and a colon, opening the
lead ("Nairobi, March 3, 2021: The ..."), as outlets of Africa and South Asia print it: the
place is the dateline and the day the date the text prints. The day and month alone
("Dhaka, March 3:") and a day written before the month ("Accra, 3 March 2021:") were read
already and stay guards; a clause holding a date after the place is no dateline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _read(opening: str, language: str = "en"):
    result = extract("\n\n".join([HEADLINE[language], f"{opening} {LEAD[language]}", MORE[language]]))
    return result.fields["dateline"], result.determined_date, result.fields["title"]


@pytest.mark.parametrize(("opening", "place", "day"), [
    ("Nairobi, March 3, 2021:", "Nairobi", "2021-03-03"),
    ("Kinshasa, April 25, 2024:", "Kinshasa", "2024-04-25"),
    ("Lagos, Jan. 9, 2019:", "Lagos", "2019-01-09"),
    ("Manila, September 30, 2022:", "Manila", "2022-09-30"),
    ("Dhaka, Dec 12, 2020:", "Dhaka", "2020-12-12"),
    # guards: read before the change
    ("Dhaka, March 3:", "Dhaka", "XXXX-03-03"),
    ("Accra, 3 March 2021:", "Accra", "2021-03-03"),
])
def test_a_known_place_and_a_day_with_its_year_before_a_colon_are_the_dateline(opening, place, day):
    assert _read(opening) == (place, day, HEADLINE["en"])


@pytest.mark.parametrize("opening", [
    "Nairobi, since March 3, 2021:",
    "Nairobi, between March 3, 2021 and May 5:",
])
def test_a_clause_holding_a_day_after_the_place_is_no_dateline(opening):
    assert _read(opening)[0] == ""
