"""A dateline that names its place's country between the place in capitals and the day
("HARBOURTON, Ruritania, May 14, 2021 -", as several agencies print a place abroad) is the
dateline: its place, and the day it gives the article. Every page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_LEAD = ("engineers of the mission finished rebuilding the bridge over the river on Thursday, the army said.\n"
         "The work took four months and reopened the road to the market towns of the north.")


@pytest.mark.parametrize("opening, place, date", [
    pytest.param("KINDU, Democratic Republic of the Congo, February 9, 2024 - Peacekeeping ", "Kindu", "2024-02-09", id="en-long-country"),
    pytest.param("BAMBARI, Central African Republic, 9 February 2024 -- Peacekeeping ", "Bambari", "2024-02-09", id="en-long-country-day-first"),
    pytest.param("BRIA, République centrafricaine, 9 février 2024 - Les ", "Bria", "2024-02-09", id="fr-long-country"),
    # (must not change: a short country and its day fit the dateline's date as they did)
    pytest.param("MOPTI, Mali, 9 February 2024 -- Peacekeeping ", "Mopti", "2024-02-09", id="en-day-first"),
    pytest.param("WAU, South Sudan, Feb. 9, 2024 \u2013 Peacekeeping ", "Wau", "2024-02-09", id="en-abbreviated-month"),
    pytest.param("KIDAL, Mali, 9 février 2024 - Les ", "Kidal", "2024-02-09", id="fr"),
])
def test_a_dateline_with_its_country_before_the_day(opening, place, date):
    extraction = extract(f"Peacekeepers rebuild a bridge in the north\n\n{opening}{_LEAD}\n")
    assert extraction.fields["dateline"] == place
    assert extraction.determined_date == date
    assert not extraction.body[0].startswith(opening.split(",")[0]), extraction.body[0]

