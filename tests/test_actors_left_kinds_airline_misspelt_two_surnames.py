"""Kinds left from an earlier reading of fresh articles: a national agency's short acronym in
prose of one of its own languages where the letters are another body's ("La TAP a annulé
trois vols": the airline, not Tunis Afrique Presse), a listed body's long name with a short
word misspelt ("Human Right Watch"), and a Spanish name of two family names whose first is
also a title's plural ("Ana Reyes Costa"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def ids(text: str, kind: str) -> set[str]:
    """The ids of the entities of one kind an article of this text holds."""
    return {f.id for f in extract(text).entities.values() if f.kind == kind}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La TAP a annulé trois vols vers Lisbonne lundi, a indiqué la compagnie aérienne.", id="fr-airline"),
        pytest.param("Les passagers de la TAP ont attendu six heures à l'aéroport de Bamako.", id="fr-passengers"),
    ],
)
def test_an_agencys_letters_in_its_own_language_are_not_the_agency_without_press_words(text):
    assert "tunis-afrique-presse" not in ids(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Selon la TAP, le contingent tunisien est arrivé à Bangui samedi.", id="fr-selon"),
        pytest.param("Le colonel a déclaré à la TAP que le départ aurait lieu lundi.", id="fr-told"),
    ],
)
def test_the_agency_cited_in_its_own_language_stays(text):
    assert "tunis-afrique-presse" in ids(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Human Right Watch said the soldiers had detained forty civilians in Beni.", id="en"),
        pytest.param("Selon Human Right Watch, les soldats ont détenu quarante civils à Beni.", id="fr"),
        pytest.param("Según Human Right Watch, los soldados detuvieron a cuarenta civiles en Beni.", id="es"),
    ],
)
def test_a_long_listed_name_with_a_short_word_misspelt_is_that_body(text):
    assert "human-rights-watch" in ids(text, "organisation")
    assert not ids(text, "person")


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("La jueza Ana Reyes Costa ordenó la detención del coronel.", "ana-reyes-costa", id="es-after-title"),
        pytest.param("Ana Reyes Costa, jueza de Bamako, ordenó la detención.", "ana-reyes-costa", id="es-opening"),
        pytest.param("El fiscal Juan Reyes Ortega pidió la palabra ante el tribunal.", "juan-reyes-ortega", id="es-fiscal"),
    ],
)
def test_a_surname_that_is_a_titles_plural_between_given_and_family_name(text, person):
    assert ids(text, "person") == {person}
