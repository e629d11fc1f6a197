"""A page whose furniture above the headline prints the site's title bar: the outlet's name,
a dash and the site's tagline about its news ("Báo Sông Hồng - Tin tức trong ngày, tin mới
nhất", "Diario del Valle - Noticias de hoy y de última hora", "Le Journal des Collines -
Actualités et infos en continu"), maybe with a menu's section glued after it. The name before
the dash is the outlet the text shows, when it reads as an outlet's (its kind's word first,
"Báo", "Diario", "Le Journal", and a capitalised word after it; a Vietnamese name
capitalises the first syllable of its words only, "Báo Đời sống Vùng cao"). A report's or a person's
words before such a dash ("Báo cáo viên - ...") name no outlet, nor does a place's name ("Đài
Loan - ...", a topic's page on Taiwan).

Every text is invented for the tests; the headline and lead are tests/headcases.py's.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(lang: str, bar: str) -> str:
    return f"Trang chủ | Thời sự | Thế giới\n{bar}\n\n{HEADLINE[lang]}\n\n{LEAD[lang]}\n{MORE[lang]}"


@pytest.mark.parametrize(("lang", "bar", "outlet"), [
    ("vi", "Báo Sông Hồng - Tin tức trong ngày, tin mới nhất", "Báo Sông Hồng"),
    ("vi", "Báo Sông Hồng - Tin tức trong ngày, tin mới nhất, tin nhanh 24h Thời sự", "Báo Sông Hồng"),
    ("vi", "Báo Đời sống Vùng cao - Tin tức trong ngày, tin mới nhất", "Báo Đời sống Vùng cao"),
    ("vi", "Tạp chí Nông thôn - Tin tức nông nghiệp và đời sống", "Tạp chí Nông thôn"),
    ("es", "Diario del Valle - Noticias de hoy y de última hora", "Diario del Valle"),
    ("fr", "Le Journal des Collines - Actualités et infos en continu", "Le Journal des Collines"),
    ("en", "The Harbour Courier - News from the coast and the islands", "The Harbour Courier"),
])
def test_outlet_before_the_tagline_of_the_title_bar(lang, bar, outlet):
    assert extract(_page(lang, bar)).fields.get("source") == outlet


@pytest.mark.parametrize("bar", [
    "Báo cáo viên - Tin tức mới nhất về phái bộ",
    "Chiến sĩ mũ nồi xanh - Tin tức và hình ảnh",
    # a topic's page named after a place whose name opens with an outlet's kind's word
    # ("Đài", a station; "Đài Loan", Taiwan)
    "Đài Loan - Tin tức mới nhất về Đài Loan",
])
def test_words_before_a_dash_that_name_no_outlet(bar):
    assert extract(_page("vi", bar)).fields.get("source") in ("", None)


@pytest.mark.parametrize(("lang", "bar"), [
    ("es", "Diario del Valle - Noticias de hoy y de última hora"),
    ("fr", "Le Journal des Collines - Actualités et infos en continu"),
    ("vi", "Báo Sông Hồng - Tin tức trong ngày, tin mới nhất"),
])
def test_the_title_bar_is_no_headline(lang, bar):
    assert extract(_page(lang, bar)).fields.get("title") == HEADLINE[lang]
