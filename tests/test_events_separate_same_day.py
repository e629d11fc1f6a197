"""Events: a second incident the text calls separate ("Separately, ... on Friday night", "In a
separate attack on Friday", "Por separado, ... el viernes") is another happening even on the
same day as the one told before it: two attacks on one day are two events. Without such a
marker, two tellings of one day's loss stay one. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ANCHOR = PartialDate(2020, 2, 8)  # a Saturday


def dates_of(sentences: list[str], language: str) -> list[str]:
    told = [(s, find_in_sentence(s, language)) for s in sentences]
    return sorted(e.date for e in find_events(told, ANCHOR, None, language, wire_day=False)[0])


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("A soldier of the force was wounded by gunfire on Friday night.",
                     "Separately, a depot of the force was damaged by shelling on Friday night.", "en", id="en-separately"),
        pytest.param("A soldier of the force was wounded by gunfire on Friday.",
                     "In a separate attack on Friday, a depot of the force was damaged by shelling.", "en", id="en-separate-attack"),
        pytest.param("Un soldado de la fuerza resultó herido por disparos el viernes.",
                     "Por separado, un depósito de la fuerza sufrió daños por un bombardeo el viernes.", "es", id="es-por-separado"),
    ],
)
def test_a_separate_incident_of_the_same_day_is_another_event(first, second, language):
    assert dates_of([first, second], language) == ["2020-02-07", "2020-02-07"]


def test_two_tellings_of_one_loss_stay_one():
    first = "A soldier of the force was wounded by gunfire on Friday."
    second = "The soldier was wounded by gunfire on Friday near the depot."
    assert dates_of([first, second], "en") == ["2020-02-07"]
