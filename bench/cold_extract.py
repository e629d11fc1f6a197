"""Benchmark: the extractor's cold start, what a run that extracts few articles pays first.

A fresh process imports newsdossier, extracts every seed file of the folders once (cold: the
reference data loaded and each pattern compiled when first needed), then once more (warm:
what each article costs once everything is loaded). Printed per run, and the median of the
runs: the import's seconds, the cold pass's and the warm pass's (per article; wall and this
process's CPU seconds, the CPU steadier on a shared machine), the seconds
the cold pass spent compiling regular expressions (Python's re compiler, timed by wrapping
it), and the process's peak memory (the kernel's maxrss). Each run is a new process, so
nothing compiled by one helps the next.

Usage: python bench/cold_extract.py [FOLDER ...] [--runs R]
Default folders: tests/corpus/dev and tests/corpus/test (their article files; label files are
not read). Seeds are read as normalize reads them (newsdossier.ingest.collect) and extracted
as its workers do (newsdossier.normalize.extract_article). Seconds on a shared machine vary
by a fifth from run to run; the load average is printed before each run.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (ROOT / "tests" / "corpus" / "dev", ROOT / "tests" / "corpus" / "test")
NOT_SEEDS = (".yaml", ".yml", ".csv", ".md", ".py")  # label files and notes beside the articles


def _inner(folders: list[Path]) -> dict:
    """One cold run in this process: the figures, as a dict."""
    import re
    import resource

    started = time.perf_counter()
    compiling = [0.0]
    try:
        from re import _compiler  # Python 3.11+; the compiler re.compile and re.search call on a cache miss
    except ImportError:  # older Pythons name it sre_compile
        import sre_compile as _compiler
    compile_once = _compiler.compile

    def timed(pattern, flags=0):
        begun = time.perf_counter()
        try:
            return compile_once(pattern, flags)
        finally:
            compiling[0] += time.perf_counter() - begun

    _compiler.compile = timed
    from newsdossier.ingest import collect
    from newsdossier.normalize import extract_article
    from newsdossier.seeds import SeedError

    imported = time.perf_counter()
    cpu = time.process_time
    articles = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix.lower() not in NOT_SEEDS:
                try:
                    articles.extend(collect(path)[0])
                except (SeedError, OSError):
                    continue
    read, read_cpu = time.perf_counter(), cpu()
    compiling[0] = 0.0  # the cold pass's own compiling, not the import's
    for article in articles:
        extract_article(article)
    cold, cold_cpu = time.perf_counter(), cpu()
    cold_compiling = compiling[0]
    for article in articles:
        extract_article(article)
    warm, warm_cpu = time.perf_counter(), cpu()
    _compiler.compile = compile_once
    del re
    return {"articles": len(articles), "import_s": round(imported - started, 3), "cold_s": round(cold - read, 3),
            "cold_cpu_s": round(cold_cpu - read_cpu, 3),
            "cold_compile_s": round(cold_compiling, 3),
            "warm_ms_per_article": round((warm - cold) / max(1, len(articles)) * 1000, 2),
            "warm_cpu_ms_per_article": round((warm_cpu - cold_cpu) / max(1, len(articles)) * 1000, 2),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of seed files (default: the labelled corpus's texts)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes to run (default: 3)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    folders = args.folders or list(DEFAULT_FOLDERS)
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        parser.error(f"not a folder: {', '.join(missing)}")
    if args.inner:
        print(json.dumps(_inner(folders)))
        return 0
    rows = []
    for run in range(args.runs):
        load = os.getloadavg()[0]
        done = subprocess.run([sys.executable, __file__, "--inner", *map(str, folders)], capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        row = {"run": run + 1, "load": round(load, 2), **json.loads(done.stdout.strip().splitlines()[-1])}
        rows.append(row)
        print(json.dumps(row))
    keys = ("import_s", "cold_s", "cold_cpu_s", "cold_compile_s", "warm_ms_per_article", "warm_cpu_ms_per_article", "peak_mb")
    print(json.dumps({"median": {key: statistics.median(row[key] for row in rows) for key in keys},
                      "articles": rows[0]["articles"], "runs": len(rows)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
