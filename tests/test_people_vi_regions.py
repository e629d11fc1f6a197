"""A Vietnamese region's name, a compass word before a country's or a continent's name ("miền
Nam Liban", southern Lebanon; "Tây Phi", West Africa; "Tây Âu", Western Europe; "Đông Bắc
Somalia"), is a place, no person, though "Nam" is a family name elsewhere and "Phi", "Âu" no
word of a dictionary: vocabulary "compass_words" and "region_syllables" (vi). A person named
beside one, or a name opening with such a word before another name ("Nam Hải"), is kept.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Pháo binh đã bắn vào hai vị trí quan sát ở miền Nam Liban trong đêm qua.", [], id="south-of-a-country"),
        pytest.param("Binh sĩ của phái bộ đã rút khỏi các căn cứ ở miền Nam Lebanon vào cuối tháng.", [], id="south-of-a-country-en-spelling"),
        pytest.param("Hiện có gần hai nghìn binh sĩ được triển khai tại quốc gia Tây Phi này.", [], id="west-africa"),
        pytest.param("Các nước Tây Âu đã cam kết đóng góp thêm kinh phí cho phái bộ.", [], id="western-europe"),
        pytest.param("Đoàn công tác đã đến vùng Đông Bắc Somalia để khảo sát tình hình.", [], id="north-east-of-a-country"),
    ],
)
def test_a_vietnamese_regions_name_is_no_person(text, people):
    assert people_of(text) == people


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Trung tá Nguyễn Văn Nam đã dẫn đoàn sang Nam Sudan vào tháng trước.", ["Nguyễn Văn Nam"], id="name-before-a-country"),
        pytest.param("Đại úy Nam Hải cho biết đơn vị đã hoàn thành việc sửa đường.", ["Nam Hải"], id="given-names-after-rank"),
        pytest.param("Thiếu tá Trần Thị Tây đã trở về từ Cộng hòa Trung Phi hôm thứ Hai.", ["Trần Thị Tây"], id="name-ending-with-compass"),
    ],
)
def test_names_beside_regions_are_kept(text, people):
    assert people_of(text) == people
