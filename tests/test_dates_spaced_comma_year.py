"""Dates: a year set off from its day by a comma that has a space before it ("May 30 , 2023",
"4 juin , 2021"), as some sites print their date lines, is still that day's year; a number
after a comma and no space ("May 3,2000 troops") is not read as one. Every text here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate


def _dates(text: str) -> list[PartialDate]:
    return [d.value for d in find_dates(text) if d.kind == "date"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Posted June 14 , 2022 1,204 views", [PartialDate(2022, 6, 14)], id="en-month-day"),
        pytest.param("Mis en ligne le 4 juin , 2021", [PartialDate(2021, 6, 4)], id="fr-day-month"),
        pytest.param("Publicado el 9 de marzo , 2020 en portada", [PartialDate(2020, 3, 9)], id="es-day-de-month"),
        pytest.param("Thursday, October 6 , 2016", [PartialDate(2016, 10, 6)], id="en-weekday-line"),
        pytest.param("June 14, 2022", [PartialDate(2022, 6, 14)], id="plain-comma-still-read"),
        pytest.param("On May 3,2000 troops left", [PartialDate(None, 5, 3)], id="glued-number-no-year"),
    ],
)
def test_year_after_a_spaced_comma_belongs_to_the_day(text, expected):
    assert _dates(text) == expected
