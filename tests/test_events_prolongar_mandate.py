"""Events: Spanish tells a mandate extended with "prolongar" as often as with "prorrogar" or
"ampliar" ("el Consejo prolongó el mandato de la misión el lunes"), as French does with
"prolonger le mandat": a resolution adopted (kind adoption) on its day. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Monday is the 7th


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("El Consejo prolongó el mandato de la misión el lunes.", id="prolongo-el"),
        pytest.param("El lunes, el Consejo prolongó el mandato de la fuerza por un año.", id="fronted-day"),
        pytest.param("El lunes el Consejo de Seguridad prolongó su mandato hasta marzo.", id="su-mandato"),
    ],
)
def test_prolongar_el_mandato_is_an_adoption(sentence):
    assert [(e.kind, e.date) for e in body_events(sentence, "es", ANCHOR)] == [("adoption", "2026-09-07")]
