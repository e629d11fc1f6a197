"""A headline broken over two lines (its first line ending on a preposition, an article or a
conjunction, its second opening with a small letter) is read whole (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(
    ("first", "second", "lead"),
    [
        pytest.param("Peacekeepers begin pulling out of the last camp in", "northern Mali after a decade",
                     "The last peacekeepers of the mission began pulling out of their camp in northern Mali on Monday, a spokesman said.", id="en"),
        pytest.param("Les Casques bleus commencent à quitter leur dernier camp du", "nord du Mali après dix ans",
                     "Les derniers Casques bleus de la mission ont commencé lundi à quitter leur camp du nord du Mali, a indiqué un porte-parole.", id="fr"),
        pytest.param("Los cascos azules comienzan a dejar su último campamento del", "norte de Malí tras una década",
                     "Los últimos cascos azules de la misión comenzaron el lunes a dejar su campamento del norte de Malí, informó un portavoz.", id="es"),
        pytest.param("Lính gìn giữ hòa bình bắt đầu rút khỏi doanh trại cuối cùng ở", "miền bắc Mali sau mười năm",
                     "Những lính gìn giữ hòa bình cuối cùng của phái bộ đã bắt đầu rút khỏi doanh trại ở miền bắc Mali hôm thứ Hai.", id="vi"),
    ],
)
def test_a_headline_broken_over_two_lines_is_read_whole(first, second, lead):
    page = f"{first}\n{second}\n\n{lead}\n\n{SECOND}"
    assert segment(page).title == f"{first} {second}"


@pytest.mark.parametrize("under", [
    pytest.param("media", id="a-single-word-label"),
    pytest.param("by Jane Roe", id="a-byline"),
    pytest.param("updated on 3 March 2023", id="a-date-line"),
])
def test_a_small_letter_line_under_a_whole_headline_is_no_part_of_it(under):
    headline = "Peacekeepers begin pulling out of the last camp in the north"
    page = f"{headline}\n{under}\n\nThe last peacekeepers began pulling out of their camp on Monday, a spokesman said.\n\n{SECOND}"
    assert segment(page).title == headline
