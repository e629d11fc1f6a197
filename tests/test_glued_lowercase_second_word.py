"""A known name of two words copied with the space between them lost, its second word in
lowercase ("Républiquecentrafricaine", "Repúblicacentroafricana", "Southsudan"), is cut where
the first word of the known name meets the word that closes it, and the name is found.
Ordinary words that merely open with a name ("Congolais", "Maliennes") stay whole.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.entities import split_compounds
from newsdossier.extract import extract
from newsdossier.text import tokenize


def _countries(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "country"}


@pytest.mark.parametrize(("text", "country"), [
    ("Le nouveau contingent déployé en Républiquecentrafricaine compte quatre cents soldats.", "Central African Republic"),
    ("El batallón llegó a la Repúblicacentroafricana a finales de abril tras una escala en Duala.", "Central African Republic"),
    ("The engineers flew to Southsudan on Monday to rebuild the airstrip near the camp.", "South Sudan"),
])
def test_a_glued_name_with_a_lowercase_second_word(text, country):
    assert country in _countries(text)


@pytest.mark.parametrize("word", ["Congolaises", "Maliennes", "Burkinabés", "Sudanesas"])
def test_words_opening_with_a_name_stay_whole(word):
    assert [t.text for t in split_compounds(tokenize(word))] == [word]
