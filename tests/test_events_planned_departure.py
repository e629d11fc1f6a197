"""Events: a departure told by its infinitive after a verb of plan ("is set to depart on
Monday", "doit partir lundi", "va partir le 22 septembre") is a planned deployment on that
day; "à partir de lundi" (from Monday on) stays none. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 9, 20)  # a Saturday: the Monday after is the 22nd


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The field hospital is set to depart for Bentiu on Monday.", "en", id="en-set-to-depart"),
        pytest.param("The engineers will depart from Hanoi on Monday.", "en", id="en-will-depart"),
        pytest.param("Le détachement doit partir lundi pour Bentiu.", "fr", id="fr-doit-partir"),
        pytest.param("Le détachement va partir le 22 septembre pour Bentiu.", "fr", id="fr-va-partir"),
    ],
)
def test_a_planned_departure_is_a_deployment_on_its_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date, e.announced) for e in events] == [("deployment", "2025-09-22", True)]


def test_from_a_day_on_is_no_departure():
    assert body_events("Les effectifs seront réduits à partir de lundi.", "fr", ANCHOR) == []
