"""The site built from the committed data: strict build, small navigation, every page, nothing from the network."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, run
from newsdossier.corpus import load_corpus
from newsdossier.store import Project

CORPUS = load_corpus(Project(ROOT))
PAGES = (
    [f"articles/{i}" for i in CORPUS.articles]
    + [f"actors/{i}" for i, a in CORPUS.actors.items() if a["status"] != "rejected"]
    + [f"missions/{i}" for i in CORPUS.missions]
    + [f"events/{i}" for i in CORPUS.events]
    + ["timeline", "articles", "actors", "missions", "events", "review", "articles/by-source", "articles/by-language"]
)


def test_mkdocs_build_strict_passes_without_a_warning(tmp_path):
    result = run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr


@pytest.mark.parametrize("page", PAGES)
def test_every_entity_has_its_page(built_site: Path, page):
    assert (built_site / page / "index.html").is_file()


def test_the_navigation_holds_only_home_timeline_and_one_index_per_section(built_site: Path):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="md-tabs".*?</nav>', html, re.S).group()
    labels = re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', nav)
    assert labels == ["Home", "Timeline", "Articles", "Actors", "Missions", "Events", "Review"]


@pytest.mark.parametrize("seed", sorted(p.name for p in (ROOT / "seeds").iterdir()))
def test_each_seed_is_published_unchanged_for_readers_to_check(built_site: Path, seed):
    assert (built_site / "seeds" / seed).read_bytes() == (ROOT / "seeds" / seed).read_bytes()


def test_no_page_loads_anything_from_another_host(built_site: Path):
    remote = re.compile(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?//', re.I)
    offenders = [str(p.relative_to(built_site)) for p in built_site.rglob("*.html") if remote.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


@pytest.mark.parametrize("name", ["articles.json", "articles.csv", "actors.json", "actors.csv", "missions.json", "events.json", "events.csv"])
def test_the_data_is_downloadable(built_site: Path, name):
    assert (built_site / "downloads" / name).stat().st_size > 0


YEARLESS = [a for a in CORPUS.articles.values() if str(a.meta.get("date") or "").startswith("XXXX")]


@pytest.mark.parametrize("article", YEARLESS, ids=[a.id for a in YEARLESS])
def test_the_review_page_lists_an_article_whose_year_is_unknown(built_site: Path, article):
    html = (built_site / "review" / "index.html").read_text(encoding="utf-8")
    section = html.split('id="dates-without-a-year"')[1].split("<h2")[0]
    assert f"../articles/{article.id}/" in section
