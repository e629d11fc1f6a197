"""Events: a verb of stance frames the happening named right after it ("condemned on Tuesday
the attack"), with only articles, prepositions and words of a day between; other words
between ("condemned remarks about the attack") make the stance about something else.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import event_words, stance_object_gap


def stance_framed(sentence: str, language: str) -> bool:
    return next(w for w in event_words(sentence, language) if w.kind == "announcement").frame


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister condemned on Tuesday the attack on the base.", "en", id="en-day-article"),
        pytest.param("Le ministre a déploré ce mardi l'attaque contre la base.", "fr", id="fr-ce-mardi"),
        pytest.param("El ministro condenó este martes el ataque contra la base.", "es", id="es-este-martes"),
    ],
)
def test_stance_before_its_object_frames_it(sentence, language):
    assert stance_framed(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister condemned remarks about the attack on Tuesday.", "en", id="en-remarks"),
        pytest.param("The minister condemned rebels behind the attack on Tuesday.", "en", id="en-rebels"),
        pytest.param("Le ministre a déploré ces propos sur l'attaque de mardi.", "fr", id="fr-propos"),
        pytest.param("El ministro condenó las mentiras sobre el ataque del martes.", "es", id="es-mentiras"),
    ],
)
def test_stance_about_something_else_frames_nothing(sentence, language):
    assert not stance_framed(sentence, language)


@pytest.mark.parametrize(
    "gap, expected",
    [
        pytest.param(" on Tuesday the ", True, id="day-and-article"),
        pytest.param(" mardi la ", True, id="mardi-la"),
        pytest.param(" hier l'", True, id="hier-l"),
        pytest.param(" remarks about the ", False, id="noun-between"),
        pytest.param(" today the long ", False, id="adjective-between"),
    ],
)
def test_stance_object_gap(gap, expected):
    assert stance_object_gap(gap) is expected
