"""Quotes in French: an outlet named after an inverted verb through the medium the words
went out on ("a déclaré au micro de RFI le chef de X", "a promis sur les ondes de RFI X", "a
confié sur l'antenne de France 24 X") is the one told, not the speaker, as "a déclaré à RFI"
and "à l'antenne de RFI" already are: the subject after it speaks. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "medium",
    [
        pytest.param("au micro de RFI", id="au-micro-de"),
        pytest.param("sur les ondes de RFI", id="sur-les-ondes-de"),
        pytest.param("sur l'antenne de France 24", id="sur-l-antenne-de"),
        pytest.param("au micro de Radio Okapi", id="au-micro-de-radio"),
        pytest.param("à l'antenne de RFI", id="a-l-antenne-de"),
    ],
)
def test_the_outlet_of_a_medium_is_told_not_speaking(medium):
    text = (f"GOMA - « Les patrouilles reprendront dès lundi sur la route de Rutshuru », a déclaré {medium} "
            "le chef de la Monusco, Pierre Lemaire.")
    assert speakers_of(text) == ["Pierre Lemaire"]
