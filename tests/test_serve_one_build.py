"""Under `mkdocs serve`, one save is one build: a seed saved is normalized into data/ by the build
itself, and those writes are no save of the researcher's that would start a second build. A
save to data/ or templates/ still starts one build, and the page shows it on reload."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import fetch, serving

ARTICLE = "004_5b41338369c89941"  # in the example corpus (tests/corpus/example/)
SETTLE = 8  # seconds after the page shows a save: a second build would have started by then


def with_watch(project: Path, watch: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      templates: templates\n" in text
    config.write_text(text.replace("      templates: templates\n", f"      templates: templates\n      watch: {watch}\n", 1), encoding="utf-8")


def builds(log: Path) -> int:
    return log.read_text(encoding="utf-8").count("Building documentation")


def save_seed(project: Path) -> str:
    """Append a sentence of our own to the article's seed; returns a phrase the page then shows."""
    seed = next(p for p in (project / "seeds").iterdir() if p.stem == ARTICLE)
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + "\n\nThe engineers also repaired a bridge over the river near the camp.\n", encoding="utf-8")
    return "repaired a bridge over the river"


def save_seed_in_two_writes(project: Path) -> str:
    """As an editor or a slow drive saves: the file truncated and half written, the rest a
    moment later (a poll, or a change notice, sees each step)."""
    seed = next(p for p in (project / "seeds").iterdir() if p.stem == ARTICLE)
    text = seed.read_text(encoding="utf-8").rstrip("\n") + "\n\nThe engineers also repaired a bridge over the river near the camp.\n"
    with open(seed, "w", encoding="utf-8") as file:
        file.write(text[: len(text) // 2])
        file.flush()
        time.sleep(0.15)
        file.write(text[len(text) // 2:])
    return "repaired a bridge over the river"


def save_data(project: Path) -> str:
    path = project / "data" / "articles" / f"{ARTICLE}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle: ", "\ntitle: Edited while served, ", 1), encoding="utf-8")
    return "Edited while served, "


def save_template(project: Path) -> str:
    path = project / "templates" / "article.md.j2"
    path.write_text(path.read_text(encoding="utf-8") + "\nA line added to the template while served.\n", encoding="utf-8")
    return "A line added to the template while served."


SAVES = {"seed": save_seed, "seed in two writes": save_seed_in_two_writes, "data": save_data, "template": save_template}


@pytest.mark.parametrize("watch", ["polling", "native"])
@pytest.mark.parametrize("what", list(SAVES))
def test_one_save_makes_one_build(normalized: Path, tmp_path: Path, what: str, watch: str):
    with_watch(normalized, watch)
    url = f"articles/{ARTICLE}/"
    with serving(normalized, tmp_path / "temp", url, "--dirty") as server:
        time.sleep(2)  # the first search index and the watchers are up
        before = builds(server.log)
        phrase = SAVES[what](normalized)
        server.wait_for(lambda: phrase in (fetch(f"{server.base}/{url}") or ""), f"the {what} saved")
        time.sleep(SETTLE)
        log = server.log.read_text(encoding="utf-8")
        assert builds(server.log) - before == 1, log[-2500:]
