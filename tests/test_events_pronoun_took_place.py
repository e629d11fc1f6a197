"""Events: a sentence that takes up the happening just told by a pronoun as the subject of a
verb of happening ("Esto ocurrió el jueves por la mañana", "Ello sucedió el martes", "This
took place on Thursday", "It happened on Tuesday night") gives that happening its day, as
"Los hechos ocurrieron el jueves" and "The incident took place on Thursday" already did. Before,
the pronoun named no happening, so the day dated nothing and the happening kept the
article's day. One happening, one event: the retelling adds none.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2021, 9, 24)  # a Friday: Thursday is the 23rd, Tuesday the 21st
LEAD = {"en": "Nothing at all.", "es": "Nada de nada."}
AFTER = {"en": "Nothing else was said.", "es": "No se dijo nada más."}


def dates(sentences: list[str], language: str) -> list[str]:
    told = [LEAD[language], *sentences, AFTER[language]]
    return [str(e.date) for e in article_events(told, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["Hombres armados atacaron un puesto de la misión cerca de Bambari.",
                      "Esto ocurrió el jueves por la mañana, según fuentes locales."], "es", ["2021-09-23"], id="es-esto-ocurrio"),
        pytest.param(["Un casco azul resultó herido por la explosión de una mina en la carretera de Gao.",
                      "Ello sucedió el martes, durante una patrulla de rutina."], "es", ["2021-09-21"], id="es-ello-sucedio"),
        pytest.param(["Gunmen attacked a mission post near Bambari.",
                      "This took place on Thursday morning, local sources said."], "en", ["2021-09-23"], id="en-this-took-place"),
        pytest.param(["A peacekeeper was wounded when a mine exploded on the road to Gao.",
                      "It happened on Tuesday during a routine patrol."], "en", ["2021-09-21"], id="en-it-happened"),
    ],
)
def test_the_pronoun_retelling_gives_the_day(sentences, language, expected):
    assert dates(sentences, language) == expected


def kinds(sentences: list[str], language: str) -> list[tuple[str, str]]:
    told = [LEAD[language], *sentences, AFTER[language]]
    return [(e.kind, str(e.date)) for e in article_events(told, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["Gunmen attacked a mission post near Bambari.",
                      "It is not the first time this happened: in 2019 a patrol was ambushed near Gao."], "en",
                     ("attack", "2019"), id="en-this-happened-then-an-ambush"),
        pytest.param(["Hombres armados atacaron un puesto de la misión cerca de Bambari.",
                      "Ya antes esto ocurrió: en 2019 unos rebeldes atacaron una patrulla cerca de Gao."], "es",
                     ("attack", "2019"), id="es-esto-ocurrio-then-an-ambush"),
    ],
)
def test_a_verb_saying_what_happened_outranks_the_pronoun_retelling(sentences, language, expected):
    """A sentence holding both a pronoun retelling and a verb of a kind it agrees with tells
    what happened by that verb: the happening keeps its kind, not "incident"."""
    found = kinds(sentences, language)
    assert expected in found and not any(kind == "incident" for kind, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Desde el martes, esto pasó a ser una prioridad para la misión.", id="pasar-a-ser"),
        pytest.param("El martes todo esto pasó desapercibido para la prensa local.", id="pasar-desapercibido"),
    ],
)
def test_esto_paso_telling_no_happening_is_no_event(sentence):
    """"Pasar" also tells becoming ("pasó a ser") or going unnoticed ("pasó desapercibido"):
    "esto pasó" is no retelling of a happening, and its day dates none."""
    assert kinds([sentence], "es") == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("It occurred to the commander on Tuesday that the base was exposed.", id="occurred-to-the-commander"),
        pytest.param("On Tuesday it occurred to nobody in the mission that the road was mined.", id="occurred-to-nobody"),
    ],
)
def test_it_occurred_to_telling_a_thought_is_no_event(sentence):
    """"It occurred to" tells a thought coming to someone, no happening retold: its day dates
    no event."""
    assert kinds([sentence], "en") == []
