"""A country's service printed bare, coordinated with another service whose country stands
after it ("la Marina y la Fuerza Aérea del Perú", "the Navy and the Air Force of Peru"), is
that country's too, as are the services listed before it by commas ("el Ejército, la Armada y
la Fuerza Aérea de Chile"): all are found (tests/corpus/README.md: a navy or an air force is
listed with its country). Not where the country stands before the second service ("the Navy
and the Peruvian Air Force") nor where no country is printed. Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("Asistieron los jefes de la Marina y Fuerza Aérea del Perú a la despedida.",
                     ["Peruvian Air Force", "Peruvian Navy"], id="es-no-article"),
        pytest.param("Asistieron los jefes de la Marina y la Fuerza Aérea de Chile a la despedida.",
                     ["Chilean Air Force", "Chilean Navy"], id="es-article"),
        pytest.param("Officers from the Navy and the Air Force of Ghana attended the parade.",
                     ["Ghanaian Air Force", "Ghanaian Navy"], id="en"),
        pytest.param("Desfilaron el Ejército, la Armada y la Fuerza Aérea de Chile ante el ministro.",
                     ["Chilean Air Force", "Chilean Army", "Chilean Navy"], id="es-list-of-three"),
        pytest.param("Officers of the Army, the Navy and the Air Force of Ghana attended the parade.",
                     ["Ghanaian Air Force", "Ghanaian Army", "Ghanaian Navy"], id="en-list-of-three"),
    ],
)
def test_a_bare_service_shares_the_country_after_the_next(text, bodies):
    assert actors_of(text)[1] == bodies


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("Officers from the Navy and the Ghanaian Air Force attended the parade.",
                     ["Ghanaian Air Force"], id="country-before"),
        pytest.param("Desfilaron el Ejército, en cambio la Armada y la Fuerza Aérea de Chile no lo hicieron.",
                     ["Chilean Air Force", "Chilean Navy"], id="es-list-broken-by-words"),
    ],
)
def test_no_country_after_ties_none(text, bodies):
    assert actors_of(text)[1] == bodies
