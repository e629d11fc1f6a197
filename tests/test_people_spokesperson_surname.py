"""A spokesperson the press names by the surname alone after the office's word ("the spokesman
Larrañaga said", "el portavoz Larrañaga dijo", "le porte-parole Larrañaga a déclaré", "la vocera
Urrutia"): a person of the article (tests/corpus/README.md: people), as "le ministre Diarra" is
(vocabulary "surname_offices", the words of the article's language). Not an everyday word nor a
known place or body after the word ("the spokesman Monday", "el portavoz Ejército"). Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The spokesman Larrañaga said the convoy reached Bentiu on Monday.",
                     {"Larrañaga"}, id="en-spokesman"),
        pytest.param("El portavoz Larrañaga dijo que el convoy llegó a Bentiu el lunes.",
                     {"Larrañaga"}, id="es-portavoz"),
        pytest.param("La vocera Urrutia confirmó que los heridos llegaron a Montevideo.",
                     {"Urrutia"}, id="es-vocera"),
        pytest.param("Le porte-parole Larrañaga a déclaré que le convoi était arrivé lundi.",
                     {"Larrañaga"}, id="fr-porte-parole"),
        # near misses: a known place, an everyday word after the office's word
        pytest.param("The spokesman in Juba said the convoy reached Bentiu on Monday.",
                     set(), id="en-place-after"),
        pytest.param("El portavoz Militar dijo que el convoy llegó el lunes.",
                     set(), id="es-everyday-word"),
    ],
)
def test_spokesperson_named_by_surname(text, expected):
    assert _people(text) == expected
