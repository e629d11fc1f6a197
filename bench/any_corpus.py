"""Benchmark: normalize, check and build a corpus from bench/generate.py (the traps of a real
corpus: shared surnames, four languages, duplicates, hostile values); prints seconds per step.

Usage: python bench/any_corpus.py [N ...] [--seed S]   (default: 1000 5000). Work happens in
bench/out/any-<N>/ (ignored by git). A step that fails is reported as failed with its first
line of output, and the steps after it still run, so the table always has one row per size.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent


def timed(args: list[str], cwd: Path) -> tuple[float, int, str]:
    """Wall seconds, exit code and the first line of output that says what went wrong (or "")."""
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    seconds = time.perf_counter() - start
    lines = [line for line in (result.stdout + result.stderr).splitlines()
             if line.strip() and not line.startswith(("normalize: ", "INFO"))]
    said = [line for line in lines if line.startswith(("ERROR", "WARNING"))] or lines
    return seconds, result.returncode, (said[0] if result.returncode and said else "")


def project_for(count: int, seed: int) -> tuple[Path, int]:
    """A fresh project in bench/out/any-<count>/ and the number of seeds meant to be skipped."""
    target = OUT / f"any-{count}"
    shutil.rmtree(target, ignore_errors=True)
    seeds = write_corpus(target / "seeds", count, seed)
    shutil.copytree(ROOT / "templates", target / "templates")
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target, sum(1 for item in seeds if item.deliberately_bad)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000], help="numbers of seed files (default: 1000 5000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default: 1)")
    args = parser.parse_args(argv)
    print(f"{'articles':>8} {'normalize s':>12} {'ms/article':>11} {'rerun s':>8} {'check s':>8} {'build s':>8} {'pages':>7} {'peak MB':>8}")
    failures = []
    for count in args.sizes:
        target, bad = project_for(count, args.seed)
        normalize_s, normalize_rc, normalize_said = timed([str(BIN / "newsdossier"), "normalize"], target)
        rerun_s, _, _ = timed([str(BIN / "newsdossier"), "normalize"], target)
        check_s, check_rc, check_said = timed([str(BIN / "newsdossier"), "check"], target)
        build_s, build_rc, build_said = timed([str(BIN / "mkdocs"), "build", "--strict", "-d", str(target / "site")], target)
        pages = sum(1 for _ in (target / "site").rglob("index.html")) if build_rc == 0 else 0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{count:>8} {normalize_s:>12.1f} {1000 * normalize_s / count:>11.1f} {rerun_s:>8.1f} {check_s:>8.1f} "
              f"{build_s:>8.1f} {pages:>7} {peak:>8.0f}", flush=True)
        if normalize_rc not in (0, 1) or (normalize_rc == 1 and not bad):
            failures.append(f"{count}: normalize exit {normalize_rc}: {normalize_said}")
        if check_rc:
            failures.append(f"{count}: check failed: {check_said}")
        if build_rc:
            failures.append(f"{count}: build failed (its time is that of the failure): {build_said}")
    for line in failures:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
