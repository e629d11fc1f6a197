"""The search index under `mkdocs serve` is written by a process of its own (index_apart), so its
work in Python never takes the server's interpreter lock from the rebuild of the next save."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from newsdossier import index_apart, plugin, search
from newsdossier.search import BUNDLE, IndexPart, SearchIndexError


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    pages = {"index.html": "A harbour town welcomes its new ferry.",
             "articles/one/index.html": "The orchard growers met the river council on Tuesday.",
             "actors/two/index.html": "A lighthouse keeper spoke about the storm season."}
    for path, text in pages.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(f'<html lang="en"><body><main data-pagefind-body><p>{text}</p></main></body></html>',
                                 encoding="utf-8")
    return site


@pytest.mark.parametrize("glob", [None, "**/*.html",
                                  [IndexPart("", ("index.html", "articles/one/index.html"), ("en",)),
                                   IndexPart("part-1", ("actors/two/index.html",), ("en", "fr"))]])
def test_a_request_reads_back_as_it_was_made(glob):
    site, read = index_apart.parse_request(index_apart.request_of(Path("some/site"), glob))
    assert site == Path("some/site") and read == glob


@pytest.mark.parametrize("text", ['{"glob": null}', '{"site": "x", "glob": 3}', '{"site": "x", "glob": [{"folder": ""}]}', "[]"])
def test_a_request_of_another_shape_is_a_value_error(text):
    with pytest.raises(ValueError):
        index_apart.parse_request(text)


def test_the_index_is_written_by_another_process_than_the_server(tmp_path, monkeypatch):
    """search.index_site is never called in the server's own process (a call here would fail),
    and the bundle of every part is written."""
    def not_here(*args, **kwargs):
        raise AssertionError("index_site ran in the server's process")

    monkeypatch.setattr(plugin, "index_site", not_here)
    monkeypatch.setattr(search, "index_site", not_here)
    site = _site(tmp_path)
    parts = [IndexPart("", ("index.html", "articles/one/index.html"), ("en",)), IndexPart("part-1", ("actors/two/index.html",), ("en",))]
    plugin.index_site_apart(site, cancel=threading.Event(), glob=parts)
    assert (site / BUNDLE / "pagefind.js").is_file()
    assert (site / BUNDLE / "part-1" / "pagefind.js").is_file()
    assert not (site / search.VIEW).exists()


def test_a_failed_run_raises_a_search_error_with_the_message(tmp_path):
    with pytest.raises(SearchIndexError, match="Pagefind"):
        plugin.index_site_apart(tmp_path / "empty", cancel=threading.Event(), glob=None)


def test_a_run_cancelled_before_it_starts_raises_and_writes_nothing(tmp_path):
    site = _site(tmp_path)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SearchIndexError):
        plugin.index_site_apart(site, cancel=cancel, glob=None)
    assert not (site / BUNDLE).exists() and not (site / f".{BUNDLE}.new").exists()
