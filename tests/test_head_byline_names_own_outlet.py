"""A byline that names the page's own outlet ("By Harbour Ledger" under a masthead or above a
copyright line reading "Harbour Ledger") credits the outlet, not a writer: no author. A
writer's byline on the same page, and a writer beside the outlet's name, keep the writer.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


def _page(language: str, top: str | None, byline: str, foot: str | None) -> str:
    return "\n\n".join([*([top] if top else []), HEADLINE[language], byline, LEAD[language], MORE[language], *([foot] if foot else [])])


@pytest.mark.parametrize(("language", "top", "byline", "foot", "outlet"), [
    ("en", "Harbour Ledger logo", "By Harbour Ledger", None, "Harbour Ledger"),
    ("en", None, "By Harbour Ledger", "© 2025 Harbour Ledger. All rights reserved.", "Harbour Ledger"),
    ("fr", None, "Par Le Courrier du Sud", "© 2025 Le Courrier du Sud", "Le Courrier du Sud"),
    ("es", None, "Por El Faro del Puerto", "© 2025 El Faro del Puerto. Todos los derechos reservados.", "El Faro del Puerto"),
])
def test_a_byline_naming_the_pages_outlet_credits_no_writer(language, top, byline, foot, outlet):
    x = extract(_page(language, top, byline, foot), today=_TODAY)
    assert x.fields["source"] == outlet
    assert x.fields["authors"] == []


@pytest.mark.parametrize(("byline", "authors"), [
    # (must not change) a writer's byline under the same masthead
    ("By Jane Roe", ["Jane Roe"]),
    # a writer, then the outlet: the writer alone
    ("By Jane Roe, Harbour Ledger", ["Jane Roe"]),
])
def test_a_writer_under_the_outlets_masthead_stays(byline, authors):
    x = extract(_page("en", "Harbour Ledger logo", byline, None), today=_TODAY)
    assert x.fields["authors"] == authors
