"""Quotes: a reproach reports the reproacher's words, as an accusation does ("a reproché à la
mission de...", "reproche au porte-parole « ... »", "reprochó a la misión...", "reproached the
mission for..."; quotes.yaml speech_verbs); the French noun "le reproche" is none. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Le ministre Paul Kamau a reproché à la mission de ne pas avoir protégé les civils de Beni.", "Paul Kamau",
                     id="fr-a-reproche"),
        pytest.param("Accra reproche au porte-parole de la mission « des propos tendancieux sur les réseaux sociaux ».", "Ghana",
                     id="fr-capital-reproche-au"),
        pytest.param("El ministro Pablo Kamau reprochó a la misión no haber protegido a los civiles de Beni.", "Pablo Kamau",
                     id="es-reprocho"),
        pytest.param("Minister Paul Kamau reproached the mission for failing to protect the civilians of Beni.", "Paul Kamau",
                     id="en-reproached"),
    ],
)
def test_a_reproach_is_reported_speech(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes


def test_the_noun_of_reproach_is_no_verb():
    assert extract("Le reproche fait à la mission de Beni reste sans réponse depuis mars.", None).quotes == []
