"""The newsdossier command: normalize seeds into data/, check data/, measure extraction, render the site's pages to files."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .text import counted


def _project_root(command: str, value: str) -> Path | None:
    """The project folder --root names, resolved; None, after one line saying so, when it is
    no folder (a path mistyped: a run on it would report an empty corpus as a success)."""
    root = Path(value).resolve()
    if not root.is_dir():
        print(f"{command}: --root {value} is not a folder{'' if root.exists() else ' (no such path)'}; nothing read", file=sys.stderr)
        return None
    return root


def _normalize(args) -> int:
    from .executors import ExecutorError, Plan, check
    from .normalize import normalize
    from .store import Project

    if (root := _project_root("normalize", args.root)) is None:
        return 2
    if not (root / "seeds").is_dir() and not (root / "data").is_dir():
        print(f"normalize: {root} holds neither seeds/ nor data/: not a project folder (put the articles in seeds/ "
              "under the project's folder, or give it as --root); nothing written", file=sys.stderr)
        return 2
    plan = Plan("dask" if args.scheduler else args.executor, args.jobs, args.scheduler)
    try:
        check(plan)
        report = normalize(Project(root), log=lambda line: print(line, file=sys.stderr, flush=True), plan=plan)
    except ExecutorError as error:
        print(f"normalize: {error}; nothing written", file=sys.stderr)
        return 2
    return 0 if report.ok and not (args.strict and report.skipped) else 1


def _check(args) -> int:
    from .corpus import load_corpus
    from .store import Project

    if (root := _project_root("check", args.root)) is None:
        return 2
    if not (root / "data").is_dir():
        print(f"check: {root} has no data/ folder: nothing to check (run `newsdossier normalize` first)", file=sys.stderr)
        return 1
    corpus = load_corpus(Project(root))
    for problem in (*corpus.problems, *corpus.warnings):
        print(problem.one_line())
    warned = f"{counted(len(corpus.warnings), 'warning')}, listed on the site's review page" if corpus.warnings else "no warnings"
    if corpus.problems:
        print(f"check: {counted(len(corpus.problems), 'error')} in data/ (the site cannot be built until they are fixed); {warned}", file=sys.stderr)
        return 1
    nouns = {"articles": ("article", None), "actors": ("actor", None), "people": ("person", "people"),
             "missions": ("mission", None), "events": ("event", None)}
    counts = ", ".join(counted(number, *nouns[what]) for what, number in corpus.counts().items())
    print(f"check: data/ is valid ({counts}); {warned}", file=sys.stderr)
    return 1 if corpus.warnings and args.strict else 0


def _eval(args) -> int:
    from .evaluate import (FloorsError, baseline, below_floors, collector_rows, comparison, corpus_parts, evaluate, figures, labelled, raise_floors,
                           read_floors, report)

    folder = Path(args.corpus)
    if not folder.is_dir():
        print(f"eval: {folder} is not a folder of labelled articles (<stem>.txt + <stem>.yaml)", file=sys.stderr)
        return 2
    floors_path = Path(args.floors)
    try:  # read before the corpus is measured: a faulty file is told at once, not after minutes
        floors = read_floors(floors_path)
    except FloorsError as error:
        print(f"eval: {error}", file=sys.stderr)
        return 2
    parts = corpus_parts(folder)  # dev/ and test/ side by side where the corpus is split
    if not any(map(labelled, parts.values())):  # nothing to measure: no figure of 1.000 over no article
        print(f"eval: {folder} holds no labelled article (a <stem>.yaml beside its <stem>.txt, .html or .json), "
              f"nor do its dev/ and test/ or its subfolders", file=sys.stderr)
        return 2
    scores = {part: evaluate(path) for part, path in parts.items()}
    bases = None if args.no_baseline else {part: baseline(path) for part, path in parts.items()}
    print(report(scores, bases, show_misses=not args.quiet))
    if any(collector_rows(path) for path in parts.values()):  # the gain of knowing what the collector knew (metadata.csv beside the texts)
        print(comparison(scores, {part: evaluate(path, with_metadata=True) for part, path in parts.items()}))
    current = {part: figures(part_scores) for part, part_scores in scores.items()}  # the floors are of the text alone
    if args.raise_floors:
        raise_floors(floors_path, current)
        print(f"\neval: floors in {floors_path} raised to today's figures where higher")
        return 0
    problems = below_floors(current, floors)
    for problem in problems:
        print(f"eval: {problem}", file=sys.stderr)
    return 1 if problems else 0


def _render(args) -> int:
    import time

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # the theme's notice about MkDocs 2 says nothing about this command
    from .export import ExportError, engine_config, render_to

    started = time.perf_counter()
    root = Path(args.root)
    config_file = root / "mkdocs.yml"
    out = Path(args.out)
    say = lambda line: print(line, file=sys.stderr, flush=True)
    try:
        written = render_to(config_file, out, force=args.force, log=say)
        if args.config_out:
            target = Path(args.config_out)
            if target.resolve() == config_file.resolve():
                raise ExportError(f"--config-out {target} would replace the project's own mkdocs.yml: name another file")
            target.write_text(engine_config(config_file, out, target), encoding="utf-8")
    except ExportError as error:
        say(f"render: {error}")
        return 1
    removed = f"; {counted(written.removed, 'file')} of the last render removed" if written.removed else ""
    say(f"render: {written.pages} pages, {written.downloads} downloads, {written.sources} seed and data files "
        f"(each with its readable page), {written.own} files of the docs folder written to {out}{removed} "
        f"in {time.perf_counter() - started:.1f} s")
    if args.config_out:
        say(f"render: {args.config_out} builds it without the plugin: mkdocs build -f {args.config_out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdossier", description="Turn raw news articles into a cross-linked research site.")
    parser.add_argument("--version", action="version", version=f"newsdossier {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    normalize = commands.add_parser("normalize", help="read seeds/ and write data/ (incremental: unchanged seeds are skipped)")
    normalize.add_argument("--root", default=".", help="the project folder holding seeds/ and data/ (default: the current folder)")
    normalize.add_argument("--jobs", type=int, default=None, metavar="N",
                           help="extract in N processes (default: one per core; 1: in this process, no pool). "
                                "Runs with few seeds to extract stay in this process")
    normalize.add_argument("--executor", choices=("local", "dask"), default="local",
                           help="where the per-article extraction runs: local processes (default), or a Dask cluster "
                                "(needs the dask extra: pip install 'newsdossier[dask]'); data/ is the same either way")
    normalize.add_argument("--scheduler", metavar="ADDRESS", default=None,
                           help="the Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (implies --executor dask; "
                                "without it, --executor dask starts a local cluster of --jobs workers)")
    normalize.add_argument("--strict", action="store_true",
                           help="exit 1 when a seed was skipped too (by default only a file of data/ that could not be read does)")
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
    render = commands.add_parser(
        "render", help="write every generated page as a Markdown file, with the downloads and the seed and data files, into a folder",
        description="Write the site's sources into a folder, for an engine that does not run MkDocs plugins (Zensical) or any "
        "other use: every generated page as Markdown, the downloads, the seed and data files each with a readable page, and the "
        "files of mkdocs.yml's docs_dir (assets, hand-written pages, which replace generated pages of the same path). Build it "
        "with mkdocs.yml's docs_dir pointed at the folder and the newsdossier plugin left out (--config-out writes that file). "
        "The folder must be new, empty, or written by an earlier render (its files are replaced and those no longer made are "
        "removed); any other folder only with --force.",
    )
    render.add_argument("--out", required=True, metavar="DIR", help="the folder to write (created when missing)")
    render.add_argument("--root", default=".", help="the project folder holding mkdocs.yml (default: the current folder)")
    render.add_argument("--force", action="store_true",
                        help="write into a folder that is not empty and that no earlier render wrote (its other files are kept)")
    render.add_argument("--config-out", metavar="FILE",
                        help="also write FILE, a copy of mkdocs.yml with docs_dir set to DIR and without the newsdossier plugin")
    render.set_defaults(run=_render)
    return parser


# The garbage collector's thresholds a run of the program sets (gc.set_threshold: a young
# collection after this many new container objects, then as Python's defaults): a cold
# extraction keeps about 120,000 tracked objects for the run (reference tables, caches), and
# with Python's default of 700 the collector took 0.64 s of the 108 corpus texts' 8.4 s cold
# CPU (0.45 s of it in ten full collections walking them); with 10,000, 0.14 s and no full
# collection. Workers forked from the run inherit them. The library never sets them (the
# mkdocs plugin, tests and callers passing argv keep their own).
COLLECTOR_THRESHOLDS = (10_000, 10, 10)


def main(argv: list[str] | None = None) -> int:
    """The command line: argv the arguments (None: the program's own, sys.argv, when run as
    the `newsdossier` script or `python -m newsdossier`, which then also sets the process's
    COLLECTOR_THRESHOLDS; a caller passing argv keeps its collector as it is). Returns the
    exit status."""
    if argv is None:
        import gc

        gc.set_threshold(*COLLECTOR_THRESHOLDS)
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
