"""Quotes: a title's complement opening on an elided connector ("le président d'une
association, X", "la présidente d'un collectif local, X") is the complement of a title as
"de l'association" is: the person named after the comma holds the title and speaks, after
an inverted verb. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLE = "Des maisons incendiées près de la frontière\n\n"


def speakers_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLE + text + "\n", None).quotes]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Une dizaine de maisons ont brûlé pendant la nuit, a indiqué le président d'une association, Marc Ilunga.",
                     "Une dizaine de maisons", "Marc Ilunga", id="fr-d-une"),
        pytest.param("Les familles ont fui vers la ville voisine, a précisé la présidente d'un collectif local, Marie Kabila.",
                     "Les familles ont fui", "Marie Kabila", id="fr-d-un-with-adjective"),
        pytest.param("Trois écoles sont restées fermées toute la semaine, a ajouté le porte-parole d'une coopérative agricole, Jean Kalonji.",
                     "Trois écoles sont restées", "Jean Kalonji", id="fr-voice-d-une"),
    ],
)
def test_the_person_after_an_elided_complement_speaks(text, says, speaker):
    assert [s for s, sentence in speakers_of(text) if says in sentence] == [speaker]
