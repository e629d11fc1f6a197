"""Humanitarian organisations and the conflict-data project that peacekeeping news cites are
listed bodies (organisations.yaml), each by its English name whatever language prints it:
Action Against Hunger ("Acción contra el Hambre", "Action contre la faim"), Humanity &
Inclusion ("Handicap International"), the Danish Refugee Council, World Vision, and ACLED
(Armed Conflict Location & Event Data). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Acción contra el Hambre repartió raciones en el campo de desplazados de Bria.", "Action Against Hunger", id="es-ach"),
        pytest.param("Action contre la faim a suspendu ses activités après le pillage de son entrepôt.", "Action Against Hunger", id="fr-acf"),
        pytest.param("Handicap International a déminé les champs autour du village la semaine dernière.", "Humanity & Inclusion", id="fr-hi"),
        pytest.param("The Danish Refugee Council said the road to the camp was cut by the floods.", "Danish Refugee Council", id="en-drc"),
        pytest.param("According to ACLED, attacks on aid workers doubled in the first half of the year.",
                     "Armed Conflict Location & Event Data", id="en-acled"),
        pytest.param("Selon les données d'Acled, les violences ont reculé dans la province.",
                     "Armed Conflict Location & Event Data", id="fr-acled"),
    ],
)
def test_a_humanitarian_body_or_data_project_is_listed(text, body):
    assert body in organisations_of(text)
