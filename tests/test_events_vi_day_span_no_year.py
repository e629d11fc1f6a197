"""Events: Vietnamese prints a span of days with no year, its last day in figures without
"ngày" before it ("từ 21-22/5", "từ ngày 24 đến 25/5", "từ ngày 8 đến 19-5", "từ ngày 28/4
đến 3/5"): the happening runs over the span, in the year the article's date gives; "từ 3 đến
4/5 số phiếu" (from three to four fifths) names no days. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Bộ trưởng thăm chính thức Lào từ 21-22/5.", "2023-05-21/2023-05-22", id="dash"),
        pytest.param("Đoàn đại biểu dự hội nghị tại Viêng Chăn từ ngày 24 đến 25/5.", "2023-05-24/2023-05-25", id="ngay-den"),
        pytest.param("Khóa huấn luyện diễn ra từ ngày 8 đến 19-5 tại Hà Nội.", "2023-05-08/2023-05-19", id="dash-month"),
        pytest.param("Khóa huấn luyện diễn ra từ ngày 28/4 đến 3/5 tại Hà Nội.", "2023-04-28/2023-05-03", id="two-months"),
        pytest.param("Bộ trưởng thăm chính thức Lào từ 21-22/5/2023.", "2023-05-21/2023-05-22", id="dash-year"),
    ],
)
def test_a_span_of_days_without_ngay_before_its_last_day_dates_the_happening(sentence, expected):
    assert [e.date for e in body_events(sentence, "vi", ANCHOR)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Tỷ lệ ủng hộ tăng từ 3 đến 4/5 số phiếu.", id="fraction"),
        pytest.param("Tỷ lệ ủng hộ tăng từ ngày 9 đến 4/5.", id="backwards"),
    ],
)
def test_no_span_of_days_where_none_is_printed(sentence):
    assert all(d.value_end is None for d in find_dates(sentence))
