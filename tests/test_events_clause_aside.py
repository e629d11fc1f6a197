"""Events: a short bracketed aside inside a subordinate clause ("the UN force (UNIFIL)", "la
Force intérimaire (FINUL)") does not end it: a verb after the aside, joined by "and", "et",
"y", belongs to the same clause and gives the sentence no kind of its own ("a trip to
Lebanon in which she will visit the force (UNIFIL) and meet the president" is a visit). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import event_kind, event_words


@pytest.mark.parametrize(
    "sentence, language, verb",
    [
        pytest.param("La ministra inicia el lunes un viaje de tres días a Malí en el que visitará a la misión de la ONU "
                     "(MINUSMA) y se reunirá con el presidente de transición.", "es", "se reunirá", id="es"),
        pytest.param("La ministre entame lundi un voyage de trois jours au Mali au cours duquel elle visitera la mission "
                     "(MINUSMA) et rencontrera le président de la transition.", "fr", "rencontrera", id="fr"),
    ],
)
def test_a_verb_after_a_bracketed_aside_stays_in_the_clause(sentence, language, verb):
    word = next(w for w in event_words(sentence, language) if sentence[w.start:w.end].lower() == verb)
    assert word.subordinate


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La ministra inicia el lunes un viaje de tres días a Malí en el que visitará a la misión de la ONU "
                     "(MINUSMA) y se reunirá con el presidente de transición.", "es", id="es"),
        pytest.param("La ministre entame lundi un voyage de trois jours au Mali au cours duquel elle visitera la mission "
                     "(MINUSMA) et rencontrera le président de la transition.", "fr", id="fr"),
    ],
)
def test_the_trip_is_the_happening(sentence, language):
    assert event_kind(sentence, language)[0] == "visit"


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        # a long bracket is no aside: what follows it is told on its own
        pytest.param("Los soldados que llegaron a Gao (tras un viaje de tres días por carretera desde la capital del país) "
                     "se reunieron con el gobernador el martes.", "es", "meeting", id="es-long-bracket"),
    ],
)
def test_a_long_bracket_still_ends_the_clause(sentence, language, kind):
    assert event_kind(sentence, language)[0] == kind
