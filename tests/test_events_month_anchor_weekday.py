"""Events: in an article dated to its month only (a collector who knew "May 2023", a page
printing no day), a happening dated by a day named relative to the article's ("on Friday",
"yesterday", "vendredi", "este viernes", "hôm thứ Sáu") falls in that month as far as the text
tells, so it is dated to the month rather than dropped; a printed day still gives its day, and
an article of a known day still gives the day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.dates import month_of_relative_day

from eventcases import body_events

MONTH = PartialDate(2023, 5)
DAY = PartialDate(2023, 5, 10)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A company of 120 engineers arrived in Bunia on Friday.", "en", id="en-past-weekday"),
        pytest.param("Two patrols of the mission were shot at yesterday near Bunia.", "en", id="en-yesterday"),
        pytest.param("Another company of 120 engineers will leave for Bunia on Friday.", "en", id="en-future-weekday"),
        pytest.param("Une compagnie de 120 sapeurs est arrivée vendredi à Bunia.", "fr", id="fr-past-weekday"),
        pytest.param("Une autre compagnie de 120 sapeurs partira vendredi pour Bunia.", "fr", id="fr-future-weekday"),
        pytest.param("Una compañía de 120 zapadores llegó el viernes a Bunia.", "es", id="es-past-weekday"),
        pytest.param("Otra compañía de 120 zapadores partirá este viernes rumbo a Bunia.", "es", id="es-future-weekday"),
        pytest.param("Đại đội công binh 120 người đã đến Bunia hôm thứ Sáu.", "vi", id="vi-past-weekday"),
    ],
)
def test_a_relative_day_in_an_article_of_a_month_gives_that_month(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, MONTH)] == ["2023-05"]


@pytest.mark.parametrize(
    "sentence, language, anchor, dates",
    [
        # a printed day is the happening's own
        pytest.param("A company of 120 engineers arrived in Bunia on Friday 5 May.", "en", MONTH, ["2023-05-05"], id="en-printed-day"),
        pytest.param("Una compañía de 120 zapadores llegó el viernes 5 de mayo a Bunia.", "es", MONTH, ["2023-05-05"], id="es-printed-day"),
        # an article of a known day: the day
        pytest.param("A company of 120 engineers arrived in Bunia on Friday.", "en", DAY, ["2023-05-05"], id="en-day-anchor"),
        # an article of a year only: nothing to give the weekday a month
        pytest.param("A company of 120 engineers arrived in Bunia on Friday.", "en", PartialDate(2023), [], id="en-year-anchor"),
    ],
)
def test_a_printed_day_or_a_known_day_still_gives_the_day(sentence, language, anchor, dates):
    assert [str(e.date) for e in body_events(sentence, language, anchor)] == dates


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        pytest.param("arrived on Friday", MONTH, PartialDate(2023, 5), id="weekday"),
        pytest.param("arrived last week", MONTH, None, id="a-week-is-no-day"),
        pytest.param("arrived in Bunia", MONTH, None, id="no-day-named"),
        pytest.param("arrived on Friday", DAY, None, id="day-anchor-is-relative_day-s"),
    ],
)
def test_month_of_relative_day(text, anchor, expected):
    assert month_of_relative_day(text, anchor, "en") == expected
