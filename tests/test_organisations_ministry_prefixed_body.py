"""A body whose own name opens with a ministry's form and ends on a body's head word, with no
conjunction between ("the Ministry of Defence Police", "the Ministry of Justice Training
Institute": vocabulary "organisation_heads") is a body of its own, kept under its printed
name; a ministry's longer name going on with its portfolio ("Ministry of Health and
Population") is still the ministry alone. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The Ministry of Defence Police arrested two men near the UN base, the mission said.",
                     "Ministry of Defence Police", id="en-police"),
        pytest.param("The Ministry of Interior Special Forces clashed with rebels near Bangui, MINUSCA said.",
                     "Ministry of Interior Special Forces", id="en-forces"),
        pytest.param("The Ministry of Justice Training Institute hosted UN police officers in Juba.",
                     "Ministry of Justice Training Institute", id="en-institute"),
        pytest.param("The Ministry of Health Emergency Operations Centre worked with UN agencies in Juba.",
                     "Ministry of Health Emergency Operations Centre", id="en-centre"),
    ],
)
def test_body_named_after_a_ministry_is_its_own(text, body):
    assert body in _bodies(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the ministry's portfolio joined by a conjunction, a head word among it
        pytest.param("The Ministry of Health and Social Services said UN doctors arrived in Windhoek.",
                     {"Ministry of Health", "United Nations"}, id="en-and-services"),
        pytest.param("El Ministerio de Defensa y Fuerzas Armadas recibió a la misión de la ONU.",
                     {"Ministry of Defence", "United Nations"}, id="es-y-fuerzas"),
        # guard: the ministry's longer name with no head word at its end
        pytest.param("El Ministerio de Salud Pública informó que la ONU envió médicos.",
                     {"Ministry of Health", "United Nations"}, id="es-publica"),
    ],
)
def test_guards(text, expected):
    assert _bodies(text) == expected
