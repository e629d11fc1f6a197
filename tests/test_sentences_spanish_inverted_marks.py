"""A Spanish sentence may open on an inverted question or exclamation mark ("¿Quién ...?",
"¡Nunca más!"): the stop before it ends the sentence before, as one before an opening quotation
mark does (text.split_sentences). A lowercase word after the mark opens none.

Every sentence is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.text import split_sentences


@pytest.mark.parametrize("first, second", [
    ("La misión terminó en diciembre.", "¿Quién protegerá ahora a los civiles?"),
    ("La misión terminó.", "¡Nunca más! dijo el alcalde."),
])
def test_a_spanish_sentence_opening_on_an_inverted_mark_is_cut(first, second):
    assert split_sentences(f"{first} {second}") == [first, second]


def test_a_lowercase_word_after_an_inverted_mark_opens_no_sentence():
    # (must not change)
    paragraph = "Se preguntó si seguirán. ¿y ahora? Nadie lo sabe."
    assert split_sentences(paragraph)[0] == "Se preguntó si seguirán. ¿y ahora?"
