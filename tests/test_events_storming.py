"""Events: a post or base stormed ("asaltó el campamento", "asaltaron una base", "fue asaltada")
is an attack. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2018, 4, 6)  # a Friday


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Un grupo armado asaltó el campamento de los cascos azules el martes.", id="asalto"),
        pytest.param("Decenas de milicianos asaltaron el martes una base de la misión.", id="asaltaron"),
        pytest.param("La base de la misión fue asaltada el martes por la mañana.", id="asaltada"),
        pytest.param("Los milicianos tomaron por asalto el puesto de control el martes.", id="tomaron-por-asalto"),
    ],
)
def test_storming_a_base_is_an_attack(sentence):
    assert ("attack", "2018-04-03") in [(e.kind, e.date) for e in body_events(sentence, "es", ANCHOR)]
