"""What needs a human: the review page's sections, among them texts that look truncated or duplicated."""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup

from .corpus import Article, Corpus
from .ingest.precedence import same_day, same_outlet
from .text import fold, normalize_space

# A text ends where a sentence ends: a full stop, a question or exclamation mark, maybe in
# quotes or brackets. An ellipsis is where a page cut the article short ("Read more...").
_ENDS_A_SENTENCE = re.compile(r"[.!?。！？][\"'”’»)\]]*\s*$")
_ENDS_CUT = re.compile(r"(\.\.\.|…)[\"'”’»)\]]*\s*$")
# Paragraphs shorter than this say too little to call two texts the same ("Photo: Reuters").
MIN_PARAGRAPH_CHARS = 60
# Share of an article's paragraphs found in another article that makes it a near copy.
NEAR_COPY_SHARE = 0.8
# A paragraph printed by more articles than this is page furniture, not a sign of copying
# (and comparing every pair of its holders would grow with the square of the corpus).
MAX_HOLDERS = 20


@dataclass
class Finding:
    article: Article
    why: str
    other: Article | None = None


def truncated(article: Article) -> str | None:
    """Why the text looks cut short, or None."""
    return _why_cut(article.body)


@lru_cache(maxsize=16384)
def _why_cut(body: str) -> str | None:
    paragraphs = [p for p in (p.strip() for p in body.split("\n\n")) if p and not p.startswith("## ")]
    if not paragraphs:
        return "no text"
    last = paragraphs[-1]
    if _ENDS_CUT.search(last):
        return "the text ends with an ellipsis"
    if not _ENDS_A_SENTENCE.search(last):
        return "the text ends in the middle of a sentence"
    return None


@lru_cache(maxsize=16384)
def _paragraph_keys(body: str) -> tuple[str, ...]:
    """A hash of each long paragraph, compared folded (case, accents and spacing aside)."""
    return tuple(
        hashlib.blake2b(normalize_space(fold(p)).encode("utf-8"), digest_size=12).hexdigest()
        for p in (p.strip() for p in body.split("\n\n")) if len(p) >= MIN_PARAGRAPH_CHARS
    )


def duplicates(corpus: Corpus) -> list[Finding]:
    """Articles whose text repeats a paragraph, or is (nearly) the text of another article.
    Paragraphs are hashed once; the same text is found by its set of paragraphs, however many
    copies there are; near copies only among articles that share a paragraph. The findings of
    the last corpus asked about are kept by (article id, text) and given again, naming this
    corpus's articles, while those are the same (under `mkdocs serve`, a save that changed no
    text: comparing them costs a pass over the ids, not the pairs of articles)."""
    texts = tuple((a.id, a.body) for a in sorted(corpus.articles.values(), key=lambda a: a.id))
    if _LAST_DUPLICATES and _LAST_DUPLICATES[0] == texts:
        articles = corpus.articles
        return [Finding(articles[a], why, articles[o] if o is not None else None) for a, why, o in _LAST_DUPLICATES[1]]
    findings = _duplicates(corpus)
    _LAST_DUPLICATES[:] = [texts, [(f.article.id, f.why, f.other.id if f.other is not None else None) for f in findings]]
    return findings


_LAST_DUPLICATES: list = []  # [(article id, text) of each article, [(article id, why, other id or None)] found]


def _duplicates(corpus: Corpus) -> list[Finding]:
    findings: list[Finding] = []
    holders: dict[str, list[str]] = defaultdict(list)
    keys: dict[str, frozenset[str]] = {}
    first_with: dict[frozenset[str], str] = {}  # a text's paragraphs -> the first article with them
    for article in sorted(corpus.articles.values(), key=lambda a: a.id):
        own = _paragraph_keys(article.body)
        keys[article.id] = mine = frozenset(own)
        if len(own) != len(mine):
            findings.append(Finding(article, "a paragraph of the text is repeated"))
        if mine and mine in first_with:
            findings.append(Finding(article, "the same text as", corpus.articles[first_with[mine]]))
        first_with.setdefault(mine, article.id)
        for key in mine:
            holders[key].append(article.id)
    for article_id, mine in keys.items():
        shared: dict[str, int] = defaultdict(int)
        for key in mine:
            if len(holders[key]) > MAX_HOLDERS:
                continue
            for other in holders[key]:
                if other < article_id:  # each pair once, reported on the later id
                    shared[other] += 1
        for other_id, count in sorted(shared.items()):
            theirs = keys[other_id]
            if mine != theirs and count >= NEAR_COPY_SHARE * min(len(mine), len(theirs)):
                findings.append(Finding(corpus.articles[article_id], "nearly the text of", corpus.articles[other_id]))
    return findings


# The sections of the review page, in order: (slug, heading, what to do, in Markdown).
SECTIONS = tuple((slug, heading, Markup(advice)) for slug, heading, advice in (
    ("warnings", "Warnings", "Doubtful values that `newsdossier check` reports as warnings: the site builds, but a person should decide. Edit the line named, then run `newsdossier check`."),
    ("unread-seeds", "Seeds not in the data", "Files in `seeds/` that have no article: `newsdossier normalize` could not read them, or has not been run since they were added."),
    ("inferred-dates", "Inferred dates", "The date was not printed: check it against the seed text."),
    ("unknown-dates", "Unknown dates", "No date was found: add one if the seed text or its source tells it."),
    ("dates-without-a-year", "Dates without a year", "The day and month were printed, not the year."),
    ("printed-otherwise", "The text prints another date or outlet", "The date or outlet kept came from the collector's metadata, the page's markup or its address; the text prints another (kept as `date_printed` or `source_printed`). Keep the right one in `date` or `source`."),
    ("unknown-outlets", "Outlets known only by their address", "The outlet is named by the domain of the page's address: write its name in `source`."),
    ("missing-outlets", "Articles without an outlet", "No outlet was found in the text, the page's markup or its address: write it in `source`. An outlet printed beside the byline may have been read as an author: check `authors` too."),
    ("inferred-missions", "Missions inferred, not named", "Keep the mission if the article is about it; remove it from `missions_inferred` if not."),
    ("derived-titles", "Derived titles", "No headline was found; the title was made from the first sentence."),
    ("truncated", "Texts that look truncated", "Compare the text with the seed: page furniture may have cut it, or the seed itself is cut."),
    ("duplicated", "Texts that look duplicated", "The same story from two sources is fine; a seed saved twice is not."),
    ("unresolved", "Names that matched nothing", "Names found in the text that the extractor could not place: add one as an alias of an actor in `data/actors.yaml`, or add its id to the article's `actors`."),
    ("candidate-actors", "Candidate actors", "Set `status: confirmed` or `status: rejected`, or merge with `same_as: <id>`."),
    ("candidate-events", "Candidate events", "Confirm, correct or reject."),
))


def date_printed_otherwise(meta: dict) -> str:
    """The date the text prints (`date_printed`) when it is another day than the one kept in
    `date`, else "": once a person has put the printed day (or the day beside it, as normalize
    counts it) in `date`, the two agree and nothing is left to review."""
    printed = str(meta.get("date_printed") or "")
    return printed if printed and not same_day(str(meta.get("date") or ""), printed) else ""


def source_printed_otherwise(meta: dict) -> str:
    """The outlet the text names (`source_printed`) when it is not the one kept in `source`,
    else "": once a person has put the printed outlet in `source` (under any of its names in
    the sources reference), nothing is left to review."""
    printed = str(meta.get("source_printed") or "")
    return printed if printed and not same_outlet(meta.get("source"), printed) else ""


# The values an article page says the origin of, as the article's last machine output holds
# them: a top-level line each ("title: ...", one line at the width normalize writes).
_EDITABLE = ("title", "date", "source")
_RECORD_LINE = re.compile(r"^(?:title|date|source):[^\n]*$", re.M)
_RECORD_HEAD = 16384  # bytes: the record's fields before its lists, titles included


def hand_edits(article: Article) -> dict[str, str]:
    """{key: the extraction's value} for each of the article's title, date and source that a
    person changed after normalize wrote it: the value in the article differs from the one in
    its last machine output (data/.machine/<id>.yaml, beside the article's folder; see
    merge.py). The article page then says the value was set by hand, and what the extraction
    read, rather than the origin recorded beside it (`title_origin`, `date_source`...), which
    is the extraction's. {} when there is no record or it cannot be read. Only the record's
    head (its fields, before the lists) is read, and of it only those keys' lines: about 0.1 ms
    an article, where reading the whole record took 2 ms."""
    from .store import DataError, parse_yaml

    record = article.path.parent.parent / ".machine" / f"{article.id}.yaml"
    try:
        with open(record, "rb") as file:
            head = file.read(_RECORD_HEAD)
    except OSError:
        return {}
    # normalize writes the article's fields before its lists (store order: _front_matter)
    text = head.decode("utf-8", errors="replace")
    text = text[:end] if (end := text.find("\nactors:")) >= 0 else text
    try:
        machine = parse_yaml("\n".join(_RECORD_LINE.findall(text)) + "\n", record)
    except DataError:
        return {}
    if not isinstance(machine, dict):
        return {}
    return {key: str(machine[key] or "") for key in _EDITABLE
            if key in machine and str(machine[key] or "") != str(article.meta.get(key) or "")}


def event_hand_edits(event: dict, machine: dict[str, dict[str, str]]) -> dict[str, str]:
    """{field: the extraction's value} for each of an event's title, date, place and kind
    (store.EVENT_EDITABLE) that a person changed after normalize wrote it: the value in
    data/events.yaml differs from the machine's reading that normalize keeps
    (machine: store.recorded_machine_events, data/.machine/_events.json). The event page then
    says the value was set by hand, and what the extraction read. {} for an event the record
    does not hold (one a person wrote, or a record written before it kept events)."""
    read = machine.get(str(event.get("id"))) or {}
    return {key: value for key, value in read.items() if str(event.get(key) or "") != value}


def dated_by_hand(article: Article) -> bool:
    """Whether a person wrote the article's date: its `date` differs from the one its last
    machine record holds (data/.machine/<id>.yaml), or, with no record to compare, a date is
    written where the extraction found none (`date_basis: unknown`, which the extraction
    writes only beside an empty `date`)."""
    if article.meta.get("date_basis") == "unknown" and str(article.meta.get("date") or "").strip():
        return True
    return "date" in hand_edits(article)


def review_sections(corpus: Corpus, articles_by_date: list[Article], events_by_date: list[dict],
                    unread_seeds: list[tuple[str, str]] = ()) -> dict[str, list]:
    """The entries of each review section, in page order. unread_seeds: (seed file name, why
    it has no article) for the files of seeds/ that no article came from.

    An article whose date was inferred or not found is listed until a person writes its date:
    `date_basis` is the extraction's and stays as it was, so a date written by hand is told
    from the article's last machine record (review.hand_edits), and an unknown date by the
    article's `date` being empty."""
    def dated(basis):
        return [a for a in articles_by_date if a.meta.get("date_basis") == basis and not dated_by_hand(a)]

    return {
        "warnings": sorted(corpus.warnings, key=lambda w: (w.path, w.line or 0)),
        "unread-seeds": sorted(unread_seeds),
        "inferred-dates": dated("inferred"),
        "unknown-dates": dated("unknown"),
        "dates-without-a-year": [a for a in articles_by_date if str(a.meta.get("date") or "").startswith("XXXX")],
        "printed-otherwise": [a for a in articles_by_date if date_printed_otherwise(a.meta) or source_printed_otherwise(a.meta)],
        "unknown-outlets": [a for a in articles_by_date if a.meta.get("source_origin") == "domain"],
        "missing-outlets": [a for a in articles_by_date if not str(a.meta.get("source") or "").strip()],
        "inferred-missions": [a for a in articles_by_date if a.meta.get("missions_inferred")],
        "derived-titles": [a for a in articles_by_date if a.meta.get("title_basis") == "derived"],
        "truncated": [Finding(a, why) for a in articles_by_date if (why := truncated(a))],
        "duplicated": duplicates(corpus),
        "unresolved": [a for a in articles_by_date if a.meta.get("unresolved")],
        "candidate-actors": sorted((e for e in corpus.actors.values() if e.get("status") == "candidate" and not e.get("same_as")), key=lambda e: str(e.get("name"))),
        "candidate-events": [e for e in events_by_date if e.get("status") == "candidate"],
    }
