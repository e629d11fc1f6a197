"""Quotes in Spanish: a connective of several words opening a clause whose speech verb has no
subject written ("Por eso indicó que...", "Sin embargo advirtió que..."), with or without a
comma, leaves the person speaking before as the subject, as a one-word adverb does
(quotes.yaml dropped_subject_connectives). A subject written after the connective speaks.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = "Pedro Gil, el embajador de Chile ante la ONU, dijo que las bandas están armadas. "


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Por eso indicó que la misión debe crecer.", "Pedro Gil", id="por-eso"),
        pytest.param("Sin embargo advirtió que la misión no basta.", "Pedro Gil", id="sin-embargo"),
        pytest.param("Por lo tanto pidió que el Consejo actúe pronto.", "Pedro Gil", id="por-lo-tanto"),
        pytest.param("Por ello, reclamó que la ayuda llegue a tiempo.", "Pedro Gil", id="por-ello-comma"),
        pytest.param("Por otro lado advirtió que la misión no basta.", "Pedro Gil", id="por-otro-lado"),
        pytest.param("Por el contrario afirmó que la tregua es frágil.", "Pedro Gil", id="por-el-contrario"),
        pytest.param("A pesar de ello insistió en que la misión debe quedarse.", "Pedro Gil", id="a-pesar-de-ello"),
        pytest.param("Aun así señaló que la ayuda no llega.", "Pedro Gil", id="aun-asi"),
        # near misses: a subject written after the connective is the speaker
        pytest.param("Por su parte, Ana Ruiz indicó que la misión debe crecer.", "Ana Ruiz", id="subject-after-comma"),
        pytest.param("Sin embargo Ana Ruiz advirtió que la misión no basta.", "Ana Ruiz", id="subject-no-comma"),
    ],
)
def test_a_connective_before_a_verb_with_no_subject(sentence, speaker):
    assert [q.speaker for q in extract(LEAD + sentence, None).quotes][-1] == speaker
