"""render: data in, pages out. A pure function from the corpus and templates to {path: content}."""
from __future__ import annotations

import gc
import hashlib
import html
import os
import re
import traceback
from collections import ChainMap
from functools import lru_cache, partial
from pathlib import Path
from types import BuiltinFunctionType, FunctionType
from typing import Callable, NamedTuple
from urllib.parse import quote

import jinja2
from jinja2 import Environment, FileSystemLoader, TemplateError, Undefined, select_autoescape
from jinja2.bccache import BytecodeCache
from jinja2.runtime import Context, Macro
from markupsafe import Markup

from .corpus import Article, Corpus
from .datevalue import display as display_date, sort_key
from .evidence import Evidence, excerpt, reason_statement
from .names import country_name, language_name
from .review import SECTIONS, date_printed_otherwise, event_hand_edits, hand_edits, review_sections, source_printed_otherwise
from .seeds import SeedListing
from .store import Project, recorded_machine_events
from .text import counted, slugify, unique_id
from .graph import CACHE_SIZE, Graph, Matcher, build_graph
from . import network as network_module
from .downloads import GRAPH_JSON, GRAPH_KEYS, TABLES, build_downloads, download_paths, downloads  # noqa: F401 (downloads: the former home of the function)
from .quotelist import by_speaker, corpus_quotes, language_tag, page_speakers, speaker_name, top_speakers

ACTOR_KIND_TITLES = {"person": "People", "country": "Countries", "organisation": "Organisations", "initiative": "Initiatives"}
# A list longer than this is split into a page per year: no page grows with the corpus, and
# an edit rewrites only the pages of the year it touches.
LONG_LIST = 100
UNDATED = "undated"
# The quotes page of a long corpus (a page per year) names the speakers quoted most, this many.
TOP_SPEAKERS = 50
# An actor's page shows this many roles in full (each with the articles printing it and a
# sentence): a name many people share, or a person with a long career, collects hundreds of
# roles (over 600 for one name of the generator's 10,000 articles), and a page showing all of
# them grows with the corpus. The rest are counted; actors.csv on the Data page lists them all.
ROLES_SHOWN = 20
NAV_PAGES = ("index.md", "timeline.md", "articles/index.md", "actors/index.md", "missions/index.md", "events/index.md", "review.md",
             "quotes.md", "network.md", "data.md")

# Characters that Markdown, HTML, tables or attribute lists read as syntax anywhere in a line,
# and the openings that make a line a list, a quote or a definition.
_MD_SPECIAL = "\\`*_{}[]<>&|#~^=\""
_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in _MD_SPECIAL})
_LINE_START = re.compile(r"^(\d+)([.)])|^[-+:>!]")
_SPACES = re.compile(r"\s+")


def _entity(match: re.Match) -> str:
    return "".join(f"&#{ord(c)};" for c in match.group())


def _escape_line_start(match: re.Match) -> str:
    # "1." stays a number, not a list item: only its dot or parenthesis is escaped.
    return match.group(1) + f"&#{ord(match.group(2))};" if match.group(1) else _entity(match)


def md_escape(value) -> Markup:
    """Text shown as text: every character that could be syntax becomes an HTML entity."""
    if type(value) is str:  # most values: front-matter and registry strings
        return _escape_text(value)
    if isinstance(value, Markup):
        return value
    if isinstance(value, Undefined):
        return Markup("")
    return _escape_text("" if value is None else str(value))


@lru_cache(maxsize=65536)
def _escape_text(text: str) -> Markup:
    # Names, ids and titles recur on many pages: each is escaped once.
    text = _SPACES.sub(" ", text).translate(_ESCAPES)
    return Markup(_LINE_START.sub(_escape_line_start, text, count=1))


# The address of a Markdown link in an escaped paragraph ("](/actors/jean-dupont/)").
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


# How many times the letters of a right-to-left script a text opens on may be outnumbered by
# left-to-right ones with the text still right to left: Latin names are long, and Arabic
# writes few vowels ("وقال Jean-Pierre Lacroix إن MINUSMA ستغادر Bamako" is an Arabic sentence).
RTL_OPENING_OUTNUMBERED = 3

# Every character of bidirectional class R or AL lies in these ranges (a superset, checked
# against the whole of Unicode by tests/test_render_right_to_left_ranges.py): a text with none of
# them is left to right without counting its letters one by one.
_RTL_RANGES = re.compile("[\u05be-\u08c9\u200f\ufb1d-\ufefc\U00010800-\U00010ff6\U0001e800-\U0001eebb]")


@lru_cache(maxsize=65536)
def right_to_left(text) -> bool:
    """Whether a text (a title, a paragraph) is written right to left: more of its letters are
    of a right-to-left script (Unicode bidirectional class R or AL: Arabic, Hebrew, Syriac,
    Thaana...) than of a left-to-right one (class L), or it opens on such a letter and the
    left-to-right ones are no more than RTL_OPENING_OUTNUMBERED times as many (an Arabic
    sentence naming Latin-script people and missions). The page then sets dir="rtl" on it, so a
    browser lays it out from the right, its full stop at its left end, under a site whose own
    labels run left to right. Source: the Unicode Bidirectional Algorithm (UAX #9), whose
    first strong character rule this weighs over the whole text, so that an Arabic paragraph
    opening on "UNIFIL" is still right to left. The addresses of its Markdown links are not
    counted."""
    import unicodedata

    if not _RTL_RANGES.search(str(text or "")):
        return False
    rtl = ltr = 0
    opening = None
    for character in _LINK_TARGET.sub("]", str(text or "")):  # a link's address is no text of it
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
        else:
            continue
        opening = opening or kind
    return rtl > ltr or (opening in ("R", "AL") and ltr <= RTL_OPENING_OUTNUMBERED * rtl)


def attr_escape(value) -> Markup:
    """A value as the text of an HTML attribute: &, <, >, " and ' as entities."""
    return _attr_text("" if value is None else str(value))


@lru_cache(maxsize=4096)
def _attr_text(text: str) -> Markup:
    # Mostly language tags and ids, asked for on every row of every list: each escaped once.
    # Kept small: it lives as long as the process (a whole `mkdocs serve`), and single-use
    # strings (addresses, row data) pass through it too.
    return Markup(html.escape(text, quote=True))


def mark_safe(value) -> Markup:
    """The `safe` filter: what jinja2.filters.do_mark_safe gives (Markup(value)), a macro's output
    (a str, about 145,000 a build at 1,000 articles) made Markup without Markup.__new__'s steps
    for values that have their own HTML (__html__), which a str has not; a Markup as it is."""
    kind = type(value)
    if kind is str:
        return str.__new__(Markup, value)
    return value if kind is Markup else Markup(value)


def page_path(section: str, entry_id: str) -> str:
    return f"{section}/{entry_id}.md"


def link(section: str, entry_id: str) -> Markup:
    """An absolute link to a generated page, which MkDocs validates and makes relative."""
    return Markup(f"/{page_path(section, entry_id)}")


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Globals(ChainMap):
    """A template's globals, as Jinja makes them (its own over the environment's, which stay
    live: Environment.make_globals), whose keys() are a dict's keys, made at each call in the
    ChainMap's own order. Each `{% import %}` of a page subtracts the imported template's
    globals' keys from the page's (jinja2 Template._get_default_module): from a ChainMap's
    keys view that asks every key of the page in every map, one Python call at a time (about
    11 µs an import, up to four imports a page); from a dict's keys, about 1.5 µs. The same
    keys in the same order either way."""

    def keys(self):
        merged: dict = {}
        for mapping in reversed(self.maps):  # as ChainMap.__iter__ orders them
            merged.update(dict.fromkeys(mapping))
        return merged.keys()


class _DataContext(Context):
    """Jinja's context of a page, but a call from a template (`m.quote(...)`, `once(...)`,
    `items.append(...)`, `sort_key(...)`: about 170,000 at 1,000 articles) of a callable that
    cannot ask for the context, the evaluation context or the environment is made at once.
    Jinja's own Context.call looks for the mark of pass_context and the like
    (`jinja_pass_arg`) on the callable and on its `__call__` first: two failed attribute
    lookups, each raising an AttributeError inside, for every call. A macro (ours: MacroMemo;
    Jinja's: runtime.Macro, which no Jinja code marks) and a built-in function or method (no
    attribute can be set on them) never carry the mark; a Python function or an lru_cache of
    one carries it in its own __dict__ (pass_context sets it there; functools.wraps copies it);
    any other callable goes Jinja's way. What is called, and with what, is the same: the
    loop's and block's variables (`_loop_vars`, `_block_vars`) dropped, a StopIteration made
    an undefined value. Source: jinja2.runtime.Context.call (Jinja 3.1)."""

    def call(__self, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own names: a keyword may be "self")
        kind = type(__obj)
        if kind in _NEVER_PASSED or (kind in _PASSED_IN_DICT and "jinja_pass_arg" not in __obj.__dict__):
            if kwargs:
                kwargs.pop("_block_vars", None)
                kwargs.pop("_loop_vars", None)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:
                return __self.environment.undefined("value was undefined because a callable raised a StopIteration exception")
        return Context.call(__self, __obj, *args, **kwargs)


class _DataEnvironment(Environment):
    """Jinja's environment, but for `value.name` on a plain dict (the articles' front matter and the
    registries' entries, read in every template: about 900,000 times at 1,000 articles) the item
    is read at once. Jinja's own getattr tries the attribute first, which for a dict raises an
    AttributeError to be caught whenever the name is not one of dict's own (`items`, `get`...);
    the result is the same. Source: jinja2.Environment.getattr. And a template's globals are
    _Globals (Environment.make_globals), whose keys Jinja compares quickly at each import."""

    context_class = _DataContext

    def make_globals(self, d):
        return _Globals({} if d is None else d, self.globals)

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except (TypeError, LookupError, AttributeError):
                return self.undefined(obj=obj, name=attribute)
        # Environment.getattr's own steps, here rather than called (one Python call less on
        # each of about 500,000 reads of an object's attribute at 1,000 articles)
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)


class MacroMemo:
    """The `once` of the templates: `once(m.quote, evidence, language)` gives what
    `m.quote(evidence, language)` gives, the macro run only the first time it is asked for those
    arguments in a build. A macro's output depends on its arguments alone (and on the build's
    globals, fixed for one render), and the same rows recur page after page: an article's link
    and line on every list that names it, a mention's quote on the article's page and twice on
    the entity's (its mentions, its timeline). Arguments of plain values (strings, numbers, None,
    evidence, tuples of those) are compared by value; any other (an Article, a registry entry)
    by identity, the object kept with the output so that its identity cannot be reused while it is
    remembered. clear() lets go of everything (the end of a render)."""

    _BY_VALUE = (str, int, float, bool, type(None), Evidence, Markup)

    def __init__(self) -> None:
        self.kept: dict[tuple, tuple] = {}

    def _key(self, value):
        if isinstance(value, self._BY_VALUE) or (type(value) is tuple and all(isinstance(v, self._BY_VALUE) for v in value)):
            return (type(value), value)
        return id(value)

    def __call__(self, macro, *args):
        key = (macro, *map(self._key, args))
        found = self.kept.get(key)
        if found is None:
            found = self.kept[key] = (macro(*args), args)
        return found[0]

    def clear(self) -> None:
        self.kept.clear()


# The callables _DataContext.call calls at once: those that can carry no pass_context mark, and
# those that carry it in their own __dict__ when they do.
_NEVER_PASSED = frozenset((Macro, MacroMemo, BuiltinFunctionType))
_PASSED_IN_DICT = frozenset((FunctionType, type(lru_cache(maxsize=1)(len))))


def make_environment(templates: Path) -> Environment:
    env = _DataEnvironment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False, default=False),
        finalize=md_escape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # One environment serves one render, in which templates/ does not change: a template is
        # loaded once, not its file's time asked again at each page that uses it or imports it
        # (two `stat` calls a page; the next render makes a new environment, which loads it again).
        auto_reload=False,
    )
    env.filters["date"] = lambda v: md_escape(display_date(str(v) if v else ""))
    env.filters["safe"] = mark_safe
    env.filters["html_attr"] = attr_escape
    env.filters["link"] = link
    env.filters["raw_url"] = lambda v: Markup(quote(str(v)))
    env.filters["language_name"] = language_name
    env.filters["lang_tag"] = language_tag  # "" for a language that is no usable tag ("und", "unknown")
    env.filters["right_to_left"] = right_to_left
    env.filters["country_name"] = country_name
    env.filters["excerpt"] = excerpt
    env.filters["reason_statement"] = reason_statement
    env.filters["counted"] = counted
    env.filters["most_printed"] = most_printed
    env.filters["date_printed_otherwise"] = date_printed_otherwise
    env.filters["source_printed_otherwise"] = source_printed_otherwise
    env.globals["sort_key"] = sort_key
    env.globals["once"] = MacroMemo()
    return env


class _CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates kept in memory between the builds of `mkdocs serve`: each
    build gets a new Environment (its globals, and the macros of imported templates, which
    Jinja keeps per Environment, belong to that build's corpus), but a template is compiled
    again only when its source changes (Jinja checks a checksum of the source).
    With a `folder` (keep_in), also kept on disk, one file per template, for the next
    `mkdocs build` (a process of its own): compiling the templates costs about 0.3 s of CPU per
    build (ours) and as much again (the theme's), reading them back about 0.01 s. A file Jinja
    cannot read (another Python version or another source: Jinja's own checks; or a damaged
    file) is compiled again and written over; a file is named after the Jinja version and the
    Environment's settings that shape compiled code (_settings_mark), as Jinja checks neither;
    a folder that cannot be written only keeps them in memory."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}
        self.folder: Path | None = None

    def keep_in(self, folder: Path | None) -> None:
        """Keep the compiled templates in `folder` too (made when first written); None: in memory only."""
        self.folder = folder

    def load_bytecode(self, bucket) -> None:
        code = self.compiled.get(bucket.key)
        if code is None and self.folder is not None:
            try:
                code = self._file(bucket).read_bytes()
            except OSError:
                return
        if code is not None:
            try:
                bucket.bytecode_from_string(code)
            except Exception:  # a damaged file (unpickling its checksum may raise anything): compiled again
                bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        code = self.compiled[bucket.key] = bucket.bytecode_to_string()
        if self.folder is None:
            return
        target = self._file(bucket)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f"{target.name}.{os.getpid()}.part")
            partial.write_bytes(code)
            partial.replace(target)  # whole or not at all, for a build running beside this one
        except OSError:
            pass

    def _file(self, bucket) -> Path:
        return self.folder / f"{bucket.key}-{_settings_mark(bucket.environment)}.jinja"


def _settings_mark(env: Environment) -> str:
    """A short hash of what, besides a template's source, shapes the code Jinja compiles it
    to: Jinja's version, the syntax's delimiters, whitespace handling, autoescaping (a
    function's name), extensions, finalize, async. Two builds with the same mark compile a
    source to the same code."""
    autoescape = env.autoescape if isinstance(env.autoescape, bool) else getattr(env.autoescape, "__qualname__", repr(env.autoescape))
    settings = (jinja2.__version__, type(env).__qualname__, env.block_start_string, env.block_end_string,
                env.variable_start_string, env.variable_end_string, env.comment_start_string, env.comment_end_string,
                env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks,
                env.newline_sequence, env.keep_trailing_newline, env.optimized, autoescape, sorted(env.extensions),
                env.finalize is not None, env.is_async)
    return hashlib.sha1(repr(settings).encode()).hexdigest()[:12]


_COMPILED = _CompiledTemplates()


def linked_body(article, graph: Graph) -> list[Markup]:
    """The article's paragraphs as escaped Markdown, the first mention of each entity linked."""
    return list(_linked_paragraphs(article.body, graph.matchers.get(article.id)))


@lru_cache(maxsize=CACHE_SIZE)
def _linked_paragraphs(body: str, matcher: Matcher | None) -> tuple[Markup, ...]:
    done: set = set()
    out: list[Markup] = []
    for paragraph in body.split("\n\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        heading = paragraph.startswith("## ")
        text = paragraph[3:] if heading else paragraph
        pieces: list[str] = []
        cursor = 0
        for start, end, target in (matcher.finditer(text) if matcher else ()):
            if target in done or start < cursor:
                continue
            done.add(target)
            pieces.append(md_escape(text[cursor:start]))
            pieces.append(Markup(f"[{md_escape(text[start:end])}]({link(*target)})"))
            cursor = end
        pieces.append(md_escape(text[cursor:]))
        body_text = Markup("").join(pieces)
        out.append(Markup("### ") + body_text if heading else body_text)
    return tuple(out)


def year_key(date) -> str:
    """The year of a date as the name of its page: "2021", or "undated"."""
    order, year, *_rest = sort_key(str(date or ""))
    return str(year) if order == 0 else UNDATED  # the year the date sorts in, uncertain or not


def by_year(items: list, date_of, size: int = LONG_LIST) -> dict[str, list]:
    """Items grouped by the year of their date, years in order, "undated" last, at most
    `size` to a group; each group keeps the order of the items."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(year_key(date_of(item)), []).append(item)
    pages: dict[str, list] = {}
    for year, group in sorted(groups.items(), key=lambda kv: (kv[0] == UNDATED, kv[0])):
        # a year with too many for one page gets several: 2021, 2021-2, 2021-3 ...
        for part, part_items in parts_of(group, size):
            pages[year if part == "1" else f"{year}-{part}"] = part_items
    return pages


def most_printed(roles: list[tuple[str, list]], size: int = ROLES_SHOWN) -> list[tuple[str, list]]:
    """Of (role, sources) pairs (Graph.role_sources), the `size` printed in the most articles
    (the first listed where counts tie), kept in their own order: the order of actors.yaml,
    which a curator may have set. All of them when they are no more than `size`."""
    if len(roles) <= size:
        return roles
    kept = set(sorted(range(len(roles)), key=lambda n: -len(roles[n][1]))[:size])
    return [pair for n, pair in enumerate(roles) if n in kept]


def parts_of(items: list, size: int = LONG_LIST) -> list[tuple[str, list]]:
    """A long list cut into numbered pages of `size` entries: [("1", first), ("2", next), ...]."""
    return [(str(n + 1), items[start:start + size]) for n, start in enumerate(range(0, len(items), size))]


def article_groups(graph: Graph, field: str) -> dict[str, list]:
    """The articles grouped by a front-matter field ("source", "language"; "unknown" when
    empty), each group in date order, groups sorted case-insensitively (equal ones in the order
    their first article comes by date)."""
    groups: dict[str, list] = {}
    for article in graph.articles_by_date:
        groups.setdefault(str(article.meta.get(field) or "unknown"), []).append(article)
    return {name: groups[name] for name in sorted(groups, key=str.casefold)}


def group_slugs(names: list[str]) -> dict[str, str]:
    """Each group's name -> the slug of its page (text.slugify, made unique in the order given)."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        slugs[name] = unique_id(slugify(name), taken)
        taken.add(slugs[name])
    return slugs


class TimelineRow(NamedTuple):
    key: tuple  # the date's sort key
    order: int  # 0 for an event, 1 for an article: events first on the same day
    kind: str  # "event" or "article"
    item: object  # the event entry or the Article
    date: str  # as written in data/
    actors: list[str]  # the ids the row is filtered by
    missions: list[str]
    countries: list[str] = []  # ISO 3166-1 alpha-2 codes: the event's country, the countries named
    languages: list[str] = []  # codes as in data/: an article's language, those of an event's articles
    category: str = ""  # the kind filtered by: the event's kind ("meeting"...) or "article"


def timeline_rows(graph: Graph, last: dict | None = None, made: dict | None = None) -> list[TimelineRow]:
    """Every event and article in date order (events first on the same date), each with what
    the timeline's filters match: visible actor ids, mission ids (named or inferred), country
    codes (the event's own `country` and those of the country actors named), language codes
    (an article's own; for an event those of the articles that report it) and the category
    (the event's `kind`, "event" when it has none; "article" for an article).
    last: {article id: row} of a build whose registries were the same (under `mkdocs serve`): an
    article's row is reused while its Article is the same object; made: receives this build's."""
    actors, articles = graph.corpus.actors, graph.corpus.articles
    last = last or {}

    def tokens(values, joiner: str = "-") -> list[str]:
        # a page matches a row's values split at spaces: a value keeps none ("pt BR" -> "pt-BR")
        return list(dict.fromkeys(joiner.join(str(v).split()) for v in values if v and str(v).strip()))

    def countries(actor_ids, own=None) -> list[str]:
        return tokens([own] + [actors[a].get("country") for a in actor_ids if actors[a].get("kind") == "country"])

    def languages(article_list) -> list[str]:
        return tokens(a.meta.get("language") for a in article_list)

    rows = []
    for e in graph.events_by_date:
        ids = graph.actor_ids(e.get("actors"))
        rows.append(TimelineRow(sort_key(str(e.get("date") or "")), 0, "event", e, str(e.get("date") or ""), ids,
                                list(e.get("missions") or []), countries(ids, e.get("country")),
                                languages(articles[a] for a in e.get("articles") or [] if a in articles), (tokens([e.get("kind")], "_") or ["event"])[0]))
    for a in graph.articles_by_date:
        row = last.get(a.id)
        if row is None or row.item is not a:
            ids = graph.actor_ids(a.meta["actors"])
            row = TimelineRow(sort_key(str(a.meta.get("date") or "")), 1, "article", a, str(a.meta.get("date") or ""), ids,
                              a.meta["missions"] + a.meta["missions_inferred"], countries(ids), languages([a]), "article")
        if made is not None:
            made[a.id] = row
        rows.append(row)
    return sorted(rows, key=lambda row: (row.key, row.order))


class EventRow(NamedTuple):
    """One event as the events' list prints it: its date, title, id, place and how many
    articles report it."""

    date: object
    title: object
    id: str
    place: object
    reports: int


class TimelineFilter(NamedTuple):
    """One filter of a timeline page: `key` names it in the address (?actor=...) and in the
    control's id, `field` is the TimelineRow field (and the row's data- attribute) it matches,
    `choices` are (value, label) pairs."""
    key: str
    label: str
    field: str
    choices: list[tuple[str, str]]


def timeline_filters(graph: Graph):
    """The function giving a timeline page's filters: rows -> [TimelineFilter] for actor,
    mission, country, language and kind, each offering only what the page's own rows name
    (so a page of one year does not change when an actor of another year does), labels sorted
    case-insensitively; a filter with no choice is left out."""
    def entries(table, ids, label):
        return sorted(((i, str(table[i].get(label) or i)) for i in ids), key=lambda c: (c[1].casefold(), c[0]))

    def named(rows, field):
        return {v for row in rows for v in getattr(row, field)}

    def filters(rows) -> list[TimelineFilter]:
        missions = {m for m in named(rows, "missions") if graph.visible("missions", m)}
        kinds = {row.category for row in rows}
        found = [
            TimelineFilter("actor", "Actor", "actors", entries(graph.corpus.actors, named(rows, "actors"), "name")),
            TimelineFilter("mission", "Mission", "missions", entries(graph.corpus.missions, missions, "acronym")),
            TimelineFilter("country", "Country", "countries", sorted(((c, country_name(c)) for c in named(rows, "countries")), key=lambda c: c[1].casefold())),
            TimelineFilter("language", "Language", "languages", sorted(((c, language_name(c)) for c in named(rows, "languages")), key=lambda c: c[1].casefold())),
            TimelineFilter("kind", "Kind", "category", sorted(((k, k.replace("_", " ").capitalize()) for k in kinds), key=lambda c: c[1].casefold())),
        ]
        return [f for f in found if f.choices]

    return filters


class ListInputs:
    """What each page of a long list was made from, to render again under `mkdocs serve` only
    the pages whose entries changed. A page of a list split by year or part (the timeline, the
    articles by year, source and language, the quotes, an entity's mentions per year, a review
    section's parts) shows its entries and the names of its list's other pages, and the
    registries, templates and configuration, all of which the caller holds the same (a change
    to one of them renders the whole site, incremental.py); the indexes of actors, missions and
    events show the registries and each entry's count of articles and events. Its inputs are compared as a tuple:
    the template, the page's place in its list and its entries (Articles, timeline rows,
    quotes, links, review findings), compared by value, an Article that was not edited being
    the same object as at the last build (so the comparison of an unchanged page stops at
    identity). `last`: {path: inputs} of the last build (empty: render every page asked for);
    `now` receives this build's. `kept`: what the last build made that this one may reuse
    (timeline rows: timeline_rows' `last`); `kept_now` receives this build's."""

    def __init__(self, last: dict | None = None, kept: dict | None = None):
        self.last: dict = last or {}
        self.now: dict = {}
        self.kept_last: dict = kept or {}  # values made from the same registries, kept for the next build
        self.kept_now: dict = {}

    def changed(self, path: str, inputs: tuple) -> bool:
        """Record a page's inputs; True when they differ from the last build's (or it had none)."""
        self.now[path] = inputs
        before = self.last.get(path)
        return before is None or before != inputs

    def keep(self, path: str) -> None:
        """A page not rendered again (the caller knows it is as it was): its last inputs stay."""
        before = self.last.get(path)
        if before is not None:
            self.now[path] = before


def _review_key(slug: str, item, graph: Graph):
    """What a review entry shows of an item beyond the registries: the item itself (an Article,
    a Finding of two, an unread seed, an event entry); a warning by its place and message; a
    candidate actor with its count of articles and its line in data/actors.yaml."""
    if slug == "warnings":
        return (item.path, item.line, item.message, item.severity)
    if slug == "candidate-actors":
        return (item, len(graph.actor_links.get(item.get("id"), ())), graph.corpus.lines.get(("actors", item.get("id"))))
    if slug == "candidate-events":
        return (item, graph.corpus.lines.get(("events", item.get("id"))))
    return item


def _home_inputs(corpus: Corpus, graph: Graph) -> tuple:
    """What the home page (home.md.j2) reads beyond the registries: the counts, the articles'
    languages and sources, the first and last dated articles, the latest ten and the first five
    undated, how many are undated, each entity's count of articles and each mission's count of
    events (a mission named by events alone is listed with them)."""
    dated, undated = graph.dated_articles, graph.undated_articles
    return ("home", tuple(sorted(corpus.counts().items())), len(graph.actors_with_pages),
            sum(corpus.actors[a].get("kind") == "person" for a in graph.actors_with_pages),
            tuple(sorted({str(a.meta.get("language")) for a in corpus.articles.values()})),
            tuple(sorted({str(a.meta.get("source")) for a in corpus.articles.values() if a.meta.get("source")})),
            tuple(dated[:1]), tuple(dated[-10:]), tuple(undated[:5]), len(undated),
            tuple(len(graph.mission_links.get(m, ())) for m in corpus.missions),
            tuple(len(graph.mission_events.get(m, ())) for m in corpus.missions),
            tuple(len(graph.actor_links.get(a, ())) for a in corpus.actors))


def template_problem(error: TemplateError) -> str:
    """One line naming the template file and line of an error in templates/."""
    name, line = getattr(error, "filename", None), getattr(error, "lineno", None)
    if not name:  # an error while rendering: the innermost frame that ran a template
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
        if frames:
            name, line = frames[-1].filename, frames[-1].lineno
    where = Path(name).name if name else "?"
    where = f"templates/{where}:{line}" if line else f"templates/{where}"
    return f"{where}: {type(error).__name__}: {error.message or error}: fix the template"


def internal_render_problem(what: str) -> str:
    """The one line telling a bug met while rendering pages (`what`: what went wrong), to report."""
    return f"newsdossier: internal error while rendering pages ({what}); please report it"


def render_problem(error: BaseException) -> str:
    """The one line telling a failed render: a template's fault names its file and line
    (template_problem), any other error is an internal one, to report."""
    if isinstance(error, TemplateError):
        return template_problem(error)
    return internal_render_problem(f"{type(error).__name__}: {error}")


def render_site(corpus: Corpus, templates: Path, long_list: int = LONG_LIST, seeds: SeedListing = SeedListing(), *,
                graph: Graph | None = None, network: network_module.Network | None = None,
                only: Callable[[str], bool] | None = None, listed: set[str] | None = None,
                pieces: dict | None = None, changed: set[str] | None = None, frozen: bool | None = None,
                inputs: ListInputs | None = None, defer: bool = False) -> dict[str, str]:
    """Every generated page as {docs-relative path: Markdown}, plus the data downloads.
    defer: each page's value is instead a callable of no argument that renders it, the
    downloads' too (all of them made together when the first of them or data.md is called):
    everything a page is made from is settled here, its template run when it is called, in
    any order (pagestream.PageStream renders the pages in the order MkDocs reads them, in a
    process of its own); `only` and `listed` then apply to neither the downloads nor data.md.
    A list longer than `long_list` entries gets a page per year (or per part). seeds: which
    seed files the site publishes (a page links only those) and which have no article (listed
    on the review page).

    For `mkdocs serve`'s incremental rebuilds (incremental.py): `graph` and `network`, when
    given, are build_graph(corpus) and its Network, made by the caller (who compares them with
    the last build's); `only(path) -> bool`, when given, renders only the pages it accepts
    (the downloads are always made), the others are left out of the result; `listed`, when
    given, receives the path of every page the site has, rendered or not; `pieces` and
    `changed`, when given, are passed to downloads.build_downloads (what the last build wrote
    of each article, and the articles whose data changed since); `inputs`, when given, records
    what each page of a long list is made from (ListInputs), and of the pages `only` accepts
    such a page is rendered only when that differs from its `last` (the caller holds the
    registries, templates and configuration the same as the last build's)."""
    # Python's cycle collector scans every tracked object at each full collection, and rendering
    # makes millions of short-lived objects: with the corpus and its graph in the heap, those
    # scans of data that lives through the whole render took about 40 % of its time at 3,000
    # articles, a share that grows with the corpus. The objects made so far are set aside from
    # the collector (gc.freeze) while the pages are made, and given back after; garbage made
    # while rendering is still collected. (Python documentation, gc.freeze.)
    # Under `mkdocs serve` the plugin may hold the heap frozen between saves (plugin.py,
    # HeapKeeper): then what the render made stays frozen too, for the next save.
    # `frozen`, when given, says whether the caller holds the heap frozen (counting the frozen
    # objects walks them all: about 0.4 s at 10,000 articles under serve).
    held = frozen if frozen is not None else gc.get_freeze_count() > 0
    gc.freeze()
    try:
        return _render_site(corpus, templates, long_list, seeds, graph, network, only, listed, pieces, changed, inputs, defer)
    finally:
        if not held:
            gc.unfreeze()


def _render_site(corpus: Corpus, templates: Path, long_list: int, seeds: SeedListing, graph: Graph | None,
                 network: network_module.Network | None, only: Callable[[str], bool] | None, listed: set[str] | None,
                 pieces: dict | None = None, changed: set[str] | None = None, inputs: ListInputs | None = None,
                 defer: bool = False) -> dict[str, str]:
    env = make_environment(templates)
    env.bytecode_cache = _COMPILED
    memo = env.globals["once"]
    try:
        return _render_pages(env, corpus, long_list, seeds, graph, network, only, listed, pieces, changed, inputs, defer)
    finally:
        if not defer:  # deferred pages still read it
            memo.clear()  # the environment may outlive the render in the heap (a cycle): its outputs need not


def _render_pages(env: Environment, corpus: Corpus, long_list: int, seeds: SeedListing, graph: Graph | None,
                  network: network_module.Network | None, only: Callable[[str], bool] | None, listed: set[str] | None,
                  pieces: dict | None, changed: set[str] | None, inputs: ListInputs | None = None, defer: bool = False) -> dict[str, str]:
    if graph is None:
        graph = build_graph(corpus)
        gc.freeze()  # the graph too lives through the render
    pages: dict[str, str] = {}

    def put(path: str, template: jinja2.Template, **context) -> None:
        """The page at `path`: `template` rendered with `context`, now, or when called (defer)."""
        pages[path] = partial(template.render, **context) if defer else template.render(**context)

    def put_made(path: str, template: jinja2.Template, context: Callable[[], dict]) -> None:
        """put, with the context made by `context()`: when the page is rendered (defer: what
        it costs is the render process's, not spent before MkDocs has the pages' paths)."""
        pages[path] = (lambda: template.render(**context())) if defer else template.render(**context())

    def wanted(path: str) -> bool:
        if listed is not None:
            listed.add(path)
        return only is None or only(path)

    def wanted_list(path: str, made_of) -> bool:
        """wanted(path) for a page of a long list; `made_of()` gives its inputs (ListInputs)."""
        if not wanted(path):
            if inputs is not None:
                inputs.keep(path)
            return False
        if inputs is None:
            return True
        fresh = inputs.changed(path, made_of())
        return fresh or only is None

    # Quotes and the network: computed once here, read by quotes.md.j2, network.md.j2 and the
    # sections _quotes_network.md.j2 adds to actor and mission pages.
    network = network if network is not None else network_module.Network(network_module.graph_groups(graph))
    quotes = corpus_quotes(graph)
    speaker_quotes = by_speaker(quotes)
    env.globals.update(
        network=network, net=network_module, speaker_quotes=speaker_quotes, year_key=year_key,
        entity_name=lambda node: speaker_name(graph, node), page_speakers=lambda said: page_speakers(graph, said),
        top_speakers=(tops := top_speakers(speaker_quotes, TOP_SPEAKERS)),
        quote_years=lambda node: by_year(speaker_quotes[node], lambda q: q.date, long_list) if len(speaker_quotes.get(node, ())) > long_list else None,
    )

    def emit(path: str, template: str, made_of=None, **context):
        """Render a page; made_of: for a page of a long list, a function giving its inputs."""
        if wanted(path) if made_of is None else wanted_list(path, made_of):
            put(path, env.get_template(template), graph=graph, corpus=corpus, seeds=seeds, **context)

    def split(base: str, path: str, template: str, name: str, items: list, date_of, **context):
        """A list page, or when the list is long an index of years and a page per year."""
        years = by_year(items, date_of, long_list) if len(items) > long_list else None
        siblings = list(years or ())
        shown = tuple((k, v) for k, v in sorted(context.items()) if not callable(v))
        for year, year_items in (years or {}).items():
            emit(f"{base}/{year}.md", template, lambda: (template, base, year, tuple(siblings), path, shown, tuple(year_items)),
                 base=base, year=year, years=None, siblings=siblings, index=path, **{name: year_items}, **context)
        # The list's first page: with years, how many entries each has (and the quotes' speakers
        # quoted most, with their counts); without, its entries.
        emit(path, template, lambda: (template, base, path, shown, len(items), tuple((y, len(v)) for y, v in years.items()),
                                      tuple((node, len(speaker_quotes[node])) for node in tops) if template == "quotes.md.j2" else ())
             if years else (template, base, path, shown, tuple(items)),
             base=base, year=None, years=years, siblings=[], index=path, **{name: items}, **context)

    article_page = env.get_template("article.md.j2")
    for article in corpus.articles.values():
        if not wanted(page_path("articles", article.id)):
            continue
        put_made(page_path("articles", article.id), article_page, partial(lambda article: dict(
            graph=graph, corpus=corpus, seeds=seeds, article=article, meta=article.meta, paragraphs=linked_body(article, graph),
            events=graph.article_events.get(article.id, []), related=graph.related_articles(article), edited=hand_edits(article),
        ), article))
    year_page = env.get_template("entity_year.md.j2")

    def entity_pages(section: str, entry: dict, template, links: list, events: list, **context):
        """The page of an actor or mission; its mentions on a page per year when they are many."""
        years = by_year(links, lambda l: l.article.meta.get("date"), long_list) if len(links) > long_list else None
        by_year_of = None  # the entity's events by year, made for the first page asked for
        for year, year_links in (years or {}).items():
            def year_events(year=year) -> list:  # on a year's first page
                nonlocal by_year_of
                if by_year_of is None:
                    by_year_of = {}
                    for event in events:
                        by_year_of.setdefault(year_key(event.get("date")), []).append(event)
                return by_year_of.get(year, [])  # a later part ("2021-2") has none
            if not wanted_list(f"{section}/{entry['id']}/{year}.md", lambda: ("entity_year", section, entry, year, tuple(year_links), tuple(year_events()))):
                continue
            put(f"{section}/{entry['id']}/{year}.md", year_page,
                graph=graph, corpus=corpus, section=section, entry=entry, name=entry.get("name") if section == "actors" else entry.get("acronym"),
                year=year, links=year_links, events=year_events(),
            )
        if not wanted(page_path(section, entry["id"])):
            return
        put(page_path(section, entry["id"]), template,
            graph=graph, corpus=corpus, links=links, events=events, years=years,
            **context,
        )

    def redirect(section: str, entry: dict) -> None:
        """The page an actor, mission or event merged into another (same_as) leaves at its old
        address: it sends the reader to the survivor's page (Graph.survivor), when that has one;
        named as the lists name each kind (an actor's name, a mission's acronym, an event's title)."""
        survivor = graph.survivor(section, entry["id"])
        if entry.get("status") == "rejected" or survivor is None or (section == "actors" and survivor["id"] not in graph.actors_with_pages):
            return
        label = {"actors": "name", "missions": "acronym", "events": "title"}[section]
        emit(page_path(section, entry["id"]), "redirect.md.j2", what=section[:-1], target=(section, survivor["id"]),
             name=entry.get(label) or entry["id"], target_name=survivor.get(label) or survivor["id"])

    actor_page = env.get_template("actor.md.j2")
    for actor in corpus.actors.values():
        if actor.get("status") == "rejected":
            continue
        if actor.get("same_as"):
            redirect("actors", actor)
            continue
        if actor["id"] not in graph.actors_with_pages:
            continue  # nothing names it: no page (graph.actors_with_pages)
        entity_pages("actors", actor, actor_page, graph.actor_links.get(actor["id"], []), graph.actor_events.get(actor["id"], []), actor=actor)
    mission_page = env.get_template("mission.md.j2")
    for mission in corpus.missions.values():
        if mission.get("status") == "rejected":
            continue
        if mission.get("same_as"):
            redirect("missions", mission)
            continue
        entity_pages("missions", mission, mission_page, graph.mission_links.get(mission["id"], []), graph.mission_events.get(mission["id"], []), mission=mission)
    event_page = env.get_template("event.md.j2")
    machine_events = None  # the machine's reading of the events' fields, read for the first event page made
    for event in graph.events_by_date:
        if wanted(page_path("events", event["id"])):
            if machine_events is None:
                machine_events = recorded_machine_events(Project(corpus.root))
            put(page_path("events", event["id"]), event_page, graph=graph, corpus=corpus, event=event,
                edited=event_hand_edits(event, machine_events))
    for event in corpus.events.values():  # an event merged into another leaves a page at its address that sends the reader on
        if event.get("same_as"):
            redirect("events", event)
    emit("index.md", "home.md.j2", lambda: _home_inputs(corpus, graph))
    rows = timeline_rows(graph, inputs.kept_last.get("timeline rows") if inputs is not None else None,
                         inputs.kept_now.setdefault("timeline rows", {}) if inputs is not None else None)
    split("timeline", "timeline.md", "timeline.md.j2", "rows", rows, lambda row: row.date, timeline_filters=timeline_filters(graph))
    split("articles/by-year", "articles/index.md", "articles_index.md.j2", "articles", graph.articles_by_date, lambda a: a.meta.get("date"), heading=None)
    for field, heading in (("source", "Articles by source"), ("language", "Articles by language")):
        base = f"articles/by-{field}"
        groups = article_groups(graph, field)
        names = list(groups)
        slugs = group_slugs(names)
        linked = len(graph.articles_by_date) > long_list  # a page per group, not one page of all
        for name in names if linked else ():
            split(f"{base}/{slugs[name]}", f"{base}/{slugs[name]}.md", "articles_index.md.j2", "articles", groups[name],
                  lambda a: a.meta.get("date"), heading=f"{heading}: {language_name(name) if field == 'language' else name}")
        emit(f"{base}.md", "articles_by.md.j2",
             lambda: ("by", field, linked, tuple((name, slugs[name], len(groups[name]) if linked else tuple(groups[name])) for name in names)),
             field=field, heading=heading, base=base, linked=linked,
             groups=[(name, slugs[name], groups[name]) for name in names])
    # The indexes of the registries read, beyond them, only how many articles and events each entry has.
    emit("actors/index.md", "actors_index.md.j2",
         lambda: ("actors", tuple((len(graph.actor_links.get(a, ())), len(graph.actor_events.get(a, ())), a in graph.actors_with_pages) for a in corpus.actors)),
         kinds=ACTOR_KIND_TITLES)
    emit("missions/index.md", "missions_index.md.j2", lambda: ("missions", tuple(len(graph.mission_links.get(m, ())) for m in corpus.missions)))
    # The events' list: a page per year when they are many (at 10,000 articles, 3,800 events
    # made one page of 660 KB). Each row is what the page prints of an event, so that a page of
    # the list is rendered again (ListInputs) when one of its rows reads otherwise.
    event_rows = [EventRow(e.get("date"), e.get("title"), e["id"], e.get("place"), len(e.get("articles") or [])) for e in graph.events_by_date]
    split("events/by-year", "events/index.md", "events_index.md.j2", "events", event_rows, lambda row: row.date)
    items = review_sections(corpus, graph.articles_by_date, graph.events_by_date, list(seeds.unread))
    parts = {slug: parts_of(items[slug], long_list) if len(items[slug]) > long_list else [] for slug in items}
    for slug, heading, advice in SECTIONS:
        for part, part_items in parts[slug]:
            emit(f"review/{slug}/{part}.md", "review_part.md.j2",
                 lambda: ("review", slug, part, len(parts[slug]), tuple(_review_key(slug, i, graph) for i in part_items)),
                 slug=slug, heading=heading, advice=advice, part=part, count=len(parts[slug]), items=part_items)
    # The review page: each section's count and parts, or its entries when it has no parts.
    emit("review.md", "review.md.j2",
         lambda: ("review", tuple((slug, len(items[slug]), len(parts[slug]), len(parts[slug][0][1]) if parts[slug] else 0,
                                   () if parts[slug] else tuple(_review_key(slug, i, graph) for i in items[slug])) for slug in items)),
         sections=SECTIONS, items=items, parts=parts)
    split("quotes", "quotes.md", "quotes.md.j2", "quotes", quotes, lambda q: q.date, speaker=None)
    for node, said in speaker_quotes.items():
        split(f"quotes/{node[0]}/{node[1]}", f"quotes/{node[0]}/{node[1]}.md", "quotes.md.j2", "quotes", said, lambda q: q.date, speaker=node)
    emit("network.md", "network.md.j2")
    if defer:  # the downloads made by the first of them (or the data page) asked for
        made: list = []

        def made_downloads():
            if not made:
                made.append(build_downloads(corpus, graph, pieces, changed))
            return made[0]
        for path in download_paths():
            pages[path] = partial(lambda path: made_downloads().files[path], path)
        put_made("data.md", env.get_template("data.md.j2"),
                 lambda: dict(graph=graph, corpus=corpus, seeds=seeds, **_data_page_context(made_downloads().rows)))
        return pages
    files, rows = build_downloads(corpus, graph, pieces, changed)
    pages.update(files)
    if listed is not None:
        listed.update(files)
    emit("data.md", "data.md.j2", lambda: ("data", tuple(sorted(rows.items()))), **_data_page_context(rows))
    return pages


def _data_page_context(rows: dict) -> dict:
    """What data.md.j2 reads beside the graph, the corpus and the seeds: the tables of the
    downloads (TABLES), their rows (rows: build_downloads' rows, {table: count}), and the
    graph download's name and keys."""
    return dict(tables=TABLES, rows=rows, graph_json=GRAPH_JSON, graph_keys=GRAPH_KEYS)
