"""People in Vietnamese: a family name that is also a month's name in another language
("Mai", French for May), opening a name before its middle name ("Mai Thị Lan", "Mai Văn
Hùng"), is the person's family name, as it is the given name closing one ("Nguyễn Thị Mai"):
the whole name is found, and the person speaks. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Thiếu tá Mai Thị Lan cho biết tình hình khu vực Bentiu diễn ra khá căng thẳng.", "Mai Thị Lan", id="mai-thi"),
        pytest.param("Thiếu tá Mai Văn Hùng cho biết tình hình khu vực Bentiu diễn ra khá căng thẳng.", "Mai Văn Hùng", id="mai-van"),
        pytest.param("Theo chia sẻ của thiếu tá Mai Thị Trang Nhung, tình hình khu vực Bentiu diễn ra khá căng thẳng.",
                     "Mai Thị Trang Nhung", id="mai-thi-four-words"),
    ],
)
def test_a_month_word_opening_a_vietnamese_name_is_the_family_name(text, person):
    extraction = extract(text, None)
    assert [e.name for e in extraction.entities.values() if e.kind == "person"] == [person]
    assert [q.speaker for q in extraction.quotes] == [person]
