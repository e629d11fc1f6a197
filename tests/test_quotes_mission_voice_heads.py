"""Quotes: a mission's bare name, then its own common nouns ("peacekeeping", "mission",
"force"), then its spokesperson ("a UNIFIL peacekeeping mission spokesperson said") gives the
mission as the speaker, as "a UNIFIL spokesperson said" does (quotes.yaml "mission_voice_heads");
a UN spokesperson of no named mission stays unnamed. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLE = "Peacekeepers to stay in their positions\n\n"


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(TITLE + text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("A UNIFIL peacekeeping mission spokesperson said on Monday that patrols would resume near the border.",
                     "UNIFIL", id="peacekeeping-mission-spokesperson"),
        pytest.param("A MONUSCO peacekeeping spokesman said the convoy had reached Beni without incident.",
                     "MONUSCO", id="peacekeeping-spokesman"),
        pytest.param("The convoy reached Bangui late on Sunday, a MINUSCA force spokeswoman told reporters.",
                     "MINUSCA", id="inverted-force-spokeswoman"),
        pytest.param("An UNMISS mission official said that the camp now shelters about 40,000 people.",
                     "UNMISS", id="mission-official"),
        pytest.param("The Security Council's UNISFA peacekeeping force spokesperson said the road to Abyei was open again.",
                     "UNISFA", id="owned-mission-force-spokesperson"),
    ],
)
def test_mission_name_then_its_nouns_then_its_voice(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A UN peacekeeping mission spokesperson said that patrols would resume near the border.",
                     id="no-mission-named"),
        pytest.param("A peacekeeping mission spokesperson said that patrols would resume near the border.",
                     id="nothing-named"),
    ],
)
def test_no_mission_named_stays_unnamed(text):
    assert speakers_of(text) == [""]
