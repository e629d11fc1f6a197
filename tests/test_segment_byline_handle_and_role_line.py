"""A writer's byline printed with the writer's handle on a social network ("Jane Roe
@janeroe", "Par Jean Dupont @jdupont"), or the writer's name over the writer's role on the
next line or part of the row ("Ana Gómez | Corresponsal en Beirut", "Jean Dupont |
Journaliste"): the writer is the author; the handle and the role are none.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

HEADLINES = {"en": "Peacekeepers stay in their positions in the south",
             "fr": "Les casques bleus restent sur leurs positions dans le sud",
             "es": "Los cascos azules se quedan en sus posiciones del sur"}
LEADS = {"en": "The peacekeeping mission said on Friday that its troops would stay in all their positions despite the warnings.",
         "fr": "La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions malgré les avertissements.",
         "es": "La misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones pese a las advertencias."}


@pytest.mark.parametrize(
    ("language", "byline", "authors"),
    [
        pytest.param("en", "Jane Roe @janeroe", ["Jane Roe"], id="en-handle"),
        pytest.param("en", "By Jane Roe @janeroe", ["Jane Roe"], id="en-by-handle"),
        pytest.param("fr", "Par Jean Dupont @jdupont", ["Jean Dupont"], id="fr-par-handle"),
        pytest.param("es", "Ana Gómez | Corresponsal en Beirut", ["Ana Gómez"], id="es-role-part"),
        pytest.param("fr", "Jean Dupont\nJournaliste", ["Jean Dupont"], id="fr-role-line"),
        pytest.param("en", "By Jane Roe | Senior Correspondent", ["Jane Roe"], id="en-by-role-part"),
    ],
)
def test_the_writer_is_read_without_handle_or_role(language, byline, authors):
    assert extract(f"{HEADLINES[language]}\n{byline}\n{LEADS[language]}\n").fields["authors"] == authors
