"""Two entries of data/events.yaml that are one happening, merged by hand: `same_as: <surviving
id>` on the one that should disappear. The site then shows one event: the survivor's page lists
the reports of both, the merged entry's old address sends the reader on (and is no search
result), the timeline and the lists hold the survivor alone; normalize keeps the merge and the
merged entry. Edits of a scratch copy of the example project; the event ids are read from it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import copy_project, example_project, run
from newsdossier.corpus import load_corpus
from newsdossier.datevalue import PartialDate
from newsdossier.events import EventFinding
from newsdossier.registry import merge_event
from newsdossier.render import render_site
from newsdossier.store import Project, read_registry
from test_curation import registry_edit, renormalize, set_field


def _finding(place: str, code: str, sentence: str = "The ministerial meeting opened.", day: int = 7) -> EventFinding:
    return EventFinding("meeting", "Ministerial meeting", sentence, start=PartialDate(2021, 12, day), place=place, place_code=code)


def _reports(page: str) -> str:
    """The Reports section of an event page: the articles that tell it, linked."""
    return page.split("## Reports", 1)[1].split("\n## ", 1)[0]


def _pair(project: Path) -> tuple[dict, dict]:
    """Two events of the project, the first reported by an article the second is not: the one
    to merge, and its survivor."""
    events = read_registry(project / "data" / "events.yaml")
    for merged in events:
        for survivor in events:
            if survivor is not merged and set(merged.get("articles") or ()) - set(survivor.get("articles") or ()):
                return merged, survivor
    raise AssertionError("the example project has no two events reported by different articles")


@pytest.fixture(scope="module")
def merged_project(tmp_path_factory) -> tuple[Path, dict, dict]:
    project = copy_project(example_project(), tmp_path_factory.mktemp("merged") / "project")
    merged, survivor = _pair(project)
    registry_edit(project, "events", set_field(merged["id"], "same_as", survivor["id"]))
    return project, merged, survivor


@pytest.fixture(scope="module")
def pages(merged_project) -> dict[str, str]:
    project = merged_project[0]
    corpus = load_corpus(Project(project))
    assert not corpus.problems, [p.one_line() for p in corpus.problems]
    return render_site(corpus, project / "templates")


def test_the_merged_event_s_address_sends_the_reader_to_the_survivor(merged_project, pages):
    _, merged, survivor = merged_project
    redirect = pages[f"events/{merged['id']}.md"]
    assert "refresh" in redirect.lower() and f"../{survivor['id']}/" in redirect
    assert "merged into another" in redirect and "actor" not in redirect


def test_the_survivor_s_page_lists_the_reports_of_both(merged_project, pages):
    project, merged, survivor = merged_project
    page = pages[f"events/{survivor['id']}.md"]
    reports = dict.fromkeys([*(survivor.get("articles") or ()), *(merged.get("articles") or ())])
    assert re.search(rf"\*\*Reported by:\*\* {len(reports)} articles?\b", page), page[:600]
    for article_id in reports:
        assert f"(/articles/{article_id}.md)" in _reports(page), article_id


@pytest.mark.parametrize("page", ["timeline.md", "events/index.md"])
def test_the_lists_hold_the_survivor_alone(merged_project, pages, page):
    _, merged, survivor = merged_project
    listing = pages[page]
    assert f"/events/{survivor['id']}.md" in listing and f"/events/{merged['id']}.md" not in listing


def test_an_article_that_reported_the_merged_event_links_the_survivor(merged_project, pages):
    _, merged, survivor = merged_project
    article_id = sorted(set(merged.get("articles") or ()) - set(survivor.get("articles") or ()))[0]
    page = pages[f"articles/{article_id}.md"]
    assert f"/events/{survivor['id']}.md" in page and f"/events/{merged['id']}.md" not in page


def test_a_merge_removed_shows_the_events_apart_again(tmp_path):
    """Near miss: the merge is read at each load, never written into the survivor: a same_as
    deleted gives the merged entry its page back and the survivor its own reports only."""
    project = copy_project(example_project(), tmp_path / "project")
    merged, survivor = _pair(project)
    pages = render_site(load_corpus(Project(project)), project / "templates")
    assert "refresh" not in pages[f"events/{merged['id']}.md"].lower()
    only_merged = sorted(set(merged["articles"]) - set(survivor.get("articles") or ()))[0]
    assert f"(/articles/{only_merged}.md)" in _reports(pages[f"events/{merged['id']}.md"])
    assert f"(/articles/{only_merged}.md)" not in _reports(pages[f"events/{survivor['id']}.md"])


def test_normalize_keeps_the_merge_and_the_merged_entry(normalized, monkeypatch):
    merged, survivor = _pair(normalized)
    registry_edit(normalized, "events", set_field(merged["id"], "same_as", survivor["id"]))
    renormalize(normalized, monkeypatch)
    events = {e["id"]: e for e in read_registry(normalized / "data" / "events.yaml")}
    assert events[merged["id"]].get("same_as") == survivor["id"]
    assert survivor["id"] in events


def test_the_merged_event_s_redirect_is_no_search_result(merged_project, tmp_path):
    project = merged_project[0]
    _, merged, survivor = merged_project
    site = tmp_path / "site"
    result = run("mkdocs", "build", "--strict", "-d", str(site), cwd=project)
    assert result.returncode == 0, result.stderr
    redirect = (site / "events" / merged["id"] / "index.html").read_text(encoding="utf-8")
    assert "refresh" in redirect and "data-pagefind-body" not in redirect
    assert "data-pagefind-body" in (site / "events" / survivor["id"] / "index.html").read_text(encoding="utf-8")


def test_the_events_table_says_which_entry_was_merged_into_which(merged_project, pages):
    import csv
    import io
    _, merged, survivor = merged_project
    table = next(text for path, text in pages.items() if path.endswith("events.csv"))
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(table))}
    assert rows[merged["id"]]["same_as"] == survivor["id"] and rows[survivor["id"]]["same_as"] == ""


@pytest.mark.parametrize("merged_by_hand", [True, False], ids=["merged by hand: kept", "untouched candidate: dropped"])
def test_an_event_merged_by_hand_is_kept_when_no_article_reports_it_any_more(merged_by_hand):
    """drop_unreported removes a candidate no article reports and nobody touched; a same_as is a
    person's edit (registry.made_own), so the merged entry stays, its redirect with it. Near
    miss: the same entry without the merge goes."""
    from newsdossier.registry import Registry, drop_unreported
    events = Registry()
    first = merge_event(events, _finding("Juba", "SS"), "article-a", [], [])
    second = merge_event(events, _finding("Malakal", "SS", sentence="A second meeting opened.", day=20), "article-b", [], [])
    assert first != second
    if merged_by_hand:
        events.by_id[first]["same_as"] = second
    events.by_id[first]["articles"] = []
    removed = drop_unreported(events, [first])
    assert (first in events.by_id) is merged_by_hand and (removed == []) is merged_by_hand
