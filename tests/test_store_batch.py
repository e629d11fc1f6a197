"""store.one_sync: many atomic writes, one sync; every file whole or as it was."""
from pathlib import Path

import pytest

from newsdossier import store
from newsdossier.store import atomic_write, one_sync


def test_files_written_in_one_sync_are_in_place_after_it_and_synced_once(tmp_path, monkeypatch):
    syncs, fsyncs = [], []
    monkeypatch.setattr(store.os, "sync", lambda: syncs.append(1))
    real_fsync = store.os.fsync
    monkeypatch.setattr(store.os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
    (tmp_path / "same.txt").write_text("same", encoding="utf-8")
    with one_sync():
        assert atomic_write(tmp_path / "a.txt", "A") is True
        assert atomic_write(tmp_path / "sub" / "b.txt", "B") is True
        assert atomic_write(tmp_path / "same.txt", "same") is False
        assert not (tmp_path / "a.txt").exists()  # renamed only after the sync
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "A"
    assert (tmp_path / "sub" / "b.txt").read_text(encoding="utf-8") == "B"
    assert syncs == [1] and fsyncs == []
    assert not list(tmp_path.rglob("*.tmp"))


def test_an_exception_inside_leaves_every_file_as_it_was(tmp_path):
    (tmp_path / "a.txt").write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with one_sync():
            atomic_write(tmp_path / "a.txt", "new")
            atomic_write(tmp_path / "b.txt", "new")
            raise KeyboardInterrupt
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "old"
    assert not (tmp_path / "b.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_renames_follow_the_order_of_the_writes(tmp_path, monkeypatch):
    renamed = []
    real = store.os.replace
    monkeypatch.setattr(store.os, "replace", lambda src, dst: renamed.append(Path(dst).name) or real(src, dst))
    with one_sync():
        for name in ("registry.yaml", "article.md", "record.yaml"):
            atomic_write(tmp_path / name, name)
    assert renamed == ["registry.yaml", "article.md", "record.yaml"]


def test_outside_one_sync_each_write_is_synced_and_in_place_at_once(tmp_path, monkeypatch):
    fsyncs = []
    real_fsync = store.os.fsync
    monkeypatch.setattr(store.os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
    atomic_write(tmp_path / "a.txt", "A")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "A" and len(fsyncs) == 1
