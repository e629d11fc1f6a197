"""Events: the statement that carried the news stays how it was told when the verb of saying
has its object before it ("confirmed the toll in a statement, adding that ...", "a confirmé
ce bilan dans un communiqué"): the happening is the one the statement tells, with its day.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import told_through

from eventcases import body_events

ANCHOR = PartialDate(2016, 3, 22)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The navy confirmed the figures in a statement, adding that a patrol had driven off "
                     "another attack on Saturday.", "en", id="en"),
        pytest.param("La marine a confirmé ces chiffres dans un communiqué, ajoutant qu'une patrouille avait "
                     "repoussé une autre attaque samedi.", "fr", id="fr"),
        pytest.param("La marina confirmó las cifras en un comunicado, y añadió que una patrulla había "
                     "repelido otro ataque el sábado.", "es", id="es"),
    ],
)
def test_the_happening_told_after_a_statement_with_an_object_keeps_its_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("attack", "2016-03-19")]


@pytest.mark.parametrize(
    "sentence, language, noun",
    [
        pytest.param("The navy confirmed the figures in a statement.", "en", "statement", id="en"),
        pytest.param("La marine a confirmé ces chiffres dans un communiqué.", "fr", "communiqué", id="fr"),
        pytest.param("La marina confirmó las cifras en un comunicado.", "es", "comunicado", id="es"),
    ],
)
def test_a_statement_after_the_object_of_saying_is_how_it_was_told(sentence, language, noun):
    assert told_through(sentence, sentence.index(noun), language)
