"""A lead signed by an outlet and a dash that opens on a day with its year long before the
page's printed date ("TTXVN - Ngày 30/4/1975, ...", "APS - Le 8 mai 1945, ...", "EFE - El 9
de noviembre de 1989, ...") opens an anniversary's story on a day of history: that day is no
dispatch's, and the page's date line stands. A day with its year within a year before the
page's still dates the dispatch.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

HISTORY = [
    ("Thứ Năm, 25/04/2024", "Kỷ niệm ngày thống nhất đất nước",
     "TTXVN - Ngày 30/4/1975, đoàn xe tiến vào thành phố, mở ra một giai đoạn mới của đất nước.",
     "Năm nay, nhiều hoạt động kỷ niệm được tổ chức ở các tỉnh."),
    ("08/05/2024", "La ville commémore la fin de la guerre",
     "APS - Le 8 mai 1945, les cloches de la ville ont sonné pendant une heure entière.",
     "Cette année, la cérémonie a réuni plusieurs centaines de personnes."),
    ("09/11/2024", "La ciudad recuerda la caída del muro",
     "EFE - El 9 de noviembre de 1989, miles de personas cruzaron la frontera de la ciudad.",
     "Este año, la ceremonia reunió a varios cientos de personas."),
]


@pytest.mark.parametrize(("bar", "headline", "lead", "more"), HISTORY)
def test_a_history_day_opening_a_credited_lead_leaves_the_pages_date(bar, headline, lead, more):
    day, month, year = bar.split(", ")[-1].split("/")
    assert extract("\n\n".join([bar, headline, lead, more])).determined_date == f"{year}-{month}-{day}"


def test_a_day_with_its_year_within_a_year_before_still_dates_the_dispatch():
    text = "\n\n".join(["Thứ Năm, 05/12/2024", "Lính gìn giữ hòa bình ở lại các vị trí ở miền nam",
                        "TTXVN - Ngày 3/7/2024, phái bộ cho biết lực lượng ở lại tất cả các vị trí.",
                        "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực."])
    assert extract(text).determined_date == "2024-07-03"
