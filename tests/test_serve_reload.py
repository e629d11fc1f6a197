"""Reloading data/ under `mkdocs serve` (corpus.ArticleMemo): an article file unchanged since the
last load is taken as it was, and every kind of edit still shows, with the problems a load from
nothing finds."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from conftest import copy_project, example_project
from newsdossier.corpus import ArticleMemo, load_corpus
from newsdossier.store import ParseCache, Project

OLD = time.time() - 3600  # a modification time long before any load of the test


def articles(project: Path) -> list[Path]:
    return sorted((project / "data" / "articles").glob("*.md"))


def aged(project: Path) -> None:
    """Every data file as if saved an hour ago: a memo trusts what it read of them."""
    for path in (project / "data").rglob("*"):
        if path.is_file():
            os.utime(path, (OLD, OLD))


def summary(corpus) -> tuple:
    """What a load gives, comparable between two loads."""
    return ({a: (art.meta, art.body, art.path) for a, art in corpus.articles.items()},
            [e.one_line() for e in corpus.problems], [e.one_line() for e in corpus.warnings], corpus.unreadable)


def retitle(project: Path) -> None:
    path = articles(project)[0]
    path.write_text(re.sub(r"^title: .*$", "title: Another title chosen by the editor", path.read_text(encoding="utf-8"), count=1, flags=re.M),
                    encoding="utf-8")


def unknown_speaker(project: Path) -> None:
    path = articles(project)[1]
    text = path.read_text(encoding="utf-8")
    quote = "quotes:\n  - speaker: nobody-known-by-that-id\n    kind: direct\n    sentence: We shall see about that.\n"
    path.write_text(re.sub(r"^quotes:(?: \[\])?\n(?:  [ -].*\n)*", lambda _m: quote, text, count=1, flags=re.M), encoding="utf-8")


def broken_yaml(project: Path) -> None:
    path = articles(project)[2]
    path.write_text(path.read_text(encoding="utf-8").replace("title:", "title: [unclosed", 1), encoding="utf-8")


def removed(project: Path) -> None:
    articles(project)[0].unlink()


def duplicate_id(project: Path) -> None:
    first, second = articles(project)[:2]
    first_id = re.search(r"^id: (.*)$", first.read_text(encoding="utf-8"), flags=re.M).group(1)
    second.write_text(re.sub(r"^id: .*$", f"id: {first_id}", second.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")


def date_after_today(project: Path) -> None:
    path = articles(project)[0]
    path.write_text(re.sub(r"^date: .*$", "date: '2999-01-01'", path.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")


def same_size_same_time(project: Path) -> None:
    """A save that keeps the file's size and is given back its modification time: only its
    change time and the racy rule tell it (the file is aged before the first load, so here only
    the change time does)."""
    path = articles(project)[0]
    text = path.read_text(encoding="utf-8")
    title = re.search(r"^title: (.*)$", text, flags=re.M).group(1)
    path.write_text(text.replace(f"title: {title}", "title: " + "x" * len(title), 1), encoding="utf-8")
    os.utime(path, (OLD, OLD))


EDITS = {"title": retitle, "unknown quote speaker": unknown_speaker, "broken YAML": broken_yaml, "file removed": removed,
         "duplicate id": duplicate_id, "date after today": date_after_today, "same size, time set back": same_size_same_time}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_reload_with_a_memo_equals_a_load_from_nothing(tmp_path, edit):
    project = copy_project(example_project(), tmp_path / "project")
    aged(project)
    cache, memo = ParseCache(), ArticleMemo()
    before = load_corpus(Project(project), cache, memo)
    EDITS[edit](project)
    after = load_corpus(Project(project), cache, memo)
    assert summary(after) == summary(load_corpus(Project(project)))
    assert summary(after) != summary(before)


def test_an_unchanged_article_is_the_last_loads_object(tmp_path):
    project = copy_project(example_project(), tmp_path / "project")
    aged(project)
    cache, memo = ParseCache(), ArticleMemo()
    before = load_corpus(Project(project), cache, memo)
    retitle(project)
    after = load_corpus(Project(project), cache, memo)
    edited = articles(project)[0].stem
    same = [a for a in after.articles if after.articles[a] is before.articles[a]]
    assert len(same) == len(after.articles) - 1
    assert all(after.articles[a].path.stem != edited for a in same)


def test_a_file_saved_just_before_it_was_read_is_read_again(tmp_path):
    # Within the racy window a second save may keep the file's times (a coarse clock): the
    # memo never trusts what it read of a file modified just before.
    project = copy_project(example_project(), tmp_path / "project")
    path = articles(project)[0]
    cache, memo = ParseCache(), ArticleMemo()
    now = time.time()
    os.utime(path, (now, now))
    load_corpus(Project(project), cache, memo)
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    title = re.search(r"^title: (.*)$", text, flags=re.M).group(1)
    path.write_text(text.replace(f"title: {title}", "title: " + "y" * len(title), 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    memo._kept = {p: ((s[0], s[1], p.stat().st_ctime_ns, s[3]), loaded) for p, (s, loaded) in memo._kept.items()}  # as if no clock moved but the modification time
    after = load_corpus(Project(project), cache, memo)
    assert any(a.meta["title"] == "y" * len(title) for a in after.articles.values())


def test_a_speaker_added_to_the_registry_clears_the_problem_of_an_unchanged_article(tmp_path):
    project = copy_project(example_project(), tmp_path / "project")
    unknown_speaker(project)
    aged(project)
    cache, memo = ParseCache(), ArticleMemo()
    before = load_corpus(Project(project), cache, memo)
    assert any("nobody-known-by-that-id" in e.message for e in before.problems)
    actors = project / "data" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").rstrip("\n")
                      + "\n- id: nobody-known-by-that-id\n  name: Somebody Known\n  kind: person\n  status: candidate\n", encoding="utf-8")
    after = load_corpus(Project(project), cache, memo)
    assert summary(after) == summary(load_corpus(Project(project)))
    assert not any("nobody-known-by-that-id" in e.message for e in after.problems)


def links_of(graph) -> dict:
    """Every link of a graph as plain values, by entity, in order."""
    return {(section, entity): [(l.article.id, l.sentence, l.inferred, l.reason, l.marks, l.where) for l in links]
            for section, table in (("actors", graph.actor_links), ("missions", graph.mission_links))
            for entity, links in table.items() if links}


def drop_first_actor(project: Path) -> None:
    path = next(p for p in articles(project) if re.search(r"^actors:\n  - ", p.read_text(encoding="utf-8"), flags=re.M))
    path.write_text(re.sub(r"^(actors:\n)  - .*\n", r"\1", path.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")


def new_paragraph(project: Path) -> None:
    path = articles(project)[1]
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\nA closing paragraph the editor wrote.\n", encoding="utf-8")


GRAPH_EDITS = {"title": retitle, "actor removed": drop_first_actor, "text": new_paragraph}


@pytest.mark.parametrize("edit", sorted(GRAPH_EDITS))
def test_a_graph_reusing_the_last_ones_links_equals_a_graph_from_nothing(tmp_path, edit):
    from newsdossier.graph import build_graph
    from newsdossier.incremental import edited_articles

    project = copy_project(example_project(), tmp_path / "project")
    aged(project)
    cache, memo = ParseCache(), ArticleMemo()
    before = load_corpus(Project(project), cache, memo)
    last = build_graph(before)
    GRAPH_EDITS[edit](project)
    after = load_corpus(Project(project), cache, memo)
    edited = edited_articles(before, after)
    assert edited
    reused = build_graph(after, last, edited)
    assert links_of(reused) == links_of(build_graph(after))
    if edit == "actor removed":  # the edit shows in the links: they were not all taken from the last graph
        assert links_of(reused) != links_of(last)


def other_language(project: Path) -> None:
    """An article's language set to another language of the corpus (its seed's page and its
    data file's page declare the language)."""
    texts = {p: p.read_text(encoding="utf-8") for p in articles(project)}
    languages = {re.search(r"^language: (.*)$", t, flags=re.M).group(1) for t in texts.values()}
    path, text = next(iter(texts.items()))
    own = re.search(r"^language: (.*)$", text, flags=re.M).group(1)
    other = sorted(languages - {own})[0]
    path.write_text(re.sub(r"^language: .*$", f"language: {other}", text, count=1, flags=re.M), encoding="utf-8")


def another_seed_name(project: Path) -> None:
    """An article's seed field names another seed (both seeds' pages list their articles)."""
    path = articles(project)[0]
    text = path.read_text(encoding="utf-8")
    seeds = sorted(p.name for p in (project / "seeds").iterdir() if p.is_file() and p.name != "metadata.csv")
    own = re.search(r"^seed: (.*)$", text, flags=re.M).group(1).strip("'\"")
    other = next(name for name in seeds if name != own)
    path.write_text(re.sub(r"^seed: .*$", f"seed: '{other}'", text, count=1, flags=re.M), encoding="utf-8")


@pytest.mark.parametrize("edit", ["language", "seed", "title then language"])
def test_a_dirty_serve_reusing_the_published_sources_leaves_the_site_a_full_build_makes(tmp_path, monkeypatch, edit):
    from conftest import DirtySession
    from test_serve_incremental import files, full_build

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example_project(), tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    for change in {"language": [other_language], "seed": [another_seed_name], "title then language": [retitle, other_language]}[edit]:
        change(project)
        session.build()
    served, full = files(session.site), full_build(project, tmp_path / "full")
    assert sorted(served) == sorted(full)
    for name in full:
        assert served[name] == full[name], name
