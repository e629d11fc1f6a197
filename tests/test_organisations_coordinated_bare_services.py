"""National services named bare and coordinated ("the Navy and Air Force", "Armada y Fuerza
Aérea") are services of a country the text ties to them
elsewhere, or of none, each as a bare service is (entities._bare_service): no body named
"Navy and Air Force" (tests/corpus/README.md: a navy or an air force is listed with its
country or demonym). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Officers from the Navy and Air Force arrived at the base on Monday.", id="en-navy-air-force"),
        pytest.param("Three officers of the Army, Navy and Air Force joined the staff in Bangui.", id="en-three-services"),
        pytest.param("El país envió tres oficiales (Ejército, Armada y Fuerza Aérea) al cuartel general.", id="es-three-services"),
        pytest.param("Officers from the Army and Navy arrived at the sector headquarters in Bangui.", id="en-army-navy"),
    ],
)
def test_coordinated_bare_services_name_no_body(text):
    assert _bodies(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a service with its country keeps its country's body
        pytest.param("Officers of the Brazilian Army and the Navy arrived in Port-au-Prince.", {"Brazilian Army"}, id="country-army"),
    ],
)
def test_country_service_kept(text, expected):
    assert _bodies(text) == expected
