"""A dateline's day printed without its year ("JUBA, 3 March (Reuters) -") takes its year from
a weekday the text prints with that same day elsewhere ("on Tuesday, 3 March" in the lead):
the years the text allows (from the earliest it names to today's) in which that day is that
weekday; one such year pins it, and a year found otherwise that does not fit is no answer.
Every sentence is written for these tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ferry crew hurt\n\nPORTVILLE, March 3 (Wire) - Two crew members of the harbour ferry, in service "
                     "since 2019, were hurt on Tuesday, March 3, the board said.\n\nThe board opened an inquiry.", id="en"),
        pytest.param("Marins blessés\n\nPORTVILLE, 3 mars (Wire) - Deux marins du bac du port, en service depuis 2019, "
                     "ont été blessés ce mardi 3 mars, a indiqué la direction.\n\nLa direction a ouvert une enquête.", id="fr"),
        pytest.param("Marineros heridos\n\nPORTVILLE, 3 mar (Wire) - Dos marineros del ferry del puerto, en servicio desde "
                     "2019, resultaron heridos el martes 3 de marzo, informó la junta.\n\nLa junta abrió una investigación.", id="es"),
    ],
)
def test_the_weekday_printed_with_the_same_day_pins_the_datelines_year(text):
    extraction = extract(text, today=TODAY)
    assert (extraction.fields["date"], extraction.determined_date) == ("2020-03-03", "2020-03-03")


def test_a_weekday_that_fits_several_years_leaves_the_year_unknown():
    # Tuesday 3 March falls in 2015 and 2020 from 2014 on: no year is pinned, and none that
    # does not fit (2014) is given
    text = ("Ferry crew hurt\n\nPORTVILLE, March 3 (Wire) - Two crew members of the harbour ferry, in service since "
            "2014, were hurt on Tuesday, March 3, the board said.\n\nThe board opened an inquiry.")
    assert extract(text, today=TODAY).fields["date"] == "XXXX-03-03"
