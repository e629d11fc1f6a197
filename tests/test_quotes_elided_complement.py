"""Quotes: a person named after an elided preposition at the end of the sentence, after an
inverted-looking verb ("Le gouvernement a annoncé le départ d'Olivier X.", "a confirmé
l'arrestation d'Ali X") is the complement of the noun before, not the verb's subject: they do
not speak (quotes._described_person), as with the unelided "de". Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, person",
    [
        pytest.param("Le gouvernement a annoncé le départ d'Olivier Kamau.", "Olivier Kamau", id="fr-depart-d"),
        pytest.param("Le gouvernement a exigé ce mercredi le départ d\u2019Olivier Kamau, porte-parole de la mission.",
                     "Olivier Kamau", id="fr-curly-apostrophe-apposition"),
        pytest.param("Les autorités ont annoncé l'arrestation d'Ali Kamau.", "Ali Kamau", id="fr-arrestation-d"),
    ],
)
def test_a_person_after_an_elided_preposition_does_not_speak(sentence, person):
    quotes = extract(sentence, None).quotes
    assert person not in [q.speaker for q in quotes], quotes


def test_a_titled_person_after_an_elided_article_still_speaks():
    quotes = extract("Le camp de Jacmel est calme, a déclaré l'adjoint Olivier Kamau.", None).quotes
    assert [q.speaker for q in quotes] == ["Olivier Kamau"], quotes
