"""The Vietnamese press names the Vietnam Department of Peacekeeping Operations by its short
name, without the country ("Cục Gìn giữ hòa bình"), in sentence case or with every syllable
capitalised ("Cục Gìn giữ Hòa Bình"): the body, whose last syllables ("Hòa Bình", peace) are
no person's name. The United Nations' department keeps its own name ("Cục Gìn giữ hòa bình
Liên hợp quốc"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def found_of(text: str) -> tuple[list[str], list[str]]:
    """The people and the organisations the extraction keeps for a text, each sorted."""
    entities = extract(text, None).entities.values()
    return (sorted(e.name for e in entities if e.kind == "person"),
            sorted(e.name for e in entities if e.kind == "organisation"))


@pytest.mark.parametrize(
    "text, people, bodies",
    [
        pytest.param("Đại tá Trần Văn Nam - Phó Cục trưởng Cục Gìn giữ Hòa Bình - phát biểu tại buổi lễ.",
                     ["Trần Văn Nam"], ["Vietnam Department of Peacekeeping Operations"], id="title-case-short-name"),
        pytest.param("Sáng 3/4, Cục Gìn giữ hòa bình tổ chức lễ tiễn hai sĩ quan lên đường làm nhiệm vụ.",
                     [], ["Vietnam Department of Peacekeeping Operations"], id="sentence-case-short-name"),
        pytest.param("Đoàn đã làm việc với Cục Gìn giữ hòa bình Liên hợp quốc tại New York.",
                     [], ["Department of Peacekeeping Operations"], id="the-un-department-keeps-its-name"),
    ],
)
def test_the_short_name_names_the_department(text, people, bodies):
    assert found_of(text) == (people, bodies)
