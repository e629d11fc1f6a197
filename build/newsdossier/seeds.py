"""Read seed files as they were collected: find them, fingerprint them, decode them to text."""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import ftfy

SEED_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ""}
# What the collector knew of the seeds (address, date, outlet...): read with them, not a seed.
METADATA_FILE = "metadata.csv"
MAX_SEED_BYTES = 20 * 1024 * 1024
# Unicode's control characters (category Cc) but for tab and line ends.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class SeedError(Exception):
    """A seed that cannot become an article; the message says why, in one line."""


@dataclass(frozen=True)
class Seed:
    name: str  # file name inside seeds/
    fingerprint: str  # sha256 of the raw bytes
    text: str
    note: str | None = None  # how it was decoded when not plain UTF-8


def list_seeds(folder: Path) -> list[Path]:
    """Seed files in name order: regular files only, no hidden files, no links, not the
    collector's metadata.csv."""
    return [folder / name for name in seed_names(folder)]


def seed_names(folder: Path) -> list[str]:
    """The file names of list_seeds(folder), in the same order, without making a Path of each."""
    if not folder.is_dir():
        return []
    # os.scandir tells a regular file from a link or a folder without a stat call per file
    # (the kind comes with the listing on Linux): listing 10,000 seeds this way takes a tenth of the time.
    with os.scandir(folder) as entries:
        names = [e.name for e in entries if not e.name.startswith(".") and e.name != METADATA_FILE and e.is_file(follow_symlinks=False)]
    return sorted(names)


def watched(folder: Path) -> list[Path]:
    """The files of seeds/ whose change calls for a normalize: the seeds and metadata.csv."""
    metadata = folder / METADATA_FILE
    return list_seeds(folder) + ([metadata] if metadata.is_file() and not metadata.is_symlink() else [])


def passed_over(folder: Path) -> list[tuple[Path, str]]:
    """Entries of seeds/ that look meant as seeds but are not read, and why: links (they may
    point anywhere on the machine) and hidden files with a text suffix. Other hidden files
    (.DS_Store, .gitkeep) and folders are passed over silently."""
    if not folder.is_dir():
        return []
    found = []
    with os.scandir(folder) as listing:  # the kind of each entry without a stat call per seed
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        if entry.is_symlink():
            found.append((folder / entry.name, "a symbolic link, not read (copy the file itself into seeds/)"))
        elif entry.name.startswith(".") and Path(entry.name).suffix.lower() in SEED_SUFFIXES - {""} and entry.is_file():
            found.append((folder / entry.name, "a hidden file (its name starts with '.'), not read; rename it to include it"))
    return found


def fingerprint(raw: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def decode(raw: bytes) -> tuple[str, str | None]:
    """Text of the bytes, and a note when they were not plain UTF-8."""
    note = None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, note = raw.decode("utf-16"), "decoded as UTF-16"
    elif (utf16 := _utf16_without_bom(raw)) is not None:
        text, note = utf16, "decoded as UTF-16 (no byte order mark)"
    elif b"\x00" in raw[:4096]:
        raise SeedError("binary data (NUL bytes), not text")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            best = _best_guess(raw)
            if best is None:
                raise SeedError("not text in any encoding we can recognise") from None
            text, note = str(best), f"decoded as {best.encoding}"
    # Mojibake is made of characters outside ASCII: a text of ASCII alone has none to mend,
    # and ftfy's test for it reads the whole text (ftfy documentation, "fix_encoding").
    fixed = text if text.isascii() else ftfy.fix_encoding(text)
    if fixed != text:
        note = (note + "; " if note else "") + "repaired mis-decoded characters (mojibake)"
    text = unicodedata.normalize("NFC", fixed).replace("\r\n", "\n").replace("\r", "\n")
    if looks_binary(text):
        raise SeedError("binary data (control characters), not text")
    return text, note


def looks_binary(text: str) -> bool:
    """True when decoded text is binary data rather than text: more control characters
    (Unicode category Cc, tab and line ends aside) than 8, or than 1 % of its characters."""
    return len(_CONTROLS.findall(text)) > max(8, len(text) // 100)


def _utf16_without_bom(raw: bytes) -> str | None:
    """The text, when the bytes look like UTF-16 without a byte order mark: text in Latin
    scripts has a NUL in nearly every other byte, and nowhere else."""
    head = raw[:4096]
    if len(head) < 16 or len(raw) % 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    for order, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.6 * pairs and others == 0:
            try:
                return raw.decode(order)
            except UnicodeDecodeError:
                return None
    return None


# Western encodings first: on short texts the detector cannot tell Windows-1252 from
# its Central European cousins, and this corpus is mostly English, French and Spanish.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")


def _best_guess(raw: bytes):
    from charset_normalizer import from_bytes  # on first use: only bytes that are not UTF-8 need it

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    western = [m for m in matches if m.encoding in PREFERRED_ENCODINGS and m.chaos <= best.chaos + 0.05]
    return western[0] if western else best


def seed_bytes(path: Path) -> bytes:
    """The bytes of a seed file; SeedError when it is over MAX_SEED_BYTES (checked before
    reading it), OSError when it cannot be read."""
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        raise SeedError(f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_SEED_BYTES // (1024 * 1024)} MB)")
    return path.read_bytes()


def read_seed(path: Path) -> Seed:
    """A text seed, decoded: SeedError when it is too large, not text or empty."""
    raw = seed_bytes(path)
    text, note = decode(raw)
    if not text.strip():
        raise SeedError("empty (no text)")
    return Seed(path.name, fingerprint(raw), text, note)


# Seeds the site publishes as they are: plain text and data a browser shows, never runs. Any
# other seed (a saved page, .xht, .svg, .xsl, a name with no suffix...) is published as text,
# under its name with ".txt" added: a list of what to allow, not of what to block, so that no
# seed can run a script on the site's own address. The seed itself is untouched.
SHOWN_AS_IS = frozenset({".txt", ".text", ".md", ".json", ".jsonl", ".csv"})


def published_seed(name: str) -> str:
    """Where the site publishes a seed file, relative to the site's root: "seeds/<name>" for
    the suffixes of SHOWN_AS_IS, else "seeds/<name>.txt", shown as text."""
    return f"seeds/{name}" if Path(name).suffix.lower() in SHOWN_AS_IS else f"seeds/{name}.txt"


@dataclass(frozen=True)
class SeedListing:
    """What the site needs to know of seeds/: the seed files it publishes (so a page links a
    seed only when it is there: an article is kept when its seed is deleted), and the files
    of seeds/ that no article came from, with why (for the review page)."""

    served: frozenset[str] | None = None  # None: not looked at, every seed counts as served
    unread: tuple[tuple[str, str], ...] = ()  # (file name, why it has no article)

    def has(self, name) -> bool:
        return self.served is None or str(name) in self.served

    def href(self, name) -> str:
        """The site address of a seed's published copy ("/seeds/<name>", text for web pages)."""
        return "/" + published_seed(str(name))


def seed_listing(folder: Path, article_seeds: set[str], reasons: dict[str, str] | None = None) -> SeedListing:
    """The SeedListing of a seeds/ folder, given the seed names the articles in data/ came
    from. The reason a seed has no article is, in this order: what the last normalize said
    (reasons: file name -> why), why it is passed over (a link, a hidden file), why it cannot
    be read (as ingest.collect reads it), or that normalize has not read it yet. Reads only the
    seeds without an article."""
    reasons = reasons or {}
    served = list_seeds(folder)
    unread = [(path.name, reasons.get(path.name) or why) for path, why in passed_over(folder)]
    for path in served:
        if path.name in article_seeds:
            continue
        why = reasons.get(path.name)
        if why is None:
            from .ingest import collect  # ingest builds on this module
            try:
                collect(path)  # as normalize reads it: a page, scraper output or a text
                why = "no article yet: run `newsdossier normalize` (it says why when it skips a seed)"
            except (SeedError, OSError) as error:
                why = f"cannot be read: {error}"
        unread.append((path.name, why))
    return SeedListing(frozenset(p.name for p in served), tuple(sorted(unread)))
