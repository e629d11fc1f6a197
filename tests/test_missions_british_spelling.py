"""A mission's long name printed in British spelling ("Organisation", "Stabilisation"), its
country in a short form ("DR Congo"), is the listed mission whose reference name is spelt
"-ization" (entities._spelling_key): no organisation of its own. Other spellings of other words
stay as they were. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in extract(text).entities.values():
        out.setdefault(e.kind, []).append(e.name)
    return out


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("The United Nations Organisation Stabilisation Mission in DR Congo held a medal parade in Goma.",
                     "MONUSCO", id="monusco"),
        pytest.param("Troops of the United Nations Multidimensional Integrated Stabilisation Mission in Mali left Kidal.",
                     "MINUSMA", id="minusma"),
    ],
)
def test_a_british_spelt_mission_name_is_the_mission(text, mission):
    kinds = _kinds(text)
    assert kinds.get("mission") == [mission]
    assert not any("Mission" in name for name in kinds.get("organisation", []))
