"""Two entries of data/missions.yaml that are one mission, merged by hand: `same_as: <surviving
id>` on the one that should disappear (a researcher's own entry for a mission printed in a form
the reference lacks, merged into the reference's). The site then shows one mission: the
survivor's page lists the articles and events of both, the lists, the timeline's filter and
the pages of articles and events name the survivor alone, the merged mission's old address
sends the reader on (and is no search result; the survivor is found by its names); the
downloads say which entry went into which. The merge is read at each load: normalize keeps the
merged entry, its same_as and the articles that list it, and a same_as deleted shows the two
apart again. Edits of a scratch copy of the example project."""
from __future__ import annotations

import csv
import html
import io
import json
import re
import time
from pathlib import Path

import pytest

from conftest import copy_project, example_project, run
from newsdossier.corpus import ArticleMemo, load_corpus
from newsdossier.incremental import rebuild
from newsdossier.render import render_site
from newsdossier.store import ParseCache, Project, read_registry
from test_curation import registry_edit, renormalize, set_field

MERGED, SURVIVOR = "force-abyei", "unisfa"  # the entry a person added, and the reference's mission
NAMED_IN = "004_5b41338369c89941"  # an article of the example that lists no mission: it lists the merged one
INFERRED_IN = "003_9751409ac12bb51d"  # one that infers none: it infers the merged one
BOTH_IN = "000_05eb63a0fd9cfb75"  # one naming the survivor: it also infers the merged one
OWN_ENTRY = (f"  - id: {MERGED}\n    acronym: FSA-Abyei\n    name: Force de sécurité d'Abyei\n"
             "    aliases:\n      - Force onusienne d'Abyei\n    status: candidate\n")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path.name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _own_mission(project: Path, merged: bool) -> Path:
    """The example project with a mission entry of a person's own (MERGED) that two articles and
    an event list, merged into SURVIVOR when `merged`."""
    missions = project / "data" / "missions.yaml"
    missions.write_text(missions.read_text(encoding="utf-8") + OWN_ENTRY, encoding="utf-8")
    articles = project / "data" / "articles"
    _edit(articles / f"{NAMED_IN}.md", "\nmissions: []\n", f"\nmissions:\n  - {MERGED}\n")
    _edit(articles / f"{INFERRED_IN}.md", "\nmissions_inferred: []\n", f"\nmissions_inferred:\n  - {MERGED}\nreasons:\n  {MERGED}: Abyei is named.\n")
    _edit(articles / f"{INFERRED_IN}.md", "  - speaker: department-of-peace-operations\n", f"  - speaker: {MERGED}\n")
    _edit(articles / f"{BOTH_IN}.md", "\nmissions_inferred:\n", f"\nmissions_inferred:\n  - {MERGED}\n")
    event = _event_of(project, NAMED_IN)
    events = project / "data" / "events.yaml"
    text = events.read_text(encoding="utf-8")
    start = text.index(f"- id: {event}\n")
    at = text.index("    missions: []\n", start)
    events.write_text(text[:at] + f"    missions:\n      - {MERGED}\n" + text[at + len("    missions: []\n"):], encoding="utf-8")
    if merged:
        registry_edit(project, "missions", set_field(MERGED, "same_as", SURVIVOR))
    return project


def _event_of(project: Path, article_id: str) -> str:
    """The first event of the registry reported by an article (and listing no mission)."""
    return next(e["id"] for e in read_registry(project / "data" / "events.yaml") if article_id in (e.get("articles") or ()) and not e.get("missions"))


def _pages(project: Path) -> dict[str, str]:
    corpus = load_corpus(Project(project))
    assert not corpus.problems, [p.one_line() for p in corpus.problems]
    assert not [w for w in corpus.warnings if "same_as" in w.one_line()], [w.one_line() for w in corpus.warnings]
    return render_site(corpus, project / "templates")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return _own_mission(copy_project(example_project(), tmp_path_factory.mktemp("merged") / "project"), merged=True)


@pytest.fixture(scope="module")
def apart(tmp_path_factory) -> Path:
    return _own_mission(copy_project(example_project(), tmp_path_factory.mktemp("apart") / "project"), merged=False)


@pytest.fixture(scope="module")
def pages(project) -> dict[str, str]:
    return _pages(project)


@pytest.fixture(scope="module")
def apart_pages(apart) -> dict[str, str]:
    return _pages(apart)


def test_the_merged_mission_s_address_sends_the_reader_to_the_survivor(pages):
    redirect = pages[f"missions/{MERGED}.md"]
    assert redirect.startswith("# FSA-Abyei\n"), redirect
    assert "This mission was merged into another one. Go to [UNISFA]" in redirect and f"url=../{SURVIVOR}/" in redirect


# (where, what is read from the loaded corpus, with the merge, and without it)
LOADED = [
    ("an article's named missions", lambda c: c.articles[NAMED_IN].meta["missions"], [SURVIVOR], [MERGED]),
    ("an article's inferred missions", lambda c: c.articles[INFERRED_IN].meta["missions_inferred"], [SURVIVOR], [MERGED]),
    ("inferred beside the survivor named: once, as named", lambda c: (c.articles[BOTH_IN].meta["missions"], c.articles[BOTH_IN].meta["missions_inferred"]),
     ([SURVIVOR], ["unmiss"]), ([SURVIVOR], [MERGED, "unmiss"])),
    ("the reason a mission is inferred", lambda c: c.articles[INFERRED_IN].meta["reasons"], {SURVIVOR: "Abyei is named."}, {MERGED: "Abyei is named."}),
    ("a quote's speaker", lambda c: c.articles[INFERRED_IN].meta["quotes"][0]["speaker"], SURVIVOR, MERGED),
    ("an event's missions", lambda c: next(e["missions"] for e in c.events.values() if NAMED_IN in (e.get("articles") or ()) and e.get("missions")), [SURVIVOR], [MERGED]),
    ("the merged entry stays, with its same_as", lambda c: c.missions[MERGED].get("same_as"), SURVIVOR, None),
    ("the missions counted", lambda c: c.counts()["missions"], 3, 4),
]


@pytest.mark.parametrize("where, read, merged, apart_value", LOADED, ids=[row[0] for row in LOADED])
def test_a_list_that_names_the_merged_mission_reads_the_survivor(project, apart, where, read, merged, apart_value):
    """Near miss: without the same_as, the lists name the person's entry as written."""
    assert read(load_corpus(Project(project))) == merged
    assert read(load_corpus(Project(apart))) == apart_value


# (page, what it must link, what it must not link), with the merge
LINKS = [
    ("missions/index.md", SURVIVOR, MERGED),
    ("index.md", SURVIVOR, MERGED),
    (f"articles/{NAMED_IN}.md", SURVIVOR, MERGED),
    (f"articles/{INFERRED_IN}.md", SURVIVOR, MERGED),
    (f"articles/{BOTH_IN}.md", SURVIVOR, MERGED),
]


@pytest.mark.parametrize("path, linked, not_linked", LINKS, ids=[row[0] for row in LINKS])
def test_the_pages_name_the_survivor_alone(pages, apart_pages, path, linked, not_linked):
    """Near miss: without the merge the same page links the person's entry."""
    assert f"/missions/{linked}.md" in pages[path] and f"/missions/{not_linked}.md" not in pages[path], path
    assert f"/missions/{not_linked}.md" in apart_pages[path], path


@pytest.mark.parametrize("merged", [True, False], ids=["merged: the survivor alone", "apart: both"])
def test_the_timeline_filters_by_the_survivor_alone(pages, apart_pages, merged):
    listing = (pages if merged else apart_pages)["timeline.md"]
    assert f'value="{SURVIVOR}"' in listing
    assert (f'value="{MERGED}"' in listing) is not merged
    assert bool(re.search(rf'data-missions="[^"]*\b{MERGED}\b', listing)) is not merged


@pytest.mark.parametrize("merged", [True, False], ids=["merged: the survivor's", "apart: the entry's own"])
def test_a_quote_of_the_merged_mission_is_the_survivor_s(pages, apart_pages, merged):
    speaker, other = (SURVIVOR, MERGED) if merged else (MERGED, SURVIVOR)
    assert f"quotes/missions/{speaker}.md" in (pages if merged else apart_pages)
    assert f"quotes/missions/{other}.md" not in (pages if merged else apart_pages)


def test_an_event_listing_the_merged_mission_links_the_survivor(project, pages):
    event = next(e["id"] for e in read_registry(project / "data" / "events.yaml") if MERGED in (e.get("missions") or ()))
    page = pages[f"events/{event}.md"]
    assert f"/missions/{SURVIVOR}.md" in page and f"/missions/{MERGED}.md" not in page


@pytest.mark.parametrize("article_id", [NAMED_IN, INFERRED_IN])
def test_the_survivor_s_page_lists_the_articles_of_both(pages, apart_pages, article_id):
    assert f"/articles/{article_id}.md" in pages[f"missions/{SURVIVOR}.md"]
    assert f"/articles/{article_id}.md" not in apart_pages[f"missions/{SURVIVOR}.md"]
    assert f"/articles/{article_id}.md" in apart_pages[f"missions/{MERGED}.md"]


def test_the_survivor_s_page_lists_the_events_of_both(project, pages, apart_pages):
    event = next(e["id"] for e in read_registry(project / "data" / "events.yaml") if MERGED in (e.get("missions") or ()))
    assert f"/events/{event}.md" in pages[f"missions/{SURVIVOR}.md"]
    assert f"/events/{event}.md" not in apart_pages[f"missions/{SURVIVOR}.md"]


def _table(pages: dict[str, str], name: str) -> dict[str, dict]:
    text = next(text for path, text in pages.items() if path.endswith(f"downloads/{name}.csv"))
    return {row.get("id") or row.get("article_id"): row for row in csv.DictReader(io.StringIO(text))}


# (table, row, column, with the merge, without it)
DOWNLOADS = [
    ("missions", MERGED, "same_as", SURVIVOR, ""),
    ("missions", SURVIVOR, "same_as", "", ""),
    ("missions", MERGED, "articles", "0", "1"),
    ("articles", NAMED_IN, "missions", SURVIVOR, MERGED),
    ("articles", INFERRED_IN, "missions_inferred", SURVIVOR, MERGED),
]


@pytest.mark.parametrize("table, row, column, merged, apart_value", DOWNLOADS, ids=[f"{t} {r} {c}" for t, r, c, _m, _a in DOWNLOADS])
def test_the_downloads_say_which_entry_was_merged_into_which(pages, apart_pages, table, row, column, merged, apart_value):
    assert _table(pages, table)[row][column] == merged
    assert _table(apart_pages, table)[row][column] == apart_value


def test_the_merged_mission_s_redirect_is_no_search_result_and_its_names_find_the_survivor(project, tmp_path):
    site = tmp_path / "site"
    result = run("mkdocs", "build", "--strict", "-d", str(site), cwd=project)
    assert result.returncode == 0, result.stderr
    redirect = (site / "missions" / MERGED / "index.html").read_text(encoding="utf-8")
    assert "refresh" in redirect and "data-pagefind-body" not in redirect
    kept = (site / "missions" / SURVIVOR / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in kept
    names = html.unescape(re.search(r'data-pagefind-meta="names:([^"]*)"', kept).group(1))
    for name in ("FSA-Abyei", "Force de sécurité d'Abyei", "Force onusienne d'Abyei", "UNISFA"):
        assert name in names, (name, names)


def test_normalize_keeps_the_merge_and_a_deleted_same_as_shows_the_two_apart(normalized, monkeypatch):
    """An article the extractor reads again keeps listing the merged mission it names (the site
    reads it as the survivor's); the merged entry keeps its same_as and the survivor gains none
    of its names. Near miss: the same_as deleted, the merged mission has its page and articles back."""
    merged, survivor = "minusca", "unmiss"  # two missions of the example, one named by an article
    named_by = [p.stem for p in (normalized / "data" / "articles").glob("*.md") if f"\n  - {merged}\n" in p.read_text(encoding="utf-8").split("\n---\n", 1)[0]]
    assert named_by
    aliases = next(e for e in read_registry(normalized / "data" / "missions.yaml") if e["id"] == survivor).get("aliases")
    registry_edit(normalized, "missions", set_field(merged, "same_as", survivor))
    renormalize(normalized, monkeypatch)
    missions = {e["id"]: e for e in read_registry(normalized / "data" / "missions.yaml")}
    assert missions[merged].get("same_as") == survivor and missions[survivor].get("aliases") == aliases
    corpus = load_corpus(Project(normalized))
    for article_id in named_by:
        written = (normalized / "data" / "articles" / f"{article_id}.md").read_text(encoding="utf-8")
        assert f"\n  - {merged}\n" in written  # the file as written: the merged id
        assert corpus.articles[article_id].meta["missions"] == [survivor]  # as the site reads it
    registry_edit(normalized, "missions", lambda text: text.replace(f"    same_as: {survivor}\n", ""))
    pages = _pages(normalized)
    assert "refresh" not in pages[f"missions/{merged}.md"]
    assert all(f"/articles/{a}.md" in pages[f"missions/{merged}.md"] for a in named_by)


@pytest.mark.parametrize("article_id", [NAMED_IN, INFERRED_IN, BOTH_IN])
def test_a_reload_under_serve_keeps_the_article_read_through_the_merge(project, tmp_path, article_id):
    """Under `mkdocs serve` (an ArticleMemo kept between loads) an unchanged article that lists
    a merged mission is the same object at the next load, as any unchanged article is: its links
    and the lists that show it are not made again on every save. Near miss: the same_as deleted,
    the next load reads it apart, a new object that lists the entry as written."""
    copy = copy_project(project, tmp_path / "project")
    memo = ArticleMemo()
    load_corpus(Project(copy), memo=memo)
    time.sleep(ArticleMemo.RACY_SECONDS + 0.1)  # not racy: the files were written long enough before the load that keeps them
    first = load_corpus(Project(copy), memo=memo).articles[article_id]
    assert load_corpus(Project(copy), memo=memo).articles[article_id] is first
    registry_edit(copy, "missions", lambda text: text.replace(f"    same_as: {SURVIVOR}\n", ""))
    apart = load_corpus(Project(copy), memo=memo).articles[article_id]
    assert apart is not first and MERGED in [*apart.meta["missions"], *apart.meta["missions_inferred"]]


@pytest.mark.parametrize("merged", [True, False], ids=["merged: the survivor's id", "apart: the entry's own"])
def test_graph_json_names_a_merged_mission_by_its_survivor_as_the_data_page_says(pages, apart_pages, merged):
    shown = pages if merged else apart_pages
    graph = json.loads(next(text for path, text in shown.items() if path.endswith("downloads/graph.json")))
    record = next(a for a in graph["articles"] if a["id"] == NAMED_IN)
    assert record["missions"] == [SURVIVOR if merged else MERGED]
    data_page = shown["data.md"]
    assert "a mission merged into another is named by the id it was merged into" in data_page


def _retitle(path: Path) -> None:
    _edit(path, "\ntitle: ", "\ntitle: Retitled while served, ")


def _drop_merged(path: Path) -> None:
    _edit(path, f"\nmissions:\n  - {MERGED}\n", "\nmissions: []\n")


@pytest.mark.parametrize("edit", [_retitle, _drop_merged], ids=["title of an article listing the merged mission", "the merged mission taken out"])
def test_under_serve_an_edit_beside_a_merge_rebuilds_what_a_full_build_makes(project, tmp_path, edit):
    """A save under `mkdocs serve` (the ArticleMemo and the last build kept) re-renders pages
    that are, byte for byte, those of a full build: the survivor's page and lists follow an
    article that lists the merged mission."""
    copy = copy_project(project, tmp_path / "project")
    cache, memo = ParseCache(), ArticleMemo()
    load_corpus(Project(copy), cache, memo)
    time.sleep(ArticleMemo.RACY_SECONDS + 0.1)
    last, _modified, how = rebuild(None, load_corpus(Project(copy), cache, memo), copy / "templates", 100)
    edit(copy / "data" / "articles" / f"{NAMED_IN}.md")
    rendered, modified, how = rebuild(last, load_corpus(Project(copy), cache, memo), copy / "templates", 100)
    assert how != "full"
    full = render_site(load_corpus(Project(copy)), copy / "templates", 100)
    assert sorted(rendered.pages) == sorted(full)
    assert [p for p in full if rendered.pages[p] != full[p]] == []
    assert f"missions/{SURVIVOR}.md" in modified


@pytest.mark.parametrize("rejected", [True, False], ids=["rejected too: read as written, no link", "merged alone: the survivor"])
def test_a_merged_mission_also_rejected_is_rejected(project, tmp_path, rejected):
    """A merged entry a person also rejected (`status: rejected` beside its same_as) is no
    mission: the articles listing it do not read it as the survivor (as normalize leaves them
    once it extracts them again: a rejected mission is never listed) and the survivor's page does
    not list them, as a rejected event merged into another gives it none of its reports. Near
    miss: the same entry merged and not rejected."""
    copy = copy_project(project, tmp_path / "project")
    if rejected:
        registry_edit(copy, "missions", set_field(MERGED, "status", "rejected"))
    corpus = load_corpus(Project(copy))
    assert corpus.articles[NAMED_IN].meta["missions"] == ([MERGED] if rejected else [SURVIVOR])
    pages = render_site(corpus, copy / "templates")
    assert (f"/articles/{NAMED_IN}.md" in pages[f"missions/{SURVIVOR}.md"]) is not rejected
    assert (f"/missions/{SURVIVOR}.md" in pages[f"articles/{NAMED_IN}.md"]) is not rejected
