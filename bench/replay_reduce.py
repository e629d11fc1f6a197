"""Time normalize's serial part (what the main process does besides waiting on the pool) on a
cold run, with the per-article extraction recorded once and replayed from a file.

On a cold run of thousands of articles the pool's extraction is most of the CPU, but the wall
time on a few cores also holds the main process's own work: collecting the seeds, merging every
article into the registries (the reduce), rendering hand-off and writing the files. Replaying the
extraction leaves only that part to measure, in a minute instead of many, so two versions of the
code can be compared alternately (A B A B) on a shared machine.

Usage:
  python bench/replay_reduce.py PROJECT --record OUTCOMES.pickle   # a real cold run; keeps the extractions
  python bench/replay_reduce.py PROJECT --replay OUTCOMES.pickle   # the same run, extraction replayed
PROJECT must hold seeds/ and no data/ yet (a cold run); use a fresh copy for every run. The
replay must run with the same seeds and the same extraction code as the recording (the reduce
and writing code may differ: that is what is compared).

Prints one line: the main thread's CPU seconds (time.thread_time), the wall seconds, the load
average, and the CPU seconds spent in each step of the reduce and writing (merge_event,
_merge_entities, link_mention, atomic_write, dump_yaml, _as_json).
"""
from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from pathlib import Path

STEPS = ("_merge_entities", "merge_event", "link_mention", "atomic_write", "dump_yaml", "_as_json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--record", type=Path, metavar="OUTCOMES")
    mode.add_argument("--replay", type=Path, metavar="OUTCOMES")
    args = parser.parse_args(argv)

    import newsdossier.normalize as normalize_module
    from newsdossier.store import Project

    real_run = normalize_module.run_work
    saved = pickle.loads(args.replay.read_bytes()) if args.replay else None
    recorded: dict[int, object] = {}

    def run_work(function, items, plan):
        if function is not normalize_module.extract_article:
            yield from real_run(function, items, plan)
            return
        if saved is None:  # recording: the real pool, its results kept
            for index, outcome in real_run(function, items, plan):
                recorded[index] = outcome
                yield index, outcome
            args.record.write_bytes(pickle.dumps(recorded, protocol=pickle.HIGHEST_PROTOCOL))
            return
        for index, _ in enumerate(items):  # the items are still read: collecting is part of the serial work
            yield index, saved[index]

    spent: dict[str, float] = {}

    def timed(name, function):
        def wrapper(*a, **k):
            start = time.thread_time()
            try:
                return function(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.thread_time() - start
        return wrapper

    normalize_module.run_work = run_work
    for name in STEPS:
        setattr(normalize_module, name, timed(name, getattr(normalize_module, name)))
    cpu, wall = time.thread_time(), time.perf_counter()
    normalize_module.normalize(Project(args.project.resolve()), log=lambda line: None)
    cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
    steps = " ".join(f"{name}={spent.get(name, 0.0):.2f}" for name in STEPS)
    print(f"{'record' if saved is None else 'replay'}: main thread CPU {cpu:.2f} s, wall {wall:.2f} s, "
          f"load {os.getloadavg()[0]:.1f}; {steps}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
