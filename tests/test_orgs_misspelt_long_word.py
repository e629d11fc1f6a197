"""A listed body's name printed with one long word misspelt (one letter added, dropped or
changed, seven letters or more), the other words as listed, is that body even where the
misspelt name reads as a person's ("Amnesty Internationl said ..."). Short words and names
sharing no word stay as found. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def _kinds(sentence: str, language: str) -> set[tuple[str, str]]:
    return {(f.kind, f.id) for f in find_in_sentence(sentence, language)}


@pytest.mark.parametrize(
    "language, sentence, body",
    [
        pytest.param("en", "The shelling was condemned on Monday by Amnesty Internationl.", "amnesty-international",
                     id="en-dropped-letter"),
        pytest.param("fr", "Selon Amnesty Internatonal, dix civils ont été tués.", "amnesty-international", id="fr-dropped-letter"),
        pytest.param("es", "Según Amnistía Internacionl, hubo diez muertos.", "amnesty-international", id="es-dropped-letter"),
        pytest.param("en", "The Security Counsil met behind closed doors.", "security-council", id="en-changed-letter"),
    ],
)
def test_long_word_misspelt_is_the_listed_body(language: str, sentence: str, body: str) -> None:
    kinds = _kinds(sentence, language)
    assert ("organisation", body) in kinds
    assert not any(kind == "person" for kind, _id in kinds)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "Daniel Internacional spoke to the crowd.", id="en-given-name-and-word"),
        pytest.param("en", "Human Rights Wacth published a report.", id="en-short-word"),
    ],
)
def test_no_join_without_a_listed_word_or_with_a_short_slip(language: str, sentence: str) -> None:
    assert not any(kind == "organisation" for kind, _id in _kinds(sentence, language))
