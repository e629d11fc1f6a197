"""A word printed with an accent that an outlet's name (sources.yaml) does not carry is another
word, not the outlet, wherever the extractor meets it: Spanish "la República" ("el presidente
de la República") is no "Republica", the Nepalese daily, as the outlet's own reading of a
credit already held. The name printed as the outlet spells it still names it. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Los soldados fueron recibidos por el presidente de la República en el aeropuerto de Carrasco.", id="es-president"),
        pytest.param("El decreto de la República autorizó el despliegue de cien efectivos en el Congo.", id="es-decree"),
    ],
)
def test_a_word_with_an_accent_the_outlets_name_lacks_is_no_outlet(text):
    assert organisations_of(text) == []


def test_the_outlet_spelt_as_its_name_is_still_found():
    assert organisations_of("The Kathmandu daily Republica told its readers that the unit had flown home.") == ["Republica"]
