"""Who said what, as the site lists it: every article's quotes (front matter `quotes:`, found by
quotes.py) with their speaker's page, the article, its date and its language."""
from __future__ import annotations

from dataclasses import dataclass

from .corpus import Article
from .search import language_tag as page_language_tag

Node = tuple[str, str]  # (section, id) of the speaker's page


@dataclass(frozen=True)
class Said:
    """One quote: `speaker` is the (section, id) of the speaker's page, or None when the text
    names no speaker or the speaker has no page (rejected); `kind` is "direct" or "reported";
    `language` is the article's language tag, or "" when it has none usable."""

    article: Article
    speaker: Node | None
    kind: str
    sentence: str

    @property
    def date(self):
        return self.article.meta.get("date")

    @property
    def language(self) -> str:
        return language_tag(self.article.meta.get("language"))

    @property
    def speaker_key(self) -> str:
        """The speaker as the page's filter names it: "actors/vietnam", or "unnamed"."""
        return "/".join(self.speaker) if self.speaker else "unnamed"


def language_tag(value) -> str:
    """An article's language as an HTML lang value, as written ("fr", "pt-BR"), or "" when it
    is not a usable language tag ("unknown", "und", empty): the test is the page language's
    (search.language_tag). Source: HTML's lang attribute takes a BCP 47 tag (RFC 5646)."""
    return str(value).strip().replace("_", "-") if page_language_tag(value, "") else ""


def speaker_node(graph, speaker_id: str) -> Node | None:
    """The page of a quote's speaker: an actor (merges followed) or a mission; None when the id
    is empty, unknown or rejected."""
    if not speaker_id:
        return None
    if speaker_id in graph.corpus.actors:
        actor = graph.surviving(speaker_id)
        return ("actors", actor) if graph.visible("actors", actor) else None
    if speaker_id in graph.corpus.missions and graph.visible("missions", speaker_id):
        return ("missions", speaker_id)
    return None


def corpus_quotes(graph) -> list[Said]:
    """Every quote of the corpus in the date order of its article (graph.articles_by_date),
    then in the order of the article."""
    return [
        Said(article, speaker_node(graph, str(quote.get("speaker") or "")), quote["kind"], quote["sentence"])
        for article in graph.articles_by_date
        for quote in article.meta.get("quotes") or []
    ]


def by_speaker(quotes: list[Said]) -> dict[Node, list[Said]]:
    """The quotes of each named speaker, keeping their order; speakers in (section, id) order."""
    groups: dict[Node, list[Said]] = {}
    for said in quotes:
        if said.speaker:
            groups.setdefault(said.speaker, []).append(said)
    return dict(sorted(groups.items()))


def speaker_name(graph, node: Node | None) -> str:
    """How a speaker is named on the site: an actor's name, a mission's acronym, or
    "unnamed speaker"."""
    if node is None:
        return "unnamed speaker"
    section, entry_id = node
    entry = (graph.corpus.actors if section == "actors" else graph.corpus.missions)[entry_id]
    return str(entry.get("name") if section == "actors" else entry.get("acronym"))


def top_speakers(groups: dict[Node, list[Said]], count: int) -> list[Node]:
    """The `count` speakers with the most quotes, most first (then in (section, id) order)."""
    return sorted(groups, key=lambda node: (-len(groups[node]), node))[:count]


def page_speakers(graph, quotes: list[Said]) -> list[tuple[Node | None, str, int]]:
    """The speakers of a list of quotes with their count in it: (node, name, count), sorted by
    name; the unnamed last."""
    counts: dict[Node | None, int] = {}
    for said in quotes:
        counts[said.speaker] = counts.get(said.speaker, 0) + 1
    return sorted(((node, speaker_name(graph, node), n) for node, n in counts.items()),
                  key=lambda s: (s[0] is None, s[1].casefold(), s[0] or ("", "")))
