"""Events: "since" followed by a date ("deployed since 11 May", "déployé depuis le 11 mai",
"desplegado desde el 11 de mayo") is a phrase bounding a span, not a clause: the verb after
it ("was attacked on Wednesday") is the main clause's and tells the sentence's happening,
and the span's start is no event. Before, the attack was read as part of a "since" clause
and the sentence gave a deployment of 11 May, or nothing. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2018, 5, 17)  # a Thursday: the Wednesday before is the 16th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The contingent deployed since 11 May in Kalemie was attacked on Wednesday by militiamen.", "en",
                     id="en"),
        pytest.param("Le contingent déployé depuis le 11 mai à Kalemie a été attaqué mercredi par des miliciens.", "fr",
                     id="fr"),
        pytest.param("El contingente desplegado desde el 11 de mayo en Kalemie fue atacado el miércoles por milicianos.",
                     "es", id="es"),
    ],
)
def test_the_verb_after_a_since_date_tells_the_happening(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2018-05-16", "attack")]


@pytest.mark.parametrize(
    "sentence, language, year",
    [
        pytest.param("Its troops have served there since 2013, when the first battalion was sent to Gao.", "en", "2013",
                     id="en-since-when"),
        pytest.param("Les troupes servent depuis 2013, quand le premier bataillon a été envoyé à Gao.", "fr", "2013",
                     id="fr-depuis-quand"),
    ],
)
def test_since_a_year_when_something_happened_still_dates_it(sentence, language, year):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [(year, "deployment")]
