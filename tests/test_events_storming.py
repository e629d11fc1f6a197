"""Events: a post or base stormed ("asaltó el campamento", "asaltaron una base", "fue asaltada"),
or forced into and looted by a crowd ("forzaron su entrada en las oficinas", "irrumpió en la sede",
"saquearon el almacén"), is an attack. Every sentence here is written for these tests."""
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


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los manifestantes el martes habían encendido hogueras y forzaron su entrada en las oficinas de la "
                     "misión.", id="forzaron-su-entrada"),
        pytest.param("Un grupo de jóvenes irrumpió el martes en la sede de la misión.", id="irrumpio"),
        pytest.param("Cientos de personas saquearon el martes el almacén de la ONU en la ciudad.", id="saquearon"),
    ],
)
def test_a_crowd_forcing_its_way_into_a_base_is_an_attack(sentence):
    assert ("attack", "2018-04-03") in [(e.kind, e.date) for e in body_events(sentence, "es", ANCHOR)]
