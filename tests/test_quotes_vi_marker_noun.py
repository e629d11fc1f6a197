"""Quotes in Vietnamese: a source marker followed by a noun of words said ("Theo chia sẻ
của Thiếu tá X": according to what Major X shared; "Theo lời X", "Theo lời kể của X") or of a
view given ("Theo đánh giá của X": in X's assessment), then the speaker: the speaker after
the noun speaks, and the speech verb inside the noun ("chia sẻ", "kể") is no verb of its own.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

BEFORE = "Bệnh viện dã chiến cấp 2 số 6 đến Bentiu từ tháng 10 năm ngoái. "
SAID = ", tình hình khu vực diễn ra khá căng thẳng và lệnh giới nghiêm được thắt chặt."


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "source, speaker",
    [
        pytest.param("Theo chia sẻ của Thiếu tá Nguyễn Văn An", "Nguyễn Văn An", id="chia-se-cua"),
        pytest.param("Theo lời Thiếu tá Nguyễn Văn An", "Nguyễn Văn An", id="loi"),
        pytest.param("Theo lời kể của Đại úy Trần Minh Đức", "Trần Minh Đức", id="loi-ke-cua"),
        pytest.param("Cũng theo chia sẻ của Đại úy Trần Minh Đức", "Trần Minh Đức", id="lead-word"),
        pytest.param("Theo đánh giá của Đại tá Lê Quang Huy", "Lê Quang Huy", id="danh-gia-cua"),
        pytest.param("Theo nhận định của Đại tá Lê Quang Huy", "Lê Quang Huy", id="nhan-dinh-cua"),
    ],
)
def test_the_speaker_after_a_marker_noun(source, speaker):
    assert speakers_of(BEFORE + source + SAID) == [speaker]


def test_a_marker_right_before_the_speaker_still_gives_them():
    assert speakers_of(BEFORE + "Theo Thiếu tá Nguyễn Văn An" + SAID) == ["Nguyễn Văn An"]
