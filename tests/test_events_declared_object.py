"""Events: a verb of declaring with a day and then an event noun as its object, only an
indefinite article between ("declaró en marzo de 2019 un alto el fuego", "a proclamé en mars
2019 une trêve"), dates the declared happening, not a telling. English is left out: "said
Tuesday a convoy was hit" opens what was said. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import declared_object, event_words, find_events
from eventcases import FILLER

ANCHOR = PartialDate(2024, 1, 16)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El gobierno declaró en marzo de 2019 un alto el fuego en todo el país.", "es", id="es"),
        pytest.param("Le gouvernement a déclaré en mars 2019 un cessez-le-feu dans tout le pays.", "fr", id="fr"),
    ],
)
def test_a_declared_happening_takes_the_day(sentence, language):
    assert [e.date for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, language)[0]] == ["2019-03"]


@pytest.mark.parametrize(
    "sentence, language, end",
    [
        pytest.param("El portavoz declaró el martes que el alto el fuego se mantiene.", "es", len("El portavoz declaró el martes"), id="es-que"),
        pytest.param("The spokesman said Tuesday a ceasefire was holding.", "en", len("The spokesman said Tuesday"), id="en-left-out"),
    ],
)
def test_a_telling_keeps_its_day(sentence, language, end):
    assert declared_object(sentence, end, event_words(sentence, language), language) is False
