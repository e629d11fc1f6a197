"""An event whose participants name one person under two ids, one merged into the other
(`same_as`), is that person's event once: on the survivor's page, in its count and timeline.
Normalize leaves the merged id beside the survivor in an event's `actors` when the merge is made
after the event was read, so both ids meet there. Small corpora made here; never data/."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from newsdossier.corpus import Article, Corpus
from newsdossier.graph import build_graph
from newsdossier.render import render_site

LISTS = ("authors", "actors", "missions", "missions_inferred", "events")


def _corpus(event_actors: list[str]) -> Corpus:
    corpus = Corpus()
    corpus.actors = {
        "rosa-mensah": {"id": "rosa-mensah", "name": "Rosa Adjoa Mensah", "kind": "person", "status": "candidate"},
        "rosa-m": {"id": "rosa-m", "name": "Rosa Mensah", "kind": "person", "status": "candidate", "same_as": "rosa-mensah"},
        "r-mensah": {"id": "r-mensah", "name": "R. A. Mensah", "kind": "person", "status": "candidate", "same_as": "rosa-m"},
        "togo": {"id": "togo", "name": "Togo", "kind": "country", "status": "confirmed"},
    }
    meta = {k: [] for k in LISTS}
    meta.update(id="lome", title="The minister visits a training centre", date="2023-04-02", language="en",
                source="Wire", actors=["rosa-mensah", "togo"], events=["2023-04-01-visit"], quotes=[])
    corpus.articles = {"lome": Article(meta, "The minister, Rosa Mensah, visited a training centre in Lomé on Saturday.", Path("lome.md"))}
    corpus.events = {"2023-04-01-visit": {
        "id": "2023-04-01-visit", "title": "Minister visits a training centre", "date": "2023-04-01", "kind": "visit",
        "status": "candidate", "actors": event_actors, "missions": [], "articles": ["lome"]}}
    return corpus


CASES = [
    pytest.param(["rosa-m", "togo", "rosa-mensah"], id="merged id before the survivor"),
    pytest.param(["rosa-mensah", "rosa-m"], id="survivor before the merged id"),
    pytest.param(["r-mensah", "rosa-m"], id="two merged ids, a chain to one survivor"),
]


@pytest.mark.parametrize("event_actors", CASES)
def test_the_survivor_has_the_event_once(event_actors):
    graph = build_graph(_corpus(event_actors))
    assert [e["id"] for e in graph.actor_events["rosa-mensah"]] == ["2023-04-01-visit"]


@pytest.mark.parametrize("event_actors", CASES)
def test_the_survivors_page_counts_and_lists_the_event_once(event_actors):
    page = render_site(_corpus(event_actors), ROOT / "templates")["actors/rosa-mensah.md"]
    assert "**Events:** 1" in page
    assert page.count("(/events/2023-04-01-visit.md)") == 2, page  # once under Events, once in the timeline
    timeline = page.split("## Timeline", 1)[1]
    assert timeline.count("event: [Minister visits a training centre]") == 1, timeline
