"""Events: a since-phrase after a first or a superlative ("the first parade since the
founding of the base was held on Tuesday", "le premier défilé depuis la création de la base a
eu lieu mardi") ends where the sentence's own verb begins: the day after that verb dates the
happening, it is no bound of a span. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Tuesday is the 9th


def dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The first medal parade since the founding of the base was held on Tuesday in Wau.", "en", id="en"),
        pytest.param("12 April 2019 – The first medal parade since the founding of the base was held on Tuesday in Wau.",
                     "en", id="en-after-date-line"),
        pytest.param("The largest medal parade since the opening of the base was held on Tuesday in Wau.", "en", id="en-largest"),
        pytest.param("Le premier défilé des médailles depuis la création de la base a eu lieu mardi à Wau.", "fr", id="fr"),
        pytest.param("El primer desfile de medallas desde la fundación de la base se celebró el martes en Wau.", "es", id="es"),
    ],
)
def test_a_first_since_does_not_swallow_the_day_of_the_main_verb(sentence, language):
    assert dates(sentence, language) == ["2019-04-09"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # no first nor superlative before it: the since-phrase keeps its own happening's day
        pytest.param("Patrols have been stepped up since the convoy was attacked on Tuesday.", "en", ["2019-04-09"], id="en-span"),
        # a first before it, but no auxiliary in the phrase: the day is the outbreak's
        pytest.param("It was the deadliest ambush since the war broke out on 7 October.", "en", ["2018-10-07"], id="en-deadliest"),
        # a first and an auxiliary, but the setting-up of the mission said in passing: no day
        pytest.param("It is the first visit since the mission was created in 2013.", "en", [], id="en-setup"),
    ],
)
def test_other_since_phrases_keep_their_reading(sentence, language, expected):
    assert dates(sentence, language) == expected
