"""In French and Spanish, a thing's word and its adjective both capitalised, as a proper name
prints them ("el Hospital Militar Juan Pérez", "la Base Aérea Juan Pérez", "l'Hôpital Militaire
Jean Dupont"), before a person's name: the name is the thing's, named after the person, not a
person of the article (tests/corpus/README.md: people), as with the adjective in lowercase
("l'hôpital militaire Jean Dupont"). English puts its adjectives before the noun. A person
set off by a comma after the thing stays a person. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("El herido fue trasladado al Hospital Militar Juan Pérez de Montevideo.",
                     set(), id="es-hospital-militar"),
        pytest.param("Los efectivos partieron del Hospital Central Ana Lázaro hacia el aeropuerto.",
                     set(), id="es-hospital-central"),
        pytest.param("Le blessé a été évacué vers l'Hôpital Militaire Jean Dupont de Bamako.",
                     set(), id="fr-hopital-militaire"),
        # near misses: English title after a thing's word; a person named after the thing, set off
        pytest.param("The director of the Military Hospital, John Smith, welcomed the peacekeepers.",
                     {"John Smith"}, id="en-director-comma"),
        pytest.param("El director del Hospital Militar, Juan Pérez, recibió a los heridos.",
                     {"Juan Pérez"}, id="es-director-comma"),
    ],
)
def test_capitalised_thing_adjective(text, expected):
    assert _people(text) == expected
