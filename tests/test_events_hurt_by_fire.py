"""Events: "hurt by" with fire as its agent ("hurt by tank fire", "hurt by mortar fire", "hurt
by crossfire") tells bodies hurt, as "hurt by a stray bullet" does: a casualty, not a hurt
feeling or purse (vocabulary casualty_bodily_agents, events._without_felt_hurt). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 3, 10)  # a Friday


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("On Wednesday, three guards were hurt by tank fire at the checkpoint.", id="tank-fire"),
        pytest.param("On Wednesday, three guards were hurt by mortar fire near the camp.", id="mortar-fire"),
        pytest.param("On Wednesday, three guards were hurt by sniper fire on the road.", id="sniper-fire"),
        pytest.param("On Wednesday, three guards were hurt by crossfire in the market.", id="crossfire"),
        pytest.param("On Wednesday, three guards were hurt by artillery fire near the bridge.", id="artillery-fire"),
    ],
)
def test_hurt_by_fire_is_a_casualty(sentence):
    events = [(str(e.date), e.kind) for e in body_events(sentence, "en", ANCHOR)]
    assert ("2023-03-08", "casualty") in events, events


def test_hurt_by_the_cuts_is_still_no_casualty():
    events = [e for e in body_events("On Wednesday, the mission was hurt by the budget cuts.", "en", ANCHOR)
              if e.kind == "casualty"]
    assert events == [], events


@pytest.mark.parametrize(
    "sentence",
    [
        # "fire" alone is as often a blaze hurting a purse, or a figure, as shots at bodies
        pytest.param("On Wednesday, the minister was hurt by the fire of criticism from the opposition.", id="fire-of-criticism"),
        pytest.param("On Wednesday, the mission was hurt by the fire sale of its vehicles.", id="fire-sale"),
        pytest.param("On Wednesday, the council's standing was hurt by the fire it drew over the delays.", id="drew-fire"),
        pytest.param("On Wednesday, the market was hurt by a fire that destroyed its stalls.", id="market-blaze"),
    ],
)
def test_hurt_by_fire_in_another_sense_is_no_casualty(sentence):
    events = [e for e in body_events(sentence, "en", ANCHOR) if e.kind == "casualty"]
    assert events == [], events
