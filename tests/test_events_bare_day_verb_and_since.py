"""Events: two readings of a day named by its number alone (dates.yaml "bare_day_phrases").
Vietnamese "tới" before a capitalised name is the verb "go to", not "coming": "đã bay ngày 5
tới Hà Nội" is the last 5th (the next only for a planned happening); Spanish "desde el día 1"
opens a state that lasts (as "since 2013" does) and dates no happening. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 10)


@pytest.mark.parametrize(
    "sentence, date, announced",
    [
        pytest.param("Đoàn công tác của phái bộ đã bay ngày 5 tới Hà Nội để dự hội nghị.", "2023-05-05", False, id="past-flew"),
        pytest.param("Bộ trưởng đã đến ngày 5 tới Đà Nẵng và hội đàm với Bộ Quốc phòng.", "2023-05-05", False, id="past-came"),
        pytest.param("Đoàn công tác sẽ bay ngày 15 tới Hà Nội để dự hội nghị.", "2023-05-15", True, id="planned"),
    ],
)
def test_toi_before_a_name_is_the_verb(sentence, date, announced):
    assert [(e.date, e.announced) for e in body_events(sentence, "vi", ANCHOR)] == [(date, announced)]


def test_toi_before_no_name_is_coming():
    assert [e.date for e in body_events("Hội nghị sẽ khai mạc ngày 15 tới tại Hà Nội.", "vi", ANCHOR)] == ["2023-05-15"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Desde el día 1, la misión ha desplegado 300 soldados en Gao.", id="deployed-since"),
        pytest.param("Desde el pasado día 1, el batallón ha recibido a 40 heridos en su hospital.", id="pasado"),
    ],
)
def test_since_a_bare_day_dates_no_happening(sentence):
    assert not [e for e in body_events(sentence, "es", ANCHOR) if e.date == "2023-05-01"]


def test_a_bare_day_not_after_since_still_dates():
    sentence = "Los cascos azules llegaron a Gao el día 1 y desde entonces patrullan la frontera."
    assert [e.date for e in body_events(sentence, "es", ANCHOR)] == ["2023-05-01"]
