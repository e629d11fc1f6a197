"""A byline naming the outlet the writer wrote for, the outlet unknown to the reference and
its name holding no newspaper's word: "Jean Dupont pour Horizon Example" (no byline word),
"Por Ana Gómez para La Brújula Example", "Jane Roe / Ridgeline Dispatch". The writer is the
author, the outlet the source as printed. The words after "for" are no outlet where they
are a description ("for the first time", "pour la Mission"), a single word ("for
President"), a place or a body the gazetteer knows ("para Naciones Unidas"); two names a
slash joins are two writers ("Jane Roe / Tom Ashby").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD
from newsdossier.extract import extract

_MORE = {
    "en": "The mission has about ten thousand troops from forty countries in the area.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone.",
    "es": "La misión cuenta con unos diez mil soldados de cuarenta países en la zona.",
    "vi": "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực.",
}


def _fields(language: str, byline: str) -> dict:
    return extract("\n".join([_HEAD[language], byline, _LEAD[language], _MORE[language]])).fields


@pytest.mark.parametrize(("language", "byline", "author", "source"), [
    ("fr", "Jean Dupont pour Horizon Sahel", "Jean Dupont", "Horizon Sahel"),
    ("fr", "Par Jean Dupont pour Horizon Sahel", "Jean Dupont", "Horizon Sahel"),
    ("en", "Jane Roe for The Harbour Post", "Jane Roe", "The Harbour Post"),
    ("en", "By Jane Roe for Kigali Today", "Jane Roe", "Kigali Today"),
    ("es", "Por Ana Gómez para La Brújula", "Ana Gómez", "La Brújula"),
    ("es", "Ana Gómez para El Faro del Sur", "Ana Gómez", "El Faro del Sur"),
    ("en", "Jane Roe / Ridgeline Dispatch", "Jane Roe", "Ridgeline Dispatch"),
    ("vi", "Nguyễn Văn An / Báo Ánh Dương", "Nguyễn Văn An", "Báo Ánh Dương"),
])
def test_the_outlet_a_byline_names_is_the_source_and_the_writer_the_author(language, byline, author, source):
    fields = _fields(language, byline)
    assert (fields["authors"], fields["source"]) == ([author], source)


@pytest.mark.parametrize(("language", "byline"), [
    # (must not change) no outlet after "for" / "pour" / "para"
    ("en", "By Jane Roe for the first time"),
    ("en", "Jane Roe for President"),
    ("fr", "Par Jean Dupont pour la Mission"),
    ("es", "Por Ana Gómez para Naciones Unidas"),
])
def test_no_outlet_where_the_words_after_for_name_none(language, byline):
    assert _fields(language, byline)["source"] == ""


def test_two_writers_a_slash_joins_are_no_outlet():
    # (must not change)
    fields = _fields("en", "Jane Roe / Tom Ashby")
    assert (fields["authors"], fields["source"]) == (["Jane Roe", "Tom Ashby"], "")
