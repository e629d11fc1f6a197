"""A run whose merge changes no registry leaves the registry index as it was, without encoding
it again (the registries of a large corpus are megabytes of JSON)."""
from __future__ import annotations

import newsdossier.normalize as normalize_module
from newsdossier.executors import Plan
from newsdossier.normalize import normalize
from newsdossier.store import Project


def _indexes_written(project, monkeypatch) -> list[str]:
    written: list[str] = []
    real = normalize_module.write_index
    monkeypatch.setattr(normalize_module, "write_index", lambda path, key, entries: written.append(path.name) or real(path, key, entries))
    normalize(Project(project), log=lambda line: None, plan=Plan(jobs=1))
    return written


def _add_sentence(seed, sentence: str) -> None:
    seed.write_text(seed.read_text(encoding="utf-8").rstrip() + f"\n\n{sentence}\n", encoding="utf-8")


def test_a_seed_edit_that_changes_no_registry_does_not_write_the_registry_index(normalized, monkeypatch):
    seed = sorted((normalized / "seeds").glob("*.txt"))[0]
    # a first edit: the registries are read and merged into, and indexed (the copy's files have new stamps)
    _add_sentence(seed, "The weather was mild that week.")
    normalize(Project(normalized), log=lambda line: None, plan=Plan(jobs=1))
    _add_sentence(seed, "The roads were dry.")
    registries = {p.name: p.read_bytes() for p in (normalized / "data").glob("*.yaml")}
    written = _indexes_written(normalized, monkeypatch)
    assert {p.name: p.read_bytes() for p in (normalized / "data").glob("*.yaml")} == registries  # no registry changed
    assert written and normalize_module._REGISTRY_INDEX not in written


def test_a_cold_run_writes_the_registry_index(project, monkeypatch):
    assert normalize_module._REGISTRY_INDEX in _indexes_written(project, monkeypatch)
