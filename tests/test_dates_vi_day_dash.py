"""Dates: a Vietnamese day and month joined by a hyphen after a time of day ("tối 21-11", the
evening of 21 November) is read as after "ngày"; a score after another word is no date.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate


@pytest.mark.parametrize(
    "sentence, printed",
    [
        pytest.param("Tối 21-11, đoàn cán bộ đã về tới sân bay.", "21-11", id="toi"),
        pytest.param("Sáng 21-11, đoàn cán bộ lên đường.", "21-11", id="sang"),
        pytest.param("Chiều 21-11, buổi lễ được tổ chức tại Hà Nội.", "21-11", id="chieu"),
        pytest.param("Ngày 21-11, đoàn cán bộ đã về tới sân bay.", "Ngày 21-11", id="ngay-unchanged"),
    ],
)
def test_a_time_of_day_before_a_hyphenated_day_reads_the_day(sentence, printed):
    mentions = find_dates(sentence)
    assert [(m.text, m.value) for m in mentions] == [(printed, PartialDate(None, 11, 21))]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Đội bóng thắng 2-1 tối qua.", id="score"),
        pytest.param("Sang 3-2 thì trận đấu kết thúc.", id="sang-unaccented-over-to"),
    ],
)
def test_a_score_is_no_date(sentence):
    assert [m for m in find_dates(sentence) if m.kind == "date"] == []
