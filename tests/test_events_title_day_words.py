"""Events: a title drops the words that only placed the happening's day, with the day:
the marker of a day to come ("this coming Tuesday", "el próximo martes", "mardi prochain",
"thứ Ba tới") and the possessive of a day owning its noun ("Saturday's attacks"), never
leaving "this coming", "el próximo" or "'s" behind. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday


@pytest.mark.parametrize(
    "sentence, language, left",
    [
        pytest.param("The battalion will hold its medal parade this coming Tuesday in Malakal.", "en", "coming",
                     id="en-this-coming"),
        pytest.param("El batallón celebrará su desfile de medallas el próximo martes en Malakal.", "es", "próximo",
                     id="es-proximo"),
        pytest.param("Le bataillon tiendra sa parade des médailles mardi prochain à Malakal.", "fr", "prochain",
                     id="fr-prochain"),
        pytest.param("Tiểu đoàn sẽ tổ chức lễ trao huy chương vào thứ Ba tới tại Malakal.", "vi", "tới", id="vi-toi"),
        pytest.param("The envoy condemned Saturday's attacks on two camps of the mission.", "en", "'s",
                     id="en-possessive"),
    ],
)
def test_the_title_keeps_no_word_of_the_day(sentence, language, left):
    events = body_events(sentence, language, ANCHOR)
    assert events and all(left not in e.title.split() and f" {left}" not in e.title for e in events)


@pytest.mark.parametrize(
    "sentence, language, kept",
    [
        # "next week" is a period of its own: its "next" is not the weekday's
        pytest.param("The council will meet on Thursday next week to discuss the mandate.", "en", "next week",
                     id="en-next-week"),
    ],
)
def test_a_period_after_the_weekday_keeps_its_words(sentence, language, kept):
    events = body_events(sentence, language, ANCHOR)
    assert events and all("week" not in e.title or kept in e.title for e in events)

