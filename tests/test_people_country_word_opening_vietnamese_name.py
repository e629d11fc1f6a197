"""A country's word of one syllable that is also a Vietnamese family name ("Thai"), opening a
Vietnamese name printed without its marks in English, French or Spanish after a rank
("Colonel Thai Tan Ha", "le colonel Thai Minh Son", "el coronel Thai Tan Ha") or with a middle
name second ("Thai Van Long"), is the person's family name: the person whole, no Thailand
(tests/corpus/README.md: people in full; countries named or referred to). Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def _read(sentence: str, language: str) -> tuple[set[str], set[str]]:
    found = find_in_sentence(sentence, language)
    return {f.name for f in found if f.kind == "person"}, {f.name for f in found if f.kind == "country"}


@pytest.mark.parametrize(
    "sentence, language, people, countries",
    [
        pytest.param("Colonel Thai Tan Ha, the field hospital's director, spoke on Monday.", "en",
                     {"Thai Tan Ha"}, set(), id="en-colonel"),
        pytest.param("Thai Van Long, a surgeon of the hospital, said the unit was ready.", "en",
                     {"Thai Van Long"}, set(), id="en-middle-name"),
        pytest.param("Le colonel Thai Minh Son, chef du détachement, a salué les médecins.", "fr",
                     {"Thai Minh Son"}, set(), id="fr-colonel"),
        pytest.param("El coronel Thai Tan Ha, director del hospital, habló el lunes en Juba.", "es",
                     {"Thai Tan Ha"}, set(), id="es-coronel"),
    ],
)
def test_family_name_not_country(sentence, language, people, countries):
    assert _read(sentence, language) == (people, countries)


@pytest.mark.parametrize(
    "sentence, language, countries",
    [
        # guards: the country's word as a demonym, or before a body's name, stays the country
        pytest.param("Thai troops arrived in the town on Monday.", "en", {"Thailand"}, id="en-thai-troops"),
        pytest.param("The Thai Armed Forces sent engineers to the mission.", "en", {"Thailand"}, id="en-thai-armed-forces"),
        # a rank and two syllables only: too short to read as a Vietnamese name
        pytest.param("Colonel Thai Ho met the chief of staff.", "en", {"Thailand"}, id="en-two-syllables"),
    ],
)
def test_guards(sentence, language, countries):
    assert _read(sentence, language)[1] == countries
