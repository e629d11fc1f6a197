"""Bodies listed in organisations.yaml (a national police force, a mission's brigade) are
found by their names in every language. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Haitian National Police arrested two suspects near the port.", id="en"),
        pytest.param("La Police nationale d'Haïti a arrêté deux suspects près du port.", id="fr"),
        pytest.param("La Policía Nacional de Haití detuvo a dos sospechosos cerca del puerto.", id="es"),
    ],
)
def test_the_haitian_national_police_is_one_body(text):
    bodies = sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))
    assert bodies == ["Haitian National Police"], bodies


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Force Intervention Brigade (FIB) cleared two rebel camps north of the town.", id="en"),
        pytest.param("La Brigade d'intervention (FIB) a démantelé deux camps rebelles au nord de la ville.", id="fr"),
        pytest.param("La Brigada de Intervención de la Fuerza desmanteló dos campamentos rebeldes.", id="es"),
    ],
)
def test_the_force_intervention_brigade_is_one_body(text):
    bodies = sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))
    assert bodies == ["Force Intervention Brigade"], bodies
