"""Events: a verb of joining a force said of a gathering going on ("the envoy joined the talks
on Tuesday", "le ministre a rejoint la réunion mardi") tells that gathering, attended on its
day, and no deployment. Joining a mission, a force or a country stays a deployment. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Tuesday the 8th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The mediator joined the talks in Nairobi on Tuesday.", "en", [("meeting", "2026-09-08")], id="en-talks"),
        pytest.param("The foreign minister joined the Council meeting on Tuesday.", "en", [("meeting", "2026-09-08")], id="en-meeting"),
        pytest.param("Militia leaders joined the negotiations on September 4.", "en", [("meeting", "2026-09-04")], id="en-negotiations"),
        pytest.param("La médiatrice a rejoint les discussions mardi à Nairobi.", "fr", [("meeting", "2026-09-08")], id="fr-discussions"),
        pytest.param("Le ministre des Affaires étrangères a rejoint la réunion du Conseil mardi.", "fr", [("meeting", "2026-09-08")], id="fr-reunion"),
        pytest.param("Les chefs de milice ont rejoint les négociations le 4 septembre.", "fr", [("meeting", "2026-09-04")], id="fr-negociations"),
        pytest.param("El mediador se unió a las conversaciones el martes en Nairobi.", "es", [("meeting", "2026-09-08")], id="es-conversaciones"),
    ],
)
def test_joining_a_gathering_is_that_gathering(sentence, language, expected):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The engineers joined the mission in Juba on Tuesday.", "en", id="en-mission"),
        pytest.param("Les renforts ont rejoint la base de Kidal mardi.", "fr", id="fr-base"),
    ],
)
def test_joining_a_force_or_place_stays_a_deployment(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("deployment", "2026-09-08")]
