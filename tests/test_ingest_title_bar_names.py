"""A page's or a scraper record's title keeps the headline alone where its title bar adds an
outlet's name that the address does not spell, or a section's name (newsdossier.ingest.sitename.headline).

The titles and addresses are invented for the tests: each shows a general pattern.
"""
from __future__ import annotations

import json

import pytest

from newsdossier.extract import extract
from newsdossier.ingest import collect
from newsdossier.ingest.precedence import settle
from newsdossier.ingest.sitename import headline, site_keys


@pytest.mark.parametrize(("title", "url", "expected"), [
    pytest.param("Peacekeepers leave Naqoura - The Harbour Courier", "https://harbourcourier.example/x",
                 "Peacekeepers leave Naqoura", id="en-article-before-the-name"),
    pytest.param("Les Casques bleus quittent Kidal | Le Journal des Dunes", None,
                 "Les Casques bleus quittent Kidal", id="fr-no-address"),
    pytest.param("Cascos azules parten hacia el Líbano - Internacional - Diario del Puerto", None,
                 "Cascos azules parten hacia el Líbano", id="es-section-and-site"),
    pytest.param("Đội công binh lên đường tới Abyei - Báo Bình Minh", "https://binhminh.example/x.html",
                 "Đội công binh lên đường tới Abyei", id="vi-outlet-kind-word"),
    pytest.param("Harbour Courier | Peacekeepers wounded near Gao", None,
                 "Peacekeepers wounded near Gao", id="en-name-first"),
])
def test_an_outlet_or_section_the_keys_do_not_name_is_not_part_of_the_headline(title, url, expected):
    assert headline(title, site_keys(url)) == expected


@pytest.mark.parametrize("title", [
    pytest.param("Peacekeepers open a field hospital - and a school", id="a-clause"),
    pytest.param("Israel / Hamas: ceasefire talks resume", id="a-slash-between-places"),
    pytest.param("Defence minister: troops will stay in the north", id="a-speaker"),
])
def test_a_headline_own_separators_stay(title):
    assert headline(title, site_keys(None)) == title


def test_a_scraper_record_without_its_site_name_gets_the_bare_headline(tmp_path):
    record = {"title": "Cascos azules parten hacia el Líbano - Diario del Puerto",
              "text": "Un contingente de cascos azules partió el lunes hacia el Líbano.\nServirá seis meses en la fuerza de la ONU."}
    (tmp_path / "record.json").write_text(json.dumps(record), encoding="utf-8")
    [article], _ = collect(tmp_path / "record.json")
    reading = article.read()
    extraction = extract(reading.text, reading.known)
    assert settle(extraction.fields, extraction.text_date, reading.known)["title"] == "Cascos azules parten hacia el Líbano"


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("EXCLUSIVE: Three peacekeepers wounded in a mine blast near Gao",
                 "Three peacekeepers wounded in a mine blast near Gao", id="en-kicker"),
    pytest.param("MALI Trois Casques bleus blessés par une mine près de Gao",
                 "Trois Casques bleus blessés par une mine près de Gao", id="fr-place-in-capitals"),
    pytest.param("ÚLTIMA HORA: Tres cascos azules heridos cerca de Gao",
                 "Tres cascos azules heridos cerca de Gao", id="es-kicker"),
    pytest.param("Ba binh sĩ gìn giữ hòa bình bị thương gần Gao 12/03/2023 10:15",
                 "Ba binh sĩ gìn giữ hòa bình bị thương gần Gao", id="vi-glued-stamp"),
])
def test_a_markup_title_loses_what_the_text_headline_loses_on_its_line(title, expected):
    assert headline(title, site_keys("https://example.org/x")) == expected


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("UN &amp; AU troops&#8217; base attacked near the river", "UN & AU troops’ base attacked near the river", id="en-references"),
    pytest.param("<b>Les Casques bleus</b> quittent le camp de Kidal", "Les Casques bleus quittent le camp de Kidal", id="fr-tags"),
    pytest.param("Cascos azules &quot;heridos&quot; cerca de Gao", 'Cascos azules "heridos" cerca de Gao', id="es-quotes"),
    pytest.param("Lính gìn giữ hòa bình&nbsp;rút khỏi Kidal", "Lính gìn giữ hòa bình rút khỏi Kidal", id="vi-space"),
])
def test_a_scraper_title_is_read_as_the_page_prints_it(tmp_path, title, expected):
    record = {"title": title, "text": "The first paragraph of the article is a full sentence.\nIt goes on here."}
    (tmp_path / "record.json").write_text(json.dumps(record), encoding="utf-8")
    [article], _ = collect(tmp_path / "record.json")
    reading = article.read()
    extraction = extract(reading.text, reading.known)
    assert settle(extraction.fields, extraction.text_date, reading.known)["title"] == expected
