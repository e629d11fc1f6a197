"""Events: people "confirmed dead" ("were confirmed dead", "ont été confirmés morts") tell a
death, a casualty, not an announcement; told undated in the lead, the death takes the day of
its later telling in the week before the article (one happening, not two). "Confirmed" alone
still frames what was confirmed ("the mission confirmed the deaths on Monday"). In EN and FR.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words
from eventcases import article_events

THURSDAY = PartialDate(2016, 3, 10)  # Monday is 7 March


@pytest.mark.parametrize(
    "sentence, language, word",
    [
        pytest.param("Three guards at the depot were confirmed dead after the blast.", "en", "confirmed dead", id="en"),
        pytest.param("Trois gardes du dépôt ont été confirmés morts après l'explosion.", "fr", "confirmés morts", id="fr"),
    ],
)
def test_confirmed_dead_is_a_casualty(sentence, language, word):
    words = [(sentence[w.start:w.end], w.kind) for w in event_words(sentence, language)]
    assert (word, "casualty") in words and not any(kind == "announcement" for _, kind in words)


def test_an_undated_lead_of_deaths_confirmed_takes_the_day_of_its_telling():
    sentences = ["The ministry said that three guards at the depot were confirmed dead.",
                 "The guards died in Monday's blast at the fuel depot near the border."]
    assert [(e.date, e.kind) for e in article_events(sentences, "en", THURSDAY, wire_day=False)] == [("2016-03-07", "casualty")]


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        pytest.param("The mission confirmed the deaths of three guards on Monday.", {"announcement", "casualty"}, id="confirmed-the-deaths"),
        pytest.param("The ministry confirmed on Monday that the depot was attacked.", {"announcement", "attack"}, id="confirmed-that"),
    ],
)
def test_confirmed_alone_still_frames_what_it_confirms(sentence, kinds):
    assert {w.kind for w in event_words(sentence, "en")} == kinds
