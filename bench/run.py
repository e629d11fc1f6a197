"""Benchmarks: normalize and build a generated corpus of N articles; prints time and peak memory.

Usage: python bench/run.py [N ...]   (default: 100 1000). Work happens in bench/out/ (ignored by git).
The corpus is generated from the seeds by shifting their years and adding a sentence that
names a different country, so every article is distinct; the figures are for the
pipeline's cost per article, not for extraction quality.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent


def generate(target: Path, count: int, seed: int = 7) -> None:
    from newsdossier.reference import reference

    rng = random.Random(seed)
    sources = sorted((ROOT / "seeds").iterdir())
    texts = [p.read_text(encoding="utf-8") for p in sources]
    countries = [row["name"] for row in reference().countries.values()]
    (target / "seeds").mkdir(parents=True)
    for i in range(count):
        text = texts[i % len(texts)]
        shift = rng.randint(-6, 3)
        text = re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group()) + shift), text)
        lines = text.rstrip("\n").split("\n")
        country = rng.choice(countries)
        lines.insert(min(len(lines), 4), f"\nDelegates from {country} attended the session number {i}.\n")
        (target / "seeds" / f"gen_{i:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copytree(ROOT / "templates", target / "templates")
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, capture_output=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main(sizes: list[int], jobs: int | None = None) -> None:
    normalize = [str(BIN / "newsdossier"), "normalize", *(["--jobs", str(jobs)] if jobs else [])]
    print(f"{'articles':>8} {'normalize s':>12} {'ms/article':>11} {'rerun s':>8} {'build s':>8} {'ms/page':>8} {'peak MB':>8}")
    for count in sizes:
        target = OUT / f"corpus-{count}"
        shutil.rmtree(target, ignore_errors=True)
        generate(target, count)
        normalize_s, mem1 = timed(normalize, target)
        rerun_s, _ = timed(normalize, target)
        build_s, mem2 = timed([str(BIN / "mkdocs"), "build", "-q", "-d", str(target / "site")], target)
        pages = sum(1 for _ in (target / "site").rglob("index.html"))
        print(f"{count:>8} {normalize_s:>12.1f} {1000 * normalize_s / count:>11.1f} {rerun_s:>8.1f} {build_s:>8.1f} "
              f"{1000 * build_s / max(pages, 1):>8.1f} {max(mem1, mem2):>8.0f}   ({pages} pages)")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/run.py",
        description="Normalize and build generated corpora of N articles; print seconds and peak memory. "
                    "Works in bench/out/ (ignored by git).")
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000], metavar="N",
                        help="numbers of articles to generate (default: 100 1000)")
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="normalize's --jobs (default: its own, one process per core)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse_args()
    main(arguments.sizes, arguments.jobs)
