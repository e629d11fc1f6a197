"""A document given by a definite common noun any body may be called by ("a statement from
the agency", "un communiqué de l'agence", "un comunicado de la organización") is of the
organisation named before, as "the mission" stands for the mission; with no organisation
named, or given by a noun of no list ("a statement from the police"), it stays no one's."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from test_quotes import quotes_of


def last_speaker(language: str, *paragraphs: str) -> str:
    return [q.speaker for q in quotes_of(language, *paragraphs)][-1]


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        pytest.param("en", ("UNICEF opened two schools near the river on Monday.",
                            "The teachers had fled in March, according to a statement from the agency."), id="en-from-the-agency"),
        pytest.param("en", ("UNICEF opened two schools near the river on Monday.",
                            "The teachers had fled in March, according to a statement from the organisation."), id="en-from-the-organisation"),
        pytest.param("fr", ("L'Unicef a ouvert lundi deux écoles près du fleuve.",
                            "Les enseignants avaient fui en mars, selon un communiqué de l'agence."), id="fr-de-l-agence"),
        pytest.param("fr", ("L'Unicef a ouvert lundi deux écoles près du fleuve.",
                            "Les enseignants avaient fui en mars, selon un communiqué de l'organisme."), id="fr-de-l-organisme"),
        pytest.param("es", ("Unicef abrió el lunes dos escuelas cerca del río.",
                            "Los maestros habían huido en marzo, según un comunicado de la agencia."), id="es-de-la-agencia"),
        pytest.param("es", ("Unicef abrió el lunes dos escuelas cerca del río.",
                            "Los maestros habían huido en marzo, según un comunicado de la organización."), id="es-de-la-organizacion"),
    ],
)
def test_a_document_of_the_agency_is_the_body_named_before(language, paragraphs):
    assert last_speaker(language, *paragraphs) == "UNICEF"


def test_a_document_of_the_agency_with_no_body_named_is_no_ones():
    text = "Schools reopen\n\nThe teachers had fled in March, according to a statement from the agency."
    assert [q.speaker for q in extract(text).quotes] == [""]


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        pytest.param("en", ("UNICEF opened two schools near the river on Monday.",
                            "The teachers had fled in March, according to a statement from the police."), id="en-from-the-police"),
        pytest.param("es", ("Unicef abrió el lunes dos escuelas cerca del río.",
                            "Los maestros habían huido en marzo, según un comunicado de la policía."), id="es-de-la-policia"),
    ],
)
def test_a_document_of_a_body_of_another_kind_is_no_ones(language, paragraphs):
    assert last_speaker(language, *paragraphs) == ""
