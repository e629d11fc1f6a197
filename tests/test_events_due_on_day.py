"""Events: "is due", "is expected" and "is scheduled" put a clause in the future even when a
day stands between them and the infinitive ("is due on Monday to host a ceremony"): the
weekday is the next one, the happening is announced, and the infinitive after the day is
the verb's object, not a purpose, so its word gives the kind. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 12, 8)  # a Friday: the Monday after is the 11th, the Tuesday the 12th


@pytest.mark.parametrize(
    "sentence, kind, day",
    [
        pytest.param("The mission is due on Monday to host a ceremony marking the end of its mandate.", "ceremony",
                     "2023-12-11", id="due-weekday-ceremony"),
        pytest.param("The special envoy is due in Juba on Tuesday to meet the president.", "meeting", "2023-12-12",
                     id="due-place-weekday-meeting"),
        pytest.param("The Council is scheduled on Tuesday to vote on the renewal of the mandate.", "adoption",
                     "2023-12-12", id="scheduled-weekday-vote"),
        pytest.param("The new battalion is expected on Monday to take over from the departing unit.", "rotation",
                     "2023-12-11", id="expected-weekday-rotation"),
    ],
)
def test_a_day_between_due_and_its_infinitive_is_ahead(sentence, kind, day):
    events = body_events(sentence, "en", ANCHOR)
    assert [(e.kind, e.date, e.announced) for e in events] == [(kind, day, True)]


def test_a_purpose_after_a_day_stays_a_purpose():
    """"were sent on Monday to protect the camp": the day dates the sending, in the past."""
    events = body_events("Troops were sent on Monday to protect the camp near the border.", "en", ANCHOR)
    assert [(e.kind, e.date, e.announced) for e in events] == [("deployment", "2023-12-04", False)]
