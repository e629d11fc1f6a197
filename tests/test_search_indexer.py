"""The search index under `mkdocs serve`: written in the background, one run at a time, and the
last run always of the last build."""
from __future__ import annotations

import threading
from pathlib import Path

from newsdossier import plugin


def test_a_request_returns_before_the_index_is_written_and_settled_waits_for_it(monkeypatch):
    release, calls = threading.Event(), []

    def slow_index(site_dir: Path, cancel=None, glob=None, keep=()) -> None:
        release.wait(30)
        calls.append(site_dir)

    monkeypatch.setattr(plugin, "index_site_apart", slow_index)
    indexer = plugin.SearchIndexer()
    indexer.request(Path("site-1"))
    assert calls == [] and not indexer.settled(timeout=0)  # the build went on without waiting
    release.set()
    assert indexer.settled(timeout=30)
    assert calls == [Path("site-1")]


def test_requests_made_during_a_run_end_in_one_more_run_of_the_latest_folder(monkeypatch):
    started, release, calls = threading.Event(), threading.Event(), []

    def index(site_dir: Path, cancel=None, glob=None, keep=()) -> None:
        started.set()
        release.wait(30)
        calls.append(site_dir)

    monkeypatch.setattr(plugin, "index_site_apart", index)
    indexer = plugin.SearchIndexer()
    indexer.request(Path("first"))
    assert started.wait(30)
    indexer.request(Path("second"))
    indexer.request(Path("third"))
    release.set()
    assert indexer.settled(timeout=30)
    assert calls == [Path("first"), Path("third")]


def test_a_failed_run_is_logged_and_the_next_request_runs_again(monkeypatch, caplog):
    calls = []

    def failing(site_dir: Path, cancel=None, glob=None, keep=()) -> None:
        calls.append(site_dir)
        if len(calls) == 1:
            raise plugin.SearchIndexError("Pagefind failed")

    monkeypatch.setattr(plugin, "index_site_apart", failing)
    indexer = plugin.SearchIndexer()
    indexer.request(Path("site"))
    assert indexer.settled(timeout=30)
    assert "Pagefind failed" in caplog.text
    indexer.request(Path("site"))
    assert indexer.settled(timeout=30)
    assert calls == [Path("site"), Path("site")]


def test_stop_ends_a_run_under_way_and_refuses_new_requests(monkeypatch):
    calls, started = [], threading.Event()

    def index(site_dir: Path, cancel: threading.Event, glob=None, keep=()) -> None:
        calls.append(site_dir)
        started.set()
        cancel.wait(30)  # Pagefind running until it is stopped
        raise plugin.SearchIndexError("cancelled")

    monkeypatch.setattr(plugin, "index_site_apart", index)
    indexer = plugin.SearchIndexer()
    indexer.request(Path("site"))
    assert started.wait(30)
    indexer.stop(timeout=30)
    assert indexer.settled(timeout=0)
    indexer.request(Path("site"))
    assert indexer.settled(timeout=0) and calls == [Path("site")]


def test_an_unexpected_error_is_logged_and_leaves_the_indexer_working(monkeypatch, caplog):
    calls = []

    def broken(site_dir: Path, cancel=None, glob=None, keep=()) -> None:
        calls.append(site_dir)
        if len(calls) == 1:
            raise RuntimeError("a bug")

    monkeypatch.setattr(plugin, "index_site_apart", broken)
    indexer = plugin.SearchIndexer()
    indexer.request(Path("site"))
    assert indexer.settled(timeout=30)
    assert "RuntimeError: a bug" in caplog.text
    indexer.request(Path("site"))
    assert indexer.settled(timeout=30) and len(calls) == 2


def test_the_glob_of_a_request_goes_to_the_run(monkeypatch):
    calls = []
    monkeypatch.setattr(plugin, "index_site_apart", lambda site_dir, cancel=None, glob=None, keep=(): calls.append((site_dir, glob)))
    indexer = plugin.SearchIndexer()
    indexer.request(Path("site-1"), "{articles/**/*.html,index.html}")
    assert indexer.settled(timeout=30)
    assert calls == [(Path("site-1"), "{articles/**/*.html,index.html}")]
