"""A lead signed by an outlet's name and a dash that opens on a day ("TTXVN - Ngày 3/7, ...",
"NDO - Sáng 3/7, ...", "APS - Le 3 juillet, ...") is dated as a dateline is: where the page
prints another day above the text, far from it (a date bar, a republication), the lead's day
is the dispatch's; a day near the page's leaves the page's date line as it is.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

CASES = [
    ("Thứ Năm, {bar}/2024", "Lính gìn giữ hòa bình ở lại các vị trí ở miền nam",
     "TTXVN - Ngày 3/7, phái bộ cho biết lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên.",
     "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực."),
    ("Thứ Năm, {bar}/2024", "Lính gìn giữ hòa bình ở lại các vị trí ở miền nam",
     "NDO - Sáng 3/7, phái bộ cho biết lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên.",
     "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực."),
    ("{bar}/2024", "Les casques bleus restent sur leurs positions",
     "APS - Le 3 juillet, la mission de paix a annoncé que ses troupes resteraient sur toutes leurs positions malgré les avertissements.",
     "La mission compte environ dix mille soldats venus de quarante pays."),
    ("{bar}/2024", "Los cascos azules se quedan en sus posiciones",
     "EFE - El 3 de julio, la misión de paz anunció que sus tropas seguirán en todas sus posiciones pese a las advertencias.",
     "La misión cuenta con unos diez mil soldados de cuarenta países."),
]


@pytest.mark.parametrize(("bar", "headline", "lead", "more"), CASES)
def test_the_credited_leads_day_outranks_a_far_date_bar(bar, headline, lead, more):
    text = "\n\n".join([bar.format(bar="05/12"), headline, lead, more])
    assert extract(text).determined_date == "XXXX-07-03"


@pytest.mark.parametrize(("bar", "headline", "lead", "more"), CASES)
def test_a_near_date_line_stays_the_pages(bar, headline, lead, more):
    text = "\n\n".join([bar.format(bar="04/07"), headline, lead, more])
    assert extract(text).determined_date == "2024-07-04"
