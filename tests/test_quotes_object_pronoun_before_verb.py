"""French object pronouns print as articles ("le", "la", "les", "l'"): before a speech verb's
form that is also a noun, followed by "de" or "d'", the word is the pronoun and the form the
verb where a subject ends right before it ("le général l'affirme d'une voix ferme", "il le
souligne d'ailleurs"): the sentence reports (tests/corpus/README.md: a quote is direct or
reported speech). After a preposition, a verb or at the sentence's start the word is the
article and the form a noun ("Après l'annonce de X", "a salué l'annonce de X"): nothing is
reported. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La route de Bunia reste fermée, et le colonel Marc Lemaire l'affirme d'une voix ferme.",
                     "Marc Lemaire", id="name-l-affirme-d"),
        pytest.param("La Monusco l'indique d'ailleurs dans un communiqué : la route de Bunia reste fermée.", "MONUSCO",
                     id="body-l-indique-d"),
        pytest.param("Le colonel Marc Lemaire le souligne d'emblée : la route de Bunia reste fermée.", "Marc Lemaire",
                     id="name-le-souligne-d"),
        pytest.param("Le colonel Marc Lemaire est arrivé à Bunia lundi. Il le rappelle d'ailleurs : la route reste fermée.",
                     "Marc Lemaire", id="pronoun-le-rappelle-d"),
    ],
)
def test_object_pronoun_leaves_the_verb(text, speaker):
    assert quotes(text)[-1:] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Après l'annonce de Marc Lemaire, les habitants de Bunia ont quitté la ville.", id="after-preposition"),
        pytest.param("Les habitants de Bunia ont salué l'annonce de Marc Lemaire.", id="after-participle"),
        pytest.param("L'annonce de Marc Lemaire a surpris les habitants de Bunia.", id="opening"),
    ],
)
def test_article_before_the_noun_reports_nothing(text):
    assert quotes(text) == []
