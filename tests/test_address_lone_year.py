"""A page's address whose path holds a year folder alone, with no month nor day
("/noticia/2017/slug", "/news/2019/slug"), dates the page to that year where nothing better
does: the year bounds a date the text lets infer, and gives a day the text prints without
its year ("12 mars") its year. Every address and line is written for these tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.extract import extract
from newsdossier.ingest.address import path_date
from newsdossier.ingest.known import Known
from newsdossier.ingest.precedence import settle

_TODAY = datetime.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("path", "year"),
    [
        pytest.param("/noticia/2017/dragado-del-canal-del-puerto", 2017, id="es-noticia-year"),
        pytest.param("/news/2019/harbour-board-dredges-channel", 2019, id="en-news-year"),
        pytest.param("/actualites/2021/chenal-du-port-drague.html", 2021, id="fr-year-html"),
        pytest.param("/2018/tin-tuc-cang-bien", 2018, id="year-first-folder"),
    ],
)
def test_a_lone_year_folder_gives_the_year(path, year):
    assert path_date(path, _TODAY)[0] == PartialDate(year)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # (must not change) the forms read before, and what is no year folder
        pytest.param("/2017/07/harbour-story", PartialDate(2017, 7), id="year-and-month"),
        pytest.param("/2016/01/11/harbour-story", PartialDate(2016, 1, 11), id="full-day"),
        pytest.param("/archive/2019", None, id="year-closing-the-path"),
        pytest.param("/story/2019/48213", None, id="year-then-a-number"),
        pytest.param("/news/2031/harbour-story", None, id="year-after-today"),
        pytest.param("/news/1985/harbour-story", None, id="year-before-the-web"),
    ],
)
def test_other_paths_are_read_as_before(path, expected):
    assert path_date(path, _TODAY)[0] == expected


_TITLE = "Le chenal du port sera dragué"
_REST = "Les travaux commencent en juin et dureront trois mois, a indiqué un porte-parole du conseil."


def _settled(lead: str, url: str = "https://example.org/actualites/2017/chenal-du-port") -> str:
    known = Known()
    known.add("url", url, "collector", "test")
    known.with_address()
    text = "\n".join([_TITLE, lead, _REST]) + "\n"
    extraction = extract(text, known)
    return settle(extraction.fields, extraction.text_date, known)["date"]


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        pytest.param("Port-Exemple, 12 mars (AFP) - Le conseil du port a décidé de draguer le chenal près du vieux quai.",
                     "2017-03-12", id="dateline-day-takes-the-year"),
        pytest.param("Le conseil du port a décidé de draguer le chenal près du vieux quai, comme les pêcheurs le demandaient.",
                     "2017", id="nothing-printed-gives-the-year"),
    ],
)
def test_the_address_year_dates_the_page(lead, date):
    assert _settled(lead) == date
