"""A ministry whose printed name opens with a generic body's form and goes on with its own
portfolio words ("Ministerio de Salud Pública y Población", "Ministry of Health and
Population") is that one body (tests/corpus/README.md: a country's government body by "the
generic English name rather than the country's own style"), not also a second organisation
under the printed name. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Según el Ministerio de Salud Pública y Asistencia Social, la ONU envió médicos a Guatemala en 2019.",
                     {"Ministry of Health", "United Nations"}, id="es-salud-publica"),
        pytest.param("According to the Ministry of Health and Sanitation, UN peacekeepers opened a clinic in Bo.",
                     {"Ministry of Health", "United Nations"}, id="en-health-and-sanitation"),
        pytest.param("Según el Ministerio de Justicia Transicional, la ONU recibió el informe el martes.",
                     {"Ministry of Justice", "United Nations"}, id="es-justicia-adjective"),
    ],
)
def test_longer_name_is_the_body(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the body's form alone, as before
        pytest.param("Según el Ministerio de Salud, la ONU envió médicos a Guatemala en 2019.",
                     {"Ministry of Health", "United Nations"}, id="es-form-alone"),
        # guard: the body and the place it is in, as before
        pytest.param("The Ministry of Defence in Ghana said UN peacekeepers would stay.",
                     {"Ministry of Defence", "United Nations"}, id="en-in-place"),
    ],
)
def test_guards(text, expected):
    assert _bodies(text) == expected
