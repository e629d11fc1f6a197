"""A page's stamp printed before the headline on its line, with no separator after it, is not
part of the title (newsdossier.segment.without_leading_stamp).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(
    ("printed", "title", "lead"),
    [
        pytest.param("03/03/2023 10:15 Peacekeepers hand over their last northern base", "Peacekeepers hand over their last northern base",
                     "The last peacekeepers of the mission handed over their northern base to the army on Thursday, the mission said.", id="en"),
        pytest.param("12 mars 2023 à 10h15 Les Casques bleus remettent leur dernière base", "Les Casques bleus remettent leur dernière base",
                     "Les derniers Casques bleus de la mission ont remis jeudi leur base du nord à l'armée, a indiqué la mission.", id="fr"),
        pytest.param("3 de marzo de 2023 a las 10:15 Cascos azules entregan su última base", "Cascos azules entregan su última base",
                     "Los últimos cascos azules de la misión entregaron el jueves su base del norte al ejército, informó la misión.", id="es"),
        pytest.param("15/05/2023 09:30 (GMT+7) Lính gìn giữ hòa bình bàn giao căn cứ", "Lính gìn giữ hòa bình bàn giao căn cứ",
                     "Những lính gìn giữ hòa bình cuối cùng đã bàn giao căn cứ ở phía bắc cho quân đội hôm thứ Năm, phái bộ cho biết.", id="vi"),
    ],
)
def test_a_stamp_before_the_headline_is_not_part_of_the_title(printed, title, lead):
    from newsdossier.extract import extract

    assert extract("\n\n".join([printed, lead, SECOND])).fields["title"] == title


@pytest.mark.parametrize("printed", [
    pytest.param("1 May 2023 will be remembered as a day of mourning", id="a-date-as-the-subject"),
    pytest.param("March 3, 2023 at the base of the mission", id="no-headline-after-it"),
])
def test_a_headline_opening_on_a_date_of_its_own_stays(printed):
    from newsdossier.segment import without_leading_stamp

    assert without_leading_stamp(printed) == printed
