"""The language model's uncompressed copy in the cache (language.keep_model_in): the same
answers as py3langid's own loading, the copy made again when missing or damaged, and no
failure when the cache cannot be written."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdossier import language

SENTENCES = [
    ("The Security Council met on Monday to discuss the renewal of the mission's mandate.", "en"),
    ("Le Conseil de sécurité s'est réuni lundi pour discuter du renouvellement du mandat.", "fr"),
    ("El Consejo de Seguridad se reunió el lunes para debatir la renovación del mandato.", "es"),
    ("Hội đồng Bảo an đã họp vào thứ Hai để thảo luận về việc gia hạn nhiệm vụ.", "vi"),
]


@pytest.fixture(autouse=True)
def _no_cache_after():
    yield
    language.keep_model_in(None)


def _copies(cache):
    return sorted(p for p in cache.glob("langid-*") if p.is_dir())


@pytest.mark.parametrize("text, code", SENTENCES, ids=[c for _, c in SENTENCES])
def test_the_copy_answers_as_py3langid_does(tmp_path, text, code):
    import py3langid

    language.keep_model_in(tmp_path)
    assert language._identifier().rank(text) == py3langid.rank(text)
    assert language.detect_language(text) == code


def test_the_copy_is_made_once_and_read_back(tmp_path):
    language.keep_model_in(tmp_path)
    language.detect_language(SENTENCES[0][0])
    (copy,) = _copies(tmp_path)
    stamps = {p.name: p.stat().st_mtime_ns for p in copy.iterdir()}
    language.keep_model_in(tmp_path)  # a new start: the copy is read, not made again
    assert language.detect_language(SENTENCES[1][0]) == "fr"
    assert {p.name: p.stat().st_mtime_ns for p in copy.iterdir()} == stamps
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left


@pytest.mark.parametrize("damage", ["missing", "truncated", "garbage", "wrong dtype", "folder gone"])
def test_a_damaged_copy_is_made_again(tmp_path, damage):
    import numpy as np

    language.keep_model_in(tmp_path)
    language.detect_language(SENTENCES[0][0])
    (copy,) = _copies(tmp_path)
    array = copy / "nextmove.npy"
    if damage == "missing":
        array.unlink()
    elif damage == "truncated":
        array.write_bytes(array.read_bytes()[: array.stat().st_size // 2])
    elif damage == "garbage":
        array.write_bytes(b"\x00" * array.stat().st_size)
    elif damage == "wrong dtype":
        np.save(copy / "pc.npy", np.zeros(142, dtype=np.float64))
    else:
        for path in copy.iterdir():
            path.unlink()
        copy.rmdir()
    language.keep_model_in(tmp_path)
    for text, code in SENTENCES:
        assert language.detect_language(text) == code
    language.keep_model_in(tmp_path)  # and the copy made again is whole
    language._read_model_copy(_copies(tmp_path)[0])


def test_a_copy_of_another_model_is_replaced(tmp_path):
    old = tmp_path / "langid-0000000000000000"
    old.mkdir()
    (old / "ptc.npy").write_bytes(b"old")
    language.keep_model_in(tmp_path)
    assert language.detect_language(SENTENCES[2][0]) == "es"
    assert [p.name for p in _copies(tmp_path)] != [old.name] and not old.exists()


def test_an_unwritable_cache_still_detects(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    language.keep_model_in(blocked / ".newsdossier-cache")
    for text, code in SENTENCES:
        assert language.detect_language(text) == code
    assert blocked.read_text() == "not a folder"


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_a_kept_spellchecker_holds_the_same_words(tmp_path, code):
    from spellchecker import SpellChecker

    language.keep_model_in(tmp_path)
    made = language.spellchecker(code)
    (kept,) = tmp_path.glob(f"spelling-{code}-*.pickle")
    read_back = language.spellchecker(code)
    plain = SpellChecker(language=code, distance=1)
    assert dict(read_back.word_frequency.dictionary) == dict(plain.word_frequency.dictionary) == dict(made.word_frequency.dictionary)
    assert read_back.distance == 1 and read_back.known(["the", "zzqx"]) == plain.known(["the", "zzqx"])


@pytest.mark.parametrize("damage", ["garbage", "empty", "another object"])
def test_a_damaged_spellchecker_pickle_is_made_again(tmp_path, damage):
    import pickle

    language.keep_model_in(tmp_path)
    language.spellchecker("en")
    (kept,) = tmp_path.glob("spelling-en-*.pickle")
    kept.write_bytes({"garbage": b"\x80\x05garbage", "empty": b"", "another object": pickle.dumps({"the": 1})}[damage])
    checker = language.spellchecker("en")
    assert checker.word_frequency["the"] > 1000
    assert isinstance(pickle.loads(kept.read_bytes()), type(checker))


def test_no_spellchecker_for_a_language_without_a_dictionary(tmp_path):
    language.keep_model_in(tmp_path)
    assert language.spellchecker("vi") is None
    assert not list(tmp_path.glob("spelling-*"))


def test_an_unwritable_cache_still_gives_a_spellchecker(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    language.keep_model_in(blocked / ".newsdossier-cache")
    assert language.spellchecker("fr").word_frequency["le"] > 1000


@pytest.mark.parametrize("age, removed", [(2 * 3600, True), (60, False)], ids=["abandoned", "another run's, still writing"])
def test_a_temporary_copy_left_by_a_stopped_run_is_removed(tmp_path, age, removed):
    """A run stopped while writing the copy leaves its temporary folder: the next run that
    writes a copy removes it once it is old enough not to be another run's."""
    import os
    import time

    left = tmp_path / ".langid-0123456789abcdef.x1y2z3"
    left.mkdir()
    (left / "ptc.npy").write_bytes(b"half written")
    stamp = time.time() - age
    os.utime(left, (stamp, stamp))
    language.keep_model_in(tmp_path)
    language.detect_language(SENTENCES[0][0])
    assert left.exists() != removed
    assert len(_copies(tmp_path)) == 1


@pytest.mark.parametrize("given, expected", [
    ("{tmp}/elsewhere", "{tmp}/elsewhere"),
    ("", None),
    ("   ", None),
], ids=["set", "empty", "blank"])
def test_the_shared_cache_folder(tmp_path, monkeypatch, given, expected):
    import platformdirs

    from newsdossier.store import SHARED_CACHE_VARIABLE, shared_cache

    monkeypatch.setenv(SHARED_CACHE_VARIABLE, given.format(tmp=tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    wanted = Path(expected.format(tmp=tmp_path)) if expected else Path(platformdirs.user_cache_dir("newsdossier", appauthor=False))
    assert shared_cache() == wanted
    assert wanted.name in ("elsewhere", "newsdossier", "Cache")


def test_earlier_copies_in_a_project_cache_are_forgotten(tmp_path):
    (tmp_path / "langid-0123456789abcdef").mkdir()
    (tmp_path / "langid-0123456789abcdef" / "ptc.npy").write_bytes(b"old")
    (tmp_path / "spelling-en-0123456789abcdef.pickle").write_bytes(b"old")
    kept = {"articles.json": "{}", "reference-0123456789abcdef.pickle": "x"}
    for name, text in kept.items():
        (tmp_path / name).write_text(text)
    assert language.forget_copies(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)
    assert language.forget_copies(tmp_path / "no such folder") == 0


def test_normalize_keeps_the_model_in_the_shared_cache_not_the_project(tmp_path, shared_cache_folder):
    from conftest import OTHER_SEEDS, new_project
    from newsdossier.normalize import normalize
    from newsdossier.store import Project

    project = new_project(tmp_path / "project", OTHER_SEEDS[:1])
    old = project / ".newsdossier-cache" / "langid-0123456789abcdef"
    old.mkdir(parents=True)
    (old / "ptc.npy").write_bytes(b"a copy an earlier version left")
    normalize(Project(project), log=lambda line: None)
    assert list((project / "data" / "articles").glob("*.md"))
    assert not list((project / ".newsdossier-cache").glob("langid-*"))
    assert len(_copies(shared_cache_folder)) == 1
