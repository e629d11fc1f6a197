"""Events: one verb with two printed dates joined by a conjunction alone, each with its month
and its year ("closed offices in June 2021 and June 2022"), tells two happenings, one at each
time; the two ends of a span opened by "between" stay one event's. Before, the second date
was read as part of the first one's phrase and dated nothing.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 3, 15)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("In June 2021 and June 2022 the mission closed offices in Gao and Kidal.", "en", id="en-fronted"),
        pytest.param("The mission closed offices in Gao and Kidal in June 2021 and June 2022.", "en", id="en-after"),
        pytest.param("En juin 2021 et juin 2022, la mission a fermé ses bureaux de Gao et de Kidal.", "fr", id="fr"),
        pytest.param("En junio de 2021 y junio de 2022 la misión cerró sus oficinas en Gao y Kidal.", "es", id="es"),
    ],
)
def test_two_times_of_one_verb_are_two_happenings(sentence, language):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == ["2021-06", "2022-06"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Between June 2021 and June 2022 the mission closed offices in Gao and Kidal.", "en", id="en"),
        pytest.param("Entre juin 2021 et juin 2022, la mission a fermé ses bureaux de Gao et de Kidal.", "fr", id="fr"),
    ],
)
def test_the_ends_of_a_span_between_two_times_are_no_two_happenings(sentence, language):
    assert len(body_events(sentence, language, ANCHOR)) == 1
