"""Read seed files as they were collected: find them, fingerprint them, decode them to text."""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import ftfy

from .text import UNSPACED_LETTER

SEED_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ""}
# What the collector knew of the seeds (address, date, outlet...): read with them, not a seed.
METADATA_FILE = "metadata.csv"
MAX_SEED_BYTES = 20 * 1024 * 1024
# Files of seeds/ whose suffix names a kind of file that holds no article as text normalize
# can read (a table, a feed, a document, an archive, a picture), by suffix: (what it is, what
# to do). Read as a plain text, a table's rows or a feed's items would become one article of
# their commas or markup, and a PDF's compressed streams a text "guessed" as Windows-1252.
# Any other suffix (none, ".text", a date's ".2023") is read as a text seed.
_TABLE = ("a table", "save each article as a .txt, or the rows as a .jsonl (one JSON record a line); "
                     f"the only table normalize reads is seeds/{METADATA_FILE}, the collector's values by file")
_FEED = ("a feed or XML document", "save each article as a .txt or its page as an .html, or the items as a .jsonl")
_DOCUMENT = ("a document", "save its text as a .txt")
_ARCHIVE = ("an archive", "unpack it into seeds/")
_PICTURE = ("a picture", "keep it outside seeds/ (a caption worth keeping goes in the article's text)")
_WEB_ARCHIVE = ("a web archive", "a page saved with its pictures in one file: save the page as an .html "
                                   "(\"Webpage, HTML only\") or its text as a .txt")
NOT_READ_SUFFIXES = {
    **dict.fromkeys((".csv", ".tsv", ".xls", ".xlsx", ".ods"), _TABLE),
    **dict.fromkeys((".xml", ".rss", ".atom"), _FEED),
    **dict.fromkeys((".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub"), _DOCUMENT),
    **dict.fromkeys((".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar"), _ARCHIVE),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"), _PICTURE),
    **dict.fromkeys((".mhtml", ".mht", ".webarchive"), _WEB_ARCHIVE),
}
# A saved web page whatever its suffix (".xhtml", ".shtml", ".php", ".aspx", an ".xml" that is
# XHTML, none): its first bytes, after a byte order mark, an XML declaration and comments, open
# an HTML document. Such a file is read as a page, not as a text or a feed (saved_page).
_PAGE_OPENING = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.I | re.S)
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
    point anywhere on the machine), hidden files with a text suffix, and folders holding files
    (normalize reads only the files directly in seeds/: a collection sorted into seeds/ar/,
    seeds/pt/... is told, not dropped unsaid). Other hidden files (.DS_Store, .gitkeep), hidden
    folders and empty folders are passed over silently."""
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
        elif not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False) and (count := _files_under(entry.path)):
            found.append((folder / entry.name, f"a folder holding {count} file{'s' if count > 1 else ''}, not read: normalize reads only "
                                               "the files directly in seeds/ (move them up into seeds/, renamed where two share a name)"))
    return found


def _files_under(path: str) -> int:
    """How many files (not hidden, in folders not hidden, links not followed) a folder holds, at any depth."""
    count = 0
    for _top, folders, files in os.walk(path):
        folders[:] = [name for name in folders if not name.startswith(".")]
        count += sum(1 for name in files if not name.startswith("."))
    return count


def fingerprint(raw: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Decoded:
    """A seed's bytes as text (seeds.decode_seed). note: how they were decoded when not plain
    UTF-8, else None; encoding: the encoding read when it is not certain (a guess from the
    bytes, such as "cp1252", or "utf-8" read with bad bytes), else None; bad_bytes: how many
    bytes could not be read and became U+FFFD (the replacement character)."""

    text: str
    note: str | None = None
    encoding: str | None = None
    bad_bytes: int = 0


def decode(raw: bytes) -> tuple[str, str | None]:
    """Text of the bytes, and a note when they were not plain UTF-8 (see decode_seed).
    Raises SeedError when they are binary data or no encoding reads them."""
    decoded = decode_seed(raw)
    return decoded.text, decoded.note


def decode_seed(raw: bytes) -> Decoded:
    """The bytes of a text seed as text (NFC, line ends as \\n), and how they were read.
    UTF-16 with or without a byte order mark; UTF-8, also when a few of its bytes are bad (they
    become U+FFFD, counted: see _utf8_with_bad_bytes); any other encoding is guessed from the
    bytes (see _best_guess), the guess named in .encoding so a person can check it. Mojibake
    (UTF-8 read as Windows-1252 before it was saved) is mended with ftfy. Raises SeedError
    when the bytes are binary data or no encoding reads them."""
    note = encoding = guess = None
    bad = 0
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
            if (utf8 := _utf8_with_bad_bytes(raw)) is not None:
                text, bad = utf8
                encoding, note = "utf-8", f"decoded as UTF-8, {_bytes(bad)} not UTF-8 replaced by U+FFFD"
            else:
                guess = _best_guess(raw)
                if guess is None:
                    raise SeedError("not text in any encoding we can recognise") from None
                encoding, text, bad = guess.encoding, guess.text, guess.bad_bytes
                note = f"decoded as {encoding} (guessed from its bytes" + (f"; {_bytes(bad)} undefined in it replaced by U+FFFD)" if bad else ")")
    if guess is not None and guess.mended is not None:  # a Windows-1252 guess: mended already (_windows_1252)
        fixed, repaired = text, guess.mended
    else:
        # Mojibake is made of characters outside ASCII: a text of ASCII alone has none to mend,
        # and ftfy's test for it reads the whole text (ftfy documentation, "fix_encoding").
        fixed = text if text.isascii() else ftfy.fix_encoding(text)
        repaired = fixed != text
    if repaired:
        note = (note + "; " if note else "") + "repaired mis-decoded characters (mojibake)"
    text = unicodedata.normalize("NFC", fixed).replace("\r\n", "\n").replace("\r", "\n")
    if looks_binary(text):
        raise SeedError("binary data (control characters), not text")
    return Decoded(text, note, encoding, bad)


def _bytes(count: int) -> str:
    return f"{count} byte" + ("" if count == 1 else "s")


def looks_binary(text: str) -> bool:
    """True when decoded text is binary data rather than text: more control characters
    (Unicode category Cc, tab and line ends aside) than 8, or than 1 % of its characters."""
    return len(_CONTROLS.findall(text)) > max(8, len(text) // 100)


# UTF-16 without a byte order mark in a script other than Latin's (Arabic, Cyrillic, CJK...):
# a NUL is the high byte of each ASCII character only (spaces, line ends, digits), so at least
# this share of the pairs, and more of them on that side than on the other (where a CJK
# character such as U+4E00 puts one); the text it decodes to must then read as text (see
# _utf16_without_bom).
MIN_UTF16_ASCII_SHARE = 0.02
# A text in a script written without spaces (Chinese, Japanese) has NULs only at its line ends
# and digits, fewer than that share where its paragraphs are long: it is taken where at least
# MIN_UTF16_UNSPACED_SHARE of the characters it decodes to are of such a script
# (text.UNSPACED_LETTER) and MIN_UTF16_HIGH_BYTES of its bytes are 0x80 or over (a Latin text
# with a stray NUL decodes to Han characters too, "Bush hid the facts", but its bytes are
# ASCII; a Chinese text's are 0x80 or over about a third of the time, a Japanese one's a fifth).
MIN_UTF16_UNSPACED_SHARE = 0.5
MIN_UTF16_HIGH_BYTES = 0.15


def _high_bytes(raw: bytes) -> int:
    """How many of the bytes are 0x80 or over."""
    return len(raw) - len(raw.translate(None, bytes(range(0x80, 0x100))))


def _utf16_without_bom(raw: bytes) -> str | None:
    """The text, when the bytes look like UTF-16 without a byte order mark: text in Latin
    scripts has a NUL in nearly every other byte, and nowhere else; text in another script has
    NULs mostly on one side, at its spaces, line ends and digits (MIN_UTF16_ASCII_SHARE), and
    then reads as text: no control character, no unassigned or private-use code point, no
    lone surrogate (binary data with NULs on one side does not). A text in a script written
    without spaces may have fewer NULs (MIN_UTF16_UNSPACED_SHARE)."""
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
    for order, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        spaced = others < zeros and zeros >= MIN_UTF16_ASCII_SHARE * pairs
        # (a script without spaces: "一", U+4E00, the commonest of Chinese characters, puts a NUL
        # on the other side, as many as the line ends put on this one)
        if spaced or (zeros and _high_bytes(head) >= MIN_UTF16_HIGH_BYTES * len(head)):
            try:
                text = raw.decode(order)
            except UnicodeDecodeError:
                continue
            if _CONTROLS.search(text) or any(unicodedata.category(c) in ("Cn", "Co", "Cs") for c in text[:4096]):
                continue
            if spaced or len(UNSPACED_LETTER.findall(text[:2048])) >= MIN_UTF16_UNSPACED_SHARE * len(text[:2048]):
                return text
    return None


# A byte of UTF-8 that the decoder cannot read (surrogateescape gives each one as U+DC80..U+DCFF),
# and any character outside ASCII.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_NOT_ASCII = re.compile("[^\x00-\x7f]")


def _utf8_with_bad_bytes(raw: bytes) -> tuple[str, int] | None:
    """(text, number of bad bytes) when bytes that are not valid UTF-8 are UTF-8 all the same
    but for a few bad bytes, else None (another encoding is to be guessed). Each maximal
    invalid sequence becomes one U+FFFD, as the Unicode Standard recommends (chapter 3.9,
    "U+FFFD Substitution of Maximal Subparts"; Python's "replace" does so).

    Rule of thumb: the bytes are UTF-8 when they begin with its byte order mark, or when their
    valid multi-byte characters outnumber their invalid sequences. Text in a single-byte
    encoding almost never holds valid multi-byte UTF-8 by chance: an accented letter would
    have to be followed by just the right symbols (M. Dürst, "The Properties and Promises of
    UTF-8", 11th International Unicode Conference, 1997; the reason the W3C and WHATWG tell
    readers to try UTF-8 first). So in Windows-1252 or Latin-1 text nearly every byte outside
    ASCII is an invalid sequence, while in UTF-8 text saved with a stray byte, a cut character
    or a pasted word of another encoding, the valid characters are the many."""
    escaped = raw.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED_BYTE.findall(escaped))
    valid = len(_NOT_ASCII.findall(escaped)) - bad
    text = raw.decode("utf-8-sig", "replace")
    invalid = text.count("\ufffd") - escaped.count("\ufffd")  # a U+FFFD of the text itself is no error
    if raw.startswith(b"\xef\xbb\xbf") or valid > invalid:
        return text, bad
    return None


# Western encodings first: on short texts the detector cannot tell Windows-1252 from
# its Central European cousins, and this corpus is mostly English, French and Spanish.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
# How far above the least messy reading a Western one may be and still be preferred (in
# charset_normalizer's "chaos", its share of characters that look out of place).
WESTERN_MARGIN = 0.05
# charset_normalizer's own ceiling of chaos for a reading it accepts (from_bytes's threshold).
MAX_CHAOS = 0.2
# Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): text in it never holds
# them, so each one left after mending mojibake is a bad byte. Its reading is set aside when
# they are more than this share of the characters outside ASCII: then the text is in another
# encoding that uses those bytes for letters (Mac Roman puts è and ê there, DOS code page 850 É).
MAX_UNDEFINED_SHARE = 0.25
# A reading that makes words of letters of two scripts ("йtй", "ciblГe": French read as
# Cyrillic) is set aside when such words are more than this share of the words with a letter
# outside ASCII: a word's letters are of one script (Unicode Technical Standard #39, section 5,
# "Mixed-Script Detection", takes a mixed word as a sign of something wrong), while a real
# Cyrillic or Greek text read right has its words in that script and its ASCII names apart.
MAX_MIXED_SCRIPT_SHARE = 0.05
_WORD = re.compile(r"[^\W\d_]+")
# The Latin letters of Unicode's blocks: Basic Latin to Latin Extended-B (with ª º µ of
# Latin-1), IPA Extensions, Latin Extended Additional (Vietnamese), Extended-C and -D. The
# spacing modifier letters (ˆ and ˜ of Windows-1252) are outside: no word is spelt with them,
# so "mˆme" (French read in the wrong DOS or Windows code page) is a mixed word too.
_LATIN_LETTER = re.compile("[\x00-\u02af\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]")
_NOT_LATIN_LETTER = re.compile("[^\\W\\d_\x00-\u02af\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]")
# The five bytes Windows-1252 leaves undefined, as ftfy's sloppy-windows-1252 decodes them.
_UNDEFINED_IN_1252 = re.compile("[\x81\x8d\x8f\x90\x9d]")


class _Guess(NamedTuple):
    encoding: str
    text: str
    chaos: float  # charset_normalizer's share of characters out of place
    bad_bytes: int = 0  # bytes replaced by U+FFFD
    mended: bool | None = None  # whether ftfy mended mojibake in .text already (None: not tried)


def _best_guess(raw: bytes) -> _Guess | None:
    """The reading of bytes that are not UTF-8 taken among charset_normalizer's (each with its
    chaos) and Windows-1252's (_windows_1252), or None when no encoding reads them. Readings
    whose words mix scripts are set aside (see MAX_MIXED_SCRIPT_SHARE); of the others, a
    Western one (PREFERRED_ENCODINGS) within WESTERN_MARGIN of the least messy is taken, else
    the least messy: a Cyrillic, Greek or Mac encoding wins only when the bytes read as such."""
    from charset_normalizer import from_bytes  # on first use: only bytes that are not UTF-8 need it

    readings = [_Guess(m.encoding, str(m), m.chaos) for m in from_bytes(raw) if m.encoding != "cp1252"]
    if (windows := _windows_1252(raw)) is not None:
        readings.append(windows)
    if not readings:
        return None
    readings.sort(key=lambda reading: (reading.chaos, reading.encoding != "cp1252"))  # stable among equals
    # The least messy reading that does not mix scripts, looked for in order (each one looked
    # at is read through), then the first Western one as good within the margin.
    least = next((reading for reading in readings if not _mixes_scripts(reading.text)), readings[0])
    return next((reading for reading in readings if reading.encoding in PREFERRED_ENCODINGS and reading.chaos <= least.chaos + WESTERN_MARGIN
                 and (reading is least or not _mixes_scripts(reading.text))), least)


def _windows_1252(raw: bytes) -> _Guess | None:
    """The Windows-1252 reading of the bytes, or None when it reads as a mess. Its undefined
    bytes are read as ftfy's sloppy-windows-1252 does (as Latin-1's C1 controls), so that ftfy
    can mend the pieces of UTF-8 they belong to (a file of Windows-1252 and UTF-8 text); those
    left become U+FFFD, counted. charset_normalizer drops the encoding at one undefined byte (and
    reads French as Cyrillic or Arabic) or at pieces of UTF-8, and measures its chaos on samples:
    here it is measured on the whole mended text (charset_normalizer's mess_ratio)."""
    from charset_normalizer.md import mess_ratio
    import ftfy.bad_codecs  # noqa: F401  registers sloppy-windows-1252

    text = raw.decode("sloppy-windows-1252")
    mended = text if text.isascii() else ftfy.fix_encoding(text)
    undefined = len(_UNDEFINED_IN_1252.findall(mended))
    if undefined > MAX_UNDEFINED_SHARE * len(_NOT_ASCII.findall(mended)):
        return None
    chaos = mess_ratio(_UNDEFINED_IN_1252.sub("", mended), MAX_CHAOS)
    if chaos >= MAX_CHAOS:
        return None
    return _Guess("cp1252", _UNDEFINED_IN_1252.sub("\ufffd", mended) if undefined else mended, chaos, undefined, mended != text)


def _mixes_scripts(text: str) -> bool:
    """Whether more than MAX_MIXED_SCRIPT_SHARE of the words with a letter outside ASCII mix
    letters of Unicode's Latin blocks with letters of any other (Cyrillic, Greek, Arabic...)."""
    if not _NOT_LATIN_LETTER.search(text):  # all its letters Latin: nothing to mix
        return False
    words = [word for word in _WORD.findall(text) if not word.isascii()]
    mixed = sum(1 for word in words if _NOT_LATIN_LETTER.search(word) and _LATIN_LETTER.search(word))
    return mixed > MAX_MIXED_SCRIPT_SHARE * len(words)


def saved_page(raw: bytes) -> bool:
    """Whether a file's bytes are a saved web page (_PAGE_OPENING: they open an HTML
    document), whatever its suffix says."""
    return _PAGE_OPENING.match(raw[:4096]) is not None


def not_read_reason(name: str) -> str | None:
    """Why a file of seeds/ is no seed normalize reads, from its suffix (NOT_READ_SUFFIXES:
    a table, a feed, a document, an archive, a picture, a web archive), as one line naming the
    kind and what to do; None for a file read as a seed (a text, a saved page, scraper output,
    or any other suffix, read as text). The collector's table named otherwise than
    metadata.csv in its case ("Metadata.csv") is told to be renamed."""
    suffix = Path(name).suffix.lower()
    if suffix not in NOT_READ_SUFFIXES:
        return None
    if name.lower() == METADATA_FILE:
        return f"the collector's table, read only when named {METADATA_FILE} in lower case: rename it {METADATA_FILE}"
    kind, remedy = NOT_READ_SUFFIXES[suffix]
    return f"{kind} ({suffix}), not a form normalize reads as an article: {remedy}"


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
