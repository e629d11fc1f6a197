"""A Vietnamese name printed without its marks in an English, French or Spanish article whose
middle syllable is a short function word of that language ("the", "si", "son", "su": "Vu The
Lam", "Dinh Si Tan", "Vu Son Lam") is the whole name, as a name whose last syllable is one ("Kim Jong Un") is: a listed
family name, then the syllable capitalised inside the sentence, then another capitalised
syllable. The same word opening a sentence or standing alone is what it is in the language.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> list[str]:
    """The names of the people found in one sentence, in order."""
    return [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"]


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("fr", "Le général Dinh Si Tan a félicité les officiers du détachement.", ["Dinh Si Tan"], id="fr-si"),
        pytest.param("fr", "Le colonel Vu Son Lam a remis les médailles aux soldats.", ["Vu Son Lam"], id="fr-son"),
        pytest.param("es", "El coronel Vu Su Lam entregó las medallas a los soldados.", ["Vu Su Lam"], id="es-su"),
        pytest.param("en", "Colonel Vu The Lam handed the medals to the soldiers.", ["Vu The Lam"], id="en-the"),
        pytest.param("fr", "Le Si Hoa a parlé.", [], id="fr-sentence-opening-article-stays"),
        pytest.param("es", "Si Hoa llega mañana, hablaremos.", [], id="es-conjunction-opening-stays"),
    ],
)
def test_a_vietnamese_middle_syllable_that_is_a_function_word(language, sentence, names):
    assert people(sentence, language) == names
