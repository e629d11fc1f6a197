"""A newspaper's staff sign a story "By Jane Roe of The Harbour Courier Staff": the writer is
Jane Roe, the outlet The Harbour Courier, and "Staff" is the writer's role. Main kept the whole
line as one writer's name and credited no outlet. The same byline without the staff word was
read as before.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

CASES = [
    ("en", "May 3, 1996|By Jane Roe of The Harbour Courier Staff", ["Jane Roe"], "The Harbour Courier"),
    ("en", "By Tom Ashby of The Riverside Sentinel staff", ["Tom Ashby"], "The Riverside Sentinel"),
    ("en", "By Jane Roe of The Harbour Courier Staff Writer", ["Jane Roe"], "The Harbour Courier"),
    ("es", "Por Ana Gómez de El Diario Ejemplo Redacción", ["Ana Gómez"], "El Diario Ejemplo"),
]


@pytest.mark.parametrize("language,byline,authors,outlet", CASES)
def test_staff_byline_gives_writer_and_outlet(language, byline, authors, outlet):
    text = "\n".join([_HEAD[language], byline, _LEAD[language], _MORE[language]])
    fields = extract(text).fields
    assert (fields["authors"], fields["source"]) == (authors, outlet)


@pytest.mark.parametrize("byline,authors", [("By Jane Roe, Staff Writer", ["Jane Roe"]),
                                            ("By Jane Roe and Tom Ashby", ["Jane Roe", "Tom Ashby"])])
def test_byline_without_an_outlet_is_read_as_before(byline, authors):
    # (must not change) a role alone, or two writers, credit no outlet
    text = "\n".join([_HEAD["en"], byline, _LEAD["en"], _MORE["en"]])
    fields = extract(text).fields
    assert (fields["authors"], fields["source"]) == (authors, "")


@pytest.mark.parametrize("byline,authors,outlet", [
    # (must not change) a newspaper's name closing on a word that is also a role's ("Reporter"):
    # the whole name is the outlet's
    ("By Jane Roe of The Hollywood Reporter", ["Jane Roe"], "The Hollywood Reporter"),
    ("By Tom Ashby of The Riverside Reporter", ["Tom Ashby"], "The Riverside Reporter"),
])
def test_outlet_named_with_a_role_word_is_kept_whole(byline, authors, outlet):
    text = "\n".join([_HEAD["en"], byline, _LEAD["en"], _MORE["en"]])
    fields = extract(text).fields
    assert (fields["authors"], fields["source"]) == (authors, outlet)


@pytest.mark.parametrize("language,byline", [
    # (must not change) a surname opened by its particle ("de Los Ríos", "du Pont") before the
    # writer's role: no outlet, the writer's whole name kept
    ("es", "Por Ana María de Los Ríos Corresponsal"),
    ("es", "Por Luis Alberto de Las Heras Periodista"),
    ("fr", "Par Marie Claire de La Rivière envoyée spéciale"),
])
def test_surname_particle_before_a_role_opens_no_outlet(language, byline):
    text = "\n".join([_HEAD[language], byline, _LEAD[language], _MORE[language]])
    assert extract(text).fields["source"] == ""
