"""Extraction measured on the labelled corpus: figures may not drop below the pinned floors.

To raise the floors after an improvement: `newsdossier eval tests/corpus --raise-floors`
(floors only ever go up), then commit tests/eval_floors.json.
"""
from __future__ import annotations

import json
from collections import Counter

import pytest
import yaml

from conftest import ROOT, run
from newsdossier.evaluate import below_floors, evaluate, figures, raise_floors, read_floors

CORPUS = ROOT / "tests" / "corpus"
FLOORS = read_floors(ROOT / "tests" / "eval_floors.json")
LABEL_KEYS = {"url", "publisher", "title", "date", "date_basis", "source", "language", "authors", "dateline",
              "people", "countries", "organisations", "missions", "missions_inferred", "events"}
LABELS = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.yaml"))}


@pytest.fixture(scope="module")
def current():
    return figures(evaluate(CORPUS))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_extraction_stays_above_its_floor(current, field):
    assert current[field] + 1e-9 >= FLOORS[field], f"{field} fell to {current[field]:.3f}, floor {FLOORS[field]:.3f}"


@pytest.mark.parametrize("stem", sorted(LABELS))
def test_every_labelled_article_has_its_text_and_every_label(stem):
    assert (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").strip()
    assert LABEL_KEYS <= set(LABELS[stem])


def test_the_corpus_is_broad_enough_to_measure_anything():
    languages = Counter(labels["language"] for labels in LABELS.values())
    publishers = {labels["publisher"] for labels in LABELS.values()}
    assert len(LABELS) >= 30 and len(publishers) >= 8
    assert languages["fr"] >= 10 and sum(n for lang, n in languages.items() if lang not in ("en", "fr")) >= 4


def test_floors_only_go_up(tmp_path):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"date": 0.9, "title": 0.5}), encoding="utf-8")
    merged = raise_floors(path, {"date": 0.8, "title": 0.7})
    assert merged == {"date": 0.9, "title": 0.7} == read_floors(path)
    assert below_floors({"date": 0.85, "title": 0.7}, merged) == ["date: 0.850 is below the floor 0.900"]


def test_the_eval_command_prints_each_field_beside_the_baseline():
    result = run("newsdossier", "eval", str(CORPUS), "--quiet", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert "baseline" in header
    assert {row.split()[0] for row in rows} >= {"title", "date", "language", "people", "countries", "missions", "events"}
