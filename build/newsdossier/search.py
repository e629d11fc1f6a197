"""Site search and page language: the language tag each page carries (for browsers, screen
readers and Pagefind's per-language index), the spellings Pagefind's accent folding misses,
and running Pagefind over a built site."""
from __future__ import annotations

import contextlib
import html
import json
import re
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pycountry
import snowballstemmer
from anyascii import anyascii

BUNDLE = "pagefind"  # the folder of the search index and its interface, inside the site
# Left out of the index: the heading permalinks' "¶" (not text), and the sentences entity and
# event pages quote from articles as evidence (blockquotes) and the quotes the quotes pages and
# actor pages list (.nd-said): each sentence is indexed once, on
# the page of the article it comes from, which a search for its words then finds first (a short
# entity page quoting it would outrank the long article). Entity pages are found by their names.
# Also left out, as lists of other pages' titles and names that a page repeats from elsewhere:
# the timeline's rows (.nd-timeline), the names the timeline's and quotes pages' filters offer
# (.nd-filters), the quotes lists (.nd-quotes: once the sentences are out, what is left is each
# quote's speaker and article title) and the network drawings' labels (.nd-network). The
# templates mark their other such lists with data-pagefind-ignore, which Pagefind skips by
# itself. Every page holding a word costs the reader's browser time when the word is searched
# (about 13,000 pages hold a common word at 10,000 articles), and a list page found by the
# titles it lists only crowds out the pages those titles are of.
# The status badges (.nd-badge: "candidate", "confirmed", "inferred") are the site's words, not
# the corpus's: searched, they matched every candidate's page and showed in the excerpts.
EXCLUDED = ".headerlink, blockquote, .nd-said, .nd-timeline, .nd-quotes, .nd-network, .nd-filters, .nd-badge"
# A large site's index is written in parts, each by a Pagefind run of its own into its own
# folder of the bundle: Pagefind holds a run's whole index in memory (2.3 GB for the 18,500
# pages of 10,000 articles), so the peak is the largest part's. See index_parts.
# The parts are also what the reader's browser searches, one index (per language) after another:
# Pagefind's search of a word matches each page holding it against every entry of the word and of
# the words it starts (pagefind_web's search_term; measured superlinear in 1.5.2 too), so an index's cost grows about as the square of the
# pages holding the word there, and the same pages in k indexes cost about 1/k as much. At 10,000
# articles, 'peacekeepers' (4,000 articles) spent most of its first result's time there.
PART_PAGES = 2000  # pages per part, at most: about 0.24 GB of Pagefind's memory each (0.7 GB at 6,000);
# at 10,000 articles (14,428 searched pages) 9 parts of one language each (English in 5 of 1,806
# pages) instead of 3 parts holding 5 indexes (English in 2 of 4,516): common one-word queries reached
# their first result in half the time or less, rare ones as before; parts of 1,000 pages (16 indexes) were no faster
# but for the commonest word, and fetched 0.6-1.2 MB (README, "Performance")
SERVE_PART_PAGES = PART_PAGES  # the same under `mkdocs serve`, where a run beside the server (1.2-1.5 GB at
# 10,000 articles, more while a save is rebuilt) with parts of 6,000 pages took the process tree to 2.03 GB
PART_FOLDER = "part-{}"  # the folder of part i (i >= 1) inside the bundle; part 0 is the bundle itself
VIEW = f".{BUNDLE}.view"  # the folder, inside the site, of links to the pages of a part whose paths no glob names (part_glob)
# A page path a part's glob names as itself (part_glob): ASCII letters, digits, "_", "-", "." and "/".
_GLOB_LITERAL = re.compile(r"[A-Za-z0-9_./-]+")
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")
# An HTML tag: (closing slash, name, attributes, self-closing slash). The elements Pagefind skips
# (EXCLUDED's tag and class selectors, and data-pagefind-ignore) are found by these.
_TAG_PARTS = re.compile(r"<(/?)([A-Za-z][\w:-]*)([^>]*?)(/?)>")
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
# The attribute with any value: Pagefind skips the element's text for every value ("all" also
# its metadata and filters); the templates write "all" (Python-Markdown would write a bare attribute as
# data-pagefind-ignore="data-pagefind-ignore", which Pagefind warns about and reads as "all").
_IGNORE = re.compile(r"\sdata-pagefind-ignore(?=[\s=/>]|$)")
# Elements without an end tag (HTML Living Standard, "void elements").
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# A BCP 47 tag of a language and optional subtags ("fr", "pt-br", "zh-hant"), lowercased as
# Pagefind keys its indexes (it lowercases the `lang` attribute).
_PLAIN_PATH = re.compile(r"[\w./-]+")  # a path the glob reads as itself (index_glob)
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


class SearchIndexError(Exception):
    """Pagefind could not be run, or failed: the message says what to do."""


def language_tag(code: object, default: str) -> str:
    """The value for a page's `<html lang>`: `code` (an article's `language` field, an ISO 639-1
    code such as "fr", or a BCP 47 tag such as "pt-BR") lowercased, when it is a well-formed
    tag; otherwise `default` (the site's language, `theme.language` in mkdocs.yml). Empty,
    missing, "und"/"unknown" or malformed values give `default`, so that no page claims a
    language it is not known to be in. Source: BCP 47 (RFC 5646) for the tag's shape; Pagefind
    lowercases the attribute to key its per-language indexes (pagefind/src/fossick/parser.rs)."""
    return _language_tag(str(code or ""), default)


@lru_cache(maxsize=1024)
def _language_tag(code: str, default: str) -> str:
    # Asked for every page and every quote and mention listed (70,000 times at 1,000 articles)
    # of a handful of values: each is worked out once.
    tag = code.strip().replace("_", "-").lower()
    if not _LANGUAGE_TAG.fullmatch(tag) or tag.split("-")[0] in ("und", "unk", "xx", "mul", "zxx"):
        return default
    return tag


def _excluded_selectors(selectors: str) -> tuple[frozenset[str], frozenset[str]]:
    """EXCLUDED's selectors as (tag names, class names): "blockquote, .nd-said" ->
    ({"blockquote"}, {"nd-said"}). Only these two simple kinds are used there."""
    parts = [part.strip() for part in selectors.split(",") if part.strip()]
    if not all(re.fullmatch(r"\.?[\w-]+", part) for part in parts):
        raise ValueError(f"EXCLUDED holds a selector other than a tag or a class name: {selectors!r}")
    return (frozenset(part.lower() for part in parts if not part.startswith(".")),
            frozenset(part[1:] for part in parts if part.startswith(".")))


_EXCLUDED_TAGS, _EXCLUDED_CLASSES = _excluded_selectors(EXCLUDED)
# What may mark a start tag as opening an element Pagefind skips: one of EXCLUDED's tag names after
# "<", or one of its class names or data-pagefind-ignore inside the tag (_skipped decides).
# The marks where a skipped element may start, as _maybe_skipped finds them: the tag names by a
# pattern that opens with "<" (which re looks for as a literal, a tag at a time), the others,
# plain strings, by str.find; _MAYBE_SKIPPED is all of them in one pattern.
_SKIPPED_TAG_NAMES = re.compile(r"<(?i:" + "|".join(map(re.escape, sorted(_EXCLUDED_TAGS))) + r")(?![\w:-])")
_SKIPPED_MARKS = ("data-pagefind-ignore", *sorted(_EXCLUDED_CLASSES))
_MAYBE_SKIPPED = re.compile(_SKIPPED_TAG_NAMES.pattern + "|" + "|".join(map(re.escape, _SKIPPED_MARKS)))
_LT_INSIDE_TAG = re.compile(r"<[^>]*<")  # a "<" after another with no ">" between


def _skipped(name: str, attributes: str) -> bool:
    if name in _EXCLUDED_TAGS or (attributes and _IGNORE.search(attributes)):
        return True
    found = _CLASS.search(attributes) if attributes and _EXCLUDED_CLASSES else None
    return bool(found) and not _EXCLUDED_CLASSES.isdisjoint((found.group(1) or found.group(2) or found.group(3) or "").split())


def _maybe_skipped(page_html: str) -> list[int]:
    """Where _MAYBE_SKIPPED matches in a page, in order: the offsets of its matches, and of any
    other place one of its strings is written (one inside another's match, which _MAYBE_SKIPPED's
    matches, never overlapping, pass over; none of EXCLUDED's do so). Each is inside the same tag
    as a match or in none, so indexed_text decides alike from either list. A pattern of that
    alternation is tried at every character of the page (about 40 % of indexed_text's time); this
    finds the same places in a third of the time."""
    found = [match.start() for match in _SKIPPED_TAG_NAMES.finditer(page_html)]
    for mark in _SKIPPED_MARKS:
        at = page_html.find(mark)
        while at >= 0:
            found.append(at)
            at = page_html.find(mark, at + 1)
    found.sort()
    return found


def indexed_text(page_html: str) -> str:
    """The text of a page's content as Pagefind indexes it: tags removed (each gives a space),
    entities decoded, and the content of the elements it skips left out: those EXCLUDED names
    (passed to it as --exclude-selectors) and those marked data-pagefind-ignore. Input: HTML as
    the build writes it (well-formed: every element that is not void is closed). Output: str
    (the same words as _walked_text gives, spaces aside). Source: Pagefind's documentation,
    "Configuring what content is indexed" (data-pagefind-ignore, exclude_selectors).

    Only the tags that may open a skipped element (_MAYBE_SKIPPED) are looked at one by one;
    the text between them loses its tags in one substitution. That reads the tags as
    _walked_text does when no "<" stands inside a tag (between a "<" and the next ">"): each
    "<" then starts a tag that ends at the next ">". HTML that has one (a script's "a < b")
    is walked tag by tag instead."""
    if _LT_INSIDE_TAG.search(page_html):
        return _walked_text(page_html)
    pieces: list[str] = []
    cursor = 0
    for at in _maybe_skipped(page_html):
        start = at if page_html[at] == "<" else page_html.rfind("<", cursor, at)
        if start < cursor or page_html.find(">", start, at) >= 0:
            continue  # text, or a tag already passed (or inside a skipped element)
        tag = _TAG_PARTS.match(page_html, start)
        if tag is None:
            continue  # a "<" that opens no tag
        closing, name, attributes, self_closing = tag.groups()
        name = name.lower()
        if closing or self_closing or name in _VOID or not _skipped(name, attributes):
            continue
        pieces.append(_TAG.sub(" ", page_html[cursor:start]))
        pieces.append(" ")
        cursor = _element_end(page_html, name, tag.end())
        if cursor < 0:  # never closed: the rest of the page is inside it
            return html.unescape("".join(pieces))
    pieces.append(_TAG.sub(" ", page_html[cursor:]))
    return html.unescape("".join(pieces))


def _element_end(page_html: str, name: str, start: int) -> int:
    """The offset just after the end tag closing the element `name` opened before `start`
    (elements of the same name nested in it counted), or -1 when it is never closed."""
    depth = 0
    for tag in _same_name_tags(name).finditer(page_html, start):
        closing, self_closing = tag.group(1), tag.group(2)
        if self_closing:
            continue
        if not closing:
            depth += 1
        elif depth == 0:
            return tag.end()
        else:
            depth -= 1
    return -1


@lru_cache(maxsize=64)
def _same_name_tags(name: str) -> re.Pattern:
    """The start and end tags of one element name, as _TAG_PARTS reads them (case ignored)."""
    return re.compile(r"<(/?)(?i:" + re.escape(name) + r")(?![\w:-])[^>]*?(/?)>")


def _walked_text(page_html: str) -> str:
    """indexed_text, every tag of the page read in turn (for HTML with a "<" inside a tag)."""
    pieces: list[str] = []
    cursor = 0
    skipping: str | None = None  # the name of the skipped element being passed over
    depth = 0  # elements of that name opened inside it
    for tag in _TAG_PARTS.finditer(page_html):
        closing, name, attributes, self_closing = tag.groups()
        name = name.lower()
        if skipping is None:
            pieces.append(page_html[cursor:tag.start()])
            if not closing and not self_closing and name not in _VOID and _skipped(name, attributes):
                skipping, depth = name, 0
        elif name == skipping and not self_closing:
            if closing:
                if depth == 0:
                    skipping = None
                else:
                    depth -= 1
            else:
                depth += 1
        pieces.append(" ")
        cursor = tag.end()
    if skipping is None:
        pieces.append(page_html[cursor:])
    return html.unescape(_TAG.sub(" ", "".join(pieces)))


@lru_cache(maxsize=4)
def _indexed_words(page_html: str) -> tuple[str, ...]:
    """The distinct words of indexed_text(page_html), in order of first appearance; kept for the
    last few pages, whose search fields each read them (spellings, stems)."""
    return tuple(dict.fromkeys(_WORD.findall(indexed_text(page_html))))


def page_languages(article_languages: dict[str, object], default: str) -> dict[str, str]:
    """The language of each article page that is not the site's own: input maps an article
    page's source path ("articles/<id>.md") to the article's `language` field, output maps it
    to its tag (`language_tag`) where that differs from `default`. Every other page is in the
    site's language."""
    tags = {path: language_tag(code, default) for path, code in article_languages.items()}
    return {path: tag for path, tag in tags.items() if tag != default}


# Marks a word of another language's stem: Pagefind keeps "_" inside words (its
# include_characters) and no stemmer removes it, so the word is indexed as written.
STEM_MARK = "_"
NAME_FIELDS = ("name", "acronym", "name_fr", "acronym_fr")  # a registry entry's names, then its aliases


@lru_cache(maxsize=64)
def snowball_stemmer(language: str):
    """The Snowball stemmer of a language tag ("fr", "pt-br": its primary subtag), or None when
    Snowball has none (Vietnamese, Chinese). The algorithm is found by the language's English
    name in ISO 639 (pycountry: "fr" -> "French" -> Snowball "french"), the names Snowball
    gives its algorithms; Pagefind stems with the same Snowball algorithms (its pagefind_stem)."""
    code = language.split("-")[0]
    entry = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    name = entry.name.lower() if entry is not None else ""
    return snowballstemmer.stemmer(name) if name in snowballstemmer.algorithms() else None


@lru_cache(maxsize=262144)
def _stem(language: str, word: str) -> str:
    stemmer = snowball_stemmer(language)
    return stemmer.stemWord(word) if stemmer is not None else word


def cross_language_stems(page_html: str, page_language: str, languages: list[str]) -> list[str]:
    """Words to index beside a page's own so that a search stemmed by another language's rules
    finds it. Pagefind keeps one index per language, stems a page's words by its language, and
    stems a query by the language of the page it is typed on, also for the other languages'
    indexes it merges; so "security" typed on a French page is stemmed "security" (French
    rules) and misses the English page's "secur", "peacekeeping" misses "peacekeep". For each
    distinct word of the text Pagefind indexes of the page (`indexed_text`: tags and skipped
    elements removed; folded as Pagefind folds it), and each other
    language of `languages` that has a Snowball stemmer, the word's stem by that language's
    rules is given, marked with STEM_MARK ("security_") so that the page's own stemmer leaves
    it whole, and Pagefind's prefix matching finds it from the query's stem. Only stems the
    page's own stem does not already reach (does not start with) are given, in order of first
    appearance. Input: the HTML of a page's content, its language tag and the site's; output:
    a list of words, possibly empty."""
    others = tuple(language for language in dict.fromkeys(languages) if language != page_language and snowball_stemmer(language))
    if not others:
        return []
    known = _foreign_table(page_language, others)
    seen: dict[str, None] = {}
    for word in _indexed_words(page_html):
        stems = known.get(word)
        if stems is None:
            stems = known[word] = _foreign_stems(word, page_language, others)
        for stem in stems:
            seen[stem] = None
    return list(seen)


FOREIGN_WORDS = 262144  # words kept per (page language, other languages) by _foreign_table, at most
_FOREIGN: dict[tuple[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = {}


def _foreign_table(page_language: str, others: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words whose _foreign_stems are worked out already, for one page language and its
    other languages: {word: stems}, looked up once per word of every searched page (at 10,000
    articles about 1.5 million times a build), by the word alone, whose hash Python keeps with
    the string, where a cache keyed by (word, language, languages) hashes the three each time.
    Started again when it holds more than FOREIGN_WORDS words (`mkdocs serve` lives long)."""
    table = _FOREIGN.get((page_language, others))
    if table is None or len(table) > FOREIGN_WORDS:
        table = _FOREIGN[(page_language, others)] = {}
    return table


def _foreign_stems(word: str, page_language: str, others: tuple[str, ...]) -> tuple[str, ...]:
    """One word's part of cross_language_stems, worked out once per build however many pages
    hold the word (_foreign_table): its stems by the `others` languages' rules that its stem by
    the page's own does not start with, each marked with STEM_MARK; () for a word of under 3
    letters or digits."""
    folded = pagefind_fold(word)
    if len(folded) < 3 or folded.isdigit():
        return ()
    own = _stem(page_language, folded)
    return tuple(stem + STEM_MARK for stem in (_stem(language, folded) for language in others) if not own.startswith(stem))


def entity_names(entry: dict) -> list[str]:
    """Every name an actor or mission entry of data/ is known by: its name, acronym, French
    name and acronym (missions), then its aliases, each once, in that order."""
    names = [entry.get(key) for key in NAME_FIELDS] + list(entry.get("aliases") or [])
    return list(dict.fromkeys(str(name).strip() for name in names if name and str(name).strip()))


# The punctuation Pagefind's search drops from a query before splitting it at spaces (Unicode
# categories: dashes, brackets, quotes and other punctuation; not "_", a connector), so that
# "Côte d'Ivoire" is searched as "cote divoire" (pagefind_web_js, coupled_search.ts).
_QUERY_DROPPED = frozenset(("Pd", "Pe", "Pf", "Pi", "Po", "Ps"))


def name_word(name: str) -> str | None:
    """A name of several words as the one word that an entity page's search field holds for it
    and that the page's search asks for when a query is that name, so that the page a name or
    alias names is found by it, exactly, first: the name as Pagefind's search reads a query
    (its punctuation of `_QUERY_DROPPED` dropped, lowercased, accents folded as `pagefind_fold`
    folds them), its words joined with STEM_MARK and ended with two ("Nations unies" ->
    "nations_unies__", "Côte d'Ivoire" -> "cote_divoire__"). No stemmer changes a word ending
    with STEM_MARK, so the query's word and the page's are the same, and the two marks at the
    end keep Pagefind's prefix matching from reaching a longer name ("mission_des_nations_unies_
    au_soudan__" is no prefix of "..._au_soudan_du_sud__"). Without it, Pagefind matches each
    word of the query as a prefix on its own ("uni" of "unies" reaching "united", "union",
    "UNIFIL": thousands of pages at 10,000 articles), weighs a prefix match in a name field as
    much as an exact one, and ranks other entities first. The same steps are done in the page
    (templates/theme/main.html, nameWord).
    Input: a name; output: the word, or None for a name of one word (a query of one word is
    matched as itself)."""
    kept = "".join(c for c in name if unicodedata.category(c) not in _QUERY_DROPPED)
    words = pagefind_fold(kept).split()
    return STEM_MARK.join(words) + 2 * STEM_MARK if len(words) > 1 else None


def name_words(names: Iterable[str]) -> list[str]:
    """`name_word` of each of `names` that has one, each once, in order."""
    return list(dict.fromkeys(word for word in map(name_word, names) if word))


def pagefind_fold(word: str) -> str:
    """A word as Pagefind 1.5 folds it for matching: canonical decomposition (Unicode NFD),
    combining marks dropped, lowercase ("Sécurité" -> "securite", "Đức" -> "đuc"). Source:
    Pagefind's `normalize_diacritics` (pagefind/src/fossick/splitting.rs) and, for the
    query, `normalizeDiacritics` in pagefind_web_js (`normalize("NFD")`, `\\p{M}` removed)."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def ascii_spelling(word: str) -> str | None:
    """The plain-ASCII spelling of a Latin-script word whose letters do not decompose in
    Unicode, so that dropping accent marks leaves them as they are: Vietnamese and Croatian
    đ, Polish ł, Danish ø, German ß, French œ, Icelandic þ ð, Turkish ı ("Đức" -> "Duc",
    "Łódź" -> "Lodz", "manœuvre" -> "manoeuvre"). None when Pagefind's own folding already
    reaches ASCII ("Bouaké"), or the word is of another script (no transliteration of
    Cyrillic, Arabic or Chinese: that is not accent folding). The letters are not listed by
    hand: Unicode names them LATIN, and anyascii gives their ASCII form."""
    folded = pagefind_fold(word)
    if folded.isascii():
        return None
    if not all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in folded if c.isalpha()):
        return None
    spelling = anyascii(unicodedata.normalize("NFC", word))
    return spelling if spelling.isascii() and spelling.isalnum() else None


def extra_spellings(page_html: str) -> list[str]:
    """The ASCII spellings to index beside a page's words so that a reader typing without
    accents finds them: one per distinct word of the text Pagefind indexes of the page
    (`indexed_text`: tags and skipped elements removed, entities decoded) that
    `ascii_spelling` gives one for, in order of first appearance.
    Input: the HTML of a page's content. Output: a list of words, possibly empty."""
    seen: dict[str, None] = {}
    for word in _indexed_words(page_html):
        spelling = None if word.isascii() else ascii_spelling(word)
        if spelling is not None:
            seen.setdefault(spelling, None)
    return list(seen)


def pagefind_executable() -> Path:
    """The Pagefind binary shipped by the `pagefind-bin` wheel (`pip install 'pagefind[bin]'`).
    Raises SearchIndexError when it is not installed."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise SearchIndexError("the Pagefind binary is not installed: pip install 'pagefind[bin]>=1.5'") from None
    try:
        return get_executable()
    except FileNotFoundError as error:
        raise SearchIndexError(f"the Pagefind binary is missing ({error}): reinstall 'pagefind[bin]>=1.5'") from None


# The sections holding a page per article, actor, mission and event ("actors/<id>.md"): what a
# researcher searches for (see searched_page).
ENTRY_SECTIONS = ("articles", "actors", "missions", "events")


REVIEW_SECTION = "review"  # the folder of the review section's parts (render: review/<section>/<part>.md)


def searched_page(source: str) -> bool:
    """Whether a page the plugin generates is indexed, from its source path ("actors/jane-doe.md"):
    the home page and each section's own page ("quotes.md", "actors/index.md", "articles/by-source.md"),
    and the page of each article, actor, mission and event ("<section>/<id>.md", ENTRY_SECTIONS).
    Not the pages a long list is split into or grouped by (an actor's or mission's mentions of one
    year, "actors/<id>/<year>.md"; the timeline's and the quotes' years, each speaker's quotes,
    the articles of a year, a source or a language): they list other pages'
    titles and sentences, which are indexed once, on those pages, and the lists' own words are
    left out already (EXCLUDED, data-pagefind-ignore), so such a page is found by its heading
    and its introduction's words alone ("said", "articles"), beside the pages it lists. The
    parts of a long review section ("review/<section>/<part>.md") ARE indexed: their entries
    (a warning's file and line, an unread seed, a name left unresolved) are written nowhere
    else, and they are what a curator searches for. A page a researcher writes by hand is
    indexed whatever its path (the plugin asks only of its own).
    Input: a source path relative to the docs, with "/"; output: bool."""
    parts = source.split("/")
    if len(parts) == 3 and parts[0] == REVIEW_SECTION:
        return True
    return len(parts) == 1 or (len(parts) == 2 and (parts[1] == "index.md" or parts[0] in ENTRY_SECTIONS))


def index_glob(pages: Iterable[str], others: Iterable[str]) -> str:
    """The `--glob` that gives Pagefind the site's pages and none of its other HTML files (the
    readable views of the seeds and data files, thousands in a large corpus, which hold no
    `data-pagefind-body`: Pagefind would still read and parse each, a fifth of its time and
    memory at 1,000 articles; nor the pages left out of the search, searched_page). Input: the
    output paths, relative to the site and with "/", of the pages (`pages`,
    "articles/00340/index.html") and of every other HTML file the build writes (`others`,
    "seeds/00738.txt.html", "actors/jane-doe/2016/index.html"). A top folder that holds pages
    and no other HTML file is given whole ("articles/**/*.html"); in a folder that holds both,
    the pages one folder down ("actors/jane-doe/index.html") are given as one pattern
    ("actors/*/index.html") when no other file there has that shape, and its other pages, and
    the pages at the top, one by one (a page whose path holds a character other than letters,
    digits, "_", "-", "." and "/", which the glob could read as a pattern, brings its whole
    folder instead). Output: one pattern, "{a,b,...}" (Pagefind's glob: the `wax` crate's
    syntax, alternatives in braces; "*" stays within a folder, "**" crosses folders)."""
    def top(path: str) -> str:
        return path.split("/", 1)[0] if "/" in path else ""

    def one_down(path: str) -> bool:  # "<folder>/<name>/index.html"
        names = path.split("/")
        return len(names) == 3 and names[2] == "index.html"
    mixed = {top(path) for path in others}
    shaped = {top(path) for path in others if one_down(path)}  # folders where "<folder>/*/index.html" would read another file
    parts: dict[str, None] = {}
    for path in sorted(pages):
        folder = top(path)
        if folder and folder in mixed and folder not in shaped and one_down(path) and _PLAIN_PATH.fullmatch(folder):
            parts.setdefault(f"{folder}/*/index.html", None)
        elif _PLAIN_PATH.fullmatch(path) and (not folder or folder in mixed):
            parts.setdefault(path, None)
        elif folder and _PLAIN_PATH.fullmatch(folder):
            parts.setdefault(f"{folder}/**/*.html", None)
        else:  # a name the glob would read as a pattern: read every file
            return "**/*.{html}"
    return "{" + ",".join(parts) + "}" if parts else "**/*.{html}"


@dataclass(frozen=True)
class IndexPart:
    """One Pagefind run of a parted index: the folder it writes inside the bundle ("" for the
    bundle itself), the pages it reads (output paths relative to the site, with "/"), and the
    languages of those pages (one index each)."""
    folder: str
    pages: tuple[str, ...]
    languages: tuple[str, ...]

    @property
    def shown(self) -> tuple[str, tuple[str, ...]]:
        """What every page prints of this part (templates/theme/main.html names each part's
        folder and languages, never its pages): (folder, languages)."""
        return self.folder, self.languages


def parts_shown(parts: list[IndexPart] | None) -> list[tuple[str, tuple[str, ...]]] | None:
    """What the pages print of an index's parts (`IndexPart.shown` of each, in order), or None
    for an index in one part: two builds whose parts differ only in which pages each reads
    give pages that are the same."""
    return None if parts is None else [part.shown for part in parts]


def index_parts(pages: Iterable[str], others: Iterable[str], languages: dict[str, str], default: str,
                size: int = PART_PAGES) -> list[IndexPart] | str:
    """The parts of the search index of a site of more than `size` pages, each read by a Pagefind
    run of its own; for a smaller site, the one glob of `index_glob` (a str: one run, as before).
    Input: the pages' and other HTML files' output paths (as `index_glob`'s), each page's
    language tag where it is not `default` (the site's). `others` serves the small site's glob
    only: a part's run reads a folder holding its pages alone (index_site), so the other HTML
    files need no excluding there.

    Pagefind keeps one index per language of a run's pages, and the search asks every index of
    every part, each one after another when it opens (its entry and metadata) and each for the
    chunks of the query's words: so the parts hold as few languages each as they can. The pages
    of a language go to one part, or, when there are more than `size`, to as few parts as hold
    them, dealt in turn in the order of their paths (each part then a sample of every kind of
    page of that language, so that Pagefind's ranking, which counts how many pages of an index
    hold a word and how long they are (BM25), scores a page about as it would in one index of
    its language). These groups are packed into parts of at most `size` pages, the largest
    first, each into the first part with room for it. A site of 10,000 articles in four
    languages (18,500 pages) gets 6 indexes instead of 16 from pages dealt without regard to
    their language. Output: the parts, part 0 (written into the bundle itself) first."""
    pages = sorted(pages)
    if len(pages) <= size:
        return index_glob(pages, others)
    by_language: dict[str, list[str]] = {}
    for path in pages:
        by_language.setdefault(languages.get(path, default), []).append(path)
    groups: list[tuple[str, list[str]]] = []
    for language, paths in by_language.items():
        count = -(-len(paths) // size)
        groups += [(language, paths[index::count]) for index in range(count)]
    packed: list[list[tuple[str, list[str]]]] = []
    for group in sorted(groups, key=lambda item: (-len(item[1]), item[0])):
        room = next((part for part in packed if sum(len(paths) for _, paths in part) + len(group[1]) <= size), None)
        if room is None:
            packed.append([group])
        else:
            room.append(group)
    return [IndexPart(PART_FOLDER.format(index) if index else "", tuple(sorted(path for _, paths in part for path in paths)),
                      tuple(sorted({language for language, _ in part})))
            for index, part in enumerate(packed)]


def index_site(site_dir: Path, cancel=None, glob: list[IndexPart] | str | None = None, keep: Iterable[str] = ()) -> None:
    """Run Pagefind over a built site: it indexes every page holding `data-pagefind-body` and
    writes the index, split into small chunks loaded on demand, with its search interface
    into `<site_dir>/pagefind/`. glob: the HTML files to read (`index_glob`; default: all), or
    the parts of the index (`index_parts`), one run each, in turn, each into its folder
    (PartedIndex, every part's pages already written). The index is written beside the old one
    and swapped in, so a rebuild under `mkdocs serve` leaves no stale chunk behind. cancel: an
    optional threading.Event; once set, Pagefind is stopped, nothing is swapped in, and
    SearchIndexError is raised (the server is shutting down). Raises SearchIndexError with
    Pagefind's own message when it fails, and naming the folder when a part's view cannot be
    written (an OSError: no permission, disk full); nothing of the new index is left behind.
    keep: folders of parts other than the bundle's own ("") whose index in the bundle there is
    current (under `mkdocs serve`, none of their pages changed since it was written): each is
    moved into the new bundle as it is, not indexed again (a folder the bundle lacks is indexed)."""
    if isinstance(glob, list):
        PartedIndex(site_dir, glob, cancel=cancel, keep=keep).finish()
        return
    bundle, fresh, old, _view = _index_folders(site_dir)
    _run_pagefind(Path(site_dir), fresh, glob, cancel, fresh)
    _swap_in(bundle, fresh, old, ())


def _index_folders(site_dir: Path) -> tuple[Path, Path, Path, Path]:
    """The folders of a run of the search index inside the site: (the bundle, the new bundle
    written beside it, the old one while it is swapped out, the view of a part's pages), with
    the new bundle and the view a killed run left removed."""
    site_dir = Path(site_dir)
    bundle, fresh, old, view = site_dir / BUNDLE, site_dir / f".{BUNDLE}.new", site_dir / f".{BUNDLE}.old", site_dir / VIEW
    for folder in (fresh, view):
        shutil.rmtree(folder, ignore_errors=True)
    return bundle, fresh, old, view


class PartedIndex:
    """The parts of a site's search index (index_parts), each written by a Pagefind run of its
    own in a background thread as soon as its pages are written: `mkdocs build` writes the
    pages of one part after another (the plugin orders them so), and Pagefind indexes a part
    on the machine's other core while MkDocs writes the next, instead of reading the whole
    site after the build. The parts are written in their order (part 0, the bundle itself,
    first: the others go inside it), into a new bundle swapped in by finish().

    A part's run reads the site itself, its pages named one by one by a glob (part_glob); a
    part with a page path no glob names as itself is read from a folder (VIEW, inside the site,
    removed afterwards) holding links to its pages at their paths, so that the pages' addresses
    in the index are the site's either way.
    Usage: `PartedIndex(site_dir, parts)`, then `written(path)` for each page once its file is
    written (output paths relative to the site, with "/"; a page of no part is ignored), then
    `finish()`; `abandon()` instead when the build fails. cancel: an optional threading.Event,
    as index_site's; keep: as index_site's; niceness: added to each Pagefind run's (pagefind_command;
    the plugin's BACKGROUND_NICENESS: indexing takes only what MkDocs' thread leaves of the cores).
    The thread itself keeps its priority: it holds Python's interpreter lock in turns with
    MkDocs' thread while it links a part's pages, and a thread of lower priority held off the
    cores with the lock would hold MkDocs up."""

    def __init__(self, site_dir: Path, parts: list[IndexPart], cancel: threading.Event | None = None,
                 keep: Iterable[str] = (), niceness: int = 0) -> None:
        self.site_dir = Path(site_dir)
        self.parts = parts
        self.bundle, self.fresh, self.old, self.view = _index_folders(self.site_dir)
        keep = set(keep)
        self.kept = [part.folder for part in parts if part.folder and part.folder in keep and (self.bundle / part.folder).is_dir()]
        self.cancel = cancel if cancel is not None else threading.Event()
        self.error: Exception | None = None
        self._ready = [threading.Event() for _ in parts]
        self._left = [set(part.pages) for part in parts]
        self._part_of = {page: index for index, part in enumerate(parts) for page in part.pages}
        self._niceness = niceness
        self._worker = threading.Thread(target=self._work, name="newsdossier-index", daemon=True)
        self._worker.start()

    def written(self, page: str) -> None:
        """The page (output path, "articles/00340/index.html") is written: its part is indexed
        once all of its pages are."""
        index = self._part_of.get(page)
        if index is None:
            return
        left = self._left[index]
        left.discard(page)
        if not left:
            self._ready[index].set()

    def finish(self) -> None:
        """Index the parts not indexed yet (their pages are taken as written: a page the build
        did not write again, `--dirty`, is the one on disk), wait for every run, and swap the
        new bundle in. Raises SearchIndexError as index_site does (a bug of a run: its own
        exception); nothing of the new index is left behind then, nor when the wait is interrupted (the runs are abandoned)."""
        for ready in self._ready:
            ready.set()
        try:
            self._worker.join()
        except BaseException:  # interrupted while it waits (KeyboardInterrupt): Pagefind is stopped, not left running
            self.abandon()
            raise
        if self.error is not None:
            raise self.error
        _swap_in(self.bundle, self.fresh, self.old, self.kept)

    def abandon(self) -> None:
        """Stop the runs (Pagefind is killed) and remove what was written of the new index."""
        self.cancel.set()
        for ready in self._ready:
            ready.set()
        self._worker.join()
        shutil.rmtree(self.fresh, ignore_errors=True)
        shutil.rmtree(self.view, ignore_errors=True)

    def _work(self) -> None:
        try:
            for part, ready in zip(self.parts, self._ready):
                if part.folder in self.kept:
                    continue
                ready.wait()
                if self.cancel.is_set():
                    raise SearchIndexError("cancelled")
                output = self.fresh / part.folder if part.folder else self.fresh
                glob = part_glob(part.pages)
                if glob is not None:  # the site read as it is: no folder of links to make and remove
                    _run_pagefind(self.site_dir, output, glob, self.cancel, self.fresh, niceness=self._niceness)
                    continue
                shutil.rmtree(self.view, ignore_errors=True)
                try:
                    _link_pages(self.site_dir, self.view, part.pages)
                except OSError as error:  # the view could not be made (no permission, disk full)
                    raise SearchIndexError(f"could not prepare the pages of the search index in {self.view}: {error}") from error
                if self.cancel.is_set():  # abandoned while the view was made: no run to start and kill
                    raise SearchIndexError("cancelled")
                _run_pagefind(self.view, output, None, self.cancel, self.fresh, niceness=self._niceness)
        except SearchIndexError as error:
            self.error = error
        except OSError as error:  # Pagefind could not be started (no permission, no memory)
            self.error = SearchIndexError(f"{type(error).__name__}: {error}")
        except Exception as error:  # a bug: raised by finish() as itself (index_apart's INTERNAL), never lost in the thread
            self.error = error
        finally:
            shutil.rmtree(self.view, ignore_errors=True)
        if self.error is not None:  # nothing of the new index is left
            shutil.rmtree(self.fresh, ignore_errors=True)


def _swap_in(bundle: Path, fresh: Path, old: Path, kept: Iterable[str]) -> None:
    """Replace the folder `bundle` by `fresh`, through `old`: the bundle is renamed to `old`, the
    parts `kept` (folders inside it) are moved from `old` into `fresh`, `fresh` is renamed to
    `bundle`, `old` removed. On any OSError every step done is undone (the parts moved go back
    into `old`, `old` back to `bundle`), so the live index keeps all its parts, `fresh` is
    removed, and SearchIndexError is raised naming the folder and the error."""
    shutil.rmtree(old, ignore_errors=True)
    had_bundle, renamed, moved = bundle.exists(), False, []
    step = bundle
    try:
        if had_bundle:
            bundle.rename(old)
            renamed = True
        for folder in kept:
            step = old / folder
            (old / folder).rename(fresh / folder)
            moved.append(folder)
        step = fresh
        fresh.rename(bundle)
    except OSError as error:
        for folder in moved:
            with contextlib.suppress(OSError):
                (fresh / folder).rename(old / folder)
        if renamed and not bundle.exists():
            with contextlib.suppress(OSError):
                old.rename(bundle)
        shutil.rmtree(fresh, ignore_errors=True)
        raise SearchIndexError(f"could not swap in the search index ({step}): {error}") from error
    shutil.rmtree(old, ignore_errors=True)


def part_glob(pages: Iterable[str]) -> str | None:
    """The glob that names a part's pages one by one, for a Pagefind run over the whole site:
    "{articles/00340/index.html,actors/jane-doe/index.html}". None when a path holds a character
    other than ASCII letters, digits, "_", "-", "." and "/" (one the glob could read as a pattern:
    such a part is read from a folder of links to its pages instead, PartedIndex). Reading the
    site through the glob gives the same index as reading the folder of links (the pages'
    addresses are their paths in the site either way; tests/test_search_parts_glob.py) without
    making and removing that folder: a link and a folder per page, about 8 s per part of
    1,750 pages on a virtual machine's disk, where Pagefind's run itself took 4 s."""
    pages = list(pages)
    if not pages or not all(_GLOB_LITERAL.fullmatch(page) for page in pages):
        return None
    return "{" + ",".join(pages) + "}"


def _link_pages(site_dir: Path, view: Path, pages: Iterable[str]) -> None:
    """Make `view` a folder holding each of `pages` (paths relative to `site_dir`) at the same
    path: a hard link to the page's file (no copy of its bytes), or a copy where the file
    system makes none. A page missing from the site is left out."""
    made: set[Path] = set()
    for path in pages:
        source, target = site_dir / path, view / path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        try:
            target.hardlink_to(source)
        except FileNotFoundError:
            continue
        except OSError:
            try:
                shutil.copyfile(source, target)
            except FileNotFoundError:
                continue


def pagefind_command(site_dir: Path, output: Path, glob: str | None = None, niceness: int = 0) -> list[str]:
    """The command line of a Pagefind run over `site_dir` writing into `output` (reading the
    HTML files `glob` matches, default all), as a list of arguments. With a niceness above 0,
    and where the system has POSIX's `nice` utility, the run is started through it at that much
    lower a CPU priority (its threads with it). Raises SearchIndexError when Pagefind's binary
    is missing. Source: POSIX.1-2017, the `nice` utility; Pagefind's CLI options."""
    command = [str(pagefind_executable()), "--site", str(site_dir), "--output-path", str(output), "--quiet",
               "--exclude-selectors", EXCLUDED, *(["--glob", glob] if glob else [])]
    nice = shutil.which("nice") if niceness > 0 else None
    return [nice, "-n", str(niceness), *command] if nice else command


# The longest glob given to Pagefind on its command line, in bytes: Linux takes no argument longer
# than 128 KiB (MAX_ARG_STRLEN, execve(2)); a longer one goes in a configuration file (_run_pagefind).
GLOB_ARGUMENT = 100_000


def _run_pagefind(site_dir: Path, output: Path, glob: str | None, cancel, fresh: Path, niceness: int = 0) -> None:
    """One Pagefind run of index_site over `site_dir` (the site, or a part's view of it),
    writing into `output` (the new bundle `fresh`, or a folder of it), at `niceness`
    (pagefind_command); on failure or cancellation the whole new bundle is removed and
    SearchIndexError raised."""
    with contextlib.ExitStack() as stack:
        where = None  # Pagefind's working folder: the build's own, or one holding a configuration file
        if glob is not None and len(glob.encode("utf-8")) > GLOB_ARGUMENT:
            # a glob longer than a command line argument may be (a part's, naming its pages) is
            # given in a configuration file, which Pagefind reads from its working folder
            where = stack.enter_context(tempfile.TemporaryDirectory(prefix="newsdossier-pagefind-"))
            Path(where, "pagefind.json").write_text(json.dumps({"glob": glob}), encoding="utf-8")
            glob, site_dir, output = None, Path(site_dir).absolute(), Path(output).absolute()
        command = pagefind_command(site_dir, output, glob, niceness)
        process = stack.enter_context(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=where))

        def stop() -> None:
            process.kill()
            process.communicate()
            shutil.rmtree(fresh, ignore_errors=True)
            raise SearchIndexError("cancelled")
        stdout, stderr = communicate_until(process, cancel, stop)
    if process.returncode != 0 or not (output / "pagefind.js").is_file():
        shutil.rmtree(fresh, ignore_errors=True)
        raise SearchIndexError(f"Pagefind failed to index {site_dir} (exit code {process.returncode}): {one_line(stderr or stdout)}")


def communicate_until(process: subprocess.Popen, cancel, stop, request: str | None = None) -> tuple[str, str]:
    """process.communicate(request): (its standard output, its standard error). With `cancel`
    (a threading.Event; None: wait plainly), waits in turns of a quarter of a second and, once
    `cancel` is set, calls stop() at each turn (which stops the process, or raises) until the
    process has ended. The request is written by a thread of its own, which then closes the
    process's standard input: communicate() called again after a timeout writes no more of the
    input it was first given (CPython's POSIX Popen._communicate registers standard input only
    when called with input), so a request longer than the pipe holds, not read within the first
    turn (a process slow to start), would never be finished and the process would wait for it
    forever."""
    if cancel is None:
        return process.communicate(request)
    if request is not None and process.stdin is not None:
        stdin, process.stdin = process.stdin, None  # communicate() neither writes nor closes it now
        threading.Thread(target=_send, args=(stdin, request), name="newsdossier-request", daemon=True).start()
    while True:
        try:
            return process.communicate(None, timeout=0.25)
        except subprocess.TimeoutExpired:
            if cancel.is_set():
                stop()


def _send(stream, text: str) -> None:
    """Write `text` to a process's standard input and close it; a process that ended first
    (a broken pipe) is left to say why on its own."""
    try:
        stream.write(text)
    except (BrokenPipeError, OSError, ValueError):
        pass
    finally:
        with contextlib.suppress(BrokenPipeError, OSError, ValueError):
            stream.close()


def one_line(text: str | None, limit: int = 500) -> str:
    """A program's message as one line: its spaces and line breaks collapsed, at most `limit`
    characters."""
    return " ".join((text or "").split())[:limit]
