"""Events: a day inside a phrase of time whose own verb tells another action of the subject,
after the main event word ("landed in the morning, after leaving the country on Monday",
"après avoir quitté le pays lundi", "tras abandonar el país el lunes"), dates that action,
not the main happening (vocabulary "verb_time_phrase_openers", "verb_time_phrase_endings";
events.verb_time_phrase_date). A main clause with a day of its own keeps it; an event word
inside the phrase still takes the day ("were wounded after repelling an attack on Monday"). Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events, body_events

WEDNESDAY = PartialDate(2021, 9, 15)
MONDAY = "2021-09-13"


def dates_of(sentences: list[str], language: str) -> list[str]:
    return [e.date for e in article_events(sentences, language, WEDNESDAY)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A group of forty engineers landed at the capital's airport in the morning, after leaving the mission area on Monday.",
                     "en", id="en-after-leaving"),
        pytest.param("Un groupe de quarante ingénieurs a atterri à l'aéroport de la capitale dans la matinée, après avoir quitté la zone de la mission lundi.",
                     "fr", id="fr-apres-avoir"),
        pytest.param("Un grupo de cuarenta ingenieros aterrizó en el aeropuerto de la capital por la mañana, tras abandonar la zona de la misión el lunes.",
                     "es", id="es-tras-infinitive"),
    ],
)
def test_the_day_of_the_phrase_verb_is_not_the_main_happenings(sentence, language):
    assert MONDAY not in [e.date for e in body_events(sentence, language, WEDNESDAY)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The engineers landed at the airport on Wednesday, after leaving the mission area on Monday.", "en", id="en-own-day"),
        pytest.param("Les ingénieurs ont atterri à l'aéroport mercredi, après avoir quitté la zone lundi.", "fr", id="fr-own-day"),
    ],
)
def test_a_main_clause_with_its_own_day_keeps_it(sentence, language):
    assert "2021-09-15" in [e.date for e in body_events(sentence, language, WEDNESDAY)]


def test_an_event_word_inside_the_phrase_still_takes_the_day():
    sentence = "Two peacekeepers were wounded after repelling an attack on Monday."
    assert MONDAY in [e.date for e in body_events(sentence, "en", WEDNESDAY)]
