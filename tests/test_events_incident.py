"""Events: a happening named again by a word that does not say what it was ("The incident
occurred on Thursday", "L'incident s'est produit jeudi", "El suceso ocurrió el jueves",
"Vụ việc xảy ra hôm thứ Năm") dates the happening the lead told without its day. In EN, FR,
ES, VI. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

SATURDAY = PartialDate(2023, 6, 10)  # a Saturday: the Thursday before is 8 June


def events_of(lead: str, then: str, language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of two sentences, dated SATURDAY (no
    dateline day: an undated lead gets the article's month)."""
    sentences = [(s, find_in_sentence(s, language)) for s in (lead, then)]
    return [(e.date, e.kind) for e in find_events(sentences, SATURDAY, None, language, wire_day=False)[0]]


@pytest.mark.parametrize(
    "lead, then, language",
    [
        pytest.param("Two peacekeepers were killed when their vehicle struck a mine near the border.",
                     "The incident occurred on Thursday north of the town.", "en", id="en"),
        pytest.param("Deux casques bleus ont été tués quand leur véhicule a sauté sur une mine près de la frontière.",
                     "L'incident s'est produit jeudi au nord de la ville.", "fr", id="fr"),
        pytest.param("Dos cascos azules murieron cuando su vehículo pisó una mina cerca de la frontera.",
                     "El suceso ocurrió el jueves al norte de la ciudad.", "es", id="es"),
        pytest.param("Hai binh sĩ gìn giữ hòa bình thiệt mạng khi xe của họ trúng mìn gần biên giới.",
                     "Vụ việc xảy ra hôm thứ Năm ở phía bắc thị trấn.", "vi", id="vi"),
    ],
)
def test_the_incident_named_again_dates_the_lead(lead, then, language):
    assert events_of(lead, then, language) == [("2023-06-08", "casualty")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A second incident took place on 2 March near the airport.", "en", id="en-own-date"),
        pytest.param("Un autre incident a été signalé le 2 mars près de l'aéroport.", "fr", id="fr-own-date"),
        pytest.param("Otro incidente se registró el 2 de marzo cerca del aeropuerto.", "es", id="es-own-date"),
    ],
)
def test_an_incident_with_a_date_of_its_own_is_an_event(sentence, language):
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    assert [e.date for e in find_events(sentences, SATURDAY, None, language)[0]] == ["2023-03-02"]
