"""Events: a stay told ahead with no event word, only a place and the days it lasts ("will be
in Peru from Thursday to Sunday", "sera au Mali du jeudi au dimanche", "estará en territorio
guatemalteco entre el jueves y el domingo", "sẽ có mặt tại Lào từ thứ Năm đến Chủ nhật") is a
visit planned on that span; a visit announced for "this week" whose days a later sentence
gives takes those days (one event, not two). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events, body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language, span",
    [
        pytest.param("The Foreign Minister of Japan will be in Peru from Thursday to Sunday.", "en",
                     "2023-05-04/2023-05-07", id="en-weekdays"),
        pytest.param("The President of France will be in Senegal from 10 to 12 May.", "en",
                     "2023-05-10/2023-05-12", id="en-days"),
        pytest.param("Le ministre français des Affaires étrangères sera au Mali du jeudi au dimanche.", "fr",
                     "2023-05-04/2023-05-07", id="fr-weekdays"),
        pytest.param("El canciller de México estará en territorio guatemalteco entre el jueves y el domingo.", "es",
                     "2023-05-04/2023-05-07", id="es-territorio"),
        pytest.param("El presidente de Chile estará en Argentina del 10 al 12 de mayo.", "es",
                     "2023-05-10/2023-05-12", id="es-days"),
        pytest.param("Bộ trưởng Ngoại giao Nhật Bản sẽ có mặt tại Lào từ thứ Năm đến Chủ nhật.", "vi",
                     "2023-05-04/2023-05-07", id="vi-weekdays"),
    ],
)
def test_a_stay_ahead_with_its_days_is_a_planned_visit_on_them(sentence, language, span):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date, e.announced) for e in events] == [("visit", span, True)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The President of Chile will be in good spirits from Thursday to Sunday.", "en", id="en-no-place"),
        pytest.param("The minister will be in Peru next year, the ministry said.", "en", id="en-no-span"),
        pytest.param("El canciller estará en Guatemala; el jueves y el domingo habrá elecciones.", "es", id="es-clause-apart"),
    ],
)
def test_no_stay_without_a_place_and_its_span(sentence, language):
    assert all(e.kind != "visit" for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["El presidente de Chile visitará Argentina esta semana.",
                      "La comitiva estará en territorio argentino entre el jueves y el domingo."], "es", id="es"),
        pytest.param(["The President of Chile will visit Argentina this week.",
                      "The delegation will be in Buenos Aires from Thursday to Sunday."], "en", id="en"),
        pytest.param(["Le président du Chili se rendra en Argentine cette semaine.",
                      "Il sera à Buenos Aires du jeudi au dimanche."], "fr", id="fr"),
        pytest.param(["Tổng thống Chile sẽ thăm Argentina trong tuần này.",
                      "Đoàn sẽ có mặt tại Buenos Aires từ thứ Năm đến Chủ nhật."], "vi", id="vi"),
    ],
)
def test_a_visit_of_this_week_takes_the_days_told_later(sentences, language):
    events = article_events(sentences, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("visit", "2023-05-04/2023-05-07")]
