"""A country named after a preposition of place right before a speech verb is where the
speaker is, not the speaker: in Vietnamese too, whose prepositions ("tại", "ở") are compared
with their diacritics. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("vi", ['Thiếu tá Nguyễn Thị Hoa (40 tuổi), một trong 8 nữ quân y đang làm việc tại Nam Sudan nhớ lại: "Ngày đầu tiên tôi thấy rất nhiều khó khăn ở nơi này."'],
                     "Nguyễn Thị Hoa", id="vi-tai-country-nho-lai"),
        pytest.param("vi", ["Trung tá Trần Văn Minh, một sĩ quan đang công tác ở Liban cho biết đơn vị đã sẵn sàng."],
                     "Trần Văn Minh", id="vi-o-country-cho-biet"),
        pytest.param("en", ["Major Anna Keller, a doctor serving in Lebanon, said the clinic had reopened."],
                     "Anna Keller", id="en-in-country-said"),
    ],
)
def test_a_country_after_a_place_word_is_no_speaker(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes] == [speaker]
