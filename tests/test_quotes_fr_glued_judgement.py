"""Quotes: a French judgement glued to the elided link of a characterising verb ("l'a
qualifiée d'odieuse", "la qualifiant d'inacceptable", "a qualifié l'embuscade d'ignoble") is
the speaker's words, as one after "de " is (quotes.yaml "characterising_verbs"). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Le maire Luc Berthier a visité Bria jeudi. Il l'a qualifiée d'odieuse devant la presse.",
                     "qualifiée d'odieuse", "Luc Berthier", id="pronoun-l-a-qualifiee-d-odieuse"),
        pytest.param("Le Tchad a dénoncé l'embuscade de Bria, la qualifiant d'inacceptable.",
                     "qualifiant d'inacceptable", "Chad", id="participle-la-qualifiant-d"),
        pytest.param("Le colonel Luc Berthier a qualifié l'embuscade d'ignoble.",
                     "embuscade d'ignoble", "Luc Berthier", id="object-then-d-ignoble"),
    ],
)
def test_the_glued_judgement_reports(text, says, speaker):
    assert speakers_of("fr", text, says) == [speaker]


def test_a_qualified_worker_is_no_judgement():
    text = "Le personnel qualifié d'origine tchadienne a réparé la route de Bria."
    assert speakers_of("fr", text, "personnel") == []
