"""Load data/ into memory and validate it: every problem becomes one line with file, line and what is expected."""
from __future__ import annotations

import difflib
import re
import time
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from .datevalue import sort_key, validate as validate_date
from .entities import ACTOR_KINDS
from .reference import reference
from .store import (DataError, ParseCache, Project, collector_paused, entry_lines, machine_events_problem, read_article, read_registry, split_front_matter, parse_yaml, read_text,
                    stat_signature)
from .text import fold, name_words, survivors, web_address

SHOWN_IDS = 5  # unknown ids named in the one line about a list
ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*")
STATUSES = ("candidate", "confirmed", "rejected")
TITLE_BASES = ("printed", "derived")
DATE_BASES = ("explicit", "inferred", "unknown")
# Where a value came from (newsdossier.ingest.known.ORIGINS): the collector's metadata, the
# page's markup, the page's address (its outlet or date), its bare domain, or the text.
ORIGINS = ("collector", "markup", "address", "domain", "text")
ORIGIN_KEYS = ("url_origin", "title_origin", "date_origin", "source_origin", "authors_origin", "language_origin")

ARTICLE_REQUIRED = ("id", "seed", "title", "date", "date_basis", "language")
LIST_KEYS = ("authors", "actors", "missions", "missions_inferred", "events", "captions", "credits", "boilerplate", "teasers", "unresolved")
REGISTRY_REQUIRED = {
    "actors": ("id", "name", "kind", "status"),
    "missions": ("id", "acronym", "status"),
    "events": ("id", "title", "date", "status"),
}
REGISTRY_LISTS = {
    "actors": ("aliases", "roles"),
    "missions": ("aliases", "countries"),
    "events": ("actors", "missions", "articles"),
}
# Keys that hold one value (text, a number, a date), not a list or a mapping.
ARTICLE_SCALARS = (*ARTICLE_REQUIRED, "title_basis", "date_source", "source", "editor", "dateline", "fingerprint", "extractor",
                   "url", "seed_entry", "date_printed", "source_printed", "seed_encoding", "seed_bad_bytes", *ORIGIN_KEYS)
REGISTRY_SCALARS = {
    "actors": ("id", "name", "kind", "status", "same_as", "country"),
    "missions": ("id", "acronym", "acronym_fr", "name", "name_fr", "region", "start", "end", "status", "same_as"),
    "events": ("id", "title", "date", "place", "country", "kind", "status", "announced", "same_as"),
}
# Every key a registry entry may hold: what normalize writes and the site reads (an actor's
# acronym, read beside its name, is a person's). A key none of them (a mistyped "same-as",
# "alias") is a warning at its line: the edit would be silently without effect.
REGISTRY_KEYS = {
    "actors": ("id", "name", "acronym", "kind", "country", "aliases", "roles", "same_as", "status"),
    "missions": ("id", "acronym", "acronym_fr", "name", "name_fr", "countries", "region", "start", "end", "aliases", "status", "same_as"),
    "events": ("id", "title", "kind", "date", "place", "country", "actors", "missions", "articles", "sentences", "inferred",
               "announced", "status", "same_as"),
}
# An article's quotes: a list of mappings {speaker: actor or mission id, or "" when unnamed,
# kind: direct | reported, sentence: text}.
QUOTE_KEYS = ("speaker", "kind", "sentence")
QUOTE_KINDS = ("direct", "reported")
# Keys that map an id to a text: an article's reasons for inferred missions, an event's
# sentence and inference reason per reporting article.
MAPPINGS = {"article": ("reasons",), "events": ("sentences", "inferred")}


@dataclass
class Article:
    meta: dict
    body: str
    path: Path

    @property
    def id(self) -> str:
        return self.meta["id"]


@dataclass
class Corpus:
    articles: dict[str, Article] = field(default_factory=dict)
    actors: dict[str, dict] = field(default_factory=dict)
    missions: dict[str, dict] = field(default_factory=dict)
    events: dict[str, dict] = field(default_factory=dict)
    problems: list[DataError] = field(default_factory=list)  # errors: the site cannot be built right
    warnings: list[DataError] = field(default_factory=list)  # a human should look; the site still builds
    unloadable: set[str] = field(default_factory=set)  # registries that could not be read: no reference to them is checked
    root: Path = Path(".")
    unreadable: set[str] = field(default_factory=set)  # stems of article files that failed to load
    lines: dict[tuple[str, str], int] = field(default_factory=dict)  # (registry, id) -> line of its '- id:'
    _lines_of: dict = field(default_factory=dict, repr=False, compare=False)  # article id -> its file's _Lines (line numbers of problems)

    def counts(self) -> dict[str, int]:
        """What the site shows, counted once for the home page and for `check`: articles, actors
        with a page (not rejected, not merged into another), people among them, missions and
        events neither rejected nor merged into another."""
        shown = [a for a in self.actors.values() if in_use(a)]
        return {
            "articles": len(self.articles),
            "actors": len(shown),
            "people": sum(1 for a in shown if a.get("kind") == "person"),
            "missions": sum(1 for m in self.missions.values() if in_use(m)),
            "events": sum(1 for e in self.events.values() if in_use(e)),
        }


def event_kinds() -> dict:
    """The kinds an event of data/events.yaml may have, as the extraction writes them: the
    vocabulary's event_kinds (reference/vocabulary.yaml, "happening" among them), a mapping
    {kind: its table} whose keys are the kinds."""
    return reference().vocabulary["event_kinds"]


@lru_cache(maxsize=1024)
def _lines_of(text: str, path: str, registry: bool) -> tuple:
    """A file's text parsed again with line numbers: (data, offset of its first line). Kept for
    the same text, so that a file with a warning is not parsed again at every rebuild of
    `mkdocs serve`. Raises DataError as parse_yaml does."""
    if registry:
        return parse_yaml(text, Path(path), round_trip=True), 0
    front, _ = split_front_matter(text, Path(path))
    return parse_yaml(front, Path(path), round_trip=True), 1


class _Lines:
    """Line numbers of keys, found again only for files that have a problem."""

    def __init__(self, path: Path, registry: bool, root: Path):
        self.path, self.registry, self._data = path, registry, None
        self.shown = _rel(path, root)

    def _load(self):
        if self._data is None:
            try:
                self._data = _lines_of(read_text(self.path), str(self.path), self.registry)
            except DataError:
                self._data = (None, 0)
        return self._data

    def of_item(self, index: int | None, key: str, position: int) -> int | None:
        """The line of the position-th item of a list (or of its key, when unknown)."""
        data, offset = self._load()
        try:
            node = (data[index] if index is not None else data)[key]
            return node.lc.item(position)[0] + 1 + offset
        except (TypeError, KeyError, IndexError, AttributeError):
            return self.of(index, key)

    def of(self, index: int | None, key: str | None) -> int | None:
        data, offset = self._load()
        try:
            node = data[index] if index is not None else data
            if key is not None and key in node:
                return node.lc.key(key)[0] + 1 + offset
            return node.lc.line + 1 + offset
        except (TypeError, KeyError, IndexError, AttributeError):
            return None


# What an event's date that no EDTF form reads is told to be (check, and normalize's refusal).
EDTF_EXPECTED = "expected EDTF such as 2021-12-07, 2022-02 or 2021-12-07/2021-12-08"


def event_dates_not_edtf(entries: list, path: Path, root: Path) -> list[DataError]:
    """One DataError per event of a registry (entries: the list read from path, the events'
    YAML) whose date no EDTF form reads, at the line of its date key, as check finds it:
    "date '...' of event '<id>' is not an EDTF date (why): expected EDTF such as ...". The file
    is named relative to root. [] when every date reads."""
    lines = _Lines(path, registry=True, root=root)
    return [DataError(lines.shown, lines.of(index, "date"), f"date {entry['date']!r} of event {entry.get('id')!r} is {why}: {EDTF_EXPECTED}")
            for index, entry in enumerate(entries)
            if isinstance(entry, dict) and entry.get("date") and (why := validate_date(str(entry["date"])))]


def _problem(problems, lines: _Lines, index, key, message):
    problems.append(DataError(lines.shown, lines.of(index, key), message))


def _warn(corpus: "Corpus", lines: _Lines, index, key, message, line: int | None = None):
    corpus.warnings.append(DataError(lines.shown, line or lines.of(index, key), message, severity="warning"))


def _check_keys(corpus: "Corpus", lines: _Lines, index: int, entry: dict, name: str) -> None:
    """A warning at the line of each key of a registry entry (name: "actors", "missions",
    "events") that is none of REGISTRY_KEYS[name]: nothing reads it, so the edit it was meant to
    be does nothing (`same-as: x` merges nothing). The closest known key is named when one is
    near (difflib's ratio at least 0.6: "same-as", "alias"); else the keys expected."""
    known = REGISTRY_KEYS[name]
    for key in entry:
        if not isinstance(key, str) or key in known or key.startswith("_"):
            continue
        near = difflib.get_close_matches(key.lower(), known, n=1)
        expected = f"did you mean {near[0]!r}?" if near else f"the keys of {name}: {', '.join(known)}; a note of your own goes in a comment, # ..."
        _warn(corpus, lines, index, key, f"key {key!r} of {name[:-1]} {entry.get('id')!r} is not a key of {name}, so nothing reads it ({expected})")


def _rel(path: Path, root: Path) -> str:
    """The path as the user knows it: relative to the project folder."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _check_id(problems, lines, index, value, what):
    if not isinstance(value, str) or not ID_RE.fullmatch(value):
        _problem(problems, lines, index, "id", f"{what} id {value!r} is not valid: expected lowercase letters, digits, '-' or '_' (no '/', '..' or spaces)")
        return False
    return True


@collector_paused  # what it makes lives on (the corpus): a full collection while it grows scans it all again and again
def load_corpus(project: Project, cache: ParseCache | None = None, memo: "ArticleMemo | None" = None) -> Corpus:
    """Everything in data/, validated. Problems are collected, not raised: the caller decides.
    With a cache (kept by the caller between loads: ParseCache; or StoredParseCache, kept in a
    file between runs) only files whose text changed are parsed again;
    with a memo (ArticleMemo, kept by the caller between loads) an article file unchanged since
    the last load is neither read nor checked again: its checked article (the same object) and
    its problems are taken from the last load. Python's cycle collector is off while it runs
    (store.collector_paused): at 10,000 articles it took a third of a load's time."""
    corpus = Corpus(root=project.root)
    problems = corpus.problems
    for name in ("actors", "missions", "events"):
        path = project.registry(name)
        try:
            entries = read_registry(path, cache=cache)
        except DataError as error:
            error.path = _rel(path, project.root)
            problems.append(error)
            corpus.unloadable.add(name)
            continue
        corpus.lines.update(((name, entry_id), line) for entry_id, line in entry_lines(path).items())
        lines = _Lines(path, registry=True, root=project.root)
        table = getattr(corpus, name)
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                _problem(problems, lines, index, None, f"entry {index + 1} is not a mapping: expected '- id: ...' with keys {', '.join(REGISTRY_REQUIRED[name])}")
                continue
            entry = dict(entry)  # the parsed value may be shared with the next load
            wrong = _check_shape(problems, lines, index, entry, REGISTRY_SCALARS[name], REGISTRY_LISTS[name], MAPPINGS.get(name, ()))
            missing = [k for k in REGISTRY_REQUIRED[name] if entry.get(k) in (None, "") and not (name == "events" and k == "date")]
            if "id" in wrong:
                continue  # reported once, as a wrong value
            missing = [k for k in missing if k not in wrong]  # those were reported as wrong values
            if missing:
                _problem(problems, lines, index, None, f"{name[:-1]} {entry.get('id', '?')!r} lacks {', '.join(missing)}")
                continue
            if not _check_id(problems, lines, index, entry["id"], name[:-1]):
                continue
            if entry["id"] in table:
                _problem(problems, lines, index, "id", f"duplicate id {entry['id']!r}: each {name[:-1]} needs its own id")
                continue
            if entry.get("status") not in STATUSES and "status" not in wrong:
                _problem(problems, lines, index, "status", f"status {entry.get('status')!r}: expected one of {', '.join(STATUSES)}")
            if name == "actors" and entry.get("kind") not in ACTOR_KINDS and "kind" not in wrong:
                _problem(problems, lines, index, "kind", f"kind {entry.get('kind')!r}: expected one of {', '.join(ACTOR_KINDS)}")
            if name == "events" and entry.get("date") and (why := validate_date(str(entry["date"]))):
                _problem(problems, lines, index, "date", f"date {entry['date']!r} is {why}: {EDTF_EXPECTED}")
            if name == "events" and entry.get("kind") not in (None, "") and "kind" not in wrong and str(entry["kind"]) not in event_kinds():
                meant = fold(str(entry["kind"])).strip()  # "Visit", "visit " : a listed kind written otherwise
                _warn(corpus, lines, index, "kind", f"kind {entry['kind']!r} of event {entry['id']!r} is none of the event kinds "
                      + (f"(write {meant!r})" if meant in event_kinds() else f"(event_kinds of the vocabulary: {', '.join(sorted(event_kinds()))})")
                      + ": the timeline's kind filter and the mission pages' contributions do not know it")
            _check_keys(corpus, lines, index, entry, name)
            entry["_line"] = index
            table[entry["id"]] = entry
        _check_aliases(corpus, table, lines, name)
        if name == "actors":
            _same_person_candidates(corpus, table, lines)
    if problem := machine_events_problem(project):
        corpus.warnings.append(DataError(_rel(project.machine_events, project.root), None,
                                         f"the machine's reading of the events {problem}: the event pages cannot say which values a person set "
                                         "(restore it from git; the next normalize writes it again, taking the values it finds as the machine's)",
                                         severity="warning"))

    if project.articles.is_dir():
        if memo is None:
            for path in sorted(project.articles.glob("*.md")):
                _load_article(corpus, path, cache)
        else:
            # An article's checks read the registries' ids (quotes' speakers) and today's date.
            same = memo.start((project.root, date.today(), frozenset(corpus.actors), frozenset(corpus.missions), frozenset(corpus.unloadable)))
            for path in sorted(project.articles.glob("*.md")):
                signature = _signature(path)
                known = memo.known(path, signature)
                if known is None:
                    read_at = time.time()
                    loaded = _read_article(corpus, path, cache)
                else:  # unchanged: as it was, or checked again as read last time (the registries changed)
                    read_at = 0.0
                    loaded = known if same else _read_article(corpus, path, cache, raw=known.raw)
                memo.keep(path, signature, read_at, loaded)
                _admit(corpus, loaded)
    _check_references(corpus, memo)
    if cache is not None:
        cache.end_load()
    return corpus


_CONTAINERS = (dict, list)


def _is_scalar(value) -> bool:
    return not isinstance(value, _CONTAINERS)


def _check_shape(problems, lines, index, entry: dict, scalars, lists, mappings) -> set[str]:
    """Each key holds the kind of value it must: one value, a list of values, or a mapping of
    values. A wrong one is reported and set aside (emptied), so nothing after it trips on it.
    Returns the keys reported."""
    reported: set[str] = set()
    for key in scalars:
        if isinstance(entry.get(key), _CONTAINERS):
            _problem(problems, lines, index, key, f"{key} must be a single value, not a {'list' if isinstance(entry[key], list) else 'mapping'}")
            entry[key] = None
            reported.add(key)
    for key in lists:
        value = entry.get(key)
        if value is None:
            continue
        if not isinstance(value, list):
            _problem(problems, lines, index, key, f"{key} must be a list ('- item' lines or [a, b])")
            entry[key] = []
        elif any(item is None or isinstance(item, _CONTAINERS) for item in value):
            _problem(problems, lines, index, key, f"{key} must list single values ('- item' lines), not lists, mappings or empty items")
            entry[key] = [item for item in value if _is_scalar(item) and item is not None]
    for key in mappings:
        value = entry.get(key)
        if value is None:
            continue
        if not isinstance(value, dict) or not all(_is_scalar(k) and _is_scalar(v) for k, v in value.items()):
            _problem(problems, lines, index, key, f"{key} must map ids to texts ('id: text' lines)")
            entry[key] = {}
    return reported


def in_use(entry: dict) -> bool:
    """An entry with a page of its own: neither rejected nor merged into another (same_as): an
    actor, a mission (the articles and events that list a merged one list its survivor:
    _fold_merged_missions) or an event (a merged event's reports are its survivor's:
    _fold_merged_events)."""
    return entry.get("status") != "rejected" and not entry.get("same_as")


def claimed_forms(entry: dict) -> set[str]:
    """The folded written forms an entry claims: its name, acronym and aliases. One definition
    for check (an alias claimed twice) and for normalize (an alias never added twice)."""
    names = [entry.get("name"), entry.get("acronym"), *(entry.get("aliases") or [])]
    return {fold(str(n)) for n in names if n}


def _check_aliases(corpus: Corpus, table: dict, lines: _Lines, name: str) -> None:
    """An alias claimed by two entries is a warning: in an article that names both, a mention
    of it cannot be linked to one of them, so the site links it to neither there, until a
    person keeps it on one (or merges them). The line is the entry's, known without parsing."""
    owner: dict[str, str] = {}
    for entry in table.values():
        if not in_use(entry):
            continue
        for form in sorted(claimed_forms(entry)):
            other = owner.setdefault(form, entry["id"])
            if other != entry["id"]:
                _warn(corpus, lines, entry["_line"], "aliases", f"alias {form!r} is claimed by both {other!r} and {entry['id']!r}; in an article that names both it links to neither: keep it on one, or merge them with same_as",
                      line=corpus.lines.get((name, entry["id"])))


def _same_person_candidates(corpus: Corpus, actors: dict, lines: _Lines) -> None:
    """People who may be one person written two ways: the same words in another order or with
    other hyphens and accents ("Kim Min-ho", "Min Ho Kim"), or the same first and last word with
    a middle name more or less ("Abdul Karim", "Abdul Rahman Karim"). Each pair is a same_as
    candidate, a warning: the tool never merges them. A pair of confirmed people is settled.
    Names are grouped by key (one pass over the people); only the members of one group are
    compared with each other, so the cost follows the size of the largest group (people who
    share a first and a last name), not the square of the number of people."""
    groups: dict[tuple, list[tuple[str, frozenset]]] = {}
    for entry in actors.values():
        if entry.get("kind") != "person" or not in_use(entry):
            continue
        name = str(entry.get("name") or "")
        words = name_words(name)
        spaced = fold(name).split()  # "Jean-Claude" is one first name, not "Jean" and more
        if len(words) < 2:
            continue
        for key in (("words", *sorted(words)), ("ends", spaced[0], spaced[-1])):
            groups.setdefault(key, []).append((entry["id"], frozenset(spaced)))
    pairs: set[tuple[str, str]] = set()
    for key, members in groups.items():
        for a, a_words in members:
            for b, b_words in members:
                if a < b and (key[0] == "words" or a_words < b_words or b_words < a_words):
                    pairs.add((a, b))
    for a, b in sorted(pairs):
        if actors[a].get("status") == actors[b].get("status") == "confirmed":
            continue
        _warn(corpus, lines, actors[b]["_line"], "name", line=corpus.lines.get(("actors", b)), message=f"{actors[a].get('name')!r} ({a}) and {actors[b].get('name')!r} ({b}) may be the same person: if so, add 'same_as: {a}' to {b!r}; if not, confirm both (status: confirmed)")


class _Loaded:
    """What one article file gave, before it joins a corpus: the problems and warnings found in
    its shape (`first`: reported whatever other files say), its checked front matter and text
    (None when it cannot be an article), the problems and warnings of its values (`second`,
    reported only when its id is not another file's too), and whether its stem counts as
    unreadable."""

    __slots__ = ("first", "article", "second", "unreadable", "lines", "raw")

    def __init__(self):
        self.first: list[DataError] = []
        self.second: list[DataError] = []
        self.article: Article | None = None
        self.unreadable = False
        self.lines: _Lines | None = None
        self.raw: tuple | None = None  # (front matter as parsed, text): what the file held


class ArticleMemo:
    """The checked articles of one load of data/ kept for the next (under `mkdocs serve`), so
    that a reload reads and checks again only the article files that changed. A file is taken
    as unchanged when its size, modification and change times and inode are those it had when it
    was read, and it had not been modified within RACY_SECONDS before it was read (a later save
    in the same tick of the file system's clock would keep its times: such a file is always read
    again; the rule git uses for its index, "racy git"). An article's checks also read the
    registries' ids (a quote's speaker) and today's date (a date after today): another value of
    those reads every file again."""

    RACY_SECONDS = 2.0

    def __init__(self) -> None:
        self._last: dict[Path, tuple[tuple, "_Loaded"]] = {}
        self._kept: dict[Path, tuple[tuple, "_Loaded"]] = {}
        self._context: tuple | None = None
        self.seen: dict[Path, tuple] = {}  # the signature of each file of the last load, as keep() was told it
        # article id -> (the article as loaded, the merges read, the article read through them):
        # the last load's copies made by _fold_merged_missions, given again while both are the same
        self.folded: dict[str, tuple["Article", tuple, "Article"]] = {}

    def start(self, context: tuple) -> bool:
        """Begin a load whose checks depend on `context`; True when it is the last load's (what
        an unchanged file gave can be taken as it is), else an unchanged file is checked again
        from its text as parsed last time."""
        same, self._context = context == self._context, context
        self._last, self._kept = self._kept, {}
        self.seen = {}
        return same

    def known(self, path: Path, signature: tuple | None) -> "_Loaded | None":
        """What the last load got from the file, when it has not changed since."""
        entry = self._last.get(path)
        return entry[1] if entry is not None and signature is not None and entry[0] == signature else None

    def keep(self, path: Path, signature: tuple | None, read_at: float, loaded: "_Loaded") -> None:
        """Keep what the file gave for the next load; read_at: when it was read (seconds since
        the epoch; 0 when it was not read but known unchanged). A file modified too shortly
        before it was read, or whose times could not be read, is not kept."""
        if signature is not None:
            self.seen[path] = signature
        if signature is None or loaded.raw is None:
            return
        if read_at and signature[0] >= (read_at - self.RACY_SECONDS) * 1e9:
            return
        self._kept[path] = (signature, loaded)


def _signature(path: Path) -> tuple | None:
    """(modification time in ns, size, change time in ns, inode) of a file; None when it cannot be read."""
    try:
        return stat_signature(path.stat())
    except OSError:
        return None


def _load_article(corpus: Corpus, path: Path, cache: ParseCache | None) -> None:
    _admit(corpus, _read_article(corpus, path, cache))


def _admit(corpus: Corpus, loaded: _Loaded) -> None:
    """Add one file's article to the corpus, with its problems and warnings, unless its id is
    another file's (a problem)."""
    corpus.problems.extend(loaded.first)
    if loaded.unreadable:
        corpus.unreadable.add(loaded.lines.path.stem if loaded.lines else "")
    article = loaded.article
    if article is None:
        return
    if article.id in corpus.articles:
        corpus.problems.append(DataError(loaded.lines.shown, loaded.lines.of(None, "id"),
                                         f"duplicate article id {article.id!r}, also used by {_rel(corpus.articles[article.id].path, corpus.root)}"))
        return
    for error in loaded.second:
        (corpus.warnings if error.is_warning else corpus.problems).append(error)
    corpus.articles[article.id] = article
    corpus._lines_of[article.id] = loaded.lines


def _read_article(corpus: Corpus, path: Path, cache: ParseCache | None, raw: tuple | None = None) -> _Loaded:
    """One article file read and checked on its own (the registries are loaded first: a
    quote's speaker is looked up in them); raw: its front matter and text as read before (the
    file is not read again)."""
    loaded = _Loaded()
    problems = loaded.first
    try:
        meta, body = loaded.raw = raw or read_article(path, cache=cache)
        meta = dict(meta)  # the parsed value may be shared with the next load
    except DataError as error:
        error.path = _rel(path, corpus.root)
        problems.append(error)
        loaded.unreadable = True
        loaded.lines = _Lines(path, registry=False, root=corpus.root)
        return loaded
    lines = loaded.lines = _Lines(path, registry=False, root=corpus.root)
    wrong = _check_shape(problems, lines, None, meta, ARTICLE_SCALARS, LIST_KEYS, MAPPINGS["article"])
    meta["quotes"] = _checked_quotes(corpus, lines, meta.get("quotes"), problems)
    missing = [k for k in ARTICLE_REQUIRED if k not in meta or (meta[k] in (None, "") and k not in ("date",))]
    if "id" in wrong:
        loaded.unreadable = True
        return loaded  # reported once, as a wrong value
    missing = [k for k in missing if k not in wrong]  # those were reported as wrong values
    if missing:
        _problem(problems, lines, None, None, f"lacks {', '.join(missing)}: every article needs {', '.join(ARTICLE_REQUIRED)}")
        loaded.unreadable = True
        return loaded
    if not _check_id(problems, lines, None, meta["id"], "article"):
        return loaded
    later = loaded.second  # reported unless the id is another article's (then only that is)

    def warn(key, message):
        later.append(DataError(lines.shown, lines.of(None, key), message, severity="warning"))

    if meta.get("date") and (why := validate_date(str(meta["date"]))):
        _problem(later, lines, None, "date", f"date {meta['date']!r} is {why}: expected EDTF such as 2021-11-26, 2022-02, XXXX-09-21 or 2021-12-07/2021-12-08")
    elif meta.get("date") and _after_today(str(meta["date"])):
        warn("date", f"date {meta['date']!r} is after today: check it against the seed (a time zone, an embargo or a misprint)")
    if meta.get("seed_encoding") or meta.get("seed_bad_bytes"):
        warn("seed_encoding" if meta.get("seed_encoding") else "seed_bad_bytes", _seed_encoding_warning(meta))
    if meta.get("date_basis") not in DATE_BASES and "date_basis" not in wrong:
        _problem(later, lines, None, "date_basis", f"date_basis {meta.get('date_basis')!r}: expected one of {', '.join(DATE_BASES)}")
    # Values that only inform the reader and the review page: a doubtful one is a warning, set
    # aside (never linked, never shown as a date), not an error that stops the build.
    if meta.get("date_printed") and (why := validate_date(str(meta["date_printed"]))):
        warn("date_printed", f"date_printed {meta['date_printed']!r} is {why}: expected EDTF such as 2021-11-26, 2022-02 or XXXX-09-21")
        meta["date_printed"] = None
    if meta.get("url") not in (None, "") and web_address(meta["url"]) != str(meta["url"]).strip():
        fixed = web_address(meta["url"])
        warn("url", f"url {meta['url']!r} is not a web address as written: expected " + (f"{fixed!r}" if fixed else "one starting with http:// or https:// and a host"))
        meta["url"] = None  # never linked
    for key in ORIGIN_KEYS:
        if meta.get(key) not in (None, "") and meta[key] not in ORIGINS and key not in wrong:
            warn(key, f"{key} {meta[key]!r}: expected one of {', '.join(ORIGINS)}")
            meta[key] = None
    if meta.get("title_basis", "printed") not in TITLE_BASES and "title_basis" not in wrong:
        _problem(later, lines, None, "title_basis", f"title_basis {meta.get('title_basis')!r}: expected one of {', '.join(TITLE_BASES)}")
    for key in LIST_KEYS:
        if meta.get(key) is None:
            meta[key] = []
    loaded.article = Article(meta, body, path)
    return loaded


def _seed_encoding_warning(meta: dict) -> str:
    """What a person is told of an article whose seed was not read with certainty: normalize
    wrote seed_encoding (the encoding read, guessed from the bytes, or "utf-8" with bad bytes)
    and seed_bad_bytes (how many bytes became U+FFFD). Deleting the lines, once the text is
    checked, ends the warning (normalize keeps a deleted field deleted)."""
    encoding, bad = meta.get("seed_encoding"), meta.get("seed_bad_bytes")
    seed = f"seeds/{meta.get('seed')}"
    plural = "" if str(bad) == "1" else "s"
    lines = "the seed_encoding and seed_bad_bytes lines" if encoding and bad else f"the {'seed_encoding' if encoding else 'seed_bad_bytes'} line"
    if not encoding or str(encoding).lower().replace("_", "-") in ("utf-8", "utf8"):
        return (f"{seed} is UTF-8 but for {f'{bad} bad byte{plural}' if bad else 'some bad bytes'}, shown as \ufffd (U+FFFD): "
                f"compare the text with the seed and mend it, then delete {lines}")
    return (f"{seed} is not UTF-8: it was read as {encoding}, an encoding guessed from its bytes"
            + (f", {bad} byte{plural} undefined in it shown as \ufffd (U+FFFD)" if bad else "")
            + f": check that the text reads right (if not, save the seed as UTF-8 and run `newsdossier normalize` again), then delete {lines}")


def _checked_quotes(corpus: Corpus, lines: "_Lines", value, problems: list) -> list[dict]:
    """An article's quotes, each a mapping of speaker (an actor or mission id, or "" when the
    text names none), kind (direct or reported) and sentence (a text). A quote of the wrong
    shape is reported (at its line) and left out; one whose speaker is not in the registries is
    reported and kept. The registries are loaded before the articles."""
    if value is None:
        return []
    if not isinstance(value, list):
        _problem(problems, lines, None, "quotes", "quotes must be a list of '- {speaker: id, kind: direct, sentence: ...}' items")
        return []
    speakers_known = not ({"actors", "missions"} & corpus.unloadable)
    kept = []
    for position, item in enumerate(value):
        message = _quote_problem(item, f"quote {position + 1}")
        if message is None:
            speaker = item.get("speaker") or ""
            kept.append({"speaker": speaker, "kind": item["kind"], "sentence": item["sentence"]})
            if speaker and speakers_known and speaker not in corpus.actors and speaker not in corpus.missions:
                message = f"quote {position + 1}: speaker {speaker!r} is not in data/actors.yaml or data/missions.yaml: add it there, fix the id, or write \"\" for an unnamed speaker"
        if message:  # the line is looked up only for a quote with a problem: it parses the file again
            problems.append(DataError(lines.shown, lines.of_item(None, "quotes", position), message))
    return kept


def _quote_problem(item, where: str) -> str | None:
    """What is wrong with the shape of one quote, or None."""
    if not isinstance(item, dict):
        return f"{where} must be a mapping with keys {', '.join(QUOTE_KEYS)}"
    if extra := [str(k) for k in item if k not in QUOTE_KEYS]:
        return f"{where} has unknown key(s) {', '.join(extra)}: expected {', '.join(QUOTE_KEYS)}"
    if not isinstance(item.get("speaker") or "", str):
        return f"{where}: speaker must be an actor or mission id, or \"\" when the text names none"
    if item.get("kind") not in QUOTE_KINDS:
        return f"{where}: kind {item.get('kind')!r}: expected one of {', '.join(QUOTE_KINDS)}"
    if not isinstance(item.get("sentence"), str) or not item["sentence"].strip():
        return f"{where}: sentence must be the text of the quote"
    return None


def _after_today(value: str) -> bool:
    order, year, month, day, _ = sort_key(value)
    return order == 0 and (year, month, day) > date.today().timetuple()[:3]  # a year unknown is never after today


def _ids(refs: list) -> str:
    """Unknown ids for one line, however long the list: 'a', or 3 ids ('a', 'b', 'c')."""
    if len(refs) == 1:
        return repr(refs[0])
    shown = ", ".join(repr(ref) for ref in refs[:SHOWN_IDS]) + (", ..." if len(refs) > SHOWN_IDS else "")
    return f"{len(refs)} ids ({shown})"


def _check_references(corpus: Corpus, memo: "ArticleMemo | None" = None) -> None:
    problems = corpus.problems
    # The registry each list of an article refers to. A registry that could not be read is
    # one problem, not one per reference to it.
    registry_of = {"actors": "actors", "missions": "missions", "missions_inferred": "missions", "events": "events"}
    registry_of = {key: name for key, name in registry_of.items() if name not in corpus.unloadable}
    for article in corpus.articles.values():
        lines = corpus._lines_of[article.id]
        for key, name in registry_of.items():
            table = getattr(corpus, name)
            refs = article.meta.get(key) or []
            unknown = [ref for ref in refs if ref not in table]
            if not unknown:
                continue
            line = lines.of_item(None, key, refs.index(unknown[0]))  # the line of the (first) wrong item
            if len(unknown) == 1:
                problems.append(DataError(lines.shown, line, f"{key} lists {_ids(unknown)}, which is not in data/{name}.yaml: add it there or fix the id"))
            else:
                problems.append(DataError(lines.shown, line, f"{key} lists {_ids(unknown)}, which are not in data/{name}.yaml: add them there or fix the ids"))
    for name, fields in (("events", ("actors", "missions", "articles")),):
        path = corpus.root / "data" / f"{name}.yaml"
        lines = _Lines(path, registry=True, root=corpus.root)
        for event in corpus.events.values():
            for key in fields:
                if key in corpus.unloadable:
                    continue
                table = {"actors": corpus.actors, "missions": corpus.missions, "articles": corpus.articles}[key]
                refs = event.get(key) or []
                unknown = [ref for ref in refs if ref not in table and not (key == "articles" and ref in corpus.unreadable)]
                if unknown:
                    what = key[:-1] if len(unknown) == 1 else key
                    line = lines.of_item(event["_line"], key, refs.index(unknown[0]))
                    problems.append(DataError(lines.shown, line, f"event {event['id']!r} lists {what} {_ids(unknown)}, {'which does' if len(unknown) == 1 else 'which do'} not exist"))
    for name in ("actors", "missions", "events"):
        if name not in corpus.unloadable:
            _check_same_as(problems, corpus, name)
    _fold_merged_events(corpus)
    _fold_merged_missions(corpus, memo)


def _check_same_as(problems: list, corpus: Corpus, name: str) -> None:
    """An error at the line of each same_as of a registry (name: "actors", "missions" or
    "events") that names no entry of it, or whose chain of same_as loops back to where it
    started. A mission's same_as naming a mission of the reference that no article has
    listed yet (so normalize wrote it no entry) says so, and what entry to add."""
    table = getattr(corpus, name)
    lines = _Lines(corpus.root / "data" / f"{name}.yaml", registry=True, root=corpus.root)
    for entry in table.values():
        target = entry.get("same_as")
        if target is None:
            continue
        if target not in table:
            known = reference().missions.get(target) if name == "missions" else None
            _problem(problems, lines, entry["_line"], "same_as", f"{name[:-1]} {entry['id']!r} is same_as {target!r}, "
                     + (f"a mission of the reference ({known.acronym}) that data/missions.yaml has no entry for: add one "
                        f"(- id: {target}, acronym: {known.acronym}, status: confirmed) to merge into it" if known else "which does not exist"))
            continue
        seen, current = {entry["id"]}, target
        while table.get(current, {}).get("same_as"):
            if current in seen:
                _problem(problems, lines, entry["_line"], "same_as", f"same_as of {entry['id']!r} loops back ({' -> '.join(sorted(seen))}): one of them must be the surviving {name[:-1]}")
                break
            seen.add(current)
            current = table[current]["same_as"]


def _fold_merged_events(corpus: Corpus) -> None:
    """Each event merged into another (same_as, followed to its end: text.follow_same_as) gives
    the surviving event its reports: the survivor's entry in corpus.events becomes a copy
    whose "articles", "actors" and "missions" also hold the merged event's (each once, the
    survivor's first) and whose "sentences" and "inferred" also hold the merged event's reports'
    (the survivor's own kept). The merged entry stays, with its same_as, for the page that
    redirects to the survivor. A chain that loops, or ends at no event, merges nothing (check
    reports it). The registry's own values are never changed: a same_as removed shows the
    events apart at the next load."""
    for merged_id, survivor_id in survivors(corpus.events).items():
        entry, survivor = corpus.events[merged_id], corpus.events[survivor_id]
        if entry.get("status") == "rejected":
            continue
        folded = dict(survivor)
        for key in ("articles", "actors", "missions"):
            values = [v for v in (*(survivor.get(key) or ()), *(entry.get(key) or ())) if isinstance(v, str)]
            if values:
                folded[key] = list(dict.fromkeys(values))
        for key in ("sentences", "inferred"):
            if entry.get(key):
                own = survivor.get(key) or {}
                folded[key] = {**own, **{k: v for k, v in entry[key].items() if k not in own}}
        corpus.events[survivor_id] = folded


def _fold_merged_missions(corpus: Corpus, memo: "ArticleMemo | None" = None) -> None:
    """Each mission merged into another (same_as, followed to its end: text.survivors) is read
    as its survivor wherever the data lists it: an article's `missions` and
    `missions_inferred` (named once; a mission named is not also inferred), the keys of its
    `reasons` (the survivor's own kept), its quotes' speakers, and an event's `missions`. Such
    an article or event becomes a copy in corpus.articles or corpus.events (the loaded one is
    shared with the next load: ArticleMemo); the merged entry stays in corpus.missions, with its
    same_as, for the page that redirects to the survivor. The files are never changed: a same_as
    removed shows the missions apart at the next load. A chain that loops, or ends at no
    mission, merges nothing (check reports it), nor does a merged entry also rejected: it is
    no mission (normalize lists it nowhere), as a rejected event gives its survivor nothing.
    With a memo (under `mkdocs serve`) an article loaded as it was last time (the same object)
    is given the same copy while the merges are the same: its links and the lists showing it
    are not made again on every save."""
    merged = {m: s for m, s in survivors(corpus.missions).items() if corpus.missions[m].get("status") != "rejected"}
    kept, folded = (memo.folded if memo is not None else {}), {}
    if memo is not None:
        memo.folded = folded
    if not merged:
        return
    merges = tuple(sorted(merged.items()))

    def followed(values) -> list:
        return list(dict.fromkeys(merged.get(v, v) if isinstance(v, str) else v for v in values or ()))

    for article in list(corpus.articles.values()):
        meta = article.meta
        quotes = meta.get("quotes") or ()
        if not any(m in merged for key in ("missions", "missions_inferred") for m in meta.get(key) or ()) \
                and not any(isinstance(q, dict) and q.get("speaker") in merged for q in quotes):
            continue
        last = kept.get(article.id)
        if last is not None and last[0] is article and last[1] == merges:
            folded[article.id] = last
            corpus.articles[article.id] = last[2]
            continue
        meta = dict(meta)
        meta["missions"] = followed(meta.get("missions"))
        meta["missions_inferred"] = [m for m in followed(meta.get("missions_inferred")) if m not in meta["missions"]]
        if meta.get("reasons"):
            reasons: dict = {}
            for key, reason in meta["reasons"].items():
                if key not in merged:
                    reasons[key] = reason
            for key, reason in meta["reasons"].items():
                reasons.setdefault(merged.get(key, key), reason)
            meta["reasons"] = reasons
        if quotes:
            meta["quotes"] = [{**q, "speaker": merged[q["speaker"]]} if isinstance(q, dict) and q.get("speaker") in merged else q for q in quotes]
        corpus.articles[article.id] = Article(meta, article.body, article.path)
        folded[article.id] = (article, merges, corpus.articles[article.id])
    for event_id, event in list(corpus.events.items()):
        if any(m in merged for m in event.get("missions") or ()):
            corpus.events[event_id] = {**event, "missions": followed(event.get("missions"))}
