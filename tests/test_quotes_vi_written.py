"""Quotes: Vietnamese "viết" (wrote) reports what was written when "rằng" follows within the
language's reach (quotes.yaml "complement_reach": six syllables, since Vietnamese is written
syllable by syllable), never alone ("viết thư": writes letters). Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Ông Lê Văn Nam viết trên Facebook rằng không có binh sĩ nào bị thương.", "Lê Văn Nam",
                     id="viet-tren-facebook"),
        pytest.param("Ông Lê Văn Nam viết trên trang cá nhân của mình rằng đoàn xe đã về căn cứ.", "Lê Văn Nam",
                     id="viet-five-syllables-before-rang"),
    ],
)
def test_written_words_are_a_quote(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Ông Lê Văn Nam viết thư cho gia đình mỗi tuần.", id="viet-thu"),
        pytest.param("Trong bài viết, tác giả nhắc tới đội công binh.", id="bai-viet"),
    ],
)
def test_writing_alone_is_no_quote(sentence):
    assert extract(sentence, None).quotes == []
