"""Events: a date printed inside the name of a listed organisation (the armed group "March 23
Movement", "23 March Movement", "Movimiento 23 de Marzo", "Mouvement du 23 mars") is the
name's, not the day of a happening. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import dated_name_spans, find_events

ANCHOR = PartialDate(2024, 7, 4)
LEAD = {"en": "The convoy reached the town on 1 July.", "es": "El convoy llegó a la ciudad el 1 de julio.",
        "fr": "Le convoi est arrivé dans la ville le 1er juillet."}


def event_dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events([(LEAD[language], []), (sentence, [])], ANCHOR, None, language, wire_day=False)[0]
            if e.date != "2024-07-01"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Fighters of the 23 March Movement attacked the hills near the lake.", "en", id="en-day-first"),
        pytest.param("The offensive of the March 23 Movement forced thousands to flee the valley.", "en", id="en-month-first"),
        pytest.param("La ofensiva del Movimiento 23 de Marzo obligó a los cascos azules a dejar la colina.", "es", id="es"),
        pytest.param("L'offensive du Mouvement du 23 mars a forcé les casques bleus à quitter la colline.", "fr", id="fr"),
    ],
)
def test_the_date_in_an_organisations_name_dates_no_happening(sentence, language):
    assert not any(date.endswith("-03-23") or date == "2024-03" for date in event_dates(sentence, language))


def test_a_day_printed_beside_the_name_still_dates_the_happening():
    assert event_dates("Fighters of the 23 March Movement attacked the hills on 2 July.", "en") == ["2024-07-02"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("talks with the Movimiento 23 de Marzo resumed", 1, id="es-name"),
        pytest.param("the troops arrived on 23 March at the camp", 0, id="plain-date"),
        pytest.param("no date here at all", 0, id="no-digit"),
    ],
)
def test_where_a_dated_name_is_printed(sentence, expected):
    assert len(dated_name_spans(sentence)) == expected
