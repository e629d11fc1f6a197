"""Events: the "that" (or "que") after a verb of saying opens what was said, not a relative
clause describing a noun: "The mission said that two peacekeepers wounded on Monday, near the
port, have died" tells deaths of the peacekeepers wounded on Monday, as "The mission said two
peacekeepers ... have died" does. English "said" has no participle's shape, so no verb group
marked the "that" as a verb's object. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission said that two peacekeepers wounded on Monday, near the port, have died.", "en", id="en-said-that-aside"),
        pytest.param("The mission said that two peacekeepers wounded on Monday have died.", "en", id="en-said-that"),
        pytest.param("The army said on Tuesday that two guards wounded on Monday, close to the bridge, have died.", "en", id="en-said-tuesday-that"),
        pytest.param("La mission a indiqué que deux casques bleus blessés lundi, près du port, sont morts.", "fr", id="fr-guard"),
        pytest.param("La misión dijo que dos cascos azules heridos el lunes, cerca del puerto, han muerto.", "es", id="es-guard"),
    ],
)
def test_deaths_told_after_said_that_are_dated_by_the_wounding_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("casualty", "2023-05-01")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The spokesman told reporters that two guards wounded on Monday, near the port, had died.", "en", id="en-told-reporters"),
        pytest.param("The spokesman told the Security Council that two guards wounded on Monday had died.", "en", id="en-told-council"),
        pytest.param("El portavoz dijo a la prensa que dos guardias heridos el lunes, cerca del puerto, murieron.", "es", id="es-a-la-prensa"),
        pytest.param("Le porte-parole a indiqué à la presse que deux gardes blessés lundi, près du port, sont morts.", "fr", id="fr-guard"),
    ],
)
def test_deaths_told_to_someone_are_dated_by_the_wounding_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("casualty", "2023-05-01")]
