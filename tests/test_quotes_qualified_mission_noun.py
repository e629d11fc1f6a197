"""Quotes: a mission's common noun qualified by the organisation it belongs to ("the UN
mission", "the U.N. peacekeeping mission") after a source marker is the mission the article
names, not the organisation ("according to the UN mission in the country" is the mission's);
the organisation alone ("the UN said") is still the organisation, and an officer named after
the noun still speaks. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GOMA, Congo -- Two peacekeepers were killed near Beni on Sunday, according to the U.N. mission in the country. "
                     "MONUSCO has 16,000 troops in Congo.", "MONUSCO", id="en-named-after"),
        pytest.param("GOMA, Congo -- MONUSCO has 16,000 troops in Congo. Two peacekeepers were killed near Beni on Sunday, "
                     "according to the UN peacekeeping mission.", "MONUSCO", id="en-adjective-between"),
        pytest.param("GOMA, Congo -- MONUSCO has 16,000 troops in Congo. Two peacekeepers were killed near Beni on Sunday, "
                     "according to the UN mission.", "MONUSCO", id="en-un-mission"),
        pytest.param("GOMA, Congo -- MONUSCO has 16,000 troops in Congo. Two peacekeepers were killed near Beni on Sunday, "
                     "the UN said.", "United Nations", id="en-organisation-alone"),
    ],
)
def test_mission_noun_qualified_by_its_organisation(text, speaker):
    assert speakers(text)[-1] == speaker
