"""In Vietnamese, a person's name joined by a hyphen, with no space, to the title that follows
it ends at the hyphen, the title capitalised or not ("Trung tá Trần Văn Hùng-sĩ quan ...",
"Đại tá Lê Minh-đội trưởng ..."): the title's syllable is no syllable of the name. A
transliterated place whose syllables a hyphen joins ("Nam Xu-đăng") stays whole. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Bộ trưởng đã trao quyết định cho Trung tá Trần Văn Hùng-sĩ quan đầu tiên của đơn vị.",
                     "Trần Văn Hùng", id="si-quan"),
        pytest.param("Đại tá Lê Minh Tuấn-đội trưởng đội công binh phát biểu tại buổi lễ.",
                     "Lê Minh Tuấn", id="doi-truong"),
        pytest.param("Thiếu tá Phạm Thị Lan-Phó Giám đốc bệnh viện cho biết đơn vị đã sẵn sàng.",
                     "Phạm Thị Lan", id="capitalised-title-guard"),
    ],
)
def test_a_name_ends_at_the_hyphen_before_a_title(text, person):
    assert actors_of(text)[0] == [person]


def test_a_transliterated_place_joined_by_hyphens_stays_whole():
    entities = extract("Đơn vị đã đến Nam Xu-đăng vào tuần trước.").entities.values()
    assert [e.name for e in entities if e.kind == "country"] == ["South Sudan"]
    assert [e.name for e in entities if e.kind == "person"] == []
