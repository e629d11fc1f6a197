"""Dates: a day written with the ordinal sign or a degree sign for it ("1º de mayo", "1° de
mayo") is that day, but a letter "d" glued to a number is no ordinal ("2d March"). Every
text here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("La feria abrió el 1° de mayo de 2022.", PartialDate(2022, 5, 1), id="degree-sign"),
        pytest.param("La feria abrió el 1º de mayo de 2022.", PartialDate(2022, 5, 1), id="ordinal-sign"),
        pytest.param("The fair opened on 2nd March 2021.", PartialDate(2021, 3, 2), id="english-ordinal"),
        pytest.param("The fair opened on 2d March 2021.", PartialDate(2021, 3), id="bare-d-is-no-ordinal"),
        pytest.param("The road was shut on 4d March 2021 for repairs.", PartialDate(2021, 3), id="bare-d-other-day"),
    ],
)
def test_ordinal_signs(text, expected):
    assert [d.value for d in find_dates(text) if d.kind == "date"] == [expected]
