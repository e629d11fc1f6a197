"""Correcting an actor's name or an event's date by hand, as the README's "Correcting the data"
tells it: the README has an example of each, and what it says of a corrected name holds (the id
stays, and the sentences shown mark the printed form whole only while a name or alias holds it)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, example_project
from newsdossier.corpus import load_corpus
from newsdossier.render import render_site
from newsdossier.store import Project

README = (ROOT / "README.md").read_text(encoding="utf-8")
EDITS = README.split("### One example per kind of edit\n", 1)[1].split("\n### ", 1)[0]


@pytest.mark.parametrize(
    ("edit", "registry", "key"),
    [
        pytest.param("Correct an actor's name", "data/actors.yaml", "name", id="actor-name"),
        pytest.param("Correct an event's date", "data/events.yaml", "date", id="event-date"),
    ],
)
def test_the_readme_has_an_example_of_each_registry_correction(edit, registry, key):
    item = re.search(rf"^- \*\*{re.escape(edit)}\*\*(.*?)(?=^- \*\*|\Z)", EDITS, re.S | re.M)
    assert item, f"no '{edit}' item in the README's examples of edits"
    assert f"`{registry}`" in item.group(1) and f"`{key}: " in item.group(1)


def _marks_after_renaming(tmp_path: Path, name: str, alias: str | None) -> set[str]:
    """The marked mentions on jean-pierre-lacroix's page once its name is `name` (and `alias` added)."""
    repo = copy_project(example_project(), tmp_path / "project")
    actors = repo / "data" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    entry = "  - id: jean-pierre-lacroix\n    name: Jean-Pierre Lacroix\n    kind: person\n    aliases: []\n"
    assert entry in text
    aliases = f"    aliases:\n      - {alias}\n" if alias else "    aliases: []\n"
    actors.write_text(text.replace(entry, f"  - id: jean-pierre-lacroix\n    name: {name}\n    kind: person\n{aliases}", 1),
                      encoding="utf-8")
    corpus = load_corpus(Project(repo))
    assert not corpus.problems
    assert corpus.actors["jean-pierre-lacroix"]["name"] == name  # the id stays
    pages = render_site(corpus, repo / "templates")
    return set(re.findall(r"<mark>([^<]*)</mark>", pages["actors/jean-pierre-lacroix.md"]))


@pytest.mark.parametrize(
    ("name", "alias", "marked"),
    [
        pytest.param("Jean-Pierre Lacroix-Dupont", "Jean-Pierre Lacroix", "Jean-Pierre Lacroix", id="printed-form-kept-as-alias"),
        # near misses: without the printed form among the names, the new name's surname is
        # marked where the text holds it, else nothing
        pytest.param("Pierre Lacroix", None, "Lacroix", id="same-surname-no-alias"),
        pytest.param("Jean-Pierre Lacroix-Dupont", None, None, id="new-surname-no-alias"),
    ],
)
def test_a_corrected_name_marks_the_printed_form_whole_only_through_an_alias(tmp_path, name, alias, marked):
    marks = _marks_after_renaming(tmp_path, name, alias)
    persons = {mark for mark in marks if "Lacroix" in mark}
    assert persons == ({marked} if marked else set())
