"""Events: a happening denied with a modal or an auxiliary between the negation and its verb
("no pudieron ser relevados", "no pudieron ser desplegadas", "n'ont pas pu être relevés")
did not take place: no event, as "were not relieved" gives none.
The same sentence without the negation keeps its event. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Monday is the 7th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Los cascos azules no pudieron ser relevados en marzo.", "es", id="es-pudieron"),
        pytest.param("Por las lluvias, los soldados no habían podido ser relevados en marzo.", "es", id="es-habian-podido"),
        pytest.param("Las tropas no pudieron ser desplegadas el lunes.", "es", id="es-desplegadas"),
        pytest.param("Les Casques bleus n'ont pas pu être relevés en mars.", "fr", id="fr-pu-etre"),
    ],
)
def test_a_happening_denied_through_a_modal_is_no_event(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Los cascos azules pudieron ser relevados en marzo.", "es", "2026-03", id="es"),
        pytest.param("Les Casques bleus ont pu être relevés en mars.", "fr", "2026-03", id="fr"),
    ],
)
def test_the_same_happening_not_denied_stays(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]
