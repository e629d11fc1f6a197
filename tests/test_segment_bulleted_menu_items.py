"""A site's menu printed as a bulleted list of short names under the text ("• Email Service",
"• Mobile App", "• Services en ligne"): two items or more, one under the other, each a bullet
and one to four capitalised words with no stop, are the site's furniture, not captions, and
name no person nor body of the story. A single bulleted line stays where it was read.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import segment

_MENUS = {
    "en": ["  • Harbour Services", "  • Email Service", "  • Mobile App"],
    "fr": ["• Services En Ligne", "• Application Mobile", "• Lettre Jean Martin"],
    "es": ["• Servicios Digitales", "• Aplicación Móvil", "• Club Ana López"],
    "vi": ["• Dịch Vụ", "• Ứng Dụng Di Động", "• Nguyễn Văn Bình"],
}


def _page(language: str, menu: list[str]) -> str:
    return "\n".join([HEADLINE[language], LEAD[language], MORE[language], *menu])


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_bulleted_menu_items_are_furniture(language):
    layout = segment(_page(language, _MENUS[language]))
    assert layout.captions == []
    assert all(item.strip() in layout.boilerplate for item in _MENUS[language])


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_bulleted_menu_items_name_no_one(language):
    names = {entity.name for entity in extract(_page(language, _MENUS[language])).entities.values()
             if entity.kind in ("person", "organisation")}
    assert not names & {"Harbour Services", "Mobile App", "Jean Martin", "Ana López", "Nguyễn Văn Bình"}
