"""Darfur, served by UNAMID alone, named in a peacekeeping context in UNAMID's years or in a
text of no year, implies UNAMID (missions.yaml `places`); after its end it implies nothing.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Deux casques bleus ont été blessés dans le sud du Darfour, a indiqué l'ONU lundi.", id="fr-no-year"),
        pytest.param("Two peacekeepers were hurt near a camp in West Darfur, the UN said on Monday.", id="en-no-year"),
        pytest.param("Un casque bleu a été blessé près d'El Geneina, au Darfour occidental, lors d'une patrouille.",
                     id="fr-occidental-no-year"),
    ],
)
def test_darfur_in_a_peacekeeping_context_implies_unamid(text):
    assert "unamid" in extract(text).fields["missions_inferred"]


def test_darfur_after_unamid_ended_implies_nothing():
    text = "Nyala, 4 May 2024 - Aid workers returned to Darfur, where peacekeepers once patrolled, officials said."
    assert "unamid" not in extract(text).fields.get("missions_inferred", [])
