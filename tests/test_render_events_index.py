"""The events' list: one page while it is short, a page per year once it has more than long_list
events (as the articles' list), so that no page lists every event of a large corpus."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, example_project
from newsdossier.corpus import load_corpus
from newsdossier.render import render_site, year_key
from newsdossier.store import Project


def _rows(page: str) -> list[str]:
    """The table's rows of events (one line each, cells in <td>; the header row is in <th>)."""
    return [line for line in page.splitlines() if line.startswith("<tr") and "<td" in line]


@pytest.fixture(scope="module")
def corpus():
    found = load_corpus(Project(example_project()))
    assert len(found.events) >= 2
    return found


def test_a_short_list_of_events_is_one_table(corpus):
    pages = render_site(corpus, ROOT / "templates", long_list=len(corpus.events))
    assert len(_rows(pages["events/index.md"])) == len(corpus.events)
    assert not [p for p in pages if p.startswith("events/by-year/")]


@pytest.mark.parametrize("long_list", [1, 2])
def test_a_long_list_of_events_has_a_page_per_year_and_each_event_on_its_year(corpus, long_list):
    if len(corpus.events) <= long_list:
        pytest.skip("the example corpus has too few events")
    pages = render_site(corpus, ROOT / "templates", long_list=long_list)
    index = pages["events/index.md"]
    assert not _rows(index)  # the first page lists the years, not the events
    years = dict(re.findall(r"\(/events/by-year/([^)]+)\.md\) · ([\d,]+) event", index))
    assert sum(int(n.replace(",", "")) for n in years.values()) == len(corpus.events)
    for event in corpus.events.values():
        holding = [p for p in pages if p.startswith("events/by-year/") and f"(/events/{event['id']}.md)" in pages[p]]
        # one page: its year's, or a part of it ("2021-2") when the year alone has more than long_list
        assert len(holding) == 1
        assert holding[0].removesuffix(".md").split("/")[-1].partition("-")[0] == year_key(event.get("date"))
