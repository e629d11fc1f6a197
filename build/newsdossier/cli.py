"""The newsdossier command: normalize seeds into data/, check data/."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__


def _normalize(args) -> int:
    from .normalize import normalize
    from .store import Project

    report = normalize(Project(Path(args.root).resolve()), log=lambda line: print(line, file=sys.stderr, flush=True))
    return 0 if report.ok else 1


def _check(args) -> int:
    from .corpus import load_corpus
    from .store import Project

    corpus = load_corpus(Project(Path(args.root).resolve()))
    for problem in (*corpus.problems, *corpus.warnings):
        print(problem.one_line())
    warned = f"{len(corpus.warnings)} warning(s), listed on the site's review page" if corpus.warnings else "no warnings"
    if corpus.problems:
        print(f"check: {len(corpus.problems)} error(s) in data/ (the site cannot be built until they are fixed); {warned}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{number} {what}" for what, number in corpus.counts().items())
    print(f"check: data/ is valid ({counts}); {warned}", file=sys.stderr)
    return 1 if corpus.warnings and args.strict else 0


def _eval(args) -> int:
    from .evaluate import baseline, below_floors, collector_rows, comparison, corpus_parts, evaluate, figures, raise_floors, read_floors, report

    folder = Path(args.corpus)
    if not folder.is_dir():
        print(f"eval: {folder} is not a folder of labelled articles (<stem>.txt + <stem>.yaml)", file=sys.stderr)
        return 2
    parts = corpus_parts(folder)  # dev/ and test/ side by side where the corpus is split
    scores = {part: evaluate(path) for part, path in parts.items()}
    bases = None if args.no_baseline else {part: baseline(path) for part, path in parts.items()}
    print(report(scores, bases, show_misses=not args.quiet))
    if any(collector_rows(path) for path in parts.values()):  # the gain of knowing what the collector knew (metadata.csv beside the texts)
        print(comparison(scores, {part: evaluate(path, with_metadata=True) for part, path in parts.items()}))
    current = {part: figures(part_scores) for part, part_scores in scores.items()}  # the floors are of the text alone
    floors_path = Path(args.floors)
    if args.raise_floors:
        raise_floors(floors_path, current)
        print(f"\neval: floors in {floors_path} raised to today's figures where higher")
        return 0
    problems = below_floors(current, read_floors(floors_path))
    for problem in problems:
        print(f"eval: {problem}", file=sys.stderr)
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdossier", description="Turn raw news articles into a cross-linked research site.")
    parser.add_argument("--version", action="version", version=f"newsdossier {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    normalize = commands.add_parser("normalize", help="read seeds/ and write data/ (incremental: unchanged seeds are skipped)")
    normalize.add_argument("--root", default=".", help="the project folder holding seeds/ and data/ (default: the current folder)")
    normalize.set_defaults(run=_normalize)
    check = commands.add_parser(
        "check", help="validate data/: one line per error (the site cannot be built) or warning (a human should look); exit 1 on errors",
        description="Validate data/. Errors (broken YAML, an unknown id, a value of the wrong shape) stop `mkdocs build`; "
        "warnings (an alias claimed twice, a date after today, two people who may be one) are listed on the review page and never stop the build.",
    )
    check.add_argument("--root", default=".", help="the project folder holding data/ (default: the current folder)")
    check.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    check.set_defaults(run=_check)
    evaluate = commands.add_parser(
        "eval", help="measure extraction on a labelled corpus against pinned floors",
        description="Measure extraction on a labelled corpus. A corpus split into dev/ and test/ (as tests/corpus is) is "
        "reported part beside part; the misses are listed for dev/ only, since rules are written looking at dev/ alone.",
    )
    evaluate.add_argument("corpus", nargs="?", default="tests/corpus",
                          help="folder of <stem>.txt + <stem>.yaml, or of dev/ and test/ holding them (default: tests/corpus)")
    evaluate.add_argument("--floors", default="tests/eval_floors.json",
                          help="JSON file of the minimum figures of each part, {part: {field: figure}} (default: tests/eval_floors.json)")
    evaluate.add_argument("--raise-floors", action="store_true", help="write today's figures as the new floors where they are higher")
    evaluate.add_argument("--no-baseline", action="store_true", help="skip the dateparser/py3langid baseline")
    evaluate.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    evaluate.set_defaults(run=_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # the reader went away (`newsdossier check | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("interrupted: files in data/ are either as they were or complete", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line, never a traceback at the user
        print(f"newsdossier: internal error ({type(error).__name__}: {error}); please report it", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
