"""A site's name shaped like a web domain on the page's first line (its logo's text,
"harbourcourier.com") while its furniture prints the name that domain spells ("The Harbour
Courier" in the masthead or the footer): the reader gives the name, not the domain. A domain
the page spells no name of stays the domain (test_head_first_line_web_name), and a name the
domain does not spell (a partner's, another outlet's) is not taken for it; nor is a name the
story's running text spells ("tỉnh Hòa Bình" under "hoabinh.vn").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024", "vi": "03/03/2024"}


def _page(language: str, first: str, head: list[str], foot: list[str]) -> str:
    return "\n\n".join([first, *head, HEADLINE[language], DAY[language], LEAD[language], MORE[language], *foot])


@pytest.mark.parametrize(("language", "first", "head", "foot", "outlet"), [
    pytest.param("en", "harbourcourier.com", ["The Harbour Courier"], [], "The Harbour Courier", id="en-masthead"),
    pytest.param("en", "harbourcourier.com", [], ["About The Harbour Courier | Contact"], "The Harbour Courier", id="en-footer"),
    pytest.param("fr", "Collinesinfo.com", [], ["Rejoignez Collines Info sur les réseaux"], "Collines Info", id="fr-footer"),
    pytest.param("es", "www.diariodelvalle.com.ar", ["Diario del Valle"], [], "Diario del Valle", id="es-www"),
])
def test_the_name_the_domain_spells_is_the_outlet(language, first, head, foot, outlet):
    assert extract(_page(language, first, head, foot)).fields["source"] == outlet


@pytest.mark.parametrize(("language", "first", "foot", "outlet"), [
    # (must not change) a name the domain does not spell is another outlet's
    pytest.param("en", "harbourcourier.com", ["Our partner: The Valley Ledger"], "harbourcourier.com", id="en-partner"),
    pytest.param("vi", "Tinbienmoi.vn", ["Chia sẻ Facebook"], "Tinbienmoi.vn", id="vi-button"),
])
def test_a_name_the_domain_does_not_spell_is_not_taken(language, first, foot, outlet):
    assert extract(_page(language, first, [], foot)).fields["source"] == outlet


@pytest.mark.parametrize(("language", "first", "sentence"), [
    # the story's own words spell the domain: a province, the peacekeepers' name
    pytest.param("vi", "hoabinh.vn", "Đoàn công tác của tỉnh Hòa Bình đã đến thăm đơn vị vào sáng thứ Hai, theo thông báo của đơn vị.",
                 id="vi-province"),
    pytest.param("en", "bluehelmets.org", "Soldiers of the UN Blue Helmets returned to the camp on Monday, the mission said in a statement.",
                 id="en-peacekeepers"),
])
def test_a_name_the_storys_text_spells_is_not_taken(language, first, sentence):
    page = "\n\n".join([first, HEADLINE[language], DAY[language], LEAD[language], sentence, MORE[language]])
    assert extract(page).fields["source"] == first

