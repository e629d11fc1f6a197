"""A credit label that names the writer and the photographer as one ("Bài và ảnh:", "Tin, ảnh:",
"Texto y fotos:", "Texte et photos :", "Text and photos:"), then a name, on a line of its own
above or below the text, is the writer's byline: the name is the article's author. A label of
the photograph alone ("Ảnh:", "Foto:") credits no writer.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)

CREDITS = [
    ("vi", "Bài và ảnh: Minh Anh", ["Minh Anh"]),
    ("vi", "Bài, ảnh: Hoàng Nam", ["Hoàng Nam"]),
    ("vi", "Tin, ảnh: Thu Hằng", ["Thu Hằng"]),
    ("vi", "Tin và ảnh: Quốc Bảo", ["Quốc Bảo"]),
    ("vi", "Bài và ảnh: Minh Anh – Quốc Bảo", ["Minh Anh", "Quốc Bảo"]),
    ("es", "Texto y fotos: Lucía Fernández", ["Lucía Fernández"]),
    ("es", "Texto y fotografías: Marta Ibáñez", ["Marta Ibáñez"]),
    ("fr", "Texte et photos : Claire Martin", ["Claire Martin"]),
    ("en", "Text and photos: Jane Roe", ["Jane Roe"]),
    # (must not change) a label of the picture alone names no writer
    ("vi", "Ảnh: Minh Anh", []),
    ("es", "Foto: Lucía Fernández", []),
]


@pytest.mark.parametrize(("language", "credit", "authors"), CREDITS)
def test_a_text_and_photo_credit_under_the_headline(language, credit, authors):
    text = "\n\n".join([HEADLINE[language], credit, LEAD[language], MORE[language]])
    x = extract(text, today=_TODAY)
    assert x.fields.get("authors", []) == authors
    assert x.fields.get("title") == HEADLINE[language]


@pytest.mark.parametrize(("language", "credit", "authors"), CREDITS)
def test_a_text_and_photo_credit_closing_the_text(language, credit, authors):
    text = "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], credit])
    x = extract(text, today=_TODAY)
    assert x.fields.get("authors", []) == authors
