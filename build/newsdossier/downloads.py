"""The corpus as data files to download: the whole graph as one JSON document and one CSV table
per kind of record. A pure function from the corpus (and its graph) to {site path: text}; the
Data page documents every file and column from the TABLES below, so page and files agree."""
from __future__ import annotations

import csv
import io
import json
from typing import Callable, Iterable, Iterator, NamedTuple

from . import __version__
from .corpus import Corpus
from .graph import Graph, build_graph

FOLDER = "downloads"
GRAPH_JSON = f"{FOLDER}/graph.json"


class Column(NamedTuple):
    name: str
    about: str  # one sentence for the Data page


class Table(NamedTuple):
    name: str  # the file is downloads/<name>.csv
    about: str
    columns: tuple[Column, ...]

    @property
    def path(self) -> str:
        return f"{FOLDER}/{self.name}.csv"


LIST_SEPARATOR = "; "
C = Column
# The CSV tables, their columns in order. Lists (aliases, ids) are one cell, items separated by "; ".
TABLES: tuple[Table, ...] = (
    Table("articles", "One row per article.", (
        C("id", "The article's id: its page is /articles/<id>/."),
        C("url", "The article's address, where known."),
        C("url_origin", "Where the address came from: collector, markup (the saved page), or empty."),
        C("title", "The headline (or, when none is printed, one made from the first sentence)."),
        C("title_origin", "Where the title came from: collector, markup or text."),
        C("date", "Publication date in EDTF: 2021-11-26, 2022-02, 2021, XXXX-09-21 (year unknown), 2021-12-07/2021-12-08 (a span)."),
        C("date_basis", "explicit (printed or declared), inferred (worked out, not printed) or unknown."),
        C("date_origin", "Where the date came from: collector, markup, address or text."),
        C("date_printed", "The date the text prints when it is not the one kept, else empty."),
        C("source", "The outlet."),
        C("source_origin", "Where the outlet came from: collector, markup, address, domain (only the address's domain) or text."),
        C("source_printed", "The outlet the text names when it is not the one kept, else empty."),
        C("language", "The language, ISO 639-1 (en, fr, es, vi...)."),
        C("language_origin", "Where the language came from: collector, markup or text (detected)."),
        C("authors", "The writers, separated by \"; \"."),
        C("authors_origin", "Where the authors came from: collector, markup or text."),
        C("dateline", "The place of the dateline, where printed."),
        C("actors", "Ids of the actors the article names (actors.csv), separated by \"; \"."),
        C("missions", "Ids of the missions the article names (missions.csv)."),
        C("missions_inferred", "Ids of the missions it implies without naming them (see mentions.csv for the reason)."),
        C("events", "Ids of the events it reports (events.csv)."),
    )),
    Table("actors", "One row per actor: people, countries, organisations, initiatives.", (
        C("id", "The actor's id: its page is /actors/<id>/."),
        C("name", "The display name."),
        C("kind", "person, country, organisation or initiative."),
        C("status", "candidate (found by the extractor, not yet checked), confirmed or rejected (no page)."),
        C("aliases", "Other names it is written under, in every language met, separated by \"; \"."),
        C("roles", "Roles and titles the articles give it, separated by \"; \"; a role known with its dates or "
                   "source is written \"role (key: value, ...)\"."),
        C("same_as", "The id of the actor it was merged into, else empty (its rows elsewhere use that id)."),
        C("country", "The country it belongs to, where known."),
        C("articles", "How many articles name it (after merges)."),
    )),
    Table("missions", "One row per UN peacekeeping mission in the registry.", (
        C("id", "The mission's id: its page is /missions/<id>/."),
        C("acronym", "The English acronym (UNISFA)."),
        C("acronym_fr", "The French acronym (FISNUA), where it has one."),
        C("name", "The English name."),
        C("name_fr", "The French name."),
        C("region", "The region it operates in."),
        C("countries", "The countries it operates in, ISO 3166-1 alpha-2 codes, separated by \"; \"."),
        C("start", "The year or date it started (EDTF)."),
        C("end", "The year or date it ended (EDTF); empty while it runs."),
        C("status", "candidate, confirmed or rejected."),
        C("aliases", "Other names it is written under, separated by \"; \"."),
        C("same_as", "The id of the mission it was merged into, else empty (its rows elsewhere use that id)."),
        C("articles", "How many articles name it (after merges)."),
        C("articles_inferred", "How many articles imply it without naming it."),
    )),
    Table("events", "One row per event: something that happened at a date, reported by one or more articles.", (
        C("id", "The event's id: its page is /events/<id>/."),
        C("title", "What happened, in a line."),
        C("date", "When, in EDTF (day, month, year or span)."),
        C("kind", "meeting, visit, deployment, rotation, return, ceremony, attack, casualty, resolution, mandate, "
                  "appointment, agreement, trial, protest, announcement..."),
        C("announced", "true while the event is only announced."),
        C("place", "Where, as written."),
        C("country", "The country of the place, where known."),
        C("status", "candidate, confirmed or rejected."),
        C("actors", "Ids of the actors taking part, separated by \"; \"."),
        C("missions", "Ids of the missions concerned."),
        C("articles", "Ids of the articles that report it (a survivor's: those of the events merged into it too)."),
        C("same_as", "The id of the event it was merged into, else empty (the survivor's row holds the reports of both)."),
    )),
    Table("mentions", "One row per entity named (or implied) in an article: the sentence a reader can check it against.", (
        C("entity_type", "actor or mission."),
        C("entity_id", "The actor's or mission's id (after merges)."),
        C("entity_name", "Its display name (a mission's acronym)."),
        C("article_id", "The article that names it."),
        C("article_date", "The article's date (EDTF)."),
        C("language", "The article's language (ISO 639-1): the sentence's language."),
        C("basis", "named (a sentence of the text names it), caption (only a photo caption names it), headline (only the title names it) or inferred (implied, not named)."),
        C("sentence", "The first sentence of the article that names it; for an inferred mission, the reason it is implied."),
    )),
    Table("quotes", "One row per quote: who said what, in which article.", (
        C("article_id", "The article the quote is in."),
        C("date", "The article's date (EDTF)."),
        C("language", "The article's language (ISO 639-1): the sentence's language."),
        C("speaker_id", "The id of the speaker, an actor (after merges) or a mission; empty when the article does not name one."),
        C("speaker_name", "The speaker's display name, empty when unnamed."),
        C("kind", "direct (in quotation marks) or reported (reported speech)."),
        C("sentence", "The sentence that holds the quote, whole."),
    )),
)
TABLE_BY_NAME = {table.name: table for table in TABLES}

# The keys of graph.json, in order, for the Data page: each holds a list of records.
GRAPH_KEYS: tuple[Column, ...] = (
    C("articles", "Every article: its front-matter keys as in data/articles/<id>.md (see the README; a mission merged into another is named by the id it was merged into, as in articles.csv), and body, the clean text."),
    C("actors", "Every actor of data/actors.yaml, with all its keys (rejected and merged ones too: see status and same_as)."),
    C("missions", "Every mission of data/missions.yaml, with all its keys."),
    C("events", "Every event of data/events.yaml, with all its keys (sentences: the sentence each article tells it with)."),
    C("mentions", "The rows of mentions.csv as objects with the same keys."),
    C("quotes", "The rows of quotes.csv as objects with the same keys."),
)
# The registries as they are in data/, one JSON list each, kept for those who read only one.
ENTITY_JSON = ("articles", "actors", "missions", "events")


def _join(values) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values or [])


def role_text(role) -> str:
    """One role as a cell: a plain role as written ("Under-Secretary-General"); a role recorded
    with more (a mapping such as {title: ..., start: ..., article: ...}) as its title followed by
    the other values in parentheses: "Under-Secretary-General (start: 2017, article: 001_x)"."""
    if not isinstance(role, dict):
        return str(role)
    title_key = next((k for k in ("title", "role", "name") if role.get(k)), None)
    rest = ", ".join(f"{k}: {v}" for k, v in role.items() if k != title_key and v not in (None, "", []))
    title = str(role[title_key]) if title_key else ""
    return f"{title} ({rest})" if rest and title else title or rest


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return _join(value)
    return str(value)


def _clean(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if not k.startswith("_")}


# --- the rows of each table, each a generator: one pass over the corpus, no row kept twice -------

def article_rows(corpus: Corpus, graph: Graph) -> Iterator[dict]:
    for article in sorted(corpus.articles.values(), key=lambda a: a.id):
        yield _article_row(article)


def _article_row(article) -> dict:
    return {c.name: _cell(article.meta.get(c.name)) for c in TABLE_BY_NAME["articles"].columns}


def actor_rows(corpus: Corpus, graph: Graph) -> Iterator[dict]:
    for entry in corpus.actors.values():
        yield {
            "id": entry["id"], "name": _cell(entry.get("name")), "kind": _cell(entry.get("kind")), "status": _cell(entry.get("status")),
            "aliases": _join(entry.get("aliases")), "roles": _join(role_text(r) for r in entry.get("roles") or []),
            "same_as": _cell(entry.get("same_as")), "country": _cell(entry.get("country")),
            "articles": str(len(graph.actor_links.get(entry["id"], ()))) if not entry.get("same_as") else "0",
        }


def mission_rows(corpus: Corpus, graph: Graph) -> Iterator[dict]:
    for entry in corpus.missions.values():
        links = graph.mission_links.get(entry["id"], ())
        inferred = sum(1 for link in links if link.inferred)
        row = {c.name: _cell(entry.get(c.name)) for c in TABLE_BY_NAME["missions"].columns}
        row.update(articles=str(len(links) - inferred), articles_inferred=str(inferred))
        yield row


def event_rows(corpus: Corpus, graph: Graph) -> Iterator[dict]:
    for entry in corpus.events.values():
        yield {c.name: _cell(entry.get(c.name)) for c in TABLE_BY_NAME["events"].columns}


def _basis(link) -> str:
    if link.inferred:
        return "inferred"
    return {"caption": "caption", "title": "headline"}.get(link.where, "named")


def mention_rows(corpus: Corpus, graph: Graph) -> Iterator[dict]:
    """Every link of the graph from an actor or mission to an article (graph.build_graph: the
    first sentence of the article that names the entity, or the reason an inferred mission is
    implied), actors then missions, each in id order and its articles in date order."""
    for entity_type, entity_id, links, name in _mentioned(corpus, graph):
        yield from _entity_mentions(entity_type, entity_id, links, name)


def _mentioned(corpus: Corpus, graph: Graph) -> Iterator[tuple[str, str, list, str]]:
    """(entity type, id, its links, its name) of each entity with a link, in mention_rows' order."""
    for entity_type, links, table, name_key in (("actor", graph.actor_links, corpus.actors, "name"),
                                                ("mission", graph.mission_links, corpus.missions, "acronym")):
        for entity_id in sorted(links):
            yield entity_type, entity_id, links[entity_id], _cell(table.get(entity_id, {}).get(name_key))


def _entity_mentions(entity_type: str, entity_id: str, links: list, name: str) -> Iterator[dict]:
    for link in links:
        meta = link.article.meta
        yield {
            "entity_type": entity_type, "entity_id": entity_id, "entity_name": name, "article_id": link.article.id,
            "article_date": _cell(meta.get("date")), "language": _cell(meta.get("language")), "basis": _basis(link),
            "sentence": _cell(link.reason if link.inferred else link.sentence),
        }


def quote_rows(corpus: Corpus, graph: Graph, articles: Iterable | None = None) -> Iterator[dict]:
    """Every quote of every article (the article's `quotes` list), articles in id order, quotes
    in the order of the text (of the `articles` given, in their order, when given). A speaker
    merged into another actor is given as the survivor."""
    for article in sorted(corpus.articles.values(), key=lambda a: a.id) if articles is None else articles:
        for quote in article.meta.get("quotes") or []:
            if not isinstance(quote, dict):
                continue
            speaker = str(quote.get("speaker") or "")
            name = ""
            if speaker in corpus.actors:
                speaker = graph.surviving(speaker)
                name = _cell(corpus.actors.get(speaker, {}).get("name"))
            elif speaker in corpus.missions:
                name = _cell(corpus.missions[speaker].get("acronym"))
            yield {
                "article_id": article.id, "date": _cell(article.meta.get("date")), "language": _cell(article.meta.get("language")),
                "speaker_id": speaker, "speaker_name": name, "kind": _cell(quote.get("kind")), "sentence": _cell(quote.get("sentence")),
            }


ROWS: dict[str, Callable[[Corpus, Graph], Iterable[dict]]] = {
    "articles": article_rows, "actors": actor_rows, "missions": mission_rows,
    "events": event_rows, "mentions": mention_rows, "quotes": quote_rows,
}


def write_csv(table: Table, rows: Iterable[dict], stream) -> int:
    """Write a header row and the rows to a text stream as RFC 4180 CSV (the csv module's
    default dialect: fields holding a comma, a quote or a line break are quoted, quotes doubled;
    lines end in CRLF as the RFC says). Returns the number of rows written (header excluded)."""
    writer = csv.DictWriter(stream, fieldnames=[c.name for c in table.columns], lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


class Downloads(NamedTuple):
    files: dict[str, str]  # site path -> text (UTF-8 when written)
    rows: dict[str, int]  # table name -> number of rows


MENTIONS_KEPT = "(mentions)"  # the key of the entities' mentions in build_downloads' `kept` (no article id has parentheses)
REGISTRIES_KEPT = "(registries)"  # the key of what the registries alone make (events.csv, their JSON records)


class ArticlePieces(NamedTuple):
    """What the downloads hold of one article, as written: its articles.csv line, its record in
    articles.json and graph.json, and its quotes (quotes.csv lines, graph.json records)."""

    csv_row: str
    record: str
    quote_rows: tuple[str, ...]
    quote_records: tuple[str, ...]


class EntityMentions(NamedTuple):
    """What the downloads hold of one entity's mentions, as written: the ids of its articles in
    the order listed, its mentions.csv lines and its graph.json records."""

    articles: tuple[str, ...]
    csv_lines: tuple[str, ...]
    records: tuple[str, ...]


def _mention_pieces(corpus: Corpus, graph: Graph, kept: dict, changed: set[str] | None) -> list[EntityMentions]:
    """Each entity's mentions (mention_rows' order), made again only for an entity whose list
    of articles differs from the one kept (kept: {(entity type, id): EntityMentions}) or names
    an article in `changed` (None: every entity); `kept` is updated to this build's. A row
    reads only the entity's name (its registry: `changed` is None when one changed) and its
    articles' data (the date, the language, the sentence naming it or the reason it is implied)."""
    made = []
    old = kept if changed is not None else {}
    fresh: dict = {}
    for entity_type, entity_id, links, name in _mentioned(corpus, graph):
        articles = tuple(link.article.id for link in links)
        piece = old.get((entity_type, entity_id))
        if piece is None or piece.articles != articles or not changed.isdisjoint(articles):
            rows = list(_entity_mentions(entity_type, entity_id, links, name))
            piece = EntityMentions(articles, _csv_lines(TABLE_BY_NAME["mentions"], rows), tuple(_compact(row) for row in rows))
        fresh[(entity_type, entity_id)] = piece
        made.append(piece)
    kept.clear()
    kept.update(fresh)
    return made


class _Collected(list):
    """A text stream keeping each write apart (the csv module writes a row in one write)."""

    write = list.append


def _article_pieces(corpus: Corpus, graph: Graph, article) -> ArticlePieces:
    quotes = list(quote_rows(corpus, graph, [article]))
    return ArticlePieces(_csv_lines(TABLE_BY_NAME["articles"], [_article_row(article)])[0],
                         _compact(dict(_clean(article.meta), body=article.body)),
                         _csv_lines(TABLE_BY_NAME["quotes"], quotes), tuple(_compact(q) for q in quotes))


def _csv_lines(table: Table, rows: Iterable[dict]) -> tuple[str, ...]:
    """The lines write_csv writes for the rows, its header left out (one line per row)."""
    lines = _Collected()
    write_csv(table, rows, lines)
    return tuple(lines[1:])


def build_downloads(corpus: Corpus, graph: Graph | None = None, kept: dict[str, ArticlePieces] | None = None,
                    changed: set[str] | None = None) -> Downloads:
    """Every download of the corpus: downloads/graph.json (the whole graph: GRAPH_KEYS),
    downloads/<table>.csv for each of TABLES, and downloads/<kind>.json for articles, actors,
    missions and events. Work is linear in the size of the corpus: each table is one pass,
    its rows streamed into the file as they are made.

    For `mkdocs serve`: `kept` ({article id: ArticlePieces}, under MENTIONS_KEPT the
    mentions of each entity, _mention_pieces, and under REGISTRIES_KEPT what the registries
    alone make: events.csv and the registries' JSON records), when given, holds what the last build wrote of
    each article and entity and is updated to this build's; the pieces of an article are
    made again when its id is in `changed` (None: every article), else reused, and those of an
    entity when it names one of them or its articles changed. The caller passes as `changed`
    every article whose data differs from the last build's, and None when a registry changed
    (a quote's speaker name comes from it). Same text either way."""
    graph = graph or build_graph(corpus)
    files: dict[str, str] = {}
    rows: dict[str, int] = {}
    ordered = sorted(corpus.articles.values(), key=lambda a: a.id)
    old = kept if kept is not None and changed is not None else {}
    pieces = [old[a.id] if a.id in old and a.id not in changed else _article_pieces(corpus, graph, a) for a in ordered]
    mentions_kept = (kept.get(MENTIONS_KEPT) if kept is not None else None) or {}
    mentions = _mention_pieces(corpus, graph, mentions_kept, changed if kept is not None else None)
    # What the registries alone make (events.csv, and each registry's records): the last
    # build's while no registry changed (`changed` is not None).
    registry_made = (kept.get(REGISTRIES_KEPT) if kept is not None and changed is not None else None) or {}
    if "actors" not in registry_made:
        registry_made = {kind: [_compact(_clean(e)) for e in getattr(corpus, kind).values()] for kind in ("actors", "missions", "events")}
    if kept is not None:
        kept.clear()
        kept.update((a.id, piece) for a, piece in zip(ordered, pieces))
        kept[MENTIONS_KEPT] = mentions_kept
        kept[REGISTRIES_KEPT] = registry_made
    for table in TABLES:
        stream = io.StringIO()
        if table.name in ("articles", "quotes", "mentions"):  # lines made or kept above
            write_csv(table, (), stream)
            if table.name == "mentions":
                lines = [line for piece in mentions for line in piece.csv_lines]
            else:
                lines = [line for piece in pieces for line in ((piece.csv_row,) if table.name == "articles" else piece.quote_rows)]
            stream.write("".join(lines))
            rows[table.name] = len(lines)
        elif table.name == "events" and "events.csv" in registry_made:
            stream.write(registry_made["events.csv"][0])
            rows[table.name] = registry_made["events.csv"][1]
        else:
            rows[table.name] = write_csv(table, ROWS[table.name](corpus, graph), stream)
            if table.name == "events":
                registry_made["events.csv"] = (stream.getvalue(), rows[table.name])
        files[table.path] = stream.getvalue()
    records = {"articles": [piece.record for piece in pieces], "actors": registry_made["actors"],
               "missions": registry_made["missions"], "events": registry_made["events"]}
    for kind in ENTITY_JSON:
        files[f"{FOLDER}/{kind}.json"] = _json_list(records[kind]) + "\n"
    encoded = {**records, "mentions": [record for piece in mentions for record in piece.records],
               "quotes": [record for piece in pieces for record in piece.quote_records]}
    files[GRAPH_JSON] = "{\n" + ",\n".join([f"{_compact('generator')}: {_compact(f'newsdossier {__version__}')}",
                                            *(f"{_compact(key)}: {_json_list(value)}" for key, value in encoded.items())]) + "\n}\n"
    return Downloads(files, rows)


def _json_list(encoded: list[str]) -> str:
    """JSON text of a list whose records are already encoded (_compact), each on a line of its
    own: readable, diffable, and written by the json module's C encoder (an indent makes it fall
    back to the pure-Python one, about ten times slower on a corpus of thousands of articles)."""
    return "[\n" + ",\n".join(encoded) + "\n]" if encoded else "[]"


_compact = json.JSONEncoder(ensure_ascii=False, default=str, separators=(", ", ": ")).encode


def download_paths() -> list[str]:
    """The site paths of every download build_downloads makes, in its order, whatever the corpus."""
    return [*(table.path for table in TABLES), *(f"{FOLDER}/{kind}.json" for kind in ENTITY_JSON), GRAPH_JSON]


def downloads(corpus: Corpus, graph: Graph | None = None) -> dict[str, str]:
    """{site path: text} of every download (see build_downloads)."""
    return build_downloads(corpus, graph).files
