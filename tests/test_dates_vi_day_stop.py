"""Dates: a Vietnamese day and month joined by a full stop after "ngày" or a time of day
("sáng 21.4", the morning of 21 April; "ngày 24.3"), as some Vietnamese papers print them,
is read as the hyphenated form is; a decimal or a unit's number after another word is no
date. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate

from eventcases import body_events


@pytest.mark.parametrize(
    "sentence, printed, value",
    [
        pytest.param("Sáng 21.4, đoàn cán bộ lên đường sang Nam Sudan.", "21.4", PartialDate(None, 4, 21), id="sang"),
        pytest.param("Chiều 9.12, buổi lễ được tổ chức tại Hà Nội.", "9.12", PartialDate(None, 12, 9), id="chieu"),
        pytest.param("Đợt đầu gồm 30 người đã đi ngày 24.3 vừa qua.", "ngày 24.3", PartialDate(None, 3, 24), id="ngay"),
        pytest.param("Tối 2.10, máy bay hạ cánh xuống Juba.", "2.10", PartialDate(None, 10, 2), id="toi"),
    ],
)
def test_a_day_and_month_joined_by_a_stop_read_as_a_date(sentence, printed, value):
    mentions = [m for m in find_dates(sentence) if m.kind == "date"]
    assert [(m.text, m.value) for m in mentions] == [(printed, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Bệnh viện dã chiến cấp 2 số 2.3 đã hoàn thành nhiệm vụ.", id="unit-number"),
        pytest.param("Lãi suất tăng 2.5 điểm trong năm.", id="decimal"),
        pytest.param("Ngày 21.4.2021 là một ngày đáng nhớ.", id="full-date-unchanged"),
    ],
)
def test_a_decimal_is_no_day_and_month(sentence):
    values = [m.value for m in find_dates(sentence) if m.kind == "date"]
    assert all(v.year for v in values)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Sáng 21.4, 33 cán bộ của bệnh viện dã chiến đã lên đường sang Nam Sudan.",
                     "2021-04-21", id="morning"),
        pytest.param("Đợt đầu gồm 30 người đã lên đường ngày 24.3 vừa qua.", "2021-03-24", id="ngay"),
    ],
)
def test_a_stop_dated_departure_is_an_event_of_that_day(sentence, expected):
    assert expected in [e.date for e in body_events(sentence, "vi", PartialDate(2021, 4, 22))]
