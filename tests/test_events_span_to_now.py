"""Events: a span closed at the present ("from 1960 to today", "de 1960 à aujourd'hui",
"từ năm 1960 đến nay": vocabulary "span_to_now_phrases") dates no happening, neither by its
start nor by its "today", as "since 1960" does not, where the span opens the sentence
("From 1960 to today, 50,000 soldiers have served"); the date of an event word the span opens
on ("since the dispatch of a contingent in 1960 to this day") still dates that happening.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2018, 5, 30)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("From 1960 to today, 50,000 soldiers have been deployed on missions.", "en", id="en"),
        pytest.param("De 1960 à aujourd'hui, 50 000 soldats ont été déployés dans des missions.", "fr", id="fr"),
        pytest.param("Từ năm 1960 đến nay, 50.000 binh sĩ đã được triển khai tới các phái bộ.", "vi", id="vi"),
        pytest.param("Desde 1960 hasta hoy, 50.000 soldados han servido en misiones.", "es", id="es-desde"),
        pytest.param("Depuis 1960, et l'envoi d'un contingent au Congo, à aujourd'hui, 50 000 soldats ont servi.", "fr",
                     id="fr-today-after-noun"),
    ],
)
def test_a_span_to_the_present_dates_nothing(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Since the dispatch of a first contingent to Congo in 1960 to this day, 50,000 soldiers have served.",
                     "en", ["1960"], id="en-event-word"),
        pytest.param("Depuis l'envoi d'un contingent au Congo en 1960 jusqu'à aujourd'hui, 50 000 soldats ont servi.",
                     "fr", ["1960"], id="fr-event-word"),
        pytest.param("The first contingent was deployed to Congo in 1960.", "en", ["1960"], id="en-no-span"),
        # "to today" with no span opened before it: a day moved to
        pytest.param("The Security Council postponed the vote to today.", "en", ["2018-05-30"], id="en-postponed-to-today"),
        pytest.param("Le vote du Conseil de sécurité a été reporté à aujourd'hui.", "fr", ["2018-05-30"],
                     id="fr-reporte-a-aujourdhui"),
        # "đến" also arrives: "đã đến hôm nay" is arrived today, no span
        pytest.param("Đoàn công tác của Bộ Quốc phòng đã đến hôm nay để thăm đơn vị.", "vi", ["2018-05-30"],
                     id="vi-den-hom-nay-arrived"),
        # a fronted date no span word opens keeps its happening, "to date" later in the sentence
        pytest.param("In 2013, the mission was deployed to Mali, where to date it has lost 300 peacekeepers.", "en",
                     ["2013"], id="en-in-year-to-date-later"),
        pytest.param("En 2013, la mission a été déployée au Mali, où à ce jour elle a perdu 300 casques bleus.", "fr",
                     ["2013"], id="fr-en-year-a-ce-jour-later"),
        pytest.param("En 2013, la misión fue desplegada en Malí, donde hasta la fecha ha perdido 300 cascos azules.", "es",
                     ["2013"], id="es-en-year-hasta-la-fecha-later"),
        pytest.param("Năm 2013, phái bộ được triển khai tại Mali, đến nay đã mất 300 binh sĩ.", "vi", ["2013"],
                     id="vi-nam-den-nay-later"),
        # (must not change) a span told after its verb is left to the rules of that verb
        pytest.param("Anh là sĩ quan đầu tiên làm nhiệm vụ tại phái bộ huấn luyện, từ tháng 12/2016 đến nay.", "vi",
                     ["2016-12"], id="vi-after-verb"),
    ],
)
def test_a_happening_named_in_the_span_still_dates(sentence, language, expected):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == expected
