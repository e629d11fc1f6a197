"""A stacked byline under the headline: a writer's name on a line of its own, maybe a
section's name of one to three words on the next, then the outlet's name alone on the next
("Jane Roe" / "World" / "The Harbour Courier", "Ana Gómez Ruiz" / "EFE"). The name is the
byline; the outlet, known to the reference or read as an outlet's name it does not know,
is the page's source; a second writer's name in the section's place ("Jane Roe" / "John
Mensah" / "The Harbour Courier") is a second byline, and a place's ("Ana Gómez Ruiz" /
"Bogotá" / "EFE") the dispatch's dateline. Under a photo word's label ("Photo", "Foto:",
"Ảnh:") the name over the outlet is a picture's credit, no byline. A line that is no person's name over the outlet ("Latest News" /
"Reuters") signs no writer, and a section's name holding a news word ("World News") is no
outlet.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


def _page(language: str, rows: list[str]) -> str:
    return "\n".join([HEADLINE[language], *rows, LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "rows", "authors", "source"), [
    ("en", ["Jane Roe", "Reuters"], ["Jane Roe"], "Reuters"),
    ("en", ["Jane Roe", "World", "The Harbour Courier"], ["Jane Roe"], "The Harbour Courier"),
    ("es", ["Ana Gómez Ruiz", "Internacional", "EFE"], ["Ana Gómez Ruiz"], "Agencia EFE"),
    ("fr", ["Jean Dupont", "Le Courrier Lacustre"], ["Jean Dupont"], "Le Courrier Lacustre"),
    ("fr", ["Jean Dupont", "Afrique", "AFP"], ["Jean Dupont"], "Agence France-Presse"),
    ("vi", ["Nguyễn Thu Hà", "Thế giới", "Báo Ví Dụ"], ["Nguyễn Thu Hà"], "Báo Ví Dụ"),
    ("es", ["Ana Gómez Ruiz", "La Gaceta del Valle"], ["Ana Gómez Ruiz"], "La Gaceta del Valle"),
    # two writers, one name a line, over the outlet: both sign
    ("en", ["Jane Roe", "John Mensah", "The Harbour Courier"], ["Jane Roe", "John Mensah"], "The Harbour Courier"),
    ("es", ["Ana Gómez Ruiz", "Luis Pérez", "La Gaceta del Valle"], ["Ana Gómez Ruiz", "Luis Pérez"], "La Gaceta del Valle"),
    ("fr", ["Jean Dupont", "Marie Leroy", "AFP"], ["Jean Dupont", "Marie Leroy"], "Agence France-Presse"),
    ("vi", ["Nguyễn Thu Hà", "Trần Văn Minh", "Báo Ví Dụ"], ["Nguyễn Thu Hà", "Trần Văn Minh"], "Báo Ví Dụ"),
])
def test_a_name_over_its_outlet_is_the_byline(language, rows, authors, source):
    x = extract(_page(language, rows), today=_TODAY)
    assert (x.fields.get("authors"), x.fields.get("source", "")) == (authors, source)


@pytest.mark.parametrize(("language", "rows"), [
    # (must not change) a heading over the outlet: no writer
    ("en", ["Latest News", "Reuters"]),
    ("es", ["Últimas noticias", "EFE"]),
    ("fr", ["À la une", "Le Courrier Lacustre"]),
    # (must not change) a section's name holding a news word is no outlet
    ("en", ["John Mensah", "World News"]),
    ("es", ["Ana María Torres", "Noticias Internacionales"]),
    # (a picture's credit: the photographer over the agency, under a photo word's label)
    ("en", ["Photo", "Jane Roe", "AFP"]),
    ("es", ["Foto:", "Ana Gómez Ruiz", "EFE"]),
    ("fr", ["Photo :", "Jean Dupont", "Le Courrier Lacustre"]),
    ("vi", ["Ảnh:", "Nguyễn Thu Hà", "Báo Ví Dụ"]),
])
def test_no_writer_from_a_heading_over_the_outlet(language, rows):
    assert extract(_page(language, rows), today=_TODAY).fields.get("authors") == []


@pytest.mark.parametrize(("language", "rows", "dateline", "source"), [
    # a place between the name and the agency is the dispatch's dateline, no section
    ("es", ["Ana Gómez Ruiz", "Bogotá", "EFE"], "Bogotá", "Agencia EFE"),
    ("fr", ["Jean Dupont", "Bamako", "AFP"], "Bamako", "Agence France-Presse"),
    ("en", ["Jane Roe", "Nairobi", "Reuters"], "Nairobi", "Reuters"),
])
def test_a_place_between_name_and_agency_is_the_dateline(language, rows, dateline, source):
    x = extract(_page(language, rows), today=_TODAY)
    assert (x.fields.get("authors"), x.fields.get("dateline"), x.fields.get("source", "")) == ([rows[0]], dateline, source)
