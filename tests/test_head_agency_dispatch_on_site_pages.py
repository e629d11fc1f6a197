"""A news agency's dispatch found on another outlet's site: the agency the text credits (a
dateline's "(AP) —", a sign-off, "Theo TTXVN") is the story's source, over the site's own
name (the page's og:site_name, a scraper's site name); an outlet's name or credit where the
page's author metadata goes is no writer. Every page and record here is written for the test."""
from __future__ import annotations

import datetime
import json

import pytest

from newsdossier.extract import extract
from newsdossier.ingest import collect
from newsdossier.ingest.html import read_page
from newsdossier.ingest.known import Known
from newsdossier.ingest.precedence import settle

_TODAY = datetime.date(2030, 1, 1)

# (language, headline, the body's paragraphs with the agency's credit, the agency's name)
DISPATCHES = [
    ("en", "Peacekeepers leave the northern camp",
     ["GAO, Mali (AP) — Peacekeepers left the northern camp on Monday after a week of shelling, the mission said.",
      "The mission said the troops would come back once the roads were cleared of mines."],
     "Associated Press"),
    ("fr", "Les casques bleus quittent le camp du nord",
     ["Les casques bleus ont quitté lundi le camp du nord après une semaine de tirs, a indiqué la mission.",
      "La mission a précisé que les troupes reviendraient une fois les routes déminées.",
      "AFP"],
     "Agence France-Presse"),
    ("es", "Los cascos azules dejan el campamento del norte",
     ["GAO (Malí), 3 mar (EFE).- Los cascos azules dejaron el lunes el campamento del norte tras una semana de disparos, informó la misión.",
      "La misión precisó que las tropas volverán cuando las carreteras estén despejadas de minas."],
     "Agencia EFE"),
    ("vi", "Lực lượng gìn giữ hòa bình rời căn cứ phía bắc",
     ["Các binh sĩ gìn giữ hòa bình đã rời căn cứ phía bắc hôm thứ Hai sau một tuần bị pháo kích, phái bộ cho biết.",
      "Phái bộ cho biết các binh sĩ sẽ quay lại khi các con đường được rà phá bom mìn.",
      "Theo TTXVN"],
     "Vietnam News Agency"),
]


def _page(language: str, headline: str, paragraphs: list[str], site: str = "Gazette des Collines",
          author: str | None = None) -> bytes:
    meta = f'<meta name="author" content="{author}">' if author else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{headline}</title>'
            f'<meta property="og:site_name" content="{site}">{meta}</head><body><main><article>'
            f'<h1>{headline}</h1>{body}</article></main></body></html>').encode()


def _settled_page(raw: bytes) -> dict:
    known = Known()
    text = read_page(raw, known)
    x = extract(text, known, today=_TODAY)
    return settle(x.fields, x.text_date, known, x.source_cited)


@pytest.mark.parametrize(("language", "headline", "paragraphs", "agency"), DISPATCHES)
def test_an_agency_credited_by_the_text_outranks_the_page_s_site_name(language, headline, paragraphs, agency):
    fields = _settled_page(_page(language, headline, paragraphs))
    assert (fields["source"], fields["source_origin"]) == (agency, "text")


@pytest.mark.parametrize(("language", "headline", "paragraphs", "agency"), DISPATCHES)
def test_an_agency_credited_by_the_text_outranks_a_scraper_s_site_name(tmp_path, language, headline, paragraphs, agency):
    path = tmp_path / "record.json"
    path.write_text(json.dumps({"title": headline, "text": "\n".join(paragraphs), "sitename": "Gazette des Collines",
                                "language": language}, ensure_ascii=False), encoding="utf-8")
    articles, _ = collect(path)
    reading = articles[0].read()
    x = extract(reading.text, reading.known, today=_TODAY)
    assert settle(x.fields, x.text_date, reading.known, x.source_cited)["source"] == agency


@pytest.mark.parametrize(("language", "headline", "paragraphs", "agency"), DISPATCHES)
def test_a_source_the_collector_typed_still_comes_first(language, headline, paragraphs, agency):
    known = Known()
    known.add("source", "Gazette des Collines", "collector", "seeds/metadata.csv line 2")
    x = extract(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", known, today=_TODAY)
    assert settle(x.fields, x.text_date, known, x.source_cited)["source"] == "Gazette des Collines"


@pytest.mark.parametrize(("language", "headline", "paragraph"), [
    ("en", "Peacekeepers leave the northern camp",
     "Peacekeepers left the northern camp on Monday after a week of shelling, the mission said in a statement on its website."),
    ("fr", "Les casques bleus quittent le camp du nord",
     "Les casques bleus ont quitté lundi le camp du nord après une semaine de tirs, a indiqué la mission dans un communiqué."),
])
def test_a_page_with_no_agency_keeps_its_site_name(language, headline, paragraph):
    fields = _settled_page(_page(language, headline, [paragraph, paragraph.replace("Monday", "Tuesday").replace("lundi", "mardi")]))
    assert fields["source"] == "Gazette des Collines"


@pytest.mark.parametrize(("language", "author", "agency"), [
    ("en", "The Associated Press", "Associated Press"),
    ("fr", "Avec AFP", "Agence France-Presse"),
    ("es", "Agencia EFE", "Agencia EFE"),
    ("vi", "Theo TTXVN", "Vietnam News Agency"),
])
def test_an_agency_in_the_author_metadata_is_no_writer_but_the_source(language, author, agency):
    headline, paragraphs = next((h, [p for p in ps if len(p.split()) > 3]) for lang, h, ps, _ in DISPATCHES if lang == language)
    paragraphs = [p.split("(AP) — ")[-1].split("(EFE).- ")[-1] for p in paragraphs]  # no credit left in the text
    known = Known()
    text = read_page(_page(language, headline, paragraphs, author=author), known)
    assert known.best("authors") is None
    x = extract(text, known, today=_TODAY)
    assert x.fields["authors"] == []
    assert settle(x.fields, x.text_date, known, x.source_cited)["source"] == agency


@pytest.mark.parametrize(("language", "author"), [("en", "Jane Roe"), ("vi", "Nguyễn Văn An")])
def test_a_person_in_the_author_metadata_stays_a_writer(language, author):
    headline, paragraphs = next((h, ps) for lang, h, ps, _ in DISPATCHES if lang == language)
    known = Known()
    read_page(_page(language, headline, paragraphs, author=author), known)
    assert list(known.best("authors").value) == [author]
