"""Dates: Vietnamese two days listed after "ngày", the first printed without its month
("ngày 3 và 5/8": dates.find_dates, vi_listed_days; the "and" words of dates.yaml
"day_span_joiners"), are two days of the second's month, as "ngày 3 và ngày 5/8" and "le 3
et le 5 août" are; each dates a happening. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 8, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Các cuộc tấn công ngày 3 và 5/8 làm 10 người chết.", [(None, 8, 3), (None, 8, 5)], id="no-year"),
        pytest.param("Hội nghị diễn ra trong hai ngày 14 và 15/3/2024.", [(2024, 3, 14), (2024, 3, 15)], id="with-year"),
    ],
)
def test_two_days_listed(text, expected):
    assert [(d.value.year, d.value.month, d.value.day) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lực lượng tăng 3 và 5/8 số quân.", id="no-ngay-a-count"),
        pytest.param("Hai ngày 30 và 31/2 không có.", id="no-such-day"),
    ],
)
def test_no_days(text):
    assert find_dates(text) == ()


def test_each_day_dates_a_happening():
    found = body_events("Phiến quân tấn công căn cứ vào ngày 3 và 5/8.", "vi", ANCHOR)
    assert sorted(str(e.date) for e in found) == ["2024-08-03", "2024-08-05"]
