"""People: a person the article names only by the surname after a person's title is a person
of the article; a surname of a person named in full is that person again, not another.
Sentences of our own."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.name, e.role) for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, name, role",
    [
        pytest.param("Among the officers decorated was 1st Lieutenant Hovlandt from the Norwegian Army.", "Hovlandt", "Lieutenant",
                     id="en-rank"),
        pytest.param("Captain Oyekunbi said the patrol had returned to its base.", "Oyekunbi", "Captain", id="en-opening"),
        pytest.param("Le colonel Traoussi a présenté les troupes au ministre.", "Traoussi", "colonel", id="fr-rank"),
    ],
)
def test_a_surname_alone_after_a_persons_title_is_a_person(text, name, role):
    assert people_of(text) == [(name, role)]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Ana Lucía Ferreyra Quispe led the detachment. Later, Captain Ferreyra thanked the families.",
                     "Ana Lucía Ferreyra Quispe", id="middle-word-of-full-name"),
        pytest.param("Brigadier Tomas Okwerani arrived on Monday. Brigadier Okwerani then met the mayor.", "Tomas Okwerani",
                     id="last-word-of-full-name"),
    ],
)
def test_a_surname_of_a_person_named_in_full_is_that_person(text, name):
    assert [n for n, _role in people_of(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Secretary-General praised the General Assembly for its vote.", id="common-word"),
        pytest.param("Colonel MONUSCO was written on the sign.", id="acronym"),
    ],
)
def test_a_common_word_or_acronym_after_a_title_is_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, given",
    [
        pytest.param("Mme Hélène a remis les médailles aux soldats.", "Hélène", id="given-name-alone-fr"),
        pytest.param("Colonel Seydou inspected the new barracks on Friday.", "Seydou", id="given-name-alone-en"),
    ],
)
def test_a_given_name_alone_after_a_title_is_no_person(text, given):
    assert given not in [n for n, _r in people_of(text)]


@pytest.mark.parametrize(
    "text, name, role",
    [
        pytest.param("La commandante Sidonie de la Varnière a remis les médailles.", "Sidonie de la Varnière", "commandante",
                     id="fr-two-particles"),
        pytest.param("Colonel Anke van der Bramhoff opened the new clinic.", "Anke van der Bramhoff", "Colonel",
                     id="nl-two-particles"),
    ],
)
def test_a_name_going_on_after_particles_is_found_whole_and_not_as_its_first_word(text, name, role):
    assert people_of(text) == [(name, role)]


@pytest.mark.parametrize(
    "text, name, role",
    [
        pytest.param("The President Elect Marisol Quantrell spoke to the troops.", "Marisol Quantrell", "President Elect",
                     id="en-elect"),
        pytest.param("The President Elect Marisol addressed the crowd.", None, None, id="en-elect-given-name"),
        pytest.param("El Presidente Electo Ramiro Quintanal visitó la base.", "Ramiro Quintanal", "Presidente Electo",
                     id="es-electo"),
        pytest.param("Prime Minister Designate Tobiah Marrenco met the envoy.", "Tobiah Marrenco", "Prime Minister Designate",
                     id="en-designate"),
    ],
)
def test_a_word_going_on_a_title_is_part_of_the_role_not_of_the_name(text, name, role):
    assert people_of(text) == ([(name, role)] if name else [])
