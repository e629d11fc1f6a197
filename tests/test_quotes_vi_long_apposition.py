"""Quotes in Vietnamese: an apposition set off by commas between a person's name and the speech
verb counts its words as syllables printed apart, so a title such as "Trưởng phái đoàn đại diện
thường trực Việt Nam tại Liên Hợp Quốc" (thirteen syllables) is still an apposition (quotes.yaml
apposition_words): the person named before it speaks, not the country named inside the clause
said. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Đại sứ Nguyễn Văn Nam, Trưởng phái đoàn đại diện thường trực Việt Nam tại Liên Hợp Quốc, "
                     "khẳng định Việt Nam luôn ủng hộ các phái bộ.", "Nguyễn Văn Nam", id="vi-long-apposition"),
        pytest.param("Phát biểu tại phiên thảo luận, đại sứ Trần Thị Lan, Trưởng phái đoàn đại diện thường trực Việt Nam "
                     "tại Liên Hợp Quốc, nhấn mạnh Việt Nam sẵn sàng cử thêm lực lượng.", "Trần Thị Lan", id="vi-after-opening-phrase"),
        # near miss: a short apposition was read so already
        pytest.param("Đại sứ Nguyễn Văn Nam, Trưởng phái đoàn Việt Nam, khẳng định Việt Nam luôn ủng hộ các phái bộ.",
                     "Nguyễn Văn Nam", id="vi-short-apposition"),
    ],
)
def test_the_person_before_a_long_vietnamese_apposition_speaks(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]


def test_an_english_apposition_keeps_its_ten_word_limit():
    # eleven words between the commas: no apposition in English, the verb's subject is read as before
    text = ("Maria Lopez, the head of the small team of aid workers sent by the agency, "
            "said the wells were dry.")
    assert [q.speaker for q in extract(text, None).quotes] == ["Maria Lopez"]
