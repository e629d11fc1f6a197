"""Quotes: words said together by a named speaker and one the text does not name ("the UN and
the army said", "l'ONU et la gendarmerie ont indiqué", "la ONU y el ejército informaron") are
the named speaker's as well as no one's: one quote per speaker, the unnamed one "" (the corpus
rule of words several speakers say together). A list not opening its clause ("the head of the
UN and officials said") names no speaker of the list. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("The UN and the army said the bridge near the camp was blown up overnight.",
                     ["United Nations", ""], id="en-army"),
        pytest.param("Italy and the police said the bridge near the camp was blown up overnight.",
                     ["Italy", ""], id="en-police"),
        pytest.param("L'ONU et l'armée ont annoncé que le pont près du camp a sauté dans la nuit.",
                     ["United Nations", ""], id="fr-armee"),
        pytest.param("La Minusca et la gendarmerie ont indiqué que le pont près du camp a sauté dans la nuit.",
                     ["MINUSCA", ""], id="fr-gendarmerie"),
        pytest.param("La ONU y el ejército informaron que el puente cerca del campamento fue volado de noche.",
                     ["United Nations", ""], id="es-ejercito"),
    ],
)
def test_a_named_speaker_beside_an_unnamed_one_speaks(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The head of the UN and officials said the bridge near the camp was blown up overnight.",
                     id="en-list-not-opening"),
        pytest.param("Residents said the bridge near the camp was blown up overnight.", id="en-unnamed-alone"),
    ],
)
def test_no_named_speaker_in_the_list(text):
    assert [q.speaker for q in extract(text, None).quotes] == [""]
