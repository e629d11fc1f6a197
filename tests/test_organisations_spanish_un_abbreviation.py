"""Spanish writes the United Nations' plural initials doubled, "NN.UU." (also "NNUU", and
singular "N.U."), as it writes "EE.UU." for the United States: a form of the United Nations
(tests/corpus/README.md: a listed body takes its name however the text prints it, "l'ONU",
"Naciones Unidas" are United Nations). The Security Council "de NN.UU." is the Security
Council. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Según NN.UU., la situación en Kidal empeoró durante la semana.",
                     {"United Nations"}, id="nn-uu"),
        pytest.param("Los cascos azules de N.U. patrullan la frontera sur del Líbano.",
                     {"United Nations"}, id="n-u"),
        pytest.param("El Consejo de Seguridad de N.U. autorizó el despliegue de la misión.",
                     {"Security Council"}, id="council-of-n-u"),
        pytest.param("La misión de NNUU en Haití cerró su base de Gonaives en marzo.",
                     {"United Nations"}, id="nnuu"),
        pytest.param("El Consejo de Seguridad de NN.UU. prorrogó el mandato de la misión en Malí.",
                     {"Security Council"}, id="council-of-nn-uu"),
    ],
)
def test_doubled_initials_name_the_un(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("EE.UU. y Francia condenaron el ataque contra la misión en Malí.", set(), id="ee-uu-is-a-country"),
    ],
)
def test_guards(text, expected):
    assert _bodies(text) == expected
