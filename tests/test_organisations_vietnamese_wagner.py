"""The Vietnamese press names the Wagner Group in lowercase after a noun of its kind inside a
sentence ("lực lượng Wagner", "nhóm Wagner", "lính đánh thuê Wagner"): the group. A person
of the name stays a person. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def names(sentence: str, kind: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, "vi") if f.kind == kind}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Quân đội Mali và lực lượng Wagner đã rời khỏi căn cứ ở phía bắc.", id="vi-luc-luong"),
        pytest.param("Các tay súng của nhóm Wagner bị cáo buộc tấn công một ngôi làng.", id="vi-nhom"),
        pytest.param("Hàng trăm lính đánh thuê Wagner đã được triển khai tới thủ đô.", id="vi-linh-danh-thue"),
    ],
)
def test_the_group_in_lowercase_after_its_kind(sentence):
    assert "Wagner Group" in names(sentence, "organisation")


def test_a_person_of_the_name_stays_a_person():
    assert "Richard Wagner" in names("Nhà soạn nhạc Richard Wagner sinh năm 1813.", "person")
