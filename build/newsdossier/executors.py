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
import threading
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator, NamedTuple

# The first this many items are done in this process, then the rest by the pool or the cluster:
# a run this small stays here (starting a pool costs more than it saves), and the workers forked
# after them start with what they loaded (each language's data, the caches of names and dates).
# Measured on a 2-core machine with generated seeds (bench/generate.py): --jobs 2 against
# --jobs 1 broke even at about 48 articles to extract.
SMALL_RUN = 48

EXECUTORS = ("local", "dask")

# Items submitted at once per worker: enough to keep every worker busy while results are
# read, few enough that a generator of items is read as the work goes, and that a pool broken
# by a killed worker fails at most this many items per worker.
WINDOW_PER_WORKER = 4


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
    items interleaves with the results. The first plan.small_run items (at least one) are done
    in this process, the rest by the executor. A local worker killed (out of memory, a crash in
    a C library) makes the items then in flight Failed, and the rest are done in this process.
    Raises ExecutorError when the executor cannot be used (a Dask scheduler not reached), after
    the items done in this process: the caller has written nothing by then."""
    check(plan)
    items = iter(items)
    index = -1
    for index, item in enumerate(islice(items, max(1, plan.small_run))):
        yield index, _call(function, item)
    rest = list(islice(items, 1))
    if not rest:
        return
    rest = _chain(rest, items)
    if plan.kind == "local" and plan.workers == 1:
        for index, item in enumerate(rest, start=index + 1):
            yield index, _call(function, item)
    elif plan.kind == "local":
        yield from _local_pool(function, rest, plan.workers, index + 1)
    else:
        yield from _dask(function, rest, plan, index + 1)


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _call(function: Callable, item) -> object:
    try:
        return function(item)
    except Exception as error:
        return Failed(f"{type(error).__name__}: {error}")


def _context():
    """fork where it is safe (Linux, a process of one thread): the workers inherit what this
    process loaded (reference data, compiled patterns, language models). A process with other
    threads (`mkdocs serve`'s server) must not fork (a lock held by another thread stays held in
    the child: Python's multiprocessing documentation): its workers start from a fork server.
    Elsewhere the platform's default."""
    methods = multiprocessing.get_all_start_methods()
    if not sys.platform.startswith("linux"):
        return None
    if threading.active_count() == 1 and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver") if "forkserver" in methods else None


def _local_pool(function: Callable, items: Iterator, workers: int, start: int) -> Iterator[tuple[int, object]]:
    # Imported here: a run that extracts a few articles does it in this process (run), without them.
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    window = WINDOW_PER_WORKER * workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        in_flight: dict = {}
        try:
            for index, item in enumerate(items, start=start):
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


def _dask(function: Callable, items: Iterator, plan: Plan, start: int) -> Iterator[tuple[int, object]]:
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
        window = WINDOW_PER_WORKER * max(1, sum(client.nthreads().values()))
        in_flight: dict = {}
        for index, item in enumerate(items, start=start):
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
