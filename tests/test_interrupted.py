"""normalize killed at any moment: every file in data/ is as it was or complete, and the next
run ends where an uninterrupted run would have."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import BIN, EXAMPLE_SEEDS, run
from newsdossier.store import parse_yaml, read_article, read_registry, read_text, remove_unfinished_writes

COPIES = 8  # of each seed, each made distinct by one sentence: 40 seeds, a few seconds of work
KILL_AFTER = (0.5, 1.5, 2.5)  # seconds; each kill lands later in a run


def _seeds(target: Path) -> None:
    (target / "seeds").mkdir(parents=True)
    for n in range(COPIES):
        for seed in sorted(EXAMPLE_SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8").rstrip("\n")
            (target / "seeds" / f"{seed.stem}-{n}.txt").write_text(f"{text}\n\nThe session numbered {n} closed at noon.\n", encoding="utf-8")


def _every_file_is_whole(data: Path) -> None:
    for path in data.rglob("*"):
        if not path.is_file() or path.name.endswith(".tmp"):
            continue  # a temporary file is the part of a write that never replaced anything
        if path.parent.name == "articles":
            front, _body = read_article(path)
            assert front.get("id") and front.get("title"), path
        elif path.parent.name == ".machine":
            assert isinstance(parse_yaml(read_text(path), path), dict), path
        else:
            assert isinstance(read_registry(path), list), path


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("whole")
    _seeds(project)
    run("newsdossier", "normalize", cwd=project, check=True)
    return project


def test_normalize_killed_again_and_again_leaves_whole_files_and_finishes_as_if_never_killed(tmp_path, uninterrupted):
    _seeds(tmp_path)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    for delay in KILL_AFTER:
        process = subprocess.Popen([str(BIN / "newsdossier"), "normalize"], cwd=tmp_path, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if (tmp_path / "data").exists():
            _every_file_is_whole(tmp_path / "data")
    result = run("newsdossier", "normalize", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert run("newsdossier", "check", cwd=tmp_path).returncode == 0
    assert _tree(tmp_path / "data") == _tree(uninterrupted / "data")


def test_temporary_files_of_unfinished_writes_are_removed(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / ".a.md.x1y2.tmp").write_text("half of an artic")
    (tmp_path / ".actors.yaml.zz.tmp").write_text("- id: ha")
    (tmp_path / "articles" / "a.md").write_text("kept")
    assert remove_unfinished_writes(tmp_path) == 2
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["a.md"]


class Killed(BaseException):
    """Stands for the process dying between two writes (each write is whole or absent)."""


def _normalize_dying_after(project: Path, writes: int, monkeypatch) -> None:
    from newsdossier import normalize as module
    from newsdossier.store import Project, atomic_write

    done = []

    def dying_write(path, text):
        if len(done) == writes:
            raise Killed
        done.append(path)
        return atomic_write(path, text)

    with monkeypatch.context() as patch:
        patch.setattr(module, "atomic_write", dying_write)
        try:
            module.normalize(Project(project), log=lambda line: None)
        except Killed:
            return
    pytest.fail(f"normalize made fewer than {writes + 1} writes")


@pytest.mark.parametrize("writes", [0, 1, 2, 3, 4, 10, 41, 79])
def test_normalize_stopped_between_any_two_writes_finishes_on_the_next_run(tmp_path, uninterrupted, monkeypatch, writes):
    _seeds(tmp_path)
    _normalize_dying_after(tmp_path, writes, monkeypatch)
    result = run("newsdossier", "normalize", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert run("newsdossier", "check", cwd=tmp_path).returncode == 0
    assert _tree(tmp_path / "data") == _tree(uninterrupted / "data")
