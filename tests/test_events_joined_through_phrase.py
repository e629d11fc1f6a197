"""Events: two happenings joined by "and" ("two were killed during an attack on the camp at
Ber and four were wounded in an attack near Konna") are two, also when the first is named in
a phrase opened by a marker of time ("during", "lors de", "durante") rather than by "in": the
marker opens a phrase of the main clause, not a clause, and the conjunction followed by a verb
of its own opens another clause. French names a new happening after an elided "de" too
("lors d'une attaque"). One happening told with two verbs stays one.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2018, 10, 28)  # a Sunday: Saturday is the 27th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two peacekeepers were killed on Saturday during an attack on a camp in Timbuktu and four peacekeepers "
                     "were injured in an attack near Mopti.", "en", id="en-during"),
        pytest.param("Deux Casques bleus ont été tués samedi lors d'une attaque contre un camp à Tombouctou et quatre Casques bleus "
                     "ont été blessés dans une attaque près de Mopti.", "fr", id="fr-lors-de"),
        pytest.param("Dos cascos azules murieron el sábado durante un ataque contra un campamento en Tombuctú y cuatro cascos "
                     "azules resultaron heridos en un ataque cerca de Mopti.", "es", id="es-durante"),
    ],
)
def test_two_attacks_joined_after_a_phrase_of_time_are_two(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [e.date for e in events] == ["2018-10-27", "2018-10-27"]
    assert "Mopti" in (events[1].place or "")


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two peacekeepers were killed and four were injured on Saturday during an attack on a camp in Ber.",
                     "en", id="en-one-attack"),
        pytest.param("Dos cascos azules murieron el sábado durante un ataque en Ber, en el que otros cuatro resultaron heridos.",
                     "es", id="es-one-attack"),
    ],
)
def test_one_attack_told_with_two_verbs_stays_one(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2018-10-27"]
