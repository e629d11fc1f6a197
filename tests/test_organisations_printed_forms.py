"""Organisations: a body's name found by pattern ends before the place it stands in ("the
Royal Staff College in Accra"); a national contingent's name (a demonym and a unit's word:
"the Nepalese Engineering Company") is the country's troops, not an organisation; the
letters after an officer's name (", NDC, PSC,": courses passed) are no body. Every sentence
is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


def bodies(sentence: str, language: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, language) if f.kind in ("organisation", "initiative")]


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "She trained at the Okomfo Staff College in Accra before the mission.", "Okomfo Staff College", id="en-in-city"),
        pytest.param("en", "The wounded were flown to the Nyahururu Teaching Hospital in Kenya on Friday.", "Nyahururu Teaching Hospital",
                     id="en-in-country"),
        pytest.param("en", "The Lotus Engineering Unit in Lebanon held its ceremony.", "Lotus Engineering Unit", id="en-unit-in-country"),
    ],
)
def test_a_bodys_name_ends_before_the_place_it_is_in(language, sentence, name):
    assert bodies(sentence, language) == [name]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The Okomfo Liaison Office in Accra issued the statement.", "Okomfo Liaison Office in Accra", id="en-office"),
    ],
)
def test_an_office_or_missions_name_keeps_the_place_it_serves(language, sentence, name):
    assert bodies(sentence, language) == [name]


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The Nepalese Engineering Company left Juba on Monday.", id="en-company"),
        pytest.param("en", "The parade closed with the Ghanaian Medical Unit and the guard.", id="en-unit"),
        pytest.param("en", "The Brazilian Infantry Battalion patrolled the district.", id="en-battalion"),
        pytest.param("es", "El Batallón Uruguayo llegó ayer a Goma.", id="es-demonym-after-head"),
        pytest.param("en", "The first group of Ghana's Engineering Unit Rotation 3 reached Juba on Monday.",
                     id="en-country-possessive"),
        pytest.param("en", "The Ghana Medical Company treated forty patients in Bentiu.", id="en-country-name-opening"),
        pytest.param("es", "La Compañía Chile patrulló el sector norte de la isla.", id="es-country-name-after-head"),
        pytest.param("fr", "La Compagnie Sénégal a quitté Dakar lundi.", id="fr-country-name-after-head"),
        pytest.param("en", "The staff of the Engineering Unit Rotation 2, set up last year, left Hanoi.", id="en-rotation-number"),
        pytest.param("es", "La Compañía de Ingenieros 3 llegó a Goma el lunes.", id="es-rotation-number"),
    ],
)
def test_a_national_contingents_name_is_no_organisation(language, sentence):
    assert bodies(sentence, language) == []


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The Ghana Peacekeeping Centre trained the engineers.", "Ghana Peacekeeping Centre",
                     id="en-country-name-no-unit-word"),
        pytest.param("es", "La Compañía Minera Andina donó los equipos.", "Compañía Minera Andina", id="es-company-no-country"),
        pytest.param("en", "The Ghana Gold Company donated food to the camp.", "Ghana Gold Company", id="en-country-name-firm"),
        pytest.param("en", "The wounded were taken to the Kenya National Hospital on Monday.", "Kenya National Hospital",
                     id="en-country-name-hospital"),
        pytest.param("en", "The Mali Football Team visited the camp in Gao.", "Mali Football Team", id="en-country-name-team"),
        pytest.param("es", "La Compañía Chile de Seguros pagó los daños.", "Compañía Chile de Seguros", id="es-country-name-then-more"),
        pytest.param("en", "The Lotus Engineering Unit held 3 ceremonies.", "Lotus Engineering Unit", id="en-number-not-right-after"),
    ],
)
def test_a_body_opening_on_a_country_or_a_unit_word_without_the_other_stays(language, sentence, name):
    assert bodies(sentence, language) == [name]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Brigadier General Karim Uddin, NDC, PSC, of Bangladesh Army was appointed on Sunday.", ["Bangladesh Army"],
                     id="post-nominals"),
        pytest.param("The African Union Peace and Security Council met in Addis Ababa. The PSC asked for more troops.",
                     ["African Union Peace and Security Council"], id="acronym-with-full-name"),
    ],
)
def test_letters_after_an_officers_name_are_no_body(text, expected):
    assert bodies_of(text) == expected


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The parade was led by Colonel Ama Owusu, MONUSCO Deputy Force Commander and Acting Head of Mission.",
                     id="en-head-of-mission"),
        pytest.param("en", "The report went to Kwame Asante, Chief of Mission, on Friday.", id="en-chief-of-mission"),
    ],
)
def test_an_office_ending_on_a_bodys_word_is_a_role_not_a_body(language, sentence):
    assert bodies(sentence, language) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Các chiến sĩ luôn chấp hành nghiêm kỷ luật QĐND Việt Nam tại phái bộ.", id="vi-abbreviation-with-country"),
    ],
)
def test_the_vietnamese_armys_abbreviation_with_the_country_is_the_army(sentence):
    assert bodies(sentence, "vi") == ["People's Army of Vietnam"]


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The Chadian Government welcomed the new contingent on Monday.", id="en-demonym-government"),
        pytest.param("en", "The Government of Mali asked the mission for more patrols.", id="en-government-of-country"),
        pytest.param("fr", "Le Gouvernement malien a salué le travail des casques bleus.", id="fr-government-demonym"),
        pytest.param("es", "El Gobierno de Chile envió un nuevo contingente.", id="es-government-of-country"),
    ],
)
def test_a_countrys_government_is_the_country_not_an_organisation(language, sentence):
    assert bodies(sentence, language) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Selon une source onusienne, le convoi est reparti mardi.", id="fr-source-feminine"),
        pytest.param("Le contingent onusien a quitté la ville lundi matin.", id="fr-masculine"),
        pytest.param("Les responsables onusiens ont visité le camp jeudi.", id="fr-plural"),
        pytest.param("Deux enquêtes onusiennes sont en cours dans la région.", id="fr-plural-feminine"),
    ],
)
def test_the_french_adjective_onusien_names_the_united_nations(sentence):
    """"onusien" is the United Nations as a modifier, like "UN" in "UN peacekeepers"
    (tests/corpus/README.md, organisations)."""
    assert bodies(sentence, "fr") == ["United Nations"]

