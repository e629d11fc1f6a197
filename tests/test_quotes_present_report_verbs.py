"""Quotes: the present tense of verbs of saying the lists held in the past only, as a report
in the present of the day's words prints them ("X further reveals that...", "« ... »,
soutient X", "X soutient que...", "X pide «...»", "X pide que..."). Like the other verbs that
also carry a thing, they report only with what was said after them (a clause or a
quotation), or a quotation closed right before: "the survey reveals gaps", "la France
soutient l'armée", "pide ayuda" say nothing. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("UVIRA -- Major Ibrahim Ndour further reveals that the convoy reached the river crossing on Monday.",
                     "Ibrahim Ndour", id="en-reveals-that"),
        pytest.param("UVIRA -- Major Ibrahim Ndour discloses that two patrols were turned back at the bridge.",
                     "Ibrahim Ndour", id="en-discloses-that"),
        pytest.param("UVIRA - Il n'y aura « aucune négociation avec les miliciens », soutient le porte-parole Jean Kabeya.",
                     "Jean Kabeya", id="fr-inverted-soutient"),
        pytest.param("UVIRA - Le colonel Jean Kabeya soutient que la mission restera sur place jusqu'en juin.",
                     "Jean Kabeya", id="fr-soutient-que"),
        pytest.param("UVIRA - El coronel Pablo Mbarga pide “más medios para la misión de paz” antes de las lluvias.",
                     "Pablo Mbarga", id="es-pide-quotation"),
        pytest.param("UVIRA - El coronel Pablo Mbarga pide que los soldados se queden en el puente hasta junio.",
                     "Pablo Mbarga", id="es-pide-que"),
    ],
)
def test_a_present_report_verb_reports(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("UVIRA -- The survey reveals gaps in the supply of water to the camp.", id="en-reveals-thing"),
        pytest.param("UVIRA - La France soutient l'armée dans le Sud-Kivu depuis deux ans.", id="fr-soutient-support"),
        pytest.param("UVIRA - El coronel Pablo Mbarga pide ayuda para los desplazados del puente.", id="es-pide-thing"),
    ],
)
def test_the_same_verb_with_a_thing_reports_nothing(text):
    assert speakers_of(text) == []
