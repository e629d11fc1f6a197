"""A country's demonym that names a language after a noun of language and a preposition
("sus siglas en francés", "son sigle en anglais", "its acronym in French") names the
language, not the country (tests/corpus/README.md: countries "named or referred to by
demonym"; a language is neither); the country printed elsewhere in the sentence is still
found. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _countries(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "country"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("La misión de la ONU en Malí (Minusma, por sus siglas en francés) cerró su base de Gao el martes.",
                     {"Mali"}, id="es-siglas-en-frances"),
        pytest.param("La fuerza de la ONU en Haití (MINUSTAH, por sus siglas en portugués) patrulla la capital.",
                     {"Haiti"}, id="es-siglas-en-portugues"),
        pytest.param("La mission de l'ONU au Liban, la FPNUL selon son sigle en espagnol, a ouvert une base à Naqoura.",
                     {"Lebanon"}, id="fr-sigle-en-espagnol"),
        pytest.param("The UN mission in Mali, known by its acronym in French as MINUSMA, closed its Gao base on Tuesday.",
                     {"Mali"}, id="en-acronym-in-french"),
    ],
)
def test_language_after_noun_and_preposition(text, expected):
    assert _countries(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a preposition alone before the demonym leaves it a country's people
        pytest.param("Los cascos azules de la ONU en el Líbano trabajan con los franceses desde 2006.",
                     {"Lebanon", "France"}, id="es-preposition-alone"),
        # guard: the demonym right after the noun keeps working as before
        pytest.param("La Minusma, selon son sigle anglais MINUSMA, a quitté Gao au Mali.",
                     {"Mali"}, id="fr-adjacent"),
    ],
)
def test_guards(text, expected):
    assert _countries(text) == expected
