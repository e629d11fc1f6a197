"""Events: a departure told in the Spanish present perfect ("ha salido esta mañana", "han
partido este lunes"), as the French perfect ("est parti", "sont partis") and the Spanish
preterite ("salió", "partieron") already are: a deployment dated by its own time phrase
(vocabulary event_kinds deployment verbs). "Han llegado a sumar" (came to number) is no
arrival. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import body_events

FRIDAY = PartialDate(2023, 6, 9)  # Monday is 5 June


@pytest.mark.parametrize(
    "sentence, date",
    [
        pytest.param("El batallón ha salido esta mañana desde Zaragoza rumbo a Malí.", "2023-06-09", id="ha-salido"),
        pytest.param("Los cascos azules han salido este lunes de la base de Torrejón.", "2023-06-05", id="han-salido"),
        pytest.param("La compañía de ingenieros ha partido esta mañana hacia Yuba.", "2023-06-09", id="ha-partido"),
        pytest.param("Los últimos relevos han partido este lunes desde Valencia.", "2023-06-05", id="han-partido"),
    ],
)
def test_a_departure_in_the_present_perfect_is_dated(sentence, date):
    assert event_kind(sentence, "es")[0] == "deployment"
    assert [e.date for e in body_events(sentence, "es", FRIDAY)] == [date]


def test_came_to_number_is_no_arrival():
    assert event_kind("Los contingentes han llegado a sumar 800 efectivos.", "es") is None
