"""A place's name set off by a comma from the thing's word that says what the place is ("Rhoe
Drodro, camp for the displaced", "Kitchanga Mweso, camp de déplacés") is no person's name:
the word after the comma heads an apposition of a place, with its complement ("de", "for")
or alone before the sentence's end. A thing's word after the comma that opens a role ("Amina
Yusuf, camp leader") leaves a person. And a word printed with a diacritic its thing's word has
not ("placé", "basé": participles folding to "place", "base") is no thing's word after a name,
comma or no comma ("le colonel Paul Kabila basé à Goma"). tests/corpus/README.md: people named
in the text; camps and bases are places. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("The families fled to Rhoe Drodro, camp for the displaced near Bunia.",
                     "Rhoe Drodro", id="en-camp-for"),
        pytest.param("Les familles ont fui vers Kitchanga Mweso, camp de déplacés du Masisi.",
                     "Kitchanga Mweso", id="fr-camp-de"),
        pytest.param("Nobody came back from Lushagala Kibati, camp.",
                     "Lushagala Kibati", id="en-camp-alone"),
    ],
)
def test_place_before_comma_and_its_thing_word_is_no_person(text, place):
    assert place not in _people(text)


@pytest.mark.parametrize(
    "text, person",
    [
        # (kept: a thing's word opening a role after the comma)
        pytest.param("Amina Yusuf, camp leader, said the food had run out.", "Amina Yusuf", id="en-camp-leader"),
        pytest.param("Paul Kamau, school principal in Bunia, said classes had stopped.", "Paul Kamau",
                     id="en-school-principal"),
        # a participle printed with its accent, no comma before it
        pytest.param("Le commandant Jean Dupont placé en garde à vue a été libéré.", "Jean Dupont", id="fr-place-no-comma"),
        pytest.param("Le colonel Paul Kabila basé à Goma dirige le secteur.", "Paul Kabila", id="fr-base-no-comma"),
        # with the comma, the participle's complement after it ("en", a connector)
        pytest.param("La police a arrêté Marc Lemaire, placé en détention lundi.", "Marc Lemaire", id="fr-place-en"),
    ],
)
def test_person_before_participle_or_role_kept(text, person):
    assert person in _people(text)
