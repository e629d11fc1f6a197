"""A summary printed under its headline without a full stop, twelve words or more and half as
long again as the headline (of 45 characters or more: longer than a kicker) - "Uruguay despide a
sus cascos azules rumbo al Congo" over "El contingente de 200 efectivos partirá el lunes desde
la base aérea de Carrasco" - is the headline's standfirst, not the headline for being the
longer line. A short kicker above a long headline keeps the headline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    ("head", "lead", "title"),
    [
        pytest.param("Uruguay despide a sus cascos azules rumbo al Congo\n\n"
                     "El contingente de 200 efectivos partirá el lunes desde la base aérea de Carrasco\n\n12 de marzo de 2024 - 10:15\n\nCompartir",
                     "Montevideo, 12 mar (EFE).- Un contingente de 200 militares uruguayos partió este martes hacia la República Democrática del Congo.",
                     "Uruguay despide a sus cascos azules rumbo al Congo", id="es"),
        pytest.param("Nepal bids farewell to blue helmets bound for Lebanon\n\n"
                     "The contingent of 850 soldiers will leave on Monday from the air base near the capital\n\nMarch 12, 2024 - 10:15\n\nShare",
                     "KATHMANDU, March 12 (Xinhua) -- A contingent of 850 Nepali troops left on Tuesday for southern Lebanon to join the mission.",
                     "Nepal bids farewell to blue helmets bound for Lebanon", id="en"),
        pytest.param("Le Sénégal salue ses casques bleus partant au Mali\n\n"
                     "Le contingent de 650 militaires quittera lundi la base aérienne située près de la capitale\n\n12 mars 2024 - 10:15\n\nPartager",
                     "DAKAR, 12 mars (APS) - Un contingent de 650 soldats sénégalais est parti mardi pour rejoindre la mission de paix au Mali.",
                     "Le Sénégal salue ses casques bleus partant au Mali", id="fr"),
        pytest.param("Bệnh viện dã chiến cấp 2 số 7 lên đường sang Nam Sudan\n\n"
                     "Sáu mươi ba cán bộ, nhân viên y tế sẽ thay thế đơn vị đã hoàn thành nhiệm vụ tại Bentiu sau một năm\n\n12/3/2024 10:15\n\nChia sẻ",
                     "(TTXVN) - Sáng 12/3, sáu mươi ba quân nhân đã rời Hà Nội, thay thế đơn vị đã hoàn thành nhiệm vụ tại Bentiu.",
                     "Bệnh viện dã chiến cấp 2 số 7 lên đường sang Nam Sudan", id="vi"),
    ],
)
def test_a_deck_under_its_headline_is_no_title(head, lead, title):
    assert extract(f"{head}\n\n{lead}\n").fields["title"] == title


def test_a_short_kicker_keeps_the_long_headline():
    text = ("Peacekeeping in southern Lebanon\n"
            "Israeli tank fire hits a watchtower of the peacekeepers near the Blue Line, the mission says\n"
            "NAQOURA, March 12 - Israeli tank fire hit a watchtower of the peacekeeping mission on Sunday, wounding two peacekeepers.\n")
    assert extract(text).fields["title"].startswith("Israeli tank fire hits")


def test_a_kicker_of_six_words_keeps_the_headline_under_it():
    text = ("The war between Israel and Hezbollah\n"
            "Israeli tank fire hits a UN watchtower near the Blue Line\n"
            "NAQOURA, March 12 (AFP) - Israeli tank fire hit a watchtower of the peacekeeping mission on Sunday, wounding two "
            "peacekeepers, as fighting with Hezbollah raged.\n")
    assert extract(text).fields["title"] == "Israeli tank fire hits a UN watchtower near the Blue Line"
