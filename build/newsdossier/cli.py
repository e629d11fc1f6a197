"""The newsdossier command: normalize seeds into data/, check data/."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def _normalize(args) -> int:
    from .normalize import normalize
    from .store import Project

    report = normalize(Project(Path(args.root).resolve()), log=lambda line: print(line, file=sys.stderr))
    return 0 if report.ok else 1


def _check(args) -> int:
    from .corpus import load_corpus
    from .store import Project

    corpus = load_corpus(Project(Path(args.root).resolve()))
    for problem in corpus.problems:
        print(problem.one_line())
    if corpus.problems:
        print(f"check: {len(corpus.problems)} problem(s) in data/", file=sys.stderr)
        return 1
    print(
        f"check: data/ is valid: {len(corpus.articles)} articles, {len(corpus.actors)} actors, "
        f"{len(corpus.missions)} missions, {len(corpus.events)} events",
        file=sys.stderr,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdossier", description="Turn raw news articles into a cross-linked research site.")
    parser.add_argument("--version", action="version", version=f"newsdossier {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    normalize = commands.add_parser("normalize", help="read seeds/ and write data/ (incremental: unchanged seeds are skipped)")
    normalize.add_argument("--root", default=".", help="the project folder holding seeds/ and data/ (default: the current folder)")
    normalize.set_defaults(run=_normalize)
    check = commands.add_parser("check", help="validate data/; exit 1 when anything is wrong, one line per problem")
    check.add_argument("--root", default=".", help="the project folder holding data/ (default: the current folder)")
    check.set_defaults(run=_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted: files in data/ are either as they were or complete", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line, never a traceback at the user
        print(f"newsdossier: internal error ({type(error).__name__}: {error}); please report it", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
