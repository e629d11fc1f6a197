"""Quotes: a Vietnamese speech verb split by the one told ("cho AFP hay rằng": told AFP that;
"cho phóng viên biết rằng": told reporters that) reports, and its speaker is the subject before
it, never the hearer between its words; "cho ... biết ơn" (to be grateful) says nothing.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

OPENING = "HÀ NỘI, ngày 4/5/2019 -- "


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Người phát ngôn của MINUSCA, ông Vladimir Monteiro, cho AFP hay rằng đoàn xe đã bị phục kích gần Bria.",
                     "Vladimir Monteiro", id="vi-cho-agency-hay"),
        pytest.param("Trung tá Lê Văn Hùng cho phóng viên biết rằng bệnh viện đã tiếp nhận 40 bệnh nhân trong tuần.",
                     "Lê Văn Hùng", id="vi-cho-reporter-biet"),
        pytest.param("Đại tá Phạm Minh Tuấn cho các nhà báo Pháp biết: đơn vị sẽ về nước vào tháng sau.",
                     "Phạm Minh Tuấn", id="vi-cho-reporters-biet-colon"),
    ],
)
def test_verb_split_by_the_one_told_reports(sentence, speaker):
    assert quotes_of(OPENING + sentence) == [(speaker, sentence)]


def test_grateful_is_no_speech():
    sentence = "Những con đường mới đã mang lại cho người dân biết bao niềm vui trong mùa mưa."
    assert quotes_of(OPENING + sentence) == []
