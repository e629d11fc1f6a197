"""What must hold for any project's corpus, whatever its articles: `newsdossier check` finds no
problem, `mkdocs build --strict` passes without a warning, normalize on a copy changes no byte,
every entity has its page, every link of the site resolves, nothing loads from another host.

By default these run on this repository's own corpus (seeds/ and data/). To run them on another
project (a researcher's own dossier, a copy):

    .venv/bin/python -m pytest tests/test_project.py --project-root=PATH

Nothing here names an article, an actor or a count: the tests of the tool itself run on fixture
corpora (tests/corpus/), never on the content of seeds/ or data/.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import copy_project, run
from newsdossier.corpus import load_corpus
from newsdossier.graph import build_graph
from newsdossier.store import Project
from newsdossier.text import follow_same_as

INDEXES = ["timeline", "articles", "actors", "missions", "events", "review", "articles/by-source", "articles/by-language"]


@pytest.fixture(scope="module")
def root(request) -> Path:
    """The project under test: --project-root, or this repository."""
    return Path(request.config.getoption("--project-root")).resolve()


@pytest.fixture(scope="module")
def corpus(root: Path):
    return load_corpus(Project(root))


@pytest.fixture(scope="module")
def build(root: Path, tmp_path_factory):
    """`mkdocs build --strict` of the project into a scratch folder: (the command's result, the site)."""
    site = tmp_path_factory.mktemp("site")
    return run("mkdocs", "build", "--strict", "-d", str(site), cwd=root), site


@pytest.fixture(scope="module")
def site(build) -> Path:
    result, site = build
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_finds_no_problem(root: Path):
    result = run("newsdossier", "check", "--root", str(root), cwd=root)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]


def test_mkdocs_build_strict_passes_without_a_warning(build):
    result, _site = build
    assert result.returncode == 0, result.stderr[-3000:]
    assert "WARNING" not in result.stderr, result.stderr[-3000:]


def test_normalize_on_a_copy_changes_no_byte(root: Path, tmp_path: Path):
    """data/ is what normalize makes of seeds/ and the edits in data/: nothing left to redo."""
    copy = copy_project(root, tmp_path / "copy")
    before = _tree(copy / "data")
    result = run("newsdossier", "normalize", cwd=copy)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr, result.stderr[-3000:]
    changed = sorted(set(before) ^ set(after := _tree(copy / "data")) | {p for p in before if before[p] != after.get(p)})
    assert changed == [], ("data/ is not what normalize makes of seeds/ with this code (after a change to the "
                           "extraction code or word lists the extractor fingerprint moves): run "
                           "`newsdossier normalize` and commit data/\n" + result.stderr[-3000:])


def _pages(corpus, kind: str) -> list[str]:
    if kind == "articles":
        return [f"articles/{i}" for i in corpus.articles]
    if kind == "actors":  # those some article, event or quote names (a merged one: its redirect, if its survivor is named)
        shown = build_graph(corpus).actors_with_pages
        return [f"actors/{i}" for i, a in corpus.actors.items() if a["status"] != "rejected" and follow_same_as(corpus.actors, i) in shown]
    if kind in ("missions", "events"):
        return [f"{kind}/{i}" for i in getattr(corpus, kind)]
    return INDEXES


@pytest.mark.parametrize("kind", ["articles", "actors", "missions", "events", "indexes"])
def test_every_entity_has_its_page(corpus, site: Path, kind):
    missing = [page for page in _pages(corpus, kind) if not (site / page / "index.html").is_file()]
    assert missing == []


def test_the_navigation_holds_only_home_timeline_and_one_index_per_section(site: Path):
    html = (site / "index.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="md-tabs".*?</nav>', html, re.S).group()
    labels = re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', nav)
    assert labels == ["Home", "Timeline", "Articles", "Actors", "Missions", "Events", "Quotes", "Network", "Review", "Data"]


def test_each_seed_of_an_article_is_published_unchanged_for_readers_to_check(root: Path, corpus, site: Path):
    seeds = sorted({a.meta["seed"] for a in corpus.articles.values() if (root / "seeds" / a.meta["seed"]).is_file()})
    different = [s for s in seeds if (site / "seeds" / s).read_bytes() != (root / "seeds" / s).read_bytes()]
    assert seeds and different == []


class _Links(HTMLParser):
    """The href and src values of one HTML page."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.links += [value for name, value in attrs if name in ("href", "src") and value]


def _target(site: Path, page: Path, link: str) -> Path | None:
    """The file a link of `page` leads to inside the site, or None for a link that leaves it."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    base = site if parts.path.startswith("/") else page.parent
    target = (base / unquote(parts.path).lstrip("/")).resolve()
    return target / "index.html" if link.split("#")[0].split("?")[0].endswith("/") or target.is_dir() else target


def test_every_link_of_the_site_resolves(site: Path):
    broken = []
    for page in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            target = _target(site, page, link)
            if target is not None and not target.is_file():
                broken.append(f"{page.relative_to(site)}: {link}")
    assert broken == []


def test_no_page_loads_anything_from_another_host(site: Path):
    remote = re.compile(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?//', re.I)
    offenders = [str(p.relative_to(site)) for p in site.rglob("*.html") if remote.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


@pytest.mark.parametrize("name", ["articles.json", "articles.csv", "actors.json", "actors.csv", "missions.json", "events.json", "events.csv"])
def test_the_data_is_downloadable(site: Path, name):
    assert (site / "downloads" / name).stat().st_size > 0


def test_the_review_page_lists_every_article_whose_year_is_unknown(corpus, site: Path):
    yearless = [a.id for a in corpus.articles.values() if str(a.meta.get("date") or "").startswith("XXXX")]
    html = "".join(p.read_text(encoding="utf-8") for p in [site / "review" / "index.html", *sorted((site / "review").glob("*/index.html"))])
    sections = " ".join(part.split("<h2")[0] for part in html.split('id="dates-without-a-year"')[1:])
    assert [i for i in yearless if f"/articles/{i}/" not in sections] == []
