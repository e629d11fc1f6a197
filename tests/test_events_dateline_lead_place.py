"""The dateline gives a place to the lead's event only: an event told further on, deep in
the body and printing no place of its own ("the plan launched by the Secretary-General in
2019"), takes none from where the story was filed. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from eventcases import article_events
from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events
from newsdossier.extract import find_in_sentence

ANCHOR = PartialDate(2024, 6, 21)
OPENING = {
    "en": ["The envoy met troop commanders on Friday to discuss the mission's budget.",
           "The talks covered the supply of helicopters and armoured vehicles.",
           "Officials described the exchange as frank and useful.",
           "Further meetings are expected in the coming weeks."],
    "fr": ["L'envoyé a rencontré vendredi les commandants des contingents pour parler du budget.",
           "Les discussions ont porté sur les hélicoptères et les véhicules blindés.",
           "Les responsables ont jugé l'échange franc et utile.",
           "D'autres réunions sont attendues dans les semaines à venir."],
}


def events(sentences, language, dateline):
    told = [(s, find_in_sentence(s, language)) for s in sentences]
    return find_events(told, ANCHOR, dateline, language)[0]


@pytest.mark.parametrize(("late", "language"), [
    pytest.param("The reform plan was launched by the Secretary-General in 2019 after long consultations.", "en", id="en"),
    pytest.param("Le plan de réforme a été lancé par le secrétaire général en 2019 après de longues consultations.", "fr", id="fr"),
])
def test_a_later_event_takes_no_place_from_the_dateline(late, language):
    found = [e for e in events(OPENING[language] + [late], language, "Nairobi") if e.date == "2019"]
    assert found and all(e.place is None for e in found), [(e.title, e.place) for e in found]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_lead_event_keeps_the_dateline_place(language):
    found = events(OPENING[language], language, "Nairobi")
    assert found and found[0].place == "Nairobi", [(e.title, e.place) for e in found]
