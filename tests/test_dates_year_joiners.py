"""Dates: the forms of a printed date that were read short or not at all. A Spanish month
joined to its year by "del" ("3 de marzo del 2024") is that full day, as with "de"; a day, a
month's name and a year joined by slashes or hyphens ("28/MAY/2013") is a full date; a day and
month in numbers and nothing else ("3/3", a dateline's day) is that day, its year unknown, but
only when printed alone. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate


def _dates(text: str, month_first: bool = False) -> list[PartialDate]:
    return [d.value for d in find_dates(text, month_first) if d.kind == "date"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Publicado el 07 de agosto del 2023", [PartialDate(2023, 8, 7)], id="del-before-year"),
        pytest.param("La brigada volvió el 1 de octubre del 2019 a su base.", [PartialDate(2019, 10, 1)], id="del-in-sentence"),
        pytest.param("Jueves 14 de noviembre de 2024", [PartialDate(2024, 11, 14)], id="de-still-read"),
        pytest.param("El contingente partió en abril del 2022.", [PartialDate(2022, 4)], id="month-del-year"),
        pytest.param("the delegation of 2021 met in the capital", [], id="english-of-no-date"),
    ],
)
def test_year_joined_by_del(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("SANTIAGO (09/ENE/2020).- El gobierno", [PartialDate(2020, 1, 9)], id="slashes-caps-spanish"),
        pytest.param("Filed 4-Jul-2018 by the desk", [PartialDate(2018, 7, 4)], id="hyphens-english"),
        pytest.param("posted 21.sept.2016", [PartialDate(2016, 9, 21)], id="stops-french-abbreviation"),
        pytest.param("model 12/MAY/20190 sold", [], id="longer-number-no-date"),
    ],
)
def test_day_month_name_year_joined_by_marks(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, month_first, expected",
    [
        pytest.param("5/9", False, [PartialDate(None, 9, 5)], id="alone-day-first"),
        pytest.param(" 17/11 ", False, [PartialDate(None, 11, 17)], id="alone-spaces"),
        pytest.param("5/9", True, [PartialDate(None, 5, 9)], id="alone-month-first"),
        pytest.param("The vote passed 5/9 of the seats.", False, [], id="fraction-in-sentence"),
        pytest.param("33/2", False, [], id="no-such-day"),
        pytest.param("17-11", False, [PartialDate(None, 11, 17)], id="alone-hyphen"),
        pytest.param("The home side won 2-1 on Sunday.", False, [], id="score-in-sentence"),
    ],
)
def test_numeric_day_month_alone(text, month_first, expected):
    assert _dates(text, month_first) == expected
