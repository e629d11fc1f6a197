"""Quotes: Vietnamese "nói chung" (in general) and "nói riêng" (in particular) hold the form of
the speech verb "nói" but say no words ("quân đội nói chung, công binh nói riêng"): no quote,
while "X nói rằng..." still reports. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

OPENING = "HÀ NỘI, ngày 4/5/2019 -- "


def quoted_sentences(text: str) -> list[str]:
    return [q.sentence for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Các y bác sĩ Việt Nam nói chung đã làm việc rất tận tình trong mùa mưa.", id="vi-noi-chung"),
        pytest.param("Quân đội nhân dân Việt Nam nói riêng đã cử hơn 20 sĩ quan tới Nam Sudan.", id="vi-noi-rieng"),
        pytest.param("Đây là niềm vinh dự cho đất nước nói chung, Quân đội nhân dân Việt Nam nói riêng, khi nhận nhiệm vụ tại Abyei.",
                     id="vi-noi-chung-noi-rieng"),
    ],
)
def test_in_general_or_in_particular_is_no_speech(sentence):
    assert quoted_sentences(OPENING + sentence) == []


def test_the_speech_verb_still_reports():
    sentence = "Đại tá Nguyễn Văn Nam nói rằng đơn vị đã hoàn thành 20 km đường trong tháng 4."
    assert quoted_sentences(OPENING + sentence) == [sentence]
