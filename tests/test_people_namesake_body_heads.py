"""A person's name after the word of a foundation or an institute printed first ("la
Fondation Jean Jaurès", "la Fundación Ana Quiroga", "l'Institut Jacques Delors") is the
body's name, found as an organisation, not a person met in the article (vocabulary
named_thing_heads). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def actors_of(text: str) -> tuple[list[str], list[str]]:
    """(people, organisations) the extraction keeps for a text, each sorted by name."""
    entities = extract(text, None).entities.values()
    return (sorted(e.name for e in entities if e.kind == "person"),
            sorted(e.name for e in entities if e.kind == "organisation"))


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Selon une étude de la Fondation Jean Jaurès, le retrait a été mal préparé.",
                     "Fondation Jean Jaurès", id="fr-fondation"),
        pytest.param("Un rapport de l'Institut Jacques Delors met en garde contre le retrait.",
                     "Institut Jacques Delors", id="fr-institut"),
        pytest.param("La Fundación Ana Quiroga donó mantas a los desplazados de Bria.",
                     "Fundación Ana Quiroga", id="es-fundacion"),
        pytest.param("Un informe del Instituto Luis Ortiz analiza el mandato de la misión.",
                     "Instituto Luis Ortiz", id="es-instituto"),
    ],
)
def test_the_name_after_the_body_word_is_the_bodys(text, body):
    people, bodies = actors_of(text)
    assert people == [] and body in bodies


def test_a_person_beside_the_common_noun_stays_a_person():
    assert actors_of("Jean Dupont, directeur de la fondation, a salué les Casques bleus.")[0] == ["Jean Dupont"]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le retrait sera long, prévient la directrice de l'institut, Claire Vasseur.",
                     "Claire Vasseur", id="fr-institut-comma"),
        pytest.param("Les tirs ont repris près du camp, a raconté Paul Mabiala.", "Paul Mabiala", id="fr-camp-comma"),
        pytest.param("Food ran short at the camp, said Grace Otieno, a nurse.", "Grace Otieno", id="en-camp-comma"),
    ],
)
def test_a_name_set_off_from_the_word_before_it_is_a_persons(text, person):
    assert person in actors_of(text)[0]
