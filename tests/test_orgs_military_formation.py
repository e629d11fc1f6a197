"""A military formation named with words of its own ("the Multinational Brigade East", "la
Brigada Multinacional del Sector Este", "el Batallón de Ingenieros Militares", "le Bataillon
Logistique Multinational") is a part of an army or of a mission, not an organisation
(tests/corpus/README.md: units, battalions, brigades are parts of a body); its formation's
word in the singular (vocabulary "formation_heads") says so. A formation organisations.yaml
lists ("the Force Intervention Brigade") is still found by its entry. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El relevo coincidió con la transferencia de autoridad de la Brigada Multinacional del Sector Este en Marjayoun.",
                     id="es-brigada"),
        pytest.param("El Batallón de Ingenieros Militares regresó a Montevideo tras un año en el Congo.", id="es-batallon"),
        pytest.param("The Multinational Brigade East changed its commander at a ceremony on Friday.", id="en-brigade"),
        pytest.param("Le Bataillon Logistique Multinational a rejoint la base de Bouar la semaine dernière.", id="fr-bataillon"),
    ],
)
def test_a_military_formation_is_no_organisation(text):
    assert organisations_of(text) == []


def test_a_listed_formation_is_still_found():
    assert organisations_of("The Force Intervention Brigade attacked the rebel positions near Beni.") == ["Force Intervention Brigade"]
