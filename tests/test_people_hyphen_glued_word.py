"""A name glued by a hyphen to the word after it, as scraped text prints a dash that lost its
spaces ("Ana Lázaro-es la primera", "Jean Dupont-a été décoré", "Jane Roe-was awarded",
"Nguyễn Văn Nam-là"): the word in lowercase after the last hyphen is a copula, an auxiliary or
a conjunction of the article's language (vocabulary "name_glued_words"), not a part of the
name, and the person is named without it. A name hyphenated itself ("Jean-Pierre",
"Lázaro-Pérez") or a romanised given name whose second syllable is in lowercase ("Ban
Ki-moon", "Moon Jae-in") stays whole (tests/corpus/README.md: people, full names). Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("La capitana Ana Lázaro-es la primera mujer al mando del contingente en el Líbano.",
                     {"Ana Lázaro"}, id="es-es"),
        pytest.param("La teniente Rosa Méndez-y su equipo partieron el martes hacia Goma.",
                     {"Rosa Méndez"}, id="es-y"),
        pytest.param("La sargento Marta Ruiz-Gómez-fue condecorada el lunes en Naqura.",
                     {"Marta Ruiz-Gómez"}, id="es-hyphenated-name-fue"),
        pytest.param("Le capitaine Jean Dupont-a été décoré mardi à Bamako par le commandant de la force.",
                     {"Jean Dupont"}, id="fr-a"),
        pytest.param("Le lieutenant Paul Martin-est le premier officier du contingent à rentrer.",
                     {"Paul Martin"}, id="fr-est"),
        pytest.param("Captain Jane Roe-was awarded the medal on Tuesday in Juba.",
                     {"Jane Roe"}, id="en-was"),
        pytest.param("Major John Smith-said the convoy reached Bentiu on Monday.",
                     {"John Smith"}, id="en-said"),
        pytest.param("Đại úy Nguyễn Văn Nam-là người đầu tiên nhận huân chương của phái bộ.",
                     {"Nguyễn Văn Nam"}, id="vi-la"),
        # near misses: the hyphen is the name's own
        pytest.param("Le colonel Jean-Pierre Dupont a présidé la cérémonie à Gao.",
                     {"Jean-Pierre Dupont"}, id="fr-hyphenated-given-name"),
        pytest.param("La sargento Ana Lázaro-Pérez es la primera mujer al mando.",
                     {"Ana Lázaro-Pérez"}, id="es-hyphenated-surname"),
        pytest.param("Secretary-General Ban Ki-moon said the mission would stay in Mali.",
                     {"Ban Ki-moon"}, id="en-korean-given-name"),
        pytest.param("President Moon Jae-in met the peacekeepers in Seoul on Friday.",
                     {"Moon Jae-in"}, id="en-korean-given-name-in"),
        # a romanised given name after a family name, its syllable spelt as a glued word of the
        # article's language ("ha", "a")
        pytest.param("El general Kim Yu-ha visitó a las tropas coreanas en Tiro.",
                     {"Kim Yu-ha"}, id="es-korean-given-name-ha"),
        pytest.param("Le sergent Lee Ye-a a été blessé lors de la patrouille.",
                     {"Lee Ye-a"}, id="fr-korean-given-name-a"),
        pytest.param("La teniente Park Ji-ha y su equipo llegaron a Naqura.",
                     {"Park Ji-ha"}, id="es-korean-given-name-before-y"),
        # a surname after a capitalised particle that also spells a family name ("Le")
        pytest.param("La députée Claire Le Goff-a déclaré que le contingent resterait.",
                     {"Claire Le Goff"}, id="fr-particle-surname-a"),
    ],
)
def test_glued_word_is_not_the_name(text, expected):
    assert _people(text) == expected
