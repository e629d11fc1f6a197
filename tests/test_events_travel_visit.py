"""Events: one traveller's trip ("la ministra viajó a Líbano el lunes", "the minister travelled
to Lebanon on Monday", "la ministre s'est rendue au Liban lundi") is a visit in every language,
and troops travelling ("los soldados viajaron a Líbano") stay a deployment. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 1, 21)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language, planned",
    [
        pytest.param("The defence minister travelled to the border on Monday to meet the troops.", "en", False, id="en"),
        pytest.param("La ministre de la Défense s'est rendue à la frontière lundi pour rencontrer les troupes.", "fr", False, id="fr"),
        pytest.param("La ministra de Defensa viajó a la frontera el lunes para reunirse con las tropas.", "es", False, id="es"),
        pytest.param("El jefe del Estado Mayor viajó el lunes a la frontera.", "es", False, id="es-day-first"),
        pytest.param("La ministra viajará el jueves a la frontera.", "es", True, id="es-future"),
    ],
)
def test_one_traveller_s_trip_is_a_visit(sentence, language, planned):
    day = "2025-01-23" if planned else "2025-01-20"
    assert [(e.kind, e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [("visit", day, planned)]


def test_troops_travelling_stay_a_deployment():
    assert [e.kind for e in body_events("Los soldados viajaron el lunes a la frontera.", "es", ANCHOR)] == ["deployment"]
