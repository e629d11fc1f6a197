"""A writer's credit under the text's last paragraph wrapped whole in round brackets, a label
and a colon before the writer and the outlet ("(Reportage : Jean Dupont, Radio Example)",
"(Texto: Ana Gil, La Voz Austral)"), credits the writer and the outlet as the same line
without brackets does (vocabulary byline_colon_labels). Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, line: str) -> str:
    return "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], line])


@pytest.mark.parametrize("language, line, source, authors", [
    pytest.param("fr", "(Reportage : Jean Dupont, Radio Okapi)", "Radio Okapi", ["Jean Dupont"], id="fr-reportage-known"),
    pytest.param("fr", "(Réalisation : Jeanne Roux, Radio Okapi)", "Radio Okapi", ["Jeanne Roux"], id="fr-realisation"),
    pytest.param("es", "(Texto: Ana Gil, La Voz Austral)", "La Voz Austral", ["Ana Gil"], id="es-texto-unknown"),
])
def test_a_bracketed_closing_credit(language, line, source, authors):
    fields = extract(_page(language, line)).fields
    assert (fields["source"], fields["authors"]) == (source, authors)


@pytest.mark.parametrize("language, line", [
    # a bracketed aside with no credit's label (near miss)
    pytest.param("fr", "(Lire aussi notre dossier sur la mission)", id="fr-aside"),
    pytest.param("en", "(Reporting continues in the region)", id="en-no-colon"),
])
def test_no_credit_from_a_bracketed_aside(language, line):
    assert extract(_page(language, line)).fields["authors"] == []
