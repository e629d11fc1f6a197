"""A byline printing the writer's name and the outlet joined by a slash with no spaces, beside
the page's date ("Ana Gómez/EFE | 3 de marzo de 2021", "Jean Dupont/AFP | 12 mars 2019"): the
name before the slash is the writer, the name after it the outlet the story is credited to,
an agency the reference knows or a paper's name of a word or more that reads as no person's
and no place's. Two people's names so joined are two writers; a place after the slash is no
outlet.

Every byline is invented for the tests; the headline and lead are tests/headcases.py's.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(lang: str, byline: str) -> str:
    return f"{HEADLINE[lang]}\n{byline}\n{LEAD[lang]}\n{MORE[lang]}"


@pytest.mark.parametrize(("lang", "byline", "writer", "source"), [
    ("es", "Marta Quintero/Crónica | 3 de marzo de 2021", "Marta Quintero", "Crónica"),
    ("es", "Ana Gómez/EFE | 3 de marzo de 2021", "Ana Gómez", "Agencia EFE"),
    ("fr", "Jean Dupont/AFP | 12 mars 2019", "Jean Dupont", "Agence France-Presse"),
    ("fr", "Paul Kaboré/Horizons | 12 mars 2019", "Paul Kaboré", "Horizons"),
    ("vi", "Nguyễn Văn An/TTXVN | 12/3/2021", "Nguyễn Văn An", "Vietnam News Agency"),
    ("en", "Jane Roe/Reuters | March 3, 2021", "Jane Roe", "Reuters"),
])
def test_writer_and_outlet_joined_by_a_slash_beside_the_date(lang, byline, writer, source):
    fields = extract(_page(lang, byline)).fields
    assert fields.get("authors") == [writer]
    assert fields.get("source") == source


@pytest.mark.parametrize(("byline", "writers"), [
    ("Ana Gómez/Pedro Ruiz | 3 de marzo de 2021", ["Ana Gómez", "Pedro Ruiz"]),
    ("Ana Gómez/Madrid | 3 de marzo de 2021", None),
])
def test_two_writers_or_a_place_after_the_slash_name_no_outlet(byline, writers):
    fields = extract(_page("es", byline)).fields
    assert fields.get("source") in ("", None)
    if writers is not None:
        assert fields.get("authors") == writers
