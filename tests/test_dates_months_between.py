"""Dates: two months named alone as a span between "between ... and" words (dates.yaml
"day_span_joiners": "between April and May", "entre avril et mai", "entre abril y mayo"),
no year printed, are one span of months (dates.find_dates), which an event takes and reads
against the article's date like a month alone: ahead for a happening to come, back for one
done. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2017, 2, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("They will leave between April and May.", ("April and May", 4, 5), id="en"),
        pytest.param("Ils partiront entre avril et mai.", ("avril et mai", 4, 5), id="fr"),
        pytest.param("Partirán entre abril y mayo próximo.", ("abril y mayo", 4, 5), id="es"),
        pytest.param("They will rotate between December and January.", ("December and January", 12, 1), id="en-across-the-year"),
    ],
)
def test_two_months_between_are_one_span(text, expected):
    spans = [(d.text, d.value.month, d.value_end.month) for d in find_dates(text) if d.value_end is not None]
    assert spans == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("They will leave between April and May 2017.", id="en-year-after-is-month-year-s"),
        pytest.param("Partirán entre abril y mayo de 2017.", id="es-year-after-is-month-year-s"),
        pytest.param("They will leave between Mali and Niger.", id="no-months"),
        pytest.param("They will leave between April and the rains.", id="one-month-only"),
    ],
)
def test_no_span_of_months_alone(text):
    assert not [d for d in find_dates(text) if d.value_end is not None and d.value.year is None]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Chile will withdraw its troops between April and May.", "en", ["2017-04/2017-05"], id="en-ahead"),
        pytest.param("Le Chili retirera ses troupes entre avril et mai.", "fr", ["2017-04/2017-05"], id="fr-ahead"),
        pytest.param("Chile retirará sus tropas entre abril y mayo.", "es", ["2017-04/2017-05"], id="es-ahead"),
        pytest.param("The battalion was deployed between October and November.", "en", ["2016-10/2016-11"], id="en-done"),
        pytest.param("Chile retirará sus tropas entre abril y mayo de 2017.", "es", ["2017-04/2017-05"], id="es-with-year-as-before"),
    ],
)
def test_an_event_takes_the_span(sentence, language, expected):
    assert sorted(str(e.date) for e in body_events(sentence, language, ANCHOR)) == expected
