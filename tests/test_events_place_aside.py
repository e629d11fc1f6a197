"""Events: a short aside of place set off by commas ("..., près du port, sont morts", "...,
cerca del puerto, han muerto") does not end the clause it stands in, so a reported clause
still tells its happening on the day given inside it. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La brigade a indiqué que trois gardes blessés lors d'une embuscade lundi, près du pont, sont morts.", "fr", id="fr-pres-du"),
        pytest.param("La brigade a indiqué que trois gardes blessés lors d'une embuscade lundi, non loin de Tessit, sont morts.", "fr", id="fr-non-loin"),
        pytest.param("La brigada indicó que tres guardias heridos en una emboscada el lunes, cerca del puente, han muerto.", "es", id="es-cerca-del"),
    ],
)
def test_a_place_aside_does_not_cut_the_reported_clause(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2023-05-01"]


def test_a_main_clause_with_a_place_aside_keeps_its_day():
    events = body_events("Three guards were killed on Monday, near the bridge, when their truck hit a mine.", "en", ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("casualty", "2023-05-01")]
