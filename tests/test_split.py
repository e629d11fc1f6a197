"""Long lists get a page per year (or per part): no page grows with the corpus, and no entry is
lost or shown twice. The example corpus is small, so the tests split it at 2 entries."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, copy_project, example_project, run
from newsdossier.corpus import load_corpus
from newsdossier.render import render_site
from newsdossier.store import Project

SMALL = 2
CORPUS = load_corpus(Project(example_project()))
WHOLE = render_site(CORPUS, ROOT / "templates", long_list=10_000)
SPLIT = render_site(CORPUS, ROOT / "templates", long_list=SMALL)
ARTICLE_LINK = re.compile(r"\]\(/articles/([^)/]+)\.md\)")


def _links(markdown: str) -> list[str]:
    return ARTICLE_LINK.findall(markdown)


def _section(markdown: str, heading: str) -> str:
    return markdown.split(heading, 1)[1].split("\n## ", 1)[0]


def _pages(prefix: str) -> dict[str, str]:
    return {path: text for path, text in SPLIT.items() if path.startswith(prefix) and path.endswith(".md")}


def test_nothing_splits_when_lists_are_short():
    assert not any(re.match(r"(timeline|articles/by-year|review)/", path) for path in WHOLE)


@pytest.mark.parametrize(
    ("prefix", "whole_page", "row"),
    [
        pytest.param("timeline/", "timeline.md", re.compile(r'<div class="nd-row'), id="timeline"),
        pytest.param("articles/by-year/", "articles/index.md", re.compile(r'^<tr role="row" markdown="1"><td', re.M), id="articles-index"),
    ],
)
def test_a_long_list_page_becomes_a_page_per_year_holding_every_row_once(prefix, whole_page, row):
    parts = _pages(prefix)
    assert len(parts) > 1
    assert all(len(row.findall(text)) <= SMALL for text in parts.values())
    assert sum(len(row.findall(text)) for text in parts.values()) == len(row.findall(WHOLE[whole_page]))
    for path in parts:
        assert f"(/{path})" in SPLIT[whole_page], f"{whole_page} does not link {path}"
        assert f"(/{whole_page})" in parts[path], f"{path} does not link back to {whole_page}"
        assert all(f"(/{other})" in parts[path] for other in parts if other != path), f"{path} does not link the other years"


MANY = [a for a in CORPUS.actors.values() if sum(a["id"] in art.meta["actors"] for art in CORPUS.articles.values()) > SMALL and not a.get("same_as")]


@pytest.mark.parametrize("actor", MANY, ids=[a["id"] for a in MANY])
def test_an_actor_named_in_many_articles_lists_them_by_year_each_once(actor):
    heading = f"## Articles that mention {actor['name']}"
    whole = sorted(_links(_section(WHOLE[f"actors/{actor['id']}.md"], heading)))
    years = _pages(f"actors/{actor['id']}/")
    assert years
    listed = []
    for path, text in years.items():
        mentions = _links(text.split("## Timeline")[0])
        assert len(mentions) <= SMALL
        listed += mentions
        assert f"(/{path})" in SPLIT[f"actors/{actor['id']}.md"]
    assert sorted(listed) == whole


def _entries(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("- ")]


def test_a_long_review_section_is_cut_into_numbered_pages_holding_every_entry_once():
    parts = _pages("review/")
    assert parts
    assert all(len(_entries(text)) <= SMALL for text in parts.values())
    listed = _entries(SPLIT["review.md"]) + [line for text in parts.values() for line in _entries(text)]
    assert sorted(listed) == sorted(_entries(WHOLE["review.md"]))


def test_articles_by_source_become_a_page_per_source():
    groups = _pages("articles/by-source/")
    assert groups
    assert sorted(link for text in groups.values() for link in _links(text) if link in CORPUS.articles) == sorted(CORPUS.articles)


def test_the_split_site_builds_with_every_link_valid(tmp_path):
    copy_project(example_project(), tmp_path, long_list=SMALL)
    result = run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "timeline" / "2021" / "index.html").exists()


@pytest.mark.parametrize(
    ("date", "year"),
    [("2021-12-07", "2021"), ("2021-12", "2021"), ("2021-12-07?", "2021"), ("2021~", "2021"),
     ("2021-12-07/2022-01-02", "2021"), ("XXXX-09-21", "undated"), ("", "undated"), (None, "undated")],
)
def test_a_date_is_filed_under_the_year_it_sorts_in(date, year):
    from newsdossier.render import year_key

    assert year_key(date) == year
