"""People: a Vietnamese title printed in title case ("Tổng Thư Ký", "Bộ Trưởng Quốc Phòng",
"Ngoại Trưởng") is the role, as it is in sentence case: a run holding only the title makes no
person, the name after it is its holder's, and a country printed between the title and the
name ("Ngoại Trưởng Ai Cập X") is the title's, not a word of the name. The holder is the one
who speaks. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Tổng Thư Ký Liên Hiệp Quốc Nguyễn Văn An cho biết lực lượng gìn giữ hòa bình sẽ ở lại.",
                     "Nguyễn Văn An", id="secretary-general"),
        pytest.param("Tổng Thư Ký Liên Hiệp Quốc ông Nguyễn Văn An cho biết lực lượng sẽ ở lại.",
                     "Nguyễn Văn An", id="secretary-general-courtesy"),
        pytest.param("Bộ Trưởng Quốc Phòng Lê Văn Hùng tuyên bố quân đội sẵn sàng.", "Lê Văn Hùng", id="minister-portfolio"),
        pytest.param("Ngoại Trưởng Ai Cập Trần Minh Đức nói rằng cuộc tấn công là không thể chấp nhận.",
                     "Trần Minh Đức", id="foreign-minister-country"),
        pytest.param("Ngoại Trưởng Ai Cập Ahmed Salem nói rằng cuộc tấn công là không thể chấp nhận.",
                     "Ahmed Salem", id="foreign-minister-country-foreign-name"),
    ],
)
def test_title_case_title_is_no_person_and_its_holder_speaks(text, person):
    result = extract(text, None)
    people = [f.name for f in result.entities.values() if f.kind == "person"]
    assert people == [person]
    assert [q.speaker for q in result.quotes] == [person]


def test_title_case_title_keeps_its_holders_role():
    result = extract("Bộ Trưởng Quốc Phòng Lê Văn Hùng tuyên bố quân đội sẵn sàng.", None)
    assert [f.role for f in result.entities.values() if f.kind == "person"] == ["Bộ Trưởng Quốc Phòng"]
