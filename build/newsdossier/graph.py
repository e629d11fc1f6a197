"""Site-wide views derived once from the corpus: who appears where, with which sentence, and with whom."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .corpus import Article, Corpus, in_use
from .datevalue import day_number, sort_key
from .text import fold, fold_same_length, follow_same_as, split_sentences

# An entity in more than this share of articles says nothing about how two articles relate.
HUB_SHARE = 0.5
RELATED_LIMIT = 5


@dataclass
class Link:
    """An article linked to an entity, with the sentence that shows it."""

    article: Article
    sentence: str | None
    inferred: bool = False
    reason: str | None = None


def entity_forms(entry: dict, kind: str) -> list[str]:
    forms = [entry.get("name"), entry.get("acronym"), entry.get("acronym_fr"), entry.get("name_fr"), *(entry.get("aliases") or [])]
    forms = [str(f) for f in forms if f]
    if kind == "person" and entry.get("name"):
        parts = str(entry["name"]).split()
        if len(parts) > 1:
            forms.append(parts[-1])
    return sorted(set(forms), key=len, reverse=True)


def _form_key(form: str) -> str:
    """How a Matcher compares a form: acronyms as written, other names folded."""
    return form if form.isupper() or "." in form else fold(form)


def article_forms(corpus: Corpus, pairs: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The written forms of an article's entities -> (section, id). A form two of them share
    (two people named Haddad, an alias claimed twice) means neither for sure: it links none."""
    written = [
        (pair, entity_forms(entry, entry.get("kind", "mission")))
        for pair in pairs
        for entry in [(corpus.actors if pair[0] == "actors" else corpus.missions)[pair[1]]]
    ]
    targets: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for pair, forms in written:
        for form in forms:
            targets[_form_key(form)].add(pair)
    chosen: dict[str, tuple[str, str]] = {}
    for pair, forms in written:
        for form in forms:
            if len(targets[_form_key(form)]) == 1:
                chosen.setdefault(form, pair)
    return chosen


class Matcher:
    """Finds the written forms of a set of entities in text (acronyms case-sensitive)."""

    def __init__(self, forms: dict[str, tuple[str, str]]):
        # forms: written form -> (section, id)
        self.exact = {f: v for f, v in forms.items() if f.isupper() or "." in f}
        self.folded = {fold(f): v for f, v in forms.items() if f not in self.exact}
        alternatives = sorted({fold(f) for f in forms}, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])") if alternatives else None

    def finditer(self, text: str):
        if self.pattern is None:
            return
        folded = fold_same_length(text)
        for match in self.pattern.finditer(folded):
            raw = text[match.start():match.end()]
            target = self.exact.get(raw) or self.folded.get(match.group())
            if target:
                yield match.start(), match.end(), target


@dataclass
class Graph:
    corpus: Corpus
    actor_links: dict[str, list[Link]] = field(default_factory=lambda: defaultdict(list))
    mission_links: dict[str, list[Link]] = field(default_factory=lambda: defaultdict(list))
    actor_events: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    mission_events: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    article_events: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    companions: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    matchers: dict[str, Matcher] = field(default_factory=dict)

    def surviving(self, actor_id: str) -> str:
        return follow_same_as(self.corpus.actors, actor_id)

    def visible(self, section: str, entry_id: str) -> bool:
        table = self.corpus.actors if section == "actors" else self.corpus.missions
        entry = table.get(entry_id)
        return bool(entry) and in_use(entry)

    def actor_ids(self, ids) -> list[str]:
        """Surviving, visible actor ids of a list (merges followed, rejected dropped)."""
        return [a for a in dict.fromkeys(self.surviving(i) for i in ids or []) if self.visible("actors", a)]

    def article_entities(self, article: Article) -> list[tuple[str, str]]:
        ids = [("actors", self.surviving(a)) for a in article.meta["actors"]]
        ids += [("missions", m) for m in article.meta["missions"]]
        return [pair for pair in dict.fromkeys(ids) if self.visible(*pair)]

    @cached_property
    def articles_by_date(self) -> list[Article]:
        return sorted(self.corpus.articles.values(), key=lambda a: (sort_key(str(a.meta.get("date") or "")), a.id))

    @cached_property
    def events_by_date(self) -> list[dict]:
        return sorted((e for e in self.corpus.events.values() if e.get("status") != "rejected"), key=lambda e: (sort_key(str(e.get("date") or "")), e["id"]))

    def related_articles(self, article: Article) -> list[Article]:
        return self._related.get(article.id, [])

    @cached_property
    def _related(self) -> dict[str, list[Article]]:
        """Articles sharing events, then entities; hubs (in most articles) do not count."""
        # What relates articles, as a value: an edit that leaves it alone (a title, a text)
        # reuses the ranking of the last build.
        facts = tuple(
            (article.id, day_number(article.meta.get("date")), tuple(self.article_entities(article)), tuple(article.meta["events"]))
            for article in sorted(self.corpus.articles.values(), key=lambda a: a.id)
        )
        ranked = _related_articles(facts)
        return {a: [self.corpus.articles[b] for b in ids] for a, ids in ranked.items()}

    @cached_property
    def _related_events(self) -> dict[str, list[dict]]:
        """Events sharing participants or missions with an event; hubs do not count."""
        holders: dict[tuple, list[str]] = defaultdict(list)
        for event in self.events_by_date:
            for key in {*(("actors", a) for a in self.actor_ids(event.get("actors"))), *(("missions", m) for m in event.get("missions") or [])}:
                holders[key].append(event["id"])
        ranked = _most_shared(holders, len(self.events_by_date))
        return {a: [self.corpus.events[b] for b in ids] for a, ids in ranked.items()}

    def related_events(self, event: dict) -> list[dict]:
        return self._related_events.get(event["id"], [])


@lru_cache(maxsize=4)
def _related_articles(facts: tuple) -> dict[str, list[str]]:
    """facts: (id, day number, entity pairs, event ids) of every article, in id order."""
    holders: dict[tuple, list[str]] = defaultdict(list)
    for article_id, _day, pairs, events in facts:
        for pair in pairs:
            holders[pair].append(article_id)
        for event_id in events:
            holders[("events", event_id)].append(article_id)
    days = {article_id: day for article_id, day, _p, _e in facts}
    rank = {article_id: n for n, (article_id, *_rest) in enumerate(facts)}
    return _most_shared(holders, len(facts), weight=lambda key: 3 if key[0] == "events" else 1,
                        hub_ok=lambda key: key[0] == "events",
                        distance=lambda a, b: (_apart(days[a], days[b]), abs(rank[a] - rank[b])))


def _apart(day: int | None, other: int | None) -> float:
    return abs(day - other) if day is not None and other is not None else float("inf")


def _most_shared(holders: dict, population: int, weight=lambda key: 1, hub_ok=lambda key: False,
                 distance=lambda a, b: 0) -> dict[str, list[str]]:
    """For each item, the items it shares most holders with (an entity, an event), best first;
    among equals the nearest by `distance` (for articles, in time, then in the order of the
    seeds), so that no item becomes everyone's related item by the accident of sorting first.
    A holder shared by more than HUB_SHARE of the population relates nothing, so the pairs
    counted stay few as the corpus grows."""
    limit = max(2, int(population * HUB_SHARE))
    scores: dict[str, dict[str, int]] = defaultdict(dict)
    for key, ids in holders.items():
        if len(ids) > limit and not hub_ok(key):
            continue
        points = weight(key)
        for a in ids:
            row = scores[a]
            for b in ids:
                row[b] = row.get(b, 0) + points
    ranked = {}
    for a, row in scores.items():
        row.pop(a, None)  # an item is not related to itself
        if row:
            ranked[a] = [b for b, _ in sorted(row.items(), key=lambda kv: (-kv[1], distance(a, kv[0]), kv[0]))[:RELATED_LIMIT]]
    return ranked


# Under `mkdocs serve` the graph is rebuilt on every save; an article whose text and entity
# forms did not change reuses its matcher and sentences (keys are values, so this stays pure).
CACHE_SIZE = 16384


@lru_cache(maxsize=CACHE_SIZE)
def matcher_for(forms: tuple[tuple[str, tuple[str, str]], ...]) -> Matcher:
    return Matcher(dict(forms))


@lru_cache(maxsize=CACHE_SIZE)
def first_sentences(body: str, matcher: Matcher) -> dict[tuple[str, str], str]:
    """The first sentence of the text that names each entity the matcher knows."""
    found: dict[tuple[str, str], str] = {}
    for paragraph in body.split("\n\n"):
        for sentence in split_sentences(paragraph.removeprefix("## ")):
            for _s, _e, target in matcher.finditer(sentence):
                found.setdefault(target, sentence)
    return found


def build_graph(corpus: Corpus) -> Graph:
    graph = Graph(corpus)
    for article in corpus.articles.values():
        pairs = graph.article_entities(article)
        forms = article_forms(corpus, pairs)
        inferred = [m for m in article.meta["missions_inferred"] if graph.visible("missions", m)]
        matcher = graph.matchers[article.id] = matcher_for(tuple(forms.items()))
        first_sentence = first_sentences(article.body, matcher)
        for section, entry_id in pairs:
            links = graph.actor_links if section == "actors" else graph.mission_links
            links[entry_id].append(Link(article, first_sentence.get((section, entry_id))))
        reasons = article.meta.get("reasons") or {}
        for mission_id in inferred:
            graph.mission_links[mission_id].append(Link(article, None, inferred=True, reason=reasons.get(mission_id)))
        for a in pairs:
            for b in pairs:
                if a != b:
                    graph.companions[a][b] += 1
    for event in graph.events_by_date:
        for actor_id in event.get("actors") or []:
            graph.actor_events[graph.surviving(actor_id)].append(event)
        for mission_id in event.get("missions") or []:
            graph.mission_events[mission_id].append(event)
        for article_id in event.get("articles") or []:
            graph.article_events[article_id].append(event)
    for links in (*graph.actor_links.values(), *graph.mission_links.values()):
        links.sort(key=lambda l: (sort_key(str(l.article.meta.get("date") or "")), l.article.id))
    return graph
