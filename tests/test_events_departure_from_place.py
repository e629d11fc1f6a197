"""Events: a departure told with the place left between the verb and the destination ("left
Lusaka for a year of duty", "has left here for the mission") is a deployment; "left no room
for doubt" is none. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import departure_from_place_spans, find_events

ANCHOR = PartialDate(2019, 9, 14)  # a Saturday


def events_of(sentence: str) -> list[tuple[str, str]]:
    return [(e.date, e.kind) for e in find_events([(sentence, [])], ANCHOR, None, "en", wire_day=False)[0]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("A company of 150 engineers on Wednesday left Lusaka for a year of duty with the mission.",
                     ("2019-09-11", "deployment"), id="city"),
        pytest.param("The medical team left here for the mission area on Friday aboard a chartered plane.",
                     ("2019-09-13", "deployment"), id="here"),
        pytest.param("The last platoon left Port Louis for the border region on 2 September.", ("2019-09-02", "deployment"),
                     id="two-word-city"),
    ],
)
def test_a_departure_with_the_place_left_is_a_deployment(sentence, expected):
    assert expected in events_of(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("the engineers left Lusaka for the mission", 1, id="city"),
        pytest.param("the team left here for the border", 1, id="here"),
        pytest.param("the ruling left no room for doubt", 0, id="lowercase-object"),
        pytest.param("the company left Lusaka on Monday", 0, id="no-destination-word"),
        pytest.param("The contingent leaves Accra for the mission on Monday.", 1, id="present-tense"),
        pytest.param("Left Lusaka for the border at dawn, the engineers reached the camp at noon.", 1, id="capitalised-verb"),
    ],
)
def test_where_a_departure_from_a_place_is_printed(sentence, expected):
    assert len(departure_from_place_spans(sentence, "en")) == expected
