"""Count the machine instructions normalize's per-article extraction takes, with Valgrind's callgrind.

Seconds measured on a shared machine vary by a fifth from run to run (see the README's
Performance section), so a change that saves a few percent cannot be told from noise by timing
it. An instruction count can: the same code on the same seeds gives the same count whatever
else the machine is doing (Valgrind's manual, "Callgrind: a call-graph generating cache and
branch prediction profiler"; Python's hash seed is fixed for the run, so sets and dicts iterate
alike). The count is not a time (a cache miss costs more than an add), but two versions of the
extraction, counted on the same seeds, compare.

The script extracts the first --warm seeds of the folder (language models, patterns and caches
loaded as a long run has them), then turns callgrind's counting on, extracts the next --count
seeds as normalize's workers do (newsdossier.normalize.extract_article), and turns it off: the
start-up is not counted. Valgrind runs the whole process about fifty times slower: 100 seeds
take two to three minutes.

Usage:
  python bench/extract_instructions.py SEEDS [--warm 20] [--count 100]
  PYTHONPATH=other/checkout/build python bench/extract_instructions.py SEEDS   # another version

SEEDS is a folder of seed files, such as one bench/generate.py writes. Needs Valgrind
(Debian: apt-get install valgrind). Prints one line: the articles extracted, the instructions
in all, and per article.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _extract(paths: list[Path]) -> int:
    """Extract every article of these seed files as normalize's workers do; the number extracted."""
    from newsdossier.ingest import collect
    from newsdossier.normalize import extract_article
    from newsdossier.seeds import SeedError

    count = 0
    for path in paths:
        try:
            articles, _left_out = collect(path)
        except (SeedError, OSError):
            continue
        for article in articles:
            extract_article(article)
            count += 1
    return count


def _inner(folder: Path, warm: int, count: int) -> int:
    """Run under callgrind (started with counting off): warm up, count the measured seeds."""
    from newsdossier.seeds import list_seeds

    paths = list_seeds(folder)  # the seeds normalize reads, in its order
    _extract(paths[:warm])
    subprocess.run(["callgrind_control", "--instr=on", str(os.getpid())], check=True, stdout=subprocess.DEVNULL)
    done = _extract(paths[warm:warm + count])
    subprocess.run(["callgrind_control", "--instr=off", str(os.getpid())], check=True, stdout=subprocess.DEVNULL)
    print(f"articles: {done}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", type=Path, help="a folder of seed files")
    parser.add_argument("--warm", type=int, default=20, help="seeds extracted before counting starts (default: 20)")
    parser.add_argument("--count", type=int, default=100, help="seeds extracted while counting (default: 100)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inner:
        return _inner(args.seeds, args.warm, args.count)
    if not args.seeds.is_dir():
        parser.error(f"{args.seeds}: not a folder")
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("extract_instructions: needs Valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="newsdossier-callgrind-") as work:
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={work}/callgrind.out",
                   sys.executable, __file__, str(args.seeds), "--warm", str(args.warm), "--count", str(args.count), "--inner"]
        run = subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, text=True)
    done = re.search(r"articles: (\d+)", run.stderr)
    collected = _COLLECTED.search(run.stderr)
    if run.returncode != 0 or done is None or collected is None:
        print(f"extract_instructions: the run failed (exit {run.returncode}):\n{run.stderr[-2000:]}", file=sys.stderr)
        return 1
    articles, instructions = int(done.group(1)), int(collected.group(1))
    per = instructions / articles if articles else 0
    print(f"{articles} articles: {instructions:,} instructions, {per / 1e6:.1f} million per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
