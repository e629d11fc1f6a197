"""Split the labelled articles at the top level of tests/corpus/ into dev/ and test/, once.

    .venv/bin/python tests/corpus/split.py [--seed N] [--share 0.4]

The draw is newsdossier.evaluate.draw_split: seeded, stratified by language, about `share` of
each language into test/. The articles (<stem>.txt + <stem>.yaml) are moved into the part drawn,
their rows of metadata.csv into that part's metadata.csv, and the draw (seed, share, both lists)
is appended to split.yaml, so anyone can check that the lists are the seed's. Articles already in
dev/ or test/ never move: a later batch dropped at the top level gets a draw of its own.
"""
from __future__ import annotations

import argparse
import csv
import io
import shutil
import sys
from pathlib import Path

import yaml

from newsdossier.evaluate import SPLIT_PARTS, draw_split

CORPUS = Path(__file__).resolve().parent
SPLIT_FILE = CORPUS / "split.yaml"
HEADER = """\
# The split of tests/corpus/ into dev/ (rules are written looking at these) and test/
# (measured, never looked at while writing rules), made by tests/corpus/split.py.
# Each draw: newsdossier.evaluate.draw_split(languages of dev + test, seed, share) gives
# exactly these lists; tests/test_corpus_labels.py checks it.
"""


def render(draws: list[dict]) -> str:
    """split.yaml's text: one stem a line, so a later draw adds lines and changes none."""
    lines = [HEADER.rstrip("\n"), "draws:"]
    for draw in draws:
        lines += [f"  - seed: {draw['seed']}", f"    share: {draw['share']}"]
        for part in SPLIT_PARTS:
            lines.append(f"    {part}:")
            lines += [f"      - {stem}" for stem in draw[part]]
    return "\n".join(lines) + "\n"


def split_metadata(rows_text: str, parts: dict[str, list[str]]) -> tuple[dict[str, list[dict]], list[dict]]:
    """The rows of a metadata.csv by the part their file was drawn into, and the rows of files not drawn."""
    part_of = {f"{stem}.txt": part for part, stems in parts.items() for stem in stems}
    by_part: dict[str, list[dict]] = {part: [] for part in parts}
    rest = []
    for row in csv.DictReader(io.StringIO(rows_text)):
        (by_part[part_of[row["file"]]] if row["file"] in part_of else rest).append(row)
    return by_part, rest


def write_rows(path: Path, fields: list[str], rows: list[dict]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda row: row["file"]))
    path.write_text(out.getvalue(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--share", type=float, default=0.4, help="share of each language drawn into test/ (default 0.4)")
    args = parser.parse_args(argv)
    languages = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))["language"]
                 for p in sorted(CORPUS.glob("*.yaml")) if p.with_suffix(".txt").is_file() and p != SPLIT_FILE}
    if not languages:
        print("split: no article at the top level of tests/corpus/ to split", file=sys.stderr)
        return 1
    parts = draw_split(languages, args.seed, args.share)
    draws = (yaml.safe_load(SPLIT_FILE.read_text(encoding="utf-8")) or {}).get("draws", []) if SPLIT_FILE.is_file() else []
    draws.append({"seed": args.seed, "share": args.share, **parts})
    metadata = CORPUS / "metadata.csv"
    if metadata.is_file():
        text = metadata.read_text(encoding="utf-8")
        fields = next(csv.reader(io.StringIO(text)))
        by_part, rest = split_metadata(text, parts)
    for part, stems in parts.items():
        folder = CORPUS / part
        folder.mkdir(exist_ok=True)
        for stem in stems:
            for suffix in (".txt", ".yaml"):
                shutil.move(CORPUS / f"{stem}{suffix}", folder / f"{stem}{suffix}")
        if metadata.is_file():
            old = list(csv.DictReader(io.StringIO((folder / "metadata.csv").read_text(encoding="utf-8")))) if (folder / "metadata.csv").is_file() else []
            write_rows(folder / "metadata.csv", fields, old + by_part[part])
    if metadata.is_file():
        if rest:
            write_rows(metadata, fields, rest)
        else:
            metadata.unlink()
    SPLIT_FILE.write_text(render(draws), encoding="utf-8")
    print(f"split: seed {args.seed}: {len(parts['dev'])} article(s) to dev/, {len(parts['test'])} to test/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
