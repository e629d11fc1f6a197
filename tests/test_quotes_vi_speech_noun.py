"""Quotes in Vietnamese: a speech verb right after a classifier making it a noun ("bài phát
biểu": a speech; "bản thông báo": a notice; "buổi thông báo": a briefing) names a speech,
it reports none: a sentence holding only it is no quote. The verb itself still reports.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Đại tá Lê Quang Huy đã có bài phát biểu quan trọng tại lễ xuất quân ở Hà Nội.", id="bai-phat-bieu"),
        pytest.param("Đại tá Lê Quang Huy dự buổi thông báo kết quả tuyển chọn tại Bentiu.", id="buoi-thong-bao"),
        pytest.param("Bản thông báo của phái bộ UNMISS được gửi tới các đơn vị ở Bentiu.", id="ban-thong-bao"),
    ],
)
def test_a_speech_named_by_its_noun_is_no_quote(text):
    assert speakers_of(text) == []


def test_the_verb_still_reports():
    assert speakers_of("Đại tá Lê Quang Huy chia sẻ rằng các chiến sĩ đã sẵn sàng lên đường.") == ["Lê Quang Huy"]
