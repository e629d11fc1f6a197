"""A site's name printed as the first line of a copied page, right above its menu (lines of
section names, "Home" / "News" / "World", or a breadcrumb "Accueil » Afrique » Mali"), is the
page's masthead: it names the outlet that published the page, even where the sources
reference does not know it and the name reads like no newspaper's. A headline, a section's
name or a place printed first is none, and a credit the text prints (an agency's dateline)
comes first.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

def _page(language: str, *top: str, lead: str = "") -> str:
    return "\n".join([*top, _HEAD[language], (lead + " " if lead else "") + _LEAD[language], _MORE[language]])


@pytest.mark.parametrize(("language", "top", "source"), [
    ("en", ["Kestrelwire.com", "Home", "News", "Blog", "Donate"], "Kestrelwire.com"),
    ("en", ["Ridgeline Dispatch", "Home", "World", "Politics", "Business"], "Ridgeline Dispatch"),
    ("fr", ["Horizon Sahel", "Accueil » Afrique » Mali"], "Horizon Sahel"),
    ("fr", ["HORIZON SAHEL", "ACTUALITÉS", "POLITIQUE", "ÉCONOMIE", "AFRIQUE"], "HORIZON SAHEL"),
    ("es", ["La Brújula", "Actualidad", "Política", "Opinión", "Cultura"], "La Brújula"),
    ("es", ["BRÚJULA", "España", "Internacional", "Economía", "Deportes"], "BRÚJULA"),
    ("vi", ["Ánh Dương Online", "Thời sự", "Thế giới", "Kinh doanh"], "Ánh Dương Online"),
    # (must not change) a line in sentence case: a section or a topic, no name
    ("vi", ["Quân sự", "Thời sự", "Thế giới", "Kinh doanh"], ""),
    ("es", ["Guerra y paz en el sur", "Actualidad", "Política", "Opinión"], ""),
    # (must not change) a section's name, a place, the headline itself printed first
    ("en", ["World", "Home", "News", "Politics"], ""),
    ("fr", ["Centrafrique", "Politique", "Société", "Économie"], ""),
    ("es", ["Líbano", "Actualidad", "Política", "Opinión"], ""),
    # (must not change) the first line above one menu line only
    ("en", ["Ridgeline Dispatch", "Home"], ""),
])
def test_the_first_line_above_the_menu_is_the_masthead(language, top, source):
    fields = extract(_page(language, *top)).fields
    assert fields["source"] == source
    assert fields["title"] == _HEAD[language]


def test_a_headline_printed_first_above_the_menu_names_no_outlet():
    text = "\n".join(["Blue Helmets Leave Gao", "Home", "News", "World", "Blue Helmets Leave Gao", _LEAD["en"], _MORE["en"]])
    assert extract(text).fields["source"] == ""


def test_an_agency_the_dateline_credits_comes_before_the_masthead():
    text = _page("en", "Ridgeline Dispatch", "Home", "News", "World", lead="BEIRUT (AFP) -")
    assert extract(text).fields["source"] == "Agence France-Presse"


@pytest.mark.parametrize("picker", ["Vie Tiếng Việt", "Fr Français", "Esp Español"])
def test_a_language_pickers_item_printed_first_is_no_masthead(picker):
    text = "\n".join([picker, "Eng English", "Thời sự", "Thế giới", "Kinh doanh", _HEAD["vi"], _LEAD["vi"], _MORE["vi"]])
    assert extract(text).fields["source"] == ""


@pytest.mark.parametrize("first", ["Ridgeline Relief Fund", "Fondation Ridgeline", "Harbour Peace Institute"])
def test_a_first_line_ending_or_opening_on_a_bodys_word_is_no_masthead(first):
    # a body's name (vocabulary organisation_heads) over a menu is the body's page, not an outlet's
    text = _page("en", first, "Home", "News", "World")
    assert extract(text).fields["source"] == ""


def test_a_copyright_line_naming_another_holder_outranks_the_first_line():
    text = _page("en", "Ridgeline Today", "Home", "News", "World") + "\n© 2024 Coastline Media Holdings. All rights reserved.\n"
    # the company the copyright names, with its legal form, is no outlet either: nothing is named
    assert extract(text).fields["source"] == ""


def test_a_one_word_site_name_above_the_menu_is_the_masthead():
    assert extract(_page("en", "Vidupost", "Home", "News", "World")).fields["source"] == "Vidupost"


@pytest.mark.parametrize(("language", "top", "source"), [
    ("en", ["Ridgeline Dispatch", "News and views from the high valleys", "Home", "World", "Politics"], "Ridgeline Dispatch"),
    ("fr", ["Horizon Sahel", "Le premier portail d'information du fleuve", "Accueil", "Politique", "Société"], "Horizon Sahel"),
    ("es", ["Casa Verde", "Gobierno de la Provincia", "Inicio", "Noticias", "Actualidad"], "Casa Verde"),
    ("vi", ["Ánh Dương Online", "Tin tức cộng đồng người Việt ở phương xa", "Kinh tế sâu rộng", "Thời sự", "Thế giới", "Kinh doanh"],
     "Ánh Dương Online"),
    # (must not change) a sentence or a date line under the first line, then the menu
    ("en", ["Ridgeline Dispatch", "The mission said the troops would stay.", "Home", "World", "Politics"], ""),
    ("es", ["Casa Verde", "Viernes 10 de marzo de 2017", "Inicio", "Noticias", "Actualidad"], ""),
])
def test_the_site_s_slogan_between_its_name_and_its_menu_leaves_the_masthead(language, top, source):
    assert extract(_page(language, *top)).fields["source"] == source
