"""Quotes: a mission's troops speaking as one ("the peacekeepers said in a statement", "les
casques bleus ont indiqué") stand for the mission named before; with no mission named the
speaker stays unnamed. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("UNIFIL patrols the border area. \u201cThe patrol was stopped by a crowd near the village,\u201d "
                     "the peacekeepers said in a statement.", "UNIFIL", id="en-the-peacekeepers-statement"),
        pytest.param("UNIFIL patrols the border area. United Nations peacekeepers said on Monday that a patrol had been "
                     "stopped near the village.", "UNIFIL", id="en-un-peacekeepers"),
        pytest.param("La MINUSCA patrouille dans la région de Bouar. Les casques bleus ont indiqué mardi que la route "
                     "restait coupée par les pluies.", "MINUSCA", id="fr-casques-bleus"),
        pytest.param("La MINUSMA vigila la región de Gao. Los cascos azules afirmaron que el puente seguía cerrado.",
                     "MINUSMA", id="es-cascos-azules"),
    ],
)
def test_the_troops_stand_for_the_mission(text, speaker):
    assert speakers_of(text)[-1] == speaker


def test_with_no_mission_named_the_troops_stay_unnamed():
    assert speakers_of("The road to the camp was flooded again, the peacekeepers said.") == [""]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("UNIFIL patrols the area. Israeli forces fired on the peacekeepers near the village, the Lebanese army "
                     "said.", "Lebanese Armed Forces", id="en-after-preposition"),
        pytest.param("UNIFIL patrols the area. Attacks against peacekeepers may be war crimes, the Security Council said.",
                     "Security Council", id="en-attacks-against"),
    ],
)
def test_troops_in_the_words_said_are_no_speaker(text, speaker):
    assert speakers_of(text) == [speaker]
