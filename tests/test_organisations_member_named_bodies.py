"""Organisations: a body named by its members, with no head word of organisation_heads: a
plural noun of people (vocabulary "member_body_heads"), a connector ("for", "in", "de la")
and capitalised words no known name holds ("Physicians for Human Rights", "Partners in
Health", "Amigos de la Tierra") is one organisation (entities._members_body); the same words
before lowercase words or a known place are none. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def organisations(sentence: str, language: str) -> list[str]:
    return sorted(f.name for f in find_in_sentence(sentence, language) if f.kind == "organisation")


@pytest.mark.parametrize(
    "sentence, language, name",
    [
        pytest.param("Physicians for Human Rights documented the abuses.", "en", "Physicians for Human Rights", id="en-opening"),
        pytest.param("A report by Physicians for Human Rights found that clinics were attacked.", "en",
                     "Physicians for Human Rights", id="en-inside"),
        pytest.param("Lawyers for Human Rights filed a complaint on behalf of the families.", "en",
                     "Lawyers for Human Rights", id="en-lawyers"),
        pytest.param("Partners in Health sent doctors to the camp.", "en", "Partners in Health", id="en-in"),
        pytest.param("Amigos de la Tierra pidió una investigación independiente.", "es", "Amigos de la Tierra", id="es-de-la"),
    ],
)
def test_a_body_named_by_its_members_is_an_organisation(sentence, language, name):
    assert organisations(sentence, language) == [name]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Lawyers for the defendants appealed the verdict.", "en", id="en-lowercase-after"),
        pytest.param("Doctors in Gao said that two soldiers had died.", "en", id="en-known-place"),
        pytest.param("Friends of the victims gathered outside the court.", "en", id="en-lowercase-friends"),
    ],
)
def test_the_same_words_before_no_name_are_none(sentence, language):
    assert organisations(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Reporters without Borders condemned the arrest of the journalist.", "en", id="en-lowercase-without"),
        pytest.param("Reporters sans frontières a dénoncé l'arrestation du journaliste.", "fr", id="fr"),
        pytest.param("Reporteros sin Fronteras denunció la detención del periodista.", "es", id="es"),
    ],
)
def test_a_listed_body_named_with_a_lowercase_preposition_is_found(sentence, language):
    # "without", "sans", "sin" join no capitalised run: the body is reference data
    # (organisations.yaml), matched whatever the case of its small words
    assert organisations(sentence, language) == ["Reporters Without Borders"]


def test_the_acronym_of_another_body_is_left_to_it():
    assert organisations("The RSF shelled the camp near El Fasher.", "en") == ["Rapid Support Forces"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Doctors and Nurses of the Regional Hospital treated the wounded.", "en", id="en-doctors-and-nurses"),
        pytest.param("Journalists and Lawyers in Juba signed a petition.", "en", id="en-journalists-and-lawyers"),
        pytest.param("Avocats et Journalistes ont signé une pétition à Bunia.", "fr", id="fr-et"),
        pytest.param("Médecins et Infirmiers ont soigné les blessés à Bunia.", "fr", id="fr-medecins-et"),
        pytest.param("Abogados y Periodistas firmaron una petición en Bunia.", "es", id="es-y"),
    ],
)
def test_two_groups_of_people_joined_by_a_conjunction_are_no_body(sentence, language):
    # "and", "et", "y" (vocabulary coordinating_conjunctions) list two groups; they link no
    # members to what they stand for, as "for", "of", "de" do
    # (a body the rest of the sentence names, "Regional Hospital", is not under test)
    first = sentence.split()[0]
    assert [name for name in organisations(sentence, language) if name.startswith(first)] == []
