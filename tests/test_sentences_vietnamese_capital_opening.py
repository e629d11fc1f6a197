"""A Vietnamese sentence may open on a capital outside Latin-1 ("Ở", "Ủy", "Ước", "Ấn"): the stop
before it ends the sentence before, as a stop before "Đoàn" or "Sáng" does. The capitals a
lead may open on (text.LEAD_CAPITALS) are the capitals a sentence opens on, in split_sentences
and in the page head's test of a paragraph that lost its last stop. Lowercase twins ("ở") open
no sentence.

Every sentence is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import _unstopped_paragraph
from newsdossier.text import split_sentences


@pytest.mark.parametrize("first, second", [
    ("Đoàn công binh đã đến Gao hôm thứ Hai.", "Ở đó, các chiến sĩ sửa lại đường băng."),
    ("Phái bộ họp hôm qua.", "Ủy ban quân sự thông qua kế hoạch tuần tra mới."),
    ("Lực lượng đã tới Juba.", "Ấn Độ gửi thêm một đại đội công binh."),
    ("Lực lượng đã tới Juba.", "Đoàn gồm 50 người."),  # (must not change)
])
def test_a_sentence_opening_on_a_vietnamese_capital_is_cut(first, second):
    assert split_sentences(f"{first} {second}") == [first, second]


def test_a_lowercase_twin_opens_no_sentence():
    # (must not change)
    paragraph = "Đoàn công binh đã đến Gao. ở đó lâu."
    assert split_sentences(paragraph) == [paragraph]


def test_a_paragraph_that_lost_its_stop_after_a_vietnamese_capital():
    line = ("Đoàn công binh Việt Nam đã đến phái bộ Liên Hợp Quốc tại Nam Sudan hôm thứ Hai. "
            "Ở đó các chiến sĩ sửa đường")
    assert _unstopped_paragraph(line)
