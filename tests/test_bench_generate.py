"""bench/generate.py writes a share of its articles as saved web pages and scraper records, in
the forms normalize ingests, without changing what the articles say."""
from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT
from newsdossier.ingest import collect

sys.path.insert(0, str(ROOT / "bench"))
from generate import SAVED_PAGE_SHARE, SCRAPER_JSON_SHARE, generate  # noqa: E402

DAY = date(2024, 1, 1)


@pytest.fixture(scope="module")
def corpus():
    return generate(300, 4, DAY)


def test_a_share_of_the_seeds_are_saved_pages_and_scraper_records(corpus):
    forms = Counter(item.name.rsplit(".", 1)[-1] for item in corpus)
    assert forms["html"] >= 300 * SAVED_PAGE_SHARE / 2 and forms["json"] >= 300 * SCRAPER_JSON_SHARE / 2, forms
    assert forms["txt"] > forms["html"] + forms["json"]
    traps = Counter(trap for item in corpus for trap in item.traps)
    assert traps["saved-page"] and traps["scraper-json"]


def test_the_forms_are_deterministic_and_the_names_unique(corpus):
    again = generate(300, 4, DAY)
    assert [(s.name, s.content) for s in again] == [(s.name, s.content) for s in corpus]
    assert len({s.name for s in corpus}) == len(corpus)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_an_exact_copy_of_a_page_or_record_keeps_its_form(seed):
    # whatever name the copy drew (an odd name, the stem of the seed before it as .md)
    copies = [item for item in generate(1000, seed, DAY) if "exact-duplicate" in item.traps]
    for item in copies:
        if item.content.startswith(b"<!DOCTYPE html>"):
            assert item.name.endswith(".html"), item.name
        elif item.content.startswith(b"{"):
            assert item.name.endswith(".json"), item.name


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _read(tmp_path: Path, item) -> str:
    path = tmp_path / item.name
    path.write_bytes(item.content)
    articles, problems = collect(path)
    assert len(articles) == 1 and not problems, (item.name, problems)
    return articles[0].read()


@pytest.mark.parametrize("form", ["saved-page", "scraper-json"])
def test_the_tool_reads_every_paragraph_of_the_article_back(corpus, tmp_path, form):
    """What the ingest reads of a page or a record holds every long line of the article's plain
    text (its paragraphs; the page's menus, banners and footer are furniture)."""
    items = [item for item in corpus if form in item.traps and "exact-duplicate" not in item.traps]
    assert items
    for item in items:
        reading = _read(tmp_path, item)
        text = _words(reading.text)
        for line in item.plain.splitlines():
            if len(line) >= 80:
                assert _words(line) in text, f"{item.name}: {line!r} not read back"
        for name in ("url", "date", "title", "source"):
            assert reading.known.best(name) is not None, f"{item.name}: no {name}"


def test_a_page_keeps_its_furniture_out_of_the_text(corpus, tmp_path):
    pages = [item for item in corpus if "saved-page" in item.traps and "exact-duplicate" not in item.traps]
    for item in pages:
        text = _read(tmp_path, item).text
        assert "cookie" not in text.casefold() and "Privacy" not in text, item.name
