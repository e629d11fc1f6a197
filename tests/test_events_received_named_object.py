"""Events: a verb of receiving whose object is a happening's noun with its own capitalised
name before it ("received the United Nations Peace Medals in a ceremony held on ...")
tells that happening, as "received medals" does; "received the Special Representative"
keeps its meeting. Before, a lead so told gave a meeting on the article's day beside the
ceremony. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2019, 2, 27)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The soldiers received the United Nations Peace Medals in a ceremony held on 26 February 2019 in "
                     "Abyei.", id="peace-medals"),
        pytest.param("The police officers received the Dag Hammarskjold Medals at a parade held on 26 February 2019.",
                     id="named-medals"),
    ],
)
def test_a_named_medal_received_is_the_ceremony(sentence):
    assert [(e.date, e.kind) for e in body_events(sentence, "en", ANCHOR, lead=True)] == [("2019-02-26", "ceremony")]


def test_a_person_received_stays_a_meeting():
    found = body_events("The minister received the Special Representative on Tuesday.", "en", ANCHOR, lead=True)
    assert [(e.date, e.kind) for e in found] == [("2019-02-26", "meeting")]
