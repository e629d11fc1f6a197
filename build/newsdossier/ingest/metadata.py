"""seeds/metadata.csv: what the collector knew of each seed (address, date, outlet, title, authors, language), one row per file."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from ..seeds import METADATA_FILE, SeedError, decode
from .address import web_address
from .known import Known, author_names, date_value, language_code, outlet_name

COLUMNS = ("file", "url", "date", "source", "title", "authors", "language")
DELIMITERS = ",;\t"


@dataclass(frozen=True)
class Row:
    """One row of metadata.csv, its values cleaned (bad ones left out): field -> text; line:
    its line in the file."""

    values: dict
    line: int

    def fingerprint_part(self) -> bytes:
        """The row as bytes for an article's fingerprint: a changed row re-reads its seed."""
        return json.dumps(self.values, sort_keys=True, ensure_ascii=False).encode("utf-8")

    def add_to(self, known: Known) -> None:
        """The row's values as known values of origin "collector"."""
        said = f"seeds/{METADATA_FILE} line {self.line}"
        values = self.values
        known.add("url", values.get("url"), "collector", said)
        known.add("title", values.get("title"), "collector", said)
        known.add("authors", author_names(values.get("authors")), "collector", said)
        known.add("date", values.get("date"), "collector", said)
        known.add("source", outlet_name(values.get("source")) or values.get("source"), "collector", said)
        known.add("language", values.get("language"), "collector", said)


def read_metadata(raw: bytes, seed_names: set[str]) -> tuple[dict[str, Row], list[str]]:
    """The rows of a metadata.csv by seed file name, and one line per problem (the file
    "seeds/metadata.csv:LINE: what is wrong: what was done"). The file is text in any encoding
    seeds.decode reads (UTF-8 with or without a byte order mark, UTF-16 as spreadsheets export
    it, Windows-1252), with a header row naming a `file` column and any of url, date, source,
    title, authors, language (any case, any order); comma-, semicolon- or tab-separated
    (csv.Sniffer on the header). A row naming no seed, a second row for a seed, a date that is
    not a date, an address that is not http(s), a language that is not one: one line each;
    the rest is read. A bad value is left out of its row, the row's other values are kept."""
    where = f"seeds/{METADATA_FILE}"
    try:
        text, _note = decode(raw)
    except SeedError as error:
        return {}, [f"{where}: not read: {error}"]
    header = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(header, delimiters=DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows: dict[str, Row] = {}
    problems: list[str] = []
    names = [column.strip().lower() for column in next(reader, [])]
    if "file" not in names:
        return {}, [f"{where}:1: no 'file' column: the header row must name the seed's file in a column 'file' (and any of {', '.join(COLUMNS[1:])}); the file was not read"]
    for column in names:
        if column and column not in COLUMNS:
            problems.append(f"{where}:1: column {column!r} is not one newsdossier reads ({', '.join(COLUMNS)}): ignored")
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        values = {name: cell.strip() for name, cell in zip(names, cells) if name in COLUMNS and cell.strip()}
        name = values.pop("file", "")
        if not name:
            problems.append(f"{where}:{line}: no file named in the 'file' column: row left out")
            continue
        name = Path(name).name if name.startswith("seeds/") else name
        if name not in seed_names:
            problems.append(f"{where}:{line}: {name!r} is not a file in seeds/: row left out (fix the name or add the file)")
            continue
        if name in rows:
            problems.append(f"{where}:{line}: a second row for {name!r} (the first is line {rows[name].line}): left out")
            continue
        at = f"{where}:{line}"
        _check_value(values, "date", lambda text: date.edtf() if (date := date_value(text)) is not None else None,
                     "a date (write it as 2016-01-11, 2016-01 or 2016)", at, problems)
        _check_value(values, "url", lambda text: text if web_address(text) is not None else None,
                     "a web address (http:// or https://)", at, problems)
        _check_value(values, "language", language_code, "a language (write an ISO 639-1 code such as en, fr, es, vi)", at, problems)
        rows[name] = Row(values, line)
    return rows, problems


def _check_value(values: dict, field: str, read, expected: str, at: str, problems: list[str]) -> None:
    """A row's value of `field`, where it has one, as read(text) gives it (a str, or None for
    a value that is not `expected`): values changed in place, the value replaced, or left out
    with one line appended to problems ("<at>: <field> '<value>' is not <expected>: left out,
    the row's other values kept")."""
    if field not in values:
        return
    value = read(values[field])
    if value is None:
        problems.append(f"{at}: {field} {values[field]!r} is not {expected}: left out, the row's other values kept")
        del values[field]
    else:
        values[field] = value
