"""An outlet's word alias printed alone as the page's first line, above the headline ("EL PAÍS",
"El Mundo": also the national or the world section's name; sources.yaml word_aliases), is the
section the story is filed in, not the masthead: it credits no outlet. An outlet's name (a word
alias too) printed there above a menu of sections still reads as the masthead. Every page here is
of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, first: str, menu: tuple[str, ...] = ()) -> str:
    return "\n\n".join([first, *menu, HEADLINE[language], LEAD[language], MORE[language]])


@pytest.mark.parametrize("language, first", [
    pytest.param("es", "EL PAIS", id="es-pais-capitals"),
    pytest.param("es", "El Mundo", id="es-mundo"),
    pytest.param("es", "EL TIEMPO", id="es-tiempo"),
])
def test_a_word_alias_over_the_headline_is_a_section(language, first):
    assert (extract(_page(language, first)).fields["source"] or "") == ""


@pytest.mark.parametrize("language, first, menu, source", [
    pytest.param("es", "Infobae", ("Inicio", "Política", "Internacionales", "Deportes"), "Infobae", id="es-known-masthead"),
    pytest.param("es", "EL PAÍS", ("Internacional", "España", "Economía", "Opinión"), "El País", id="es-word-alias-over-its-menu"),
    pytest.param("es", "El Mundo", ("España", "Internacional", "Economía", "Deportes"), "El Mundo", id="es-word-alias-title-case-over-its-menu"),
])
def test_an_outlet_name_over_a_menu_is_the_masthead(language, first, menu, source):
    assert extract(_page(language, first, menu)).fields["source"] == source
