"""Events: an announcement of a planned happening that names no day of its own ("The
government announced in March that it would deploy troops", "a annoncé lundi qu'il enverra
des troupes", "anunció en marzo que desplegará tropas") is an event on the day it was made,
as it is when the plan is told by a noun ("anunció el jueves el envío de 400 soldados"); a
noun of intent before the infinitive ("its decision to deploy", "sa décision de déployer",
"su decisión de desplegar") makes the happening planned. Before, such sentences gave no
event. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2018, 6, 24)  # a Sunday: the Monday before is the 18th


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The government announced in March that it would deploy troops.", "en", "2018-03", id="en-would"),
        pytest.param("Ottawa announced on Monday its decision to deploy an air task force.", "en", "2018-06-18",
                     id="en-decision-to"),
        pytest.param("Le gouvernement a annoncé lundi qu'il enverra des troupes.", "fr", "2018-06-18", id="fr-enverra"),
        pytest.param("Ottawa avait annoncé en mars sa décision de déployer une force d'appui aérienne.", "fr", "2018-03",
                     id="fr-decision-de"),
        pytest.param("El gobierno anunció en marzo que desplegará tropas.", "es", "2018-03", id="es-desplegara"),
        pytest.param("Ottawa anunció el lunes su decisión de desplegar una fuerza aérea.", "es", "2018-06-18",
                     id="es-decision-de"),
    ],
)
def test_the_announcement_of_an_undated_plan_is_dated(sentence, language, date):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [(date, "announcement")]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The government announced in March that it would deploy troops in May.", "en",
                     [("2018-03", "announcement"), ("2019-05", "deployment")], id="en-plan-dated"),
    ],
)
def test_a_dated_plan_keeps_its_own_day(sentence, language, expected):
    assert sorted((e.date, e.kind) for e in body_events(sentence, language, ANCHOR)) == sorted(expected)
