"""Events: the handing of the national flag to a contingent leaving for a mission (a send-off
ceremony: "la remise du drapeau", "a remis le drapeau", "presented the national flag", "la
entrega de la bandera") is a ceremony of its own day: vocabulary event_kinds.ceremony. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 11, 12)  # a Friday


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("Le chef d'état-major a présidé mercredi à Kaolack la remise du drapeau au nouveau bataillon.",
                     "fr", "2021-11-10", id="fr-remise-du-drapeau"),
        pytest.param("Le ministre a remis jeudi le drapeau national au commandant du détachement.",
                     "fr", "2021-11-11", id="fr-a-remis-le-drapeau"),
        pytest.param("On Tuesday the army chief presented the national flag to the battalion bound for the mission.",
                     "en", "2021-11-09", id="en-presented-the-flag"),
        pytest.param("A flag handover for the outgoing unit took place on Wednesday at the barracks.",
                     "en", "2021-11-10", id="en-flag-handover"),
        pytest.param("El jefe del Estado Mayor presidió el jueves la entrega de la bandera al contingente.",
                     "es", "2021-11-11", id="es-entrega-de-la-bandera"),
        pytest.param("El ministro entregó el martes la bandera nacional al batallón.",
                     "es", "2021-11-09", id="es-entrego-la-bandera"),
    ],
)
def test_a_flag_handed_to_a_contingent_is_a_ceremony(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (day, "ceremony") in events, events


@pytest.mark.parametrize(
    "sentence, language",
    [
        # serving under a flag is no handing of one
        pytest.param("Les soldats ont servi un an sous le drapeau de l'ONU.", "fr", id="fr-sous-le-drapeau"),
        pytest.param("The soldiers served for a year under the UN flag.", "en", id="en-under-the-flag"),
    ],
)
def test_serving_under_a_flag_is_no_ceremony(sentence, language):
    events = [e for e in body_events(sentence, language, ANCHOR) if e.kind == "ceremony"]
    assert events == [], events
