"""Vietnamese people's names beside Vietnamese words that fold onto English ones, and a Korean
name printed with a hyphen.

The list of words that name a place or thing after someone (vocabulary "named_thing_heads":
"airport", "camp"; Vietnamese "sân bay") is compared without diacritics, but in Vietnamese a
word printed with them is that word only as spelt: "bày tỏ" (to express), "bảy" (seven),
"dạy" (to teach) after a name are verbs and numbers, not "bay" or "day", and the name before
them is a person's. "sân bay Nội Bài" stays an airport. A Korean name whose family name is a
Vietnamese word ("Ban", a board) is a person's when its given name is printed as one pair of
syllables joined by a hyphen ("Ban Ki-moon"), as it is when printed as two ("Ban Ki Mun");
"Ban Chỉ đạo" stays a board. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = "Hội đồng Bảo an đã nhất trí gia hạn nhiệm vụ của lực lượng gìn giữ hòa bình thêm một năm nữa. "


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "sentence, person",
    [
        pytest.param("Thủ tướng Najib Mikati bày tỏ sự hoan nghênh trước quyết định này.", "Najib Mikati", id="bay-to-after-title"),
        pytest.param("Trong thông cáo, Ngoại trưởng Liban Youssef Rajji bày tỏ lo ngại về an ninh.", "Youssef Rajji", id="bay-to-after-title-country"),
        pytest.param("Bà Maria Lopez dạy tiếng Anh cho trẻ em ở thị trấn Abyei.", "Maria Lopez", id="day-teach"),
        pytest.param("Ông Jean Dupont bảy lần sang châu Phi làm nhiệm vụ quốc tế.", "Jean Dupont", id="bay-seven"),
    ],
)
def test_a_name_before_a_vietnamese_word_folding_onto_a_thing_is_a_person(sentence, person):
    assert people_of(LEAD + sentence) == [person]


@pytest.mark.parametrize(
    "sentence, person",
    [
        pytest.param("Tổng thư ký Liên hợp quốc Ban Ki-moon nêu rõ rằng các binh sĩ rất dũng cảm.", "Ban Ki-moon", id="title-body"),
        pytest.param("Ông Ban Ki-moon đã đến thăm bệnh viện dã chiến ở Bentiu.", "Ban Ki-moon", id="honorific"),
        pytest.param("Ông Ban Ki Mun đã đến thăm bệnh viện dã chiến ở Bentiu.", "Ban Ki Mun", id="two-syllables"),
    ],
)
def test_a_korean_name_opened_by_a_vietnamese_word_is_a_person(sentence, person):
    assert people_of(LEAD + sentence) == [person]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Đoàn công tác đã đến sân bay Nội Bài lúc mười giờ sáng.", id="airport"),
        pytest.param("Ban Chỉ đạo đã họp để rà soát công tác chuẩn bị.", id="board"),
    ],
)
def test_a_thing_and_a_board_are_no_people(sentence):
    assert people_of(LEAD + sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        # a family name that is a Vietnamese word, ending the text or the sentence: nothing
        # after it to read as given names (this raised an IndexError, the article skipped)
        pytest.param(LEAD + "Người đón đoàn là Phó Trưởng Ban", id="ban-ends-the-text"),
        pytest.param(LEAD + "Người đón đoàn là Phó Trưởng Ban Ki", id="one-syllable-then-the-end"),
        pytest.param((LEAD + "Người đón đoàn là Phó Trưởng Ban").upper(), id="in-capitals"),
    ],
)
def test_a_family_name_at_the_text_end_reads_no_name_past_it(text):
    assert people_of(text) == []
