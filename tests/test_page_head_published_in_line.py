"""A line saying which outlet published the story and when ("Publié dans Example Matin le
16 - 11 - 2018"), as a news aggregator prints it under the headline: the outlet is the
story's source and the day its date, in a text or in a saved page where the outlet's name is
a link; a numeric day written with spaced separators ("16 - 11 - 2018") is a day. Every text
and page here is written for the test."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.dates import find_dates
from newsdossier.extract import extract
from newsdossier.ingest.html import read_page
from newsdossier.ingest.known import Known
from newsdossier.segment import published_in

_TODAY = datetime.date(2030, 1, 1)

# (language, headline, the line, the outlet, the day, the lead)
LINES = [
    ("en", "Seven peacekeepers wounded in the north", "Published in The Harbour Courier on 16 - 11 - 2018",
     "The Harbour Courier", "2018-11-16",
     "Seven peacekeepers were wounded in the north of the country on Friday, the mission said in a statement."),
    ("fr", "Sept casques bleus blessés dans le nord", "Publié dans Le Courrier des Lacs le 16 - 11 - 2018",
     "Le Courrier des Lacs", "2018-11-16",
     "Sept casques bleus ont été blessés vendredi dans le nord du pays, a indiqué la mission dans un communiqué."),
    ("es", "Siete cascos azules heridos en el norte", "Publicado en El Faro del Sur el 16/11/2018",
     "El Faro del Sur", "2018-11-16",
     "Siete cascos azules resultaron heridos el viernes en el norte del país, informó la misión en un comunicado."),
    ("vi", "Bảy binh sĩ gìn giữ hòa bình bị thương ở miền bắc", "Đăng trên Báo Ví Dụ ngày 16/11/2018",
     "Báo Ví Dụ", "2018-11-16",
     "Bảy binh sĩ gìn giữ hòa bình đã bị thương hôm thứ Sáu ở miền bắc đất nước, phái bộ cho biết trong một thông cáo."),
]


@pytest.mark.parametrize(("language", "headline", "line", "outlet", "day", "lead"), LINES)
def test_the_line_gives_the_outlet_and_the_day(language, headline, line, outlet, day, lead):
    assert published_in(line)[0] == outlet
    text = f"{headline}\n{line}\n{lead}\nThe mission opened an inquiry.\n"
    x = extract(text, today=_TODAY)
    assert x.fields["source"] == outlet
    assert x.determined_date == day


@pytest.mark.parametrize("line", [
    "Cet article est paru dans l'édition du 12 juin 2001",  # a print edition's notice
    "published in 2019 by the ministry on 3 May 2021",  # no outlet's name
    "Publicado en el boletín oficial",  # no day
])
def test_other_lines_name_no_outlet(line):
    assert published_in(line) is None


@pytest.mark.parametrize(("language", "headline", "line", "outlet", "day", "lead"), LINES)
def test_a_saved_page_printing_the_line_with_the_outlet_as_a_link(language, headline, line, outlet, day, lead):
    before, after = line.split(outlet)
    raw = (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{headline}</title></head>'
           f'<body><div id="main"><h1>{headline}</h1><div class="source">{before}<a href="/o">{outlet}</a>{after}</div>'
           f'<div class="article"><p>{lead}</p><p>{lead}</p></div></div></body></html>').encode()
    known = Known()
    x = extract(read_page(raw, known), known, today=_TODAY)
    assert (x.fields["source"], x.determined_date) == (outlet, day)


@pytest.mark.parametrize(("text", "day"), [
    ("le 16 - 11 - 2018", "2018-11-16"),
    ("el 3 / 4 / 2019", "2019-04-03"),
    ("ngày 05 - 06 - 2020", "2020-06-05"),
])
def test_a_numeric_day_with_spaced_separators_is_a_day(text, day):
    found = [d for d in find_dates(text) if d.kind == "date"]
    assert [f"{d.value.year}-{d.value.month:02d}-{d.value.day:02d}" for d in found] == [day]


def test_separators_spaced_unevenly_are_no_day():
    assert not [d for d in find_dates("16 -11 - 2018") if d.kind == "date"]
