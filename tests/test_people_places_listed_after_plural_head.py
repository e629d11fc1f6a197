"""Names listed after a plural place head word ("the provinces of Kampot, Takeo and Kep Rieng",
"les villes de Kidal, Tessalit et Ber Kanta", "los municipios de Bor, Akobo y Kuach Lual",
"các tỉnh Kampot, Takeo và Kep Rieng") are places, every one of the list, not the first alone
(vocabulary "place_list_heads"; the README's "Places and offices are kept out of the people
list"). A person coordinated with the list or named after it stays a person: a name opening on
a listed given name, one a role follows, one after a list already closed by its conjunction
("the provinces of Kampot and Takeo, Jane Roe said"). Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The bodies will be taken to the provinces of Kampot, Takeo and Kep Rieng this week.",
                     set(), id="en-provinces"),
        pytest.param("Troops were deployed to the towns of Bor, Akobo and Kuach Lual on Monday.",
                     set(), id="en-towns"),
        pytest.param("The convoy visited the villages of Kuach Lual and Ber Kanta before dusk.",
                     set(), id="en-two-villages"),
        pytest.param("Les casques bleus patrouillent dans les villes de Kidal, Tessalit et Ber Kanta depuis mardi.",
                     set(), id="fr-villes"),
        pytest.param("Les déplacés viennent des localités de Kpala Mbete, Sam Kota et Lembo Dari.",
                     set(), id="fr-localites-middle"),
        pytest.param("Los cuerpos serán llevados a las provincias de Kampot, Takeo y Kep Rieng esta semana.",
                     set(), id="es-provincias"),
        pytest.param("Los soldados patrullan en los municipios de Bor, Akobo y Kuach Lual desde el lunes.",
                     set(), id="es-municipios"),
        pytest.param("Thi thể sẽ được đưa về các tỉnh Kampot, Takeo và Kep Rieng trong tuần này.",
                     set(), id="vi-cac-tinh"),
        # near misses: a person after or beside the list
        pytest.param("The bodies will be taken to the provinces of Kampot and Takeo, Sok Dara said on Monday.",
                     {"Sok Dara"}, id="en-speaker-after-closed-list"),
        pytest.param("Troops reached the towns of Bor and Akobo, John Garang said.",
                     {"John Garang"}, id="en-given-name-after-list"),
        pytest.param("Les corps seront transportés dans les provinces de Kampot et Takeo, a précisé Sok Dara.",
                     {"Sok Dara"}, id="fr-speaker-after-list"),
    ],
)
def test_listed_places_are_places(text, expected):
    assert _people(text) == expected
