"""Events: a later sentence naming an incident with an indefinite determiner ("Last Monday,
an assault on the camp...", "Lundi dernier, un assaut...", "El lunes pasado, otro ataque...")
tells a new happening: the lead, dated by the article's date only, does not take its day.
A definite one ("the assault took place on Monday") still dates the lead. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events
from newsdossier.events import introduces_new, event_words

ANCHOR = PartialDate(2021, 9, 16)  # a Thursday


def dates_of(sentences: list[str], language: str) -> list[str]:
    return sorted(e.date for e in article_events(sentences, language, ANCHOR, wire_day=False))


@pytest.mark.parametrize(
    "lead, later, language",
    [
        pytest.param("Three soldiers of the force died when their truck hit a mine.",
                     "Last Monday, an assault on a camp of the force killed a medic in the north.", "en", id="en"),
        pytest.param("Trois soldats de la force sont morts quand leur camion a heurté une mine.",
                     "Lundi dernier, un assaut contre un camp de la force a tué un infirmier dans le nord.", "fr", id="fr"),
    ],
)
def test_an_incident_named_anew_keeps_its_own_day(lead, later, language):
    assert dates_of([lead, later], language) == ["2021-09", "2021-09-13"]


@pytest.mark.parametrize(
    "sentence, language, noun, expected",
    [
        pytest.param("Last Monday, an assault on the camp killed a medic.", "en", "assault", True, id="en-an"),
        pytest.param("The assault took place on Monday.", "en", "assault", False, id="en-the"),
        pytest.param("El lunes pasado, otro ataque contra el campamento mató a un enfermero.", "es", "ataque", True, id="es-otro"),
    ],
)
def test_which_nouns_name_a_new_happening(sentence, language, noun, expected):
    word = next(w for w in event_words(sentence, language) if sentence[w.start:w.end].lower() == noun)
    assert introduces_new(sentence, word, language) is expected
