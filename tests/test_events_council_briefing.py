"""Events: a briefing of the Security Council ("briefed the Security Council on Tuesday", "will
brief the Council on Monday") is a meeting of its own day, beside a vote of another day the
sentence names ("ahead of its vote on the mandate on 28 June"). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 6, 20)  # a Thursday: the Tuesday before is the 18th, the Monday after the 24th


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("The head of the observer mission briefed the Security Council on Tuesday.",
                     [("meeting", "2024-06-18", False)], id="briefed"),
        pytest.param("The special envoy will brief the Council on Monday.", [("meeting", "2024-06-24", True)], id="will-brief"),
        pytest.param("The envoy briefed the Council on Tuesday ahead of its vote on the mandate on 28 June.",
                     [("meeting", "2024-06-18", False), ("adoption", "2024-06-28", True)], id="briefed-before-vote"),
    ],
)
def test_a_council_briefing_is_a_meeting(sentence, expected):
    assert [(e.kind, e.date, e.announced) for e in body_events(sentence, "en", ANCHOR)] == expected


def test_the_vote_told_after_the_briefing_has_a_title_of_its_own():
    events = body_events("The envoy briefed the Council on Tuesday ahead of its vote on the mandate on 28 June.", "en", ANCHOR)
    titles = {e.kind: e.title for e in events}
    assert titles["adoption"] == "Vote on the mandate" and titles["meeting"] != titles["adoption"], titles
