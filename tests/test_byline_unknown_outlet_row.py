"""The outlet as far as the text allows: a byline's row that prints the writer, then the outlet
after a bar ("By Jane Roe | The Harbour Gazette") or a comma, credits that outlet also when the
sources reference does not know it, provided its name reads as an outlet's: a news word last
("Gazette", "Ledger"), or in the Romance languages right after the article, before its
adjective ("Le Courrier Fluvial", "La Voz Ribereña"). The outlet is never a second writer.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_TITLE = "School handed over near the camp"
_LEAD = "Soldiers of the mission handed over a rebuilt school to the town council on Wednesday, the mission said in a statement."


def _read(byline: str):
    return extract(f"{_TITLE}\n\n{byline}\n\n{_LEAD}\n\nThe school will take four hundred pupils.\n", None).fields


@pytest.mark.parametrize(("byline", "writer", "outlet"), [
    ("By Jane Roe | The Harbour Gazette", "Jane Roe", "The Harbour Gazette"),
    ("By Jane Roe | The Valley Ledger", "Jane Roe", "The Valley Ledger"),
    ("Par Jeanne Roux | Le Courrier Fluvial", "Jeanne Roux", "Le Courrier Fluvial"),
    ("Par Jeanne Roux, Le Courrier Fluvial", "Jeanne Roux", "Le Courrier Fluvial"),
    ("Por Juana Ruiz | La Voz Ribereña", "Juana Ruiz", "La Voz Ribereña"),
    ("Por Juana Ruiz, El Correo Serrano", "Juana Ruiz", "El Correo Serrano"),
])
def test_an_outlet_after_the_writer_is_credited_not_taken_for_a_writer(byline, writer, outlet):
    fields = _read(byline)
    assert fields.get("source") == outlet
    assert fields.get("authors") == [writer]


@pytest.mark.parametrize(("byline", "writers"), [
    # (must not change) what follows the writer is no outlet's name
    ("By Jane Roe | Senior Correspondent", ["Jane Roe"]),
    ("By Jane Roe | The Leader", ["Jane Roe"]),
    ("Par Jeanne Roux | La Présidente", ["Jeanne Roux"]),
    ("By Mark Daily", ["Mark Daily"]),
])
def test_words_after_the_writer_that_name_no_outlet_credit_none(byline, writers):
    fields = _read(byline)
    assert fields.get("source") in (None, "")
    assert fields.get("authors") == writers


@pytest.mark.parametrize("byline", [
    # (must not change) an English body whose second word is a news word is no outlet
    "By Jane Roe | The Times Square Alliance",
    "By Jane Roe | The Daily Bread Foundation",
])
def test_an_english_body_with_a_news_word_second_is_no_outlet(byline):
    assert _read(byline).get("source") in (None, "")
