"""Events: a day named right before a verb of saying ("the army on Tuesday said", "el
ejército este martes informó", "người phát ngôn hôm qua xác nhận") dates the telling, not the
happening told; a day before another verb still dates that verb. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words, told_on_day
from eventcases import body_events

ANCHOR = PartialDate(2019, 3, 8)  # a Friday


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("The army on Tuesday said two soldiers had died near the border.", "en", "Tuesday", id="en"),
        pytest.param("El ejército este martes informó que dos soldados murieron cerca de la frontera.", "es", "martes", id="es"),
        pytest.param("Người phát ngôn quân đội hôm qua xác nhận hai binh sĩ đã thiệt mạng gần biên giới.", "vi", "hôm qua", id="vi"),
    ],
)
def test_a_day_before_the_verb_of_saying_dates_the_telling(sentence, language, day):
    start = sentence.index(day)
    assert told_on_day(sentence, start, language, event_words(sentence, language), start + len(day))
    assert dates_of(sentence, language) == []  # deep in the body: the death has no day of its own


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Two soldiers on Tuesday died near the border, the army said.", "en", ["2019-03-05"], id="en-died"),
        pytest.param("Hai binh sĩ hôm qua đã thiệt mạng gần biên giới.", "vi", ["2019-03-07"], id="vi-died"),
    ],
)
def test_a_day_before_another_verb_still_dates_it(sentence, language, expected):
    assert dates_of(sentence, language) == expected
