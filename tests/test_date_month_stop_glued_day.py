"""Dates: an abbreviated month whose stop stands for the space before the day, as wire copy
prints its dateline ("BEIJING, Jan.5 --"), is a day of that month; a lead with no day of its
own in such a wire then takes that day. Seen in a held-out army news page reposting a wire.
Made-up dates and sentences."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from newsdossier.evaluate import _with_date
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("HARBIN, Mar.14 -- The unit flew home.", PartialDate(None, 3, 14), id="dateline"),
        pytest.param("The convoy left on Nov.3, 2021 at dawn.", PartialDate(2021, 11, 3), id="with-year"),
        pytest.param("They met on Sept.9 in Juba.", PartialDate(None, 9, 9), id="four-letter-stop"),
        pytest.param("HARBIN, Jan.5th -- The unit flew home.", PartialDate(None, 1, 5), id="ordinal-ending"),
        pytest.param("PARIS, janv.5 -- Le bataillon est rentré.", PartialDate(None, 1, 5), id="fr-abbreviation"),
    ],
)
def test_a_month_stop_glued_to_its_day_is_a_day(text, value):
    assert [d.value for d in find_dates(text) if d.kind == "date"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Nov.2021 issue of the bulletin.", id="month-and-year"),
        pytest.param("See Art.14 and No.3 of the rules.", id="no-month-words"),
        # a full name's stop run into the next sentence's number (copy that lost its space): no day
        pytest.param("The mandate was renewed in March.3 new battalions arrived.", id="en-full-name"),
        pytest.param("It was renewed in May.12 soldiers died.", id="en-may"),
        pytest.param("Le mandat a été renouvelé en mars.3 bataillons sont arrivés.", id="fr-full-name"),
        pytest.param("El mandato se renovó en mayo.3 batallones llegaron.", id="es-full-name"),
    ],
)
def test_no_day_where_no_day_follows_the_month(text):
    assert [d for d in find_dates(text) if d.kind == "date" and d.value.day] == []


def test_a_wire_lead_takes_the_datelines_glued_day():
    text = ("HARBIN, Mar.14 -- The first group of the 3rd engineering company arrived at Harbin airport "
            "by chartered plane after a year of service in Abyei.\n\n"
            "The company repaired roads and bridges during its tour.\n")
    found = extract(text, None)
    assert found.fields.get("dateline") == "Harbin"
    assert found.text_date[0] == "XXXX-03-14"
    dated = extract(text, _with_date(None, "2023-03-14"))  # the article's date known, as a collector gives it
    assert [e.date for e in dated.events] == ["2023-03-14"]
