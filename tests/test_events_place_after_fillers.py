"""An event's place is the country printed after a locative even with an article or a compass
word between them ("in eastern Congo", "in the Central African Republic", "dans la République
centrafricaine"), not the dateline's city far away; a lead and a later telling of one day then
agree on the place and are one happening. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ANCHOR = PartialDate(2019, 3, 15)


def places_of(sentence: str, language: str, dateline: str | None = "Nairobi") -> list[str | None]:
    sentences = [(sentence, find_in_sentence(sentence, language))]
    return [e.place for e in find_events(sentences, ANCHOR, dateline, language)[0]]


@pytest.mark.parametrize(
    "sentence, language, place",
    [
        pytest.param("Two peacekeepers were killed in an ambush in eastern Chad on Thursday.", "en", "Chad", id="en-compass"),
        pytest.param("Two peacekeepers were killed in an ambush in the Central African Republic on Thursday.", "en",
                     "Central African Republic", id="en-article"),
        pytest.param("Deux casques bleus ont été tués jeudi dans une embuscade dans la République centrafricaine.", "fr",
                     "Central African Republic", id="fr-article"),
        pytest.param("Dos cascos azules murieron el jueves en una emboscada en la República Centroafricana.", "es",
                     "Central African Republic", id="es-article"),
    ],
)
def test_the_country_after_a_locative_and_a_filler_is_the_place(sentence, language, place):
    assert places_of(sentence, language) == [place]


def test_a_lead_and_its_later_telling_of_one_day_are_one_happening():
    lead = "A large number of peacekeepers were killed in an attack in eastern Chad on Thursday, the UN said."
    later = "A radio station said the troops had repelled an attack by rebels on a base in the Abeche area on Thursday."
    sentences = [(s, find_in_sentence(s, "en")) for s in (lead, later)]
    assert len(find_events(sentences, ANCHOR, "Nairobi", "en")[0]) == 1
