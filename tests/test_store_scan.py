"""The cheap look at data/ and seeds/ that normalize trusts between runs: a folder's stamps in one
listing, the leftovers of unfinished writes, and whether a merged registry is written as it was."""
from __future__ import annotations

import os

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from newsdossier.store import file_stamp, folder_stamps, remove_unfinished_writes, round_trip_containers, written_alike


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


# --- written_alike -------------------------------------------------------------------------------


def _moved_to_end(mapping: CommentedMap, key: str) -> CommentedMap:
    value = mapping.pop(key)
    mapping[key] = value
    return mapping


ENTRY = {"id": "talks-2024", "kind": "meeting", "articles": ["a", "b"], "sentences": {"a": "They met.", "b": "Talks began."}}


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        pytest.param(lambda: round_trip_containers([ENTRY]), lambda: [ENTRY], True, id="round-trip-copy-of-plain"),
        pytest.param(lambda: [dict(ENTRY, sentences={"b": "Talks began.", "a": "They met."})], lambda: [ENTRY], False,
                     id="same-mapping-other-key-order"),
        pytest.param(lambda: [dict(round_trip_containers(ENTRY), sentences=_moved_to_end(round_trip_containers(ENTRY["sentences"]), "a"))],
                     lambda: [ENTRY], False, id="round-trip-key-taken-out-and-put-back"),
        pytest.param(lambda: [dict(ENTRY, articles=["b", "a"])], lambda: [ENTRY], False, id="list-order"),
        pytest.param(lambda: [dict(ENTRY, confirmed=True)], lambda: [dict(ENTRY, confirmed=1)], False, id="true-is-not-one"),
        pytest.param(lambda: [dict(ENTRY, deaths=0)], lambda: [dict(ENTRY, deaths=False)], False, id="zero-is-not-false"),
        pytest.param(lambda: CommentedSeq([dict(ENTRY, place="Juba")]), lambda: [ENTRY], False, id="key-added"),
        pytest.param(lambda: [ENTRY, ENTRY], lambda: [ENTRY], False, id="entry-added"),
    ],
)
def test_written_alike_tells_a_registry_written_the_same(one, other, alike):
    assert written_alike(one(), other()) is alike
