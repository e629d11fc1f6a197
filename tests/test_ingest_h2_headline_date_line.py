"""A saved page whose headline is an <h2> (older blog themes: "<h2 class="entry-title">") and
whose date line right under it trafilatura leaves out of the text: the line is read as the
article's printed date, as under an <h1>. Every page here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.html import read_page
from newsdossier.ingest.known import Known

PAGES = [
    ("en", "First peacekeeper killed in the capital", "Posted on October 9, 2014 in Africa, Defence",
     ["A peacekeeper was killed today in clashes in the capital, the mission said in a statement.",
      "Two other soldiers were wounded in the ambush on the convoy, which happened near the airport."], "2014-10-09"),
    ("fr", "Premier casque bleu tué dans la capitale", "Publié le 9 octobre 2014 dans Afrique, Défense",
     ["Un casque bleu a été tué aujourd'hui dans des affrontements dans la capitale, a indiqué la mission.",
      "Deux autres soldats ont été blessés dans l'embuscade contre le convoi, près de l'aéroport."], "2014-10-09"),
    ("es", "Muere el primer casco azul en la capital", "Publicado el 9 de octubre de 2014 en África, Defensa",
     ["Un casco azul murió hoy en enfrentamientos en la capital, informó la misión en un comunicado.",
      "Otros dos soldados resultaron heridos en la emboscada contra el convoy, cerca del aeropuerto."], "2014-10-09"),
    ("vi", "Binh sĩ gìn giữ hòa bình đầu tiên thiệt mạng ở thủ đô", "Đăng ngày 09/10/2014 trong Châu Phi",
     ["Một binh sĩ gìn giữ hòa bình đã thiệt mạng hôm nay trong các cuộc đụng độ ở thủ đô, phái bộ cho biết.",
      "Hai binh sĩ khác bị thương trong vụ phục kích đoàn xe gần sân bay."], "2014-10-09"),
]


def _page(language: str, headline: str, stamp: str, paragraphs: list[str]) -> bytes:
    # (a body long enough for trafilatura to take the article's block alone, leaving the
    # date line above it out)
    body = "".join(f"<p>{p} {p} {p}</p>" for p in paragraphs * 2) + '<p>Partager : <a href="#">Twitter</a></p>'

    return (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{headline} | Gazette des Collines</title></head>'
            f'<body><div id="menu"><a href="/">Accueil</a> | <a href="/contact/">Contact</a></div>'
            f'<div id="content"><div class="post"><p class="breadcrumb">Accueil › Afrique</p><h2 class="entry-title">{headline}</h2>'
            f'<p class="postmeta">{stamp}</p><div class="entry">{body}</div></div></div></body></html>').encode()


@pytest.mark.parametrize(("language", "headline", "stamp", "paragraphs", "day"), PAGES)
def test_the_date_line_under_an_h2_headline_is_kept_in_the_text(language, headline, stamp, paragraphs, day):
    text = read_page(_page(language, headline, stamp, paragraphs), Known())
    assert extract(text).determined_date == day
