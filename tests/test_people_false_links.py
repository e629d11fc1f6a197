"""Names that must not link to the wrong actor: acronyms several bodies share, missions of
other bodies, a dropped subject after a named one, a middle name taken for a surname, common
words and known names after a title, a glued particle before a body's name, and a speaker
past a coordinating conjunction. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))


@pytest.mark.parametrize(
    "text, wrong",
    [
        pytest.param("Reporters Without Borders (RSF) condemned the detention of two reporters.", "Rapid Support Forces",
                     id="en-reporters-rsf"),
        pytest.param("Reporters sans frontières (RSF) a dénoncé la détention de deux reporters.", "Rapid Support Forces",
                     id="fr-reporters-rsf"),
        pytest.param("The Singapore Armed Forces (SAF) sent a field hospital to the region.", "Sudanese Armed Forces",
                     id="en-singapore-saf"),
        pytest.param("The RSF press freedom index ranked the country low.", "Rapid Support Forces", id="bare-acronym"),
    ],
)
def test_a_shared_acronym_alone_names_no_listed_body(text, wrong):
    assert wrong not in bodies_of(text)


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The Rapid Support Forces (RSF) shelled the market. The RSF denied it later.", "Rapid Support Forces",
                     id="bracketed-after-its-name"),
        pytest.param("The Sudanese Armed Forces retook the bridge; SAF officers said so.", "Sudanese Armed Forces",
                     id="full-name-elsewhere"),
    ],
)
def test_a_shared_acronym_beside_the_full_name_names_the_body(text, body):
    assert body in bodies_of(text)


def person_surfaces(text: str) -> dict[str, list[str]]:
    return {e.name: e.surfaces for e in extract(text, None).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, person, word",
    [
        pytest.param("Ông Trần Xuân Bách dự lễ khai mạc. Đoàn đến Xuân Lộc hôm qua.", "Trần Xuân Bách", "Xuân", id="vi-middle-name"),
        pytest.param("Mary Ann Kowalczyk won the vote. Ann Street was closed for the parade.", "Mary Ann Kowalczyk", "Ann",
                     id="en-middle-word"),
        pytest.param("Grace Tambo Okafor won the vote. Tambo later left the party.", "Grace Tambo Okafor", "Tambo",
                     id="en-middle-word-alone"),
        pytest.param("Omar Kadiri Kubeir leads the group. Kadiri Street was closed for the parade.", "Omar Kadiri Kubeir", "Kadiri",
                     id="en-middle-word-before-street"),
        pytest.param("Carlos Ruiz Delgado llegó a Bogotá. La calle Ruiz Avenue estaba cerrada.", "Carlos Ruiz Delgado", "Ruiz",
                     id="es-before-a-place-word"),
    ],
)
def test_a_middle_word_of_a_name_alone_is_no_mention_of_the_person(text, person, word):
    """Only in a language of two family names (Spanish) is the word before the last a surname,
    and never before a place word ("Street")."""
    assert word not in person_surfaces(text).get(person, [])


def test_a_spanish_first_family_name_alone_names_the_person():
    assert "Ruiz" in person_surfaces("Carlos Ruiz Delgado llegó a Bogotá. Ruiz dijo que la tropa estaba lista.")["Carlos Ruiz Delgado"]


def people_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le ministre Sécurité a répondu aux questions des députés.", id="fr-common-word-with-accent"),
        pytest.param("El ministro Educación respondió a los diputados.", id="es-common-word-with-accent"),
        pytest.param("Le ministre Sahel a répondu aux questions des députés.", id="word-of-a-known-body"),
        pytest.param("Le commandant Wagner a quitté la base de Kidal.", id="proper-word-of-a-known-body"),
        pytest.param("Le ministre Tombouctou a répondu aux questions des députés.", id="known-place"),
    ],
)
def test_a_known_name_or_common_word_after_a_title_is_no_surname(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The raid was planned by Yusuf Karim al-Qaeda commander in the region.", "Yusuf Karim", id="al-qaeda"),
        pytest.param("The cell was run by Hassan Idris al-Shabaab leader in the south.", "Hassan Idris", id="al-shabaab"),
        pytest.param("General Abdel Karim al-Wahidi met the envoy on Monday.", "Abdel Karim al-Wahidi", id="a-family-name-still-glues"),
    ],
)
def test_a_glued_particle_before_a_known_body_ends_no_name(text, person):
    assert people_of(text) == [person]
