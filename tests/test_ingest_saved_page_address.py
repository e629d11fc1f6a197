"""What came with a collected text, on kinds of fault met in articles collected after the
corpus was labelled: a page saved by a browser keeps the address it was saved from, and an
address whose day is run into the last part of its path dates the page. Every page and
path here is written for the test."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.ingest import collect
from newsdossier.ingest.address import path_date


# --- what came with the text: a browser's saved page, a scraper's address ----------------------

PAGE = """<!-- saved from url=(0062)https://www.example-news.org/2021/05/04/engineers-reach-abyei/ -->
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Engineers reach Abyei</title></head><body>
<main><article><h1>Engineers reach Abyei</h1>
<p>The engineering unit reached its base in Abyei after a two-day journey, the mission said.</p>
<p>Its first task is to repair the road to the market, which the rains cut last season.</p>
</article></main></body></html>
"""


def test_a_page_saved_by_a_browser_keeps_the_address_it_was_saved_from(tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(PAGE, encoding="utf-8")
    reading = collect(path)[0][0].read()
    url = reading.known.best("url")
    assert url is not None and url.value == "https://www.example-news.org/2021/05/04/engineers-reach-abyei/"
    assert str(reading.known.best("date", ("address",)).value) == "2021-05-04"


@pytest.mark.parametrize(("path", "expected"), [
    ("/news/Engineers-Reach-Abyei-20221228-0008.html", "2022-12-28"),
    ("/actualidad/Nueva-mision-de-paz-20171208-0032.html", "2017-12-08"),
    ("/video/doan-cong-binh-len-duong-20181015174547670.htm", "2018-10-15"),
    ("/news/engineers-reach-abyei-20221399-0008.html", None),  # no 13th month
    ("/news/report-12345678-0008.html", None),  # an article number
])
def test_a_day_run_into_the_last_part_of_the_path_dates_the_address(path, expected):
    value, _ = path_date(path, today=datetime.date(2030, 1, 1))
    assert (value.edtf() if value else None) == expected
