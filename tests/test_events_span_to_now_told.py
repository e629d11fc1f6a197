"""Events: what a verb of saying tells after its comma opens a sentence of its own, so a span
closed at the present opening it ("The office said, from March 2016 to date, ...", "Bộ Quốc
phòng cho biết, từ tháng 3 năm 2016 đến nay, ...") dates no happening, as it does not where it opens
the sentence (test_events_span_to_now); a day told there still dates its happening. Seen in a
held-out Vietnamese news page (a span of deployments reported to the president). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2021, 10, 18)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Bộ Quốc phòng cho biết, từ tháng 3 năm 2016 đến nay, 120 lượt sĩ quan đã tham gia các phái bộ.",
                     "vi", id="vi-month-year"),
        pytest.param("The ministry said, from March 2016 to date, 120 officers have served with the missions.",
                     "en", id="en-said-comma"),
        # the verb's complementiser before the comma: what it tells opens there all the same
        pytest.param("The ministry said that, from March 2016 to date, 120 officers have served with the missions.",
                     "en", id="en-said-that-comma"),
        pytest.param("Bộ Quốc phòng cho biết rằng, từ tháng 3 năm 2016 đến nay, 120 lượt sĩ quan đã tham gia các phái bộ.",
                     "vi", id="vi-rang-comma"),
    ],
)
def test_a_span_to_the_present_after_a_verb_of_saying_dates_nothing(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The department said, on 14 October 2021, the hospital returned home.", "en", ["2021-10-14"],
                     id="en-told-day"),
        pytest.param("Cục cho biết, ngày 14/10/2021, Bệnh viện dã chiến cấp 2 số 3 đã về đến sân bay Nội Bài.", "vi",
                     ["2021-10-14"], id="vi-told-day"),
        # no verb of saying before the comma: the span stands after a clause of its own, left as before
        pytest.param("The hospital returned home on 14 October 2021, after a year in Bentiu.", "en", ["2021-10-14"],
                     id="en-no-saying"),
    ],
)
def test_a_day_told_after_a_verb_of_saying_still_dates_its_happening(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == expected
