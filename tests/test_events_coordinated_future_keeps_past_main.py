"""Events: a past happening followed by a clause joined by "and" ("y", "et", "và") that speaks
of the future ("Dos guardias murieron el jueves y sus restos serán enviados a casa el martes")
keeps its own tense: the deaths fell on the Thursday just past and are no planned happening;
only the joined clause is. The future of a main verb before the conjunction still makes it
planned, and a noun's future may follow it across one. In ES, FR (EN as control). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

WEDNESDAY = PartialDate(2021, 3, 17)


def told(sentence: str, language: str) -> list[tuple[str, str, bool]]:
    """The (date, kind, announced) of the events one sentence tells, deep in an article's body."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted((e.date, e.kind, bool(e.announced)) for e in find_events(sentences, WEDNESDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Dos guardias murieron el lunes y sus restos serán enviados a casa el sábado.", "es", id="es-remains"),
        pytest.param("Tres policías murieron el lunes y sus familias serán recibidas por el ministro el sábado.", "es",
                     id="es-other-verb"),
        pytest.param("Un casco azul murió el lunes e informarán a su familia el sábado.", "es", id="es-e"),
        pytest.param("Deux gardes sont morts lundi et leurs restes seront renvoyés chez eux samedi.", "fr", id="fr"),
        pytest.param("Two guards died on Monday and their remains will be sent home on Saturday.", "en", id="en-control"),
    ],
)
def test_past_deaths_before_a_future_clause_keep_the_day_just_past(sentence, language):
    found = [(date, announced) for date, _kind, announced in told(sentence, language)]
    assert ("2021-03-15", False) in found
    assert ("2021-03-22", True) not in found  # the Monday to come: the deaths read as planned


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El ministro llegará a Bamako el sábado y visitará el campamento.", "es", id="es-verb"),
        pytest.param("Le ministre arrivera à Bamako samedi et visitera le camp.", "fr", id="fr-verb"),
    ],
)
def test_a_future_main_verb_stays_planned(sentence, language):
    assert any(date == "2021-03-20" and announced for date, _kind, announced in told(sentence, language))
