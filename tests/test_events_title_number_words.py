"""Events: a title keeps the number word that opens its subject ("Two soldiers killed", "Dos
soldados murieron"), as it keeps a number in figures: how many is part of what happened.
A number word left alone at the title's edge is still trimmed. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday


@pytest.mark.parametrize(
    "sentence, language, opening",
    [
        pytest.param("Two soldiers were killed on Tuesday near the bridge.", "en", "Two soldiers", id="en-two"),
        pytest.param("Three engineers were wounded on Friday when their truck hit a mine.", "en", "Three engineers",
                     id="en-three"),
        pytest.param("Dos soldados murieron el martes cerca del puente.", "es", "Dos soldados", id="es-dos"),
        pytest.param("Deux soldats ont été tués mardi près du pont.", "fr", "Deux soldats", id="fr-deux"),
    ],
)
def test_the_title_keeps_the_number_word_of_its_subject(sentence, language, opening):
    events = body_events(sentence, language, ANCHOR)
    assert events and events[0].title.startswith(opening)
