"""Entities: a name whose folded form is also another known thing's ("Nhà Trắng", the White
House, and the city of Nha Trang both fold to "nha trang") is the one whose listed spelling the
text prints letter for letter, accents included: Vietnamese tells words apart by them. The
White House so named then speaks as a body does ("Nhà Trắng cho biết", "Theo Nhà Trắng"); the
city printed without the accents stays the city. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, kind, name",
    [
        pytest.param("Nhà Trắng đã triệu tập cuộc họp về lực lượng gìn giữ hòa bình.", "organisation", "White House", id="white-house"),
        pytest.param("Người phát ngôn Nhà Trắng đã có mặt tại cuộc họp.", "organisation", "White House", id="white-house-after-noun"),
        pytest.param("Đoàn sĩ quan đã đến Nha Trang hôm thứ Hai để huấn luyện.", "city", "Nha Trang", id="city-unaccented"),
    ],
)
def test_the_printed_accents_choose_the_name(sentence, kind, name):
    assert [(f.kind, f.name) for f in find_in_sentence(sentence, "vi") if f.kind in ("organisation", "city", "unresolved")] == [(kind, name)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("HÀ NỘI - Nhà Trắng cho biết Mỹ sẽ tiếp tục ủng hộ lực lượng gìn giữ hòa bình tại Liban.", id="subject"),
        pytest.param("HÀ NỘI - Theo Nhà Trắng, Mỹ sẽ tiếp tục ủng hộ lực lượng gìn giữ hòa bình tại Liban.", id="theo"),
    ],
)
def test_the_white_house_so_named_speaks(text):
    assert [q.speaker for q in extract(text, None).quotes] == ["White House"]
