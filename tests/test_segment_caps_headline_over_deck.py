"""A headline printed in capitals keeps the title over the deck printed under it in ordinary
case (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(
    ("headline", "deck", "lead"),
    [
        pytest.param("PEACEKEEPERS HAND OVER THEIR LAST NORTHERN BASE TO THE ARMY",
                     "The ceremony marks the end of ten years of the mission in the north",
                     "The last peacekeepers of the mission handed over their base in the north to the national army on Thursday, the mission said.", id="en"),
        pytest.param("LES CASQUES BLEUS REMETTENT LEUR DERNIÈRE BASE DU NORD À L'ARMÉE",
                     "La cérémonie marque la fin de dix années de présence de la mission",
                     "Les derniers Casques bleus de la mission ont remis jeudi leur base du nord à l'armée nationale, a indiqué la mission.", id="fr"),
        pytest.param("CASCOS AZULES ENTREGAN SU ÚLTIMA BASE DEL NORTE AL EJÉRCITO",
                     "La ceremonia marca el fin de diez años de presencia de la misión",
                     "Los últimos cascos azules de la misión entregaron el jueves su base del norte al ejército nacional, informó la misión.", id="es"),
        pytest.param("LÍNH GÌN GIỮ HÒA BÌNH BÀN GIAO CĂN CỨ CUỐI CÙNG Ở PHÍA BẮC",
                     "Lễ bàn giao đánh dấu kết thúc mười năm hoạt động của phái bộ ở miền bắc",
                     "Những lính gìn giữ hòa bình cuối cùng của phái bộ đã bàn giao căn cứ ở phía bắc cho quân đội hôm thứ Năm, phái bộ cho biết.", id="vi"),
    ],
)
def test_a_headline_in_capitals_is_the_title_over_its_deck(headline, deck, lead):
    assert segment("\n\n".join([headline, deck, lead, SECOND])).title == headline


def test_a_masthead_in_capitals_is_still_no_title():
    layout = segment("\n\n".join(["HARBOUR COURIER", "Peacekeepers hand over their last northern base to the army",
                                  "The last peacekeepers of the mission handed over their base in the north on Thursday, the mission said.", SECOND]))
    assert layout.title == "Peacekeepers hand over their last northern base to the army"
