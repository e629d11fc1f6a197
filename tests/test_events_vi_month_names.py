"""Events and dates: a Vietnamese month written as a word after "tháng" ("tháng Ba" for March,
"tháng Mười Một" for November; dates.yaml "vi_month_names") is read as its number is, while
"ba tháng" (three months) and a lowercase "tháng năm" stay words. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("hồi tháng Tư năm 2019", PartialDate(2019, 4), id="month-year"),
        pytest.param("ngày 5 tháng Mười một năm 2020", PartialDate(2020, 11, 5), id="two-words-lowercase-second"),
        pytest.param("ngày 5 tháng Mười Hai năm 2020", PartialDate(2020, 12, 5), id="two-words"),
        pytest.param("đầu tháng Bảy năm 2021", PartialDate(2021, 7), id="bay"),
    ],
)
def test_a_month_written_as_a_word_is_read(text, expected):
    assert [m.value for m in find_dates(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("sau ba tháng", id="count-before"),
        pytest.param("những tháng năm gian khó", id="lowercase-years-and-months"),
        pytest.param("trong tháng Giêng âm lịch", id="lunar-first-month"),
    ],
)
def test_words_that_are_no_month_stay_words(text):
    assert find_dates(text) == ()


@pytest.mark.parametrize(
    "sentence, date",
    [
        pytest.param("Một đoàn xe của phái bộ bị phục kích gần Kidal hồi tháng Ba, khiến hai binh sĩ thiệt mạng.", "2023-03",
                     id="hoi-thang-ba"),
        pytest.param("Máy bay vận tải đã chở các quân nhân về nước từ cuối tháng Tư vừa qua.", "2023-04", id="cuoi-thang-tu-vua-qua"),
        pytest.param("Đội công binh đã lên đường sang Abyei vào tháng Mười Một năm 2022.", "2022-11", id="thang-muoi-mot"),
    ],
)
def test_an_event_dated_by_a_month_word(sentence, date):
    assert [e.date for e in body_events(sentence, "vi", ANCHOR)] == [date]
