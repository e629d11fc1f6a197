"""An actor merged into another (`same_as`) lends its names to the survivor: the sentence an
article names it in, shown on the survivor's page and the event's, marks the whole name the
article printed (the merged entry's name or alias), not only what the survivor's own name
shares with it (a surname). Small corpora made here; never data/."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdossier.corpus import Article, Corpus
from newsdossier.graph import build_graph

LISTS = ("authors", "actors", "missions", "missions_inferred", "events")
SURVIVOR = {"id": "ama-owusu", "name": "Ama Serwaa Owusu", "kind": "person", "status": "candidate", "aliases": []}


def _corpus(others: list[dict], text: str, listed: str = "ama-owusu") -> Corpus:
    corpus = Corpus()
    corpus.actors = {e["id"]: e for e in [SURVIVOR, *others]}
    meta = {k: [] for k in LISTS}
    meta.update(id="accra", title="A training centre opens", date="2023-05-02", language="en", source="Wire",
                actors=[listed], quotes=[])
    corpus.articles = {"accra": Article(meta, text, Path("accra.md"))}
    return corpus


def _marked(corpus: Corpus, actor_id: str = "ama-owusu") -> list[str]:
    graph = build_graph(corpus)
    link = graph.actor_links[actor_id][0]
    return [link.sentence[start:end] for start, end in link.marks]


CASES = {
    # name: (the other entries, the text, what the survivor's sentence marks)
    "the merged entry's name": (
        [{"id": "ama-o", "name": "Ama Owusu", "kind": "person", "status": "candidate", "same_as": "ama-owusu"}],
        "The minister, Ama Owusu, opened the centre on Monday.", ["Ama Owusu"]),
    "the name of an entry merged into a merged one": (
        [{"id": "ama-o", "name": "Ama Owusu", "kind": "person", "status": "candidate", "same_as": "ama-owusu"},
         {"id": "a-s-owusu", "name": "A. S. Owusu", "kind": "person", "status": "candidate", "same_as": "ama-o"}],
        "Officials said A. S. Owusu opened the centre.", ["A. S. Owusu"]),
    "an alias of the merged entry": (
        [{"id": "ama-o", "name": "Ama Owusu", "kind": "person", "status": "candidate", "same_as": "ama-owusu",
          "aliases": ["Madam Ama Owusu"]}],
        "Madam Ama Owusu opened the centre.", ["Madam Ama Owusu"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_merged_actor_s_names_mark_the_survivor_s_sentence(name):
    others, text, expected = CASES[name]
    assert _marked(_corpus(others, text)) == expected


def test_a_rejected_entry_lends_no_name():
    """Near miss: an entry rejected, not merged, is no other name of anyone: only the
    survivor's own forms (its surname) are marked."""
    others = [{"id": "ama-o", "name": "Ama Owusu", "kind": "person", "status": "rejected"}]
    assert _marked(_corpus(others, "The minister, Ama Owusu, opened the centre on Monday.")) == ["Owusu"]
