"""Events: a toll over a year whose count stands before an aside set off by dashes or brackets
("At least 40 staff — 30 soldiers and 10 civilians — were killed during 2019") is a toll, not
one happening: the aside does not cut the count from its verb. A loss told with its day, the
same aside in it, stays an event. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2021, 4, 14)


def casualty_dates(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR) if e.kind == "casualty")


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("At least 64 staff members — 41 soldiers and 23 civilians, among them 4 police officers — "
                     "were killed in hostile acts during 2019, the union said.", "en", id="en-dashes"),
        pytest.param("Some 37 people (29 troops and 8 contractors) died in attacks in 2020, a report found.", "en",
                     id="en-brackets"),
        pytest.param("Au moins 52 membres du personnel — 40 militaires et 12 civils — ont été tués en 2018, "
                     "selon le syndicat.", "fr", id="fr-dashes"),
        pytest.param("Unos 45 efectivos (35 soldados y 10 policías) murieron en ataques en 2017, según el informe.",
                     "es", id="es-brackets"),
    ],
)
def test_a_toll_over_a_year_with_an_aside_is_no_event(sentence, language):
    assert casualty_dates(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Nine soldiers — six from the north and three from the coast — were killed on 4 May 2019 "
                     "near the river.", "en", ["2019-05-04"], id="en-day"),
        pytest.param("Trois soldats (deux Togolais et un Béninois) ont été tués le 8 juin 2020 près du fleuve.",
                     "fr", ["2020-06-08"], id="fr-day"),
    ],
)
def test_a_loss_told_with_its_day_and_an_aside_stays_an_event(sentence, language, expected):
    assert casualty_dates(sentence, language) == expected
