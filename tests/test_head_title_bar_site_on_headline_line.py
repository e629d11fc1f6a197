"""A page whose only headline line is its title bar, the headline then the site's name after a
dash or a bar ("Peacekeepers stay ... - The Daily Courier", "... | Diario del Valle"): the
headline is the title and the site's name is the page's outlet. Main cut the name from the
title and dropped it (no outlet), and after a bar read the name, alone on its part above the
date line, as the writer's byline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024", "vi": "03/03/2024"}


def _page(language: str, first: str, *after: str) -> str:
    return "\n\n".join([first, *after, DAY[language], _LEAD[language], _MORE[language]])


@pytest.mark.parametrize(("language", "separator", "site"), [
    pytest.param("en", " - ", "The Daily Courier", id="en-dash"),
    pytest.param("en", " | ", "The Daily Courier", id="en-bar"),
    pytest.param("fr", " \u2013 ", "Le Courrier du Lac", id="fr-en-dash"),
    pytest.param("fr", " | ", "Le Courrier du Lac", id="fr-bar"),
    pytest.param("es", " | ", "Diario del Valle", id="es-bar"),
    pytest.param("vi", " - ", "Báo Sông Hồng", id="vi-dash"),
])
def test_site_after_the_headline_is_the_outlet(language, separator, site):
    fields = extract(_page(language, _HEAD[language] + separator + site)).fields
    assert (fields["title"], fields["source"], fields["authors"]) == (_HEAD[language], site, [])


@pytest.mark.parametrize(("first", "after", "title", "authors"), [
    # (must not change) the headline's own dash before a clause, and a byline row with the outlet
    pytest.param(_HEAD["en"] + " - UN says", (), _HEAD["en"] + " - UN says", [], id="clause-after-dash"),
    pytest.param(_HEAD["en"], ("By Jane Roe | The Daily Courier",), _HEAD["en"], ["Jane Roe"], id="byline-row"),
])
def test_other_rows_unchanged(first, after, title, authors):
    fields = extract(_page("en", first, *after)).fields
    assert (fields["title"], fields["authors"]) == (title, authors)
