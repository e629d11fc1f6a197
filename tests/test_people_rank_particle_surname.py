"""A surname printed with its particle right after a rank or a courtesy title ("le colonel de
Villiers", "Captain de Klerk", "el capitán de Olazábal") names a person by the surname alone,
as a surname without particle does ("le colonel Dupont"): the name is the particle and the
surname. The full name the article gives elsewhere wins ("Pierre de Villiers"). After a title
that takes a place or unit after "de" (vocabulary "titles_before_a_place": "le commandant de
Ber", "le gouverneur de Tessit") no person is named, nor where the word after the particle is a
service's ("le Directeur général de la Gendarmerie", "el Director General de la Gendarmería":
the office's body, vocabulary "service_words_after_particle"). Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le colonel de Villiers a inspecté les troupes à Gao avant de repartir.", "de Villiers", id="fr-de"),
        pytest.param("Le capitaine du Plessix a conduit l'escorte jusqu'au camp de Bouar.", "du Plessix", id="fr-du"),
        pytest.param("Captain de Klerk led the night patrol along the river near Wau.", "de Klerk", id="en-de"),
        pytest.param("El capitán de Olazábal encabezó la patrulla nocturna cerca de Naqoura.", "de Olazábal", id="es-de"),
        pytest.param("Le colonel de Villiers est arrivé lundi. Le colonel Pierre de Villiers a ensuite salué les soldats.",
                     "Pierre de Villiers", id="fr-full-name-wins"),
    ],
)
def test_a_surname_with_its_particle_after_a_rank_is_a_person(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le commandant de Ber a salué les soldats à leur arrivée.", id="fr-commandant-place"),
        pytest.param("Le gouverneur de Tessit a reçu la délégation lundi.", id="fr-governor-place"),
    ],
)
def test_a_title_taking_a_place_names_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Le Directeur général de la Gendarmerie nationale, Général Paul Marin, était présent à la cérémonie.",
                     ["Paul Marin"], id="fr-gendarmerie-after-director-general"),
        pytest.param("Le Directeur général de la Gendarmerie, Général Paul Marin, était présent à la cérémonie.",
                     ["Paul Marin"], id="fr-gendarmerie-alone"),
        pytest.param("Le Chef de la Police, Général Paul Marin, était présent à la cérémonie.",
                     ["Paul Marin"], id="fr-police"),
        pytest.param("El Director General de la Gendarmería, General Pablo Marín, recibió a la delegación en Bangui.",
                     ["Pablo Marín"], id="es-gendarmeria"),
        pytest.param("Le Général de Villiers, chef de la Gendarmerie, était présent à la cérémonie.",
                     ["de Villiers"], id="fr-surname-with-particle-after-a-rank-still-a-person"),
    ],
)
def test_a_service_after_a_particle_names_the_office_s_body(text, people):
    assert people_of(text) == people
