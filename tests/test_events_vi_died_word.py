"""Events: Vietnamese tells a death by "qua đời" or "từ trần" (died, passed away) as often as
by "hi sinh" or "thiệt mạng": a casualty of its day, as English "died", French "est mort" and
Spanish "murió" are ("Một binh sĩ qua đời hôm Chủ nhật", "qua đời ngày 7/5, bốn ngày sau khi
bị thương"); with no day it dates nothing. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 10)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, dates",
    [
        pytest.param("Một quan sát viên của phái bộ qua đời hôm Chủ nhật tại bệnh viện ở Gao.", ["2023-05-07"], id="qua-doi-weekday"),
        pytest.param("Một quan sát viên của phái bộ đã từ trần ngày 7/5 tại bệnh viện ở Gao.", ["2023-05-07"], id="tu-tran-printed"),
        pytest.param("Quan sát viên qua đời hôm Chủ nhật, bốn ngày sau khi bị thương gần Gao.", ["2023-05-03", "2023-05-07"],
                     id="qua-doi-counted-back"),
    ],
)
def test_qua_doi_and_tu_tran_tell_a_death_of_its_day(sentence, dates):
    assert sorted(str(e.date) for e in body_events(sentence, "vi", ANCHOR)) == dates


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Gia đình quan sát viên qua đời đã nhận được sự hỗ trợ của phái bộ.", id="no-day"),
    ],
)
def test_with_no_day_a_death_dates_nothing(sentence):
    assert [str(e.date) for e in body_events(sentence, "vi", ANCHOR)] == []
