"""A dateline written as the place in ordinary case closed by the Spanish stop and dash
("Naciones Unidas.- La ONU ...", "México.- El país ..."), as it is in capitals ("SANTIAGO.- ..."):
the place opening the lead is the dateline (segment's "dateline_place_stop_dash").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def dateline(opening: str) -> str:
    text = ("Llega el nuevo contingente de cascos azules\n\n"
            f"{opening} La misión de paz de las Naciones Unidas anunció el relevo del contingente tras seis meses de servicio en el país.\n\n"
            "El comandante dijo que la tropa regresará en abril.\n")
    return extract(text).fields["dateline"]


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        pytest.param("Naciones Unidas.-", "United Nations", id="un-headquarters"),
        pytest.param("México.-", "Mexico", id="country-or-capital"),
        pytest.param("Santiago.-", "Santiago", id="city"),
        pytest.param("Puerto Ayacucho.-", "Puerto Ayacucho", id="two-words-unknown-to-gazetteer"),
        pytest.param("Ciudad de México.-", "Ciudad de México", id="joiner-inside"),
    ],
)
def test_a_place_closed_by_stop_and_dash_is_the_dateline(opening, place):
    assert dateline(opening) == place


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Según fuentes.-", id="lower-case-word"),
        pytest.param("Nota.- Aclaración:", id="label-then-colon"),
        pytest.param("Última Hora.-", id="page-heading"),
        pytest.param("Juan Pérez.-", id="a-person-signing"),
    ],
)
def test_other_openings_are_no_dateline(opening):
    assert dateline(opening) == ""
