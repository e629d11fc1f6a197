"""Extraction: a listed mission's name followed by a bracket that opens on another listed
mission's acronym ("the UN Mission in the Democratic Republic of the Congo (MONUSCO)", a name
MONUC's entry holds) names the acronym's mission, also where the article prints no year that
would tell the old operation from the one that followed it. The name's own acronym, or a
bracket holding no mission's acronym, leaves the name its mission.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.known import Known


def _missions(text: str) -> list[str]:
    return extract(text, Known({})).fields["missions"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Troops come home\n\nTwo hundred soldiers of the UN Mission in the Democratic Republic of the "
                     "Congo (MONUSCO) landed at the airport this morning.", id="en"),
        pytest.param("Vuelven los soldados\n\nDoscientos soldados de la Misión de las Naciones Unidas en la República "
                     "Democrática del Congo (Monusco, por sus siglas en inglés) aterrizaron esta mañana.", id="es"),
        pytest.param("Retour des soldats\n\nDeux cents soldats de la Mission de l'Organisation des Nations unies en "
                     "République démocratique du Congo (MONUSCO) ont atterri ce matin.", id="fr"),
    ],
)
def test_the_bracketed_acronym_of_another_mission_says_which_one_the_name_means(text):
    missions = _missions(text)
    assert "monusco" in missions
    assert "monuc" not in missions


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Troops come home\n\nTwo hundred soldiers of the UN Mission in the Democratic Republic of the "
                     "Congo (MONUC) landed at the airport this morning.", id="its-own-acronym"),
        pytest.param("Troops come home\n\nTwo hundred soldiers of the UN Mission in the Democratic Republic of the "
                     "Congo (Kinshasa office) landed at the airport this morning.", id="no-acronym-in-the-bracket"),
    ],
)
def test_a_bracket_naming_no_other_mission_leaves_the_name_its_own(text):
    assert _missions(text) == ["monuc"]


def test_the_country_inside_the_name_is_still_named():
    text = ("Troops come home\n\nTwo hundred soldiers of the UN Mission in the Democratic Republic of the "
            "Congo (MONUSCO) landed at the airport this morning.")
    names = {e.name for e in extract(text, Known({})).entities.values() if e.kind == "country"}
    assert "Democratic Republic of the Congo" in names
