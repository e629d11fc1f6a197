"""Events: a French toll inside a happening dated by a count back takes that day whatever
form the preposition linking them takes: elided before a vowel ("tués lors d'une embuscade
il y a trois jours", "au cours d'une attaque", with a straight or a curly apostrophe) or
"durant", as "lors de l'attaque" and "dans une embuscade" already do (vocabulary
"toll_in_happening_prepositions"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2023, 6, 9)


def dated_kinds(sentence: str, language: str = "fr") -> list[tuple[str, str]]:
    """The (date, kind) of the events one sentence tells, deep in an article's body, sorted."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted((e.date, e.kind) for e in find_events(sentences, FRIDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, date",
    [
        pytest.param("Deux casques bleus ont été tués lors d'une embuscade il y a trois jours.", "2023-06-06", id="lors-d"),
        pytest.param("Deux casques bleus ont été tués lors d\u2019une embuscade il y a trois jours.", "2023-06-06", id="lors-d-curly"),
        pytest.param("Un soldat a été tué au cours d'une attaque il y a deux semaines.", "2023-05-26", id="au-cours-d"),
        pytest.param("Un soldat a été tué durant une attaque il y a deux semaines.", "2023-05-26", id="durant"),
    ],
)
def test_an_elided_preposition_puts_the_toll_in_the_happening_counted_back(sentence, date):
    assert dated_kinds(sentence) == [(date, "casualty")]


@pytest.mark.parametrize(
    "sentence, date",
    [
        pytest.param("Deux casques bleus ont été tués lors de l'attaque il y a trois jours.", "2023-06-06", id="lors-de-l"),
        pytest.param("Trois casques bleus ont été tués dans une embuscade il y a trois jours.", "2023-06-06", id="dans"),
    ],
)
def test_the_unelided_prepositions_still_do(sentence, date):
    assert dated_kinds(sentence) == [(date, "casualty")]
