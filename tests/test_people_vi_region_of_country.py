"""In Vietnamese, compass words before a country's name whose first words only are capitalised
("Tây Bắc Cộng hòa Dân chủ Congo", the north-west of the DR Congo) name a region of the
country, no person; the country is still found. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def kinds_of(text: str) -> list[tuple[str, str]]:
    """(kind, name) of the people and countries the extraction keeps for a text, sorted."""
    return sorted((e.kind, e.name) for e in extract(text, None).entities.values() if e.kind in ("person", "country"))


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("Tây Bắc Cộng hòa Dân chủ Congo vẫn còn nhiều nhóm vũ trang.", "Democratic Republic of the Congo", id="north-west-drc"),
        pytest.param("Đông Nam Cộng hòa Trung Phi đã có mưa lớn suốt tuần.", "Central African Republic", id="south-east-car"),
    ],
)
def test_a_region_of_a_republic_is_no_person(text, country):
    assert kinds_of(text) == [("country", country)]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Thiếu tá Nguyễn Văn Bắc đã trở về từ Cộng hòa Trung Phi.", "Nguyễn Văn Bắc", id="name-ending-with-compass"),
    ],
)
def test_a_person_beside_a_republic_stays(text, person):
    assert ("person", person) in kinds_of(text)
