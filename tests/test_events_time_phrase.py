"""Events: a date after the main event word inside a phrase of time of its own ("before the
formation of the cabinet in November") dates that phrase's noun, not the happening, which
keeps its own relative day ("next week"). An event word inside the phrase ("after the
attack on 5 May") still shares its date. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events
from eventcases import FILLER

ANCHOR = PartialDate(2019, 10, 15)  # a Tuesday


def found(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(e.kind, e.date) for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The two leaders will hold a meeting next week to settle the issues before the formation of the cabinet in November.", "en", id="en"),
        pytest.param("Les deux dirigeants tiendront une réunion la semaine prochaine avant la mise en place du cabinet en novembre.", "fr", id="fr"),
        pytest.param("Los dos líderes celebrarán una reunión la próxima semana antes de la entrada en funciones del gabinete en noviembre.", "es", id="es"),
    ],
)
def test_a_date_in_a_phrase_of_time_is_not_the_happenings(sentence, language):
    assert found(sentence, language) == [("meeting", "2019-10-21/2019-10-27")]


def test_an_event_word_in_the_phrase_still_shares_the_date():
    assert ("casualty", "2019-05-05") in found("Two guards were killed after the attack on 5 May 2019.", "en")
