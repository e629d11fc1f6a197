"""Events: the Spanish press tells a day's news in the present ("Este viernes regresan al país
200 soldados"): a return told so is a return on that day, as its past is; its future stays a
planned return. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2023, 6, 9)


def events_of(sentence: str) -> list[tuple[str, str, bool]]:
    found = find_events([(sentence, find_in_sentence(sentence, "es"))], FRIDAY, None, "es", wire_day=False)[0]
    return [(e.date, e.kind, e.announced) for e in found]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Este viernes regresan al país los 150 efectivos del batallón de ingenieros.", id="regresan"),
        pytest.param("Este viernes regresa a Montevideo el primer grupo de la compañía.", id="regresa"),
        pytest.param("Este viernes retornan a su base los observadores de la misión.", id="retornan"),
        pytest.param("Este viernes regresaron al país los 150 efectivos del batallón.", id="past-unchanged"),
    ],
)
def test_a_return_told_in_the_present_is_the_days_return(sentence):
    assert events_of(sentence) == [("2023-06-09", "return", False)]


def test_a_return_told_in_the_future_stays_planned():
    assert events_of("El próximo lunes regresarán al país los 150 efectivos del batallón.") == [("2023-06-12", "return", True)]
