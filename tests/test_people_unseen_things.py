"""Words that are no people though capitalised like names, and names hidden behind the words
around them, as met on articles the rules were not written from: a unit's name hyphenated to
its country, a vehicle's make and model, a body's headquarters before its spokesperson's name,
an honour's initials after a rank, a given name after an office opening a line. Every sentence
is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("en", "Colonel Dan Price took over Task Force-Haiti from Colonel Amy Lund.", {"Dan Price", "Amy Lund"}, id="en-task-force-country"),
        pytest.param("en", "The engineers of Battalion-Liberia were thanked by Major Tom Reid.", {"Tom Reid"}, id="en-battalion-country"),
        pytest.param("fr", "Le colonel Paul Girard a rejoint la Force-Sahel en mars.", {"Paul Girard"}, id="fr-force-region"),
    ],
)
def test_a_unit_hyphenated_to_its_place_is_no_person(language, sentence, names):
    assert set(people(sentence, language)) == names


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("en", "The donation included a Toyota Hilux truck and a Nissan Patrol vehicle for Colonel Ama Boateng.", {"Ama Boateng"}, id="en-truck-vehicle"),
        pytest.param("en", "Two Isuzu Elf buses carried the platoon to Tyre.", set(), id="en-buses"),
        pytest.param("es", "El ministro recibió dos camiones Mercedes Benz en el puerto.", set(), id="es-camiones-before"),
    ],
)
def test_a_vehicles_make_and_model_is_no_person(language, sentence, names):
    assert set(people(sentence, language)) == names


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The spokesperson for the Army Headquarters Rajan Dahal said the march would start at nine.", "Rajan Dahal", id="en-headquarters-then-name"),
        pytest.param("en", "A statement from Force Headquarters Colonel Mary Otieno praised the unit.", "Mary Otieno", id="en-force-headquarters-rank"),
    ],
)
def test_a_headquarters_before_a_name_is_the_bodys_not_the_persons(language, sentence, name):
    found = people(sentence, language)
    assert name in found and not any("Headquarters" in n for n in found)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "Asistió el teniente general VGM Ernesto Fajardo Ruiz a la ceremonia.", "Ernesto Fajardo Ruiz", id="es-vgm-after-rank"),
        pytest.param("es", "El coronel VGM Juan Pedro Olmos habló en Campo de Mayo.", "Juan Pedro Olmos", id="es-vgm-after-coronel"),
    ],
)
def test_an_honours_initials_after_a_rank_are_the_role(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("fr", "Ministre Jean-Marc le Gall reçu par le préfet à Gao", "Jean-Marc le Gall", id="fr-office-given-le"),
        pytest.param("fr", "Le Général Pierre le Bihan a inspecté le camp.", "Pierre le Bihan", id="fr-rank-given-le"),
    ],
)
def test_a_lowercase_particle_after_a_titled_given_name_joins_the_family_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "sentence, names",
    [
        pytest.param("Đại tá Nguyễn Văn Minh và Trung tá Lê Thị Hoa đã đến Abyei.", {"Nguyễn Văn Minh", "Lê Thị Hoa"}, id="vi-da-den"),
        pytest.param("Ông Trần Văn Bình đã đến Juba sáng nay.", {"Trần Văn Bình"}, id="vi-da-den-after-ong"),
        pytest.param("Thiếu tá Phạm Thị Lan đi Bentiu cùng Đại úy Đỗ Văn Nam.", {"Phạm Thị Lan", "Đỗ Văn Nam"}, id="vi-di-between-names"),
    ],
)
def test_a_vietnamese_word_that_folds_to_a_particle_ends_the_name(sentence, names):
    assert set(people(sentence, "vi")) == names


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("en", "The envoy welcomed the officers at the Kamal Hossain Auditorium on Friday.", set(), id="en-auditorium"),
        pytest.param("es", "El marino recordó la travesía del Estrecho de Magallanes ante el embajador.", set(), id="es-estrecho"),
        pytest.param("fr", "Le convoi a franchi le détroit de Bab el-Mandeb sous escorte.", set(), id="fr-detroit"),
        pytest.param("en", "A statement from the Military Intelligence Directorate was read by Colonel Tom Reid.", {"Tom Reid"}, id="en-directorate"),
    ],
)
def test_a_hall_a_strait_or_a_directorate_is_no_person(language, sentence, names):
    assert set(people(sentence, language)) == names


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "Recibió la medalla el Capitán de Fragata Infante de Marina Pablo Ortúzar Vial.", "Pablo Ortúzar Vial", id="es-capitan-de-fragata-infante-de-marina"),
        pytest.param("es", "Asistió el Capitán de Corbeta Rodrigo Salas Peña a la ceremonia.", "Rodrigo Salas Peña", id="es-capitan-de-corbeta"),
        pytest.param("es", "Recibió la medalla el Capitán de Fragata Infante de Marina Diego Araya.", "Diego Araya", id="es-fragata-infante-two-words"),
        pytest.param("es", "Asistió el Capitán de Corbeta Infante de Marina Andrés Solís en Bogotá.", "Andrés Solís", id="es-corbeta-infante-two-words"),
    ],
)
def test_a_naval_rank_of_several_words_is_the_role(language, sentence, name):
    assert set(people(sentence, language)) == {name}


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("es", "El jefe de la Marina de Guerra, almirante Tomás Ibarra Lugones, habló ayer.", {"Tomás Ibarra Lugones"}, id="es-la-marina-de-guerra"),
        pytest.param("fr", "Le président de l’Autorité de la Transition, Paul Girard, a reçu la délégation.", {"Paul Girard"}, id="fr-l-autorite"),
        pytest.param("es", "Los soldados del Batallón Soberanía saludaron al coronel Luis Prado Soto.", {"Luis Prado Soto"}, id="es-del-batallon"),
    ],
)
def test_a_name_after_a_definite_article_is_a_bodys_not_a_persons(language, sentence, names):
    assert set(people(sentence, language)) == names
