"""An outlet the reference does not know, named as the one a speaker told or a fact came from
after the noun of its kind, is listed among the organisations (tests/corpus/README.md: "told
Reuters", "according to Radio Ndeke Luka") also when French or Spanish prints the outlet's
country between that noun and its name ("au site mauritanien Example", "al diario senegalés
Ejemplo"); the country is still found. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _actors(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract(text).entities.values() if e.kind in ("organisation", "country")}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Niamey, 4 mai 2022 - Un porte-parole des rebelles a déclaré au site nigérien Tamtam Info qu'ils tenaient la route.",
                     {("Tamtam Info", "organisation"), ("Niger", "country")}, id="fr-site-demonym"),
        pytest.param("Dakar, 4 mai 2022 - Le colonel a confié au quotidien sénégalais Sud Matin que la relève arrivait.",
                     {("Sud Matin", "organisation"), ("Senegal", "country")}, id="fr-quotidien-demonym"),
        pytest.param("Lima, 4 de mayo de 2022 - El coronel dijo al diario peruano El Vigía que el relevo llegaba.",
                     {("El Vigía", "organisation"), ("Peru", "country")}, id="es-diario-demonym"),
    ],
)
def test_outlet_after_its_kind_and_its_country(text, expected):
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the kind and the demonym with no name after them name no outlet
        pytest.param("Bamako, 4 mai 2022 - Selon le quotidien malien, les rebelles tenaient la route.",
                     {("Mali", "country")}, id="fr-no-name"),
    ],
)
def test_guards(text, expected):
    assert _actors(text) == expected
