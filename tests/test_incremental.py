"""Rebuilds under `mkdocs serve --dirty`: only the pages an edit changed are written again, and
the site is the same as a full build would make (search index included)."""
from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import SERVE_URL, DirtySession, copy_project, example_project
from newsdossier.corpus import load_corpus
from newsdossier.render import render_site
from newsdossier.store import Project

LONG_AGO = 1_000_000_000  # an mtime in 2001: any file written by the rebuild is newer


@pytest.fixture
def dirty(tmp_path: Path, monkeypatch) -> DirtySession:
    """A copy of the example project with its data, built once the way `serve --dirty` starts."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example_project(), tmp_path / "project")
    session = DirtySession(project, tmp_path / "site")
    session.build()
    for path in session.site.rglob("*"):
        os.utime(path, (LONG_AGO, LONG_AGO))
    return session


def pages(project: Path) -> dict[str, str]:
    return {p: text for p, text in render_site(load_corpus(Project(project)), project / "templates").items() if p.endswith(".md")}


def output(site: Path, page: str) -> Path:
    stem = page.removesuffix(".md")
    return site / (stem + ".html" if stem == "index" or stem.endswith("/index") else stem + "/index.html")


def first_article(project: Path) -> Path:
    return sorted((project / "data" / "articles").glob("*.md"))[0]


def set_title(article: Path, title: str) -> None:
    text = article.read_text(encoding="utf-8")
    article.write_text(re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M), encoding="utf-8")


def reject(project: Path, actor_id: str) -> None:
    path = project / "data" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    block = re.search(rf"^  - id: {re.escape(actor_id)}\n(?:    .*\n)*", text, flags=re.M)
    assert block, actor_id
    new_block = re.sub(r"^    status: \w+$", "    status: rejected", block.group(), flags=re.M)
    path.write_text(text.replace(block.group(), new_block), encoding="utf-8")


def rewritten(site: Path) -> set[str]:
    return {str(p.relative_to(site)) for p in site.rglob("index.html") if p.stat().st_mtime > LONG_AGO}


def search_docs(site: Path) -> list[tuple[str, str, str]]:
    """The pages of the site's search index (Pagefind's), as (url, title, text), read from its
    fragments: gzip files of 'pagefind_dcd' followed by the page's JSON."""
    docs = []
    for fragment in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        page = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        docs.append((page["url"], page["meta"].get("title"), page["content"]))
    return sorted(docs)


EDITS = {
    "article title": lambda project: set_title(first_article(project), "A corrected title for the rebuild"),
    "rejected actor": lambda project: reject(project, "jean-pierre-lacroix"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_dirty_rebuild_writes_exactly_the_pages_whose_content_changed(dirty, edit):
    before = pages(dirty.project)
    EDITS[edit](dirty.project)
    after = pages(dirty.project)
    changed = {p for p in after if before.get(p) != after[p]}
    assert changed and len(changed) < len(after)  # the edit touches some pages, not all
    dirty.build()
    assert rewritten(dirty.site) == {str(output(dirty.site, p).relative_to(dirty.site)) for p in changed}


def test_a_page_no_longer_generated_is_removed_from_the_site(dirty):
    page = output(dirty.site, "actors/jean-pierre-lacroix.md")
    assert page.exists()
    reject(dirty.project, "jean-pierre-lacroix")
    dirty.build()
    assert not page.exists()
    assert not any(url.startswith("/actors/jean-pierre-lacroix/") for url, _t, _x in search_docs(dirty.site))


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_the_search_index_after_a_dirty_rebuild_is_the_one_a_full_build_makes(dirty, tmp_path, edit):
    EDITS[edit](dirty.project)
    dirty.build()
    full = tmp_path / "full"
    config = load_config(str(dirty.project / "mkdocs.yml"), site_dir=str(full))
    config.site_url = SERVE_URL
    build(config, serve_url=SERVE_URL)
    assert config.plugins["newsdossier"].search_settled(timeout=300)  # MkDocs kept the serving plugin object
    assert search_docs(dirty.site) == search_docs(full)


def test_a_change_to_mkdocs_yml_rebuilds_every_page(dirty):
    config = dirty.project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: News dossier", "site_name: Another name"), encoding="utf-8")
    dirty.build()
    assert rewritten(dirty.site) == {str(output(dirty.site, p).relative_to(dirty.site)) for p in pages(dirty.project)}
    assert "Another name" in output(dirty.site, "timeline.md").read_text(encoding="utf-8")


def test_after_a_failed_build_the_next_one_writes_every_page(dirty):
    dirty.plugins["newsdossier"].on_build_error(error=RuntimeError("the build stopped half-way"))
    dirty.build()
    assert rewritten(dirty.site) == {str(output(dirty.site, p).relative_to(dirty.site)) for p in pages(dirty.project)}


def test_serving_the_last_good_data_after_an_article_file_was_deleted_keeps_the_site(dirty):
    article = first_article(dirty.project)
    page = output(dirty.site, f"articles/{article.stem}.md")
    article.unlink()  # events still list it: data/ has a problem, the last good data is served
    dirty.build()
    assert page.exists()


def test_removing_a_vanished_page_keeps_the_pages_in_its_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example_project(), tmp_path / "project", long_list=2)
    source = first_article(project)
    text = re.sub(r"^id: .*$", "id: by-year", source.read_text(encoding="utf-8"), count=1, flags=re.M)
    (project / "data" / "articles" / "by-year.md").write_text(re.sub(r"^events:\n(  - .*\n)*", "events: []\n", text, flags=re.M), encoding="utf-8")
    session = DirtySession(project, tmp_path / "site")
    session.build()
    year_pages = sorted((session.site / "articles" / "by-year").glob("*/index.html"))
    assert year_pages and (session.site / "articles" / "by-year" / "index.html").exists()
    (project / "data" / "articles" / "by-year.md").unlink()
    session.build()
    assert not (session.site / "articles" / "by-year" / "index.html").exists()
    generated = render_site(load_corpus(Project(project)), project / "templates", long_list=2)
    still = [output(session.site, p) for p in generated if p.startswith("articles/by-year/")]
    assert still and all(page.exists() for page in still), [str(p.relative_to(session.site)) for p in still if not p.exists()]


def test_a_dirty_rebuild_writes_again_the_published_files_an_edited_article_makes_and_no_other(dirty):
    """A published data file and seed, and each one's readable page, are written again when the
    files they are made from read otherwise than when they were written (an article file its
    seed's page takes the language from), whatever the times of the site's files say."""
    article = first_article(dirty.project).resolve()
    set_title(article, "A corrected title for the rebuild")
    dirty.build()
    sources = [source for source, _raw, _view in dirty.plugins["newsdossier"].kept_sources.values()]
    expected = {s.path for s in sources if s.source.resolve() == article}
    expected |= {s.view for s in sources if article in {p.resolve() for p in (s.source, *s.depends)}}
    assert len(expected) >= 3, expected  # the data file, its page, its seed's page
    published = {s.path for s in sources} | {s.view for s in sources}
    written = {str(p.relative_to(dirty.site)) for p in dirty.site.rglob("*") if p.is_file() and p.stat().st_mtime > LONG_AGO}
    assert written & published == expected
