"""Ituri's armed groups are listed (organisations.yaml): "le Front des nationalistes
intégrationnistes" (FNI) and "la Force de résistance patriotique de l'Ituri" (FRPI), in French
as the Congolese press prints them, in English and by their acronyms. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Le Front des nationalistes intégrationnistes a attaqué un village près de Bunia.",
                     "Nationalist and Integrationist Front", id="fni-fr"),
        pytest.param("Des miliciens du FNI ont été désarmés à Djugu la semaine dernière.",
                     "Nationalist and Integrationist Front", id="fni-acronym"),
        pytest.param("La Force de résistance patriotique de l'Ituri a libéré deux otages à Gety.",
                     "Patriotic Resistance Force of Ituri", id="frpi-fr"),
        pytest.param("FRPI fighters handed in their weapons near Aveba on Tuesday.",
                     "Patriotic Resistance Force of Ituri", id="frpi-acronym"),
    ],
)
def test_ituri_groups_are_listed(text, body):
    assert actors_of(text)[1] == [body]
