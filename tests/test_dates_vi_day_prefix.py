"""Dates: Vietnamese writes "mùng" or "mồng" before a day number from 1 to 10, after "ngày"
or in its place ("ngày mồng 10 tháng 3 năm 2024", "mùng 2 tháng 9", "ngày mùng 2/9"): the
number is that day, as after "ngày" alone (reference dates.yaml "day_prefixes"). Folded,
"mong" is also "to hope": without its diacritics the word makes no day. Spanish writes the
first of a month "1.º" (the ordinal sign after a full stop): that day too. Every text here is
written for these tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from newsdossier.extract import extract


def days(text: str) -> list[PartialDate]:
    return [d.value for d in find_dates(text) if d.kind == "date"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Hội chợ mở cửa ngày mồng 10 tháng 3 năm 2024 tại bến cảng.", [PartialDate(2024, 3, 10)], id="vi-ngay-mong-words"),
        pytest.param("Lễ hội diễn ra vào mùng 2 tháng 9 tại quảng trường.", [PartialDate(None, 9, 2)], id="vi-mung-words-no-year"),
        pytest.param("Bến phà đóng cửa từ ngày mùng 5/4 để sửa chữa.", [PartialDate(None, 4, 5)], id="vi-ngay-mung-slash"),
        pytest.param("Chợ hoa họp mồng 3-2 hằng năm.", [PartialDate(None, 2, 3)], id="vi-mong-dash"),
        pytest.param("La feria abrió el 1.º de mayo de 2024 junto al puerto.", [PartialDate(2024, 5, 1)], id="es-ordinal-stop"),
        pytest.param("La feria abrió el 1.° de mayo de 2024 junto al puerto.", [PartialDate(2024, 5, 1)], id="es-degree-stop"),
    ],
)
def test_a_day_after_a_day_prefix_is_that_day(text, expected):
    assert days(text) == expected


def test_mong_without_diacritics_is_to_hope():
    # (must not change) "mong" (to hope) before a count of months names no day
    assert days("Họ mong 2 tháng 9 sẽ có tin vui.") == [PartialDate(None, 9)]


def test_a_date_line_with_a_day_prefix_dates_the_article():
    text = ("Phà bến cảng hoạt động trở lại\n\nNgày mồng 4 tháng 3 năm 2024\n\nPhà bến cảng đã hoạt động trở lại sau hai tuần "
            "sửa chữa, ban quản lý cảng cho biết.\n\nHành khách đã quay lại.")
    extraction = extract(text, today=datetime.date(2026, 12, 1))
    assert (extraction.fields["date"], extraction.fields["date_basis"], extraction.determined_date) == ("2024-03-04", "explicit", "2024-03-04")


def test_a_weekday_before_a_day_prefix_is_the_days_weekday():
    # "Thứ Ba, ngày mồng 5/3": Tuesday 5 March; from 2023 (the year the text names) on, only
    # 2024 has it on a Tuesday
    text = ("Phà bến cảng hoạt động trở lại\n\nThứ Ba, ngày mồng 5/3\n\nPhà bến cảng mua năm 2023 đã hoạt động trở lại sau "
            "hai tuần sửa chữa, ban quản lý cảng cho biết.\n\nHành khách đã quay lại.")
    extraction = extract(text, today=datetime.date(2026, 12, 1))
    assert (extraction.fields["date"], extraction.determined_date) == ("2024-03-05", "2024-03-05")
