"""A saved page can print a deck (a summary set without a closing stop) under its headline,
then a byline block with its date: trafilatura keeps the deck in the text and leaves the block
out. The block's date line is still the page's printed date, restored to the text as where
there is no deck. Every page here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.html import read_page
from newsdossier.ingest.known import Known

_PARAGRAPHS = ["Los soldados del contingente llegaron el martes a su base del norte, tras tres días de viaje por "
               "caminos cortados por las lluvias de la temporada.",
               "El comandante indicó que el relevo seguirá la semana próxima con dos vuelos, según un "
               "comunicado difundido por la tarde."]


def _page(deck: str, stamp: str = "5 MAR 2021 - 12:14 CET") -> bytes:
    # (a body long enough for trafilatura to take the article's block alone, leaving the
    # byline block out)
    body = "".join(f"<p>{p} {p} {p}</p>" for p in _PARAGRAPHS * 2)
    return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>El relevo llega al norte</title></head>'
            '<body><div id="menu"><a href="/">Portada</a> | <a href="/mundo/">Mundo</a></div>'
            f'<div id="content"><div class="article"><h1>El relevo llega al norte</h1><div class="subtitles">{deck}</div>'
            '<div class="firma"><span class="autor">Lucía Ferrán</span> <span class="lugar">Lyon</span> '
            f'<span class="fecha">{stamp}</span></div><div class="cuerpo">{body}</div></div></div></body></html>').encode()


@pytest.mark.parametrize(
    "deck",
    [
        pytest.param("<h2>Los convoyes esperan ahora una semana en la frontera</h2>", id="one-deck-line"),
        pytest.param("<h2>Los convoyes esperan ahora una semana en la frontera</h2>"
                     "<h2>El número de camiones detenidos crece un 40%</h2>", id="two-deck-lines"),
    ],
)
def test_the_byline_blocks_date_under_a_deck_is_the_texts_date(deck):
    assert extract(read_page(_page(deck), Known())).determined_date == "2021-03-05"


def test_no_deck_keeps_the_date_line():
    # (must not change) the byline block right under the headline
    assert extract(read_page(_page(""), Known())).determined_date == "2021-03-05"


def test_a_first_line_closed_by_a_stop_begins_the_text():
    # (must not change) a line ending on a stop is the text's own first sentence, not a deck:
    # what the page prints after it is no header
    page = _page("<h2>Los convoyes esperan ahora una semana en la frontera.</h2>")
    assert extract(read_page(page, Known())).determined_date == ""
