"""Incremental rendering for `mkdocs serve`: which generated pages an edit to articles' data
can change, so that a save re-renders those pages and not the whole site.

Pure functions: the last build (its corpus, graph, network and pages) and the new corpus in,
a Plan (a test on page paths) or None out. None means "render everything", and is the answer
whenever the edit is anything but a change to the content of existing article files: a
registry (actors, missions, events), an article added, removed or renamed, a template, the
configuration, the seeds' listing or the languages of the search all change pages that the
rules below do not follow.

The rules, for a set D of edited articles (their data before and after the edit):
- the pages of D's articles;
- the entities (actors, merges followed, and missions, named or inferred) and quote speakers
  D's articles name before or after: their pages, their pages per year and their quote
  pages, as those list D's articles (title, date, sentence) and their ties;
- an entity whose network drawing shows both ends of a tie the edit changed (the drawing of
  an entity's neighbourhood includes the ties among its neighbours, network.Network.around);
- the events D's articles report (before or after) and those whose registry entry lists them;
- the articles whose list of related articles changed (graph.Graph.related_articles, compared
  between the two graphs, since a hub's threshold and the order of ties move with the corpus),
  and those listing one of D as related before or after (they show its title and date);
- every page that is not one article's, entity's, event's or speaker's own: the home page,
  the indexes, the review, quotes and network pages, data.md and the downloads; but of a list
  split by year (render.by_year: the timeline, the articles by year, by source and by
  language, the quotes, an entity's or speaker's pages per year) only the pages of the years
  of D's dates and of its events' dates, and of the lists by source and by language only
  those of D's sources and languages (before and after);
- and of those shared pages, a page of a long list (a year or part: the timeline, the articles
  by year, source and language, the quotes, an entity's mentions per year, a review section),
  a list's first page, the home page, the indexes of actors, missions and events, the review
  page and data.md only when what it reads beyond the registries differs from the last
  build's (render.ListInputs: its entries, an unedited Article being the same object, or the
  counts it shows). So a title edit renders the pages that list that article and no other
  part of their lists; a field only a review section reads (date_basis, title_basis,
  unresolved...) renders the parts of the sections that list the article, before or after;
  a date moved to another year renders the parts of both years whose entries moved.

The caller checks that the set of pages is the same as the last build's (a page appearing or
vanishing, like a new year part of a list, moves the links between parts) and renders
everything when it is not. tests/test_serve_incremental.py compares, for each kind of edit,
the pages so rebuilt with a full build of the edited data, byte for byte.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Article, Corpus
from .downloads import FOLDER as DOWNLOADS
from .graph import Graph, build_graph
from .network import Network, graph_groups
from .quotelist import speaker_node
from .render import ListInputs, article_groups, group_slugs, render_site, year_key
from .seeds import SeedListing
from .store import collector_paused

Node = tuple[str, str]  # ("actors" | "missions", id)


PACK_LEVEL = 1  # zlib's fastest level: the pages' Markdown, links and lists repeated, shrinks about fivefold


# The files held as their UTF-8 bytes, not compressed (Encoded): the downloads, about 100 MB
# of text at 10,000 articles (17 MB packed), made again by nearly every save (every article's
# title, date and names are in them) and written at once: packing them and unpacking them
# to write cost about 1.1 s of CPU per save there, encoding them 0.1 s.
UNCOMPRESSED = (f"{DOWNLOADS}/",)


class Encoded(bytes):
    """A page's text held UTF-8 encoded and not compressed (`hold`); `unpack` decodes it, and
    it is written as it is held."""

    __slots__ = ()


def pack(text: str) -> bytes:
    """A page's text, UTF-8 encoded and zlib-compressed (`unpack` gives it back). The same text
    gives the same bytes, so two packed pages compare as their texts do."""
    return zlib.compress(text.encode("utf-8"), PACK_LEVEL)


def hold(path: str, text: str) -> bytes:
    """A page's text as a server keeps it for the next save: under UNCOMPRESSED its UTF-8 bytes
    (Encoded), otherwise packed (`pack`). Either way the same text gives the same bytes, and
    `unpack` gives the text back."""
    return Encoded(text.encode("utf-8")) if path.startswith(UNCOMPRESSED) else pack(text)


def unpack(stored: bytes | str) -> str:
    """The text of a page `pack` or `hold` stored (a str is returned as it is)."""
    if isinstance(stored, Encoded):
        return stored.decode("utf-8")
    return zlib.decompress(stored).decode("utf-8") if isinstance(stored, bytes) else stored


class Pages(Mapping):
    """The generated pages {path: text} of a build, each held as `stored` gives it: packed
    (`hold`: compressed, or for the downloads encoded only; under `mkdocs serve`, where a build's pages are kept for the next save: at 10,000
    articles their Markdown is hundreds of MB as text) or as the text itself. Reading a page
    unpacks it; `stored(path)` gives what is held, to compare or to hand on without unpacking.
    sizes: the length of each packed page's text ({path: characters}), so that a page made again
    with another length is known to differ without unpacking the last one (the downloads: about
    100 MB of text at 10,000 articles, changed by every save)."""

    def __init__(self, stored: dict[str, bytes | str], sizes: dict[str, int] | None = None):
        self._stored = stored
        self._sizes = sizes if sizes is not None else {}

    @classmethod
    def of(cls, pages: dict[str, str], packed: bool, last: "Pages | None" = None) -> "Pages":
        """The pages of render_site, packed or not. Packing empties `pages` as it goes, so that
        each page's text is let go once packed (the whole site's text is never held twice).
        last: pages of the last build; a page that reads as it did there is held as it was held
        there (the same bytes, not packed again: unpacking to compare costs a fraction of packing)."""
        if not packed:
            return cls(dict(pages))
        stored, sizes = {}, {}
        for path in list(pages):
            text = pages.pop(path)
            before = last._stored.get(path) if last is not None else None
            same = isinstance(before, bytes) and last._sizes.get(path, len(text)) == len(text) and unpack(before) == text
            stored[path] = before if same else hold(path, text)
            sizes[path] = len(text)
        return cls(stored, sizes)

    def stored(self, path: str) -> bytes | str:
        return self._stored[path]

    def updated(self, pages: "Pages") -> "Pages":
        """These pages with those of `pages` replacing or adding theirs."""
        return Pages({**self._stored, **pages._stored}, {**self._sizes, **pages._sizes})

    def __getitem__(self, path: str) -> str:
        return unpack(self._stored[path])

    def __iter__(self):
        return iter(self._stored)

    def __len__(self) -> int:
        return len(self._stored)

    def __contains__(self, path) -> bool:
        return path in self._stored


@dataclass
class Rendered:
    """What a build under `mkdocs serve` leaves for the next: its corpus, graph and network, every
    page it generated ({path: content}), and `key`, the value of everything else its pages depend
    on (configuration, templates, seeds listing, search languages): another key, a full render."""

    corpus: Corpus
    graph: Graph
    network: Network
    pages: Pages  # {path: content}, packed under `mkdocs serve` (Pages)
    key: tuple = ()
    pieces: dict = field(default_factory=dict)  # downloads.build_downloads' pieces of each article
    inputs: dict = field(default_factory=dict)  # what each page of a long list was made from (render.ListInputs)
    kept: dict = field(default_factory=dict)  # what render.ListInputs keeps for the next build (timeline rows)

    @property
    def paths(self) -> set[str]:
        return set(self.pages)


# The name of a page of a list split by year (render.by_year): "2021", "2021-2", "undated", "undated-3".
_YEAR_PAGE = re.compile(r"(\d+|undated)(?:-\d+)?")
# Lists split by year whose every year page may list an edited article (or its events).
_YEAR_LISTS = ("timeline", "articles/by-year", "quotes")
_GROUP_LISTS = ("articles/by-source", "articles/by-language")


@dataclass(frozen=True)
class Plan:
    """The pages one edit re-renders. `wants(path)` is True for a page to render again."""

    articles: frozenset[str]  # article ids whose page is rendered again
    nodes: frozenset[Node]  # entities whose pages (and quote pages) are rendered again
    events: frozenset[str]  # event ids whose page is rendered again
    known: dict[str, frozenset[str]] = field(default_factory=dict)  # section -> every id with a page there
    years: frozenset[str] | None = None  # year pages (render.year_key) rendered again; None: every one
    groups: frozenset[str] | None = None  # "articles/by-source/<slug>" ... rendered again; None: every one
    edited: frozenset[str] = frozenset()  # the ids of the articles whose data changed

    def _year(self, stem: str) -> bool:
        found = _YEAR_PAGE.fullmatch(stem)
        return self.years is None or found is None or found.group(1) in self.years

    def wants(self, path: str) -> bool:
        """True for a page to render again: one of the plan's own, or a page that belongs to no
        single article, entity, event or speaker (an index, a list, the home page); of a list
        split by year, only the pages of the years concerned."""
        section, _, rest = path.partition("/")
        if rest == "index.md" or not rest:
            return True
        first = rest.split("/", 1)[0].removesuffix(".md")
        stem = path.rsplit("/", 1)[-1].removesuffix(".md")
        if section == "articles" and "/" not in rest and first in self.known["articles"]:
            return first in self.articles
        if section in ("actors", "missions") and first in self.known[section]:
            return (section, first) in self.nodes and ("/" not in rest or self._year(stem))
        if section == "events" and "/" not in rest and first in self.known["events"]:
            return first in self.events
        if section == "quotes" and first in ("actors", "missions") and "/" in rest:
            parts = rest.split("/")
            return (first, parts[1].removesuffix(".md")) in self.nodes and (len(parts) == 2 or self._year(stem))
        for base in _GROUP_LISTS:
            if path.startswith(base + "/"):
                group = base + "/" + path[len(base) + 1:].split("/", 1)[0].removesuffix(".md")
                if self.groups is not None and group not in self.groups:
                    return False
                return path == group + ".md" or self._year(stem)
        if path.rsplit("/", 1)[0] in _YEAR_LISTS:
            return self._year(stem)
        return True


def edited_articles(old: Corpus, new: Corpus) -> set[str] | None:
    """The ids of the articles whose data changed between two loads of data/ (front matter or
    text); None when anything else changed: a registry, an article added or removed."""
    if old is new:
        return set()
    if old.actors != new.actors or old.missions != new.missions or old.events != new.events:
        return None
    if old.articles.keys() != new.articles.keys() or old.unreadable != new.unreadable:
        return None
    edited = set()
    for article_id, article in new.articles.items():
        before = old.articles[article_id]
        if before is not article and (before.meta != article.meta or before.body != article.body or before.path != article.path):
            edited.add(article_id)
    return edited


def _entities(graph: Graph, article: Article) -> set[Node]:
    """Every entity an article's data points to: actors (as written and merges followed),
    missions named and inferred, and its quotes' speakers."""
    meta = article.meta
    found: set[Node] = set()
    for actor_id in meta.get("actors") or []:
        found.add(("actors", str(actor_id)))
        found.add(("actors", graph.surviving(str(actor_id))))
    for mission_id in [*(meta.get("missions") or []), *(meta.get("missions_inferred") or [])]:
        found.add(("missions", str(mission_id)))
    for quote in meta.get("quotes") or []:
        node = speaker_node(graph, str((quote or {}).get("speaker") or "")) if isinstance(quote, dict) else None
        if node is not None:
            found.add(node)
    return found


def _shown_with(network: Network, changed: set[tuple[Node, Node]]) -> set[Node]:
    """Entities whose neighbourhood drawing may show a tie that changed (network.Network.around
    draws the ties among the neighbours it shows): those showing both ends of one."""
    ends = {node for pair in changed for node in pair}
    found = set()
    for node, ties in network.by_node.items():
        shown = {tie.other(node) for tie in ties[:network.neighbours]} & ends
        if len(shown) >= 2 and any(a in shown and b in shown for a, b in changed):
            found.add(node)
    return found


def _slugs(graph: Graph) -> dict[str, dict[str, str]]:
    return {field: group_slugs(list(article_groups(graph, field))) for field in ("source", "language")}


def plan(last: Rendered, corpus: Corpus, graph: Graph, network: Network) -> Plan | None:
    """The pages to render again after an edit, from the last build and the new corpus, graph
    and network (build_graph(corpus) and its Network); None when the whole site must be
    rendered (see the module's docstring)."""
    edited = edited_articles(last.corpus, corpus)
    if edited is None:
        return None
    old_graph = last.graph
    nodes: set[Node] = set()
    events: set[str] = set()
    for article_id in edited:
        for g, article in ((old_graph, last.corpus.articles[article_id]), (graph, corpus.articles[article_id])):
            nodes |= _entities(g, article)
            events.update(str(e) for e in article.meta.get("events") or [])
    if edited:
        events.update(e["id"] for e in corpus.events.values() if edited & {str(a) for a in e.get("articles") or []})
        # The ties between two named entities that the edit changed (their articles, in date order).
        touched = sorted(nodes)
        changed = {(a, b) for i, a in enumerate(touched) for b in touched[i + 1:]
                   if last.network.ties.get((a, b)) != network.ties.get((a, b))}
        if changed:
            nodes |= _shown_with(last.network, changed) | _shown_with(network, changed)
    # The years and groups of the split lists that show the edited articles, before and after.
    slugs = _slugs(graph)
    if slugs != _slugs(old_graph):
        return None  # a group's page changed its address
    years: set[str] = set()
    groups: set[str] = set()
    for article_id in edited:
        for article in (last.corpus.articles[article_id], corpus.articles[article_id]):
            years.add(year_key(article.meta.get("date")))
            for field in ("source", "language"):
                groups.add(f"articles/by-{field}/{slugs[field].get(str(article.meta.get(field) or 'unknown'))}")
    years.update(year_key(corpus.events[e].get("date")) for e in events if e in corpus.events)
    articles = set(edited)
    old_related, new_related = old_graph.related_ids, graph.related_ids
    same = old_related is new_related  # the ranking of the last build, reused (graph.Graph.related_ids)
    for article_id in (new_related if same else new_related.keys() | old_related.keys()):
        after = new_related.get(article_id, [])
        before = after if same else old_related.get(article_id, [])
        if before != after or not edited.isdisjoint(after) or not edited.isdisjoint(before):
            articles.add(article_id)
    known = {
        "articles": frozenset(corpus.articles),
        "actors": frozenset(corpus.actors),
        "missions": frozenset(corpus.missions),
        "events": frozenset(corpus.events),
    }
    return Plan(frozenset(articles), frozenset(nodes), frozenset(events), known, frozenset(years), frozenset(groups), frozenset(edited))


@collector_paused  # they live through the render: full collections would scan them again and again as they grow
def _graph_and_network(corpus: Corpus, last: "Rendered | None", edited) -> tuple:
    """The link graph of the corpus and its network of ties: (Graph, Network). The links of
    the articles not in `edited` are the last build's (edited None: every article's links made
    again); the ties of the last build are counted again only for the articles whose entities
    changed. Made with Python's cycle collector paused (store.collector_paused)."""
    graph = build_graph(corpus, last.graph if edited is not None else None, edited)
    network = last.network.updated(graph_groups(graph)) if last is not None else Network(graph_groups(graph))
    return graph, network


def rebuild(last: Rendered | None, corpus: Corpus, templates: Path, long_list: int, seeds: SeedListing = SeedListing(),
            key: tuple = (), *, frozen: bool | None = None, packed: bool = False) -> tuple[Rendered, set[str] | None, str]:
    """The site's pages for `corpus`, made from the last build where it can be.

    last: the last build (None: there is none); key: the value of what else the pages depend on
    (another key than last's: render everything). Returns (this build, the paths whose content
    differs from the last build's, or None when there is no last build to compare with or its
    key differs, and "incremental, N rendered" or "full"). The pages are those of
    render.render_site(corpus, templates, long_list, seeds) either way (`frozen`: passed to it,
    whether the caller holds the heap frozen); `packed`: the pages are held packed (Pages), as a
    server that keeps them for the next save asks. Raises what
    render_site raises (jinja2.TemplateError for a template's fault)."""
    # The links of the articles not edited are the last build's (same registries, same Article objects).
    edited = edited_articles(last.corpus, corpus) if last is not None and last.key == key else None
    graph, network = _graph_and_network(corpus, last, edited)
    if last is not None and last.key == key:
        wanted = plan(last, corpus, graph, network)
        if wanted is not None:
            listed: set[str] = set()
            pieces = dict(last.pieces)  # the downloads' text of the articles not edited is reused
            # A page of a long list is rendered again only when its entries differ from the last build's.
            inputs = ListInputs(last.inputs, last.kept)
            fresh = render_site(corpus, templates, long_list, seeds, graph=graph, network=network, only=wanted.wants, listed=listed,
                                pieces=pieces, changed=set(wanted.edited), frozen=frozen, inputs=inputs)
            if listed == last.paths:
                made = Pages.of(fresh, packed, last.pages)
                modified = {path for path in made if _differs(last.pages, made, path)}
                return (Rendered(corpus, graph, network, last.pages.updated(made), key, pieces, inputs.now, inputs.kept_now), modified,
                        f"incremental, {len(made)} rendered")
    pieces = {}
    inputs = ListInputs()
    pages = Pages.of(render_site(corpus, templates, long_list, seeds, graph=graph, network=network, pieces=pieces, frozen=frozen, inputs=inputs),
                     packed, last.pages if last is not None and last.key == key else None)
    if last is None or last.key != key:
        return Rendered(corpus, graph, network, pages, key, pieces, inputs.now, inputs.kept_now), None, "full"
    return Rendered(corpus, graph, network, pages, key, pieces, inputs.now, inputs.kept_now), {p for p in pages if _differs(last.pages, pages, p)}, "full"


def _differs(old: Pages, new: Pages, path: str) -> bool:
    """True when a page of `new` is not in `old` or reads otherwise there (compared as held
    when both hold it alike, packed or not; as text otherwise)."""
    if path not in old:
        return True
    before, after = old.stored(path), new.stored(path)
    if type(before) is type(after):
        return before != after
    return unpack(before) != unpack(after)
