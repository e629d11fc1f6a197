"""Where normalize's per-article work runs: in this process, in a pool of local processes, or on a Dask cluster.

The work given to run() is a pure function of one item (normalize.extract_article: a
collected article -> its extraction); what the caller does with the results (the registries,
the files) stays in this process. Results come back in whatever order the workers finish;
each carries its item's index, and the caller puts them back in order before using them.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator, NamedTuple

# Below this many items after the first, a run stays in this process: starting a pool (forking,
# each worker loading what its languages need) costs more than it saves. Measured on a 2-core
# machine with generated seeds (bench/generate.py): --jobs 2 against --jobs 1 broke even at
# about 12 articles to extract.
SMALL_RUN = 12

EXECUTORS = ("local", "dask")


class ExecutorError(Exception):
    """The executor cannot be used (the Dask extra not installed, a scheduler not reached): one line."""


class Failed(NamedTuple):
    """An item whose work raised in a way its function did not catch, or whose worker died
    (a pool broken by a killed process, a Dask worker lost): "TypeName: message"."""

    error: str


@dataclass(frozen=True)
class Plan:
    """How to run the per-item work.

    kind: "local" (a pool of `jobs` processes on this machine; jobs=1: in this process, no pool)
    or "dask" (dask.distributed: the scheduler at `scheduler`, e.g. "tcp://10.0.0.5:8786", or,
    when None, a LocalCluster of `jobs` single-threaded worker processes).
    jobs: None means os.cpu_count().
    """

    kind: str = "local"
    jobs: int | None = None
    scheduler: str | None = None
    small_run: int = SMALL_RUN  # tests set 0 to run a small corpus through the pool

    @property
    def workers(self) -> int:
        return max(1, self.jobs or os.cpu_count() or 1)


def check(plan: Plan) -> None:
    """Raise ExecutorError (one line) if the plan cannot run here: an unknown kind, a jobs count
    below 1, or Dask asked for without the optional extra installed."""
    if plan.kind not in EXECUTORS:
        raise ExecutorError(f"unknown executor {plan.kind!r} (one of: {', '.join(EXECUTORS)})")
    if plan.jobs is not None and plan.jobs < 1:
        raise ExecutorError(f"--jobs must be 1 or more, not {plan.jobs}")
    if plan.kind == "dask":
        try:
            import dask.distributed  # noqa: F401
        except ImportError:
            raise ExecutorError("--executor dask needs the optional dask extra: pip install 'newsdossier[dask]'") from None


def run(function: Callable, items: Iterable, plan: Plan) -> Iterator[tuple[int, object]]:
    """(index, function(item)) for each item, in the order they finish; function(item) is a
    Failed where the call raised or its worker was lost. items may be a generator: it is read
    as the work goes (a bounded number of items in flight), so what it does while producing
    items interleaves with the results. The first item is always done in this process (on a
    local pool, the workers forked after it start with what it loaded); a run of at most
    plan.small_run more items stays in this process. A local worker killed (out of memory, a
    crash in a C library) makes the items then in flight Failed, and the rest are done in this
    process. Raises ExecutorError when the executor cannot
    be used (nothing of the run is lost: no result was handed out by then, except the first)."""
    check(plan)
    items = iter(items)
    first = list(islice(items, 1))
    if not first:
        return
    yield 0, _call(function, first[0])
    if plan.kind == "local":
        head = list(islice(items, plan.small_run + 1))
        if plan.workers == 1 or len(head) <= plan.small_run:
            for index, item in enumerate(_chain(head, items), start=1):
                yield index, _call(function, item)
            return
        yield from _local_pool(function, _chain(head, items), plan.workers)
    else:
        yield from _dask(function, items, plan)


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _call(function: Callable, item) -> object:
    try:
        return function(item)
    except Exception as error:
        return Failed(f"{type(error).__name__}: {error}")


def _context():
    """fork where the platform has it safely (Linux): the workers inherit what this process
    loaded (reference data, compiled patterns, language models); elsewhere the default."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _local_pool(function: Callable, items: Iterator, workers: int) -> Iterator[tuple[int, object]]:
    window = 4 * workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        in_flight: dict = {}
        index = 0
        try:
            for item in items:
                index += 1
                try:
                    in_flight[pool.submit(function, item)] = index
                except BrokenProcessPool:  # a worker was killed: the items in flight then are Failed, the rest done here
                    yield index, _call(function, item)
                    continue
                if len(in_flight) >= window:
                    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield in_flight.pop(future), _result(future)
            while in_flight:
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield in_flight.pop(future), _result(future)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _result(future) -> object:
    try:
        return future.result()
    except Exception as error:  # the pool broke (a worker killed) or a result would not pickle
        return Failed(f"{type(error).__name__}: {error}")


def _dask(function: Callable, items: Iterator, plan: Plan) -> Iterator[tuple[int, object]]:
    from dask.distributed import Client, LocalCluster
    from dask.distributed import wait as dask_wait

    cluster = None
    try:
        if plan.scheduler:
            client = Client(plan.scheduler)  # waits distributed.comm.timeouts.connect (Dask config, 30 s)
        else:
            cluster = LocalCluster(n_workers=plan.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as error:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {plan.scheduler}" if plan.scheduler else "a local Dask cluster"
        raise ExecutorError(f"cannot reach {where}: {error}") from None
    try:
        window = 4 * max(1, sum(client.nthreads().values()))
        in_flight: dict = {}
        index = 0
        for item in items:
            index += 1
            in_flight[client.submit(function, item, pure=False)] = index
            if len(in_flight) >= window:
                done, _ = dask_wait(list(in_flight), return_when="FIRST_COMPLETED")
                for future in done:
                    yield in_flight.pop(future), _dask_result(future)
        while in_flight:
            done, _ = dask_wait(list(in_flight), return_when="FIRST_COMPLETED")
            for future in done:
                yield in_flight.pop(future), _dask_result(future)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(future) -> object:
    try:
        return future.result()
    except Exception as error:  # the function raised on the worker, or the worker was lost (KilledWorker)
        return Failed(f"{type(error).__name__}: {error}")
    finally:
        future.release()
