"""Events: a relative clause describing the subject of the main event verb that tells a
meeting (vocabulary "occasion_kinds") tells the occasion of the main happening, and its
day is the main happening's ("the Council, which met on Friday, adopted a resolution", "le
Conseil, qui s'est réuni ce vendredi, a adopté", "el Consejo, que se reunió este viernes,
aprobó"), where the day of another clause describing the subject ("the battalion, which
arrived on Monday, adopted a plan") still dates no main happening. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

SATURDAY = PartialDate(2022, 10, 15)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The regional council, which met on Friday, adopted a resolution on the ceasefire.", "en", id="en-which-met"),
        pytest.param("Le conseil régional, qui s'est réuni ce vendredi, a adopté une résolution sur le cessez-le-feu.", "fr", id="fr-qui-s-est-reuni"),
        pytest.param("El consejo regional, que se reunió este viernes, aprobó una resolución sobre el alto el fuego.", "es", id="es-que-se-reunio"),
    ],
)
def test_the_meeting_of_the_subject_gives_the_adoption_its_day(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, SATURDAY)] == [("2022-10-14", "adoption")]


def test_another_clause_of_the_subject_gives_no_day():
    sentence = "The battalion, which arrived on Monday, adopted a new patrol plan."
    assert ("2022-10-10", "adoption") not in [(e.date, e.kind) for e in body_events(sentence, "en", SATURDAY)]
