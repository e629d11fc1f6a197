"""An agency's credit line under the headline that spells the agency out in brackets ("DPA
(Deutsche Press Agency-Agencia de Prensa Alemana)", "AFP (Agence France-Presse)"), as a site
carrying a wire story prints it, credits the agency as its name alone would; a bracket that
spells out a body, not an outlet, credits nothing. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, line: str) -> str:
    return "\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]])


@pytest.mark.parametrize("language, line, source", [
    pytest.param("es", "DPA (Deutsche Press Agency-Agencia de Prensa Alemana)", "Deutsche Presse-Agentur", id="es-initials-two-languages"),
    pytest.param("fr", "AFP (Agence France-Presse)", "Agence France-Presse", id="fr-full-name"),
    pytest.param("en", "AP (Associated Press)", "Associated Press", id="en-full-name"),
    pytest.param("es", "EFE (Agencia EFE)", "Agencia EFE", id="es-alias"),
])
def test_an_agency_spelled_out_in_brackets_is_the_source(language, line, source):
    assert extract(_page(language, line)).fields["source"] == source


@pytest.mark.parametrize("language, line", [
    pytest.param("es", "ONU (Organización de las Naciones Unidas)", id="es-body"),
    pytest.param("fr", "MINUSMA (Mission des Nations unies au Mali)", id="fr-mission"),
])
def test_a_body_spelled_out_in_brackets_credits_nothing(language, line):
    assert (extract(_page(language, line)).fields["source"] or "") == ""
