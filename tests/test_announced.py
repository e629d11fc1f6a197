"""A planned event ("announced: true") stays planned only while the articles that tell of it
are written before its day: an undated mention in an article written after it ("the recent
ministerial meeting") links to it, and it is planned no longer."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import ends_before
from newsdossier.events import EventFinding
from newsdossier.registry import Registry, link_mention


@pytest.mark.parametrize(
    "value, other, expected",
    [
        ("2021-12-07", "2021-12-09", True),
        ("2021-12-07/2021-12-08", "2021-12-09", True),
        ("2021-12-07/2021-12-08", "2021-12-08", False),  # the article written on its last day
        ("2021-12-07", "2021-12-07", False),
        ("2021-12", "2021-12-31", False),  # a month lasts to its last day
        ("2021-12", "2022-01-01", True),
        ("2021", "2021-12-31", False),
        ("2020", "2021", True),
        ("2021-12-09", "2021-12-07", False),
        ("XXXX-12-07", "2021-12-09", False),  # a year not known: nothing is known to come first
        ("", "2021-12-09", False),
        ("2021-12-07", None, False),
        ("not a date", "2021-12-09", False),
    ],
)
def test_ends_before(value, other, expected):
    assert ends_before(value, other) is expected


def _planned() -> Registry:
    return Registry([{"id": "m", "kind": "meeting", "date": "2021-12-07/2021-12-08", "place": "",
                      "announced": True, "status": "candidate"}])


@pytest.mark.parametrize("article_date, planned", [("2021-12-20", False), ("2021-12-01", True), ("2021-12", True), ("", True)],
                         ids=["written after", "written before", "month of the event", "undated"])
def test_a_mention_written_after_the_day_ends_the_plan(article_date, planned):
    events = _planned()
    finding = EventFinding("meeting", "Meeting", "The ministerial meeting was a success.")
    assert link_mention(events, finding, "a", article_date, []) == "m"
    assert events.by_id["m"].get("announced", False) is planned
