"""A byline can print the other writers in brackets after the first's, opened by a word of
company ("Par Jeanne Roux (avec Marc Blin et Ana Dufour)", "By Jane Roe (with John Doe)"):
each is a writer of the article. Brackets holding the rest of a credit ("(with reporting by
John Doe)") or an outlet ("(avec AFP)") are no list of writers.

Every byline is invented for the tests; the headline and lead are tests/headcases.py's.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

DAY = {"es": "3 de marzo de 2021", "fr": "12 mars 2019", "en": "March 3, 2021"}


def _authors(lang: str, byline: str) -> list:
    page = f"{HEADLINE[lang]}\n{byline}\n{DAY[lang]}\n{LEAD[lang]}\n{MORE[lang]}"
    return extract(page).fields.get("authors")


@pytest.mark.parametrize(("lang", "byline", "writers"), [
    pytest.param("fr", "Par Jeanne Roux (avec Marc Blin et Ana Dufour)", ["Jeanne Roux", "Marc Blin", "Ana Dufour"],
                 id="fr-avec-two"),
    pytest.param("fr", "Par Jeanne Roux (avec Marc Blin)", ["Jeanne Roux", "Marc Blin"], id="fr-avec-one"),
    pytest.param("en", "By Jane Roe (with John Doe and Mira Holt)", ["Jane Roe", "John Doe", "Mira Holt"], id="en-with-two"),
    pytest.param("es", "Por Ana Gil (con Luis Mora y Eva Sanz)", ["Ana Gil", "Luis Mora", "Eva Sanz"], id="es-con-two"),
])
def test_writers_bracketed_after_a_word_of_company_are_writers(lang, byline, writers):
    assert _authors(lang, byline) == writers


@pytest.mark.parametrize(("lang", "byline", "writers"), [
    # (must not change) the rest of a credit in brackets, no list of names
    pytest.param("en", "By Jane Roe (with reporting by John Doe)", ["Jane Roe"], id="en-with-reporting"),
    # (must not change) an outlet's name in brackets, no writer
    pytest.param("fr", "Par Jeanne Roux (AFP)", ["Jeanne Roux"], id="fr-outlet-in-brackets"),
])
def test_other_brackets_stay_out_of_the_writers(lang, byline, writers):
    assert _authors(lang, byline) == writers
