"""Quotes: a French reflexive speech verb reports in the pluperfect as in the perfect ("s'est
inquiétée de" and "s'était inquiétée de", "s'est dit" and "s'était dit"): the writer tells
earlier words in that tense (quotes.yaml "pluperfect_auxiliaries"). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("En mars, la Minusca s'était inquiétée de la hausse « nette » des enlèvements près de Bria.",
                     "hausse", "MINUSCA", id="s-etait-inquietee"),
        pytest.param("La veille, le maire Luc Berthier s'était dit « soulagé » par le retour des patrouilles.",
                     "soulagé", "Luc Berthier", id="s-etait-dit"),
        pytest.param("Le colonel Luc Berthier s'était déclaré « prêt » à rouvrir la route de Bria.",
                     "rouvrir la route", "Luc Berthier", id="s-etait-declare"),
    ],
)
def test_the_reflexive_pluperfect_reports(text, says, speaker):
    assert speakers_of("fr", text, says) == [speaker]
