"""Events: the active verbs of a killing or a wounding ("la explosión mató a un soldado"),
a present "kills" of a headline, and a French coup told in the pluperfect or by a participle
("avait renversé", "renversé par"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words, find_events
from eventcases import FILLER

ANCHOR = PartialDate(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Un francotirador mató el martes a dos soldados de la misión.", "es", ("casualty", "2024-03-12"), id="es-mato"),
        pytest.param("Los rebeldes mataron el martes a tres civiles en la aldea.", "es", ("casualty", "2024-03-12"), id="es-mataron"),
        pytest.param("Un desconocido hirió el martes a un policía de la misión.", "es", ("casualty", "2024-03-12"), id="es-hirio"),
        pytest.param("Sniper kills two soldiers near the border on Tuesday.", "en", ("casualty", "2024-03-12"), id="en-kills"),
    ],
)
def test_a_killing_verb_dates_a_casualty(sentence, language, expected):
    assert [(e.kind, e.date) for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, language)[0]] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("En 2013, la milice avait renversé le président élu.", id="pluperfect"),
        pytest.param("En 2013, le président, renversé par la milice, a fui le pays.", id="participle-by"),
    ],
)
def test_a_french_coup_in_the_pluperfect_or_by_a_participle_is_a_conflict(sentence):
    assert "conflict" in [w.kind for w in event_words(sentence, "fr")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La mata de romero creció junto al muro.", "es", id="es-mata-a-bush"),
        pytest.param("Los matorrales cubren la colina desde hace años.", "es", id="es-no-verb"),
        pytest.param("Le renversement de tendance se confirme.", "fr", id="fr-no-coup"),
    ],
)
def test_words_that_only_look_like_a_killing_or_a_coup_name_no_event(sentence, language):
    assert [w for w in event_words(sentence, language) if w.kind in {"casualty", "conflict"}] == []
