"""Two runs that write data/ at once take turns: a `newsdossier normalize` typed while
`mkdocs serve` normalizes a saved seed waits for it, instead of taking the articles the other
run has just written for files of its own that could not be read."""
from __future__ import annotations

import os
import subprocess

from conftest import BIN, new_project, run

from newsdossier.store import Project, project_lock

WAITING = "waiting for another run on this project"


def _normalize_process(project) -> subprocess.Popen:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.Popen([str(BIN / "newsdossier"), "normalize", "--jobs", "1"], cwd=project, env=env,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)


def test_a_run_waits_while_another_holds_the_project(tmp_path):
    project = new_project(tmp_path / "project")
    with project_lock(Project(project), log=lambda line: None):
        process = _normalize_process(project)
        told = []
        for line in process.stderr:  # until it says it waits, or ends (it did not wait)
            told.append(line)
            if WAITING in line:
                break
        assert any(WAITING in line for line in told), "".join(told)
        assert not (project / "data" / "articles").exists()  # nothing written while the other run holds the lock
    rest = process.stderr.read()
    assert process.wait() == 0, rest
    assert "could not be read" not in rest
    assert len(list((project / "data" / "articles").glob("*.md"))) == len(list((project / "seeds").iterdir()))


def test_two_runs_started_together_both_succeed_and_agree(tmp_path):
    project = new_project(tmp_path / "project")
    first, second = _normalize_process(project), _normalize_process(project)
    outputs = [(process, process.communicate()[1]) for process in (first, second)]
    for process, told in outputs:
        assert process.returncode == 0, told
        assert "could not be read" not in told
    again = run("newsdossier", "normalize", cwd=project)
    assert again.returncode == 0
    assert "0 extracted" in again.stderr  # the two runs left data/ complete


def test_the_lock_is_free_again_after_a_run(tmp_path):
    project = new_project(tmp_path / "project")
    assert run("newsdossier", "normalize", cwd=project).returncode == 0
    said = []
    with project_lock(Project(project), log=said.append):
        pass
    assert said == []


def test_a_file_system_that_keeps_no_locks_runs_unlocked(tmp_path, monkeypatch):
    import errno
    import fcntl

    def no_locks(handle, operation):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    said, ran = [], []
    with project_lock(Project(tmp_path), log=said.append):
        ran.append(True)
    assert ran == [True] and said == []
