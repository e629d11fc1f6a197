"""Events: the plural forms of the French reflexive visit verb ("se sont rendus", "se sont
rendues", "se rendront") are visits as the singular ones are. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 13)  # a Saturday: last Monday is the 8th, the next the 15th


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Ce lundi, une délégation de la mission et du gouvernement se sont rendues à Kaga.",
                     ("2024-04-08", False), id="se-sont-rendues"),
        pytest.param("Lundi, les ministres se sont rendus à Kaga.", ("2024-04-08", False), id="se-sont-rendus"),
        pytest.param("Les deux ministres se rendront à Kaga lundi prochain.", ("2024-04-15", True), id="se-rendront"),
    ],
)
def test_a_plural_trip_is_a_visit(sentence, expected):
    events = body_events(sentence, "fr", ANCHOR)
    assert [(e.kind, e.date, e.announced) for e in events] == [("visit", *expected)]
