"""Events: after a verb of going or taking somewhere, English "to" and a noun is where to, no
purpose clause ("rushed to hospital", "on the way back to camp", "evacuated to safety"): the
event words after it are the sentence's own and keep their kind and date. A true purpose
clause still tells what was meant to happen. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import purpose_spans
from eventcases import body_events

ANCHOR = PartialDate(2023, 6, 9)  # a Friday


@pytest.mark.parametrize(
    "sentence, kind",
    [
        pytest.param("Three peacekeepers were rushed to hospital with wounds from the ambush on Monday.", "attack", id="rushed-to-hospital"),
        pytest.param("Two blue helmets were airlifted to hospital with injuries from the attack on Monday.", "attack", id="airlifted-to"),
        pytest.param("On its way back to camp the patrol ran into an ambush on Monday.", "attack", id="way-back-to-camp"),
        pytest.param("Civilians were escorted to safety during the attack on Monday.", "attack", id="escorted-to-safety"),
    ],
)
def test_a_destination_after_to_hides_no_event_word(sentence, kind):
    assert [(e.kind, e.date) for e in body_events(sentence, "en", ANCHOR)] == [(kind, "2023-06-05")]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Troops were sent to protect the camp.", id="sent-to-protect"),
        pytest.param("The council met to discuss the mandate.", id="met-to-discuss"),
    ],
)
def test_a_purpose_clause_is_still_one(sentence):
    assert purpose_spans(sentence, "en") != []
