"""Events: where they happened. The words after which a place is an event's place come from
the vocabulary; a dateline naming a body (a story filed at its seat) gives the city of its
seat, never the body's name as a place. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import dateline_event_place, find_events, located
from newsdossier.reference import reference

FRIDAY = PartialDate(2023, 6, 9)


def events_of(sentence: str, language: str, dateline: str | None):
    sentences = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    return find_events(sentences, FRIDAY, dateline, language)[0]


@pytest.mark.parametrize(
    "dateline, place",
    [
        pytest.param("United Nations", "New York", id="en-un-headquarters"),
        pytest.param("UNITED NATIONS", "New York", id="en-capitals"),
        pytest.param("Naciones Unidas", "New York", id="es"),
        pytest.param("Nations unies", "New York", id="fr"),
        pytest.param("Liên Hợp Quốc", "New York", id="vi"),
        pytest.param("Security Council", None, id="a-body-without-a-seat-in-reference-data"),
        pytest.param("Beirut", "Beirut", id="a-city"),
        pytest.param("Mali", "Mali", id="a-country"),
        pytest.param("Kodok", "Kodok", id="an-unknown-name-as-printed"),
        pytest.param(None, None, id="no-dateline"),
    ],
)
def test_a_dateline_naming_a_body_gives_the_city_of_its_seat(dateline, place):
    assert dateline_event_place(dateline) == place


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Council adopted the resolution on 8 June.", "en", id="en"),
        pytest.param("Le Conseil a adopté la résolution le 8 juin.", "fr", id="fr"),
        pytest.param("El Consejo aprobó la resolución el 8 de junio.", "es", id="es"),
    ],
)
def test_an_event_without_a_place_filed_at_the_un_is_placed_in_new_york(sentence, language):
    events = events_of(sentence, language, "United Nations")
    assert events and all(e.place == "New York" for e in events)
    assert all(e.place != "United Nations" for e in events_of(sentence, language, "Naciones Unidas"))


def test_the_locatives_are_one_vocabulary_list_for_every_language():
    words = reference().words("event_locatives", ("en", "fr", "es", "vi"))
    assert {"in", "au", "hacia", "tai"} <= words
    assert not {"from", "de", "desde"} & words  # "peacekeepers from Chad": Chad acts


@pytest.mark.parametrize(
    "sentence, language, place",
    [
        pytest.param("Peacekeepers were deployed into Mali on 6 June.", "en", "Mali", id="en-into"),
        pytest.param("Ngày 6/6/2023, đơn vị đã đến tại Nam Sudan.", "vi", "South Sudan", id="vi-tai"),
    ],
)
def test_a_country_after_a_locative_is_the_events_place_and_no_participant(sentence, language, place):
    found = find_in_sentence(sentence, language)
    country = next(f for f in found if f.kind == "country")
    assert located(sentence, country)
    events = events_of(sentence, language, "Kodok")
    assert events and events[0].place == place
