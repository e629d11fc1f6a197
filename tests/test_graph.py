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


# --- roles: each found in whichever sentence prints it, among many roles ----------------------

ROLES = [f"Special Envoy for Region {n}" for n in range(30)] + ["Force Commander", "Sous-secrétaire général"]


def _role_corpus(body: str, captions: list[str], title: str) -> Corpus:
    corpus = Corpus()
    meta = {"id": "a1", "title": title, "date": "2021-05-01", **{k: [] for k in LISTS}, "captions": captions}
    meta["actors"] = ["ana-diaz"]
    corpus.articles = {"a1": Article(meta, body, Path("a1.md"))}
    corpus.actors = {"ana-diaz": {"id": "ana-diaz", "name": "Ana Diaz", "kind": "person", "status": "candidate", "roles": ROLES}}
    return corpus


@pytest.mark.parametrize(("body", "captions", "title", "role"), [
    pytest.param("Rain fell.\n\nForce Commander Ana Diaz arrived.", [], "Visit", "Force Commander", id="text-second-paragraph"),
    pytest.param("Rain fell.", ["Force Commander Ana Diaz at the base."], "Visit", "Force Commander", id="caption"),
    pytest.param("Rain fell.", [], "Force Commander Ana Diaz visits", "Force Commander", id="headline"),
    pytest.param("Il pleut.\n\nLe SOUS-SECRETAIRE GENERAL Ana Diaz est venu.", [], "Visite",
                 "Sous-secrétaire général", id="accents-and-case-folded"),
    pytest.param("Rain fell.\n\nThe Special Envoy for Region 27 Ana Diaz spoke.", [], "Visit", "Special Envoy for Region 27", id="one-of-many"),
])
def test_a_role_is_found_in_the_sentence_that_prints_it_beside_the_name(body, captions, title, role):
    graph = build_graph(_role_corpus(body, captions, title))
    found = dict(graph.role_sources(graph.corpus.actors["ana-diaz"]))
    assert [s.article.id for s in found[role]] == ["a1"]
    assert all(not sources for other, sources in found.items() if other != role)


def test_a_role_printed_only_inside_a_longer_word_is_not_found():
    graph = build_graph(_role_corpus("The ex-Force Commanders Ana Diaz met.", [], "Visit"))
    assert not any(sources for _role, sources in graph.role_sources(graph.corpus.actors["ana-diaz"]))
