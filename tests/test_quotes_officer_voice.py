"""Quotes: an unnamed officer of a body after an inverted verb ("..., a indiqué un officier
de la Minusma", "..., indicó un oficial de la Minusma") speaks for the body, as "un
porte-parole de la Minusma" and "an officer of MINUSMA said" do (tests/corpus/README.md: an
unnamed spokesperson, official, representative or officer of a body the text names speaks
as that body); officers in the plural stay unnamed. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("BAMAKO - Le convoi est arrivé à Gao sans incident, a indiqué un officier de la Minusma.", "MINUSMA", id="fr-officier"),
        pytest.param("BAMAKO - El convoy llegó a Gao sin incidentes, indicó un oficial de la Minusma.", "MINUSMA", id="es-oficial"),
        pytest.param("BAMAKO -- The convoy reached Gao without incident, an officer of MINUSMA said.", "MINUSMA", id="en-officer"),
        pytest.param("BAMAKO - Le convoi est arrivé à Gao sans incident, ont indiqué des officiers de la Minusma.", "", id="fr-plural"),
    ],
)
def test_an_unnamed_officer_speaks_for_the_body(text, speaker):
    assert speakers_of(text) == [speaker]
