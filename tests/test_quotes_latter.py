"""Words standing for the last person named after a speech verb ("a précisé ce dernier",
"añadió este último", "the latter said") give that person as the speaker. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("fr", ['"Le camp a été attaqué pendant la nuit", a témoigné le sergent Paul Girard.',
                            '"Nous resterons sur place", a précisé ce dernier.'], "Paul Girard", id="fr-ce-dernier"),
        pytest.param("fr", ['"Le camp a été attaqué pendant la nuit", a témoigné la sergente Paule Girard.',
                            '"Nous resterons sur place", a précisé mardi cette dernière.'], "Paule Girard", id="fr-mardi-cette-derniere"),
        pytest.param("es", ['"El campamento fue atacado de noche", relató el sargento Pablo Gil.',
                            '"Nos quedaremos aquí", precisó este último.'], "Pablo Gil", id="es-este-ultimo"),
    ],
)
def test_the_latter_is_the_last_person_named(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "language, paragraphs",
    [
        pytest.param("fr", ["Le sergent Paul Girard a quitté le camp mardi.",
                            '"Nous resterons sur place", a déclaré ce dernier week-end le ministre Jean Dupont.'], id="fr-ce-dernier-week-end"),
        pytest.param("fr", ["Le sergent Paul Girard a quitté le camp mardi.",
                            '"Nous resterons sur place", a annoncé cette dernière semaine la ministre Jeanne Dupont.'], id="fr-cette-derniere-semaine"),
        pytest.param("es", ["El sargento Pablo Gil dejó el campamento el martes.",
                            '"Nos quedaremos aquí", dijo este último fin de semana el ministro Juan Pérez.'], id="es-este-ultimo-fin-de-semana"),
        pytest.param("en", ["Sergeant Paul Gray left the camp on Tuesday.",
                            '"We will stay here," said the latter half of the delegation.'], id="en-the-latter-half"),
    ],
)
def test_latter_words_before_a_noun_are_a_determiner_not_the_last_person(language, paragraphs):
    # "ce dernier week-end", "este último fin de semana": a time or a part named, so the
    # person named before is not the speaker
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker not in ("Paul Girard", "Pablo Gil", "Paul Gray")


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("fr", ['"Le camp a été attaqué pendant la nuit", a témoigné le sergent Paul Girard.',
                            '"Nous resterons sur place", a précisé ce dernier à la radio.'], "Paul Girard", id="fr-ce-dernier-a"),
        pytest.param("es", ['"El campamento fue atacado de noche", relató el sargento Pablo Gil.',
                            '"Nos quedaremos aquí", precisó este último el martes.'], "Pablo Gil", id="es-este-ultimo-el-martes"),
    ],
)
def test_latter_words_before_a_function_word_or_a_day_stay_the_last_person(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker
