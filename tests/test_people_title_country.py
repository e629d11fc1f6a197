"""A country's one-syllable Vietnamese name between a title and a foreign leader's name is the
title's country, not the first word of the name; the same syllable inside a Vietnamese name
stays a name word. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Hôm qua, Tổng thống Pháp Emmanuel Macron đã gọi điện cho các đồng minh.", "Emmanuel Macron", id="president-france"),
        pytest.param("Sáng nay, Tổng thống Nga Vladimir Putin đến thăm thành phố.", "Vladimir Putin", id="president-russia"),
        pytest.param("Thủ tướng Đức Olaf Scholz đã tiếp đoàn đại biểu.", "Olaf Scholz", id="chancellor-germany"),
        pytest.param("Phó Tổng thống Mỹ Kamala Harris phát biểu tại hội nghị.", "Kamala Harris", id="vice-president-us"),
    ],
)
def test_the_country_after_a_title_is_no_name_word(sentence, name):
    found = people(sentence, "vi")
    assert name in found
    assert not any(n != name and n.endswith(name) for n in found)


def test_the_role_keeps_the_country():
    assert people("Tổng thống Pháp Emmanuel Macron đã gọi điện cho các đồng minh.", "vi")["Emmanuel Macron"] == "Tổng thống Pháp"


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Đại tá Nguyễn Đức Anh đã chủ trì buổi lễ.", "Nguyễn Đức Anh", id="duc-inside-name"),
        pytest.param("Thượng tá Lê Anh Tuấn đã chủ trì buổi lễ.", "Lê Anh Tuấn", id="anh-inside-name"),
        # a country's syllable that is also a family name, before a middle name
        pytest.param("Thượng tá Hàn Văn Long đã chủ trì buổi lễ.", "Hàn Văn Long", id="han-family-name-van"),
        pytest.param("Trung tá Hàn Thị Mai đã chủ trì buổi lễ.", "Hàn Thị Mai", id="han-family-name-thi"),
    ],
)
def test_the_same_syllable_inside_a_vietnamese_name_stays(sentence, name):
    assert name in people(sentence, "vi")
