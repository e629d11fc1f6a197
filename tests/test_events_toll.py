"""Events: a count of casualties printed in digits and dated by a year alone sums a toll over
that year ("84 soldiers died in 2019"), not one happening; a single loss dated by its day, or a
count of one incident told with its day, is still an event. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2021, 4, 14)


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((e.kind, e.date) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The organisation says 84 of its soldiers died in 2019, most of them in road accidents.", "en", id="en-year"),
        pytest.param("Au moins 27 gendarmes de la force ont été tués en 2018, selon un décompte interne.", "fr", id="fr-year"),
        pytest.param("Más de 1.500 soldados murieron en servicio, 61 de ellos el año pasado.", "es", id="es-last-year"),
        pytest.param("Các vụ đánh bom khiến 58 người thiệt mạng trong năm 2020.", "vi", id="vi-year"),
    ],
)
def test_a_toll_over_a_year_is_no_event(sentence, language):
    assert [kind for kind, _date in events_of(sentence, language) if kind == "casualty"] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("An ambush in 2016 killed seven soldiers near the river.", "en", ("2016",), id="en-one-ambush"),
        pytest.param("Twelve soldiers were killed on 3 March 2020 near the river.", "en", ("2020-03-03",), id="en-day"),
        pytest.param("Deux soldats ont été tués le 5 mai 2019 près du fleuve.", "fr", ("2019-05-05",), id="fr-day"),
    ],
)
def test_a_loss_told_with_its_day_or_incident_stays_an_event(sentence, language, expected):
    assert tuple(date for _kind, date in events_of(sentence, language)) == expected
