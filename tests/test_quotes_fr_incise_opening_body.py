"""Quotes: a French incise with a glued feminine pronoun closing a sentence that a body opens
as its subject ("La Minusca a reçu ..., a-t-elle indiqué"; "La mission de l'ONU en
Centrafrique (Minusca) a reçu ..., a-t-elle indiqué", the body named by its acronym in
brackets) is that body's words, no person named in the sentence (quotes._opening_body). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "text, says, speakers",
    [
        pytest.param("La Minusca a reçu mardi le renfort de 300 casques bleus rwandais pour sécuriser la route, "
                     "a-t-elle indiqué dans un communiqué.", "renfort de 300", ["MINUSCA"], id="body-opens"),
        pytest.param("La mission des Nations unies en Centrafrique (Minusca) a reçu mardi le renfort de 300 casques bleus, "
                     "a-t-elle indiqué dans un tweet.", "renfort de 300", ["MINUSCA"], id="common-noun-and-acronym"),
        pytest.param("La Monusco a rouvert la route de Beni jeudi, a-t-elle annoncé.", "route de Beni", ["MONUSCO"],
                     id="monusco-annonce"),
        pytest.param("La force de l'ONU a rouvert la route de Beni jeudi, a-t-elle annoncé.", "route de Beni", ["United Nations"],
                     id="common-noun-and-its-complement"),
    ],
)
def test_the_body_opening_the_sentence_speaks(text, says, speakers):
    assert speakers_of("fr", text, says) == speakers


@pytest.mark.parametrize(
    "text, says, speakers",
    [
        pytest.param("Le ministre Paul Diallo a visité Gao. La Minusca a reçu mardi le renfort de 300 casques bleus, a-t-il indiqué.",
                     "renfort de 300", ["Paul Diallo"], id="masculine-pronoun-is-the-person"),
        pytest.param("Selon la presse, la Minusca a reçu le renfort de 300 casques bleus, a-t-elle indiqué.",
                     "renfort de 300", [""], id="a-phrase-opens-before-the-body"),
        pytest.param("Le Conseil a reçu le renfort de 300 casques bleus, a-t-elle indiqué.", "renfort de 300", [""],
                     id="gender-differs"),
    ],
)
def test_no_body_opening_the_sentence_of_the_pronoun_gender(text, says, speakers):
    assert speakers_of("fr", text, says) == speakers
