"""Events: a bare year that is part of a name ("Peacekeepers Day 2019", "la Journée des
Casques bleus 2019") gives way to a day of that year the sentence names relative to the
article ("on Thursday", "jeudi", "el jueves"): the day dates the happening. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Thursday is the 11th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The army marked Peacekeepers Day 2019 with a parade held in Accra on Thursday.", "en", id="en"),
        pytest.param("L'armée a marqué la Journée des Casques bleus 2019 par un défilé organisé jeudi à Accra.", "fr", id="fr"),
        pytest.param("El ejército celebró el Día de los Cascos Azules 2019 con un desfile organizado el jueves en Accra.", "es", id="es"),
    ],
)
def test_a_day_of_the_year_named_wins_over_the_bare_year(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2019-04-11"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # the year is another than the day's: the day is not of the happening the year dates
        pytest.param("The army recalled on Thursday the parade held in 2015 in Accra.", "en", ["2015"], id="en-other-year"),
    ],
)
def test_a_year_of_its_own_still_dates_the_happening(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == expected
