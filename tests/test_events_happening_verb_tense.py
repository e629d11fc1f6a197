"""Events: a happening of no listed kind, dated by a day printed without its year, takes the
tense of the verb right before that day, whatever words stand between the verb and its
subject ("the mandate for their presence ended on May 20"): told in the past, it is the last
such day, not the next one marked planned. Before, with no event word to give a tense, the
nearest such day was taken, a later one marked planned.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 3, 15)  # 20 May 2023 is nearer than 20 May 2022


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mandate for their presence ended on May 20.", "en", id="en-words-between"),
        pytest.param("The mandate ended on May 20.", "en", id="en"),
        pytest.param("El mandato que autorizaba su presencia terminó el 20 de mayo.", "es", id="es-words-between"),
        pytest.param("El mandato terminó el 20 de mayo.", "es", id="es"),
    ],
)
def test_a_happening_told_in_the_past_is_dated_back(sentence, language):
    assert [(e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [("2022-05-20", False)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The soldiers were attacked on Monday, after the mandate for their presence ended on May 20.", "en",
                     id="en"),
        pytest.param("Los soldados fueron atacados el lunes, después de que el mandato de su presencia terminó el 20 de mayo.",
                     "es", id="es"),
    ],
)
def test_a_second_happening_told_in_the_past_is_dated_back(sentence, language):
    assert "2022-05-20" in [e.date for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The new mandate will begin on May 20.", "en", id="en"),
        pytest.param("El nuevo mandato comenzará el 20 de mayo.", "es", id="es"),
    ],
)
def test_a_happening_told_in_the_future_stays_ahead(sentence, language):
    assert [(e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [("2023-05-20", True)]
