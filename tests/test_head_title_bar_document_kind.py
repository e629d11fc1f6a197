"""A title bar's part after the headline that names the page's kind of document or meeting with
the press ("... - Press Release", "... | Daily Press Briefing", "... - Nota de Prensa") holds a
newspaper's word ("press", "prensa") but names no outlet: the page gets no source from it
(vocabulary document_kind_words). The part is still cut from the title.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


def _page(language: str, first: str) -> str:
    return "\n\n".join([first, _LEAD[language], _MORE[language]])


@pytest.mark.parametrize(("language", "part"), [
    pytest.param("en", " - Press Release", id="en-press-release"),
    pytest.param("en", " | Daily Press Briefing", id="en-press-briefing"),
    pytest.param("en", " - Joint Press Statement", id="en-press-statement"),
    pytest.param("es", " - Nota de Prensa", id="es-nota-de-prensa"),
    pytest.param("es", " | Comunicado de Prensa", id="es-comunicado"),
    pytest.param("es", " - Rueda de Prensa", id="es-rueda-de-prensa"),
])
def test_document_kind_after_the_headline_names_no_outlet(language, part):
    fields = extract(_page(language, _HEAD[language] + part)).fields
    assert (fields["title"], fields["source"]) == (_HEAD[language], "")


@pytest.mark.parametrize(("language", "site"), [
    # (must not change) an outlet's name holding a newspaper's word
    pytest.param("en", "The Valley Press", id="en-press"),
    pytest.param("es", "Prensa del Valle", id="es-prensa"),
])
def test_outlet_after_the_headline_stays_the_source(language, site):
    fields = extract(_page(language, _HEAD[language] + " - " + site)).fields
    assert (fields["title"], fields["source"]) == (_HEAD[language], site)
