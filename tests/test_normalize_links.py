"""A changed reference entry or registry entry makes normalize extract again only the articles
whose text names it (or that list it), and data/ comes out as a cold run of the same inputs
(the same seeds, registries and package, no article yet) makes it."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsdossier
from conftest import copy_project, example_project
from newsdossier.merge import merge_article
from newsdossier.store import parse_yaml
from newsdossier.links import Finder, reference_changes, registry_changes, registry_projection

SUMMARY = re.compile(r"normalize: (\d+) extracted, (\d+) unchanged")


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


_PROVENANCE = re.compile(rb"^(?:roles_found|participants_found|aliases_found):\n(?:[ -].*\n)*", re.M)


def without_provenance(files: dict[str, bytes]) -> dict[str, bytes]:
    """The files with the machine records' lists of what the machine itself wrote into the
    registries (roles_found, participants_found, aliases_found) left out: they record history, so a run that
    keeps data/actors.yaml and data/events.yaml but not the records ("cold" here) takes the
    roles it finds there as a person's and lists none."""
    return {path: _PROVENANCE.sub(b"", text) if path.startswith(".machine/") else text for path, text in files.items()}


def normalize(project: Path, package: Path) -> tuple[int, int]:
    """Run `newsdossier normalize` with the package copy; (extracted, unchanged)."""
    env = dict(os.environ, PYTHONPATH=str(package))
    result = subprocess.run([sys.executable, "-m", "newsdossier.cli", "normalize", "--jobs", "1"], cwd=project, env=env,
                            capture_output=True, text=True)
    found = SUMMARY.search(result.stderr + result.stdout)
    assert found, result.stderr
    return int(found.group(1)), int(found.group(2))


def cold(project: Path, package: Path, target: Path) -> dict[str, bytes]:
    """data/ of a copy of the project normalized with no article, machine record or cache."""
    shutil.copytree(project, target)
    for folder in ("data/articles", "data/.machine", ".newsdossier-cache"):
        shutil.rmtree(target / folder, ignore_errors=True)
    normalize(target, package)
    return tree(target / "data")


def bodies(project: Path) -> list[str]:
    return [p.read_text(encoding="utf-8").split("\n---\n", 1)[1] for p in sorted((project / "data" / "articles").glob("*.md"))]


def printed_by_one(project: Path) -> str:
    """A capitalised word of six letters or more printed by exactly one article, claimed by no entry."""
    texts = bodies(project)
    claimed = (project / "data" / "actors.yaml").read_text(encoding="utf-8").casefold()
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(re.findall(r"\b[A-Z][a-z]{5,}\b", text)):
            counts[word] = counts.get(word, 0) + 1
    return sorted(w for w, n in counts.items() if n == 1 and w.casefold() not in claimed and not any(
        w.casefold() in t.casefold() for t in texts if w not in t))[0]


def least_listed_person(project: Path) -> str:
    """The id of the person the fewest articles list (at least one)."""
    people = re.findall(r"^\s*- id: (\S+)\n\s+name: .*\n\s+kind: person\n", (project / "data" / "actors.yaml").read_text(encoding="utf-8"), re.M)
    texts = [p.read_text(encoding="utf-8") for p in (project / "data" / "articles").glob("*.md")]
    listed = {person: sum(f"\n  - {person}\n" in t for t in texts) for person in people}
    return min((n, person) for person, n in listed.items() if n)[1]


def add_alias(registry: Path, entry_id: str, alias: str) -> None:
    text = registry.read_text(encoding="utf-8")
    block = re.search(rf"^(\s*)- id: {re.escape(entry_id)}\n(?:\1  .*\n)*", text, re.M)
    indent = block.group(1) + "  "
    entry = block.group(0)
    if f"\n{indent}aliases: []\n" in entry:
        entry = entry.replace(f"\n{indent}aliases: []\n", f"\n{indent}aliases:\n{indent}  - {alias}\n", 1)
    else:
        entry = entry.replace(f"\n{indent}aliases:\n", f"\n{indent}aliases:\n{indent}  - {alias}\n", 1)
    registry.write_text(text[:block.start()] + entry + text[block.end():], encoding="utf-8")


def change(kind: str, project: Path, reference: Path) -> None:
    word = printed_by_one(project)
    actors = project / "data" / "actors.yaml"
    if kind == "alias added in data/actors.yaml":
        add_alias(actors, least_listed_person(project), word)
    elif kind == "alias removed in data/actors.yaml":  # a country's, printed by some articles
        text = actors.read_text(encoding="utf-8")
        found = re.search(r"^    kind: country\n(?:    country: .*\n)?    aliases:\n(      - .*\n)", text, re.M)
        actors.write_text(text[:found.start(1)] + text[found.end(1):], encoding="utf-8")
    elif kind == "reference alias added":
        missions = reference / "missions.yaml"
        text = missions.read_text(encoding="utf-8")
        found = re.search(r"^(\s*)aliases:\n(\s*)- ", text, re.M)
        missions.write_text(text[:found.end(1) + len("aliases:\n")] + f"{found.group(2)}- {word}\n"
                            + text[found.end(1) + len("aliases:\n"):], encoding="utf-8")
    elif kind == "reference entry added":
        with (reference / "organisations.yaml").open("a", encoding="utf-8") as handle:
            handle.write(f"\n- id: {word.lower()}-council\n  name: {word} Council\n  founded: 2001\n  kind: organisation\n"
                         f"  acronyms: {{en: [{word.upper()}C]}}\n  names: {{en: [{word}]}}\n  part_of: null\n")
    elif kind == "unrelated reference change":
        with (reference / "sources.yaml").open("a", encoding="utf-8") as handle:
            handle.write("\n- id: zz-gazette\n  name: Zzyzx Valley Gazette\n  aliases: [ZVG Online]\n  domains: [zvg.example]\n"
                         "  country: null\n  languages: [en]\n")
    elif kind == "word-list change":
        vocabulary = reference / "vocabulary.yaml"
        text = vocabulary.read_text(encoding="utf-8")
        assert "\ntitles:\n  en: [" in text
        vocabulary.write_text(text.replace("\ntitles:\n  en: [", f"\ntitles:\n  en: [{word.lower()}, ", 1), encoding="utf-8")
    else:
        assert kind == "nothing"


KINDS = ["nothing", "alias added in data/actors.yaml", "alias removed in data/actors.yaml", "reference alias added",
         "reference entry added", "unrelated reference change", "word-list change"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_change_re_extracts_only_what_it_touches_and_gives_the_cold_output(kind, tmp_path):
    package = tmp_path / "package"
    shutil.copytree(Path(newsdossier.__file__).parent, package / "newsdossier", ignore=shutil.ignore_patterns("__pycache__"))
    project = copy_project(example_project(), tmp_path / "project")
    articles = len(list((project / "data" / "articles").glob("*.md")))
    assert normalize(project, package) == (0, articles)  # writes the cache
    listed = (project / "data" / "actors.yaml").read_bytes()
    change(kind, project, package / "newsdossier" / "reference")
    removed = {line for line in listed.splitlines(keepends=True)} - set((project / "data" / "actors.yaml").read_bytes().splitlines(keepends=True))
    extracted, unchanged = normalize(project, package)
    assert extracted + unchanged == articles
    if kind in ("nothing", "unrelated reference change"):
        assert extracted == 0
    elif kind == "word-list change":
        assert extracted == articles
    else:
        assert 1 <= extracted < articles
    made, remade = without_provenance(tree(project / "data")), without_provenance(cold(project, package, tmp_path / "cold"))
    if kind == "alias removed in data/actors.yaml":
        # A person's deletion of an alias the machine wrote is remembered by the machine records
        # (aliases_found), so it stays deleted; a run with no records (every article new) writes
        # back what the articles print: the cold output differs by that one line.
        (line,) = removed
        assert line not in made["actors.yaml"].splitlines(keepends=True)
        remade["actors.yaml"] = remade["actors.yaml"].replace(line, b"", 1)
    assert made == remade


def test_a_finder_matches_whole_forms_in_any_case_and_accents():
    finder = Finder({"nations unies", "u.n."}, {"jean-pierre-lacroix"})
    assert finder.holds("Les Nations Unies ont dit")
    assert finder.holds("the U.N. said")
    assert finder.holds("actors:\n  - jean-pierre-lacroix\n")
    assert not finder.holds("les Nations unies-bis, jean-pierre-lacroixx, the U.N.X")
    assert not Finder(set())
    assert Finder({"united nations"}).holds("the United\nNations said")


@pytest.mark.parametrize("old, new, forms, ids", [
    ({"missions.yaml": {"m": {"id": "m", "aliases": ["Old Form", "Kept"]}}}, {"missions.yaml": {"m": {"id": "m", "aliases": ["New Form", "Kept"]}}},
     {"old form", "new form", "old-form", "new-form"}, set()),
    ({"missions.yaml": {"m": {"id": "m", "aliases": ["Kept"], "end": 2020}}}, {"missions.yaml": {"m": {"id": "m", "aliases": ["Kept"], "end": 2021}}},
     {"kept"}, {"m"}),
    ({"sources.yaml": {}}, {"sources.yaml": {"s": {"id": "s", "name": "Río Times", "languages": ["en"], "domains": ["rio.example"]}}},
     {"rio times", "rio-times", "rio.example"}, {"s", "rio-times"}),
    ({"sources.yaml": {"s": {"id": "s", "name": "A"}}}, {"sources.yaml": {"s": {"id": "s", "name": "A"}}}, set(), set()),
])
def test_reference_changes_give_the_forms_of_both_versions_and_the_ids(old, new, forms, ids):
    assert reference_changes(old, new) == (forms, ids)


def test_a_mission_s_host_countries_are_looked_for_when_it_changes():
    countries = {"ML": {"code": "ML", "name": "Mali", "fr": {"names": ["Mali"], "demonyms": ["malien"]}}}
    old = {"countries.yaml": countries, "missions.yaml": {"m": {"id": "m", "countries": ["ML"], "start": 2013}}}
    new = {"countries.yaml": countries, "missions.yaml": {"m": {"id": "m", "countries": ["ML"], "start": 2014}}}
    forms, ids = reference_changes(old, new)
    assert {"mali", "malien"} <= forms and ids == {"m"}


def test_registry_changes_are_the_entries_whose_linking_fields_changed():
    old = registry_projection("actors", [{"id": "a", "name": "Ann Lee", "aliases": ["A. Lee"], "roles": ["x"]}, {"id": "b", "name": "Bo"}])
    new = registry_projection("actors", [{"id": "a", "name": "Ann Lee", "aliases": [], "roles": ["y"]}, {"id": "b", "name": "Bo"}])
    assert registry_changes(old, new) == ({"a. lee"}, set())  # an alias removed: the texts printing it
    merged = registry_projection("actors", [{"id": "a", "name": "Ann Lee", "aliases": ["A. Lee"], "same_as": "b"}, {"id": "b", "name": "Bo"}])
    assert registry_changes(old, merged) == (set(), {"a"})  # merged into another: the articles listing it
    same = registry_projection("actors", [{"id": "a", "name": "Ann Lee", "aliases": ["A. Lee"], "roles": ["y"]}, {"id": "b", "name": "Bo"}])
    assert registry_changes(old, same) == (set(), set())  # roles are not linking


def test_a_list_nobody_touched_takes_the_new_extraction_s_order():
    new = parse_yaml("actors: [a, c, b]\n", "new", round_trip=True)
    current = parse_yaml("actors: [a, c]\n", "current", round_trip=True)
    merged = merge_article({"actors": ["a", "c"]}, current, "", new, "")
    assert list(merged.front["actors"]) == ["a", "c", "b"]
    new = parse_yaml("actors: [a, b, c]\n", "new", round_trip=True)
    current = parse_yaml("actors: [a, c]\n", "current", round_trip=True)
    assert list(merge_article({"actors": ["a", "c"]}, current, "", new, "").front["actors"]) == ["a", "b", "c"]
    edited = parse_yaml("actors: [a, c, d]\n", "current", round_trip=True)  # a person added d: kept, b added after
    assert list(merge_article({"actors": ["a", "c"]}, edited, "", new, "").front["actors"]) == ["a", "c", "d", "b"]


def test_an_inferred_link_is_kept_in_article_id_order():
    from newsdossier.events import EventFinding
    from newsdossier.registry import Registry, link_mention
    events = Registry([{"id": "e", "kind": "meeting", "date": "2021", "place": "", "status": "candidate"}])
    finding = EventFinding("meeting", "Meeting", "The meeting.")
    for article_id in ("b", "a", "c"):
        assert link_mention(events, finding, article_id, "2021", []) == "e"
    assert list(events.by_id["e"]["inferred"]) == ["a", "b", "c"]


@pytest.mark.parametrize("text", ["Hà Nội’s «Liên Hợp Quốc» l’ONU, Côte d'Ivoire", "ÉTATS-UNIS et İstanbul ß", "plain ASCII, U.N.", "日本 and Ελλάδα"])
def test_fold_text_is_text_fold(text):
    from newsdossier.links import fold_text
    from newsdossier.text import fold
    assert fold_text(text) == fold(text)
