"""Quotes: a verb of speaking whose only complement is the occasion or the topic ("briefed the
Council on the situation", "phát biểu tại cuộc họp" — spoke at the meeting —, "báo cáo cập nhật
tình hình" — briefed on the situation) gives no words and is no quote; with a clause or a
quotation after it ("briefed reporters that...", "phát biểu rằng...", "phát biểu: « ... »") it
reports (quotes.yaml verbs_needing_complement). Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Paul Moreau briefed the Council on the situation in Mali.", id="en-briefed"),
        pytest.param("Đại sứ Nguyễn Văn An phát biểu tại cuộc họp về tình hình Mali.", id="vi-spoke-at"),
        pytest.param("Ông Nguyễn Văn An đã tham gia và báo cáo cập nhật tình hình tại cuộc họp.", id="vi-briefed"),
    ],
)
def test_an_occasion_or_a_topic_alone_is_no_quote(text):
    assert speakers_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Paul Moreau briefed reporters that the convoy had reached Gao.", id="en-briefed-that"),
        pytest.param("Đại sứ Nguyễn Văn An phát biểu rằng Việt Nam ủng hộ phái bộ.", id="vi-clause"),
        pytest.param('Đại sứ Nguyễn Văn An phát biểu: "Việt Nam ủng hộ phái bộ."', id="vi-quotation"),
        pytest.param("Phát biểu tại cuộc họp, Đại sứ Nguyễn Văn An khẳng định Việt Nam ủng hộ phái bộ.", id="vi-other-verb"),
        pytest.param("Phát biểu tại buổi lễ, Đại tá Nguyễn Văn An cho biết các chiến sĩ của đơn vị đã sẵn sàng.", id="vi-speech-opening"),
    ],
)
def test_with_what_was_said_it_reports(text):
    assert len(speakers_of(text)) == 1
