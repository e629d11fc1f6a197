"""A saved page whose title, as the markup gives it, is only the site's name (a logo in its
<h1>, an og:title naming the site) gets its headline from the page's other holders
(newsdossier.ingest.html.page_headline).

The pages are invented for the tests: each shows a general pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest import collect
from newsdossier.ingest.precedence import settle

BODY = {
    "en": ("Three peacekeepers were wounded when their vehicle hit a mine on the road near Gao on Tuesday, the mission said.",
           "The wounded peacekeepers were flown to the hospital in Gao, the same source said, and an inquiry was opened."),
    "fr": ("Trois Casques bleus ont été blessés mardi quand leur véhicule a sauté sur une mine près de Gao, a indiqué la mission.",
           "Les blessés ont été évacués vers l'hôpital de Gao, selon la même source, et une enquête a été ouverte."),
    "es": ("Tres cascos azules resultaron heridos el martes cuando su vehículo pisó una mina cerca de Gao, informó la misión.",
           "Los heridos fueron evacuados al hospital de Gao, según la misma fuente, y se abrió una investigación."),
    "vi": ("Ba binh sĩ gìn giữ hòa bình đã bị thương khi xe của họ trúng mìn gần Gao hôm thứ Ba, phái bộ cho biết.",
           "Những người bị thương đã được đưa tới bệnh viện ở Gao, theo nguồn tin trên, và một cuộc điều tra đã được mở."),
}
HEADLINE = {
    "en": "Three peacekeepers wounded in a mine blast near Gao",
    "fr": "Trois Casques bleus blessés par une mine près de Gao",
    "es": "Tres cascos azules heridos por una mina cerca de Gao",
    "vi": "Ba binh sĩ gìn giữ hòa bình bị thương gần Gao",
}
SITE = {"en": "The Harbour Courier", "fr": "Le Journal des Dunes", "es": "Diario del Puerto", "vi": "Báo Bình Minh"}


def page(language: str, head: str, heading: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY[language])
    return (f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'>{head}</head>"
            f"<body>{heading}<nav><a href='/'>Home</a></nav><article>{paragraphs}</article></body></html>")


def title_of(tmp_path, html: str) -> str:
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article], _ = collect(tmp_path / "page.html")
    reading = article.read()
    extraction = extract(reading.text, reading.known)
    return settle(extraction.fields, extraction.text_date, reading.known)["title"]


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_logo_in_the_h1_is_not_the_headline(tmp_path, language):
    html = page(language, f"<title>{HEADLINE[language]} - {SITE[language]}</title>",
                f"<h1>{SITE[language]}</h1><h2>{HEADLINE[language]}</h2>")
    assert title_of(tmp_path, html) == HEADLINE[language]


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_an_og_title_naming_the_site_is_not_the_headline(tmp_path, language):
    head = (f"<title>{HEADLINE[language]}</title><meta property='og:title' content='{SITE[language]}'>"
            f"<meta property='og:site_name' content='{SITE[language]}'>")
    assert title_of(tmp_path, page(language, head, f"<h1>{HEADLINE[language]}</h1>")) == HEADLINE[language]


def test_a_headline_in_title_case_holding_a_newspaper_word_stays():
    from lxml import html as lxml_html

    from newsdossier.ingest.html import page_headline
    from newsdossier.ingest.sitename import site_keys

    title = "UN Chief Praises Record Turnout"
    tree = lxml_html.fromstring(f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>")
    assert page_headline(tree, title, site_keys(None)) == title


SECTION = {"en": "World", "fr": "Monde", "es": "Internacional", "vi": "Thế giới"}
KICKER = {"en": "Mali", "fr": "Sahel", "es": "Malí", "vi": "Châu Phi"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_section_name_in_the_h1_is_not_the_headline(tmp_path, language):
    html = page(language, f"<title>{HEADLINE[language]} | {SITE[language]}</title>",
                f"<h1>{SECTION[language]}</h1><h2>{HEADLINE[language]}</h2>")
    assert title_of(tmp_path, html) == HEADLINE[language]


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_kicker_inside_the_h1_that_the_title_bar_leaves_out_is_not_part_of_the_headline(tmp_path, language):
    html = page(language, f"<title>{HEADLINE[language]}</title>",
                f"<h1><span>{KICKER[language]}</span> {HEADLINE[language]}</h1>")
    assert title_of(tmp_path, html) == HEADLINE[language]


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_scraper_title_that_is_only_the_site_name_gives_way_to_the_text(tmp_path, language):
    import json

    record = {"title": SITE[language], "sitename": SITE[language], "text": "\n".join([HEADLINE[language], *BODY[language]])}
    (tmp_path / "record.json").write_text(json.dumps(record), encoding="utf-8")
    [article], _ = collect(tmp_path / "record.json")
    reading = article.read()
    extraction = extract(reading.text, reading.known)
    assert settle(extraction.fields, extraction.text_date, reading.known)["title"] == HEADLINE[language]
