"""A picture's credit printed on a line of its own under the headline, a body's or an agency's
name with a photo word and a slash before the photographer's ("UN Photo/Jane Roe", "ONU
Foto/Pedro Salas"), or after ("Jane Roe/AP Photo"), stands where a byline would: it credits
the picture, no writer (vocabulary photo_credit_words). Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, line: str) -> str:
    return "\n\n".join([HEADLINE[language], "Listen /", line, LEAD[language], MORE[language]])


@pytest.mark.parametrize("language, line", [
    pytest.param("fr", "UN Photo/Jane Roe", id="fr-un-photo"),
    pytest.param("en", "UN Photo/Tom Ashby", id="en-un-photo"),
    pytest.param("en", "MONUSCO Photo / Ann Lee", id="en-mission-photo-spaced"),
    pytest.param("en", "Tom Ashby/AP Photo", id="en-photo-after"),
    pytest.param("es", "ONU Foto/Pedro Salas", id="es-body-foto"),
])
def test_a_picture_credit_is_no_writer(language, line):
    assert extract(_page(language, line)).fields["authors"] == []


@pytest.mark.parametrize("language, line, authors", [
    # a writer's byline keeps its writer (near miss: no photo word beside a slash)
    pytest.param("en", "By Jane Roe", ["Jane Roe"], id="en-byline"),
    pytest.param("fr", "Par Jane Roe", ["Jane Roe"], id="fr-byline"),
    # a writer's and a photographer's credit across a slash: the writer only
    pytest.param("en", "Text: Jane Roe / Photo: Tom Ashby", ["Jane Roe"], id="en-text-slash-photo"),
    pytest.param("en", "By Jane Roe / Photos by Tom Ashby", ["Jane Roe"], id="en-by-slash-photos-by"),
    pytest.param("es", "Texto: Ana Gil / Fotos: Pedro Salas", ["Ana Gil"], id="es-texto-slash-fotos"),
])
def test_a_byline_keeps_its_writer(language, line, authors):
    assert extract(_page(language, line)).fields["authors"] == authors
