"""A source marker inside a short aside sources the aside, not the sentence. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        pytest.param("es", "Los soldados heridos -cinco, según la Minusca- fueron llevados a la capital en helicóptero.", id="es-between-dashes"),
        pytest.param("fr", "Quelque 4.000 déplacés (selon l'ONU) ont fui les combats autour de la ville.", id="fr-in-brackets"),
        pytest.param("en", "Some 4,000 people (according to the UN) fled the fighting near the town.", id="en-in-brackets"),
    ],
)
def test_a_marker_inside_an_aside_makes_no_quote(language, paragraph):
    assert quotes_of(language, paragraph) == []


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("en", "Some 4,000 people fled the fighting near the town, according to the UN.", "United Nations", id="en-marker-outside"),
        pytest.param("es", "Según la Minusca, cinco soldados heridos fueron llevados a la capital.", "MINUSCA", id="es-marker-opening"),
    ],
)
def test_a_marker_outside_an_aside_still_gives_the_source(language, paragraph, speaker):
    assert quotes_of(language, paragraph)[-1].speaker == speaker
