"""The day a wire dateline prints, in the forms that were lost: a day and month in numbers
("Hà Nội, 5/9 (TTXVN) -", its year unknown), a full day printed in the brackets where an
agency stands ("SANTIAGO, CHILE (09/ENE/2020).-"), which outranks a later date the page's
header prints (the day of the visit), and a Spanish date line joining the year with "del".
A day and month in numbers on a line alone is no date line (a gallery's "1/12", a score's
"2-1"). A dateline in capitals may end with a colon after its day ("POKHARA, August 12: ").
Every text here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import is_date_line

_ES = ("El gobierno anunció el envío de un nuevo contingente de cascos azules a la misión en "
       "África, que partirá desde la base aérea del sur tras un mes de preparación.\n"
       "El ministro de Defensa dijo que los soldados recibieron formación en idiomas y en "
       "primeros auxilios antes de la partida.")
_EN = ("Rescue crews reached the flooded villages along the river after two days of heavy rain "
       "cut the only road, the district office said in a statement.\n"
       "Boats carried food and medicine to the families who stayed on their roofs.")
_VI = ("Bộ Quốc phòng tổ chức lễ xuất quân cho đơn vị công binh đi làm nhiệm vụ gìn giữ hòa "
       "bình tại châu Phi, với hơn tám mươi cán bộ, chiến sĩ.\n"
       "Đơn vị sẽ thay thế lực lượng đang làm nhiệm vụ và làm việc trong một năm tại phái bộ.")


def _date(text: str) -> tuple[str, str]:
    found = extract(text)
    return found.determined_date, found.fields["dateline"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Contingente parte a la misión\n\nSANTIAGO, CHILE (09/ENE/2020).- " + _ES,
                     ("2020-01-09", "Santiago"), id="date-in-agency-brackets"),
        pytest.param("Viernes, 3 de octubre 2025\nContingente parte a la misión\n\nSANTIAGO, CHILE (09/ENE/2020).- " + _ES,
                     ("2020-01-09", "Santiago"), id="header-date-of-visit-later"),
        pytest.param("Contingente parte a la misión\n\nPublicado el 07 de agosto del 2023\n\n" + _ES,
                     ("2023-08-07", ""), id="date-line-del-year"),
        pytest.param("Công binh lên đường làm nhiệm vụ\n\nHà Nội, 5/9 (TTXVN) - " + _VI,
                     ("XXXX-09-05", "Hanoi"), id="vi-dateline-day-month"),
        pytest.param("Công binh lên đường làm nhiệm vụ\n\nHà Nội, 5-9 (TTXVN) - " + _VI,
                     ("XXXX-09-05", "Hanoi"), id="vi-dateline-day-month-hyphen"),
        pytest.param("Crews reach the villages\n\nPOKHARA, August 12: " + _EN,
                     ("XXXX-08-12", "Pokhara"), id="caps-dateline-with-colon"),
        # (must not change) a heading in capitals and a colon that holds no day
        pytest.param("Crews reach the villages\n\nNOTE, AUGUST: " + _EN, ("", ""), id="caps-colon-no-day"),
        # (must not change) an agency in the brackets stays the agency
        pytest.param("Contingente parte a la misión\n\nSANTIAGO, 9 ene (EFE).- " + _ES,
                     ("XXXX-01-09", "Santiago"), id="agency-in-brackets"),
    ],
)
def test_dateline_and_date_line_days(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        pytest.param("1/12", False, id="counter-alone"),
        pytest.param("2-1", False, id="score-alone"),
        pytest.param("14/05/2021", True, id="numeric-with-year"),
        pytest.param("Thứ Sáu, 14/5", True, id="weekday-and-day"),
    ],
)
def test_numbers_alone_are_no_date_line(line, expected):
    assert is_date_line(line) is expected
