"""Events: the Spanish press tells a day's news in the present ("Este viernes regresan al país
200 soldados"): a return told so is a return on that day, as its past is; its future stays a
planned return; the present with no one to return in its clause ("la calma regresa") or told
as a habit ("cada año ... regresa") is no return. Every sentence here is written for these tests."""
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


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La tranquilidad regresa a Gao tras los enfrentamientos del martes.", id="calm-returns"),
        pytest.param("Este viernes retorna la luz a los barrios del norte de la capital.", id="power-returns"),
        pytest.param("Cada año el batallón regresa al país en noviembre.", id="habit-cada-ano"),
        pytest.param("Todos los años los observadores regresan en marzo.", id="habit-todos-los-anos"),
    ],
)
def test_the_present_with_no_one_to_return_or_told_as_a_habit_is_no_return(sentence):
    # the clashes of Tuesday the calm follows are a happening of their own, no return
    assert [e for e in events_of(sentence) if e[1] == "return"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Este viernes regresan los cascos azules a Montevideo.", id="troops-after"),
        pytest.param("Los militares del contingente regresan este viernes al país.", id="troops-before"),
        pytest.param("Este viernes regresa al país el ministro de Defensa.", id="minister"),
    ],
)
def test_the_present_with_troops_or_a_person_to_return_stays_the_days_return(sentence):
    assert events_of(sentence) == [("2023-06-09", "return", False)]
