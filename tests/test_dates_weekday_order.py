"""Dates: a numeric date whose first two numbers may be read either way is read in the order
on which the weekday printed beside it falls ("Monday, 04/03/2024" is 4 March 2024, a Monday,
even where 04/03 would be 3 April, a Wednesday), whatever order the writer's country has; with
no weekday, or one that fits both or neither order, the country's order stands. Every text
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate


@pytest.mark.parametrize(
    "text, month_first, expected",
    [
        pytest.param("Monday, 04/03/2024 - 10:05", True, PartialDate(2024, 3, 4), id="weekday-against-month-first"),
        pytest.param("Wednesday, 04/03/2024", False, PartialDate(2024, 4, 3), id="weekday-against-day-first"),
        pytest.param("mercredi 04/03/2024 à 10h05", False, PartialDate(2024, 4, 3), id="french-weekday"),
        pytest.param("Thứ Hai, 04/03/24 10:05", True, PartialDate(2024, 3, 4), id="vietnamese-weekday-short-year"),
        # (must not change) no weekday, a weekday of neither order, a number over 12
        pytest.param("03/04/2024 10:05", True, PartialDate(2024, 3, 4), id="no-weekday-month-first"),
        pytest.param("03/04/2024 10:05", False, PartialDate(2024, 4, 3), id="no-weekday-day-first"),
        pytest.param("Friday, 03/04/2024", False, PartialDate(2024, 4, 3), id="weekday-fits-neither"),
        pytest.param("Monday, 04/15/2024", True, PartialDate(2024, 4, 15), id="only-one-order-valid"),
    ],
)
def test_the_printed_weekday_picks_the_order(text, month_first, expected):
    assert [d.value for d in find_dates(text, month_first) if d.kind == "date"] == [expected]
