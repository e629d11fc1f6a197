"""A ministry printed in its country's own style ("Secretaría de Relaciones Exteriores",
"Secretaría de la Defensa Nacional", as Mexico names its foreign and defence ministries) is
the generic body (reference/generic_names.yaml generic_bodies), tied to the country printed
with it, as "Ministerio de Defensa de Chile" is. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("La Secretaría de la Defensa Nacional de México designará a los dos observadores.",
                     "Ministry of Defence of Mexico", id="es-defence-with-country"),
        pytest.param("La Secretaría de Relaciones Exteriores de Colombia pidió calma a las partes.",
                     "Ministry of Foreign Affairs of Colombia", id="es-foreign-with-country"),
        pytest.param("Los observadores partirán en mayo, informó la Secretaría de Relaciones Exteriores en un comunicado.",
                     "Ministry of Foreign Affairs", id="es-foreign-alone"),
    ],
)
def test_the_country_style_names_the_generic_ministry(text, body):
    assert organisations_of(text) == [body]
