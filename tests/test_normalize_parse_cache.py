"""normalize leaves the parses of the files it writes for the next `mkdocs build` (StoredParseCache):
the first build after it parses none of them, and loads what a build without any cache loads."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import new_project
from newsdossier import store
from newsdossier.corpus import load_corpus
from newsdossier.normalize import normalize
from newsdossier.store import PARSED_FILE, WRITTEN_FILES, Project, StoredParseCache


def _cache(project: Project) -> StoredParseCache:
    return StoredParseCache(project.cache / PARSED_FILE, project.root)


def _sides(project: Project) -> list[Path]:
    """The side files of parses normalize wrote, not yet merged by a load."""
    return sorted(project.cache.glob(WRITTEN_FILES))


def _view(corpus) -> tuple:
    return ({key: (a.meta, a.body) for key, a in corpus.articles.items()}, corpus.actors, corpus.missions, corpus.events,
            [p.one_line() for p in corpus.problems], [w.one_line() for w in corpus.warnings])


@pytest.fixture
def parsed(monkeypatch):
    """The paths parse_yaml is asked to parse, in order."""
    seen: list[str] = []
    real = store.parse_yaml
    monkeypatch.setattr(store, "parse_yaml", lambda text, path, *a, **k: seen.append(str(path)) or real(text, path, *a, **k))
    return seen


@pytest.fixture(scope="module")
def normalized_once(tmp_path_factory) -> Path:
    """The example seeds normalized once from nothing (no data/, no cache), the load not run yet."""
    project = Project(new_project(tmp_path_factory.mktemp("cold") / "project"))
    normalize(project, log=lambda line: None)
    return project.root


@pytest.fixture
def fresh(normalized_once, tmp_path) -> Project:
    """A copy of normalized_once (with its cache folder), for one test to load and change."""
    return Project(shutil.copytree(normalized_once, tmp_path / "project", symlinks=True))


def test_the_first_load_after_a_cold_normalize_parses_no_file(fresh, parsed):
    assert len(_sides(fresh)) == 1
    parsed.clear()
    loaded = _view(load_corpus(fresh, _cache(fresh)))
    assert parsed == []
    assert loaded == _view(load_corpus(fresh))


def test_the_load_merges_the_written_parses_into_the_stored_file_and_removes_them(fresh, parsed):
    load_corpus(fresh, _cache(fresh))
    assert (fresh.cache / PARSED_FILE).is_file() and _sides(fresh) == []
    parsed.clear()
    load_corpus(fresh, _cache(fresh))
    assert parsed == []


def test_after_one_seed_changed_the_next_load_parses_nothing_and_reads_the_change(fresh, parsed):
    load_corpus(fresh, _cache(fresh))  # the stored parses of every file
    seed = sorted(p for p in fresh.seeds.iterdir() if p.suffix == ".txt")[0]
    seed.write_text(seed.read_text(encoding="utf-8").rstrip() + "\n\nA sentence of my own was added at the end here.\n", encoding="utf-8")
    normalize(fresh, log=lambda line: None)
    assert len(_sides(fresh)) == 1
    parsed.clear()
    loaded = _view(load_corpus(fresh, _cache(fresh)))
    assert parsed == []
    assert loaded == _view(load_corpus(fresh))
    assert any("A sentence of my own was added" in body for _, body in loaded[0].values())


def test_a_hand_edit_after_normalize_is_parsed_again(fresh, parsed):
    article = sorted(fresh.articles.glob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("\ntitle: ", "\ntitle: Retitled by hand, ", 1), encoding="utf-8")
    parsed.clear()
    loaded = load_corpus(fresh, _cache(fresh))
    assert parsed == [str(article)]
    assert any(str(a.meta.get("title", "")).startswith("Retitled by hand, ") for a in loaded.articles.values())


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05truncated"])
def test_a_damaged_side_file_is_ignored(fresh, parsed, damage):
    for side in _sides(fresh):
        side.write_bytes(damage)
    parsed.clear()
    loaded = _view(load_corpus(fresh, _cache(fresh)))
    assert len(parsed) == 3 + len(list(fresh.articles.glob("*.md")))
    assert loaded == _view(load_corpus(fresh))


def test_two_normalize_runs_before_a_load_each_leave_a_side_file_and_the_load_takes_both(fresh, parsed):
    """The second run (one seed changed) writes a small side file of its own, never reading or
    writing the first run's parses of every file; the load merges both, then removes them."""
    first = _sides(fresh)
    seed = sorted(p for p in fresh.seeds.iterdir() if p.suffix == ".txt")[-1]
    seed.write_text(seed.read_text(encoding="utf-8").rstrip() + "\n\nOne more sentence I wrote for this check.\n", encoding="utf-8")
    normalize(fresh, log=lambda line: None)
    sides = _sides(fresh)
    assert len(sides) == 2 and sides[0] == first[0] and sides[1].stat().st_size < first[0].stat().st_size
    parsed.clear()
    loaded = _view(load_corpus(fresh, _cache(fresh)))
    assert parsed == [] and _sides(fresh) == []
    assert loaded == _view(load_corpus(fresh))


@pytest.mark.parametrize("front", [
    {"id": "talks-resume", "title": "Talks resume", "date": "2021-03-12", "actors": ["jane-doe"]},
    {"id": "yes", "title": "null", "date": "XXXX-03-12", "actors": [], "captions": ["- a list? no: a caption"]},
    {"id": "braces", "title": "{{ not a template }}", "source": "key: value", "missions": ["minusma"]},
])
def test_a_new_article_is_rendered_with_the_parse_of_its_front_matter(front):
    from newsdossier.normalize import render_article
    from newsdossier.store import parse_yaml, split_front_matter

    text, _record, parsed_front = render_article((front, "Delegates met on Wednesday.", True))
    assert parsed_front == parse_yaml(split_front_matter(text, "x.md")[0], "x.md")
    assert render_article((front, "Delegates met on Wednesday.", False))[2] is None


def test_a_cold_normalize_leaves_the_parses_of_its_articles_without_parsing_them_again(tmp_path, parsed):
    project = Project(new_project(tmp_path / "project"))
    normalize(project, log=lambda line: None)
    assert not [path for path in parsed if "/articles/" in path.replace("\\", "/")]
    assert list(project.articles.glob("*.md"))
