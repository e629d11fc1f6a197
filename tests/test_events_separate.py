"""Events: a second incident the text calls separate ("In a separate incident", "Dans une
attaque distincte", "En otro ataque", "Trong một vụ tấn công khác") is an event of its own,
dated, when it prints no date, as the event told before it. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events, separate_incident

ANCHOR = PartialDate(2013, 10, 9)


def events_of(sentences: list[str], language: str, anchor: PartialDate = ANCHOR):
    told = [("Une phrase sans rien.", [])] + [(s, find_in_sentence(s, language)) for s in sentences]
    return [(e.kind, e.date) for e in find_events(told, anchor, None, language)[0]]


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("Two peacekeepers were killed in an attack on 7 October.",
                     "In a separate incident, three peacekeepers were wounded when their vehicle hit a mine.", "en", id="en"),
        pytest.param("Deux casques bleus ont été tués dans une attaque le 7 octobre.",
                     "Dans une attaque distincte à Konna, quatre casques bleus ont été blessés.", "fr", id="fr"),
        pytest.param("Dos cascos azules murieron en un ataque el 7 de octubre.",
                     "En otro ataque, cuatro cascos azules resultaron heridos.", "es", id="es"),
        pytest.param("Ngày 7/10/2013, hai binh sĩ đã thiệt mạng trong một vụ tấn công.",
                     "Trong một vụ tấn công khác, bốn binh sĩ bị thương.", "vi", id="vi"),
    ],
)
def test_a_separate_incident_is_its_own_event_on_the_day_told_before(first, second, language):
    assert events_of([first, second], language) == [("casualty", "2013-10-07"), ("casualty", "2013-10-07")]


def test_a_separate_incident_after_a_news_of_no_known_day_is_not_dated_by_it():
    # the first event has the article's month only (no wire's day): no day to give
    told = ["Two peacekeepers were killed in an attack.",
            "In a separate incident, three peacekeepers were wounded when their vehicle hit a mine."]
    sentences = [(s, find_in_sentence(s, "en")) for s in told]
    found = find_events(sentences, ANCHOR, None, "en", wire_day=False)[0]
    assert [e.date for e in found] == ["2013-10"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("In another attack, a convoy was hit.", "en", True, id="en"),
        pytest.param("Lors d'une autre attaque, un convoi a été touché.", "fr", True, id="fr"),
        pytest.param("The attack was separate from the protests.", "en", False, id="en-not-a-marker"),
        pytest.param("El ataque ocurrió en otro lugar.", "es", False, id="es-not-a-marker"),
    ],
)
def test_separate_incident(sentence, language, expected):
    assert separate_incident(sentence, language) is expected
