"""Quotes: a pledge given with what was pledged as a clause ("X s'est engagé à ce que...", "X
se comprometió a que...", "X pledged that...") reports words, as "a promis que" and
"prometió que" do. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("BAMAKO - Le chef de la Minusma, Pierre Lemaire, s'est engagé à ce que ces attaques ne restent pas impunies.",
                     "Pierre Lemaire", id="fr-s-est-engage"),
        pytest.param("BAMAKO - La porte-parole Aminata Diallo s'est engagée à ce que les familles soient informées dès lundi.",
                     "Aminata Diallo", id="fr-s-est-engagee"),
        pytest.param("BAMAKO - El jefe de la Minusma, Pedro Lemaire, se comprometió a que estos ataques no queden impunes.",
                     "Pedro Lemaire", id="es-se-comprometio"),
        pytest.param("BAMAKO -- The head of MINUSMA, Peter Lemaire, pledged that the attacks would not go unpunished.",
                     "Peter Lemaire", id="en-pledged-that"),
    ],
)
def test_a_pledge_with_its_clause_reports(text, speaker):
    assert speakers_of(text) == [speaker]
