"""Quotes: verbs of making known report with what was made known after them ("dio a conocer
que...", "hizo saber que...", "made clear that...", "made it clear that..."), as "a fait
savoir que" already did; with a thing for object ("dio a conocer el informe", "made clear
his position") they report nothing (quotes.yaml speech_verbs, verbs_needing_complement). A
demand in the present plural ("exigent", "réclament") reports as "a exigé" does. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("El jefe de la misión, Pedro Ruiz, dio a conocer que las patrullas se reanudarán el lunes.", "Pedro Ruiz",
                     id="es-dio-a-conocer"),
        pytest.param("Pedro Ruiz hizo saber que las patrullas se reanudarán el lunes.", "Pedro Ruiz", id="es-hizo-saber"),
        pytest.param("Peter Ruiz made clear that patrols will resume on Monday.", "Peter Ruiz", id="en-made-clear"),
        pytest.param("Peter Ruiz made it clear that patrols will resume on Monday.", "Peter Ruiz", id="en-made-it-clear"),
        pytest.param("Des manifestants exigent le départ de la mission.", "", id="fr-exigent"),
    ],
)
def test_a_making_known_reports(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Pedro Ruiz dio a conocer el informe anual el lunes.", id="es-a-thing"),
        pytest.param("Peter Ruiz made clear his position on Monday.", id="en-a-thing"),
    ],
)
def test_a_thing_made_known_is_no_quote(text):
    assert extract(text, None).quotes == []
