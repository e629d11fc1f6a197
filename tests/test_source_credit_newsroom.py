"""A credit line that names the site's unnamed newsroom beside an agency ("Redacción / EFE",
"EFE / Redacción"), or the newsroom's signature with the agency's credit in brackets ("La
rédaction (avec AFP)"), credits the agency as "Avec AFP" does; a
line naming no outlet ("Agencias / Redacción", "La rédaction (avec agences)") credits none.
Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import credit_outlets


def _page(language: str, closing: str) -> str:
    return f"{HEADLINE[language]}\n\n{LEAD[language]}\n\n{MORE[language]}\n\n{closing}\n"


@pytest.mark.parametrize("language, closing, agency", [
    pytest.param("es", "Redacción / EFE", "Agencia EFE", id="es-newsroom-first"),
    pytest.param("es", "EFE / Redacción", "Agencia EFE", id="es-newsroom-after"),
    pytest.param("fr", "La rédaction (avec AFP)", "Agence France-Presse", id="fr-newsroom-bracket"),
    pytest.param("fr", "Rédaction (avec MAP)", "Maghreb Arabe Presse", id="fr-newsroom-no-article"),
    pytest.param("en", "Staff (with Reuters)", "Reuters", id="en-staff-bracket"),
    pytest.param("vi", "PV (Theo Al Jazeera)", "Al Jazeera", id="vi-reporter-abbreviation"),
])
def test_the_agency_beside_the_newsroom(language, closing, agency):
    assert extract(_page(language, closing)).fields["source"] == agency


@pytest.mark.parametrize("line", [
    pytest.param("Agencias / Redacción", id="es-no-outlet"),
    pytest.param("La rédaction (avec agences)", id="fr-agencies-unnamed"),
    pytest.param("Redacción", id="es-newsroom-alone"),
    # a place and its country in brackets, a picture's note: no credit word, no credit
    pytest.param("Nairobi (Kenya)", id="place-country"),
    pytest.param("Pierre Martin (photo)", id="photo-note"),
    # a writer's signature with the credit: the signature's, read with its writer elsewhere
    pytest.param("Jean Dupont (avec AFP)", id="writer-signature"),
])
def test_no_outlet_from_a_line_naming_none(line):
    assert credit_outlets(line) == []
