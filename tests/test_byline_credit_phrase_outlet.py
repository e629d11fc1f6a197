"""A byline crediting an agency with a phrase of vocabulary "source_credit_words" between the
writer's name and the agency ("Por Ana Gil con información de EFE", "Par Jean Dupont, d'après
AFP"): the phrase's words are no part of the writer's name, nor a writer of their own. Every
page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, byline: str) -> str:
    return f"{HEADLINE[language]}\n\n{byline}\n\n{LEAD[language]}\n\n{MORE[language]}\n"


@pytest.mark.parametrize("language, byline, authors, source", [
    pytest.param("es", "Por Ana Gil con información de EFE", ["Ana Gil"], "Agencia EFE", id="es-phrase"),
    pytest.param("es", "Por Ana Gil, con información de EFE", ["Ana Gil"], "Agencia EFE", id="es-phrase-after-comma"),
    pytest.param("es", "Por: Redacción con información de Prensa Latina", [], "Prensa Latina", id="es-newsroom"),
    pytest.param("fr", "Par Jean Dupont, d'après AFP", ["Jean Dupont"], "Agence France-Presse", id="fr-d-apres"),
    # (must not change: a writer and the agency's name, or a one-word credit word)
    pytest.param("en", "By Jane Roe, Reuters", ["Jane Roe"], "Reuters", id="en-comma-agency"),
    pytest.param("en", "By Jane Roe with AFP", ["Jane Roe"], "Agence France-Presse", id="en-with"),
])
def test_the_writer_without_the_credit_phrase(language, byline, authors, source):
    fields = extract(_page(language, byline)).fields
    assert (fields["authors"], fields["source"]) == (authors, source)


@pytest.mark.parametrize("language, byline, authors", [
    # the phrase credits a body the reference knows as no outlet, or none by name
    pytest.param("es", "Por Ana Gil con información del Ministerio de Defensa", ["Ana Gil"], id="es-ministry"),
    pytest.param("es", "Por Ana Gil con información de agencias", ["Ana Gil"], id="es-agencies"),
    pytest.param("fr", "Par Jean Dupont, d'après le ministère des Armées", ["Jean Dupont"], id="fr-ministry-after-comma"),
    pytest.param("fr", "Par Jean Dupont d'après Le Courrier Lacustre", ["Jean Dupont"], id="fr-unknown-outlet"),
])
def test_the_writer_without_a_credit_of_no_known_outlet(language, byline, authors):
    assert extract(_page(language, byline)).fields["authors"] == authors
