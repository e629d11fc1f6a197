"""People whose name words are also dictionary words, Vietnamese names printed without
diacritics whose last syllable is a word of another language, and feminine ranks before a
name. Every sentence here is written for the test, in English, French, Spanish and
Vietnamese."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("es", "Según Juan García, la misión continúa en la frontera.", "Juan García", None, id="es-given-name-garcia"),
        pytest.param("es", "Pedro León llegó a Naqoura el lunes con su unidad.", "Pedro León", None, id="es-given-name-leon"),
        pytest.param("es", "La ministra María Rosa habló con los soldados del contingente.", "María Rosa", "ministra", id="es-title-not-rank"),
        pytest.param("en", "Ana Rosa led the patrol along the Blue Line.", "Ana Rosa", None, id="en-given-name-rosa"),
        pytest.param("fr", "Selon Pierre Lebon, le convoi est reparti vers Gao.", "Pierre Lebon", None, id="fr-given-name"),
        pytest.param("en", "Deputy Minister Carmen Flores visited the camp.", "Carmen Flores", "Deputy Minister", id="en-title-dictionary-words"),
    ],
)
def test_dictionary_words_inside_a_name_with_other_evidence_are_a_person(language, sentence, name, role):
    assert people(sentence, language) == {name: role}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("fr", "Pham Van Son a visité le camp de Bentiu.", "Pham Van Son", id="fr-son"),
        pytest.param("fr", "Selon Pham Thi Sa, la mission avance.", "Pham Thi Sa", id="fr-sa"),
        pytest.param("fr", "Le 3 juin, Nguyen Thi Mai est arrivée à Juba.", "Nguyen Thi Mai", id="fr-month-mai"),
        pytest.param("en", "They met Nguyen Thi Mai in Juba.", "Nguyen Thi Mai", id="en-month-mai"),
        pytest.param("en", "Nguyen Van Long met the engineers on Monday.", "Nguyen Van Long", id="en-long"),
        pytest.param("es", "Lo confirmó Nguyen Van Lo en Abyei.", "Nguyen Van Lo", id="es-lo"),
        pytest.param("fr", "Le lieutenant Le Van Nam a parlé aux soldats.", "Le Van Nam", id="fr-family-le"),
        pytest.param("vi", "Đại tá Phạm Văn Sơn đã phát biểu tại buổi lễ.", "Phạm Văn Sơn", id="vi-diacritics"),
    ],
)
def test_a_vietnamese_name_without_diacritics_keeps_its_last_syllable(language, sentence, name):
    assert list(people(sentence, language)) == [name]


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("fr", "la lieutenant-colonelle Do Thi Lan a été décorée.", "Do Thi Lan", "lieutenant-colonelle", id="fr-lieutenant-colonelle"),
        pytest.param("fr", "La médecin-colonelle Claire Martin dirige l'hôpital.", "Claire Martin", "médecin-colonelle", id="fr-medecin-colonelle"),
        pytest.param("fr", "La sergente-cheffe Julie Bernard a été blessée.", "Julie Bernard", "sergente-cheffe", id="fr-sergente-cheffe"),
        pytest.param("fr", "La caporale Awa Diallo a reçu la médaille.", "Awa Diallo", "caporale", id="fr-caporale"),
        pytest.param("fr", "La cheffe de bataillon Anne Morel commande le détachement.", "Anne Morel", "cheffe de bataillon", id="fr-cheffe-de-bataillon"),
        pytest.param("es", "La generala Ana Rosa inspeccionó la base.", "Ana Rosa", "generala", id="es-generala"),
        pytest.param("es", "La sargenta primera Lucía Romero fue condecorada.", "Lucía Romero", "sargenta primera", id="es-sargenta-primera"),
        pytest.param("es", "La capitana de corbeta Elena Flores llegó a Beirut.", "Elena Flores", "capitana de corbeta", id="es-capitana-de-corbeta"),
    ],
)
def test_a_feminine_rank_is_the_role_of_the_name_after_it(language, sentence, name, role):
    assert people(sentence, language) == {name: role}


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The Grace Period ended on Monday for the contractors.", id="en-not-a-given-name"),
        pytest.param("es", "La Luz Verde del Consejo llegó tarde.", id="es-common-words"),
    ],
)
def test_common_words_without_name_evidence_are_no_person(language, sentence):
    assert people(sentence, language) == {}


def test_a_function_word_opening_the_sentence_is_no_family_name():
    # "Le" is the article here, its capital the sentence's: the painter's name is "Van Gogh"
    assert people("Le Van Gogh du musée a été prêté à Hanoï.", "fr") == {"Van Gogh": None}


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "Les élèves du lycée « Pierre Lebon » ont accueilli les casques bleus.", id="fr-lycee"),
        pytest.param("es", "Los alumnos del colegio «Juan García» recibieron a los cascos azules.", id="es-colegio"),
        pytest.param("en", 'The pupils of the "John Rivers" school met the peacekeepers.', id="en-school-after"),
    ],
)
def test_a_school_named_after_a_person_with_a_given_name_is_no_person(language, sentence):
    assert people(sentence, language) == {}


@pytest.mark.parametrize(
    "language, sentence, absent, present",
    [
        pytest.param("fr", "Trois casques bleus ont été blessés, a écrit sur Twitter la Mission des Nations Unies au Mali.",
                     "Twitter la Mission", None, id="fr-la"),
        pytest.param("en", "The attack was confirmed on Facebook the Ministry of Defence of Ghana said.",
                     "Facebook the Ministry", None, id="en-the"),
        pytest.param("es", "Lo anunció en Twitter la Misión de Estabilización de las Naciones Unidas.",
                     "Twitter la Misión", None, id="es-la"),
        pytest.param("fr", "Le Front de Libération du Peuple a revendiqué l'attaque.",
                     None, "Front de Libération du Peuple", id="fr-article-after-a-connector-joins"),
    ],
)
def test_an_article_after_a_capitalised_word_opens_the_next_name(language, sentence, absent, present):
    names = {f.name for f in find_in_sentence(sentence, language)}
    if absent:
        assert not any(absent in n for n in names)
    if present:
        assert present in names


def _article(lead: str, later: str) -> str:
    return f"# A rotation of the contingent\n\n{lead}\n\n{later}\n"


@pytest.mark.parametrize(
    "lead, later, name",
    [
        pytest.param("The rotation took place in Naqoura on 3 May 2024. The new company is led by Grace Long, who arrived on Monday.",
                     "Captain Long said the mission goes on.", "Grace Long", id="en"),
        pytest.param("La relève a eu lieu à Naqoura le 3 mai 2024. La nouvelle compagnie est commandée par Rose Blanc, arrivée lundi.",
                     "La capitaine Blanc a déclaré que la mission se poursuit.", "Rose Blanc", id="fr"),
        pytest.param("El relevo se celebró en Marjayoun el 3 de mayo de 2024. Llegó con su unidad Blanca Flores, que dirigirá la compañía.",
                     "La coronela Flores dijo que la misión continúa con normalidad.", "Blanca Flores", id="es"),
    ],
)
def test_a_name_of_dictionary_words_named_again_after_a_rank_is_a_person(lead, later, name):
    people = [f.name for f in extract(_article(lead, later)).entities.values() if f.kind == "person"]
    assert people == [name]


def test_a_name_of_dictionary_words_named_again_without_a_rank_is_no_person():
    text = _article("The rotation took place in Naqoura on 3 May 2024. The new company is led by Grace Long, who arrived on Monday.",
                    "The mission said the Long Road was closed.")
    assert [f.name for f in extract(text).entities.values() if f.kind == "person"] == []
