"""An adverb strengthened by "tout" between the auxiliary and the participle of a French
compound speech verb ("a tout simplement estimé que", "a tout naturellement affirmé que") leaves
the verb whole, as a single adverb does ("a simplement estimé que"): the clause is reported,
its subject speaks (tests/corpus/README.md: reported speech). Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Paul Durand a tout simplement estimé que la base de Bria devait fermer.", "Paul Durand",
                     id="tout-simplement"),
        pytest.param("Paul Durand a tout naturellement affirmé que la base de Bria resterait ouverte.", "Paul Durand",
                     id="tout-naturellement"),
        pytest.param("Paul Durand a tout bonnement nié que la base de Bria allait fermer.", "Paul Durand",
                     id="tout-bonnement"),
    ],
)
def test_the_verb_reports_across_tout_and_its_adverb(text, speaker):
    assert [(q.speaker, q.kind) for q in extract(text, None).quotes] == [(speaker, "reported")]
