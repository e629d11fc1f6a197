"""A family name whose last word, after its particle, is a word that names a place or thing
after someone (vocabulary "named_thing_heads": "barrio", "plaza", "parc", "puente") is still a
person's name ("el general de brigada García del Barrio", "le capitaine Martin du Parc"): a
capitalised name word, then the particle in lowercase, then the word. A place opening with
its word ("el Barrio Sol", "la Plaza de la Paz") stays a place. And a given name after a
government's word ("el Gobierno de Pedro Sánchez", "the Government of Maria Lopez") opens the
name of the leader the government is called after: a person, no body; a government named by
its own words ("the Government of National Unity") stays a body. Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("El relevo se hizo bajo el mando del general de brigada García del Barrio en la base de Marjayoun.",
                     "García del Barrio", id="es-rank-barrio"),
        pytest.param("La patrulla salió de madrugada con el teniente coronel Ignacio Sáenz del Barrio al frente.",
                     "Ignacio Sáenz del Barrio", id="es-full-name-barrio"),
        pytest.param("Le capitaine Martin du Parc a conduit la patrouille jusqu'à Kidal avant l'aube.",
                     "Martin du Parc", id="fr-parc"),
        pytest.param("Major Ana Ruiz de la Plaza briefed the visiting delegation at the camp in Wau.",
                     "Ana Ruiz de la Plaza", id="en-plaza"),
    ],
)
def test_a_family_name_ending_on_a_places_word_after_its_particle_is_a_person(text, person):
    assert actors_of(text)[0] == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La ceremonia se celebró en el Barrio Sol de Montevideo con los familiares.", id="es-barrio"),
        pytest.param("Los vecinos se reunieron en la Plaza de la Paz de Bogotá el domingo.", id="es-plaza"),
    ],
)
def test_a_place_opening_with_its_word_is_no_person(text):
    assert actors_of(text)[0] == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Las relaciones entre el Gobierno de Pedro Sánchez e Israel se han enfriado este mes.",
                     "Pedro Sánchez", id="es"),
        pytest.param("Relations between the Government of Maria Lopez and the rebels were strained in May.",
                     "Maria Lopez", id="en"),
    ],
)
def test_a_government_called_after_its_leader_names_the_leader_and_no_body(text, person):
    assert actors_of(text) == ([person], [])


def test_a_government_named_by_its_own_words_stays_a_body():
    assert actors_of("The Government of National Unity met in Juba on Monday.") == ([], ["Government of National Unity"])
