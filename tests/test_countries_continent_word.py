"""In Spanish, "América" printed with its accent is the continent (the Americas), not the United
States, whose English name "America" it folds like (tests/corpus/README.md: countries named or
referred to by demonym; a continent is neither). The United States named as such is still
found. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _countries(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "country"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Guatemala, el país de América que más policías envía, desplegó cascos azules de la ONU en 2019.",
                     {"Guatemala"}, id="es-pais-de-america"),
        pytest.param("Los cascos azules de la ONU en Haití venían de toda América y de Asia, dijo el general.",
                     {"Haiti"}, id="es-toda-america"),
    ],
)
def test_continent_is_no_country(text, expected):
    assert _countries(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the United States named by its Spanish name
        pytest.param("Estados Unidos y Uruguay enviaron cascos azules de la ONU a Haití en 2004.",
                     {"United States", "Uruguay", "Haiti"}, id="es-estados-unidos"),
        # guard: English "America" is still the United States
        pytest.param("America and Uruguay sent UN peacekeepers to Haiti in 2004, the general said.",
                     {"United States", "Uruguay", "Haiti"}, id="en-america"),
    ],
)
def test_guards(text, expected):
    assert _countries(text) == expected
