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
    site, read, keep = index_apart.parse_request(index_apart.request_of(Path("some/site"), glob, ["part-2", "part-1"]))
    assert site == Path("some/site") and read == glob and keep == ("part-1", "part-2")


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


PARTS = [IndexPart("", ("index.html", "articles/one/index.html"), ("en",)), IndexPart("part-1", ("actors/two/index.html",), ("en",)),
         IndexPart("part-2", ("articles/three/index.html",), ("fr",))]


def _fake_pagefind(runs: list):
    def run(folder, output, glob, cancel, fresh, niceness=0):
        runs.append(output.name)
        output.mkdir(parents=True, exist_ok=True)
        (output / "pagefind.js").write_text(f"run {len(runs)}", encoding="utf-8")
    return run


def test_a_part_kept_is_moved_into_the_new_bundle_and_not_indexed_again(tmp_path, monkeypatch):
    site = _site(tmp_path)
    runs: list = []
    monkeypatch.setattr(search, "_run_pagefind", _fake_pagefind(runs))
    search.index_site(site, glob=PARTS)
    first = (site / BUNDLE / "part-1" / "pagefind.js").read_text(encoding="utf-8")
    runs.clear()
    search.index_site(site, glob=PARTS, keep=["part-1"])
    assert runs == [f".{BUNDLE}.new", "part-2"]  # the bundle's own part always runs
    assert (site / BUNDLE / "part-1" / "pagefind.js").read_text(encoding="utf-8") == first
    assert sorted(path.name for path in site.iterdir() if path.name.startswith(".")) == []


def test_a_part_to_keep_that_the_bundle_lacks_is_indexed(tmp_path, monkeypatch):
    site = _site(tmp_path)
    runs: list = []
    monkeypatch.setattr(search, "_run_pagefind", _fake_pagefind(runs))
    search.index_site(site, glob=PARTS, keep=["part-1", "part-2"])
    assert runs == [f".{BUNDLE}.new", "part-1", "part-2"]


def _recording(calls: list):
    return lambda site_dir, cancel=None, glob=None, keep=(): calls.append(tuple(keep))


@pytest.mark.parametrize("written, kept", [
    (set(), ("part-1", "part-2")),
    ({"index.html"}, ("part-1", "part-2")),
    ({"actors/two/index.html"}, ("part-2",)),
    ({"actors/two/index.html", "articles/three/index.html"}, ()),
    (None, ()),
])
def test_the_indexer_keeps_the_parts_none_of_whose_pages_were_written(monkeypatch, written, kept):
    calls: list = []
    monkeypatch.setattr(plugin, "index_site_apart", _recording(calls))
    indexer = plugin.SearchIndexer()
    indexer.request(Path("site"), PARTS, None)  # the first run writes every part
    assert indexer.settled(timeout=30)
    indexer.request(Path("site"), PARTS, written)
    assert indexer.settled(timeout=30)
    assert calls == [(), kept]


def test_a_part_whose_pages_changed_is_indexed_again(monkeypatch):
    calls: list = []
    monkeypatch.setattr(plugin, "index_site_apart", _recording(calls))
    indexer = plugin.SearchIndexer()
    indexer.request(Path("site"), PARTS, None)
    assert indexer.settled(timeout=30)
    grown = [PARTS[0], IndexPart("part-1", ("actors/two/index.html", "actors/four/index.html"), ("en",)), PARTS[2]]
    indexer.request(Path("site"), grown, set())
    assert indexer.settled(timeout=30)
    assert calls == [(), ("part-2",)]


def test_pages_written_by_a_build_whose_run_was_skipped_count_for_the_next(monkeypatch):
    calls, started, release = [], threading.Event(), threading.Event()

    def index(site_dir, cancel=None, glob=None, keep=()):
        calls.append(tuple(keep))
        if len(calls) == 2:
            started.set()
            release.wait(30)

    monkeypatch.setattr(plugin, "index_site_apart", index)
    indexer = plugin.SearchIndexer()
    indexer.request(Path("site"), PARTS, None)
    assert indexer.settled(timeout=30)
    indexer.request(Path("site"), PARTS, set())  # the second run, held while two more saves come
    assert started.wait(30)
    indexer.request(Path("site"), PARTS, {"actors/two/index.html"})  # skipped: a newer request comes
    indexer.request(Path("site"), PARTS, {"articles/three/index.html"})
    release.set()
    assert indexer.settled(timeout=30)
    assert calls == [(), ("part-1", "part-2"), ()]


def test_after_a_failed_run_every_part_is_indexed_again(monkeypatch):
    calls: list = []

    def index(site_dir, cancel=None, glob=None, keep=()):
        calls.append(tuple(keep))
        if len(calls) == 2:
            raise SearchIndexError("Pagefind failed")

    monkeypatch.setattr(plugin, "index_site_apart", index)
    indexer = plugin.SearchIndexer()
    for _ in range(3):
        indexer.request(Path("site"), PARTS, set())
        assert indexer.settled(timeout=30)
    assert calls == [(), ("part-1", "part-2"), ()]


def test_a_save_under_serve_names_only_the_pages_it_wrote(tmp_path, monkeypatch):
    """A dirty rebuild after one article's title changed: the searched pages it writes (the search
    index's parts holding none of them are kept) are some of the indexed pages, among them the
    article's; pages left out of the search (a speaker's quotes) may be written too; every part of
    the index is there after it."""
    from conftest import DirtySession, copy_project, example_project
    from test_serve_incremental import EDITS, articles

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example_project(), tmp_path / "project")
    settings = project / "mkdocs.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("  - newsdossier:\n", "  - newsdossier:\n      serve_part_pages: 6\n", 1),
                        encoding="utf-8")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    newsdossier = session.plugins["newsdossier"]
    every = {page for part in newsdossier.serve_parts for page in part.pages}
    EDITS["title"](project)
    session.build()
    article = f"articles/{articles(project)[0].stem}/index.html"
    assert article in newsdossier.pages_written and newsdossier.pages_written & every < every
    bundle = session.site / BUNDLE
    assert all((bundle / part.folder / "pagefind-entry.json").is_file() for part in newsdossier.serve_parts if part.folder)


@pytest.mark.parametrize("said, line", [
    ("Traceback (most recent call last):\n  File \"x.py\", line 3, in f\n    g()\nKeyError: 'folder'\n", "KeyError: 'folder'"),
    ("one line only\n\n  \n", "one line only"),
    ("", ""),
    (None, ""),
])
def test_the_last_line_of_the_process_is_kept(said, line):
    assert plugin.last_line(said) == line


def _main_with(monkeypatch, capsys, request: str, fails_with: BaseException | None = None) -> tuple[int, str]:
    def index_site(*args, **kwargs):
        if fails_with is not None:
            raise fails_with

    monkeypatch.setattr(index_apart, "index_site", index_site)
    monkeypatch.setattr(index_apart, "_stop_with_parent", lambda: None)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(request))
    status = index_apart.main()
    return status, capsys.readouterr().err


@pytest.mark.parametrize("fails_with, status, said", [
    (None, index_apart.OK, ""),
    (SearchIndexError("Pagefind ended\nwith status 2"), index_apart.FAILED, "Pagefind ended with status 2\n"),
    (OSError(28, "No space left on device"), index_apart.UNREADABLE, "[Errno 28] No space left on device\n"),
    (KeyError("folder"), index_apart.INTERNAL, "internal error (KeyError: 'folder')\n"),
])
def test_each_outcome_of_a_run_has_its_status_and_one_line(monkeypatch, capsys, fails_with, status, said):
    assert _main_with(monkeypatch, capsys, index_apart.request_of(Path("site"), None), fails_with) == (status, said)


def test_a_bad_request_has_its_own_status(monkeypatch, capsys):
    status, said = _main_with(monkeypatch, capsys, "[]")
    assert status == index_apart.BAD_REQUEST and said.startswith("bad request") and said.count("\n") == 1


def test_the_statuses_are_distinct():
    statuses = [index_apart.OK, index_apart.FAILED, index_apart.UNREADABLE, index_apart.BAD_REQUEST, index_apart.INTERNAL]
    assert len(set(statuses)) == len(statuses)


def test_a_bug_in_the_process_reads_as_an_internal_error_naming_it(tmp_path):
    """A request the process cannot read (a bug of the server's side) ends as an internal error
    carrying the process's last line, not as a failure of Pagefind."""
    with pytest.raises(index_apart.InternalError, match=r"^bad request"):
        _apart_raw(tmp_path, "[]")


def _apart_raw(tmp_path: Path, request: str) -> None:
    plugin_request = index_apart.request_of
    try:
        index_apart.request_of = lambda *args, **kwargs: request
        plugin.index_site_apart(tmp_path, cancel=threading.Event())
    finally:
        index_apart.request_of = plugin_request


class _Failing:
    def __init__(self, error: BaseException):
        self.error = error

    def __call__(self, *args, **kwargs):
        raise self.error


@pytest.mark.parametrize("error, level, cancelled", [
    (OSError(28, "No space left on device"), "ERROR", False),
    (PermissionError(13, "Permission denied"), "ERROR", False),
    (OSError(2, "No such file or directory"), "INFO", True),
    (index_apart.InternalError("internal error (KeyError: 'folder')"), "ERROR", False),
])
def test_a_failure_to_write_the_index_is_logged_at_its_level(tmp_path, monkeypatch, caplog, error, level, cancelled):
    monkeypatch.setattr(plugin, "index_site_apart", _Failing(error))
    indexer = plugin.SearchIndexer()
    with caplog.at_level("INFO"):
        if cancelled:
            indexer._cancel.set()
            indexer._pending = (tmp_path, None, None)
            indexer._running = True
            indexer._run()
        else:
            indexer.request(tmp_path / "site")
            assert indexer.settled(30)
    records = [r for r in caplog.records if "search index" in r.getMessage()]
    assert len(records) == 1 and records[0].levelname == level
    if level == "ERROR":
        assert str(error.args[-1]) in records[0].getMessage()


def _failing_rename(monkeypatch, fails: callable):
    """Path.rename raising OSError (a full disk, a permission) for the renames `fails` picks
    (from the source and target paths), doing the others."""
    rename = Path.rename

    def failing(self, target):
        if fails(Path(self), Path(target)):
            raise OSError(28, "No space left on device")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", failing)


@pytest.mark.parametrize("fails", [
    pytest.param(lambda source, target: source.name == "part-2", id="second-kept-part"),
    pytest.param(lambda source, target: source.name == "part-1", id="first-kept-part"),
    pytest.param(lambda source, target: source.name == f".{BUNDLE}.new", id="new-bundle"),
    pytest.param(lambda source, target: source.name == BUNDLE, id="old-bundle"),
])
def test_a_failed_swap_leaves_the_live_index_whole(tmp_path, monkeypatch, fails):
    site = _site(tmp_path)
    runs: list = []
    monkeypatch.setattr(search, "_run_pagefind", _fake_pagefind(runs))
    search.index_site(site, glob=PARTS)
    before = {path.relative_to(site).as_posix(): path.read_text(encoding="utf-8") for path in (site / BUNDLE).rglob("*.js")}
    assert set(before) == {f"{BUNDLE}/pagefind.js", f"{BUNDLE}/part-1/pagefind.js", f"{BUNDLE}/part-2/pagefind.js"}
    _failing_rename(monkeypatch, fails)
    with pytest.raises(SearchIndexError, match="No space left"):
        search.index_site(site, glob=PARTS, keep=["part-1", "part-2"])
    after = {path.relative_to(site).as_posix(): path.read_text(encoding="utf-8") for path in (site / BUNDLE).rglob("*.js")}
    assert after == before
    assert sorted(path.name for path in site.iterdir() if path.name.startswith(".")) == []


def test_a_request_longer_than_a_pipe_holds_reaches_a_process_slow_to_read_it():
    """The request is written whole even when the process starts reading it only after
    communicate_until's first turn (a process slow to start, on a loaded machine): before, the
    rest of a request longer than the pipe holds was never written and both waited forever."""
    import subprocess
    import sys

    from newsdossier.search import communicate_until

    request = "a line of the request, repeated until it is longer than a pipe holds\n" * 20_000
    reader = "import sys, time; time.sleep(1.5); print(len(sys.stdin.read()))"
    got = []
    with subprocess.Popen([sys.executable, "-c", reader], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as child:
        talk = threading.Thread(target=lambda: got.append(communicate_until(child, threading.Event(), child.kill, request)), daemon=True)
        talk.start()
        talk.join(120)  # a guard against waiting forever, not a measure of speed
        if not got:
            child.kill()
    assert got and got[0][0].strip() == str(len(request))
