"""A page's date line glued to the first words of the text under it, as a copy of the page
loses the break between them ("<day> <month> <year>Early on Monday, ..."): the date line is
read on a line of its own, so it dates the page (segment._break_glued_date_lines).

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 1, 1)


def determined_date(text: str) -> str:
    return extract(text, today=TODAY).determined_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param("Les habitants de Bunia manifestent contre la mission\n"
                     "14 mars 2021Dès l'aube, des centaines d'habitants ont bloqué les routes menant au camp de la mission onusienne.\n"
                     "La police a dispersé la foule dans l'après-midi.\n",
                     "2021-03-14", id="fr-capital-word"),
        pytest.param("Los cascos azules, entre dos fuegos\n"
                     "9 de junio de 2020\"Ya no nos protege la bandera\", dice un oficial que ha servido en tres misiones de paz en África.\n"
                     "El informe pide reforzar las tropas.\n",
                     "2020-06-09", id="es-opening-quote"),
        pytest.param("Residents march against the mission in Beni\n"
                     "October 12, 2019Hundreds of residents blocked the roads leading to the base of the UN mission on Saturday.\n"
                     "Police dispersed the crowd in the afternoon.\n",
                     "2019-10-12", id="en-month-first"),
        pytest.param("Người dân biểu tình phản đối phái bộ\n"
                     "12/10/2019Hàng trăm người dân đã chặn các con đường dẫn tới căn cứ của phái bộ Liên hợp quốc.\n"
                     "Cảnh sát đã giải tán đám đông vào buổi chiều.\n",
                     "2019-10-12", id="vi-numeric-date"),
    ],
)
def test_a_glued_date_line_dates_the_page(text, date):
    assert determined_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a date line glued to a short label after it stays one line, as before
        pytest.param("Les habitants de Bunia manifestent contre la mission\n"
                     "14 mars 2021Partager\n"
                     "Des centaines d'habitants ont bloqué les routes menant au camp de la mission onusienne.\n",
                     "2021-03-14", id="fr-label"),
    ],
)
def test_a_date_line_with_a_glued_label_still_dates_the_page(text, date):
    assert determined_date(text) == date
