"""Vietnamese abbreviations with a full stop before a name ("TP." for thành phố, city; "PGS.",
"TS.", "GS.", "BS.", "ThS." for academic and medical titles) end no sentence: the city after
"TP." is a place, no person opening a new sentence, and a person after a title is named
whole, with no event made of half a sentence. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Đoàn công tác đã đến TP. Hồ Chí Minh vào ngày 3/6 để gặp các sĩ quan.", [], id="city-TP."),
        pytest.param("Các bác sĩ quân y tập huấn tại Tp. Hồ Chí Minh trước khi lên đường.", [], id="city-Tp."),
        pytest.param("Chủ tịch Hồ Chí Minh từng nói về hòa bình.", ["Hồ Chí Minh"], id="the-person-after-a-title"),
        pytest.param("Buổi tập huấn do PGS. TS. Lê Văn Bình phụ trách từ sáng thứ Hai.", ["Lê Văn Bình"], id="academic-titles"),
        pytest.param("Ca mổ do BS. Trần Thị Mai thực hiện ngay trong đêm.", ["Trần Thị Mai"], id="doctor"),
    ],
)
def test_an_abbreviation_before_a_name_ends_no_sentence(text, people):
    assert people_of(text) == people
