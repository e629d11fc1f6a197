"""A byline printing the outlet and its writer on either side of a spaced slash, in the head of
the page ("Gaceta Ejemplar / Ana Gómez Ruiz", "Jane Roe / The Harbour Courier"): the writer is
the author and the outlet the page's source, where the outlet is one the reference knows, a
name shaped as an outlet's, or the name the page printed alone above (its masthead). Two
writers' names so joined stay two writers; two menu items stay furniture.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_DATE = {"en": "Published 26 February 2019", "fr": "Publié le 26 février 2019", "es": "Publicado el 26 de febrero de 2019"}


def _page(language: str, masthead: str, byline: str) -> str:
    return "\n\n".join([*([masthead] if masthead else []), HEADLINE[language], byline, _DATE[language], LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "masthead", "byline", "outlet", "writer"), [
    ("es", "Gacetilla", "Gacetilla / Ana Gómez Ruiz", "Gacetilla", "Ana Gómez Ruiz"),
    ("es", "Gacetilla", "Ana Gómez Ruiz / Gacetilla", "Gacetilla", "Ana Gómez Ruiz"),
    ("fr", "Le Phare", "Le Phare / Aminata Diop", "Le Phare", "Aminata Diop"),
    ("fr", "", "Jean Dupont / Le Courrier du Fleuve", "Le Courrier du Fleuve", "Jean Dupont"),
    ("en", "", "The Harbour Courier / Jane Roe", "The Harbour Courier", "Jane Roe"),
    ("en", "Northwind", "Jane Roe / Northwind", "Northwind", "Jane Roe"),
])
def test_the_outlet_beside_its_writer_is_the_source(language, masthead, byline, outlet, writer):
    fields = extract(_page(language, masthead, byline)).fields
    assert (fields["source"], fields["authors"], fields["title"]) == (outlet, [writer], HEADLINE[language])


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_two_writers_joined_by_a_slash_stay_two_writers(language):
    fields = extract(_page(language, "", "Jane Roe / Ana Gómez Ruiz")).fields
    assert fields["authors"] == ["Jane Roe", "Ana Gómez Ruiz"]


@pytest.mark.parametrize(("language", "menu", "byline"), [
    ("es", "Opinión", "Opinión / Ana Gómez Ruiz"),
    ("es", "Deportes", "Deportes / Ana Gómez Ruiz"),
    ("en", "Sports", "Sports / Jane Roe"),
    ("fr", "Politique", "Politique / Aminata Diop"),
    ("es", "Madrid", "Madrid / Ana Gómez Ruiz"),
    ("es", "Redacción", "Redacción / Ana Gómez Ruiz"),
])
def test_a_section_place_or_desk_beside_a_writer_is_no_source(language, menu, byline):
    # the section, place or newsroom word is also printed above (a menu's item), as a masthead would be
    from newsdossier.segment import _outlet_slash_writer
    assert _outlet_slash_writer(byline, [menu]) is None
