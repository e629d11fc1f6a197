"""Events: two verbs joined by a conjunction, sharing their subject and day, that tell
happenings of different kinds a reader counts apart ("met the President in Lima and visited a
UN base", "a rencontré ... et a visité", "se reunió con ... y visitó", "hội kiến ... và đi
thăm") are two events of that day; an attack and the deaths it caused ("attacked a convoy and
killed two peacekeepers") stay one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Monday, the Prime Minister of Japan met the President of Peru in Lima and visited a UN base.", "en", id="en"),
        pytest.param("Lundi, le Premier ministre japonais a rencontré le président du Pérou à Lima et a visité une base de l'ONU.",
                     "fr", id="fr"),
        pytest.param("El lunes, el canciller de Japón se reunió con el presidente de Perú en Lima y visitó una base de la ONU.",
                     "es", id="es"),
        pytest.param("Ngày 1/5, Thủ tướng Nhật Bản hội kiến Tổng thống Peru tại Lima và đi thăm một căn cứ của Liên hợp quốc.",
                     "vi", id="vi"),
    ],
)
def test_a_meeting_and_a_visit_joined_are_two_events_of_the_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert sorted((e.kind, e.date) for e in events) == [("meeting", "2023-05-01"), ("visit", "2023-05-01")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Monday, gunmen attacked a convoy and killed two peacekeepers near Gao.", "en", id="en-attack-deaths"),
        pytest.param("El lunes, hombres armados atacaron un convoy y mataron a dos cascos azules cerca de Gao.", "es", id="es-attack-deaths"),
    ],
)
def test_an_attack_and_its_deaths_stay_one_event(sentence, language):
    assert len(body_events(sentence, language, ANCHOR)) == 1
