"""dates.shift_days, the one day arithmetic of the dates and of extract's EDTF days
(extract._days_later): across a month's and a year's end, and with the year unknown, counted
in a leap year so that 29 February stands and the year stays unknown."""
from __future__ import annotations

import pytest

from newsdossier.dates import shift_days
from newsdossier.datevalue import PartialDate
from newsdossier.extract import _days_later


@pytest.mark.parametrize(
    "day, days, expected",
    [
        pytest.param(PartialDate(2023, 12, 31), 1, PartialDate(2024, 1, 1), id="year-end"),
        pytest.param(PartialDate(2023, 3, 1), -1, PartialDate(2023, 2, 28), id="common-year"),
        pytest.param(PartialDate(2024, 3, 1), -1, PartialDate(2024, 2, 29), id="leap-year"),
        pytest.param(PartialDate(None, 3, 1), -1, PartialDate(None, 2, 29), id="unknown-year-leap"),
        pytest.param(PartialDate(None, 12, 31), 1, PartialDate(None, 1, 1), id="unknown-year-stays-unknown"),
    ],
)
def test_shift_days(day, days, expected):
    assert shift_days(day, days) == expected


@pytest.mark.parametrize(
    "edtf, days, expected",
    [
        pytest.param("2023-03-01", -1, "2023-02-28", id="known-year"),
        pytest.param("XXXX-03-01", -1, "XXXX-02-29", id="unknown-year"),
        pytest.param("2024-03", 5, "2024-03", id="a-month-as-it-is"),
        pytest.param("2024-03-10/2024-03-12", 5, "2024-03-10/2024-03-12", id="a-span-as-it-is"),
    ],
)
def test_days_later_of_an_edtf_day(edtf, days, expected):
    assert _days_later(edtf, days) == expected
