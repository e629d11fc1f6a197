"""A bulleted list the text prints of its own, its items short capitalised names as a menu's
are: a list the sentence above introduces with a colon ("The largest contingents come from
these countries:"), or a list of places the gazetteer knows (the countries sending troops,
the towns a mission leaves). Such a list is the text's, not the site's menu: its items stay
in the text and name their places and people.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import segment

_INTRO = {
    "en": "The new contingents come from the following countries:",
    "fr": "Les nouveaux contingents viennent des pays suivants :",
    "es": "Los nuevos contingentes proceden de los países siguientes:",
    "vi": "Các đơn vị mới đến từ những nước sau:",
}


def _page(language: str, intro: list[str], items: list[str]) -> str:
    return "\n".join([HEADLINE[language], LEAD[language], *intro, *items, MORE[language]])


@pytest.mark.parametrize(("language", "items"), [
    ("en", ["• Bangladesh", "• Nepal", "• Rwanda"]),
    ("fr", ["• Sénégal", "• Togo", "• Tchad"]),
    ("es", ["• Uruguay", "• Argentina"]),
    ("vi", ["• Việt Nam", "• Indonesia"]),
])
def test_a_bulleted_list_of_countries_is_text(language, items):
    layout = segment(_page(language, [], items))
    assert not set(layout.boilerplate) & {item.strip() for item in items}


@pytest.mark.parametrize(("language", "items"), [
    ("en", ["• Brigadier Tom Haller", "• Colonel Ana Varga"]),
    ("fr", ["• Général Paul Demba", "• Colonel Marc Ouédraogo"]),
    ("es", ["• General Luis Ortega", "• Coronel Marta Ibáñez"]),
    ("vi", ["• Đại Tá Trần Minh", "• Thiếu Tá Lê Hoa"]),
])
def test_a_bulleted_list_the_text_introduces_is_text(language, items):
    layout = segment(_page(language, [_INTRO[language]], items))
    assert not set(layout.boilerplate) & {item.strip() for item in items}


@pytest.mark.parametrize(("language", "items", "country"), [
    ("en", ["• Bangladesh", "• Nepal", "• Rwanda"], "Nepal"),
    ("fr", ["• Sénégal", "• Togo", "• Tchad"], "Togo"),
])
def test_the_countries_of_such_a_list_are_named(language, items, country):
    names = {entity.name for entity in extract(_page(language, [_INTRO[language]], items)).entities.values()
             if entity.kind == "country"}
    assert country in names
