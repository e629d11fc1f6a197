"""The UN's Department of Peace Operations is named in the Vietnamese press by its bare name,
"Cục Hoạt động hòa bình", with the Secretariat or the UN named after a comma or not at all
(organisations.yaml names, vi). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thiếu tá Lê Văn An sẽ làm việc tại Cục Hoạt động hòa bình, Ban Thư ký Liên hợp quốc ở New York.",
                     id="before-secretariat"),
        pytest.param("Đại diện Cục Hoạt động hòa bình đã dự buổi lễ tại Hà Nội.", id="alone"),
    ],
)
def test_the_bare_vietnamese_name_names_the_department(text):
    assert "Department of Peace Operations" in actors_of(text)[1]


def test_the_operations_of_peace_name_no_department():
    assert "Department of Peace Operations" not in actors_of("Các hoạt động hòa bình của Liên hợp quốc được mở rộng.")[1]
