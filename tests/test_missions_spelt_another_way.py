"""A listed mission's name printed with another wording of its place ("the United Nations
Organization Stabilization Mission for the Congo", "... Interim Security Force for the Abyei
Area") or spelt out after its acronym ("UNMISS for United Nations Mission in South Sudan")
names the mission, not an organisation of those words (entities._mission_spelling). Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def kinds_of(text: str) -> tuple[list[str], list[str]]:
    """(missions, organisations) the extraction keeps for a text, each sorted by name."""
    entities = extract(text, None).entities.values()
    return (sorted(e.name for e in entities if e.kind == "mission"),
            sorted(e.name for e in entities if e.kind == "organisation"))


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("The United Nations Organization Stabilization Mission of the Congo said on Monday the base was calm.",
                     "MONUSCO", id="en-other-place-wording"),
        pytest.param("The United Nations Interim Security Force for the Abyei Area said its patrols were attacked.",
                     "UNISFA", id="en-for-the-place"),
        pytest.param("The peacekeepers serve UNMISS for United Nations Mission in South Sudan, the officer said.",
                     "UNMISS", id="en-acronym-spelt-after"),
        pytest.param("The troops joined UNIFIL for Interim Force in Lebanon, officials said.",
                     "UNIFIL", id="en-acronym-spelt-after-short"),
        pytest.param("Les soldats de la MONUSCO pour Mission de l'Organisation des Nations Unies au Congo patrouillent.",
                     "MONUSCO", id="fr-acronym-spelt-after"),
    ],
)
def test_the_spelling_names_the_mission_and_no_body(text, mission):
    missions, bodies = kinds_of(text)
    assert missions == [mission]
    assert all(mission_word not in body for body in bodies for mission_word in ("Mission", "Force", mission))
