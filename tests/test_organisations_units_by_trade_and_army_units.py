"""A contingent's unit is a part of an army, no organisation (tests/corpus/README.md): in French
and Spanish a unit's word, its trades' words and connectors, the country closing the name or
not ("la Compañía de Ingeniería Perú", "l'Unité de Police Constituée", vocabulary
"contingent_heads", "contingent_specialties"), and a country's service followed by a unit's
words ("the Bangladesh Army Engineering Company", "the Sri Lanka Army Signal Corps",
"Peacekeeping Teams") name no body. A firm named with such a word and other words ("la
Compañía Chile de Seguros") and a service alone ("the Pakistan Army") stay bodies. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La Compañía de Ingeniería Perú reparó la pista de Bambari en marzo.", id="es-company-country"),
        pytest.param("La Compañía de Ingeniería reparó la pista de Bambari en marzo.", id="es-company"),
        pytest.param("L'Unité de Police Constituée a escorté le convoi jusqu'à Gao.", id="fr-fpu"),
        pytest.param("La Unidad de Policía Constituida patrulló el mercado de Bria.", id="es-fpu"),
        pytest.param("The Bangladesh Army Engineering Company rebuilt the bridge near Bor.", id="en-army-company"),
        pytest.param("The Sri Lanka Army Signal Corps set up the radio network in Gao.", id="en-army-corps"),
        pytest.param("The Royal Thai Armed Forces Peacekeeping Teams reached Juba on Monday.", id="en-forces-teams"),
    ],
)
def test_a_unit_names_no_body(text):
    assert actors_of(text)[1] == []


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("La Compañía Chile de Seguros abrió una oficina en Santiago.", "Compañía Chile de Seguros", id="es-firm"),
        pytest.param("The Pakistan Army said two of its soldiers were wounded near Beni.", "Pakistan Army", id="en-army"),
    ],
)
def test_firms_and_services_alone_stay_bodies(text, body):
    assert actors_of(text)[1] == [body]
