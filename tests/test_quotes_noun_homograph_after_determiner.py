"""A speech verb's present form that is also a noun ("annonce", "note", "réplique"), printed
after a determiner and before the link of a noun's complement ("L'annonce de X a surpris...",
"cette note du ministère", "la réplique de l'armée"), is the noun: the sentence reports no
words (tests/corpus/README.md: a quote is direct or reported speech). The verb with its
subject before still reports. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("L'annonce de Paul Durand a surpris les diplomates à New York.", id="l-annonce-de"),
        pytest.param("Cette annonce de Paul Durand a surpris les diplomates.", id="cette-annonce-de"),
        pytest.param("La note de Paul Durand a circulé à New York pendant la réunion.", id="la-note-de"),
        pytest.param("Une annonce du ministère malien a suivi la réunion de Bamako.", id="une-annonce-du"),
        pytest.param("La réplique de Paul Durand a été immédiate à New York.", id="la-replique-de"),
    ],
)
def test_the_noun_reports_nothing(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Paul Durand annonce que la base de Bria fermera en juin.", "Paul Durand", id="annonce-que"),
        pytest.param("La MINUSCA annonce l'ouverture d'une enquête sur l'attaque de Bria.", "MINUSCA",
                     id="annonce-object"),
        pytest.param("« La base fermera en juin », note le colonel Paul Durand.", "Paul Durand", id="note-inverted"),
    ],
)
def test_the_verb_still_reports(text, speaker):
    assert quotes(text) == [speaker]
