"""Events: the Spanish phrases of a plan agree with their noun ("una ceremonia está prevista
para el sábado", "las reuniones están previstas", "está programada"), and an arrival or a
arrival planned in the infinitive ("tiene previsto llegar a Yuba el domingo") is a
deployment: each is planned and dated on the day to come, not on the
article's month nor left out. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from newsdossier.events import event_kind

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: the next Saturday is the 20th, Monday the 15th


@pytest.mark.parametrize(
    "sentence, day, kind",
    [
        pytest.param("Una ceremonia de entrega de medallas está prevista para el sábado en Kidal.", "2019-04-20", "ceremony",
                     id="prevista-para"),
        pytest.param("Una ceremonia de entrega de medallas está programada para el sábado en Kidal.", "2019-04-20",
                     "ceremony", id="programada-para"),
        pytest.param("El nuevo contingente tiene previsto llegar a Yuba el sábado.", "2019-04-20", "deployment",
                     id="llegar"),
    ],
)
def test_a_planned_happening_is_dated_on_its_day_to_come(sentence, day, kind):
    events = body_events(sentence, "es", ANCHOR)
    assert [(e.date, e.kind, e.announced) for e in events] == [(day, kind, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Las partes lograron llegar a un acuerdo el martes en Argel.", id="llegar-a-un-acuerdo"),
    ],
)
def test_reaching_an_agreement_is_no_arrival(sentence):
    assert event_kind(sentence, "es")[0] == "agreement"


def test_a_partir_de_is_no_departure():
    found = event_kind("El nuevo mandato rige a partir del 1 de julio en todo el país.", "es")
    assert found is None or found[0] != "deployment"

