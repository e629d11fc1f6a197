"""The five example articles (tests/corpus/example/), normalized, against what a careful human reader
labelled in tests/corpus/example/labels.yaml."""
from __future__ import annotations


import pytest
import yaml

from conftest import EXAMPLE_SEEDS, example_project
from newsdossier.corpus import load_corpus
from newsdossier.store import Project

LABELS = yaml.safe_load((EXAMPLE_SEEDS.parent / "labels.yaml").read_text(encoding="utf-8"))
CASES = [(seed, field) for seed, fields in LABELS.items() for field in fields]


@pytest.fixture(scope="module")
def corpus():
    corpus = load_corpus(Project(example_project()))
    assert not corpus.problems, [p.one_line() for p in corpus.problems]
    return corpus


def _article(corpus, seed):
    return next(a for a in corpus.articles.values() if a.meta["seed"] == seed)


def _names(corpus, ids, table, key="name"):
    return {getattr(corpus, table)[i].get(key) for i in ids if i in getattr(corpus, table)}


@pytest.mark.parametrize("seed,field", CASES, ids=[f"{s[:3]}-{f}" for s, f in CASES])
def test_seed_is_normalized_as_a_careful_reader_expects(corpus, seed, field):
    article = _article(corpus, seed)
    meta, expected = article.meta, LABELS[seed][field]
    if field in ("title", "title_basis", "date", "date_basis", "language", "source", "dateline"):
        assert meta[field] == expected
    elif field == "authors":
        assert meta["authors"] == expected
    elif field == "date_year_unknown":
        # printed without a year: the year is marked unknown, never silently filled in
        assert meta["date"] == f"XXXX-{expected}" or (meta["date_basis"] == "inferred" and meta["date"].endswith(expected))
    elif field in ("people", "countries", "organisations"):
        kind = {"people": "person", "countries": "country", "organisations": "organisation"}[field]
        found = {corpus.actors[i]["name"] for i in meta["actors"] if corpus.actors[i]["kind"] == kind}
        assert set(expected) <= found
    elif field in ("missions", "missions_inferred"):
        assert set(expected) <= _names(corpus, meta[field], "missions", "acronym")
    elif field == "events":
        assert set(expected) <= _names(corpus, meta["events"], "events", "title")
    elif field == "not_in_text":
        assert [line for line in expected if line in article.body] == []
    elif field == "set_apart":
        kept = [*meta["captions"], *meta["credits"], *meta["boilerplate"], *meta["teasers"]]
        assert [line for line in expected if not any(line in k for k in kept)] == []
    else:
        pytest.fail(f"unknown label {field}")


def test_every_labelled_seed_is_in_the_example_corpus():
    assert sorted(LABELS) == sorted(p.name for p in EXAMPLE_SEEDS.iterdir())


def test_one_event_for_the_seoul_ministerial_reported_by_several_seeds(corpus):
    ministerials = [e for e in corpus.events.values() if e.get("kind") == "ministerial" and str(e.get("date", "")).startswith("2021-12")]
    assert len(ministerials) == 1
    assert ministerials[0]["date"] == "2021-12-07/2021-12-08"
    assert len(ministerials[0]["articles"]) >= 2


def test_every_person_is_a_candidate_until_a_human_confirms_it(corpus):
    people = [a for a in corpus.actors.values() if a["kind"] == "person"]
    assert people and all(a["status"] == "candidate" for a in people)
