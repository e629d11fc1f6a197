"""graph: the site-wide views derived from the corpus (related articles and events)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdossier.corpus import Article, Corpus
from newsdossier.graph import RELATED_LIMIT, build_graph

LISTS = ("authors", "actors", "missions", "missions_inferred", "events")


def _article(article_id: str, date: str | None, events: list[str]) -> Article:
    meta = {"id": article_id, "title": article_id, "date": date, **{k: [] for k in LISTS}}
    meta["events"] = events
    return Article(meta, "Text.", Path(f"{article_id}.md"))


def _corpus(dates: dict[str, str | None]) -> Corpus:
    corpus = Corpus()
    corpus.articles = {a: _article(a, d, ["shared-event"]) for a, d in dates.items()}
    corpus.events = {"shared-event": {"id": "shared-event", "title": "E", "date": "2021", "status": "candidate"}}
    return corpus


def test_among_equally_related_articles_the_nearest_in_time_come_first():
    # Every article reports the same event: all are equally related; time decides.
    dates = {f"a{n:02d}": f"20{10 + n}-06-01" for n in range(12)}
    graph = build_graph(_corpus(dates))
    related = [a.id for a in graph.related_articles(graph.corpus.articles["a06"])]
    assert related == ["a05", "a07", "a04", "a08", "a03"][:RELATED_LIMIT]


@pytest.mark.parametrize("count", [12, 40])
def test_no_article_is_related_to_every_other_by_the_accident_of_sorting_first(count):
    # Undated, equally related articles: none may appear in every other's list.
    graph = build_graph(_corpus({f"a{n:03d}": None for n in range(count)}))
    listed: dict[str, int] = {}
    for article in graph.corpus.articles.values():
        for other in graph.related_articles(article):
            listed[other.id] = listed.get(other.id, 0) + 1
    assert max(listed.values()) <= 2 * RELATED_LIMIT
