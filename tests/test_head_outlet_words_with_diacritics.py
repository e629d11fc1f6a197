"""Words read as an outlet's name by a word of an outlet's kind or a newspaper's name
("Báo Bình Minh", "Thời Báo Kinh Tế", "The Harbour Echo") are compared with their diacritics:
the Vietnamese name "Quốc Bảo" holds no "báo" (a newspaper) and is a person's name, after a
date line as after a writer's dash. A page typed without accents ("Bao Binh Minh") still reads
as an outlet's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import reads_as_outlet_name, reposted_source_line


@pytest.mark.parametrize(("name", "outlet"), [
    ("Quốc Bảo", False),
    ("Gia Bảo", False),
    ("Thái Bảo Ngọc", False),
    ("Báo Bình Minh", True),
    ("Bao Binh Minh", True),
    ("Thời Báo Kinh Tế", True),
    ("The Harbour Echo", True),
])
def test_outlet_words_are_compared_with_their_diacritics(name, outlet):
    assert reads_as_outlet_name(name) is outlet


@pytest.mark.parametrize("writer", ["Quốc Bảo", "Gia Bảo"])
def test_a_vietnamese_writer_after_the_date_line_is_no_reposted_source(writer):
    assert reposted_source_line(f"07/11/2024 {writer}") is None
    result = extract("\n".join([HEADLINE["vi"], f"07/11/2024 {writer}", LEAD["vi"], MORE["vi"]]))
    assert result.fields["source"] == ""
