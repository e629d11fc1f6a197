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
        if "date" in values:
            date = date_value(values["date"])
            if date is None:
                problems.append(f"{where}:{line}: date {values['date']!r} is not a date (write it as 2016-01-11, 2016-01 or 2016): left out, the row's other values kept")
                del values["date"]
            else:
                values["date"] = date.edtf()
        if "url" in values and web_address(values["url"]) is None:
            problems.append(f"{where}:{line}: url {values['url']!r} is not a web address (http:// or https://): left out, the row's other values kept")
            del values["url"]
        if "language" in values:
            code = language_code(values["language"])
            if code is None:
                problems.append(f"{where}:{line}: language {values['language']!r} is not a language (write an ISO 639-1 code such as en, fr, es, vi): left out, the row's other values kept")
                del values["language"]
            else:
                values["language"] = code
        rows[name] = Row(values, line)
    return rows, problems
