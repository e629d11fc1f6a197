"""The dateline as far as the text allows: a Spanish dispatch's dateline names its city in
Spanish ("NUEVA YORK", "GINEBRA", "EL CAIRO", "BRUSELAS"); the dateline is the city's reference
(English) name, as a French one's is ("Londres" -> London). Every sentence here is written for
the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_LEAD = "Los soldados de la misión entregaron el miércoles una escuela reconstruida al concejo municipal, informó la misión."


@pytest.mark.parametrize(("place", "name"), [
    ("NUEVA YORK", "New York"),
    ("Ginebra", "Geneva"),
    ("EL CAIRO", "Cairo"),
    ("Bruselas", "Brussels"),
    ("JARTUM", "Khartoum"),
    ("Yuba", "Juba"),
])
def test_a_spanish_city_name_in_a_dateline_is_the_citys_reference_name(place, name):
    text = f"Entregan una escuela\n\n{place}, 3 mar (EFE).- {_LEAD}\n\nLa escuela recibirá a cuatrocientos alumnos.\n"
    assert extract(text, None).fields.get("dateline") == name
