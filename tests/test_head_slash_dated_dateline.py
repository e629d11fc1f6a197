"""A dateline whose place and day are parted by a slash instead of a comma, closed by a colon
("Kathmandu / Oct 15: The ...", as some South Asian papers print it): the place is the
dateline and the day the date the text prints. A place and something that is not a day after
the slash ("Lagos / Abuja: ...", "Nairobi / Sports: ...") is no dateline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _read(opening: str):
    result = extract("\n\n".join([HEADLINE["en"], f"{opening} {LEAD['en']}", MORE["en"]]))
    return result.fields["dateline"], result.determined_date, result.fields["title"]


@pytest.mark.parametrize(("opening", "place", "day"), [
    ("Kathmandu / Oct 15:", "Kathmandu", "XXXX-10-15"),
    ("Dhaka / March 3:", "Dhaka", "XXXX-03-03"),
    ("Lagos/ 9 June:", "Lagos", "XXXX-06-09"),
    ("Colombo / Jan 20, 2022:", "Colombo", "2022-01-20"),
])
def test_a_known_place_a_slash_and_a_day_before_a_colon_are_the_dateline(opening, place, day):
    assert _read(opening) == (place, day, HEADLINE["en"])


@pytest.mark.parametrize("opening", [
    "Lagos / Abuja:",
    "Nairobi / Sports:",
])
def test_a_slash_and_no_day_is_no_dateline(opening):
    assert _read(opening)[0] == ""
