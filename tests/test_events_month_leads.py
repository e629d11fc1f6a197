"""Events: a month named alone after "during", "durante", "durant", or "the first days of"
("los primeros días de agosto") is a month mention; and the Spanish subjunctive and future
of arriving ("arribe", "arribarán") is an event word. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events, month_mentions
from eventcases import FILLER

ANCHOR = PartialDate(2025, 6, 20)


@pytest.mark.parametrize(
    "sentence, language, month",
    [
        pytest.param("Se prevé que la misión cierre durante julio.", "es", 7, id="es-durante"),
        pytest.param("El contingente llegará en los primeros días de agosto.", "es", 8, id="es-primeros-dias"),
        pytest.param("La relève aura lieu durant juillet.", "fr", 7, id="fr-durant"),
        pytest.param("The handover is planned during July.", "en", 7, id="en-during"),
    ],
)
def test_a_month_after_a_lead_word_is_a_mention(sentence, language, month):
    assert [m.value.month for m in month_mentions(sentence, language)] == [month]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Durante el mes pasado no hubo incidentes.", "es", id="es-no-month-name"),
        pytest.param("The talks went on during may be the longest session.", "en", id="en-lowercase-may"),
    ],
)
def test_no_month_name_after_a_lead_word_is_no_mention(sentence, language):
    assert month_mentions(sentence, language) == []


def test_a_planned_arrival_in_the_subjunctive_is_dated():
    sentence = "Se espera que el segundo grupo arribe a Montevideo durante julio."
    assert [(e.kind, e.date) for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, "es")[0]] == [("deployment", "2025-07")]
