"""People: a Spanish name of two given names and two family names, and a family name that is
also a town's name, are one person; a body opened by "Comando" is no person. Sentences of
our own."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def kinds(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_in_sentence(sentence, language)]


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Asistió el jefe del Estado Mayor, Mario Andrés Cuervo Lanza, junto a los oficiales.",
                     "Mario Andrés Cuervo Lanza", id="two-given-two-family"),
        pytest.param("Juan Manuel Cuervo Lanza recibió a los cascos azules.", "Juan Manuel Cuervo Lanza", id="opening"),
    ],
)
def test_two_given_names_and_two_family_names_are_one_person(sentence, name):
    assert ("person", name) in kinds(sentence, "es")


@pytest.mark.parametrize(
    "sentence, language, name",
    [
        pytest.param("El ministro Carlos Mendoza Ruibal visitó el cuartel.", "es", "Carlos Mendoza Ruibal", id="es-mendoza"),
        pytest.param("La capitana Ana Toledo dirigió la patrulla.", "es", "Ana Toledo", id="es-toledo"),
        pytest.param("Sergeant Maria Valencia led the patrol.", "en", "Maria Valencia", id="en-valencia"),
    ],
)
def test_a_family_name_spelt_like_a_town_after_a_given_name_is_the_person(sentence, language, name):
    found = kinds(sentence, language)
    assert ("person", name) in found
    assert not [n for kind, n in found if kind == "city"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los soldados de Mendoza llegaron a Toledo.", id="after-de"),
        pytest.param("Mendoza recibió a los soldados.", id="opening"),
    ],
)
def test_a_town_after_no_given_name_stays_a_town(sentence):
    found = kinds(sentence, "es")
    assert ("city", "Mendoza") in found
    assert not [n for kind, n in found if kind == "person"]


def test_a_body_opened_by_comando_is_no_person():
    found = kinds("Llegó el jefe del Comando Operacional de la Fuerza, general Pablo Riosalido.", "es")
    assert ("person", "Comando Operacional") not in found
    assert ("person", "Pablo Riosalido") in found


# -- an outlet told, a person spoke: the outlet's name is no part of the person's -------------
@pytest.mark.parametrize(
    ("language", "sentence", "person"),
    [
        pytest.param("es", "\"Dormimos en el refugio\", narró a Efe Lucía Benítez, enfermera de la misión.", "Lucía Benítez", id="es-narro-a-efe"),
        pytest.param("es", "\"Dormimos en el refugio\", dijo a Xinhua Marta Ibáñez Soto.", "Marta Ibáñez Soto", id="es-dijo-a-xinhua"),
        pytest.param("en", "\"We slept in the shelter,\" nurse Anna Becker told Reuters Monday.", "Anna Becker", id="en-outlet-after-the-name"),
    ],
)
def test_an_outlet_told_before_a_name_is_not_part_of_it(language, sentence, person):
    from newsdossier.extract import extract

    names = [f.name for key, f in extract(f"Titular\n\n{sentence}").entities.items() if key.startswith("person:")]
    assert names == [person]
