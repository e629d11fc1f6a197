"""`mkdocs build`: the plugin sets its long-lived data aside from the cycle collector while MkDocs
makes the pages, and gives it back when the build ends, whether it ends well or not; a second
build reads the parsed data/ files the first kept."""
from __future__ import annotations

import functools
import gc
import os

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import copy_project, example_project
from newsdossier import store
from newsdossier.plugin import NewsdossierPlugin
from newsdossier.store import PARSED_FILE


@pytest.fixture
def thawed():
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.fixture
def project(tmp_path):
    return copy_project(example_project(), tmp_path / "project")


def _build(project, site, monkeypatch, fail_in_page: bool = False):
    """Build the project into `site` as `mkdocs build` does (without the search index); returns
    the plugin and, for each page, whether the heap was frozen when its context was made."""
    frozen_while_pages: list[bool] = []
    original = NewsdossierPlugin.on_page_context

    @functools.wraps(original)  # its event priority kept
    def page_context(self, context, page, config, nav):
        frozen_while_pages.append(gc.get_freeze_count() > 0)
        if fail_in_page:
            raise RuntimeError("a page failed")
        return original(self, context, page, config, nav)

    monkeypatch.setattr(NewsdossierPlugin, "on_page_context", page_context)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    plugin = config.plugins["newsdossier"]
    plugin.config.search = False  # Pagefind's run is not what is looked at here
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return plugin, frozen_while_pages


@pytest.mark.parametrize("fail", [False, True], ids=["built", "failed"])
def test_the_heap_is_set_aside_while_pages_are_made_and_given_back_at_the_end(thawed, project, tmp_path, monkeypatch, fail):
    if fail:
        with pytest.raises(Exception):
            _build(project, tmp_path / "site", monkeypatch, fail_in_page=True)
        assert gc.get_freeze_count() == 0
        return
    plugin, frozen = _build(project, tmp_path / "site", monkeypatch)
    assert frozen and all(frozen)
    assert gc.get_freeze_count() == 0 and not plugin.held_frozen


def test_on_build_error_gives_the_heap_back(thawed):
    plugin = NewsdossierPlugin()
    gc.freeze()
    plugin.held_frozen = True
    plugin.on_build_error(RuntimeError("x"))
    assert gc.get_freeze_count() == 0 and not plugin.held_frozen


def test_a_second_build_parses_no_data_file_and_writes_the_same_site(thawed, project, tmp_path, monkeypatch):
    _build(project, tmp_path / "first", monkeypatch)
    assert (project / ".newsdossier-cache" / PARSED_FILE).is_file()
    parsed: list[str] = []
    real = store.parse_yaml
    monkeypatch.setattr(store, "parse_yaml", lambda text, path, *a, **k: parsed.append(str(path)) or real(text, path, *a, **k))
    _build(project, tmp_path / "second", monkeypatch)
    assert not [p for p in parsed if "/data/" in p and "/.machine/" not in p]  # the record of skipped seeds is read apart
    first = {p.relative_to(tmp_path / "first"): p.read_bytes() for p in (tmp_path / "first").rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "second"): p.read_bytes() for p in (tmp_path / "second").rglob("*") if p.is_file()}
    assert first == second


def test_the_published_files_are_listed_with_the_heap_set_aside_while_the_render_process_settles_the_pages(thawed, project, tmp_path, monkeypatch):
    """on_files lists the seeds and data files the site publishes (no page depends on them)
    before it waits for the render process to tell the pages' paths, and with the corpus set
    aside from the cycle collector: a full collection while the files are made scanned it all."""
    from newsdossier import plugin as module
    from newsdossier.pagestream import PageStream, usable_cores
    if not hasattr(os, "fork") or usable_cores() < 2:
        pytest.skip("no render process here (one core, or no fork)")
    # A test runner's worker runs threads of its own (pytest-xdist), where the plugin forks no
    # render process (pagestream.streaming_possible); the child renders and touches none of their
    # locks, so the build is let fork here, as test_pagestream's streams do.
    monkeypatch.setattr(module, "streaming_possible", lambda: True)
    happened: list[tuple[str, bool]] = []
    listed, told = module.published_sources, PageStream.pages

    def sources(*args, **kwargs):
        happened.append(("published files listed", gc.get_freeze_count() > 0))
        return listed(*args, **kwargs)

    def paths(stream):
        happened.append(("pages' paths waited for", gc.get_freeze_count() > 0))
        return told(stream)

    monkeypatch.setattr(module, "published_sources", sources)
    monkeypatch.setattr(PageStream, "pages", paths)
    plugin, _ = _build(project, tmp_path / "site", monkeypatch)
    assert happened == [("published files listed", True), ("pages' paths waited for", True)]
    assert gc.get_freeze_count() == 0 and not plugin.held_frozen
