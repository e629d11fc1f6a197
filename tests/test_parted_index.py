"""The search index of a large site, written part by part while `mkdocs build` writes the pages
(search.PartedIndex, plugin._index_while_writing)."""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from conftest import ROOT
from mkdocs.structure.files import File, Files

from newsdossier import plugin, search
from newsdossier.search import BUNDLE, VIEW, IndexPart, PartedIndex, SearchIndexError

WAIT_S = 60  # the longest a test waits for the index's thread (a bound, not a measure)


def _page(site: Path, path: str, words: str, lang: str = "en") -> str:
    target = site / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f'<!doctype html><html lang="{lang}"><head><title>{words}</title></head>'
                      f'<body><main data-pagefind-body><h1>{words}</h1><p>{words}</p></main></body></html>', encoding="utf-8")
    return path


@pytest.fixture
def recorded(monkeypatch):
    """Pagefind's runs replaced by a record of (part folder, pages the part's view holds), each
    writing the file a run writes, so that the swap finds the bundle."""
    runs: list[tuple[str, list[str]]] = []
    ran = threading.Condition()

    def run(view: Path, output: Path, glob, cancel, fresh: Path, niceness: int = 0) -> None:
        # the pages the run reads: those its glob names one by one in the site (search.part_glob),
        # or, without a glob, every page of the folder of links it is given
        read = glob.strip("{}").split(",") if glob else [p.relative_to(view).as_posix() for p in view.rglob("*.html")]
        with ran:
            runs.append((output.relative_to(fresh).as_posix() if output != fresh else "", sorted(read)))
            ran.notify_all()
        output.mkdir(parents=True, exist_ok=True)
        (output / "pagefind.js").write_text("", encoding="utf-8")

    monkeypatch.setattr(search, "_run_pagefind", run)
    return runs, ran


def _parts(site: Path, linked: bool = False) -> list[IndexPart]:
    """Two parts of two pages each; with linked, page paths no glob names as themselves (a
    space), so that each part is read from a folder of links to its pages (search.part_glob)."""
    a, c = ("a b", "c d") if linked else ("a", "c")
    first = (_page(site, f"articles/{a}/index.html", "alpha"), _page(site, "articles/b/index.html", "bravo"))
    second = (_page(site, f"actors/{c}/index.html", "charlie"), _page(site, "actors/d/index.html", "delta"))
    return [IndexPart("", first, ("en",)), IndexPart("part-1", second, ("en",))]


@pytest.mark.parametrize("linked", [False, True], ids=["read-through-a-glob", "read-from-a-folder-of-links"])
def test_a_part_is_indexed_once_its_pages_are_written_before_the_build_ends(tmp_path, recorded, linked):
    runs, ran = recorded
    parts = _parts(tmp_path, linked)
    index = PartedIndex(tmp_path, parts)
    for page in parts[0].pages:
        index.written(page)
    with ran:
        assert ran.wait_for(lambda: len(runs) == 1, timeout=WAIT_S)
    assert runs == [("", sorted(parts[0].pages))]
    assert not (tmp_path / BUNDLE).exists()  # nothing swapped in before the build ends
    index.written(parts[1].pages[0])  # one page of the next part is not enough
    with ran:
        assert not ran.wait_for(lambda: len(runs) > 1, timeout=0.5)
    index.written(parts[1].pages[1])
    index.finish()
    assert runs == [("", sorted(parts[0].pages)), ("part-1", sorted(parts[1].pages))]
    assert (tmp_path / BUNDLE / "pagefind.js").is_file() and (tmp_path / BUNDLE / "part-1" / "pagefind.js").is_file()
    assert not (tmp_path / VIEW).exists() and not (tmp_path / f".{BUNDLE}.new").exists()


@pytest.mark.parametrize("signalled", ["none", "other pages only", "first part only"])
def test_finish_indexes_every_part_whatever_was_signalled(tmp_path, recorded, signalled):
    """A page the build did not write again (`mkdocs build --dirty`) is never signalled, and a
    page of no part is ignored: finish() indexes every part not indexed yet, in order."""
    runs, _ = recorded
    parts = _parts(tmp_path)
    index = PartedIndex(tmp_path, parts)
    if signalled == "other pages only":
        index.written("articles/index.html")
        index.written("seeds/one.txt.html")
    elif signalled == "first part only":
        for page in parts[0].pages:
            index.written(page)
    index.finish()
    assert [folder for folder, _ in runs] == ["", "part-1"]


def test_a_part_kept_is_moved_into_the_new_bundle_not_indexed_again(tmp_path, recorded):
    runs, _ = recorded
    parts = _parts(tmp_path)
    (tmp_path / BUNDLE / "part-1").mkdir(parents=True)
    (tmp_path / BUNDLE / "part-1" / "kept.json").write_text("{}", encoding="utf-8")
    PartedIndex(tmp_path, parts, keep=["part-1"]).finish()
    assert [folder for folder, _ in runs] == [""]
    assert (tmp_path / BUNDLE / "part-1" / "kept.json").is_file()


def test_abandon_leaves_no_part_of_the_new_index_and_the_old_one_as_it_was(tmp_path, recorded):
    runs, ran = recorded
    parts = _parts(tmp_path)
    (tmp_path / BUNDLE).mkdir()
    (tmp_path / BUNDLE / "pagefind.js").write_text("old", encoding="utf-8")
    index = PartedIndex(tmp_path, parts)
    for page in parts[0].pages:
        index.written(page)
    with ran:
        assert ran.wait_for(lambda: len(runs) == 1, timeout=WAIT_S)
    index.abandon()
    assert len(runs) == 1  # the second part is never indexed
    assert not (tmp_path / f".{BUNDLE}.new").exists() and not (tmp_path / VIEW).exists()
    assert (tmp_path / BUNDLE / "pagefind.js").read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("failure", ["pagefind", "view", "not started", "unexpected"])
def test_a_failed_part_is_reported_by_finish_and_leaves_nothing_behind(tmp_path, monkeypatch, failure):
    parts = _parts(tmp_path, linked=failure == "view")  # the folder of links is made only for paths no glob names
    (tmp_path / BUNDLE).mkdir()
    (tmp_path / BUNDLE / "pagefind.js").write_text("old", encoding="utf-8")

    def broken(*args, **kwargs):
        if failure == "pagefind":
            raise SearchIndexError("Pagefind failed to index the view (exit code 1): out of memory")
        if failure in ("view", "not started"):
            raise PermissionError(13, "Permission denied")
        raise ValueError("a bug")

    monkeypatch.setattr(search, "_link_pages" if failure == "view" else "_run_pagefind", broken)
    index = PartedIndex(tmp_path, parts)
    with pytest.raises(ValueError if failure == "unexpected" else SearchIndexError) as raised:  # a bug as itself
        index.finish()
    expected = {"pagefind": "out of memory", "view": VIEW, "not started": "PermissionError", "unexpected": "a bug"}[failure]
    assert expected in str(raised.value)
    assert not (tmp_path / f".{BUNDLE}.new").exists() and not (tmp_path / VIEW).exists()
    assert (tmp_path / BUNDLE / "pagefind.js").read_text(encoding="utf-8") == "old"


def test_pagefind_writes_each_part_while_the_others_wait(tmp_path):
    """With Pagefind itself: the parts written one by one make the bundle index_site makes."""
    parts = _parts(tmp_path)
    index = PartedIndex(tmp_path, parts)
    for page in parts[0].pages + parts[1].pages:
        index.written(page)
    index.finish()
    counted = 0
    for folder in (tmp_path / BUNDLE, tmp_path / BUNDLE / "part-1"):
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        counted += sum(language["page_count"] for language in entry["languages"].values())
    assert counted == 4


def _files(tmp_path: Path, paths: list[str]) -> Files:
    return Files([File(path, src_dir=str(tmp_path / "docs"), dest_dir=str(tmp_path / "site"), use_directory_urls=True)
                  for path in paths])


def test_the_build_writes_the_pages_of_one_part_after_another_and_the_unsearched_last(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(plugin, "PartedIndex", lambda site, parts, niceness: started.append((site, parts, niceness)) or "index")
    sources = ["index.md", "actors/c.md", "articles/a.md", "actors/d.md", "articles/b.md", "timeline/2020.md", "extra.css"]
    files = _files(tmp_path, sources)
    made = plugin.NewsdossierPlugin()
    made.search_glob = [IndexPart("", ("actors/c/index.html", "articles/b/index.html"), ("en",)),
                        IndexPart("part-1", ("articles/a/index.html", "actors/d/index.html", "gone/index.html"), ("en",))]

    class Config(dict):
        site_dir = str(tmp_path / "site")

    made._index_while_writing(files, Config())
    order = [file.dest_uri for file in files.documentation_pages()]
    assert order == ["actors/c/index.html", "articles/b/index.html", "articles/a/index.html", "actors/d/index.html",
                     "index.html", "timeline/2020/index.html"]
    assert sorted(file.src_uri for file in files) == sorted(sources)  # no file lost nor added
    assert started == [(tmp_path / "site", made.search_glob, plugin.BACKGROUND_NICENESS)] and made.parted == "index"


def test_each_page_is_given_to_the_index_once_mkdocs_has_written_it(tmp_path):
    """MkDocs writes a page's file after on_post_page returns: a page is signalled at the next
    page's on_post_page, the last at on_post_build, which then finishes the index."""
    events: list[tuple[str, str]] = []

    class Recorder:
        def written(self, page: str) -> None:
            events.append(("written", page))

        def finish(self) -> None:
            events.append(("finish", ""))

    made = plugin.NewsdossierPlugin()
    made.load_config({})
    made.parted = Recorder()

    class Page:
        def __init__(self, dest: str) -> None:
            self.file = type("PageFile", (), {"dest_uri": dest})()

    for dest in ("a/index.html", "b/index.html"):
        made.on_post_page("<html></html>", Page(dest), None)
        events.append(("post_page", dest))
    made.on_post_build(type("Config", (), {"site_dir": str(tmp_path)})())
    assert events == [("post_page", "a/index.html"), ("written", "a/index.html"), ("post_page", "b/index.html"),
                      ("written", "b/index.html"), ("finish", "")]
    assert made.parted is None


@pytest.mark.parametrize("niceness", [0, 10])
def test_each_part_is_run_at_the_niceness_given_and_the_thread_keeps_its_own(tmp_path, monkeypatch, niceness):
    """Pagefind's runs are lowered, not the thread that links a part's pages, which holds
    Python's interpreter lock in turns with MkDocs' thread."""
    import os
    seen = []

    def run(view, output, glob, cancel, fresh, niceness=0):
        seen.append((niceness, os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        output.mkdir(parents=True, exist_ok=True)

    monkeypatch.setattr(search, "_run_pagefind", run)
    own = os.getpriority(os.PRIO_PROCESS, 0)
    PartedIndex(tmp_path, _parts(tmp_path), niceness=niceness).finish()
    assert seen == [(niceness, own), (niceness, own)]


@pytest.mark.parametrize("niceness", [0, 10])
def test_the_command_of_a_run_starts_pagefind_through_nice_only_when_lowered(tmp_path, niceness):
    import shutil
    command = search.pagefind_command(tmp_path / "site", tmp_path / "out", "{a,b}", niceness)
    pagefind = command.index(str(search.pagefind_executable()))
    assert command[pagefind + 1:pagefind + 3] == ["--site", str(tmp_path / "site")] and command[-2:] == ["--glob", "{a,b}"]
    if niceness and shutil.which("nice"):
        assert command[:pagefind] == [shutil.which("nice"), "-n", str(niceness)]
    else:
        assert pagefind == 0


def test_a_lowered_run_writes_the_same_index(tmp_path):
    """Through `nice`, Pagefind still reads the part's pages and writes its index."""
    parts = _parts(tmp_path)
    PartedIndex(tmp_path, parts, niceness=10).finish()
    entry = json.loads((tmp_path / BUNDLE / "part-1" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(language["page_count"] for language in entry["languages"].values()) == 2


def test_a_run_in_one_part_removes_the_view_a_killed_parted_run_left(tmp_path, recorded):
    """A parted run that was killed leaves its view (links to thousands of pages) in the site:
    the next run removes it even when the site is now indexed in one run (a smaller site, or
    `mkdocs build --dirty` after a larger search_part_pages), as before PartedIndex."""
    _page(tmp_path / VIEW, "articles/a/index.html", "alpha")
    search.index_site(tmp_path, glob="{articles/**/*.html}")
    assert (tmp_path / BUNDLE / "pagefind.js").is_file()
    assert not (tmp_path / VIEW).exists()


@pytest.fixture
def running(monkeypatch):
    """Pagefind's runs replaced by one that runs until the index is cancelled (as _run_pagefind
    stops Pagefind then); the event is set once a run has started."""
    started = threading.Event()

    def run(view: Path, output: Path, glob, cancel, fresh: Path, niceness: int = 0) -> None:
        started.set()
        cancel.wait(WAIT_S)
        raise SearchIndexError("cancelled")

    monkeypatch.setattr(search, "_run_pagefind", run)
    return started


class _InterruptedOnce:
    """The index's thread, whose first join() is interrupted (Ctrl-C while finish() waits)."""

    def __init__(self, thread: threading.Thread) -> None:
        self.thread, self.interrupted = thread, False

    def join(self, timeout: float | None = None) -> None:
        if not self.interrupted:
            self.interrupted = True
            raise KeyboardInterrupt
        self.thread.join(timeout)


def test_a_finish_interrupted_stops_pagefind_and_leaves_nothing(tmp_path, running):
    parts = _parts(tmp_path)
    index = PartedIndex(tmp_path, parts)
    for page in parts[0].pages:
        index.written(page)
    assert running.wait(WAIT_S)
    worker = index._worker
    index._worker = _InterruptedOnce(worker)
    with pytest.raises(KeyboardInterrupt):
        index.finish()
    assert not worker.is_alive()
    assert not (tmp_path / f".{BUNDLE}.new").exists() and not (tmp_path / VIEW).exists()


def test_a_build_ended_by_an_interrupt_has_its_index_stopped_at_shutdown(tmp_path, running):
    """MkDocs gives on_build_error only an Exception: a build ended by KeyboardInterrupt (a
    SIGINT sent to MkDocs alone, which Pagefind does not get) or SystemExit reaches on_shutdown
    (`mkdocs build` calls it in a finally) with its index under way."""
    parts = _parts(tmp_path)
    made = plugin.NewsdossierPlugin()
    made.load_config({})
    made.parted = index = PartedIndex(tmp_path, parts)
    for page in parts[0].pages:
        index.written(page)
    assert running.wait(WAIT_S)
    made.on_shutdown()
    assert made.parted is None and not index._worker.is_alive()
    assert not (tmp_path / f".{BUNDLE}.new").exists() and not (tmp_path / VIEW).exists()


def test_the_sitemap_lists_the_pages_by_address_whatever_order_they_are_written_in():
    """templates/theme/sitemap.xml: MkDocs lists `pages` in the order of its Files, which
    _index_while_writing changes for `mkdocs build` only."""
    def page(url: str) -> SimpleNamespace:
        return SimpleNamespace(url=url, page=SimpleNamespace(is_link=False, canonical_url=None, abs_url="/" + url.removeprefix("./"), update_date="2026-12-03"))

    template = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "templates" / "theme")).get_template("sitemap.xml")
    written = [page(url) for url in ("articles/b/", "./", "actors/c/", "articles/a/", "actors/")]
    listed = re.findall(r"<loc>(.*?)</loc>", template.render(pages=written))
    assert listed == ["/", "/actors/", "/actors/c/", "/articles/a/", "/articles/b/"]


def test_a_failed_build_abandons_its_index(tmp_path):
    events = []

    class Recorder:
        def abandon(self) -> None:
            events.append("abandon")

    made = plugin.NewsdossierPlugin()
    made.load_config({})
    made.parted = Recorder()
    made.on_build_error(RuntimeError("a page failed"))
    assert events == ["abandon"] and made.parted is None


def test_under_serve_the_pages_are_written_in_mkdocs_order_and_indexed_after_the_build(tmp_path):
    """`mkdocs serve` indexes in the background after each rebuild (SearchIndexer): on_env
    neither moves its files nor starts a PartedIndex, even for a site indexed in parts."""
    files = _files(tmp_path, ["index.md", "articles/a.md", "actors/c.md"])
    before = [file.src_uri for file in files]
    made = plugin.NewsdossierPlugin()
    made.load_config({})
    made.serving = True
    made.serve_parts = [IndexPart("", ("actors/c/index.html",), ("en",)), IndexPart("part-1", ("articles/a/index.html",), ("en",))]

    class Config(dict):
        site_dir = str(tmp_path / "site")

    made.on_env(jinja2.Environment(), Config(), files)
    assert [file.src_uri for file in files] == before and made.parted is None
    assert made.search_glob == made.serve_parts


@pytest.mark.parametrize(("part_pages", "parted"), [(2, True), (2000, False)])
def test_mkdocs_build_starts_the_index_of_a_site_in_parts_before_writing_its_pages(tmp_path, monkeypatch, part_pages, parted):
    """on_env under `mkdocs build`: a site above search_part_pages has its PartedIndex started
    (and its files ordered); a smaller one is indexed in one run after the build."""
    started = []
    monkeypatch.setattr(plugin, "PartedIndex", lambda site, parts, niceness: started.append(parts) or "index")
    files = _files(tmp_path, ["index.md", "articles/a.md", "articles/b.md", "actors/c.md"])
    made = plugin.NewsdossierPlugin()
    made.load_config({"search_part_pages": part_pages})

    class Config(dict):
        site_dir = str(tmp_path / "site")

    made.on_env(jinja2.Environment(), Config(), files)
    assert (made.parted == "index" and started == [made.search_glob]) if parted else (made.parted is None and not started)


@pytest.mark.parametrize(("raised", "status"), [(ValueError("a bug"), "INTERNAL"), (SearchIndexError("Pagefind failed"), "FAILED"),
                                                (PermissionError(13, "Permission denied"), "FAILED")])
def test_the_index_process_tells_a_bug_in_a_parted_run_from_a_failed_run(tmp_path, monkeypatch, raised, status):
    """index_apart (mkdocs serve's index, in parts through PartedIndex) ends with INTERNAL for a
    bug, which the server asks to report, and FAILED for Pagefind or the files failing, as when
    index_site ran the parts itself."""
    import io
    import sys

    from newsdossier import index_apart

    def broken(*args, **kwargs):
        raise raised

    monkeypatch.setattr(index_apart, "_stop_with_parent", lambda: None)
    monkeypatch.setattr(index_apart.signal, "signal", lambda *args: None)
    monkeypatch.setattr(search, "_run_pagefind", broken)
    monkeypatch.setattr(sys, "stdin", io.StringIO(index_apart.request_of(tmp_path, _parts(tmp_path))))
    assert index_apart.main() == getattr(index_apart, status)
    assert not (tmp_path / f".{BUNDLE}.new").exists() and not (tmp_path / VIEW).exists()
