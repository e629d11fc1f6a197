"""A long run of few seeds (a .jsonl of many articles is one seed) says its progress by the
articles extracted, one line every 50; a run of 50 seeds or more says it by seeds as before."""
from __future__ import annotations

import json

import pytest

from newsdossier.executors import Plan
from newsdossier.normalize import normalize
from newsdossier.store import Project

PLACES = ["Gao", "Juba", "Bangui", "Goma", "Naqoura", "Bor", "Kidal", "Malakal"]


def _records(count: int) -> str:
    return "\n".join(json.dumps({
        "url": f"https://www.example.org/2023/05/{number % 28 + 1:02d}/patrol-{number}",
        "title": f"Patrol {number} reaches {PLACES[number % len(PLACES)]}",
        "text": f"A patrol of the mission reached {PLACES[number % len(PLACES)]} on Monday, its {number}th this year, a spokesperson said.",
    }) for number in range(count)) + "\n"


@pytest.mark.parametrize(("count", "expected"), [
    pytest.param(120, ["normalize: 50 articles", "normalize: 100 articles"], id="one-jsonl-of-120"),
    pytest.param(10, [], id="one-jsonl-of-10-says-nothing"),  # near miss: a short run
])
def test_a_run_of_few_seeds_says_its_progress_by_articles(tmp_path, count, expected):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "feed.jsonl").write_text(_records(count), encoding="utf-8")
    lines: list[str] = []
    normalize(Project(tmp_path), log=lines.append, plan=Plan(jobs=1))
    progress = [line.split(" extracted (")[0] for line in lines if " articles extracted (" in line]
    assert progress == expected
    assert not any(" seeds (" in line for line in lines)
