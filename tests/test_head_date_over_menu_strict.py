"""A date line printed at the top of a page, above the site's menu (and often above a paywall's
notice), is the site's clock: the day the page was looked at or saved. It is no publication
date the text determines (Extraction.determined_date), as a "last updated" line is none: the
article can only be from that day or before it, so the estimate (text_date) still rests on it,
as inferred. A date line printed under the headline stays the article's.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)

_MENU = {
    "vi": ["Trang chủ", "Thời sự", "Quốc phòng"],
    "es": ["Inicio", "Noticias", "Mundo"],
    "en": ["Home", "News", "World"],
    "fr": ["Accueil", "Actualités", "Monde"],
}
_CLOCK = {
    "vi": "Thứ Hai, 14/04/2025",
    "es": "lunes 14 de abril de 2025",
    "en": "Monday, April 14, 2025",
    "fr": "lundi 14 avril 2025",
}
_PAYWALL = {
    "vi": "Bạn cần đăng ký để đọc tiếp bài viết",
    "es": "Suscribite para seguir leyendo",
    "en": "Subscribe to keep reading",
    "fr": "Abonnez-vous pour lire la suite",
}


def _page(language: str, *under_headline: str) -> str:
    return "\n\n".join([_CLOCK[language], "\n".join(_MENU[language]), _PAYWALL[language], HEADLINE[language],
                        *under_headline, LEAD[language], MORE[language]])


@pytest.mark.parametrize("language", ["vi", "es", "en", "fr"])
def test_a_date_over_the_menu_is_no_publication_date_of_the_text(language):
    x = extract(_page(language), today=_TODAY)
    assert x.determined_date == ""


@pytest.mark.parametrize("language", ["vi", "es", "en", "fr"])
def test_a_date_over_the_menu_still_bounds_the_estimate(language):
    x = extract(_page(language), today=_TODAY)
    assert (x.fields.get("date"), x.fields.get("date_basis")) == ("2025-04-14", "inferred")


@pytest.mark.parametrize(("language", "dated"), [
    # (must not change) the article's own date line under the headline
    ("vi", "10/04/2025 08:30"),
    ("es", "10 de abril de 2025"),
    ("en", "April 10, 2025"),
    ("fr", "10 avril 2025"),
])
def test_the_date_line_under_the_headline_stays_the_articles(language, dated):
    x = extract(_page(language, dated), today=_TODAY)
    assert x.determined_date == "2025-04-10"
