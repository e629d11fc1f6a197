"""Events: Vietnamese prints a span of days with the first day bare before a day in figures
("từ ngày 5 đến ngày 7/3/2018", "ngày 5-7/3/2018", "hai ngày 5 và 6/3/2018", "từ ngày 28/2
đến ngày 2/3/2018"): the happening runs over the span, not over its last day or none. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from newsdossier.events import join_year_spans

from eventcases import body_events

ANCHOR = PartialDate(2018, 4, 7)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Hội thảo diễn ra từ ngày 5 đến ngày 7/3/2018 tại Đà Nẵng.", "2018-03-05/2018-03-07", id="tu-den"),
        pytest.param("Hội thảo diễn ra từ ngày 5 đến 7/3/2018 tại Đà Nẵng.", "2018-03-05/2018-03-07", id="tu-den-bare"),
        pytest.param("Hội thảo diễn ra ngày 5-7/3/2018 tại Đà Nẵng.", "2018-03-05/2018-03-07", id="dash"),
        pytest.param("Hội thảo diễn ra trong hai ngày 5 và 6/3/2018 tại Đà Nẵng.", "2018-03-05/2018-03-06", id="va"),
        pytest.param("Hội thảo diễn ra từ ngày 28/2 đến ngày 2/3/2018 tại Đà Nẵng.", "2018-02-28/2018-03-02", id="two-months"),
    ],
)
def test_a_vietnamese_span_of_days_dates_the_happening(sentence, expected):
    assert [e.date for e in body_events(sentence, "vi", ANCHOR)] == [expected]


def test_a_first_day_after_the_last_is_no_span():
    sentence = "Hội thảo diễn ra từ ngày 9 đến ngày 7/3/2018 tại Đà Nẵng."
    assert [(d.value, d.value_end) for d in join_year_spans(sentence, find_dates(sentence))] == [
        (PartialDate(2018, 3, 7), None)]
