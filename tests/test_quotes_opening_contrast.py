"""Quotes: two reports in one sentence whose contrast conjunction opens it, the first clause
closed by a comma ("While X said ..., Y said ...", "Tandis qu'X a affirmé ..., Y a assuré ...",
"Mientras X afirmó ..., Y aseguró ..."): one quote per speaker, as when the conjunction comes
second. A verb of characterising with its judgement ("X called the attack heinous") reports
in either clause. An opening clause with no report stays part of the one quote. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str):
    return extract(text, None).quotes


@pytest.mark.parametrize(
    "text, first, second",
    [
        pytest.param("While Anna Berg said the checkpoint was calm, Pierre Lanvin said shots were heard at dawn.",
                     "Anna Berg", "Pierre Lanvin", id="en-while-said"),
        pytest.param("Whereas Anna Berg called the shelling heinous, Pierre Lanvin called it a provocation.",
                     "Anna Berg", "Pierre Lanvin", id="en-whereas-called"),
        pytest.param("Anna Berg called the shelling horrifying, while Pierre Lanvin called it a provocation.",
                     "Anna Berg", "Pierre Lanvin", id="en-called-then-while"),
        pytest.param("Tandis qu'Anna Berg a affirmé que le poste était calme, Pierre Lanvin a assuré que des tirs avaient éclaté.",
                     "Anna Berg", "Pierre Lanvin", id="fr-tandis-qu"),
        pytest.param("Alors que Anna Berg a affirmé que le poste était calme, Pierre Lanvin a assuré que des tirs avaient éclaté.",
                     "Anna Berg", "Pierre Lanvin", id="fr-alors-que"),
        pytest.param("Mientras Anna Berg afirmó que el puesto estaba tranquilo, Pedro Salas aseguró que hubo disparos.",
                     "Anna Berg", "Pedro Salas", id="es-mientras"),
        pytest.param("Mientras que Anna Berg afirmó que el puesto estaba tranquilo, Pedro Salas aseguró que hubo disparos.",
                     "Anna Berg", "Pedro Salas", id="es-mientras-que"),
    ],
)
def test_each_clause_goes_to_its_own_speaker(text, first, second):
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [first, second], quotes
    assert quotes[0].sentence != quotes[1].sentence


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the opening clause reports nothing: one quote
        pytest.param("While visiting the camp at Bor, Anna Berg said the road was closed.", "Anna Berg", id="en-no-report"),
        pytest.param("Alors que la pluie tombait sur Bria, Anna Berg a affirmé que la route était fermée.", "Anna Berg",
                     id="fr-no-report"),
    ],
)
def test_an_opening_clause_with_no_report_stays_one_quote(text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]
