"""A person the article names by the surname alone, set off by commas right after an office and
its complement ("the ambassador of Chile in Haiti, Urrutia, and ...", "el embajador de Chile en
Haití, Urrutia;", "l'ambassadeur du Chili en Haïti, Urrutia, et ..."): the office's holder, a
person of the article (tests/corpus/README.md: people), as "the ambassador Urrutia" is. The
office's word stands only before a person (vocabulary "person_titles") or names its holder by
the surname (vocabulary "surname_offices"). Not a place the office's complement closes on
("the governor of the province, Ituri, ..."), nor a known place or an everyday word. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ceremony was attended by the ambassador of Chile in Haiti, Urrutia, and the mission's chief, Jane Roe.",
                     {"Urrutia", "Jane Roe"}, id="en-ambassador"),
        pytest.param("Asistieron el embajador de Chile en Haití, Urrutia; el jefe del contingente, el coronel Juan Pérez, y otros oficiales.",
                     {"Urrutia", "Juan Pérez"}, id="es-embajador"),
        pytest.param("Étaient présents l'ambassadeur du Chili en Haïti, Urrutia, et le chef du contingent, le colonel Jean Dupont.",
                     {"Urrutia", "Jean Dupont"}, id="fr-ambassadeur"),
        pytest.param("Se reunió con el ministro de Defensa de Uruguay, Larrañaga, en Montevideo.",
                     {"Larrañaga"}, id="es-ministro"),
        pytest.param("The ambassador, Urrutia, said the embassy would stay open.",
                     {"Urrutia"}, id="en-bare-office"),
        pytest.param("El portavoz del ejército, Larrañaga, dijo que el convoy llegó el lunes.",
                     {"Larrañaga"}, id="es-lowercase-complement"),
        # a complement naming a body in several capitalised words
        pytest.param("El vocero de las Fuerzas Armadas, Larrañaga, dijo que las patrullas seguirían.",
                     {"Larrañaga"}, id="es-complement-of-capitalised-words"),
        pytest.param("The spokesman of the Armed Forces, Urrutia, said the patrols would continue.",
                     {"Urrutia"}, id="en-complement-of-capitalised-words"),
        pytest.param("Le porte-parole des Forces armées, Urrutia, a déclaré que les patrouilles continueraient.",
                     {"Urrutia"}, id="fr-complement-of-capitalised-words"),
        # near misses: a place after the office's complement, an everyday word, a verb between
        pytest.param("The ambassador said on Monday in the capital, Urrutia, that the embassy would stay open.",
                     set(), id="en-verb-between"),
        pytest.param("The governor of the province, Ituri, asked for more peacekeepers on Monday.",
                     set(), id="en-place-complement"),
        pytest.param("The ambassador of Chile in Haiti, Port-au-Prince, said the embassy would stay open.",
                     set(), id="en-known-place"),
        pytest.param("The patrol led by Captain Jane Roe, Kanura, reached the river at dawn.",
                     {"Jane Roe"}, id="en-rank-and-person-before"),
        pytest.param("The ambassador of Chile in Haiti, however, said the embassy would stay open.",
                     set(), id="en-adverb"),
    ],
)
def test_surname_apposed_to_office(text, expected):
    assert _people(text) == expected
