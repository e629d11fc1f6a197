"""StoredParseCache: the parsed data/ files kept between two `mkdocs build` runs, never stale."""
from __future__ import annotations

import os
import shutil

import pytest

from conftest import example_project
from newsdossier import store
from newsdossier.corpus import load_corpus
from newsdossier.store import PARSED_FILE, Project, StoredParseCache


@pytest.fixture
def project(tmp_path):
    shutil.copytree(example_project() / "data", tmp_path / "data")
    return Project(tmp_path)


def _cache(project: Project) -> StoredParseCache:
    return StoredParseCache(project.cache / PARSED_FILE, project.root)


@pytest.fixture
def parsed(monkeypatch):
    """The paths parse_yaml is asked to parse, in order."""
    seen: list[str] = []
    real = store.parse_yaml
    monkeypatch.setattr(store, "parse_yaml", lambda text, path, *a, **k: seen.append(str(path)) or real(text, path, *a, **k))
    return seen


def _view(corpus) -> tuple:
    """What a load gives, to compare two loads: every article's front matter and text, the
    registries, the problems and warnings."""
    return ({key: (a.meta, a.body) for key, a in corpus.articles.items()}, corpus.actors, corpus.missions, corpus.events,
            [p.one_line() for p in corpus.problems], [w.one_line() for w in corpus.warnings])


def test_a_second_run_parses_no_file_and_loads_the_same(project, parsed):
    first = load_corpus(project, _cache(project))
    files = 3 + len(list(project.articles.glob("*.md")))
    assert len(parsed) == files and (project.cache / PARSED_FILE).is_file()
    parsed.clear()
    again = load_corpus(project, _cache(project))  # a new cache object: what the next run makes
    assert parsed == []
    assert _view(again) == _view(first) == _view(load_corpus(project))


def _same_size_edit(path, old: str, new: str) -> None:
    """Replace `old` by `new` (as long) in the file, in place (same inode), and set its
    modification time back to what it was: a hand edit only its text tells."""
    assert len(old.encode()) == len(new.encode())
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    with path.open("r+", encoding="utf-8", newline="") as handle:
        handle.write(text.replace(old, new, 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)


def _first_article(project: Project):
    return sorted(project.articles.glob("*.md"))[0]


EDITS = {
    # (the file, what the edit replaces, by what: as many bytes)
    "an article's title": (_first_article, "\ntitle: ", "\ntitle:'"),
    "an article's text": (_first_article, "\n---\n\n", "\n---\nQ"),  # a letter in, a blank line's end out
    "a registry's status": (lambda p: p.registry("actors"), "status: candidate", "status: confirmed"),
}


@pytest.mark.parametrize("case", sorted(EDITS))
def test_a_hand_edit_keeping_size_time_and_inode_is_seen(project, case):
    where, old, new = EDITS[case]
    path = where(project)
    before = _view(load_corpus(project, _cache(project)))
    _same_size_edit(path, old, new)
    after = _view(load_corpus(project, _cache(project)))
    assert after == _view(load_corpus(project)) and after != before


def test_an_article_replaced_by_another_of_the_same_size_is_read_as_it_is_now(project, parsed):
    articles = sorted(project.articles.glob("*.md"))
    a, b = articles[0], articles[1]
    load_corpus(project, _cache(project))
    # a's file takes b's text (renamed over it): its own stored parse must not be served
    shutil.copy(b, project.root / "copy.md")
    os.replace(project.root / "copy.md", a)
    parsed.clear()
    fresh = load_corpus(project)
    cached = load_corpus(project, _cache(project))
    assert _view(cached) == _view(fresh)


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", b"\x80\x05garbage"], ids=["empty", "text", "truncated"])
def test_a_damaged_stored_file_is_taken_as_empty(project, parsed, damage):
    first = load_corpus(project, _cache(project))
    (project.cache / PARSED_FILE).write_bytes(damage)
    parsed.clear()
    again = load_corpus(project, _cache(project))
    assert len(parsed) == 3 + len(list(project.articles.glob("*.md")))  # every file parsed again
    assert _view(again) == _view(first)
    parsed.clear()
    load_corpus(project, _cache(project))  # and written again whole
    assert parsed == []


def test_parses_stored_by_other_parsing_code_are_not_used(project, parsed, monkeypatch):
    load_corpus(project, _cache(project))
    monkeypatch.setattr(store, "_parser_fingerprint", lambda: "another parser")
    parsed.clear()
    load_corpus(project, _cache(project))
    assert len(parsed) == 3 + len(list(project.articles.glob("*.md")))


@pytest.mark.parametrize("change", ["removed", "added"])
def test_the_stored_file_follows_the_files_of_data(project, parsed, change):
    import pickle

    load_corpus(project, _cache(project))
    article = _first_article(project)
    if change == "removed":
        article.unlink()
    else:
        shutil.copy(article, project.articles / "zz-a-copy.md")
    parsed.clear()
    load_corpus(project, _cache(project))
    assert parsed == ([] if change == "removed" else [str(project.articles / "zz-a-copy.md")])
    _, _, stored = pickle.loads((project.cache / PARSED_FILE).read_bytes())
    names = {str(p.relative_to(project.root)) for p in project.articles.glob("*.md")} | {f"data/{n}.yaml" for n in ("actors", "missions", "events")}
    assert set(stored) == names


def test_a_file_that_cannot_be_parsed_is_reported_every_run(project):
    article = _first_article(project)
    article.write_text(article.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: 'unclosed ", 1), encoding="utf-8")
    runs = [[p.one_line() for p in load_corpus(project, _cache(project)).problems] for _ in range(2)]
    assert runs[0] and runs[0] == runs[1] == [p.one_line() for p in load_corpus(project).problems]
