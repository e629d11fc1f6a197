"""Dated happenings in an article's sentences, and the matching of one event told by several articles."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .dates import DateMention, find_dates, future_tense, relative_day, resolve_year
from .datevalue import PartialDate, edtf_of, parse_simple
from .entities import ACTOR_KINDS, Found
from .reference import EXACT_LANGUAGES, reference
from .text import fold, fold_same_length, slugify

LOCATIVES = {"in", "at", "a", "en", "au", "aux", "dans", "to", "near", "from", "de", "desde", "hacia"}
# A sentence about the past or the future, not the day's news.
PASSING_CONTEXT = re.compile(r"\b(since|depuis|desde|last year|l'an dernier|el año pasado|next|prochain|próximo|will|sera|será)\b", re.I)
PASSING = re.compile(r"\b(since|depuis|desde|until|jusqu'(?:a|en|au)|hasta|by|d'ici)\s*$", re.I)


@dataclass
class EventFinding:
    """An event as one article tells it."""

    kind: str
    label: str
    sentence: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    place: str | None = None  # display name of a city or country
    place_code: str | None = None  # country code of the place
    name: str | None = None  # a printed name ("2021 UN Peacekeeping Ministerial")
    actors: list[str] = field(default_factory=list)
    missions: list[str] = field(default_factory=list)

    @property
    def date(self) -> str:
        return edtf_of(self.start, self.end) if self.start else ""

    @property
    def title(self) -> str:
        if self.name:
            return self.name
        return f"{self.label} in {self.place}" if self.place else self.label


@lru_cache(maxsize=None)
def _kind_patterns(language: str) -> tuple[bool, list[tuple[str, str, re.Pattern]]]:
    """The event words of one language, as (compared exactly?, [(kind, label, pattern)]).

    Each language's words are matched only in text of that language: folded, a word of one
    language can spell a word of another (Vietnamese "lễ", ceremony, folds to French "le").
    A language whose diacritics carry meaning (reference.EXACT_LANGUAGES) is compared
    lowercased with its diacritics; the others folded, as their press also prints words
    without accents. A language without a word list gets the folded words of all the others."""
    kinds = reference().vocabulary["event_kinds"]
    listed = {lang for table in kinds.values() for lang in table if len(lang) == 2}
    exact = language in EXACT_LANGUAGES
    languages = {language} if language in listed else listed - set(EXACT_LANGUAGES)
    convert = (lambda w: unicodedata.normalize("NFC", w.lower())) if exact else fold
    patterns = []
    for kind, table in kinds.items():
        listed_words = {w for lang in languages for w in _agreeing_forms(table.get(lang) or (), lang)}
        words = sorted({convert(w) for w in listed_words}, key=len, reverse=True)
        if words:
            patterns.append((kind, table["label"], re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")))
    return exact, patterns


def _agreeing_forms(words, language: str) -> list[str]:
    """Event words with the other gender and number forms of a past participle that ends
    them (vocabulary "participle_agreement"): French "attaqué" -> attaquée, attaqués,
    attaquées; Spanish "atacado" -> atacada, atacados, atacadas. Other words as listed."""
    endings = (reference().vocabulary.get("participle_agreement") or {}).get(language) or {}
    forms = []
    for word in words:
        forms.append(word)
        for ending, others in endings.items():
            if word.endswith(ending):
                forms.extend(word[: len(word) - len(ending)] + other for other in others)
                break
    return forms


def event_kind(sentence: str, language: str = "und") -> tuple[str, str, int, int] | None:
    """The kind of happening a sentence tells, its label and where its word starts and ends
    (offsets in the sentence), from the event words of the article's language; None if none."""
    exact, patterns = _kind_patterns(language)
    compared = unicodedata.normalize("NFC", sentence).lower() if exact else fold_same_length(sentence)
    if len(compared) != len(sentence):  # a character whose lowercase is longer: offsets drift
        compared = fold_same_length(sentence)
    best = None
    for kind, label, pattern in patterns:
        # Longer, more specific phrases win: "ministerial meeting" before "meeting".
        match = pattern.search(compared)
        if match and (best is None or (match.end() - match.start()) > best[3] - best[2]):
            best = (kind, label, match.start(), match.end())
    return best


def _printed_name(sentence: str, position: int) -> str | None:
    """A capitalised name around the event word: "the 2021 UN Peacekeeping Ministerial"."""
    words = list(re.finditer(r"[\w'+\u2019-]+", sentence))
    index = next((i for i, w in enumerate(words) if w.start() <= position < w.end() + 1), None)
    if index is None or not words[index].group()[:1].isupper():
        return None
    first = index
    while first > 0 and (words[first - 1].group()[:1].isupper() or words[first - 1].group().isdigit()) and sentence[words[first - 1].end():words[first].start()].strip() == "":
        first -= 1
    if first == index:
        return None
    return sentence[words[first].start():words[index].end()]


# "a meeting of the Working Group", "une réunion du Conseil": the body that holds the event.
_OF_BODY = re.compile(r"\s+(?:of|with|by|du|de la|de l'|des|de|del|de los|de las)\s+(?:the\s+)?$")


def _body_name(sentence: str, kind_end: int, label: str, found: list[Found]) -> str | None:
    """A title from the organisation that holds the event, when the sentence names it."""
    for entity in found:
        if entity.kind not in ("organisation", "initiative"):
            continue
        at = sentence.find(entity.surfaces[0], kind_end)
        if at > kind_end and _OF_BODY.fullmatch(fold(sentence[kind_end:at])):
            return f"{label} of the {entity.name}" if not entity.name.lower().startswith("the ") else f"{label} of {entity.name}"
    return None


def _place(sentence: str, found: list[Found], dateline_place: str | None):
    """The place of an event: a city or country after a locative word, else the dateline."""
    for entity in found:
        if entity.kind not in ("city", "country"):
            continue
        at = sentence.find(entity.surfaces[0])
        before = fold(sentence[:at]).split()
        if entity.kind == "city" or (before and before[-1] in LOCATIVES):
            return entity.name, entity.code
    return (dateline_place, None) if dateline_place else (None, None)


def find_events(sentences: list[tuple[str, list[Found]]], anchor: PartialDate | None, dateline_place: str | None,
                language: str = "und") -> tuple[list[EventFinding], list[EventFinding]]:
    """Dated events and undated mentions of events in the article's sentences (event words of
    the article's language, ISO 639-1)."""
    dated: list[EventFinding] = []
    undated: list[EventFinding] = []
    lead = True  # the first event sentence of a dated article tells the news of its day
    for sentence, found in sentences:
        kind = event_kind(sentence, language)
        if kind is None:
            continue
        kind_id, label, position, kind_end = kind
        mentions = [d for d in find_dates(sentence) if d.kind == "date" and not PASSING.search(sentence[:d.start])]
        years = [d.value.year for d in find_dates(sentence) if d.kind == "year"]
        name = _printed_name(sentence, position) or _body_name(sentence, kind_end, label, found)
        place, code = _place(sentence, found, dateline_place)
        finding = EventFinding(
            kind_id, label, sentence, place=place, place_code=code, name=name,
            actors=[f.id for f in found if f.kind in ACTOR_KINDS],
            missions=[f.id for f in found if f.kind == "mission"],
        )
        if not mentions:
            relative = relative_day(sentence, anchor, language, near=position)
            if relative is None and lead and anchor is not None and anchor.year and anchor.day and not PASSING_CONTEXT.search(sentence) and not future_tense(sentence, language):
                relative = anchor
            lead = False
            if relative is None:
                undated.append(finding)
            else:
                finding.start = relative
                dated.append(finding)
            continue
        lead = False
        mention: DateMention = min(mentions, key=lambda d: abs(d.start - position))
        sentence_anchor = PartialDate(years[0]) if len(set(years)) == 1 and mention.value.year is None else None
        if sentence_anchor and (anchor is None or anchor.year is None or anchor.year == sentence_anchor.year):
            start, end = mention.value.with_year(sentence_anchor.year), mention.value_end.with_year(sentence_anchor.year) if mention.value_end else None
        else:
            start, end = resolve_year(mention, anchor)
        finding.start, finding.end = start, end
        dated.append(finding)
    return dated, undated


# --- one event, many reports -------------------------------------------------


def _dates_overlap(a: str, b: str) -> bool:
    pa, pb = parse_simple(a), parse_simple(b)
    if not pa or not pb:
        return a == b
    (a0, a1), (b0, b1) = pa, pb
    if a0.year is not None and b0.year is not None and a0.year != b0.year:
        return False
    if a0.month and b0.month and a0.month != b0.month:
        return False
    if a0.day and b0.day:
        lo_a, hi_a = a0.day, a1.day or a0.day
        lo_b, hi_b = b0.day, b1.day or b0.day
        return lo_a <= hi_b and lo_b <= hi_a
    return True


def places_agree(a: str | None, a_code: str | None, b: str | None, b_code: str | None) -> bool:
    if not a or not b:
        return True
    if fold(a) == fold(b):
        return True
    return bool(a_code and b_code and a_code == b_code)


def same_event(event: dict, finding: EventFinding) -> bool:
    """Whether a registry event and an article's finding are one happening."""
    if event.get("kind") != finding.kind:
        return False
    if finding.date and event.get("date") and not _dates_overlap(event["date"], finding.date):
        return False
    return places_agree(event.get("place"), event.get("country"), finding.place, finding.place_code)


def event_id(finding: EventFinding) -> str:
    start = finding.start.edtf().replace("XXXX", "undated") if finding.start else "undated"
    year = str(finding.start.year) if finding.start and finding.start.year else ""
    words = " ".join(w for w in finding.title.split() if w != year)
    return slugify(f"{start} {words}", max_length=70)
