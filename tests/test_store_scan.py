"""The cheap look at data/ and seeds/ that normalize trusts between runs (a folder's stamps in one
listing, the leftovers of unfinished writes), and the registry taken from its index as plain values."""
from __future__ import annotations

import json
import os

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from newsdossier.registry import insert_key, report_event
from newsdossier.store import dump_yaml, file_stamp, folder_stamps, remove_unfinished_writes, round_trip_containers


# --- folder_stamps ------------------------------------------------------------------------------


def test_folder_stamps_gives_each_file_the_stamp_file_stamp_gives(tmp_path):
    (tmp_path / "talks.md").write_text("Envoys met on Sunday.\n", encoding="utf-8")
    (tmp_path / "école.md").write_bytes(b"Une \xc3\xa9cole a ouvert.\n")
    (tmp_path / ".hidden.md").write_text("x", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("kept out by the filter", encoding="utf-8")
    found = folder_stamps(tmp_path, keep=lambda name: name.endswith(".md"))
    assert sorted(found) == sorted(p.name for p in tmp_path.glob("*.md"))
    assert all(found[name] == file_stamp(tmp_path / name) for name in found)


def test_folder_stamps_sees_an_edit_that_keeps_the_size(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("casualties: 12\n", encoding="utf-8")
    before = folder_stamps(tmp_path)["a.md"]
    path.write_text("casualties: 13\n", encoding="utf-8")
    os.utime(path, ns=(before[1] + 1_000_000, before[1] + 1_000_000))
    after = folder_stamps(tmp_path)["a.md"]
    assert after[0] == before[0] and after != before


@pytest.mark.parametrize("case", ["dangling link", "missing folder"])
def test_folder_stamps_of_what_cannot_be_read(tmp_path, case):
    if case == "dangling link":
        os.symlink(tmp_path / "nowhere.md", tmp_path / "gone.md")
        assert folder_stamps(tmp_path) == {"gone.md": None}
    else:
        assert folder_stamps(tmp_path / "absent") == {}


# --- remove_unfinished_writes --------------------------------------------------------------------


def test_remove_unfinished_writes_removes_only_temporary_files_at_any_depth(tmp_path):
    (tmp_path / "articles").mkdir()
    leftovers = [tmp_path / ".actors.yaml.123.tmp", tmp_path / "articles" / ".talks.md.9.tmp"]
    kept = [tmp_path / "articles" / "talks.md", tmp_path / ".tmp", tmp_path / "notes.tmp", tmp_path / ".keep"]
    for path in leftovers + kept:
        path.write_text("x", encoding="utf-8")
    (tmp_path / ".folder.tmp").mkdir()  # a folder of that name is not a write left behind
    assert remove_unfinished_writes(tmp_path) == 2
    assert not any(p.exists() for p in leftovers) and all(p.exists() for p in kept)
    assert (tmp_path / ".folder.tmp").is_dir()


# --- registry.insert_key ---------------------------------------------------------------------


@pytest.mark.parametrize("position", [0, 1, 2, 3, 7])
def test_insert_key_puts_a_key_where_a_round_trip_mapping_puts_it(position):
    reports = {"article-a": "Talks opened.", "article-c": "Talks went on.", "article-e": "Talks ended."}
    plain, round_trip = dict(reports), CommentedMap(reports)
    insert_key(plain, position, "article-b", "A ceasefire was signed.")
    insert_key(round_trip, position, "article-b", "A ceasefire was signed.")
    assert list(plain.items()) == list(round_trip.items())
    assert list(plain)[min(position, 3)] == "article-b"


def test_a_report_added_to_a_plain_event_is_written_as_to_a_round_trip_one():
    event = {"id": "ceasefire-2024", "kind": "agreement", "articles": ["article-a", "article-c"],
             "sentences": {"article-a": "Talks opened.", "article-c": "Talks went on."}}
    plain, round_trip = json.loads(json.dumps(event)), round_trip_containers(event)
    for target in (plain, round_trip):
        report_event(target, "article-b", "A ceasefire was signed.")
    assert dump_yaml([plain]) == dump_yaml(CommentedSeq([round_trip]))
    assert list(plain["sentences"]) == ["article-a", "article-b", "article-c"]
