"""Actors that are not actors, and one body as two actors: a common noun phrase of the field
capitalised is no organisation; a body everyone has (a ministry) is one actor per country;
a body's short name, acronym and longer name in one article are one actor. Every sentence
here is written for the test, in English, French, Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence, is_generic_phrase
from newsdossier.text import tokenize


def bodies(sentence: str, language: str) -> dict[str, str]:
    """name -> id of the organisations and initiatives found in one sentence."""
    return {f.name: f.id for f in find_in_sentence(sentence, language) if f.kind in ("organisation", "initiative")}


# --- Generic phrases -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "language, sentence, phrase",
    [
        pytest.param("en", "Vietnam is widening its part in UN Peacekeeping Missions from next year.", "Peacekeeping Missions", id="en-un-missions"),
        pytest.param("en", "Officers met to discuss the UN Peacekeeping Operations in Africa.", "Peacekeeping Operations", id="en-un-operations"),
        pytest.param("en", "Soldiers serving with a U.N. peacekeeping mission in Haiti were hurt.", "U.N. peacekeeping", id="en-lowercase-activity"),
        pytest.param("en", "The minister praised the United Nations Mission for its work.", "United Nations Mission", id="en-un-mission"),
        pytest.param("fr", "Les Opérations de Maintien de la Paix sont critiquées par le rapport.", "Opérations de Maintien de la Paix", id="fr-operations"),
        pytest.param("fr", "Le contingent de Casques Bleus est arrivé hier.", "Casques Bleus", id="fr-casques-bleus"),
        pytest.param("es", "Las Operaciones de Paz de la ONU necesitan más fondos.", "Operaciones de Paz", id="es-operaciones"),
        pytest.param("es", "Las Fuerzas de Paz llegaron a la ciudad.", "Fuerzas de Paz", id="es-fuerzas"),
    ],
)
def test_a_common_noun_phrase_of_the_field_is_no_organisation(language, sentence, phrase):
    found = bodies(sentence, language)
    assert not any(phrase.lower() in name.lower() and name != "United Nations" for name in found), found


@pytest.mark.parametrize(
    "language, words",
    [
        pytest.param("en", "Peacekeeping Operations", id="en"),
        pytest.param("en", "UN Peace-keeping Forces", id="en-hyphen"),
        pytest.param("fr", "Opérations de maintien de la paix", id="fr"),
        pytest.param("es", "Operaciones de Mantenimiento de la Paz", id="es"),
        pytest.param("vi", "Lực lượng gìn giữ hòa bình", id="vi"),
        pytest.param("vi", "Phái bộ Gìn giữ Hòa bình Liên Hợp Quốc", id="vi-un"),
    ],
)
def test_generic_phrases(language, words):
    assert is_generic_phrase([t.folded for t in tokenize(words)], language)


@pytest.mark.parametrize(
    "language, words",
    [
        pytest.param("en", "Department of Peace Operations", id="en-department"),
        pytest.param("en", "Action for Peacekeeping", id="en-programme"),
        pytest.param("en", "Force Intervention Brigade", id="en-brigade"),
        pytest.param("en", "United Nations", id="en-un-alone"),
        pytest.param("fr", "Département des opérations de paix", id="fr-departement"),
        pytest.param("es", "Departamento de Operaciones de Paz", id="es-departamento"),
        pytest.param("vi", "Cục Gìn giữ hòa bình Việt Nam", id="vi-cuc"),
    ],
)
def test_a_named_body_or_programme_is_no_generic_phrase(language, words):
    assert not is_generic_phrase([t.folded for t in tokenize(words)], language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "He spoke at the Department of Peace Operations in New York.", "Department of Peace Operations", id="en-department"),
        pytest.param("en", "The Action for Peacekeeping initiative was launched in 2018.", "Action for Peacekeeping", id="en-initiative"),
        pytest.param("fr", "Le Département des opérations de paix a publié un rapport.", "Department of Peace Operations", id="fr-departement"),
    ],
)
def test_a_named_body_stays(language, sentence, name):
    assert name in bodies(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "Soldiers serving with a U.N. peacekeeping mission in Haiti were hurt.", id="en-un-dot"),
        pytest.param("en", "Vietnam is widening its part in UN Peacekeeping Missions.", id="en-un"),
    ],
)
def test_the_un_of_a_generic_phrase_is_the_united_nations(language, sentence):
    assert bodies(sentence, language) == {"United Nations": "united-nations"}


def test_an_anniversary_of_the_activity_counts_from_the_activity():
    # the words name no actor, but the activity's founding year (1948) still dates the text
    found = find_in_sentence("The ceremony marked the 75th anniversary of UN Peacekeeping.", "en")
    assert [(f.kind, f.id) for f in found][0] == ("activity", "un-peacekeeping")
