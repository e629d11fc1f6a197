"""Events: a happening whose clause names a period relative to the article ("en début
d'année", "earlier this year", "a principios de año", "đầu năm nay") is dated by it, not by
a month printed in another clause of the sentence for another happening ("..., et la
mission a été prolongée en juin"), which dates a happening of its own; a printed day right
after the period spells it out and still dates the happening. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 8, 19)


def dates_of(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((e.kind, e.date) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Deux soldats sont morts en début d'année, et la mission a été prolongée en juin.", "fr", id="fr-debut-d-annee"),
        pytest.param("Two soldiers died earlier this year, and the mission was extended in June.", "en", id="en-earlier-this-year"),
        pytest.param("Dos soldados murieron a principios de año, y la misión se prolongó en junio.", "es", id="es-principios"),
        pytest.param("Hai binh sĩ đã thiệt mạng hồi đầu năm nay, và cây cầu được hoàn thành vào tháng 6.", "vi", id="vi-dau-nam-nay"),
    ],
)
def test_the_period_of_the_clause_dates_the_death_and_the_month_its_own(sentence, language):
    found = dates_of(sentence, language)
    assert ("casualty", "2024") in found
    assert "2024-06" in [date for _kind, date in found]


def test_a_day_spelling_out_the_period_still_dates_it():
    assert dates_of("Two soldiers died last month, on 5 July, near the camp.", "en") == [("casualty", "2024-07-05")]
