"""Reading and writing data/: article files with YAML front-matter, YAML registries, atomic writes."""
from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import io
import json
import os
import re
import tempfile
import time
import threading
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.resolver import VersionedResolver

from . import fastyaml
from .seeds import fingerprint

FENCE = "---"

SHARED_CACHE_VARIABLE = "NEWSDOSSIER_CACHE_DIR"


def shared_cache() -> Path:
    """The folder for the copies that depend on no project: the language model uncompressed
    (about 68 MB) and the spelling lists, made once per user and machine instead of once per
    project's .newsdossier-cache. $NEWSDOSSIER_CACHE_DIR when set and not empty, else the
    user's cache folder as platformdirs gives it (on Linux $XDG_CACHE_HOME/newsdossier or
    ~/.cache/newsdossier, after the XDG Base Directory Specification; ~/Library/Caches on
    macOS; %LOCALAPPDATA% on Windows). The folder may not exist yet nor be writable: its
    readers (language.keep_model_in) then fall back to the libraries' own loading. Never raises."""
    given = os.environ.get(SHARED_CACHE_VARIABLE, "").strip()
    if given:
        return Path(given).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("newsdossier", appauthor=False))


class DataError(Exception):
    """Something in data/ that a person must look at: the file, the line and what to do.

    severity is "error" (the site cannot be built right from it: broken YAML, an unknown id,
    a value of the wrong shape) or "warning" (a human should look, the site still builds:
    an alias claimed twice, a date after today, two actors that may be one)."""

    def __init__(self, path: Path | str, line: int | None, message: str, severity: str = "error"):
        self.path, self.line, self.message, self.severity = str(path), line, message, severity
        super().__init__(self.one_line())

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"

    def one_line(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: warning: {self.message}" if self.is_warning else f"{where}: {self.message}"


@dataclass(frozen=True)
class Project:
    """Where a corpus lives: seeds/ in, data/ out."""

    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def articles(self) -> Path:
        return self.data / "articles"

    def registry(self, name: str) -> Path:
        return self.data / f"{name}.yaml"

    @property
    def machine(self) -> Path:
        """The last machine output of each article, the base of the three-way merge."""
        return self.data / ".machine"

    def machine_record(self, article_id: str) -> Path:
        return self.machine / f"{article_id}.yaml"

    @property
    def cache(self) -> Path:
        """What normalize keeps between runs to read only what changed (an index of data/'s
        articles, the seeds that made no article): never the source of anything, safe to delete,
        not to commit. Outside data/, which people edit and commit."""
        return self.root / ".newsdossier-cache"

    @property
    def skipped_seeds(self) -> Path:
        """Why the last normalize made no article of some seeds, for the review page of a site
        built without running it (an article id never starts with "_")."""
        return self.machine / "_skipped-seeds.yaml"

    @property
    def machine_events(self) -> Path:
        """What normalize wrote of each event's fields a person may correct (record_machine_events),
        for the event page's "set by hand" (an article id never starts with "_"). JSON: read and
        written whole by every run that reads the registries, at 4,000 events 10 ms where YAML
        took 1.4 s."""
        return self.machine / "_events.json"


class _SafeTextDates(SafeConstructor):
    """Dates stay text: "2021-11-26" is an EDTF string to validate, not a datetime to crash on."""


class _RoundTripTextDates(RoundTripConstructor):
    """The same for round-trip loading."""


for _constructor in (_SafeTextDates, _RoundTripTextDates):
    _constructor.add_constructor("tag:yaml.org,2002:timestamp", _constructor.construct_yaml_str)


def _round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _RoundTripTextDates
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    return yaml


class _OnceVersionedResolver(VersionedResolver):
    """ruamel.yaml's resolver, whose YAML version is looked up once per loader instead of for
    every scalar. Under the C parser (ruamel.yaml.clib) a document's `%YAML` directive never
    reaches the resolver: the version is always the loader's own, or 1.2, and ruamel.yaml
    finds that out for each scalar through two caught AttributeErrors, about a sixth of the
    time of reading data/ (160,000 look-ups at 1,000 articles). The pure-Python parser, whose
    scanner does read the directive, is still asked each time."""

    _version = None

    @property
    def processing_version(self):
        if self._version is not None:
            return self._version
        version = VersionedResolver.processing_version.fget(self)
        if not hasattr(getattr(self.loadumper, "_scanner", None), "yaml_version"):
            self._version = version
        return version


def _safe_yaml() -> YAML:
    yaml = YAML(typ="safe", pure=False)
    yaml.Constructor = _SafeTextDates
    yaml.Resolver = _OnceVersionedResolver
    return yaml


def dump_yaml(data) -> str:
    """The YAML text of data as ruamel.yaml's round-trip dumper writes it (block style, width
    4096, unicode, comments and quotes a person wrote kept); plain data (most of what normalize
    writes) by fastyaml, the same bytes several times faster."""
    fast = fastyaml.dump(data, _round_trip_yaml)
    if fast is not None:
        return fast
    stream = io.StringIO()
    _round_trip_yaml().dump(data, stream)
    return stream.getvalue()


# What the YAML parser's complaints mean, in words that say what to fix. Each row: a part of
# the parser's context or problem text, which mark gives the line of the mistake ("context":
# where the construct began, e.g. the opening quote; "problem": where the parser gave up), and
# the message. The parser's own words are kept in brackets for whoever knows YAML. Both of
# ruamel.yaml's parsers are covered: the C one (libyaml's words) and the pure-Python one.
_INDENTATION = "the indentation of this line does not fit the lines above it: line it up with the keys or items it belongs with (spaces only)"
_YAML_MISTAKES = (
    ("quoted scalar", "context", "a quote opened on this line is never closed: add the closing quote, or write the value without quotes"),
    ("mapping values are not allowed", "problem", "a ': ' inside a value: put the whole value in quotes (title: \"Peace: the mission\")"),
    ("cannot start any token", "problem", "a tab or a special character ('@', '`', '%') starts a token: indent with spaces, and quote a value that starts with such a character"),
    ("tab character", "problem", "a tab in the indentation: indent with spaces only"),
    ("could not find expected ':'", "context", "this line is neither 'key: value' nor '- item': add the ':' or join it to the line above"),
    ("flow sequence", "context", "a list opened with '[' on this line is not closed with ']' (or holds a ': ' that needs quotes)"),
    ("flow mapping", "context", "a mapping opened with '{' on this line is not closed with '}' (or holds a ': ' that needs quotes)"),
    ("undefined alias", "problem", "a value starting with '*' is read as a reference to nothing: put the value in quotes"),
    ("expected <block end>", "problem", _INDENTATION),
    ("did not find expected key", "problem", _INDENTATION),
    ("block mapping", "problem", _INDENTATION),
)


_QUOTE_CLOSES_EARLY = (
    "the quote that opens this value closes before the value ends: inside '...' write an apostrophe"
    " twice (L''armée), inside \"...\" put a backslash before a quotation mark (\\\"), or quote the"
    " value with the other mark"
)
# A line whose value (of a key, or a list item) opens with a quote mark: the mark and the rest.
_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s'"#\-][^'"#]*?:\s+)?(['"])(.*)$""")
_SINGLE_QUOTED_REST = re.compile(r"(?:[^']|'')*'")
_DOUBLE_QUOTED_REST = re.compile(r'(?:[^"\\]|\\.)*"')


def _open_quote_line(text: str, last_line: int) -> tuple[int, str] | None:
    """The last line (0-based) up to last_line whose value opens with a quote mark that does not
    close exactly at the value's end, with the message for it: the quote is not closed on its
    line, or it closes before the value ends (an apostrophe or a quotation mark of the value
    itself). None when every quoted value up to there is whole. The quoting rules are YAML
    1.2's (section 7.3: '' inside single quotes, backslash escapes inside double quotes); a
    quoted value that goes on over several lines, which YAML allows, also counts as open: this
    is asked only once the parser failed."""
    found = None
    for number, line in enumerate(text.splitlines()[: last_line + 1]):
        value = _QUOTED_VALUE.match(line)
        if not value:
            continue
        mark, rest = value.groups()
        closed = (_SINGLE_QUOTED_REST if mark == "'" else _DOUBLE_QUOTED_REST).match(rest)
        if closed is None:
            found = (number, "a quote opened on this line is never closed: add the closing quote, or write the value without quotes")
        elif rest[closed.end():].strip() and not rest[closed.end():].lstrip().startswith(("#", ":")):  # ":": a quoted key
            found = (number, _QUOTE_CLOSES_EARLY)
    return found


def _yaml_error(path, error: YAMLError, offset: int = 0, text: str | None = None) -> DataError:
    """One DataError for a YAML parser error: the line of the mistake (not where the parser gave
    up: an unclosed quote is reported at its opening line, also when it ran on to a quote mark
    of a later line) and what to do, in plain words. text: the YAML text parsed, to find a quote
    left open before the place the parser gave up."""
    if not isinstance(error, MarkedYAMLError) or error.problem_mark is None:
        return DataError(path, None, f"the YAML cannot be read ({str(error).splitlines()[0]}): check quotes, colons and indentation")
    problem = error.problem or ""
    if problem.startswith("found duplicate key"):
        key = problem.split('"')[1] if '"' in problem else "a key"
        return DataError(path, error.problem_mark.line + 1 + offset, f"key {key!r} appears twice in one mapping: keep one of them")
    said = f"{error.context or ''} {problem}"
    if text is not None and "quoted scalar" not in said:
        open_quote = _open_quote_line(text, error.problem_mark.line)
        if open_quote is not None:
            return DataError(path, open_quote[0] + 1 + offset, f"{open_quote[1]} [YAML: {problem}]")
    for words, mark_name, message in _YAML_MISTAKES:
        if words in said:
            mark = error.context_mark if mark_name == "context" and error.context_mark is not None else error.problem_mark
            return DataError(path, mark.line + 1 + offset, f"{message} [YAML: {problem}]")
    return DataError(path, error.problem_mark.line + 1 + offset, f"the YAML cannot be read here: check quotes, colons and indentation [YAML: {problem or 'invalid'}]")


def parse_yaml(text: str, path, round_trip: bool = False, line_offset: int = 0):
    """The data of a YAML text: round-trip (ruamel.yaml's commented mappings and lists, for a
    file to change and write back) or plain (dicts, lists, strings, numbers...; dates stay
    text). A plain text as dump_yaml writes it (what normalize writes) is read by fastyaml.load,
    which gives what ruamel.yaml's safe loader gives, several times faster; any other text
    (a person's comments, another layout) by ruamel.yaml. Raises DataError naming the file
    and line of a YAML error."""
    if not round_trip:
        fast = fastyaml.load(text, _round_trip_yaml, _plain_token)
        if fast is not None:
            return fast
    try:
        return (_round_trip_yaml() if round_trip else _safe_yaml()).load(text)
    except YAMLError as error:
        raise _yaml_error(path, error, line_offset, text) from None
    except (ValueError, TypeError, RecursionError) as error:
        raise DataError(path, None, f"invalid YAML value: {error}") from None


@functools.lru_cache(maxsize=4096)
def _plain_token(token: str):
    """The value the safe loader gives a plain token of one line (a number, a boolean, null; a
    date stays text): fastyaml.load's typed. Tokens (years, counts) recur from file to file.
    Raises ValueError for a token not read so (fastyaml.load then leaves the text to ruamel.yaml,
    which names the file and line of a fault)."""
    try:
        read = _safe_yaml().load(f"k: {token}\n")
    except Exception as error:
        raise ValueError(token) from error
    if not isinstance(read, dict) or list(read) != ["k"]:
        raise ValueError(token)
    return read["k"]


class ParseCache:
    """Parsed YAML kept from one load of data/ to the next, keyed by each file's text, so that
    under `mkdocs serve` a reload parses only the files an edit changed. The parsed values are
    shared between loads: readers copy before they change anything."""

    def __init__(self):
        self._kept: dict[tuple[str, str], object] = {}
        self._used: dict[tuple[str, str], object] = {}

    def parse(self, text: str, path, line_offset: int = 0):
        key = (str(path), text)
        if key not in self._kept:
            self._kept[key] = parse_yaml(text, path, line_offset=line_offset)
        value = self._used[key] = self._kept[key]
        return value

    def end_load(self) -> None:
        """Forget the versions of files that the load just finished did not read."""
        self._kept, self._used = self._used, {}


PARSED_FILE = "parsed-data.pickle"  # StoredParseCache's file in the project's cache folder
WRITTEN_FILES = "parsed-written-*.pickle"  # beside it: parses of the files normalize wrote since, one file a run (StoredParseCache.add_written)


@functools.cache
def _parser_fingerprint() -> str:
    """What a stored parse depends on besides the text: the code that parses (this module and
    fastyaml, by their bytes), ruamel.yaml's version and Python's. Another value leaves every
    stored parse unused."""
    import ruamel.yaml
    import sys

    digest = hashlib.sha256(f"{ruamel.yaml.__version__} {sys.version}".encode())
    for module in (__file__, fastyaml.__file__):
        try:
            digest.update(Path(module).read_bytes())
        except OSError:  # not readable (a frozen install): the version of the package instead
            from . import __version__
            digest.update(f"{module} {__version__}".encode())
    return digest.hexdigest()


def _text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class StoredParseCache(ParseCache):
    """A ParseCache kept in a file between runs (`mkdocs build` after `mkdocs build`): the data of
    each file of data/ parsed, under the file's path relative to `root` and a digest of its text
    (BLAKE2b, 128 bits), so that a run parses only the files whose text changed since the last
    run that kept it. A file is read every time and its text compared (by digest): an edit is
    seen whatever it leaves of the file's size, times or inode. The stored file is read at the
    first parse and written (keep_pickled: whole or not at all) by end_load when that load
    parsed a file anew or no longer read one; it is used only when written by the same parsing
    code (_parser_fingerprint). An unreadable or foreign file is taken as empty: a cache is
    never a source. Values are shared as ParseCache's are (readers copy before changing)."""

    FORMAT = 1

    def __init__(self, file: Path, root: Path):
        super().__init__()
        self.file, self.root = file, str(root).rstrip(os.sep) + os.sep
        self._stored: dict[str, tuple[bytes, object]] | None = None
        self._now: dict[str, tuple[bytes, object]] = {}
        self._changed = False
        self._merged: list[Path] = []  # the side files (WRITTEN_FILES) merged into the stored parses

    def _read(self, file: Path) -> dict:
        import pickle

        try:
            with file.open("rb") as handle:
                stored = collector_paused(pickle.load)(handle)  # millions of containers: no collection in between
        except Exception:  # missing, truncated, written by another version: nothing stored
            return {}
        if not (isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (self.FORMAT, _parser_fingerprint())
                and isinstance(stored[2], dict)):
            return {}
        return stored[2]

    def _read_stored(self) -> dict:
        stored = self._read(self.file)
        # Newer than the stored parses of the same files, the latest last (each is used only while
        # its digest is the file's text's, whatever the order).
        self._merged = sorted(self.file.parent.glob(WRITTEN_FILES))
        for side in self._merged:
            stored.update(self._read(side))
            self._changed = True  # written into the stored file at end_load, and the side files removed
        return stored

    def add_written(self, files) -> bool:
        """Keep the parses of files a writer just wrote (normalize), so that the next load parses
        none of them: `files` gives (path, text as the load parses it, value or None); None
        parses the text here (parse_yaml), a value given must be what parse_yaml gives for it.
        They go to a side file of their own (WRITTEN_FILES, beside the stored file, named by the time),
        merged into the stored parses by the next load, so that a writer of one file never
        reads or writes the stored parses of every file. A text that does not parse is left out
        (the load names its fault). Returns whether the side file was written (never raises)."""
        kept: dict = {}
        for path, text, value in files:
            name = str(path)
            name = name[len(self.root):] if name.startswith(self.root) else name
            if value is None:
                try:
                    value = parse_yaml(text, path)
                except DataError:
                    continue
            kept[name] = (_text_digest(text), value)
        side = self.file.with_name(WRITTEN_FILES.replace("*", f"{time.time_ns():020d}-{os.getpid()}"))
        return keep_pickled(side, (self.FORMAT, _parser_fingerprint(), kept))

    def parse(self, text: str, path, line_offset: int = 0):
        if self._stored is None:
            self._stored = self._read_stored()
        name = str(path)
        name = name[len(self.root):] if name.startswith(self.root) else name
        digest = _text_digest(text)
        known = self._now.get(name) or self._stored.get(name)
        if known is None or known[0] != digest:
            known = (digest, parse_yaml(text, path, line_offset=line_offset))
            self._changed = True
        self._now[name] = known
        return known[1]

    def end_load(self) -> None:
        """Write the parses of this load, when they are not those stored; forget the others."""
        if self._stored is not None and (self._changed or self._now.keys() != self._stored.keys()):
            if keep_pickled(self.file, (self.FORMAT, _parser_fingerprint(), self._now)):
                for side in self._merged:  # merged into it
                    with contextlib.suppress(OSError):
                        side.unlink(missing_ok=True)
                self._merged = []
        self._stored, self._now, self._changed = self._now, {}, False


def _parse(text: str, path, line_offset: int, cache: ParseCache | None):
    return cache.parse(text, path, line_offset) if cache is not None else parse_yaml(text, path, line_offset=line_offset)


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DataError(path, None, f"not UTF-8 text (byte {error.start}); save it as UTF-8") from None


def split_front_matter(text: str, path) -> tuple[str, str]:
    """The YAML between the opening and closing '---' lines, and the body after them."""
    if not text.startswith(FENCE + "\n"):
        raise DataError(path, 1, "no front-matter: the file must start with a '---' line, then YAML, then '---'")
    end = text.find("\n" + FENCE + "\n", len(FENCE))
    if end == -1:
        if text.rstrip("\n").endswith("\n" + FENCE):
            end = len(text.rstrip("\n")) - len(FENCE) - 1
        else:
            raise DataError(path, 1, "front-matter is not closed: add a '---' line after the YAML")
    front = text[len(FENCE) + 1:end + 1]
    body = text[end + len(FENCE) + 2:]
    return front, body.lstrip("\n")


def read_article(path: Path, round_trip: bool = False, cache: ParseCache | None = None):
    """(front-matter mapping, body text) of one article file."""
    front_text, body = split_front_matter(read_text(path), path)
    front = parse_yaml(front_text, path, round_trip, line_offset=1) if round_trip else _parse(front_text, path, 1, cache)
    if not isinstance(front, dict):
        raise DataError(path, 2, "front-matter must be a mapping of keys to values")
    return front, body


def article_text(front, body: str) -> str:
    return f"{FENCE}\n{dump_yaml(front)}{FENCE}\n\n{body.rstrip()}\n"


def read_registry(path: Path, round_trip: bool = False, cache: ParseCache | None = None) -> list:
    if not path.exists():
        return []
    text = read_text(path)
    data = parse_yaml(text, path, round_trip) if round_trip else _parse(text, path, 0, cache)
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError(path, 1, "a registry must be a YAML list of entries ('- id: ...')")
    return data


def read_registry_to_update(path: Path) -> list:
    """A registry's entries to change and write back: as read_registry(path, round_trip=True)
    gives them, but without ruamel.yaml's slow round-trip parser when the file is as dump_yaml
    writes it (no comment, no quotes or layout of a person's own): then it is read by the
    C-backed safe loader and its mappings and lists made round-trip ones, which dump_yaml writes
    back to the same bytes. Raises DataError as read_registry does."""
    if not path.exists():
        return []
    text = read_text(path)
    plain = _parse(text, path, 0, None)
    if isinstance(plain, list) and plain and fastyaml.dump(plain, _round_trip_yaml) == text:
        return round_trip_containers(plain)
    return read_registry(path, round_trip=True)


def round_trip_containers(value):
    """Plain lists and mappings made CommentedSeq and CommentedMap (the registry code inserts
    into them), recursively; scalars as they are."""
    if isinstance(value, dict):
        return CommentedMap((key, round_trip_containers(item)) for key, item in value.items())
    if isinstance(value, list):
        return CommentedSeq(round_trip_containers(item) for item in value)
    return value


_ENTRY_ID = re.compile(r"""^[ \t]*-[ \t]+id:[ \t]*['"]?([^'"\s#]+)""", re.M)


def entry_lines(path: Path) -> dict[str, int]:
    """The line where each entry of a registry starts ('- id: ...'), found without parsing,
    for pages that tell a person where to edit."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    lines: dict[str, int] = {}
    line, counted = 1, 0
    for match in _ENTRY_ID.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        lines.setdefault(match.group(1), line)
    return lines


@functools.lru_cache(maxsize=1)
def _umask() -> int:
    """The process's umask, read once (reading it means setting it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


_TEMP_PREFIX, _TEMP_SUFFIX = ".", ".tmp"


def keep_pickled(path: Path, value, replaces: str | None = None) -> bool:
    """Keep value in the cache file at path as a pickle (the highest protocol), written whole or
    not at all: a temporary file (named as remove_unfinished_writes finds it) renamed into
    place. replaces: a glob of the files of the same folder this one stands for (older keys of
    it), removed once it is written. Returns whether it was written; never raises: a cache is
    only ever an aid, and a value that cannot be pickled or a folder that cannot be written
    leaves the next run to compute it again."""
    import pickle

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{_TEMP_PREFIX}{path.name}.{os.getpid()}{_TEMP_SUFFIX}")
        temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        for old in path.parent.glob(replaces) if replaces else ():
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, ValueError, KeyError, RecursionError):
        return False
    return True


def remove_unfinished_writes(folder: Path) -> int:
    """Delete the temporary files of writes a killed process never finished (the files they
    were to replace are intact). Returns how many there were."""
    if not folder.is_dir():
        return 0
    leftovers = []
    # One listing per folder (os.walk): the files' kinds come with it, no stat call per file.
    for parent, _, names in os.walk(folder):
        leftovers.extend(Path(parent) / name for name in names
                         if name.startswith(_TEMP_PREFIX) and name.endswith(_TEMP_SUFFIX) and len(name) >= len(_TEMP_PREFIX + _TEMP_SUFFIX)
                         and os.path.isfile(os.path.join(parent, name)))
    for path in leftovers:
        path.unlink(missing_ok=True)
    return len(leftovers)


def collector_paused(function):
    """function, run with Python's cycle collector switched off (gc.disable) and switched back
    on after, if it was on. For a run that loads large long-lived data (the indexes, the
    registries, the reference data) and frees what it makes by reference counting: each time
    the objects kept grow by a quarter, the collector scans them all (a full collection), which
    was a quarter of the CPU of a normalize with one seed changed at 10,000 articles, while a
    run without it kept no more memory (cold at 1,000: 280 and 284 MB). Workers forked during
    the run inherit it. Source: Python documentation, gc (gc.disable, gc.set_threshold: when a
    full collection runs)."""

    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_on = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return paused


_BATCH = threading.local()  # one_sync(): the writes waiting for its one sync, in order


@contextlib.contextmanager
def one_sync():
    """Within it, atomic_write writes each file's temporary copy without an fsync of its own;
    on leaving, one sync of the system (Linux's sync(2) waits for the writes: the guarantee of
    an fsync of every file), then every copy is renamed into place, in the order written. An
    exception inside leaves every file as it was (the copies are deleted). A thousand fsyncs
    took seconds of waiting on a shared disk; the order of the renames (registries before
    articles, an article before its record) is that of the writes. Each path is written once
    in it (a second write would be compared with the file as it was)."""
    if getattr(_BATCH, "queue", None) is not None:  # already in one: its sync does
        yield
        return
    _BATCH.queue = queue = []
    try:
        yield
    except BaseException:
        _BATCH.queue = None
        for tmp, _ in queue:
            Path(tmp).unlink(missing_ok=True)
        raise
    _BATCH.queue = None
    index = 0
    try:
        if queue:
            os.sync()
        for index, (tmp, path) in enumerate(queue):
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in queue[index:]:
            Path(tmp).unlink(missing_ok=True)
        raise


# The file whose lock a run that writes data/ holds, in the project's cache folder.
RUN_LOCK_FILE = "run.lock"


@contextlib.contextmanager
def project_lock(project: Project, log=print):
    """Hold the project's run lock (an exclusive advisory lock, fcntl.flock, on
    .newsdossier-cache/run.lock) for the block: two runs that write data/ at once (a
    `newsdossier normalize` typed while `mkdocs serve` normalizes a saved seed) would each
    take the other's newly written articles for files of their own that could not be read.
    A run that finds the lock held says so once through log (a str -> None) and waits until
    it is free. Released when the block ends or the process dies (the kernel drops it).
    Where the system has no fcntl (Windows), the cache folder cannot be written or its file
    system keeps no locks (flock fails but for a lock held), the block runs unlocked, as before.
    Raises nothing of its own."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system
        fcntl = None
    handle = None
    if fcntl is not None:
        try:
            project.cache.mkdir(parents=True, exist_ok=True)
            handle = open(project.cache / RUN_LOCK_FILE, "a+")
        except OSError:
            handle = None
    if handle is None:
        yield
        return
    with handle:
        locked = True
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # held by another run
            log("normalize: waiting for another run on this project (normalize, or mkdocs serve normalizing) to finish")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX)
            except OSError:
                locked = False
        except OSError:  # a file system that keeps no locks (NFS without its lock daemon: ENOLCK)
            locked = False
        try:
            yield
        finally:
            if locked:
                fcntl.flock(handle, fcntl.LOCK_UN)


def stat_signature(stat: os.stat_result) -> tuple[int, int, int, int]:
    """(modification time in ns, size, change time in ns, inode) of a file's `stat`: what
    tells a file saved again from one left alone. The change time catches an edit that kept
    the size and set the modification time back; the inode, a file replaced by a rename
    (editors that save to a new file, `mv`, `rsync`)."""
    return (stat.st_mtime_ns, stat.st_size, stat.st_ctime_ns, stat.st_ino)


def atomic_write(path: Path, text: str) -> bool:
    """Write the whole file or nothing (temp file, fsync, rename; within one_sync(), the sync
    and the rename wait for its end). False when unchanged. Each file costs as few system calls
    as it can (thousands are written at once): its folder is made only when the temporary copy
    cannot be opened in it."""
    try:
        if path.read_bytes() == text.encode("utf-8"):
            return False
    except OSError:
        pass  # none yet (or unreadable): written
    queue = getattr(_BATCH, "queue", None)
    temporary = functools.partial(tempfile.mkstemp, prefix=f"{_TEMP_PREFIX}{path.name}.", suffix=_TEMP_SUFFIX, dir=path.parent)
    try:
        fd, tmp = temporary()
    except FileNotFoundError:  # its folder is not there yet
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = temporary()
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            if queue is None:
                os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a data file gets the mode of any new file
        # (0666 less the umask), or keeps the mode of the file it replaces.
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        if queue is not None:
            queue.append((tmp, path))
            return True
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def record_skipped_seeds(project: Project, reasons: dict[str, str]) -> None:
    """Keep why each seed has no article (reasons: file name -> why, as normalize found it)
    in data/.machine/_skipped-seeds.yaml, with the fingerprint of its bytes, so that a site
    built later says it on its review page; no file when every seed made an article."""
    record = {}
    for name, why in sorted(reasons.items()):
        path = project.seeds / name
        if path.is_symlink() or not path.is_file():
            continue  # a link (never followed) or a file gone: the listing says why itself
        try:
            record[name] = {"why": why, "fingerprint": fingerprint(path.read_bytes())}
        except OSError:
            continue
    if record:
        atomic_write(project.skipped_seeds, dump_yaml(record))
    elif project.skipped_seeds.exists():
        project.skipped_seeds.unlink()


def recorded_seed_reasons(project: Project) -> dict[str, str]:
    """Why the last normalize made no article of each seed (file name -> why), for the seeds
    whose bytes have not changed since; {} when there is no record or it cannot be read."""
    try:
        record = parse_yaml(project.skipped_seeds.read_text(encoding="utf-8"), project.skipped_seeds) or {}
    except (OSError, DataError):
        return {}
    reasons = {}
    for name, entry in record.items() if isinstance(record, dict) else ():
        path = project.seeds / str(name)
        if path.is_symlink() or not path.is_file():
            continue
        try:
            same = isinstance(entry, dict) and fingerprint(path.read_bytes()) == entry.get("fingerprint")
        except OSError:
            continue
        if same:
            reasons[str(name)] = str(entry.get("why"))
    return reasons


# The fields of an event of data/events.yaml that the machine writes and a person corrects, whose
# machine value the event page shows beside a corrected one (the article page does so for an
# article's title, date and source, from its machine record).
EVENT_EDITABLE = ("title", "date", "place", "kind")


def event_fields(events) -> dict[str, dict[str, str]]:
    """{event id: {field of EVENT_EDITABLE: its value as text}} of a list of event entries (a
    registry's, or data/events.yaml as read); an entry without an id or of another shape is left out."""
    return {str(e["id"]): {key: str(e.get(key) or "") for key in EVENT_EDITABLE}
            for e in events or () if isinstance(e, dict) and e.get("id")}


def machine_event_values(recorded: dict, before: dict, after: dict) -> dict[str, dict[str, str]]:
    """What the record of the machine's event values holds after a normalize run, by event id and
    field (event_fields' shape). recorded: the record as the run found it; before: the events as
    the run read them (a person's corrections included); after: as it writes them. A value
    nobody touched (before equals the record, or no record) is the run's; one a person changed
    (before differs from the record) keeps the record's, the machine's reading, as long as the
    run leaves the person's value (after equals before); one the run wrote over is the run's.
    An event the run no longer writes goes."""
    values: dict[str, dict[str, str]] = {}
    for event_id, fields in after.items():
        old, read = recorded.get(event_id) or {}, before.get(event_id) or {}
        values[event_id] = {key: old[key] if key in old and key in read and read[key] != old[key] and value == read[key] else value
                            for key, value in fields.items()}
    return values


def record_machine_events(project: Project, before: dict, after: dict) -> None:
    """Write data/.machine/_events.json (machine_event_values of the one there and before, after:
    event_fields of data/events.yaml as the run read and wrote it; events and fields in a fixed
    order, one field a line, so that git shows a change as the lines it touched); no file when
    there is no event."""
    values = machine_event_values(recorded_machine_events(project), before, after)
    if values:
        atomic_write(project.machine_events, json.dumps(values, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    elif project.machine_events.exists():
        project.machine_events.unlink()


def _read_machine_events(project: Project) -> tuple[dict[str, dict[str, str]], str | None]:
    """data/.machine/_events.json read once, for both of its readers: (the record
    record_machine_events wrote, in event_fields' shape, {} when there is none or it cannot be
    read, and of a malformed record only its well-formed parts; what is wrong with it in a few
    words, or None for no file or one read whole)."""
    try:
        record = json.loads(project.machine_events.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, ValueError) as error:
        return {}, f"cannot be read ({error})"
    if not isinstance(record, dict):
        return {}, "is not a mapping of event ids"
    wrong = [str(event_id) for event_id, fields in record.items() if not isinstance(fields, dict)]
    values = {str(event_id): {key: str(fields.get(key) or "") for key in EVENT_EDITABLE if key in fields}
              for event_id, fields in record.items() if isinstance(fields, dict)}
    return values, (f"holds no fields for {', '.join(wrong[:3])}{' ...' if len(wrong) > 3 else ''}" if wrong else None)


def machine_events_problem(project: Project) -> str | None:
    """What is wrong with data/.machine/_events.json, in a few words, or None (no file, or one
    recorded_machine_events reads whole). A record it cannot read is taken as none: the event
    pages say nothing was set by hand, and the next normalize takes a person's values for the
    machine's, so `check` says so."""
    return _read_machine_events(project)[1]


def recorded_machine_events(project: Project) -> dict[str, dict[str, str]]:
    """The record record_machine_events wrote (event_fields' shape); {} when there is none or it
    cannot be read, and of a malformed record only its well-formed parts."""
    return _read_machine_events(project)[0]


def file_stamp(path: Path) -> list[int] | None:
    """[size in bytes, modification time in ns, inode] of a file, None when it cannot be read:
    what an index trusts to tell that a file is the one it read (a write through atomic_write or
    an editor's save changes at least one of them)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def folder_stamps(folder: Path, keep=None) -> dict[str, list[int] | None]:
    """{name: file_stamp} of the entries of one folder, in one listing (os.scandir; each
    entry's stat through its DirEntry, the size, modification time and inode file_stamp
    gives, following a link as Path.stat does): at 10,000 articles, a tenth of the time of a
    Path.stat per file. keep(name): which entries to take (default: all). A stamp is None for
    an entry that cannot be read (a dangling link); {} for a folder that cannot be listed."""
    found: dict[str, list[int] | None] = {}
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if keep is not None and not keep(entry.name):
                    continue
                try:
                    stat = entry.stat()
                except OSError:
                    found[entry.name] = None
                    continue
                found[entry.name] = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
    except OSError:
        return {}
    return found


INDEX_FORMAT = 1


def read_index(path: Path, key: str) -> dict:
    """The entries of an index file written by write_index with the same key (a fingerprint of
    what its entries depend on); {} when the file is missing, unreadable, of another format or
    another key: an index is only ever a shortcut, never a source."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT or data.get("key") != key or not isinstance(data.get("entries"), dict):
        return {}
    return data["entries"]


def write_index(path: Path, key: str, entries: dict) -> None:
    """Write an index file (JSON) whole or not at all (atomic_write); entries: JSON-able values."""
    atomic_write(path, json.dumps({"format": INDEX_FORMAT, "key": key, "entries": entries}, ensure_ascii=False) + "\n")  # keys in their order: a registry copy keeps its order
