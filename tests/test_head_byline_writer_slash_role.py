"""A byline joining the writer's name and, after a bare slash, the writer's role ("Ana
Gómez/Corresponsal", "Jean Dupont/Envoyé spécial", "Jane Roe/Staff Writer") or a picture's
credit ("Jane Roe/UN Photo"), printed beside the page's date: the part after the slash names
no outlet, so the page is credited to none; a role's writer is still the byline. An outlet
after the slash is still the source.

Every byline is invented for the tests; the headline and lead are tests/headcases.py's.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

DAY = {"es": "3 de marzo de 2021", "fr": "12 mars 2019", "en": "March 3, 2021"}


@pytest.mark.parametrize(("lang", "byline", "writers"), [
    pytest.param("es", "Ana Gómez/Corresponsal", ["Ana Gómez"], id="es-correspondent"),
    pytest.param("es", "Ana Gómez/Especial", ["Ana Gómez"], id="es-special"),
    pytest.param("fr", "Jean Dupont/Envoyé spécial", ["Jean Dupont"], id="fr-envoy"),
    pytest.param("fr", "Jean Dupont/Reporter", ["Jean Dupont"], id="fr-reporter"),
    pytest.param("en", "John Smith/Staff Writer", ["John Smith"], id="en-staff"),
    pytest.param("en", "John Smith/UN Photo", None, id="en-photo"),  # (a photographer: no writer asked)
])
@pytest.mark.parametrize("where", ["same-line", "under-the-date"])
def test_a_role_or_a_picture_after_the_slash_is_no_outlet(lang, byline, writers, where):
    head = f"{byline} | {DAY[lang]}" if where == "same-line" else f"{DAY[lang]}\n{byline}\n"
    page = f"{HEADLINE[lang]}\n{head}\n{LEAD[lang]}\n{MORE[lang]}"
    fields = extract(page).fields
    assert fields.get("source") in ("", None)
    if writers is not None:
        assert fields.get("authors") == writers


@pytest.mark.parametrize(("lang", "byline", "source"), [
    pytest.param("en", "Jane Roe/Bloomberg", "Bloomberg", id="en"),
    pytest.param("fr", "Paul Kaboré/Horizons", "Horizons", id="fr"),
])
def test_an_outlet_after_the_slash_is_still_the_source(lang, byline, source):
    page = f"{HEADLINE[lang]}\n{byline} | {DAY[lang]}\n{LEAD[lang]}\n{MORE[lang]}"
    assert extract(page).fields.get("source") == source
