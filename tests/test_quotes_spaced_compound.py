"""Quotes in French: "porte-parole" printed with a space for its hyphen ("le porte parole de
la mission", common in the regional press) is the same word, so a source marker or an
inverted verb before it finds the body or the person it stands for, as with the hyphen
(quotes.yaml "spaced_compounds"). "Porte" and "parole" apart in other words stay words of
their own. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Selon le porte parole de la Monusco, des rebelles ont pillé deux villages jeudi.",
                     "pillé deux villages", "MONUSCO", id="selon-body"),
        pytest.param("Le porte parole de la Monusco, M. Paul Ekanga, a affirmé mardi que le camp était calme.\n\n"
                     "Selon le porte parole, trois patrouilles sont parties vers le nord.",
                     "trois patrouilles sont parties", "Paul Ekanga", id="selon-person-named-before"),
        pytest.param("Le porte-parole de la Monusco, M. Paul Ekanga, a affirmé mardi que le camp était calme.\n\n"
                     "Selon le porte parole, trois patrouilles sont parties vers le nord.",
                     "trois patrouilles sont parties", "Paul Ekanga", id="hyphened-then-spaced"),
    ],
)
def test_a_spaced_porte_parole_is_the_hyphened_word(text, says, speaker):
    assert speakers_of("fr", text, says) == [speaker]


@pytest.mark.parametrize(
    "text, says",
    [
        # the words apart, neither the title: no speaker comes of them
        pytest.param("La porte reste ouverte, parole de commerçant, et le marché a rouvert jeudi.",
                     "le marché a rouvert", id="words-apart"),
        pytest.param("Il porte parole et espoir aux familles du camp depuis lundi, a-t-on appris sur place.",
                     "aux familles du camp", id="verb-then-noun"),
    ],
)
def test_the_words_apart_name_no_speaker(text, says):
    assert speakers_of("fr", text, says) in ([], [""])
