"""Events: a refusal makes the rest of its clause a happening that did not take place ("the
two sides refused to meet on Tuesday", "ont refusé de se réunir mardi", "se negaron a
reunirse el martes"): no meeting on that day. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The two factions refused to meet on Tuesday in Kidal.", "en", id="en"),
        pytest.param("The rebel delegation declined to attend the talks on Tuesday.", "en", id="en-declined"),
        pytest.param("Les deux factions ont refusé de se réunir mardi à Kidal.", "fr", id="fr"),
        pytest.param("Les deux factions ont refusé d'assister mardi à la réunion de Kidal.", "fr", id="fr-elided"),
        pytest.param("Las dos facciones se negaron a reunirse el martes en Kidal.", "es", id="es"),
    ],
)
def test_a_meeting_refused_is_no_meeting_of_its_day(sentence, language):
    assert [e for e in body_events(sentence, language, ANCHOR) if e.kind == "meeting"] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the refusal's clause ends at the contrast: the meeting that did take place keeps its day
        pytest.param("The factions refused to meet in Kidal, but they met on Tuesday in Gao.", "en", id="en-but"),
    ],
)
def test_a_meeting_held_after_a_refusal_keeps_its_day(sentence, language):
    assert "2019-04-09" in [e.date for e in body_events(sentence, language, ANCHOR)]
