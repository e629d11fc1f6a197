"""Articles as researchers collect them: one seed file becomes one or more collected articles, each with its text and what came with it.

One module per form: text seeds are decoded by newsdossier.seeds; saved pages are read by
ingest.html, scraper output by ingest.scraped, the collector's seeds/metadata.csv by
ingest.metadata, web addresses by ingest.address; ingest.known holds the values with their
origins and ingest.precedence decides between them and the text.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable

from ..seeds import Decoded, SeedError, decode, decode_seed, fingerprint, not_read_reason, saved_page, seed_bytes
from .known import Known
from .metadata import Row

PAGE_SUFFIXES = (".html", ".htm")
SCRAPED_SUFFIXES = (".json", ".jsonl")


@dataclass(frozen=True)
class Reading:
    """A collected article read: the text the extractor reads, what came with it, a note
    on how it was decoded (or None), and, when the seed's encoding was not certain, the
    encoding read (a guess such as "cp1252", or "utf-8" with bad bytes) and how many of its
    bytes became U+FFFD (seeds.Decoded)."""

    text: str
    known: Known
    note: str | None = None
    encoding: str | None = None
    bad_bytes: int = 0


@dataclass(frozen=True)
class Collected:
    """One article of a seed file, before it is read. seed: the file name in seeds/; entry:
    for a file holding several articles (.jsonl, a .json list), what identifies this one
    whatever line it is on (its address, else "sha256:" of its text), else None;
    fingerprint: of the article's bytes and its metadata.csv row (a change to either re-reads
    it, and only it); content: of the article's bytes alone; read: reads it (trafilatura
    for a page: done only when the fingerprint changed); a partial of a module function, so a
    Collected pickles and can be read in another process (normalize's executors)."""

    seed: str
    entry: str | None
    fingerprint: str
    content: str
    read: Callable[[], Reading]

    @property
    def key(self) -> str:
        """What identifies the article among all: its seed, and its entry in the seed."""
        return article_key(self.seed, self.entry)

    @property
    def label(self) -> str:
        """How messages name it: "feed.jsonl (https://...)" or the seed's name."""
        return article_label(self.seed, self.entry)


def article_key(seed: str, entry: str | None) -> str:
    """What identifies an article among all, from its seed's file name and its entry in the
    seed (None for a seed of one article): "feed.jsonl#https://..." or the seed's name."""
    return seed if entry is None else f"{seed}#{entry}"


def article_label(seed: str, entry: str | None) -> str:
    """How messages name an article (seed's file name, entry or None): "feed.jsonl
    (https://...)" or the seed's name."""
    return seed if entry is None else f"{seed} ({entry})"


def collect(path: Path, row: Row | None = None) -> tuple[list[Collected], list[str]]:
    """The articles of one seed file, and one line per part of it left out (a .jsonl line
    that is not JSON). row: the file's metadata.csv row, which outranks what the file says
    (for a file of several articles, it applies to each). Raises SeedError (one line: why)
    when nothing of the file can be read or it is of a kind read as no article (seeds.not_read_reason:
    a table, a feed, a document...; but an .xml that is a saved page is read as one), OSError
    when it cannot be opened. A saved page is read as a page whatever its suffix (".xhtml",
    ".php", none: seeds.saved_page)."""
    suffix = path.suffix.lower()
    why = not_read_reason(path.name)
    if why and suffix != ".xml":
        raise SeedError(why)
    raw = seed_bytes(path)
    extra = row.fingerprint_part() if row else b""
    whole = fingerprint(raw)
    stamp = fingerprint(raw + b"\0" + extra) if row else whole
    if not raw.strip():  # whatever its kind: an empty .json is empty, not JSON that fails to parse
        raise SeedError("empty (no text)")
    if suffix in PAGE_SUFFIXES or (suffix not in SCRAPED_SUFFIXES and saved_page(raw)):
        return [Collected(path.name, None, stamp, whole, partial(_page, raw, row))], []
    if why:
        raise SeedError(why)
    if suffix in SCRAPED_SUFFIXES:
        return _scraped(path.name, raw, suffix, row)

    decoded = decode_seed(raw)  # once: a text that cannot be decoded is reported now, as before
    if not decoded.text.strip():
        raise SeedError("empty (no text)")
    return [Collected(path.name, None, stamp, whole, partial(_text, decoded, row))], []


def _known(row: Row | None) -> Known:
    known = Known()
    if row is not None:
        row.add_to(known)
    return known


def _text(decoded: Decoded, row: Row | None) -> Reading:
    return Reading(decoded.text, _known(row).with_address(), decoded.note, decoded.encoding, decoded.bad_bytes)


def _page(raw: bytes, row: Row | None) -> Reading:
    from .html import decode_page, read_page  # trafilatura loads only when a page is read

    known = _known(row)
    decoded = decode_page(raw)  # by the charset the page declares (a guess only where it is wrong)
    text = read_page(raw, known, decoded)
    return Reading(text, known.with_address(), decoded.note, decoded.encoding, decoded.bad_bytes)


def _scraped(name: str, raw: bytes, suffix: str, row: Row | None) -> tuple[list[Collected], list[str]]:
    from .scraped import entry_key, records_of_json, records_of_jsonl

    text, _ = decode(raw)
    if suffix == ".jsonl":
        records, problems = records_of_jsonl(text)
        if not records:
            raise SeedError("no article in it: " + (problems[0] if problems else "empty"))
    else:
        records, problems = records_of_json(text), []
    several = suffix == ".jsonl" or len(records) > 1
    extra = row.fingerprint_part() if row else b""
    articles: list[Collected] = []
    seen: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        canonical = _canonical(record.fields)
        content = fingerprint(canonical)
        entry = (entry_key(record) or content) if several else None
        if entry is not None and entry in seen:
            problems.append(f"line {record.line}: the same article as line {seen[entry]} ({entry}), left out")
            continue
        if entry is not None:
            seen[entry] = record.line
        stamp = fingerprint(canonical + b"\0" + extra) if row else content
        # where a note puts the record: its line in a .jsonl, its place in a .json list
        where = (f"line {record.line}: " if suffix == ".jsonl" else f"record {number}: ") if several else ""
        articles.append(Collected(name, entry, stamp, content, partial(_record, record, row, where)))
    return articles, problems


def _record(record, row: Row | None, where: str = "") -> Reading:
    """A scraped record read; a value of it left out is told in the reading's note, after
    where ("line 3: " in a .jsonl, "record 2: " in a .json list, "" for a file of one)."""
    from .scraped import read_record

    known = _known(row)
    problems: list[str] = []
    text = read_record(record, known, problems)
    return Reading(text, known.with_address(), "; ".join(where + problem for problem in problems) or None)


def _canonical(fields: dict) -> bytes:
    """A record's fields as bytes that do not depend on key order (for its fingerprint)."""
    return json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")


def entry_slug(entry: str) -> str:
    """A short, stable part of an article id for an entry of a file of several articles."""
    return hashlib.sha256(entry.encode("utf-8")).hexdigest()[:10]
