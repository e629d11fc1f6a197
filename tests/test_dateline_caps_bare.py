"""The page's date as far as the text allows: a wire's dateline printed with neither comma nor
dash, the place in capitals, then the month's name and the day ("HARBOURTON Nov 20 The ..."),
gives the dispatch's day (its year unknown: XXXX) and the dateline's place. Every sentence here
is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(("lead", "date", "place"), [
    ("NAIROBI Nov 20 Engineers of the mission finished repairs to the airstrip on Tuesday, the mission said.",
     "XXXX-11-20", "Nairobi"),
    ("UNITED NATIONS March 3 The Security Council renewed the mandate of the force for a year on Friday, diplomats said.",
     "XXXX-03-03", "United Nations"),
    ("BAMAKO Jan. 9 \"We will stay until the road is safe,\" the commander of the convoy said on Monday.",
     "XXXX-01-09", "Bamako"),
])
def test_a_wire_dateline_without_comma_or_dash_dates_the_page(lead, date, place):
    found = extract(f"Airstrip repaired\n\n{lead}\n\nFlights resume next week.\n", None)
    assert (found.determined_date, found.fields.get("dateline")) == (date, place)


@pytest.mark.parametrize("lead", [
    # a headline-like opening in capitals with no day after it is no dateline
    "BREAKING NEWS The mission said on Tuesday that engineers finished repairs to the airstrip.",
])
def test_capitals_without_a_day_are_no_dateline(lead):
    found = extract(f"Airstrip repaired\n\n{lead}\n\nFlights resume next week.\n", None)
    assert found.determined_date == ""
