"""Dates: a span of two days whose joining word takes the article the second day takes
("entre el 10 y el 12 de mayo", "entre le 10 et le 12 mai", "between the 3rd and the 5th of
June") runs from the first day to the second, as the span printed without the article does
("del 10 al 12 de mayo"), not over its last day alone. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language, first, last",
    [
        pytest.param("La ministra visitará Chile entre el 10 y el 12 de mayo.", "es", 10, 12, id="es-entre-y-el"),
        pytest.param("El foro se celebrará entre el 3 y el 5 de junio en Lima.", "es", 3, 5, id="es-foro"),
        pytest.param("La ministre se rendra au Chili entre le 10 et le 12 mai.", "fr", 10, 12, id="fr-entre-et-le"),
        pytest.param("The minister will visit Chile between the 10th and the 12th of May.", "en", 10, 12, id="en-and-the"),
    ],
)
def test_a_span_with_an_article_before_its_second_day_is_read_whole(sentence, language, first, last):
    spans = [(d.value.day, d.value_end.day) for d in find_dates(sentence) if d.value_end is not None]
    assert spans == [(first, last)]
    month = 5 if first == 10 else 6
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [
        f"2023-{month:02d}-{first:02d}/2023-{month:02d}-{last:02d}"]


def test_two_days_apart_in_two_clauses_stay_two_dates():
    sentence = "El 10 de mayo llegó la misión y el 12 de junio se fue."
    assert all(d.value_end is None for d in find_dates(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los votos se emitieron el 10 y el 12 de mayo.", id="es-two-days"),
        pytest.param("Les votes ont eu lieu le 10 et le 12 mai.", id="fr-two-days"),
    ],
)
def test_two_days_with_their_articles_and_no_opener_are_no_span(sentence):
    assert all(d.value_end is None for d in find_dates(sentence))
