"""What normalize keeps between runs (.newsdossier-cache/) only ever saves work: data/ and the
report are those of a run without it, whatever happened to the cache or to data/ in between."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import newsdossier.normalize as normalize_module
from conftest import copy_project, example_project
from newsdossier.executors import Plan
from newsdossier.normalize import normalize
from newsdossier.store import Project, dump_yaml, read_registry, read_registry_to_update

NO_TEXT = "!!! ... ???\n"  # a seed that makes no article: only punctuation


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run(root: Path) -> tuple[list[str], object]:
    lines: list[str] = []
    report = normalize(Project(root), log=lines.append, plan=Plan(jobs=1))
    return lines, report


def fresh(root: Path, tmp_path: Path, name: str = "fresh") -> tuple[dict, list[str]]:
    """data/ and the log of the same project normalized again without any cache."""
    copy = tmp_path / name
    shutil.copytree(root, copy)
    shutil.rmtree(copy / ".newsdossier-cache", ignore_errors=True)
    lines, _ = run(copy)
    return tree(copy / "data"), lines


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = copy_project(example_project(), tmp_path / "project")
    (root / "seeds" / "zz-no-text.txt").write_text(NO_TEXT, encoding="utf-8")
    run(root)  # writes the cache
    assert (root / ".newsdossier-cache" / "articles.json").is_file()
    return root


def _article(root: Path) -> Path:
    return sorted((root / "data" / "articles").glob("*.md"))[0]


def test_an_unchanged_corpus_is_told_unchanged_and_nothing_is_written(project):
    before = tree(project / "data")
    lines, report = run(project)
    assert report.written == [] and len(report.unchanged) == 5
    assert tree(project / "data") == before
    assert lines[-1].startswith("normalize: 0 extracted, 5 unchanged, 1 skipped")


def test_a_hand_edited_article_is_read_again_not_taken_from_the_index(project, tmp_path):
    path = _article(project)
    text = path.read_text(encoding="utf-8")
    assert "\nextractor: " in text
    # An article as an older extractor left it: to extract again, whatever the index says.
    path.write_text(text.replace("\nextractor: ", "\nextractor: old", 1), encoding="utf-8")
    lines, report = run(project)
    assert lines[-1].startswith("normalize: 1 extracted, 4 unchanged")
    expected, _ = fresh(project, tmp_path)
    assert tree(project / "data") == expected


def test_a_stale_index_is_not_trusted(project, tmp_path):
    index = project / ".newsdossier-cache" / "articles.json"
    stale = index.read_bytes()
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA last paragraph added later by the newsroom.\n", encoding="utf-8")
    run(project)  # rewrites that seed's article
    index.write_bytes(stale)  # the index of the run before, as if the last run had not written it
    lines, report = run(project)
    assert report.written == [] and lines[-1].startswith("normalize: 0 extracted, 5 unchanged")
    expected, _ = fresh(project, tmp_path)
    assert tree(project / "data") == expected


def test_an_index_claiming_what_no_file_holds_is_not_trusted(project, tmp_path):
    """Entries whose stamp matches no file (copied from elsewhere) are read again."""
    index = project / ".newsdossier-cache" / "articles.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    for entry in data["entries"].values():
        entry["front"]["fingerprint"] = "sha256:0"
        entry["stamp"][1] += 1  # another mtime
    index.write_text(json.dumps(data), encoding="utf-8")
    lines, report = run(project)
    assert report.written == [] and lines[-1].startswith("normalize: 0 extracted, 5 unchanged")


def test_a_deleted_article_is_made_again(project, tmp_path):
    path = _article(project)
    expected_text = path.read_bytes()
    path.unlink()
    lines, report = run(project)
    assert path.read_bytes() == expected_text
    assert lines[-1].startswith("normalize: 1 extracted, 4 unchanged")


@pytest.mark.parametrize("damage", ["deleted", "truncated", "not json", "other format", "unfinished write"])
def test_a_damaged_cache_changes_nothing(project, tmp_path, damage):
    cache = project / ".newsdossier-cache"
    index = cache / "articles.json"
    if damage == "deleted":
        shutil.rmtree(cache)
    elif damage == "truncated":
        index.write_bytes(index.read_bytes()[: len(index.read_bytes()) // 2])
    elif damage == "not json":
        index.write_text("- a: b\n", encoding="utf-8")
    elif damage == "other format":
        index.write_text(json.dumps({"format": 99, "key": "articles.json", "entries": {}}), encoding="utf-8")
    else:  # killed while writing: its temporary file left beside the old index
        (cache / ".articles.json.abc123.tmp").write_text('{"format": 1, "key": "art', encoding="utf-8")
    before = tree(project / "data")
    lines, report = run(project)
    assert report.written == [] and tree(project / "data") == before
    assert lines[-1].startswith("normalize: 0 extracted, 5 unchanged, 1 skipped")
    assert not list(cache.glob(".*.tmp"))
    assert json.loads(index.read_text(encoding="utf-8"))["entries"]  # written whole again


def test_a_seed_known_to_make_no_article_is_not_extracted_again_and_told_the_same(project, monkeypatch):
    first, _ = run(project)
    calls = []
    real = normalize_module.extract_article
    monkeypatch.setattr(normalize_module, "extract_article", lambda article: calls.append(article.seed) or real(article))
    again, _ = run(project)
    assert calls == []
    assert again == first
    assert any("zz-no-text.txt: skipped" in line for line in again)


def test_a_changed_seed_known_to_make_no_article_is_extracted_again(project, monkeypatch):
    calls = []
    real = normalize_module.extract_article
    monkeypatch.setattr(normalize_module, "extract_article", lambda article: calls.append(article.seed) or real(article))
    (project / "seeds" / "zz-no-text.txt").write_text("?? !!\n", encoding="utf-8")
    run(project)
    assert calls == ["zz-no-text.txt"]


def test_the_no_article_record_holds_for_one_extractor_only(project, monkeypatch):
    calls = []
    real = normalize_module.extract_article
    monkeypatch.setattr(normalize_module, "extract_article", lambda article: calls.append(article.seed) or real(article))
    monkeypatch.setattr(normalize_module, "EXTRACTOR_VERSION", "another")
    run(project)
    assert "zz-no-text.txt" in calls


def test_a_seed_whose_extraction_raised_is_extracted_again(project, monkeypatch):
    """An exception may come from the machine (memory, a library): not recorded as lasting."""
    (project / "seeds" / "zz-no-text.txt").write_text("A text that trips the extractor.\n", encoding="utf-8")

    def trips(text, known):
        raise MemoryError("out of memory")

    monkeypatch.setattr(normalize_module, "extract", trips)
    lines, _ = run(project)
    assert any("zz-no-text.txt: skipped: extraction failed (MemoryError" in line for line in lines)
    monkeypatch.undo()
    calls = []
    real = normalize_module.extract_article
    monkeypatch.setattr(normalize_module, "extract_article", lambda article: calls.append(article.seed) or real(article))
    run(project)
    assert calls == ["zz-no-text.txt"]


@pytest.mark.parametrize("name", ["actors", "missions", "events"])
def test_a_registry_read_fast_is_written_back_as_the_round_trip_reading_would(project, name):
    path = project / "data" / f"{name}.yaml"
    assert dump_yaml(read_registry_to_update(path)) == dump_yaml(read_registry(path, round_trip=True)) == path.read_text(encoding="utf-8")


def test_a_person_s_comment_in_a_registry_is_kept_when_it_is_written_again(project):
    path = project / "data" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text("# actors checked by hand on Monday\n" + text, encoding="utf-8")
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA last paragraph added later by the newsroom.\n", encoding="utf-8")
    run(project)
    assert path.read_text(encoding="utf-8").startswith("# actors checked by hand on Monday\n")


def test_a_seed_read_from_the_seed_index_is_told_as_when_it_was_read(tmp_path, monkeypatch):
    """A seed of several articles with a line left out: the rerun, which reads no seed, says the same."""
    root = tmp_path / "feed"
    (root / "seeds").mkdir(parents=True)
    good = {"url": "https://example.org/2020/05/04/school", "title": "A school opens",
            "text": "Peacekeepers in Mali opened a school on Monday, the mission said.\nIt has four classrooms."}
    (root / "seeds" / "feed.jsonl").write_text(json.dumps(good) + "\nnot json at all\n", encoding="utf-8")
    first, _ = run(root)
    collected = []
    real = normalize_module.collect
    monkeypatch.setattr(normalize_module, "collect", lambda path, row=None: collected.append(path.name) or real(path, row))
    again, _ = run(root)
    assert collected == []
    assert [line for line in again if "feed.jsonl" in line] == [line for line in first if "feed.jsonl" in line and "note" not in line]
    assert again[-1].startswith("normalize: 0 extracted, 1 unchanged, 1 skipped")


def test_a_seed_changed_in_place_is_read_again(project, monkeypatch):
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    collected = []
    real = normalize_module.collect
    monkeypatch.setattr(normalize_module, "collect", lambda path, row=None: collected.append(path.name) or real(path, row))
    with seed.open("a", encoding="utf-8") as handle:
        handle.write("\nA last paragraph added later by the newsroom.\n")
    lines, _ = run(project)
    assert collected == [seed.name]
    assert lines[-1].startswith("normalize: 1 extracted, 4 unchanged")


def without_cache(root: Path, tmp_path: Path, name: str = "twin") -> Path:
    copy = tmp_path / name
    shutil.copytree(root, copy)
    shutil.rmtree(copy / ".newsdossier-cache")
    return copy


def test_a_run_with_the_registry_index_writes_what_a_run_without_it_writes(project, tmp_path):
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA last paragraph added later by the newsroom.\n", encoding="utf-8")
    run(project)  # writes the registry index
    index = project / ".newsdossier-cache" / "registries.json"
    assert set(json.loads(index.read_text(encoding="utf-8"))["entries"]) == {"actors", "missions", "events"}
    seed.write_text(seed.read_text(encoding="utf-8") + "\nAnother paragraph.\n", encoding="utf-8")
    twin = without_cache(project, tmp_path)
    for _ in range(2):
        with_index, _ = run(project)  # reads the registries from the index
        without, _ = run(twin)
        assert tree(project / "data") == tree(twin / "data")
        assert with_index == [line.replace(str(twin), str(project)) for line in without]
        for root in (project, twin):
            seed = sorted((root / "seeds").glob("*.txt"))[1]
            seed.write_text(seed.read_text(encoding="utf-8") + "\nAnother paragraph.\n", encoding="utf-8")


def test_a_registry_is_taken_from_the_registry_index_only_while_unedited(project, tmp_path):
    index = project / ".newsdossier-cache" / "registries.json"
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA last paragraph added later by the newsroom.\n", encoding="utf-8")
    run(project)
    assert set(json.loads(index.read_text(encoding="utf-8"))["entries"]) == {"actors", "missions", "events"}
    actors = project / "data" / "actors.yaml"
    # A person's edit, same size (the stamp still differs: mtime), that the index does not hold.
    text = actors.read_text(encoding="utf-8")
    assert "status: candidate" in text
    actors.write_text(text.replace("status: candidate", "status: confirmed", 1), encoding="utf-8")
    seed.write_text(seed.read_text(encoding="utf-8") + "\nAnother paragraph.\n", encoding="utf-8")
    run(project)
    assert actors.read_text(encoding="utf-8").count("status: confirmed") == text.count("status: confirmed") + 1
    expected, _ = fresh(project, tmp_path)
    assert tree(project / "data") == expected


@pytest.mark.parametrize("value, plain", [
    ({"id": "a", "n": 1, "ok": True, "none": None, "list": ["x", {"k": "v"}]}, True),
    ({"id": "a", "share": 0.5}, False),
    ({"id": "a", 2023: "key of digits"}, False),
])
def test_only_plain_entries_are_copied_to_the_registry_index(value, plain):
    assert (normalize_module._as_json([value]) is not None) == plain


def test_quotes_a_person_wrote_keep_a_registry_out_of_the_registry_index(project):
    from newsdossier.store import parse_yaml
    entries = parse_yaml("- id: a\n  name: 'Quoted by hand'\n", "actors.yaml", round_trip=True)
    assert normalize_module._as_json(entries) is None


def test_a_registry_the_merge_did_not_change_is_not_written_again(project, tmp_path):
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA last paragraph added later by the newsroom.\n", encoding="utf-8")
    run(project)  # registries written from this run's merge: the registry index holds them
    missions = project / "data" / "missions.yaml"
    stamp = (missions.stat().st_mtime_ns, missions.stat().st_ino)
    seed.write_text(seed.read_text(encoding="utf-8") + "\nAnother paragraph.\n", encoding="utf-8")
    lines, report = run(project)
    assert "data/missions.yaml" not in report.written
    assert (missions.stat().st_mtime_ns, missions.stat().st_ino) == stamp
    expected, _ = fresh(project, tmp_path)
    assert tree(project / "data") == expected


@pytest.mark.parametrize("damage", ["none", "garbage", "truncated"])
def test_the_kept_reference_lookups_change_nothing(project, tmp_path, damage):
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA last paragraph added later by the newsroom.\n", encoding="utf-8")
    run(project)  # extracts one article in this process: keeps the reference lookups
    kept = list((project / ".newsdossier-cache").glob("reference-*.pickle"))
    assert len(kept) == 1
    if damage == "garbage":
        kept[0].write_bytes(b"not a pickle")
    elif damage == "truncated":
        kept[0].write_bytes(kept[0].read_bytes()[:1000])
    seed.write_text(seed.read_text(encoding="utf-8") + "\nAnother paragraph.\n", encoding="utf-8")
    twin = without_cache(project, tmp_path)
    with_kept, _ = run(project)
    without, _ = run(twin)
    assert tree(project / "data") == tree(twin / "data")
    assert with_kept == [line.replace(str(twin), str(project)) for line in without]


@pytest.mark.parametrize("damage", ["none", "garbage", "other stamp"])
def test_a_registry_with_a_person_s_comment_read_back_from_the_cache_is_the_one_in_the_file(project, tmp_path, monkeypatch, damage):
    actors = project / "data" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    actors.write_text(text.replace("\n", "  # checked by hand\n", 1), encoding="utf-8")
    parsed = []
    read = normalize_module.read_registry_to_update
    monkeypatch.setattr(normalize_module, "read_registry_to_update", lambda path: parsed.append(path.name) or read(path))
    seeds = sorted((project / "seeds").glob("*.txt"))
    for number, seed in enumerate([*seeds[:3], seeds[0]]):
        seed.write_text(seed.read_text(encoding="utf-8") + f"\nA paragraph added later, number {number}.\n", encoding="utf-8")
        kept = project / ".newsdossier-cache" / "registry-actors.pickle"
        if kept.exists() and damage == "garbage":
            kept.write_bytes(b"not a pickle")
        elif kept.exists() and damage == "other stamp":
            actors.write_text(actors.read_text(encoding="utf-8").replace("# checked by hand", "# checked by hand again", 1), encoding="utf-8")
        twin = without_cache(project, tmp_path, name=f"twin{number}")
        lines, _ = run(project)
        twin_lines, _ = run(twin)
        assert "# checked by hand" in actors.read_text(encoding="utf-8")
        assert tree(project / "data") == tree(twin / "data")
        assert lines == [line.replace(str(twin), str(project)) for line in twin_lines]
    if damage == "none":  # read from the cache at least once (the twins, without it, parse it each run)
        assert parsed.count("actors.yaml") < 2 * 4


@pytest.mark.parametrize("damage", ["removed", "made a link to nothing"])
def test_an_article_without_its_machine_record_is_extracted_again(project, tmp_path, damage):
    """data/.machine is listed once per run (normalize._machine_records), not looked at per
    article: a record gone since the last run still makes its article extracted again."""
    record = sorted((project / "data" / ".machine").glob("*.yaml"))[0]
    record.unlink()
    if damage == "made a link to nothing":
        record.symlink_to(tmp_path / "nothing.yaml")
    lines, _ = run(project)
    assert lines[-1].startswith("normalize: 1 extracted, 4 unchanged")
    expected, _ = fresh(project, tmp_path)
    assert tree(project / "data") == expected


def _change_seed(seeds: Path, change: str) -> None:
    seed = sorted(seeds.glob("*.txt"))[0]
    stat = seed.stat()
    if change == "added":
        (seeds / "harbour-visit.txt").write_text(
            "Navy ship visits the harbour\n\nThe frigate docked on Tuesday for a three-day visit, the port authority said, "
            "and its crew will take part in a clean-up of the beach.\n", encoding="utf-8")
    elif change == "removed":
        seed.unlink()
    elif change == "renamed":
        seed.rename(seeds / f"renamed-{seed.name}")
    elif change == "edited, same size":
        raw = seed.read_bytes()
        at = raw.index(b"e")
        seed.write_bytes(raw[:at] + b"a" + raw[at + 1:])
        assert seed.stat().st_size == stat.st_size
        os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    else:  # touched: the same bytes, a new modification time
        os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.mark.parametrize("change", ["added", "removed", "renamed", "edited, same size", "touched"])
def test_a_changed_seed_is_told_and_written_as_a_run_without_the_cache_does(project, tmp_path, change):
    _change_seed(project / "seeds", change)
    twin = without_cache(project, tmp_path)
    with_cache, _ = run(project)
    without, _ = run(twin)
    assert tree(project / "data") == tree(twin / "data")
    assert with_cache == [line.replace(str(twin), str(project)) for line in without]
    again, report = run(project)  # and the run after it trusts what it indexed
    assert report.written == [] and tree(project / "data") == tree(twin / "data")


@pytest.mark.parametrize(("rows", "told"), [
    ("file,date\nmissing-one.txt,2020-01-01\n", "1 seeds/metadata.csv row with a problem"),
    ("file,date\nmissing-one.txt,2020-01-01\nmissing-two.txt,2020-01-02\n", "2 seeds/metadata.csv rows with a problem"),
])
def test_the_summary_counts_the_seeds_skipped_apart_from_the_problems_of_metadata_csv(project, rows, told):
    """A row of metadata.csv with a problem is no seed skipped (the rest of the row, and its
    seed, are read): the summary line counts the seeds skipped and the rows apart, while each
    keeps its own line above it."""
    (project / "seeds" / "metadata.csv").write_text(rows, encoding="utf-8")
    lines, report = run(project)
    assert lines[-1].startswith("normalize: ") and ", 1 skipped, " + told + ";" in lines[-1]
    assert sum("seeds/metadata.csv:" in line for line in lines[:-1]) == rows.count("missing-")
