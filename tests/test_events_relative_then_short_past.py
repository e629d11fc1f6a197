"""Events: a relative clause on the subject with no comma to close it ("A guard who was hurt on
Saturday died on Tuesday") ends where the main verb begins, also when that verb is a past too
short for the participle's shape ("died", "fled"), and a weekday ending as a participle does
("el sábado") opens no verb group: the main verb's day dates the main event, as
in French and Spanish ("est mort mardi", "murió el martes"). Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 9)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A customs officer who was hurt on Saturday died on Tuesday in hospital.", "en", id="en-died"),
        pytest.param("A nurse who had been wounded on Saturday died on Tuesday.", "en", id="en-died-pluperfect"),
        pytest.param("Un douanier qui avait été blessé samedi est mort mardi à l'hôpital.", "fr", id="fr-est-mort"),
        pytest.param("Un aduanero que fue herido el sábado murió el martes en el hospital.", "es", id="es-murio"),
        # a weekday ending as a participle does ("sábado") opens no verb group
        pytest.param("Una enfermera que resultó herida el sábado falleció el martes.", "es", id="es-sabado"),
    ],
)
def test_the_main_verb_after_the_relative_clause_gives_the_first_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert (events[0].kind, events[0].date) == ("casualty", "2024-05-07")


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Families who fled on Saturday returned on Tuesday.", "en", "2024-05-07", id="en-fled"),
    ],
)
def test_a_short_past_in_the_relative_clause_is_no_main_verb(sentence, language, expected):
    assert body_events(sentence, language, ANCHOR)[0].date == expected
