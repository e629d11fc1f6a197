"""normalize's per-article work through an executor: data/ is the same, byte for byte, in this
process, in a pool of local processes and on a Dask cluster; a seed that fails is skipped alone."""
from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE_SEEDS, OTHER_SEEDS, ROOT, new_project, run
from newsdossier import executors
from newsdossier.executors import Failed, Plan
from newsdossier.normalize import normalize, render_article
from newsdossier.store import Project

INGEST = ROOT / "tests" / "ingest"
# Every form a seed comes in (text, saved pages, scraper output of several articles) in four
# languages, with seeds that are skipped (a page with no article text, a copy, an empty file).
SEEDS = [*sorted(EXAMPLE_SEEDS.iterdir()), *OTHER_SEEDS,
         INGEST / "three.jsonl", INGEST / "windows-1252.html", INGEST / "no-article-text.html"]


def _corpus(target: Path) -> Path:
    new_project(target, SEEDS)
    shutil.copy(SEEDS[0], target / "seeds" / "copy-of-the-first.txt")
    (target / "seeds" / "empty.txt").write_bytes(b"")
    return target


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _normalized(target: Path, plan: Plan) -> tuple[dict[str, bytes], list[str]]:
    lines: list[str] = []
    normalize(Project(_corpus(target)), log=lines.append, plan=plan)
    return _files(target / "data"), lines


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    """data/ and the lines said by a run in this process (--jobs 1)."""
    return _normalized(tmp_path_factory.mktemp("serial"), Plan(jobs=1))


def test_the_corpus_makes_articles_and_skips_seeds(serial):
    files, lines = serial
    assert sum(name.startswith("articles/") for name in files) >= 10
    assert any("copy-of-the-first.txt: skipped" in line for line in lines)
    assert any("empty.txt: skipped" in line for line in lines)


def test_a_pool_of_two_processes_writes_the_same_data_byte_for_byte(serial, tmp_path):
    files, lines = _normalized(tmp_path, Plan(jobs=2, small_run=0))
    assert files.keys() == serial[0].keys()
    for name, content in files.items():
        assert content == serial[0][name], name
    assert lines == serial[1]  # the same lines, in the same order


def test_a_seed_whose_extraction_raises_is_skipped_alone_in_a_pool(serial, tmp_path, monkeypatch):
    import newsdossier.normalize as module

    real = module.extract

    def failing(text, known=None, today=None):
        if "Accra" in text:
            raise RuntimeError("boom")
        return real(text, known, today)

    monkeypatch.setattr(module, "extract", failing)
    # forked workers inherit it (a fork server's would import the real one)
    monkeypatch.setattr(executors, "_context", lambda: multiprocessing.get_context("fork"))
    files, lines = _normalized(tmp_path, Plan(jobs=2, small_run=0))
    failed = [line for line in lines if "extraction failed (RuntimeError: boom)" in line]
    assert failed and all(line.startswith("seeds/") and "\n" not in line for line in failed)
    articles = [name for name in files if name.startswith("articles/")]
    assert 0 < len(articles) < sum(name.startswith("articles/") for name in serial[0])


def _twice(number: int) -> int:
    return 2 * number


def _stop_on_three(number: int) -> int:
    if number == 3:
        os._exit(1)  # a worker killed, as by the kernel when out of memory
    return number


@pytest.mark.parametrize("plan", [Plan(jobs=1), Plan(jobs=2), Plan(jobs=2, small_run=0)], ids=["in-process", "small-run", "pool"])
def test_run_gives_every_result_once_with_its_index(plan):
    results = dict(executors.run(_twice, iter(range(40)), plan))
    assert results == {index: 2 * index for index in range(40)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the forked pool is Linux's")
def test_a_killed_worker_fails_the_items_in_flight_and_the_run_goes_on():
    plan = Plan(jobs=2, small_run=0)
    results = dict(executors.run(_stop_on_three, iter(range(60)), plan))
    assert sorted(results) == list(range(60))
    assert isinstance(results[3], Failed) and "\n" not in results[3].error
    failed = {index for index, result in results.items() if isinstance(result, Failed)}
    # Which items were in flight when the pool was seen broken depends on timing; how many
    # cannot: never more than the window of items the run keeps submitted at once.
    assert len(failed) <= executors.WINDOW_PER_WORKER * plan.workers
    assert all(results[index] == index for index in set(results) - failed)


@pytest.mark.parametrize("plan, words", [
    (Plan(jobs=0), "--jobs must be 1 or more"),
    (Plan(kind="spark"), "unknown executor"),
])
def test_a_plan_that_cannot_run_is_one_line(plan, words):
    with pytest.raises(executors.ExecutorError, match=words):
        executors.check(plan)


def test_the_command_takes_jobs_and_writes_the_same_data(serial, tmp_path):
    target = _corpus(tmp_path)
    result = run("newsdossier", "normalize", "--jobs", "2", cwd=target)
    assert result.returncode == 0, result.stderr  # the copy and the empty seed are skipped, and named
    assert _files(target / "data") == serial[0]


def test_without_the_dask_extra_dask_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if not installed
    with pytest.raises(executors.ExecutorError, match=r"pip install 'newsdossier\[dask\]'"):
        executors.check(Plan(kind="dask"))
    target = _corpus(tmp_path)
    with pytest.raises(executors.ExecutorError):
        normalize(Project(target), log=lambda line: None, plan=Plan(kind="dask"))
    assert not (target / "data").exists()  # nothing written


def test_a_dask_cluster_writes_the_same_data_byte_for_byte(serial, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster:
        files, lines = _normalized(tmp_path, Plan(kind="dask", scheduler=cluster.scheduler_address, small_run=0))
    assert files.keys() == serial[0].keys()
    for name, content in files.items():
        assert content == serial[0][name], name
    assert lines == serial[1]


def test_an_unreachable_scheduler_is_one_line_and_writes_nothing(tmp_path):
    dask = pytest.importorskip("dask", reason="the dask extra is not installed: pip install -e '.[dask]'")
    target = _corpus(tmp_path)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        with pytest.raises(executors.ExecutorError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9") as raised:
            normalize(Project(target), log=lambda line: None, plan=Plan(kind="dask", scheduler="tcp://127.0.0.1:9", small_run=0))
    assert "\n" not in str(raised.value)
    assert not list(target.glob("data/**/*.md"))




def _render_here_only(job):
    """normalize.render_article in this process; a worker running it (a process the pool
    started: it has a multiprocessing parent) dies, as if killed."""
    if multiprocessing.parent_process() is not None:
        os._exit(1)
    return render_article(job)


def test_articles_whose_rendering_worker_died_are_rendered_here_the_same(serial, tmp_path, monkeypatch):
    import newsdossier.normalize as module

    monkeypatch.setattr(module, "render_article", _render_here_only)
    # the pool's own start method: fork only in a process of one thread (an earlier Dask test
    # leaves its event loop's thread running here, and a child forked from it can hang on a
    # lock that thread held, the pool then waiting for it for ever)
    files, lines = _normalized(tmp_path, Plan(jobs=2, small_run=0))
    assert files == serial[0]
    assert lines == serial[1]


@pytest.mark.parametrize("plan", [Plan(jobs=1), Plan(jobs=2, small_run=0)], ids=["in-process", "pool"])
def test_a_long_run_says_its_progress_every_fifty_seeds(tmp_path, plan):
    texts = [path for path in SEEDS if path.suffix == ".txt"]
    (tmp_path / "seeds").mkdir()
    for number in range(60):  # sixty seeds, each its own bytes
        source = texts[number % len(texts)]
        (tmp_path / "seeds" / f"{number:02d}-{source.name}").write_bytes(source.read_bytes() + f"\nNote {number}.\n".encode())
    lines: list[str] = []
    normalize(Project(tmp_path), log=lines.append, plan=plan)
    progress = [line.split(" seeds ")[0] for line in lines if " seeds (" in line]
    assert progress == ["normalize: 50/60", "normalize: 60/60"]
