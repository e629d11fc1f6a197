"""In French and Spanish, a place's or a building's word, then a lowercase demonym, then a name
("la base española Ana Ruiz de Soto", "le camp sénégalais Jean Dupont") names the base or the
camp after someone (the demonym qualifies the thing as "aérea" does in "la base aérea ..."),
not a person in the news (tests/corpus/README.md: camps and bases are places). Every sentence
is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Los cascos azules de la ONU volvieron el lunes a la base española Tomás Vidal Ferrer, cerca de Marjayún.",
                     id="es-base-espanola"),
        pytest.param("Les Casques bleus de l'ONU sont rentrés lundi au camp sénégalais Pierre Lamine Ndour, près de Gao.",
                     id="fr-camp-senegalais"),
        pytest.param("Los heridos fueron llevados al hospital uruguayo Juan Carlos Berro, en Bunia, según la ONU.",
                     id="es-hospital-uruguayo"),
    ],
)
def test_thing_then_demonym_then_name(text):
    assert _people(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a demonym after a person's noun, not a thing's, leaves the name a person
        pytest.param("El coronel español Tomás Vidal Ferrer llegó el lunes a la base de la ONU.",
                     {"Tomás Vidal Ferrer"}, id="es-rank-demonym"),
        # guard: a comma sets the name off from the thing
        pytest.param("Lo dijo en la base española, Tomás Vidal Ferrer, portavoz de la ONU.",
                     {"Tomás Vidal Ferrer"}, id="es-comma"),
    ],
)
def test_guards(text, expected):
    assert _people(text) == expected
