"""A word that goes on a title right after it ("Coordonnateur Résident", "Coordinadora
Residente", "President Elect") makes the office a kind of it there; opening the words before a
name on its own it is an everyday word ("camp resident", "town resident"), no title: the name
after it is a person's, not a camp named after one. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from test_quotes import quotes_of


def people(text: str) -> set[str]:
    """The names of the people an article of this text holds."""
    return {f.name for f in extract(text).entities.values() if f.kind == "person"}


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("en", "\u201cThe river took everything we had,\u201d said village resident Grace Achieng.",
                     "Grace Achieng", id="en-village-resident"),
        pytest.param("en", "Town resident Grace Achieng said the river took everything she had.",
                     "Grace Achieng", id="en-town-resident-opens"),
        pytest.param("en", "\u201cThe river took everything we had,\u201d said longtime resident Grace Achieng.",
                     "Grace Achieng", id="en-longtime-resident"),
        pytest.param("en", "A resident, Grace Achieng, said the river took everything she had.",
                     "Grace Achieng", id="en-a-resident-set-off"),
        pytest.param("fr", "\u00ab Le fleuve a tout emport\u00e9 \u00bb, a d\u00e9clar\u00e9 la Coordonnatrice R\u00e9sidente Aline Kaba.",
                     "Aline Kaba", id="fr-coordonnatrice-residente-speaks"),
        pytest.param("es", "\u00abEl r\u00edo se llev\u00f3 todo\u00bb, dijo la Coordinadora Residente Ana Lorca.",
                     "Ana Lorca", id="es-coordinadora-residente-speaks"),
    ],
)
def test_a_resident_before_a_name_is_no_title(language, paragraph, speaker):
    assert quotes_of(language, paragraph)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Camp resident Samuel Oduya lost his house in the flood.", {"Samuel Oduya"}, id="en-camp-resident"),
        pytest.param("The flood took the house of town resident Samuel Oduya on Monday.", {"Samuel Oduya"}, id="en-town-resident"),
        pytest.param("President Elect Marisol Duarte visited the camp on Monday.", {"Marisol Duarte"}, id="en-president-elect"),
        pytest.param("La Coordonnatrice r\u00e9sidente, Aline Kaba, a visit\u00e9 le camp de Goma.", {"Aline Kaba"},
                     id="fr-coordonnatrice-residente"),
        pytest.param("Mme Aline Kaba, Coordonnatrice R\u00e9sidente des Nations Unies au Tchad, a visit\u00e9 le camp.",
                     {"Aline Kaba"}, id="fr-set-off-after-name"),
        pytest.param("El Coordinador Residente de la ONU, Pedro G\u00f3mez, visit\u00f3 el campamento.", {"Pedro G\u00f3mez"},
                     id="es-coordinador-residente"),
    ],
)
def test_a_resident_opening_the_words_before_a_name_leaves_the_person(text, names):
    assert people(text) == names
