"""Events: a count back from the article's date ("three years ago", "hace tres años", "il y a
trois ans", "cách đây 3 năm") dates the happening it follows when the words nearer it tell the
same happening in a kind of its family (vocabulary "event_kind_families": an earthquake that
"struck", an attack that "killed"); a toll's cause nearer the count still takes it ("died of
wounds suffered in an ambush three months ago": the ambush's). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("An earthquake struck the south of Haiti three years ago.", "en", "disaster", id="en-struck"),
        pytest.param("An attack killed ten peacekeepers near Gao three years ago.", "en", "attack", id="en-attack-killed"),
        pytest.param("Un terremoto sacudió el sur de Haití hace tres años y mató a miles de personas.", "es", "disaster",
                     id="es-sacudio-y-mato"),
        pytest.param("Un ataque mató a diez cascos azules cerca de Gao hace tres años.", "es", "attack", id="es-ataque-mato"),
        pytest.param("Une attaque a tué dix Casques bleus près de Gao il y a trois ans.", "fr", "attack", id="fr-attaque-tue"),
    ],
)
def test_a_count_back_dates_a_happening_told_by_words_of_its_family(sentence, language, kind):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [(kind, "2020")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A police officer died of wounds suffered in an ambush three months ago, the mission said.", "en", id="en"),
        pytest.param("Un policía murió de las heridas sufridas en una emboscada hace tres meses, dijo la misión.", "es", id="es"),
    ],
)
def test_a_toll_is_not_dated_by_its_causes_count(sentence, language):
    assert "2023-02" not in [e.date for e in body_events(sentence, language, ANCHOR) if e.kind == "casualty"]
