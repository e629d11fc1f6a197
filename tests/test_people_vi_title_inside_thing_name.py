"""In Vietnamese, a title word right after a thing's word ("trường sĩ quan Lục quân", the army
officers' school; "tàu Thuyền trưởng ...") is a word of the thing's name, and the capitalised
syllable after it is no surname after a title: no person (tests/corpus/README.md: people are
persons named). A title opening its own phrase ("Sĩ quan Minh cho biết") still names a person
by the surname, and a rank after a thing's word before a person's full name ("Tại trường
Thiếu tướng Nguyễn Văn Nam đã phát biểu", the phrase's comma left out) names the person.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Nữ sĩ quan gìn giữ hòa bình\n\nTrước đó, chị có 8 năm giảng dạy tại trường sĩ quan Lục quân II "
                     "ở Đồng Nai.\n", set(), id="vi-truong-si-quan"),
        pytest.param("Nữ sĩ quan gìn giữ hòa bình\n\nAnh từng học tại trường sĩ quan Công binh trước khi sang "
                     "Abyei.\n", set(), id="vi-truong-si-quan-cong-binh"),
        # guards: the title opening its phrase, or after a plain noun, names the person
        pytest.param("Nữ sĩ quan gìn giữ hòa bình\n\nSĩ quan Minh cho biết đơn vị đã sẵn sàng lên đường.\n",
                     {"Minh"}, id="vi-title-opens"),
        pytest.param("Nữ sĩ quan gìn giữ hòa bình\n\nĐại tá Hùng phát biểu tại trường trong buổi lễ.\n",
                     {"Hùng"}, id="vi-rank-then-name"),
        # guards: a thing's word closing a phrase printed without its comma, then a rank and a
        # person's full name
        pytest.param("Nữ sĩ quan gìn giữ hòa bình\n\nTại trường Thiếu tướng Nguyễn Văn Nam đã phát biểu chỉ đạo "
                     "buổi lễ.\n", {"Nguyễn Văn Nam"}, id="vi-school-then-rank-full-name"),
        pytest.param("Nữ sĩ quan gìn giữ hòa bình\n\nTrên tàu Trung tá Trần Thị Hoa đã kiểm tra thiết bị.\n",
                     {"Trần Thị Hoa"}, id="vi-ship-then-rank-full-name"),
    ],
)
def test_title_inside_thing_name(text, expected):
    assert _people(text) == expected
