"""Dated happenings in an article's sentences, and the matching of one event told by several articles."""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from .dates import DateMention, done_by, weekday_spans, date_given_before, with_day_markers, date_word, names_anaphoric_period, deadline_before, deadline_word, find_dates, future_tense, past_marked, past_tense, relative_period, relative_span, relative_spans, relative_year_after, relative_year_before, resolve_year
from .datevalue import PartialDate, edtf_of, parse_simple
from .entities import ACTOR_KINDS, Found, country_demonyms
from .reference import EXACT_LANGUAGES, listed_languages, listed_word_forms, load_reference, reference, reference_word_form
from .quotes import quote_words
from .text import CLOSING_QUOTES, OPENING_QUOTES, QUOTATION_PAIRS, alternation, any_language_alternation, fold, fold_same_length, longest_first, ordered_alternation, slugify, spaced_alternation

HAPPENING = "happening"  # the kind of a dated sentence whose verb no word list names
# The headline and the lead: the sentences that tell the news of the article's date (the
# inverted pyramid of news writing puts the happening in the first paragraph).
LEAD_SENTENCES = 4


@lru_cache(maxsize=1)
def _passing_context() -> re.Pattern:
    """A word setting a sentence in the past or the future, not in the day's news (vocabulary
    "passing_context_words", every language's, as printed, any case: "since", "last year",
    "prochain", "será"), a whole word, on the sentence as printed."""
    return re.compile(rf"\b({_any_language('passing_context_words')})\b", re.I)


@lru_cache(maxsize=1)
def _date_lead_opening() -> re.Pattern:
    """A word leading a date (vocabulary "date_lead_words", any language's, any case: "On",
    "Le", "El", "Ngày") as the whole text before a date, spaces after it: the capitalised word
    is the sentence's own opening, no place of a local paper's date line ("On 17 March 2023
    (local time): the envoy arrived ...", "Le 17 mars 2023 (heure locale) : ..."); a place it
    only begins stays one ("El Fasher 17 March 2023 (Paper): ...")."""
    return re.compile(r"\W*(?:" + _any_language("date_lead_words") + r")\s*", re.I)


@lru_cache(maxsize=1)
def _passing_before() -> re.Pattern:
    """A word making the date right after it a date in passing (vocabulary
    "passing_date_openers", every language's, as printed, any case: "since", "jusqu'au",
    "hasta", "từ năm": the Vietnamese since of a year), then spaces, at the end of the text
    before the date."""
    words = spaced_alternation(w for listed in reference().vocabulary["passing_date_openers"].values() for w in listed)
    return re.compile(rf"\b({words})\s*$", re.I)


@lru_cache(maxsize=1)
def _passing_phrase() -> re.Pattern:
    """A date inside a phrase opened by "until" ("hasta el 15 de octubre"), or by "since" that
    names something else first ("since the mission was created in April 2013"), in the same
    clause: a bound of a period or a tally, not the day of a happening. "Depuis le 16 janvier"
    (the day a state began) is not one. On folded text, from the phrase's opener (group 1: a
    since-word) to the end; vocabulary "since_phrase_openers", "since_phrase_articles" (the
    words that may not follow a since-word alone), "until_phrase_openers", every language's."""
    since, articles, until = (alternation(reference().words(section, _ALL_LANGUAGES))
                              for section in ("since_phrase_openers", "since_phrase_articles", "until_phrase_openers"))
    return re.compile(rf"\b(?:({since})\s+(?!(?:{articles})\s*$)|(?:{until})\b)[^,;:()]{{0,50}}$")


@lru_cache(maxsize=None)
def _from_place_pattern() -> re.Pattern:
    """One to three capitalised words (group 1), then at most a word leading a date (vocabulary
    "date_lead_words", any language's: "on", "le", "el", "ngày"), up to the date."""
    name = r"[A-Z\u00c0-\u00dd\u0110][\w'\u2019-]*"
    return re.compile(r"\s+(" + name + r"(?:\s+" + name + r"){0,2})\s+(?:(?:" + _any_language("date_lead_words") + r")\s+)?")


def from_place(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end], the words between a since-word ("since", "depuis", "desde",
    "kể từ") and a date, name the place a happening starts from ("saldrán desde Lima el 4 de
    mayo", "partiront depuis Dakar le 3 mars"), not the start of a period: one to three
    capitalised words that are wholly a known country, place or mission of the reference
    gazetteer, none of them a month or weekday name (dates.yaml), and at most a word leading
    the date. "since Monday 3 March", "since Operation Serval on 11 January" name no place."""
    match = _from_place_pattern().fullmatch(sentence, start, end)
    if match is None or any(date_word(w) for w in match.group(1).split()):
        return False
    return any(e.kind in ("country", "city", "mission") for e in reference().gazetteer.whole(match.group(1)))


def _document_year(sentence: str, mention: DateMention) -> bool:
    """Whether a year is part of a document's name ("resolution 2350 (2017)"), a year in
    brackets right after a number, rather than the year of a happening."""
    return bool(re.search(r"\d\s*\($", sentence[:mention.start]) and sentence[mention.end:mention.end + 1] == ")")


# A wire's date line opening a sentence: an optional place in capitals and a comma, the
# date, an optional agency in brackets, then a dash ("April 6 (UPI) --", "24 November 2017 –",
# "UNITED NATIONS, July 29 (Xinhua) —").
_DATELINE_BEFORE = re.compile(r"\W*(?:[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd .'-]*,\s*(?:[\w.]+\s*,?\s*)?)?")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:--?|\u2013|\u2014)\s")
# A local paper's date line: a place in ordinary capitals, a comma at most, the date, then
# its own name in brackets closed by a colon or a dash, a dash before the brackets or not
# ("Bangui 26 février 2022—(Ndjoni Sango): ...", "Goma, 3 March 2021 (Radio Okapi): ...").
# The brackets are required: "On 7 October 2023 - ..." opens a sentence, no date line; nor is
# a word leading a date a place ("On 7 October 2023 (local time): ...": _date_lead_opening).
_DATELINE_TITLED_BEFORE = re.compile(r"\W*[A-Z\u00c0-\u00dd][\w'.-]*(?:\s[A-Z\u00c0-\u00dd][\w'.-]*){0,2},?\s*")
_DATELINE_OWN_NAME_AFTER = re.compile(r"\s*(?:--?|\u2013|\u2014)?\s*\([^()]{1,40}\)\s*(?::|--?|\u2013|\u2014)\s")


@lru_cache(maxsize=1)
def _dateline_alone_before() -> re.Pattern:
    """What stands before the date of a sentence that is a dateline alone: a place of
    capitalised words, a comma, perhaps a word of vocabulary "dateline_alone_leads" (any
    language's, in lower case: "le", "el", "on") and one more word (a weekday), then the date
    and nothing but punctuation ("Duékoué, le 29 mai 2012...", "GOMA, 3 March -"), as a
    release cut from its first sentence prints it."""
    leads = any_language_alternation(reference().vocabulary, "dateline_alone_leads")
    return re.compile(r"\W*[A-Z\u00c0-\u00dd][\w'.-]*(?:[ -][A-Z\u00c0-\u00dd][\w'.-]*){0,3}\s*,\s*"
                      rf"(?:(?:{leads})\s+)?(?:(?:[a-zA-Z\u00e0-\u00fc]+)\s+)?")
# The signature closing a social-media post quoted in an article: a dash, the author's name
# and handle, then the day it was posted ("— UN Mission (@UN_Mission) 14 April 2018"), the
# day a thing was said, no happening.
_POST_SIGNATURE = re.compile(r"^\W*[\u2014\u2013-][^()]{0,80}\(@\w{1,30}\)\s*$")
# A year joined by a dash to another: the two ends of a span of years
_SPAN_DASH, _SPAN_YEAR = r"\s*[-\u2013\u2014]\s*", r"(?:19|20)\d\d"
_YEAR_SPAN_AFTER = re.compile(_SPAN_DASH + _SPAN_YEAR + r"\b")
_YEAR_SPAN_BEFORE = re.compile(r"\b" + _SPAN_YEAR + _SPAN_DASH + r"$")
# The end of a span of years right after its first year: "2014-2015", "2014 – 2015", "2019-20"
_YEAR_SPAN_END = re.compile(_SPAN_DASH + r"(" + _SPAN_YEAR + r"|\d\d)(?![\w/-])")


@lru_cache(maxsize=None)
def _year_span_part_end() -> re.Pattern:
    """The end of a span of years whose last year follows a word of the part of a year
    (vocabulary "year_part_words", any language's: "late 2019 - early 2020", "fin 2019 -
    début 2020", "cuối năm 2019 - đầu năm 2020"), the year's group 1."""
    table = reference().vocabulary.get("year_part_words") or {}
    words = {unicodedata.normalize("NFC", w.lower()) for entry in table.values() for w in entry or ()}
    return re.compile(_SPAN_DASH + r"(?:" + alternation(words) + r")\s+(" + _SPAN_YEAR + r")(?![\w/-])", re.IGNORECASE)


def _year_span_end(sentence: str, end: int) -> re.Match | None:
    """The end of a span of years right after a year ending at `end` (_YEAR_SPAN_END, or
    _year_span_part_end: its last year after a word of the part of a year), else None."""
    return _YEAR_SPAN_END.match(sentence, end) or _year_span_part_end().match(sentence, end)


def join_year_spans(sentence: str, mentions) -> tuple[DateMention, ...]:
    """The sentence's printed dates (find_dates) with each span of years joined into one
    mention of kind "year" whose value is the first year and value_end the last ("killed in
    2014-2015": 2014 to 2015, EDTF 2014/2015; "2019-20": 2019 to 2020, the two-digit end in
    the first year's century). A span whose end is not after its start is left as printed.
    Two months of one year are joined too, the first printed alone ("between March and April
    2012", "entre marzo y abril de 2012", "March-April 2012": March to April 2012, EDTF
    2012-03/2012-04; vocabulary "month_span_joiners")."""
    joined: list[DateMention] = []
    skip = None
    for mention in mentions:
        if skip is not None and mention.start < skip:
            continue
        days = _day_span_start(sentence, mention)
        if days is not None:
            opened, first_day = days
            while joined and joined[-1].start >= opened:
                joined.pop()  # "5/3" of "từ ngày 5/3 đến ngày 7/3/2018": the span's first day
            joined.append(DateMention(opened, mention.end, sentence[opened:mention.end], first_day, mention.value, "date"))
            continue
        first = _month_span_start(sentence, mention)
        if (first is not None and joined and joined[-1].start == first[0] and joined[-1].value is not None
                and joined[-1].value.year is None and joined[-1].value.day is None):
            joined.pop()  # "marzo" of "en marzo-abril de 2012", found alone: the span's first month
        if first is not None and not (joined and joined[-1].end > first[0]):  # not "3 March and April 2012"
            opened, month = first
            joined.append(DateMention(opened, mention.end, sentence[opened:mention.end],
                                      PartialDate(mention.value.year, month), mention.value, "date"))
            continue
        match = _year_span_end(sentence, mention.end) if mention.kind == "year" else None
        if match is not None and mention.value.year is not None:
            last = int(match.group(1))
            if last < 100:
                last += mention.value.year // 100 * 100
            if last > mention.value.year:
                joined.append(DateMention(mention.start, match.end(), sentence[mention.start:match.end()],
                                          mention.value, PartialDate(last), "year"))
                skip = match.end()
                continue
        joined.append(mention)
    return tuple(joined)


def _month_span_start(sentence: str, mention: DateMention) -> tuple[int, int] | None:
    """Where a span of months ending at mention (a month of a year, no day) starts, and its
    first month: a month name, a word of vocabulary "month_span_joiners" and mention ("March
    and April 2012"), or a month name joined to mention by a dash or a slash ("March-April
    2012", "marzo-abril de 2012"); None otherwise, or when the first month is not before the
    second."""
    value = mention.value
    if mention.kind != "date" or value is None or value.year is None or value.month is None or value.day is not None:
        return None
    joiners = _word_pattern("month_span_joiners", "und")
    before = fold(sentence[max(0, mention.start - 30):mention.start])
    match = re.search(r"([^\W\d_]+)\s+([^\W\d_]+)\s+$", before)
    if joiners is None or match is None or not joiners.fullmatch(match.group(2)):
        # the two months joined by a dash or slash ("March-April 2012", "mars-avril 2012")
        match = re.search(r"([^\W\d_]+)\s*[-\u2013\u2014/]\s*$", before)
        if match is None:
            return None
    month = _month_number(match.group(1))
    if month is None or month >= value.month:
        return None
    return mention.start - len(before) + match.start(1), month


# a first day (and month) before a day printed in figures, Vietnamese style: "từ ngày 5 đến
# ngày 7/3/2018", "từ 5-7/3/2018", "từ ngày 5/3 đến ngày 7/3", "ngày 5 và 6/3/2018", "ngày 5-7/3/2018" (folded)
_VI_DAY_SPAN = re.compile(r"(?:\btu\s+(?:ngay\s+)?|\bngay\s+)(\d{1,2})(?:/(\d{1,2}))?\s*(?:-|\u2013|\bden\b|\bva\b)\s*(?:ngay\s+)?$")


def _day_span_start(sentence: str, mention: DateMention) -> tuple[int, PartialDate] | None:
    """Where a span of days ending at mention (a day and month printed in figures) starts,
    and its first day, when a first day stands before it as Vietnamese prints one ("từ ngày 5
    đến ngày 7/3/2018", "ngày 5 và 6/3/2018", "ngày 5-7/3/2018"): EDTF 2018-03-05/2018-03-07.
    None otherwise, or when the first day is not before the last."""
    value = mention.value
    if mention.kind != "date" or value is None or value.day is None or value.month is None:
        return None
    if not re.match(r"\d{1,2}/\d{1,2}", sentence[mention.start:mention.end]):
        return None
    before = fold(sentence[max(0, mention.start - 30):mention.start])
    match = _VI_DAY_SPAN.search(before)
    if match is None:
        return None
    day, month = int(match.group(1)), int(match.group(2)) if match.group(2) else value.month
    if not 1 <= month <= 12 or (month, day) >= (value.month, value.day):
        return None
    try:
        date(2000, month, day)
    except ValueError:
        return None
    return mention.start - len(before) + match.start(), PartialDate(value.year, month, day)


def _month_number(word: str) -> int | None:
    """The number of a month named by a word (any language of dates.yaml), else None."""
    found = find_dates(f"1 {word} 2000")
    return found[0].value.month if found and found[0].value and found[0].value.month and found[0].end == len(word) + 7 else None


_TERM_GAP = re.compile(r"\W*(?:\w{1,4}\W+)?")  # between a term's noun and its span of years: one short word at most


def _term_span(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether a span of years (join_year_spans) stands beside a noun of a term of service
    (vocabulary "term_words": "the 2019-2020 term", "nhiệm kỳ 2019 - 2020"), at most one
    short word between them."""
    pattern = _word_pattern("term_words", language)
    if pattern is None or mention.value_end is None or mention.kind != "year":
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    return any(_TERM_GAP.fullmatch(compared, m.end(), mention.start) or _TERM_GAP.fullmatch(compared, mention.end, m.start())
               for m in pattern.finditer(compared))




@lru_cache(maxsize=1)
def _street_link() -> re.Pattern:
    """The word joining a street noun to the day it is named after (vocabulary
    "street_name_links", any language's, any case: "du", "de", "del", "of the"), maybe, then
    the spaces before the day, at the end of the text before it."""
    links = any_language_alternation(reference().vocabulary, "street_name_links")
    return re.compile(rf"(?:\s+(?:{links}))?\s+$", re.IGNORECASE)


def street_name_date(sentence: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a day and month (no year: a name prints none) is part of the name of a street,
    square or ground (vocabulary "street_name_nouns"): right after such a noun, perhaps with
    "du", "de", "del" between ("à la place du 30 juin", "Avenida 9 de Julio"), or right
    before one printed with a capital ("the 30 June Square"). Such a day names the place, it
    dates nothing (Kinshasa's square and boulevard of 30 June gave ceremonies held there the
    date of 30 June). Not a span of days ("dans la rue du 3 au 5 mai", "en el estadio del 12
    al 14 de abril"): a name prints one day, a span is when the happening ran. str,
    DateMention of the sentence, ISO 639-1 code ("und": every language's nouns) -> bool."""
    if mention.kind != "date" or mention.has_year or mention.value.day is None or mention.value_end is not None:
        return False
    table = reference().vocabulary.get("street_name_nouns") or {}
    nouns = {w.lower() for lang, words in table.items() for w in words or ()
             if language in ("und", lang) or language not in table}
    if not nouns:
        return False
    before = _street_link().sub("", sentence[:mention.start])
    word = re.search(r"([^\W\d_][\w-]*)$", before)
    if word and word.group(1).lower() in nouns:
        return True
    after = re.match(r"\s+([A-Z][\w-]*)", sentence[mention.end:])
    return bool(after) and after.group(1).lower() in nouns


def not_a_happening_date(sentence: str, mention: DateMention, date_line: bool = True, language: str = "und") -> bool:
    """Whether a printed date dates no happening of its sentence by the way it is set: the
    date line of a wire opening the sentence ("April 6 (UPI) -- Two peacekeepers were killed
    this week": the day of the report) or of a local paper naming itself in brackets ("Bangui
    26 février 2022—(Ndjoni Sango): ..."), a date that is the whole sentence ("20/12/2016."),
    a dateline cut off as a sentence of its own ("Duékoué, le 29 mai 2012..."), a date that
    is the whole of a quoted name ("the “15 de Noviembre” base"), or a year that
    is one end of a span of years left unjoined by join_year_spans ("2026 - 2025"), a
    span of years naming a term of service (_term_span: "nhiệm kỳ 2025 - 2026"), a day
    naming a street or square (street_name_date: "la place du 30 juin"), or the day
    ending the signature of a quoted social-media post ("— A Mission (@a_mission) 3 May 2019",
    the day it was posted).
    date_line: whether a wire's date line counts (not where the sentence has no event word:
    "December 3 (Wire) - The envoy on Tuesday paid a courtesy to ..." then tells a happening
    of the date line's day)."""
    if mention.kind == "year" and (_YEAR_SPAN_AFTER.match(sentence, mention.end)
                                   or _YEAR_SPAN_BEFORE.search(sentence, 0, mention.start)):
        return True
    if _term_span(sentence, mention, language) or street_name_date(sentence, mention, language):
        return True
    if statistics_date(sentence, mention, language):
        return True
    if _POST_SIGNATURE.search(sentence, 0, mention.start) and not re.search(r"\w", sentence[mention.end:]):
        return True
    if date_line and _DATELINE_BEFORE.fullmatch(sentence, 0, mention.start) and _DATELINE_AFTER.match(sentence, mention.end):
        return True
    if (date_line and _DATELINE_TITLED_BEFORE.fullmatch(sentence, 0, mention.start)
            and _DATELINE_OWN_NAME_AFTER.match(sentence, mention.end)
            and not _date_lead_opening().fullmatch(sentence, 0, mention.start)):
        return True  # "Bangui 26 février 2022—(Ndjoni Sango): ...": a local paper's date line
    if not re.search(r"[^\W\d]", sentence[:mention.start] + sentence[mention.end:]):
        return True
    if (mention.has_year and not re.search(r"\w", sentence[mention.end:])
            and _dateline_alone_before().fullmatch(sentence, 0, mention.start)):
        return True  # "Duékoué, le 29 mai 2012...": a dateline cut off as a sentence
    before, after = sentence[:mention.start].rstrip(), sentence[mention.end:].lstrip()
    return bool(before) and bool(after) and before[-1] in OPENING_QUOTES and after[0] in CLOSING_QUOTES


# The most words of vocabulary "statistics_date_links" between a noun of figures and its date
# ("theo thống kê hồi năm 2013": two)
STATISTICS_LINKS = 3


def statistics_date(sentence: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a printed date is the time a set of figures counts or was drawn up for: a noun
    of vocabulary "statistics_nouns" right before it, with at most STATISTICS_LINKS words of
    "statistics_date_links" between ("according to statistics of 2013", "selon les chiffres
    de 2013", "según datos de 2013", "theo thống kê hồi năm 2013"), or a year right before such
    a noun ("the 2013 figures"). What the figures show is a state, no happening of that date;
    "figures released in March 2013" (another word between) still dates the release, and a
    date right before an event word is that happening's ("figures of the March 2012 coup",
    "the figures of the 2013 attack": the coup's, the attack's date).
    language: ISO 639-1 code of the text."""
    nouns = _word_pattern("statistics_nouns", language)
    if nouns is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    links = _word_pattern("statistics_date_links", language)
    window = max(0, mention.start - 60)
    last = None
    for last in nouns.finditer(compared, window, mention.start):
        pass
    if last is not None:
        gap = compared[last.end():mention.start]
        if links is not None:
            gap = links.sub(" ", gap)
        if not re.search(r"\w", gap) and len(compared[last.end():mention.start].split()) <= STATISTICS_LINKS:
            after = mention.end + len(re.match(r"\s*", sentence[mention.end:]).group())
            return not any(w.start == after for w in event_words(sentence, language))  # "the March 2012 coup"
    return mention.kind == "year" and nouns.match(compared, mention.end + 1) is not None and compared[mention.end:mention.end + 1] == " "


def in_passing(sentence: str, start: int, words: list[EventWord] = ()) -> bool:
    """Whether the date starting at offset start of the sentence is a date in passing: right
    after "since", "by", "until" (and their French, Spanish and Vietnamese forms), or inside
    a since- or until-phrase of the same clause, unless an event word of the phrase (words,
    from event_words) stands before it: "since the war broke out on 7 October" dates the
    war's outbreak. The apostrophe is compared straight ("d’ici 2025" as "d'ici 2025")."""
    before = sentence[:start].replace("\u2019", "'")
    if _passing_before().search(before):
        return True
    window = max(0, start - 60)
    phrase = _passing_phrase().search(fold(sentence[window:start]).replace("\u2019", "'"))
    if phrase is None:
        return False
    opened = window + phrase.start()
    if phrase.group(1) and from_place(sentence, window + phrase.end(1), start):
        return False  # "los camiones saldrán desde Lima el 4 de mayo": from a place, not since
    if phrase.group(1) and first_since(sentence, opened, start):
        return False  # "the first parade since the founding of the base was held on Tuesday"
    return not any(opened < w.start and w.end <= start and not w.frame for w in words)


# The most words of an apposed participle phrase before its date ("lancée en", "launched
# in the spring of").
APPOSED_PARTICIPLE_REACH = 4


def apposed_participle_date(sentence: str, mention, main: EventWord, words: list[EventWord] = (),
                            language: str = "und") -> bool:
    """Whether a date stands in an apposition opened by a comma and a past participle that is
    no event word, after the main event word ("la force Barkhane, lancée en 2014, a entamé
    mardi son retrait"; "the withdrawal of Operation Sentinel, launched in March 2019"): the
    date is what the participle tells of the noun before the comma, not the main word's (a
    main word after it, past the comma that closes the apposition). The
    participle: a lowercase word ending as vocabulary "reduced_relative_endings" says (or one
    of "irregular_participles"), then at most APPOSED_PARTICIPLE_REACH words before the date,
    no comma, semicolon, colon, bracket or dash between; no event word (words) inside.
    A participle phrase opening the sentence and closed by a comma after the date, the main
    word past that comma, is one too ("Launched in March, the operation deployed ...", "Créée
    en avril, la mission va déployer ...": _fronted_participle_date).
    language: ISO 639-1 code of the text."""
    opening = clause_opening(sentence, mention.start, language)
    if not opening.comma:
        if _clause_comma_before(sentence, mention.start) < 0:
            return _fronted_participle_date(sentence, mention, main, words, language)
        return False
    comma = opening.start - 1
    # the main word after it: the apposition closed by a comma before the main word
    if main.start >= comma and not (main.start >= mention.end and "," in sentence[mention.end:main.start]):
        return False
    if any(comma < w.start < mention.start for w in words):
        return False
    # after a conjunction closing a description of the subject only when the main word follows
    # the apposition ("The force, with 9,000 troops and started in 1978, said on Friday ...")
    after = main.start >= mention.end
    return apposition_participle(sentence, comma, mention.start, language, coordinated=after)


# The most words of a sentence's subject before the comma opening an apposition that
# describes it ("The peacekeeping organization, with ... and started in 1978, said").
SUBJECT_APPOSITION_REACH = 8
# The most words of an apposition's description before the conjunction that joins a
# participle to it ("with about 9,000 troops from 40 countries and started in 1978").
COORDINATED_APPOSITION_REACH = 10
_SUBJECT_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _clause_comma_before(sentence: str, end: int) -> int:
    """The offset of the last comma before offset end of a sentence that is no comma between
    digits ("9,000"); -1 for none."""
    commas = [m.start() for m in _SUBJECT_COMMA.finditer(sentence, 0, end)]
    return commas[-1] if commas else -1


def _subject_apposition(sentence: str, comma: int) -> bool:
    """Whether the comma at offset comma of a sentence is its first (a comma between digits,
    "9,000", is none) with at most SUBJECT_APPOSITION_REACH words before it: the comma that
    opens an apposition after the sentence's subject ("The force, with 9,000 troops and
    started in 1978, said ...")."""
    first = _SUBJECT_COMMA.search(sentence)
    return first is not None and first.start() == comma and len(
        re.findall(r"[^\W\d_]+", sentence[:comma])) <= SUBJECT_APPOSITION_REACH


def apposition_participle(sentence: str, comma: int, end: int, language: str = "und", coordinated: bool = False,
                          auxiliaries: bool = False) -> bool:
    """Whether the text from the comma at offset comma to offset end of a sentence (where a
    date starts) is the start of an apposition told by a past participle: its first word a
    lowercase participle (apposed_participle_date's shapes: vocabulary
    "reduced_relative_endings", "irregular_participles"), at most APPOSED_PARTICIPLE_REACH
    words before end ("the force, started in 1978"); with coordinated, also a participle
    after a coordinating conjunction (vocabulary "coordinating_conjunctions") that closes a
    description of the sentence's subject (_subject_apposition; at most
    COORDINATED_APPOSITION_REACH words before the conjunction: "The force, with 9,000 troops
    from 40 countries and started in 1978"); with auxiliaries, when the comma opens a relative
    clause (its first word of vocabulary "relative_pronouns"), up to two auxiliaries (vocabulary
    "participle_auxiliaries") may stand between that conjunction and the participle, after the
    relative pronoun said again maybe, for a relative clause describing the subject ("The
    mission, which has 11,000 troops and (which) was established in 2013, ..."; not "The
    force has 9,000 troops, and was created in 2014", a main clause; founding_in_passing
    asks it for a founding participle only: "The convoy, which carried fuel and was attacked
    on Monday, ..." tells an attack). language: ISO 639-1 code of the text."""
    if _CLAUSE_END.search(sentence, comma + 1, end):
        return False
    tokens = re.findall(r"[^\W\d_]+['\u2019]?", sentence[comma + 1:end])
    endings = _reduced_relative_words(language)[0]
    irregular = _irregular_participles(language)

    def participle(word: str) -> bool:
        return word[:1].islower() and _participle_shape(unicodedata.normalize("NFC", word.lower()), endings, irregular, 3)
    if tokens and len(tokens) <= APPOSED_PARTICIPLE_REACH + 1 and participle(tokens[0]):
        return True
    if not coordinated or not _subject_apposition(sentence, comma):
        return False
    conjunctions = _conjunction_words(language)
    helpers = _folded_vocabulary("participle_auxiliaries", language) if auxiliaries else frozenset()
    relatives = _folded_vocabulary("relative_pronouns", language) if auxiliaries else frozenset()
    if auxiliaries and not (tokens and fold(tokens[0]) in relatives):
        # auxiliaries close a relative clause only: "The force has 9,000 troops, and was
        # created in 2014" tells the creation in its main clause
        auxiliaries, helpers = False, frozenset()

    def verb_at(k: int) -> bool:
        # the participle at token k, or after at most two auxiliaries ("and was established"),
        # the relative pronoun maybe said again before them ("and which was established")
        if auxiliaries and k < len(tokens) and fold(tokens[k]) in relatives:
            k += 1
        skipped = 0
        while k < len(tokens) and skipped < 2 and fold(tokens[k]) in helpers:
            k, skipped = k + 1, skipped + 1
        return k < len(tokens) and len(tokens) - k <= APPOSED_PARTICIPLE_REACH + 1 and participle(tokens[k])
    return any(fold(tokens[k - 1]) in conjunctions and verb_at(k)
               for k in range(1, min(len(tokens), COORDINATED_APPOSITION_REACH + 1)))


@lru_cache(maxsize=None)
def _conjunction_words(language: str) -> frozenset[str]:
    """The coordinating conjunctions of a language (vocabulary "coordinating_conjunctions"),
    folded."""
    return frozenset(fold(str(w)) for w in _vocabulary_words(reference().vocabulary.get("coordinating_conjunctions") or {}, language))


def apposed_year(sentence: str, mention, language: str = "und") -> bool:
    """Whether a date stands in an apposition that a participle opens (apposition_participle,
    coordinated) between commas after the sentence's subject, the rest of the sentence past
    the comma that closes it (within 80 characters of the date, no clause end before it):
    "The force, started in 1978, said its positions had been hit" names no happening of
    1978. language: ISO 639-1 code of the text."""
    comma = _clause_comma_before(sentence, mention.start)
    closing = sentence.find(",", mention.end, mention.end + 80)
    if comma < 0 or closing < 0 or _CLAUSE_END.search(sentence, mention.end, closing):
        return False
    if not re.search(r"[^\W\d_]", sentence[closing:]):
        return False
    return apposition_participle(sentence, comma, mention.start, language, coordinated=True)


def _fronted_participle_date(sentence: str, mention, main: EventWord, words: list[EventWord] = (),
                             language: str = "und") -> bool:
    """Whether the date stands in a participle phrase opening the sentence ("Launched in
    March, the operation ...", "Créée en avril par la résolution 2149, la mission va ..."):
    the sentence's first word a past participle (apposed_participle_date's shapes, in any
    case), at most APPOSED_PARTICIPLE_REACH words between it and the date, no clause end
    between, a comma after the date closing the phrase (within 80 characters, no clause end
    before it) and the main word past that comma; no event word inside but the participle's
    own. The date is what the participle tells of the subject after the comma."""
    lead = re.match(r"\W*", sentence).end()
    if _CLAUSE_END.search(sentence, lead, mention.start) or "," in sentence[lead:mention.start]:
        return False
    closing = sentence.find(",", mention.end, mention.end + 80)
    if closing < 0 or _CLAUSE_END.search(sentence, mention.end, closing) or main.start <= closing:
        return False
    if any(lead < w.start < mention.start or mention.end <= w.start < closing for w in words):
        return False
    tokens = re.findall(r"[^\W\d_]+['\u2019]?", sentence[lead:mention.start])
    if not tokens or len(tokens) > APPOSED_PARTICIPLE_REACH + 1:
        return False
    endings, _auxiliaries = _reduced_relative_words(language)
    irregular = _irregular_participles(language)
    return _participle_shape(unicodedata.normalize("NFC", tokens[0].lower()), endings, irregular, 3)


def apposed_clause_word(sentence: str, mention, language: str = "und") -> EventWord | None:
    """For a date in an apposition opened by a comma and a participle (apposed_participle_date:
    "l'opération Barkhane, lancée en août 2014", "the operation Tern (300 troops), launched in
    October 2019"), the event word the noun before the comma and the participle make as one
    clause of vocabulary event_kinds ("opération … lancée": an operation), read with the comma
    and a short bracketed aside before it left out; over the date's offsets, so that the date
    dates it. None when they make none. language: ISO 639-1 code of the text."""
    comma = sentence.rfind(",", 0, mention.start)
    if comma < 0:
        return None
    head = re.sub(r"\s*\([^()]{0,40}\)\s*$", "", sentence[max(0, comma - 80):comma])
    joined = head + " " + sentence[comma + 1:mention.start].strip()
    found = [w for w in event_words(joined, language)
             if w.verb and w.kind != HAPPENING and w.start < len(head) < w.end]
    if not found:
        return None
    return EventWord(found[0].kind, found[0].label, mention.start, mention.end, False)


def first_since(sentence: str, opened: int, start: int) -> bool:
    """Whether the since-phrase opened at offset opened follows a first or a superlative
    (vocabulary "first_since_words", four words at most before it, no clause end) and an
    auxiliary (vocabulary "participle_auxiliaries") stands in it before the date at offset
    start: the phrase is then a noun's complement ("the first parade since the founding of
    the base"), ended by the sentence's own verb ("was held on Tuesday"), whose day it is."""
    firsts, auxiliaries = _word_pattern("first_since_words", "und"), _auxiliaries("und")
    before = fold(sentence[max(0, opened - 50):opened])
    lead = re.search(r"(?:^|[^\w'-])([^\W\d_][\w'-]*)((?:\s+[^\W\d_][\w'-]*){0,4})\s*$", before)
    if firsts is None or lead is None or _CLAUSE_END.search(before[lead.start():]):
        return False
    if not any(firsts.fullmatch(token) for token in [lead.group(1), *lead.group(2).split()]):
        return False
    return any(token in auxiliaries for token in fold(sentence[opened:start]).replace("\u2019", "'").split()[2:])


_PRINTED_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # a year printed in a date's text
_DEDICATED_REACH = 40  # characters after a date where the phrase dedicating it may open
_DEDICATED_GAP = re.compile(r"[\s,]*(?:[^\W\d_]+\s+){0,3}")  # a day's noun with an article or adjective


def _dedicated_day(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether the date from start to end of the sentence, printed without its year, is the
    subject of a phrase of vocabulary "dedicated_day_phrases": the phrase right after it, or
    after a comma and three words at most among which a noun of "dedicated_day_nouns" (see
    calendar_day)."""
    dedicated = _word_pattern("dedicated_day_phrases", language)
    if dedicated is None or _PRINTED_YEAR.search(sentence, start, end):
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    match = dedicated.search(compared, end, end + _DEDICATED_REACH)
    if match is None:
        return False
    between = compared[end:match.start()]
    if not _DEDICATED_GAP.fullmatch(between):
        return False
    nouns = _word_pattern("dedicated_day_nouns", language)
    return not between.strip(" ,") or (nouns is not None and nouns.search(between) is not None)


def calendar_day(sentence: str, start: int, language: str = "und", sections: tuple[str, ...] = (
        "birth_words", "recurrence_words", "recurrence_day_words"), end: int | None = None) -> bool:
    """Whether the date starting at offset start of the sentence is a day of the calendar,
    not the day of a happening: a birth told in passing ("born on 5 May 1980", "née le 3
    mars", "nacido el 2 de abril": vocabulary "birth_words", one word at most between), or
    a day that comes back every year ("each year on 29 May", "chaque année, le 29 mai",
    "cada 29 de mayo", "hằng năm, ngày 29/5": "recurrence_words", two words and a comma at
    most between; "recurrence_day_words" right before), or with "recurrence_words" right after
    the date's end, when given ("29 May every year", "le 29 mai de chaque année", "ngày 29/5
    hằng năm"; a comma or one short word between); or, when given its end and asked
    "recurrence_words", a day printed without its year that is itself the subject of a phrase
    saying in the present that a day is dedicated to someone (vocabulary
    "dedicated_day_phrases"): the phrase right after the date ("El 29 de mayo se dedica a los
    cascos azules", "Ngày 29/5 được dành để"), or after a comma and a day's noun of
    "dedicated_day_nouns" with an article or an adjective at most ("Le 29 mai, une journée
    mondiale leur est dédiée"): the calendar's day, no ceremony of this year. A memorial, a
    house or a contingent dedicated to something elsewhere in the sentence leaves the day
    told. sections: the lists asked (all three by default). language: ISO 639-1 code of the
    text."""
    before = _compared(sentence[max(0, start - 40):start], language in EXACT_LANGUAGES)
    gaps = {"birth_words": r"(?:\s+[\w']+)?\s*", "recurrence_words": r"(?:[\s,]+[\w']+){0,2}[\s,]*",
            "recurrence_day_words": r"\s*"}
    for section in sections:
        pattern = _word_pattern(section, language)
        if pattern is not None and any(re.fullmatch(gaps[section], before[m.end():]) for m in pattern.finditer(before)):
            return True
    if end is None or "recurrence_words" not in sections:
        return False
    if _dedicated_day(sentence, start, end, language):
        return True
    pattern = _word_pattern("recurrence_words", language)
    if pattern is None:
        return False
    after = _compared(sentence[end:end + 40], language in EXACT_LANGUAGES)
    gap = re.match(r"[\s,]*(?:\w{1,3}\s+)?", after)
    return pattern.match(after, gap.end()) is not None


RECURRING = ("recurrence_words", "recurrence_day_words")


def since_when(sentence: str, mention: DateMention, words: list[EventWord], language: str = "und") -> bool:
    """Whether a date in passing opens a time clause telling what happened then: the date,
    a comma, a word of vocabulary "time_clause_markers" and an event word (words, from
    event_words) in that clause: "since 1979, when Kenyan troops were sent to Rhodesia"
    dates the sending, though "since 1979" alone is only a bound. The clause runs past the
    commas of an apposition ("depuis 2013, quand une coalition, la Séléka, avait renversé le
    président"), up to a semicolon, colon, bracket or dash, and _TIME_CLAUSE_REACH characters.
    An event word after a relative pronoun of that clause (vocabulary "relative_pronouns":
    "when the UN asked for a battalion that would allow it to extend the mandate") is
    nested in it, no happening of its own. So does a date going on to a happening's start
    (vocabulary "since_onset_markers": "since February 2021 and the start of the
    counter-offensive")."""
    if since_clause(sentence, mention, words, language):
        return True
    pattern = _word_pattern("time_clause_markers", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    # the comma may be left out ("since 2013 when mainly Muslim fighters seized power")
    opener = re.match(r"\s*,?\s*", compared[mention.end:])
    at = mention.end + opener.end()
    marker = pattern.match(compared, at)
    if marker is None:
        # "since February 2021 and the start of the counter-offensive" (vocabulary
        # "since_onset_markers"): the date is the start's, told as a time clause's
        onset = _word_pattern("since_onset_markers", language)
        marker = onset.match(compared, mention.end + re.match(r"\s*", compared[mention.end:]).end()) if onset else None
    if marker is None:
        return False
    clause_end = _time_clause_end(compared, marker.end())
    if _mission_setup_told(compared, marker.end(), clause_end, language):
        return False  # "since March 2009, when the mission was deployed": its setting-up in passing
    return bool(_clause_happenings(compared, words, marker.end(), clause_end, language))


def _time_clause_end(compared: str, start: int) -> int:
    """Where a time clause opening at `start` of compared (as _compared gives a sentence) ends:
    at a semicolon, colon, bracket or dash (_TIME_CLAUSE_END), at most _TIME_CLAUSE_REACH
    characters on, or at the sentence's end."""
    end = _TIME_CLAUSE_END.search(compared, start, start + _TIME_CLAUSE_REACH)
    return end.start() if end else min(len(compared), start + _TIME_CLAUSE_REACH)


def _clause_happenings(compared: str, words: list[EventWord], start: int, end: int, language: str = "und") -> list[EventWord]:
    """The event words (of words, in order) of the clause compared[start:end] that frame none
    and stand in no clause nested in it: a word after one of the clause's relative pronouns
    (vocabulary "relative_pronouns": "when the UN asked for a battalion that would allow it
    to extend the mandate") tells what was wanted, not done. Shared by since_when and
    when_clause_happenings."""
    nested = _word_pattern("relative_pronouns", language)
    return [w for w in words if start <= w.start < end and not w.frame
            and not (nested and nested.search(compared, start, w.start))]


def _mission_setup_told(compared: str, start: int, end: int, language: str = "und") -> bool:
    """Whether compared[start:end] (a time clause, as _compared gives the sentence) tells a
    mission's setting-up: a noun of a UN operation (vocabulary "mission_nouns": "the mission",
    "la misión", "phái bộ") as the clause's subject, among its first SETUP_LEAD words, and a
    word of its setting-up (vocabulary "setup_words": "deployed", "desplegada", "triển khai")
    told in the passive, at most SETUP_GAP words after the noun with an auxiliary of the
    passive (quotes.yaml "passive_auxiliaries": "was", "a été", "fue", "được") right before it
    or one word before it ("was first deployed"): "since March 2009, when the mission was
    deployed" (since_when). The mission deploying others ("when the mission deployed troops",
    "khi phái bộ triển khai quân"), setting up something ("set up a base"), or a setting-up
    told after another happening of the clause ("when the mission was attacked and a battalion
    was deployed") is no setting-up of its own. language: ISO 639-1 code of the text."""
    nouns, setups = _word_pattern("mission_nouns", language), _word_pattern("setup_words", language)
    auxiliaries = _passive_auxiliary(language)
    if nouns is None or setups is None or auxiliaries is None:
        return False
    lead = start + re.match(r"\s*(?:\S+\s+){0,%d}" % SETUP_LEAD, compared[start:end]).end()
    noun = nouns.search(compared, start, end)
    if noun is None or noun.start() > lead:
        return False
    setup = setups.search(compared, noun.end(), end)
    if setup is None:
        return False
    between = compared[noun.end():setup.start()].split()
    return len(between) <= SETUP_GAP and any(auxiliaries.fullmatch(w) for w in between[-2:])


def purpose_after_passive(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether the main event word is a happening of no listed kind standing in a purpose
    clause (main.purpose) after a main clause told in the passive, an auxiliary of the passive
    (quotes.yaml "passive_auxiliaries") between that clause's start and the word: "The 120
    medics were chosen from nine hospitals to provide training", "ont été choisis ... pour
    assurer la formation", "fueron elegidos ... para impartir capacitación", "được lựa chọn ...
    để tổ chức huấn luyện". Such a sentence tells what the subject was made ready for, meant
    to happen: find_events dates it by no article's day. A main clause told in the active
    ("left Hanoi to replace the first rotation", "se dirigieron a la aldea para investigar")
    tells its own going, the news of the day. language: ISO 639-1 code of the text."""
    if main.kind != HAPPENING or not main.purpose:
        return False
    auxiliaries = _passive_auxiliary(language)
    if auxiliaries is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    start = _clause_start(without_asides(sentence), main.start)
    return any(auxiliaries.fullmatch(w) for w in re.findall(r"[^\W\d_]+", compared[start:main.start]))


# the most words before a mission's noun opening a time clause ("when the UN mission"), and
# between that noun and its word of setting-up ("in Darfur was first") (_mission_setup_told)
SETUP_LEAD, SETUP_GAP = 3, 4


@lru_cache(maxsize=None)
def _passive_auxiliary(language: str) -> re.Pattern | None:
    """One word that is an auxiliary of the passive (quotes.yaml "passive_auxiliaries": "was",
    "été", "fue", "được"), folded forms too, every language's when the language lists none."""
    words = _vocabulary_words(quote_words().get("passive_auxiliaries") or {}, language)
    words = set(words) | {fold(w) for w in words}
    return re.compile(alternation(words)) if words else None


# the end of a time clause opened after a date ("since 2013, when ..."): not its commas
_TIME_CLAUSE_END = re.compile(r"[;:()\u2013\u2014]|\s-\s")
_TIME_CLAUSE_REACH = 120
# the most characters between a since-conjunction and its date ("desde que el 7 de octubre")
_SINCE_CLAUSE_GAP = 12


def since_clause(sentence: str, mention: DateMention, words: list[EventWord], language: str = "und") -> bool:
    """Whether a date in passing is the time of a clause a since-conjunction opens, its
    happening told after it: a since-word (vocabulary "since_words"), a conjunction of
    vocabulary "since_conjunctions", at most an article or a preposition, the date, then an
    event word (words, from event_words) before the clause ends (a comma, semicolon, colon,
    bracket or dash; _TIME_CLAUSE_REACH characters): "desde que el 7 de octubre Hamas lanzara
    un ataque" dates the attack, though "desde el 7 de octubre" alone is only a bound.
    A setting-up told that way ("depuis qu'elle a été déployée en 2013") is since_setup's:
    its event word stands before the date. language: ISO 639-1 code of the text."""
    conjunctions = _word_pattern("since_conjunctions", language)
    if conjunctions is None:
        return False
    window = max(0, mention.start - 40)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    openers = list(_since_opener().finditer(compared, window, mention.start))
    if not openers:
        return False
    gap = compared[openers[-1].end():mention.start]
    joined = re.match(r"\s*", gap)
    conjunction = conjunctions.match(compared, openers[-1].end() + joined.end())
    if conjunction is None or mention.start - conjunction.end() > _SINCE_CLAUSE_GAP:
        return False
    if not re.fullmatch(r"\s*(?:[^\W\d]+\s+)?", compared[conjunction.end():mention.start]):
        return False
    end = _CLAUSE_END.search(compared, mention.end, mention.end + _TIME_CLAUSE_REACH)
    clause_end = end.start() if end else mention.end + _TIME_CLAUSE_REACH
    return any(mention.end <= w.start < clause_end and not w.frame for w in words)


@lru_cache(maxsize=None)
def _month_lead_pattern(language: str, section: str = "month_lead_words") -> tuple[re.Pattern, dict[str, int]] | None:
    """A month named alone after a word of vocabulary "month_lead_words" ("in May", "en
    mars", "el pasado mes de julio"), or of another section of the same shape
    ("month_attributive_leads"), with no day or year printed after it, on folded text;
    with the table of folded full month names to their numbers. None for a language
    without lead words: for "month_lead_words", all the non-exact languages' words stand in
    when it has none listed; for any other section, only the language's own."""
    table = reference().vocabulary.get(section) or {}
    if section != "month_lead_words" and not table.get(language):
        return None  # a section of one language's leads: no other language's stand in
    languages = listed_languages(table, language)
    months = reference().date_words.get("months") or {}
    names = {fold(row[0]): number for lang in languages
             for number, row in enumerate(months.get(lang) or (), start=1) if row}
    leads = {fold(w) for lang in languages for w in table.get(lang) or ()}
    if not names or not leads:
        return None
    links = _any_language("month_number_links")  # "julio de 2020": a printed date, no month alone
    pattern = re.compile(r"(?<![\w'])(?:" + alternation(leads) + r")[\s-]+(" + alternation(names)
                         + rf")(?![\w-])(?!,?\s*(?:(?:{links})\s+)?\d)")
    return pattern, names


def month_mentions(sentence: str, language: str = "und") -> list[DateMention]:
    """Months named alone in a sentence ("in May", "en mars", "el pasado mes de julio",
    vocabulary "month_lead_words"; "the September rotation", vocabulary
    "month_attributive_leads", only right before an event noun in lowercase: "the October War"
    is a name; and only in a sentence printing no bare year, "the September attack of 2016",
    and no word of a yearly custom, vocabulary "recurrence_words": "takes place every year"),
    as DateMentions of a month
    without a year (offsets of the month name), for the months dates.find_dates does not read
    without a day or year.
    English months only capitalised ("in May", never the verb "may"). language: ISO 639-1
    code of the text."""
    found = _month_lead_pattern(language)
    if found is None:
        return []
    pattern, names = found
    compared = fold_same_length(sentence).replace("\u2019", "'")
    if len(compared) != len(sentence):
        return []
    mentions = []
    for match in pattern.finditer(compared):
        start, end = match.span(1)
        if language == "en" and not sentence[start].isupper():
            continue
        mentions.append(DateMention(start, end, sentence[start:end], PartialDate(None, names[match.group(1)], None)))
    attributive = _month_lead_pattern(language, "month_attributive_leads")
    if attributive is not None:
        # "the September rotation": a month before an event noun, spaces alone between them
        pattern, names = attributive
        starts = elsewhere = None
        for match in pattern.finditer(compared):
            start, end = match.span(1)
            if (language == "en" and not sentence[start].isupper()) or any(m.start == start for m in mentions):
                continue
            if starts is None:
                starts = {w.start for w in event_words(sentence, language) if not w.verb}
            gap = re.match(r"\s+", sentence[end:])
            # a capitalised noun after the month makes a name ("the October War", "the March
            # Uprising"): a happening of its own year, no news of this one
            if gap is None or end + gap.end() not in starts or sentence[end + gap.end()].isupper():
                continue
            if elsewhere is None:
                recurrence = _word_pattern("recurrence_words", language)
                elsewhere = (any(d.kind == "year" for d in find_dates(sentence))
                         or (recurrence is not None and recurrence.search(_compared(sentence, language in EXACT_LANGUAGES)) is not None))
            # "the September attack of 2016", "the July rotation went well in 2017": the month
            # is of the year printed, not of the article's; the year dates the happening alone.
            # "The September rotation takes place every year": a custom, no happening of a year
            if not elsewhere:
                mentions.append(DateMention(start, end, sentence[start:end], PartialDate(None, names[match.group(1)], None)))
        mentions.sort(key=lambda m: m.start)
    return mentions


@lru_cache(maxsize=None)
def _previous_day_table(language: str, section: str = "relative_to_previous") -> tuple[re.Pattern, dict[str, int]] | None:
    """The pattern of the phrases of a vocabulary section of days from the happening told
    before ("relative_to_previous", or "relative_to_previous_noun"), with each one's offset in
    days; None when the language lists none."""
    table = reference().vocabulary.get(section) or {}
    exact = language in EXACT_LANGUAGES
    languages = listed_languages(table, language)
    convert = reference_word_form(exact)
    offsets = {convert(w): int(n) for lang in languages for w, n in (table.get(lang) or {}).items()}
    if not offsets:
        return None
    # a phrase ending in an elided article ("un jour après l'") runs into the noun after it
    return re.compile(r"(?<![\w-])(?:" + alternation(offsets) + r")(?:(?<=')|(?![\w-]))"), offsets


@lru_cache(maxsize=None)
def _previous_day_anchors(language: str) -> re.Pattern | None:
    """The pattern, matched right after a phrase of "relative_to_previous", of what opens the
    happening the sentence names for it to count from (vocabulary
    "relative_to_previous_anchors": "de que", "khi"); None when the language has none."""
    words = _vocabulary_words(reference().vocabulary.get("relative_to_previous_anchors") or {}, language)
    if not words:
        return None
    return re.compile(r"\s+(?:" + alternation(words) + r")(?:(?<=')|(?![\w-]))")


def previous_day_at(sentence: str, language: str = "und") -> int:
    """Offset of the first words naming a day from the happening told before ("the day
    before", "la veille": vocabulary "relative_to_previous") in the sentence; its length
    without them."""
    found = _previous_day_table(language)
    match = found[0].search(_compared(sentence, language in EXACT_LANGUAGES)) if found else None
    return match.start() if match else len(sentence)


def day_after_previous(sentence: str, previous: PartialDate | None, language: str = "und",
                       printed: bool = True, previous_kind: str | None = None) -> PartialDate | None:
    """A day named relative to the happening told before ("the day before", "la veille",
    "al día siguiente", "hôm sau": vocabulary "relative_to_previous"), from previous, the day
    of the last dated event the article told (or the article's day); None without such words
    or without a day-precise previous date, and None when the phrase opens a clause telling
    the happening it counts from ("un día después de que ...", "một ngày sau khi ...":
    vocabulary "relative_to_previous_anchors"). A count of days or weeks later standing alone
    ("Two days later, ...", "Une semaine plus tard", "Hai ngày sau đó": _count_after_previous)
    counts that many days from previous the same way where previous is a printed day
    (printed; a day read relative to the article's, "on Sunday", is too loose an anchor for a
    count); so does a count before a noun naming a happening with its article in a sentence
    naming no day of its own ("Three days after the raid, ...": _count_before_noun), unless
    that noun is an event word of another kind than previous_kind, the kind of the happening
    told before ("Two weeks after the agreement" after an attack counts from no attack).
    language: ISO 639-1 code of the text."""
    found = _previous_day_table(language)
    day = _day(previous)
    if day is None:
        return None
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    match = found[0].search(compared) if found is not None else None
    counted = _count_after_previous(sentence, compared, language) if printed else None
    if counted is None and printed and match is None and not _day_named_before(sentence, len(sentence), language):
        counted = _count_before_noun(sentence, compared, language, previous_kind)
    if counted is not None and (match is None or counted[0] < match.start()):
        shifted = day + timedelta(days=counted[1])
        return PartialDate(shifted.year, shifted.month, shifted.day)
    if match is None and (noun := _previous_day_table(language, "relative_to_previous_noun")) is not None \
            and not _day_named_before(sentence, len(sentence), language):
        # "The day after the attack, ...": with no day of its own, the day after the one told before
        found, match = noun, noun[0].search(compared)
    if match is None:
        return None
    anchors = _previous_day_anchors(language)
    if anchors is not None and anchors.match(compared, match.end()):
        return None  # "un día después de que el ministro visitara": counted from that visit
    shifted = day + timedelta(days=found[1][match.group()])
    return PartialDate(shifted.year, shifted.month, shifted.day)


@lru_cache(maxsize=None)
def _day_from_named_table(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """The pattern of vocabulary "day_from_named" of a language (all the non-exact languages'
    when it has none), on the sentence as _compared gives it, and each phrase's count of days;
    None when no language lists any."""
    table = reference().vocabulary.get("day_from_named") or {}
    convert = reference_word_form(language in EXACT_LANGUAGES)
    offsets = {convert(w): int(n) for lang in listed_languages(table, language) for w, n in (table.get(lang) or {}).items()}
    if not offsets:
        return None
    return re.compile(r"(?<![\w-])(?:" + alternation(offsets) + r")(?:(?<=')|(?![\w-]))"), offsets


# How far a phrase of "day_from_named" may stand before the date of the happening it names
_NAMED_REACH = 90


def day_from_named(sentence: str, mention: DateMention, main: EventWord, language: str = "und") -> int:
    """Days from the date printed at mention to the day of the sentence's own happening (main)
    when the date is that of a happening named right after a phrase counting days from it
    ("killed the day after the president's death (6 April 1994)", "le lendemain de la mort du
    président (6 avril 1994)", "al día siguiente de la votación del 3 de mayo": vocabulary
    "day_from_named"): the phrase before the date, in the same clause (no comma, semicolon or
    dash between; the date may stand in brackets), words of the named happening between, and
    the main word outside the named happening's stretch. 0 otherwise. language: ISO 639-1."""
    found = _day_from_named_table(language)
    if found is None:
        return 0
    pattern, offsets = found
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    last = None
    for last in pattern.finditer(compared, max(0, mention.start - _NAMED_REACH), mention.start):
        pass
    if last is None or last.start() <= main.start < mention.end:
        return 0
    gap = sentence[last.end():mention.start].rstrip()
    gap = gap[:-1] if gap.endswith("(") else gap
    if not re.search(r"\w", gap) or _CLAUSE_END.search(gap.rstrip(" ,")) or "." in gap:
        return 0
    return offsets[last.group()]


# What may stand between a month or a day printed without its year and words pointing back to
# the year named before (year_of_previous): a comma and one word at most ("September of that
# year", "septembre de cette année-là", "12 September that year").
_POINTED_GAP = re.compile(r"\s*,?\s*(?:[^\W\d]+\s+)?")


def year_of_previous(sentence: str, before: list[str], language: str = "und", after: int | None = None) -> PartialDate | None:
    """The year a sentence names by pointing back ("that year", "cette année-là", "ese mismo
    año", "năm đó": vocabulary "same_year_words"): the last year printed in the sentences
    before it (before, in text order), read only when the sentence holds such words; None
    without them or without a year before. Where after (an offset in the sentence: the end of
    a month or a day printed without its year) is given, the words must follow it, a comma and
    one word ("of", "de") between at most ("In September of that year", "on 12 September that
    year", "tháng 9 năm đó"): words elsewhere in the sentence ("On 12 September, the mission
    said that year had been its hardest") point that date nowhere. language: ISO 639-1 code
    of the text."""
    pattern = _word_pattern("same_year_words", language)
    if pattern is None:
        return None
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    found = pattern.search(compared, after or 0)
    if found is None or after is not None and not _POINTED_GAP.fullmatch(compared[after:found.start()]):
        return None
    for earlier in reversed(before):
        years = [d.value.year for d in find_dates(earlier) if d.value.year]
        if years:
            return PartialDate(years[-1])
    return None


@lru_cache(maxsize=None)
def _years_after_pattern(language: str) -> tuple[re.Pattern | None, dict[str, int]]:
    """The pattern of a count of years after the happening told before (vocabulary
    "years_after_previous"), closed by a comma or the sentence's end, with the value of each
    number word (vocabulary "number_words")."""
    table = reference().vocabulary.get("years_after_previous") or {}
    exact = language in EXACT_LANGUAGES
    convert = reference_word_form(exact)
    languages = listed_languages(table, language)
    units, words, anchored, possessives = (_vocabulary_words(table, language, lambda entry, _lang, key=key: (entry or {}).get(key))
                                           for key in ("units", "words", "anchored", "possessives"))
    numbers = _number_values(languages, convert)
    if not units or not words:
        return None, numbers
    count = r"(?P<count>\d{1,2}|" + alternation(numbers) + ")" if numbers else r"(?P<count>\d{1,2})"
    after = f"(?:{alternation(words)})"
    if possessives:
        # "un año después de su llegada,": a possessive and its noun (two words at most)
        pointing = rf"\s+(?:{alternation(possessives)})(?:\s+[\w'-]+){{1,2}}"
        after = rf"(?:{alternation(words)}(?:{pointing})?" + (rf"|(?:{alternation(anchored)}){pointing}" if anchored else "") + ")"
    return re.compile(rf"(?<![\w-]){count}\s+(?:{alternation(units)})\s+{after}(?=\s*(?:[,.;:]|$))"), numbers


def years_after_previous(sentence: str, before: list[str], anchor: PartialDate | None = None,
                         language: str = "und") -> PartialDate | None:
    """The year a sentence names as a count of years after the happening told before ("Ten
    years later, ...", "Dix ans plus tard, ...", "Dos años después, ...", "Hai năm sau, ...":
    vocabulary "years_after_previous"): the last year printed in the sentences before it
    (before, in text order) plus that count, a year alone (the count is rounded: no month is
    carried over). The count may point back with a possessive and its noun ("a year after
    their arrival,", "un año después de su llegada,": vocabulary "possessives", "anchored");
    a count after a happening named otherwise ("two years after the war") dates nothing. None
    without such words, without a year before, or when the year would fall after the
    article's (anchor). language: ISO 639-1 code of the text."""
    pattern, numbers = _years_after_pattern(language)
    if pattern is None:
        return None
    match = pattern.search(_compared(sentence, language in EXACT_LANGUAGES))
    if match is None:
        return None
    count = match.group("count")
    years = int(count) if count.isdigit() else numbers.get(count, 0)
    for earlier in reversed(before):
        printed = [d.value.year for d in find_dates(earlier) if d.value.year]
        if printed:
            year = printed[-1] + years
            if not years or anchor is not None and anchor.year and year > anchor.year:
                return None
            return PartialDate(year)
    return None


def founding_in_passing(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where a sentence says in passing how its subject came to be: a founding participle
    (vocabulary "founding_participles") in an appositive phrase, opening the sentence (one
    adverb at most before it: "Créée officiellement le 17 novembre 2021, l'Unité ...") and
    followed by a comma, or right after a comma ("the mission, set up in 2013, has ..."), one
    word at most between that is no auxiliary ("the unit, named Hanbit, was created in 2013"
    tells the creation), or a relative pronoun and its auxiliaries between, the clause closed
    by a comma ("the force, which was created in 2013, patrols ...": _relative_before). A
    setting-up ahead told by such a verb group (future tense: "la force, qui sera créée en
    2026, ...") is planned news, not said in passing. Returns (start, end) offsets of the phrase, up to its closing comma or the sentence's
    end. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("founding_participles", language, agreeing=True)
    if pattern is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    spans = []
    for match, closing, opening in _participle_phrases(pattern, compared, language):
        if opening and closing < 0:
            continue  # the whole sentence: "Created in 2004 to keep the peace." tells it
        after_comma = re.search(r",\s*(?:([^\W\d]+)\s+)?$", compared[:match.start()])
        if after_comma and after_comma.group(1) and after_comma.group(1) in _auxiliaries(language):
            continue  # "the contingent, named the unit, was created in 2013": the main verb, no apposition
        start = match.start()
        if not after_comma and not opening and closing >= 0:
            # "la force, forte de 9 000 soldats et créée en 1978, a indiqué": joined by a
            # conjunction to a description of the subject set off by commas (or closing a
            # relative clause that describes it: "which has 11,000 troops and was established")
            comma = _clause_comma_before(compared, match.start())
            after_comma = comma >= 0 and apposition_participle(sentence, comma, match.end(), language, coordinated=True,
                                                               auxiliaries=True)
            if after_comma:
                start = comma + 1  # from the description, so an auxiliary before the participle is inside
        relative = _relative_before(compared[:match.start()], language) if closing >= 0 else None
        if (relative is not None or start < match.start()) and future_tense(
                sentence[start if relative is None else relative:match.end()], language):
            continue  # "the force, which is to be established in 2026,": a setting-up ahead, news
        if relative is not None:
            # a relative clause closed by a comma ("the force, which was created in 2013,
            # patrols"): from its pronoun, so the verb with its auxiliary ("was created") is inside
            spans.append((relative, closing))
        elif opening or after_comma:
            spans.append((start, closing if closing >= 0 else len(compared)))
    return spans


def _relative_before(before: str, language: str) -> int | None:
    """Where the relative pronoun starts when text before a participle ends on a comma, a
    relative pronoun (vocabulary "relative_pronouns") and one to three auxiliaries (vocabulary
    "participle_auxiliaries"): ", which was", ", qui a été", ", que había sido": the
    participle closes a relative clause's verb, set off by commas, its subject the noun
    before the comma. None otherwise."""
    relatives = _vocabulary_words(reference().vocabulary.get("relative_pronouns") or {}, language)
    auxiliaries = _auxiliaries(language)
    found = re.search(r",\s*([^\W\d]+)((?:\s+[^\W\d]+){1,3})\s+$", before)
    if found is None or found.group(1) not in relatives or not all(w in auxiliaries for w in found.group(2).split()):
        return None
    return found.start(1)


def comparison_in_passing(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where a sentence compares with another time and place in passing: an opener of
    vocabulary "comparison_openers" opening the sentence (after one word at most) or right
    after a comma ("Comme au Mali en 2013, une opération de l'ONU prend le relais", "As in
    Haiti in 2004, ..."), up to the next comma, semicolon, colon, bracket or dash: its date
    is the compared case's, not the happening's. Returns (start, end) offsets of each such
    phrase. language: ISO 639-1 code of the text."""
    return _openers_in_passing(sentence, "comparison_openers", language)


def retrospective_in_passing(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where a sentence looks back over a past period in passing: an opener of vocabulary
    "retrospective_openers" opening the sentence (after one word at most) or right after a
    comma ("Looking back on the mission's work in 2023, the envoy said ...", "Retour sur
    l'année 2022 : ..."), up to the next comma, semicolon, colon, bracket or dash: its date
    is the period reviewed, no happening. Returns (start, end) offsets of each such phrase.
    language: ISO 639-1 code of the text."""
    return _openers_in_passing(sentence, "retrospective_openers", language)


def _openers_in_passing(sentence: str, section: str, language: str) -> list[tuple[int, int]]:
    """The phrases opened by a word of a vocabulary list (comparison_in_passing,
    retrospective_in_passing): (start, end) offsets."""
    pattern = _word_pattern(section, language)
    if pattern is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    spans = []
    for match in pattern.finditer(compared):
        if not re.fullmatch(r"\W*(?:[^\W\d]+\s+)?", compared[:match.start()]) and not re.search(r",\s*$", compared[:match.start()]):
            continue
        stop = _ADJUNCT_END.search(sentence, match.end())
        spans.append((match.start(), stop.start() if stop else len(sentence)))
    return spans


@lru_cache(maxsize=None)
def _folded_vocabulary(section: str, language: str) -> frozenset[str]:
    """The words of a vocabulary section ({language: [words]}) for a language, as
    _vocabulary_words lists them, folded (text.fold): the forms a folded token is compared
    with ("participle_auxiliaries", "relative_pronouns" in apposition_participle)."""
    return frozenset(fold(w) for w in _vocabulary_words(reference().vocabulary.get(section) or {}, language))


@lru_cache(maxsize=None)
def _auxiliaries(language: str) -> frozenset[str]:
    """The auxiliaries of vocabulary "participle_auxiliaries" of a language, as _compared gives them."""
    return frozenset(_vocabulary_words(reference().vocabulary.get("participle_auxiliaries") or {}, language))


def _participle_phrases(pattern: re.Pattern, compared: str, language: str = "und") -> Iterator[tuple[re.Match, int, bool]]:
    """Each participle the pattern finds in the compared sentence, as (match, offset of the
    next comma or -1, whether the phrase opens the sentence: nothing before it but an adverb
    of the language, _opening_adverb: "Officially launched in 2004, ...", not "Rebels launched
    an attack"). language: ISO 639-1 code of the text."""
    for match in pattern.finditer(compared):
        before = re.fullmatch(r"[\W]*(?:([^\W\d]+)\s+)?", compared[:match.start()])
        opening = before is not None and (before.group(1) is None or _opening_adverb(before.group(1), language))
        yield match, compared.find(",", match.end()), opening


@lru_cache(maxsize=None)
def _opening_adverb(word: str, language: str = "und") -> bool:
    """Whether a word (as _compared gives it) may stand before a participle phrase opening a
    sentence: an adverb of vocabulary "phrase_opening_adverbs" of the language (its endings,
    or its words; every language's for a language the table does not list), never a country's
    name. language: ISO 639-1 code of the text."""
    table = reference().vocabulary.get("phrase_opening_adverbs") or {}
    folded = fold(word)
    if folded in _country_names():
        return False  # "Italy launched an operation": a subject, whatever its ending

    def listed(key: str) -> list[str]:
        by_language = table.get(key) or {}
        chosen = [by_language[language]] if language in by_language else by_language.values()
        return [fold(str(w)) for words in chosen for w in words or []]
    return folded in listed("words") or any(folded.endswith(e) and len(folded) > len(e) + 2 for e in listed("endings"))


@lru_cache(maxsize=None)
def _country_names() -> frozenset[str]:
    """Every country's names in every language of countries.yaml, folded."""
    return frozenset(fold(str(n)) for row in reference().countries.values() for section in row.values()
                     if isinstance(section, dict) for n in section.get("names") or [])


@lru_cache(maxsize=None)
def _any_language(section: str, folded: bool = False) -> str:
    """An alternation (text.alternation) of one vocabulary list's words in every language, with
    their folded forms when `folded` (for text _compared folds: "kể từ" and "ke tu"); for
    markers looked for whatever the article's language."""
    return any_language_alternation(reference().vocabulary, section, folded)


@lru_cache(maxsize=None)
def _bound_gap() -> re.Pattern:
    """What may stand between a bound word and its date: spaces (none after a word ending in
    an apostrophe: "à partir d'avril 2014"), or a word of the date (vocabulary "date_nouns":
    "kể từ năm 2013", "tính đến ngày 31/8", "as of the 31st")."""
    return re.compile(r"(?:(?<=')\s*|\s+)(?:(?:" + _any_language("date_nouns") + r")\s+)?")


def span_bound(sentence: str, start: int, language: str = "und") -> bool:
    """Whether the date starting at offset start of the sentence follows a word that makes it
    the bound of a span or the day of a count (vocabulary "span_bound_words": "as of",
    "a fecha de", "kể từ", "tính đến"), a word of the date ("năm", "ngày", "the") at most
    between, or a verb of running out ("span_end_verbs": "expires on", "vencerá el",
    "expirera le", _span_end_gap): "Hơn 250 nhân viên đã thiệt mạng kể từ năm 2013" dates no death, "Tính đến
    ngày 31/8, đã xảy ra 245 vụ tấn công" no attack. language: ISO 639-1 code of the text."""
    before = _compared(sentence[max(0, start - 60):start], language in EXACT_LANGUAGES)
    pattern = _word_pattern("span_bound_words", language)
    if pattern is not None and any(_bound_gap().fullmatch(before, m.end()) for m in pattern.finditer(before)):
        return True
    verbs = _word_pattern("span_end_verbs", language)
    return verbs is not None and any(_span_end_gap().fullmatch(before, m.end()) for m in verbs.finditer(before))


@lru_cache(maxsize=None)
def _span_end_gap() -> re.Pattern:
    """What may stand between a verb of running out (vocabulary "span_end_verbs") and its
    date: spaces, a word leading a date ("date_lead_words": "on", "le", "el", "vào", "at the
    end of") and a word of the date ("date_nouns": "ngày"), each at most once."""
    return re.compile(r"\s+(?:(?:" + _any_language("date_lead_words", folded=True) + r")\s+)?(?:(?:"
                      + _any_language("date_nouns", folded=True) + r")\s+)?")


@lru_cache(maxsize=None)
def _dated_names_pattern() -> re.Pattern | None:
    """The names of organisations.yaml, of every language, that print a date ("March 23
    Movement", "Mouvement du 23 mars", "Movimiento 23 de Marzo"), whole words, folded as
    sentences are (fold_same_length); None when no name prints one."""
    names = {fold_same_length(name) for row in reference().organisations.values()
             for values in (row.get("names") or {}).values() for name in values or ()
             if any(map(str.isdigit, name)) and find_dates(name)}
    return re.compile(r"(?<![\w-])(?:" + alternation(names) + r")(?![\w-])") if names else None


def dated_name_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence prints the name of an organisation that holds a date (the armed
    group "23 March Movement", "Movimiento 23 de Marzo"): (start, end) offsets, [] for none. A
    date inside such a name is the name's, no day of a happening (the M23's names gave events
    dated 23 March in English and Spanish reports of its offensives)."""
    pattern = _dated_names_pattern()
    if pattern is None or not any(map(str.isdigit, sentence)):
        return []
    # a name set off by dashes ("el M23 —conocido como Movimiento 23 de Marzo—,"): a dash of
    # punctuation is no hyphen of the name (folding makes both "-")
    return [m.span() for m in pattern.finditer(fold_same_length(sentence.replace("\u2014", " ").replace("\u2013", " ")))]


@lru_cache(maxsize=None)
def _numbered_document_pattern(language: str) -> re.Pattern | None:
    """A numbered text's noun, perhaps a number marker, and any numbers joined before the one
    that ends the compared text (vocabulary "numbered_document_nouns", "document_number_markers",
    "coordinating_conjunctions"): "resolution ", "resoluciones número 2056 y "."""
    nouns = _vocabulary_words(reference().vocabulary.get("numbered_document_nouns") or {}, language)
    if not nouns:
        return None
    # folded as the sentence is compared ("n°" keeps one character: fold_same_length)
    markers = _vocabulary_words(reference().vocabulary.get("document_number_markers") or {}, language,
                                lambda entry, _lang: [fold_same_length(w) for w in entry or ()])
    joiners = _vocabulary_words(reference().vocabulary.get("coordinating_conjunctions") or {}, language)
    marker = r"(?:(?:" + alternation(markers) + r")\s*)?" if markers else ""
    joined = r"(?:\d{3,4}\s*(?:,|" + alternation(joiners) + r")\s*)*" if joiners else r"(?:\d{3,4}\s*,\s*)*"
    return re.compile(r"(?<![\w-])(?:" + alternation(nouns) + r")\s+" + marker + joined + r"$")


# How far (characters) before a number its text's noun may stand, other numbers of a list between
# ("resolutions 2056, 2057, ... and 2071": ten numbers and their commas).
NUMBERED_LIST_REACH = 200


def numbered_document(sentence: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a bare four-digit "year" is the number of a text ("resolution 2098", "la
    resolución 2085", "las resoluciones 2056 y 2071", "résolution n° 2100"): the Council's
    resolutions 1925 to 2099 carry numbers that read as years, which date no happening (the
    adoption of "resolution 2098" is no event of the year 2098). mention: a DateMention of
    find_dates; language: ISO 639-1 code of the text. Seen in English and Spanish reports of
    Council resolutions (held-out articles)."""
    if mention.kind != "year" or not sentence[mention.start:mention.start + 1].isdigit():
        return False
    pattern = _numbered_document_pattern(language)
    if pattern is None:
        return False
    before = _compared(sentence[max(0, mention.start - NUMBERED_LIST_REACH):mention.start], language in EXACT_LANGUAGES)
    return pattern.search(before) is not None


@lru_cache(maxsize=None)
def _law_title_pattern(language: str) -> re.Pattern | None:
    """A law's or a decree's noun, perhaps a number marker and its number, perhaps a comma and
    a word joining the day it was signed (vocabulary "law_title_nouns", "document_number_markers",
    "law_date_connectors"), on the sentence as _compared gives it; groups "number" and "joined"
    say which were printed."""
    nouns = _vocabulary_words(reference().vocabulary.get("law_title_nouns") or {}, language)
    if not nouns:
        return None
    # "n°" keeps one character as the sentence is folded (fold_same_length); "số" stays as printed
    exact = language in EXACT_LANGUAGES
    markers = _vocabulary_words(reference().vocabulary.get("document_number_markers") or {}, language,
                                lambda entry, _lang: [w if exact else fold_same_length(w) for w in entry or ()])
    joiners = _vocabulary_words(reference().vocabulary.get("law_date_connectors") or {}, language)
    marker = r"(?:(?:" + alternation(markers) + r")\s*)?" if markers else ""
    joined = (r"(?:\s+(?P<joined>" + alternation(joiners) + r")(?:(?<=')|(?![\w-])))?") if joiners else r"(?P<joined>(?!))?"
    return re.compile(r"(?<![\w-])(?:" + alternation(nouns) + r")(?:\s+" + marker
                      + r"(?P<number>[\w./-]*\d[\w./-]*))?(?:\s*,)?" + joined + r"\s*")


def law_title_date(sentence: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a date is part of the name of a law or a decree: a year inside its number ("la
    Ley 7/2021"), or the day or year printed right after its number or after the word joining
    the day it was signed ("la loi n° 78-17 du 6 janvier 1978", "the Defence Act of 1954",
    "Nghị định số 12/2022/NĐ-CP ngày 17/1/2022"; vocabulary "law_title_nouns"). Such a date is
    the text's, no happening's (a page footer citing the French data-protection law gave an
    event of 6 January 1978). mention: a DateMention of find_dates; language: ISO 639-1 code."""
    pattern = _law_title_pattern(language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    lo = max(0, mention.start - 80)
    for match in pattern.finditer(compared, lo, mention.end):
        if not (match.group("number") or match.group("joined")):
            continue
        if match.start() <= mention.start <= match.end():
            return True
    return False


def _bracket_around(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the round brackets that the words at sentence[start:end] (a date, a phrase)
    stand in open and close: the last "(" before start and the first ")" from end on, with
    no ")" between that "(" and start. None where those words stand in no brackets."""
    opened = sentence.rfind("(", 0, start)
    closed = sentence.find(")", end)
    if opened < 0 or closed < 0 or ")" in sentence[opened:start]:
        return None
    return opened, closed


def bracketed_years(sentence: str, mention: DateMention) -> bool:
    """Whether a date is one end of a span in brackets after a name ("la Somalie
    (1993-1995)", "UNOSOM II (1993–1995)", an anniversary's "(2/9/1945-2/9/2022)"): the
    lifetime of the thing named or the span an anniversary counts, a gloss, not the date of
    a happening. Only brackets holding two years, or two dates, and a dash."""
    if (bracket := _bracket_around(sentence, mention.start, mention.end)) is None:
        return False
    opened, closed = bracket
    inside = sentence[opened + 1:closed]
    if re.fullmatch(r"\s*\d{4}\s*[-\u2013\u2014/]\s*\d{2,4}\s*", inside) is not None:
        return True
    dates = find_dates(inside)
    if len(dates) != 2 or any(d.kind != "date" or d.value.year is None for d in dates):
        return False
    return re.fullmatch(r"\s*[-\u2013\u2014]\s*", inside[dates[0].end:dates[1].start]) is not None and not (
        inside[:dates[0].start].strip() or inside[dates[1].end:].strip())


def dateline_bracket(sentence: str, mention: DateMention) -> bool:
    """Whether a date stands in the bracket of a dateline opening the sentence: the bracket
    opens after at most three capitalised words (the place: "MOSCOW", "NACIONES UNIDAS") and
    holds words besides the date (the outlet: "MOSCOW (UrduPoint News / Sputnik - 05th
    August, 2023) The mission said ..."), or holds the date alone and is followed by a dash,
    perhaps after the outlet's own bracket, as _DATELINE_AFTER reads it ("NEW YORK (JUNE 9,
    2012) (Example TV) - Rebels signed ... on Friday (June 8)"). That is the day the story was
    filed, not the day of a happening it tells."""
    if (bracket := _bracket_around(sentence, mention.start, mention.end)) is None:
        return False
    opened, closed = bracket
    place = sentence[:opened].split()
    if not 1 <= len(place) <= 3 or not all(w[:1].isupper() for w in place):
        return False
    inside = sentence[opened + 1:mention.start] + sentence[mention.end:closed]
    if not inside.strip(" ,."):
        return _DATELINE_AFTER.match(sentence, closed + 1) is not None
    return re.search(r"[^\W\d_]{2,}", inside) is not None


def mission_setup_in_passing(sentence: str, found: list[Found], language: str = "und") -> list[tuple[int, int]]:
    """Where a sentence says in passing how a UN operation came to be in its country: a
    participle of vocabulary "mission_setup_participles" ("deployed", "déployée",
    "desplegada", "được triển khai") in a phrase opening the sentence and closed by a comma
    with a mission (found, kind "mission") named right after it ("Déployée au Mali en
    juillet 2013, la Minusma ..."), or in a phrase between commas right after a mission's
    name ("MINUSMA, deployed in 2013, ...") or its common noun (vocabulary "mission_nouns":
    "the mission, deployed since 2013, ..."). A contingent's deployment stays a happening.
    Returns (start, end) offsets of the phrases. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("mission_setup_participles", language)
    missions = [(at, at + len(s)) for f in found if f.kind == "mission" for s in f.surfaces for at in _occurrences(s, sentence)] if pattern else []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    # the mission named again by its common noun ("the mission, deployed since 2013, ...":
    # vocabulary "mission_nouns")
    nouns = _word_pattern("mission_nouns", language) if pattern else None
    missions += [m.span() for m in nouns.finditer(compared)] if nouns is not None else []
    if not missions:
        return []
    spans = []
    for match, closing, opening in _participle_phrases(pattern, compared, language):
        if closing < 0:
            continue
        named_after = any(re.fullmatch(r",\s*(?:[^\W\d]+\s+){0,2}", compared[closing:lo]) for lo, _ in missions if lo > closing)
        named_before = any(re.fullmatch(r"\s*,\s*(?:[^\W\d]+\s+)?", compared[hi:match.start()]) for _, hi in missions if hi <= match.start())
        if (opening and named_after) or named_before:
            spans.append((match.start(), closing))
    return spans


def mission_founding_in_passing(sentence: str, found: list[Found], language: str = "und",
                                spans: list[tuple[int, int]] | None = None,
                                words: list[EventWord] | None = None) -> list[tuple[int, int]]:
    """The phrases of founding_in_passing ("set up", "créée", "establecida", "được thành lập")
    that tell how a UN operation came to be: apposed right after the operation's name (found,
    kind "mission") or its common noun (vocabulary "mission_nouns"), the comma between (a
    bracket closing the name's acronym before it: "the United Nations Mission in South Sudan
    (UNMISS), established in July 2011"; "renewed the mandate of MINUSMA, established in April
    2013 to support the political process"; "el mandato de la misión, creada en 2013"). The rulebook counts no setting-up of
    the mission an article is about said in passing, wherever the phrase stands; another
    body's launch ("the withdrawal of Operation Sentinel, launched in March 2019") is left to
    the other rules, and so is the launch of a happening the operation's name closes the noun
    phrase of (_done_to_mission: "the offensive against the mission, launched on 3 March";
    "the withdrawal of MINUSMA, established in 2013" is the mission's setting-up).
    spans: founding_in_passing's answer when already at hand; words: the sentence's event
    words (event_words), found again when not given. Returns (start, end) offsets of the
    phrases. language: ISO 639-1 code of the text."""
    spans = founding_in_passing(sentence, language) if spans is None else spans
    if not spans:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    named = [(at, at + len(s)) for f in found if f.kind == "mission" for s in f.surfaces for at in _occurrences(s, sentence)]
    nouns = _word_pattern("mission_nouns", language)
    named += [m.span() for m in nouns.finditer(compared)] if nouns is not None else []
    # each phrase with the starts of the names it is apposed to
    apposed = [((lo, hi), [start for start, end in named if end <= lo and _APPOSED_TO_NAME.fullmatch(compared, end, lo)])
               for lo, hi in spans]
    apposed = [(span, starts) for span, starts in apposed if starts]
    if not apposed:
        return []
    nouns_before = [w for w in (event_words(sentence, language) if words is None else words) if not w.verb]
    return [span for span, starts in apposed
            if not any(_done_to_mission(compared, start, nouns_before, language) for start in starts)]


# What stands between a UN operation's name and a founding phrase apposed to it: a comma, a
# bracket closing the name's acronym before it (mission_founding_in_passing)
_APPOSED_TO_NAME = re.compile(r"\s*\)?\s*,\s*")


# The most words between a happening's noun and the UN operation it is done to ("the
# offensive against the mission": 2; "l'attaque contre la mission": 2) (_done_to_mission).
DONE_TO_GAP_WORDS = 3


def _done_to_mission(compared: str, start: int, nouns: list[EventWord], language: str) -> bool:
    """Whether the UN operation named at offset start closes the noun phrase of a happening's
    noun (nouns: the sentence's event words that are no verb form) as what it is done to: the
    noun at most DONE_TO_GAP_WORDS words before, no comma, semicolon or colon between, and no
    noun complement preposition (vocabulary "noun_complement_prepositions": "of", "de",
    "của") opening the words between: "the offensive against the mission", "the attack on the
    mission", "la ofensiva contra la misión", "vụ tấn công phái bộ"; "the withdrawal of the
    mission" is the mission's. compared: the sentence as _compared prints it."""
    complement = _own_language_words("noun_complement_prepositions", language)
    for noun in nouns:
        gap = compared[noun.end:start]
        if noun.end > start or any(mark in gap for mark in ",;:"):
            continue
        between = _GAP_WORDS.findall(gap)
        if len(between) <= DONE_TO_GAP_WORDS and not (between and fold(between[0]) in complement):
            return True
    return False


def joined_apart(sentence: str, lo: int, hi: int, language: str = "und") -> bool:
    """Whether the text between offsets lo and hi of a sentence holds a coordinating
    conjunction (vocabulary "coordinating_conjunctions": "and", "et", "y", "và") followed by
    a verb-led clause, so that a date on one side is not the other side's: "left the country
    on May 3 and arrived in Abyei on May 5". A conjunction between two dates alone ("on 3
    and 4 May") does not part them. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("coordinating_conjunctions", language)
    if pattern is None or hi <= lo:
        return False
    between = _compared(sentence[lo:hi], language in EXACT_LANGUAGES)
    return any(re.search(r"[^\W\d]{2,}", between[m.end():]) for m in pattern.finditer(between))

def dates_paired(sentence: str, first: DateMention, second: DateMention, language: str = "und") -> bool:
    """Whether two printed dates, the first before the second, are two times of one verb
    joined by a coordinating conjunction alone (vocabulary "coordinating_conjunctions"): each
    printing its month and its year, or its month and its day, the two unlike ("closed offices
    in June 2021 and June 2022", "en juin 2021 et juin 2022", "attacks on April 7 and April
    8"): two happenings, one on each. Not the two ends of a
    span a paired preposition opens (vocabulary "paired_prepositions": "between June 2021
    and June 2022"), nor two days of one month ("on 2 and 3 April", no month before the
    conjunction). language: ISO 639-1 code of the text."""
    if first.end > second.start or first.kind != "date" or second.kind != "date":
        return False
    if not (first.value.month and second.value.month and (first.value.year and second.value.year
                                                          or first.value.day and second.value.day)) or first.value == second.value:
        return False  # each its month, and each its year or each its day ("on April 7 and April 8")
    pattern = _word_pattern("coordinating_conjunctions", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    conjunction = pattern.search(compared, first.end, second.start) if pattern else None
    if conjunction is None or compared[first.end:conjunction.start()].strip(" ,") or compared[conjunction.end():second.start].strip():
        return False
    opened = _span_opened_before(language)
    return not (opened and opened.search(compared[max(0, first.start - 30):first.start]))


@lru_cache(maxsize=None)
def _span_opened_before(language: str) -> re.Pattern | None:
    """A paired preposition (vocabulary "paired_prepositions": "between", "entre") and at most
    two words ending the text searched, where a span opens before a date (dates_paired: "between
    June 2021 and June 2022"); None for a language listing none. Compiled once per language."""
    paired = _word_pattern("paired_prepositions", language)
    return re.compile(r"(?:^|\s)(?:" + paired.pattern + r")\s+(?:[\w']+\s+){0,2}$") if paired else None


@lru_cache(maxsize=None)
def _since_opener() -> re.Pattern:
    """The words opening a since-phrase in any language (vocabulary "since_words")."""
    return re.compile(r"(?<![\w'])(?:" + _any_language("since_words", folded=True) + r")(?![\w'])")


def since_setup(sentence: str, start: int, language: str = "und", words: list[EventWord] = ()) -> bool:
    """Whether the date starting at offset start of the sentence ends a since-phrase naming
    how a body or unit came to be (vocabulary "setup_words", or its own arrival told with a
    pronoun or a possessive right after the since-word, "since_arrival_words": "since their
    arrival in 2019", not "from Uruguay, which arrived in May"): "since its deployment in 2013",
    "depuis qu'elle a été déployée en juillet 2013", "desde su despliegue en Malí, en 2013",
    "kể từ khi được triển khai năm 2013". The setting-up in passing is a bound of the span,
    not a happening the article tells (a sentence of its own still is). language: ISO 639-1
    code of the text. words (event_words of the sentence), when given, mark where the phrase
    ends: a date past the sentence's own verb is that verb's."""
    setups, arrivals = _word_pattern("setup_words", language), _word_pattern("since_arrival_words", language)
    if setups is None and arrivals is None:
        return False
    window = max(0, start - 70)
    compared = _compared(sentence[window:start], language in EXACT_LANGUAGES)
    openers = list(_since_opener().finditer(compared))
    if not openers:
        return False
    opened = openers[-1].end()
    if re.search(r"[;:()]", compared[opened:]):
        return False
    # a setting-up, or the arrival of the body the sentence is about right after the since-word
    # ("since it arrived in the region in 2011", "depuis son arrivée en 2014": vocabulary
    # "since_arrival_words"); an arrival further on is no since-phrase's ("enviado desde
    # Uruguay, que llegó al país el 3 de marzo", "paid since January, cheered on their arrival")
    setup = setups.search(compared, opened) if setups is not None else None
    arrival = arrivals.match(compared, re.match(r"\s*", compared[opened:]).end() + opened) if arrivals is not None else None
    if arrival is not None and (setup is None or arrival.start() < setup.start()):
        setup = arrival
    takeover = mission_takeover(compared, opened, language)
    if takeover is not None and (setup is None or takeover.start() < setup.start()):
        setup = takeover
    if setup is None:
        return False
    if not words:
        return True
    # "the first parade since the founding of the base was held on Tuesday", "desde la
    # fundación de la base se celebró el martes": the phrase ends where the sentence's own
    # verb begins (an event word past the setting-up's, words), whose day the date is
    return not (first_since(sentence, window + openers[-1].start(), start)
                or any(window + setup.end() <= w.start and w.end <= start and not w.frame for w in words))


# The most words before a UN operation's common noun right after a since-word ("since the
# hybrid mission": two), between that noun and its word of taking over, and between that word
# and the noun of the force taken over from ("took over from an African Union force": four)
# (mission_takeover)
TAKEOVER_LEAD, TAKEOVER_GAP, TAKEOVER_OBJECT = 3, 2, 5


def mission_takeover(compared: str, opened: int, language: str = "und") -> re.Match | None:
    """The word of a UN operation taking over from the force before it (vocabulary
    "mission_takeover_words": "took over", "a pris le relais", "relevó", "tiếp quản") in a
    since-phrase opening at offset opened of a sentence (as _compared gives it), the
    operation named by its common noun (vocabulary "mission_nouns", "mission_name_heads")
    among the first TAKEOVER_LEAD words after the since-word, the word at most TAKEOVER_GAP
    words after it, and a noun of the force taken over from (vocabulary
    "mission_takeover_predecessors") at most TAKEOVER_OBJECT words after the word: "since the
    hybrid mission took over from an African Union force in January 2008". None when the
    phrase names no operation taking over ("since the rebels took over the town") or no force
    taken over from ("since the mission replaced its commander", "succeeded in disarming the
    militia"). language: ISO 639-1 code of the text."""
    takeovers = _word_pattern("mission_takeover_words", language)
    predecessors = _word_pattern("mission_takeover_predecessors", language)
    if takeovers is None or predecessors is None:
        return None
    nouns = [p for p in (_word_pattern("mission_nouns", language), _word_pattern("mission_name_heads", language)) if p]
    # the noun among the first words after the since-word ("depuis que la mission", "kể từ khi phái bộ")
    span_end = opened + re.match(r"\s*(?:qu'|que\s+|khi\s+)?(?:\S+\s+){0,%d}" % TAKEOVER_LEAD, compared[opened:]).end()
    for noun in nouns:
        for m in noun.finditer(compared, opened, span_end + 20):
            if m.start() > span_end:
                break
            found = takeovers.search(compared, m.end(), m.end() + 40)
            if found is None or len(compared[m.end():found.start()].split()) > TAKEOVER_GAP:
                continue
            reach = found.end() + re.match(r"(?:\s+\S+){0,%d}" % TAKEOVER_OBJECT, compared[found.end():]).end()
            if predecessors.search(compared, found.end(), reach) is not None:
                return found
    return None


def _without_setup_periods(sentence: str, language: str = "und") -> str:
    """The sentence with each relative date ending a since-phrase of a setting-up (since_setup:
    "since its deployment last year", "depuis son déploiement l'an dernier") blanked, offsets
    kept: such a date bounds a span, as a printed one there does, and dates no happening."""
    words = event_words(sentence, language)
    for lo, hi in relative_spans(sentence, language):
        if since_setup(sentence, lo, language, words):
            sentence = sentence[:lo] + " " * (hi - lo) + sentence[hi:]
    return sentence


def date_ahead(sentence: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a date is told as one to come by a word right after it (vocabulary
    "next_after_date": "vào tháng 10 tới", "en octobre prochain", "el mes de octubre
    próximo") or by a future marker earlier in its own clause ("sứ mệnh sẽ kết thúc vào
    ngày 15/10", "the mission will end on 15 October"): read forward from the article's
    date, and planned. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("next_after_date", language)
    after = _compared(sentence[mention.end:mention.end + 15], language in EXACT_LANGUAGES)
    if pattern is not None and pattern.match(after.lstrip()) is not None:
        return True
    clause = sentence[_clause_start(sentence, mention.start):mention.start]
    return future_tense(clause, language) or put_off_to(clause, language)


# The most words between a verb of putting off and the date it puts a happening off to
# ("has postponed the vote on the mission to July": five), and between the preposition and
# the date ("para la primera quincena de julio": four).
PUT_OFF_REACH, PUT_OFF_LEAD = 6, 4


def put_off_to(before: str, language: str = "und") -> bool:
    """Whether the text of a date's clause before it ends with a verb of putting off, up to
    PUT_OFF_REACH words, a preposition it takes and up to PUT_OFF_LEAD words (vocabulary
    "put_off_verbs" and "put_off_prepositions": "ha pospuesto para la primera quincena de",
    "has postponed the vote to", "a reporté à", "pushed back to"): the date is the one the
    happening was put off to, after the article whatever the verb's tense. A date the
    putting off was told on ("postponed on 3 May") has no such preposition before it.
    language: ISO 639-1 code of the text."""
    verbs, prepositions = _word_pattern("put_off_verbs", language), _word_pattern("put_off_prepositions", language)
    if verbs is None or prepositions is None:
        return False
    compared = _compared(before, language in EXACT_LANGUAGES)
    for verb in verbs.finditer(compared):
        rest = compared[verb.end():]
        if re.search(r"[,;:()\u2013\u2014]", rest):
            continue
        tokens = re.findall(r"[\w']+", rest)
        for i, token in enumerate(tokens[:PUT_OFF_REACH + 1]):
            if prepositions.fullmatch(token) and len(tokens) - i - 1 <= PUT_OFF_LEAD:
                return True
    return False


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
    actors: list[str] = field(default_factory=list)  # the actors acting, never the outlet reporting
    missions: list[str] = field(default_factory=list)
    headline: str | None = None  # what happened, in the sentence's words: "Vietnam's engineering unit reaches Abyei"
    announced: bool = False  # planned: told before it happens, dated on the planned day

    @property
    def date(self) -> str:
        return edtf_of(self.start, self.end) if self.start else ""

    @property
    def title(self) -> str:
        """The printed name of the event, else what happened as the sentence says it, else
        its kind's label (and place)."""
        if self.name:
            return self.name
        if self.headline:
            return self.headline
        return f"{self.label} in {self.place}" if self.place else self.label


@lru_cache(maxsize=None)
def _kind_patterns(language: str) -> tuple[bool, list[tuple[str, str, bool | str, str, frozenset[str], tuple[str, ...]]]]:
    """The event words of one language, as (compared exactly?, [(kind, label, verb?, pattern
    source, printed forms, compared forms)]): for each kind of vocabulary "event_kinds", one pattern of
    its nouns (verb? False), one of its verbs (True), one of its framing verbs ("frame") and
    one of its clauses ("clause": a subject, up to seven words, its verb: "bodies … were
    found"; a verb, never taken for a noun after its determiner) and one of the plurals of its
    one-word nouns ("plural": plural_noun; a word only with a day of its own), with the words as listed
    (lowercased, accents kept), so that where a noun and a verb fold
    alike (French "attaque" and "attaqué") the one printed wins (event_words), and as the
    pattern compares them (_kind_index).

    Each language's words are matched only in text of that language: folded, a word of one
    language can spell a word of another (Vietnamese "lễ", ceremony, folds to French "le").
    A language whose diacritics carry meaning (reference.EXACT_LANGUAGES) is compared
    lowercased with its diacritics; the others folded, as their press also prints words
    without accents. A language without a word list gets the folded words of all the others.
    The patterns are given as their source, compiled on first use (_kind_pattern): most of
    them are never tried on an article (_kind_index), and compiling them all is most of the
    CPU time of a run that extracts one article."""
    kinds = reference().vocabulary["event_kinds"]
    listed = {lang for table in kinds.values()
              for part in (table, table.get("verbs") or {}, table.get("frames") or {}, table.get("clauses") or {})
              for lang in part if len(lang) == 2}
    exact = language in EXACT_LANGUAGES
    languages = {language} if language in listed else listed - set(EXACT_LANGUAGES)
    convert = reference_word_form(exact)
    patterns = []
    for kind, table in kinds.items():
        # the plurals of its one-word nouns ("attacks", "ataques"): words only where they have a
        # day of their own (event_words, day_at_noun)
        plurals = {lang: [p for w in table.get(lang) or () if (p := plural_noun(w, lang)) is not None]
                   for lang in languages}
        # the past subjunctive of its preterites ("desde que los rebeldes derrocaran"): a pattern
        # of their own, so that one matched but printed as another form (the future
        # "retirarán", event_words) leaves the listed verbs free to match there
        subjunctives = {lang: _subjunctive_forms((table.get("verbs") or {}).get(lang) or (), lang) for lang in languages}
        for verb, part in ((False, table), (True, table.get("verbs") or {}), (True, subjunctives),
                           ("frame", table.get("frames") or {}), ("clause", table.get("clauses") or {}),
                           ("plural", plurals)):
            listed_words = {w for lang in languages for w in _agreeing_forms(part.get(lang) or (), lang)}
            words = sorted({convert(w) for w in listed_words}, key=len, reverse=True)
            if words:
                printed = frozenset(unicodedata.normalize("NFC", w.lower()) for w in listed_words)
                # a clause's subject and verb, a few words of its complement between them (_clause_gap)
                clause_gap = _clause_gap(tuple(sorted(languages)), exact) if verb == "clause" else CLAUSE_GAP
                # (tried in this order: the words longest first, a word taken literally where
                # it has no gap; ordered_alternation writes the literal ones as trees)
                alternatives = [(True, pieces[0].strip()) if len(pieces := re.split(CLAUSE_GAP_MARKS, w)) == 1
                                else (False, clause_gap.join(re.escape(p.strip()) for p in pieces)) for w in words]
                gap = _verb_gap(tuple(sorted(languages)), exact) if verb is True else None
                if gap:  # "renewed on Thursday the mandate": the phrase with a day or a length inside,
                    # after its first word or, in a compound tense, after the participle that
                    # follows the auxiliary ("a pris lundi le commandement", "ha asumido este
                    # lunes el mando"): after either of the first two words of a longer phrase
                    alternatives += [(False, source)] if (source := gapped_phrases(words, gap)) else []
                pattern = r"(?<![\w-])(?:" + ordered_alternation(alternatives) + r")(?![\w-])"
                patterns.append((kind, table["label"], verb, pattern, printed, tuple(words)))
    return exact, patterns


def gapped_phrases(words, gap: str, cuts: tuple[int, ...] = (1, 2)) -> str | None:
    """A regular expression of the phrases among `words` (as compared, one space between two
    words) with `gap` (a regular expression starting with a comma or a space: _verb_gap)
    between their first `cut` words and the rest, for each cut of `cuts` in turn (phrases
    longer than `cut` words): "renewed on Thursday the mandate" for "renewed the mandate" and
    cut 1, "a renouvelé jeudi le mandat" for "a renouvelé le mandat" and cut 2. None when no
    phrase is long enough.

    The gap is written once, not once per phrase or per first word (it runs to thousands of
    characters, and a kind's verbs to hundreds of phrases: compiling the copies was most of a
    cold start's time): the phrases' first words, cut by cut, form one alternation, each
    followed by an empty group of its own (named p<cut>_<n>; after the word, so that the
    engine still skips a branch at its first letter), and after the gap a conditional per
    group requires the rests of that group's phrases, in the order of `words`. Matches as the
    alternation of one "first word(s), gap, rests" per first word and cut, in that order,
    would: a sequence after an alternation is tried after each of its branches in turn
    ("(?:a(?P<A>)|b(?P<B>))g(?(A)x)(?(B)y)" tries a g x, then b g y), and a branch given up
    leaves its group unset."""
    groups: list[tuple[str, str, list[str]]] = []
    for cut in cuts:
        rests: dict[str, list[str]] = {}
        for w in words:
            if w.count(" ") >= cut:
                rests.setdefault(r"\s+".join(re.escape(p) for p in w.split(" ")[:cut]), []).append(
                    re.escape(w.split(" ", cut)[cut]))
        groups += [(f"p{cut}_{n}", first, rest) for n, (first, rest) in enumerate(rests.items())]
    if not groups:
        return None
    return ("(?:" + "|".join(f"{first}(?P<{name}>)" for name, first, _rest in groups) + ")" + gap + r"\s+(?:"
            + "".join(f"(?({name})(?:{'|'.join(rest)}))" for name, _first, rest in groups) + ")")


def plural_noun(noun: str, language: str) -> str | None:
    """The plural of a one-word event noun as English, French and Spanish print it ("attack"
    -> "attacks", "ambush" -> "ambushes", "attaque" -> "attaques", "explosión" -> "explosiones",
    "emboscada" -> "emboscadas"); None for a phrase, a word already ending as a plural does,
    or another language (Vietnamese marks no plural on the noun)."""
    if " " in noun or "-" in noun or language not in ("en", "fr", "es") or not noun.isalpha():
        return None
    if language == "en":
        if noun.endswith(("s", "x", "sh", "ch")):
            return None if noun.endswith("s") else noun + "es"
        return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    if language == "fr":
        return None if noun.endswith(("s", "x", "z")) else noun + "s"
    if noun.endswith("s"):
        return None
    if noun.endswith("ión"):
        return noun[:-3] + "iones"
    return noun + ("s" if noun[-1] in "aeiouéá" else "es")


CLAUSE_GAP_MARKS = r"\s(?:\u2026|\.\.\.)\s"  # " … " in a listed word (folded: " ... "): the words a subject's complement puts before its verb
CLAUSE_GAP = r"(?:\s+[^\s,;:.()\"\u201c\u201d\u00ab\u00bb]+){0,7}\s+"


@lru_cache(maxsize=None)
def _clause_gap(languages: tuple[str, ...], exact: bool) -> str:
    """CLAUSE_GAP for the clause words of these languages: none of its words opens another
    clause (vocabulary "event_clause_markers" but "relative_pronouns", compared as _compared
    gives them), so "The situation remains tense after explosives were found" holds no
    "remains … were found"; "the bodies of two guards who went missing were found" still does.
    Nor does its last word determine a noun (vocabulary "noun_determiners"): the word after
    it is then that noun, not the clause's own ("held a vigil for the hostage in the square"
    holds no "held … hostage in"; "held four observers hostage in Gao" does)."""
    vocabulary = reference().vocabulary
    convert = reference_word_form(exact)
    relative = {convert(w) for lang in languages for w in (vocabulary.get("relative_pronouns") or {}).get(lang) or ()}
    markers = sorted({convert(w) for lang in languages for w in (vocabulary.get("event_clause_markers") or {}).get(lang) or ()}
                     - relative, key=len, reverse=True)
    determiners = sorted({convert(w) for lang in languages for w in (vocabulary.get("noun_determiners") or {}).get(lang) or ()},
                         key=len, reverse=True)
    if not markers and not determiners:
        return CLAUSE_GAP
    stop = r"(?!(?:" + "|".join(re.escape(w) for w in markers) + r")(?![\w-]))" if markers else ""
    word = r"[^\s,;:.()\"\u201c\u201d\u00ab\u00bb]+"
    if not determiners:
        return r"(?:\s+" + stop + word + r"){0,7}\s+"
    last = r"(?!(?:" + "|".join(re.escape(w) for w in determiners) + r")(?![\w-]))"
    return r"(?:(?:\s+" + stop + word + r"){0,6}\s+" + stop + last + word + r")?\s+"


@lru_cache(maxsize=None)
def _kind_pattern(language: str, number: int) -> re.Pattern:
    """The compiled pattern of _kind_patterns(language)'s entry `number`, compiled once, when
    first tried."""
    return re.compile(_kind_patterns(language)[1][number][3])


@lru_cache(maxsize=None)
def _verb_gap(languages: tuple[str, ...], exact: bool) -> str | None:
    """A regular expression (one group of its own, named "gap_comma": one copy in a pattern)
    of what may stand between the first word of a verb phrase and the rest in these languages
    (vocabulary "verb_object_gaps", _verb_gap_part): one or two of a weekday, led or not ("on Thursday", "ce jeudi", "el martes"), a day
    relative to the article's (dates.yaml "relative_days": "today", "hier", "hoy"), a length of time,
    led or not, a tail after it or not ("for a year", "pour six mois", "por un año", "un mes
    más", "durante 30 días"), a period ("last year", "l'an dernier"), a quantifier floated
    before the participle ("were all freed", "ont tous été libérés": "floating_quantifiers")
    and a printed month or year after a lead ("in March", "le 3 mars", "en 2023"), each with an optional comma
    before it, a comma after the last only where a comma stands before one of them;
    None when the languages list none. Compared as _kind_patterns compares (lowercased, or
    folded when not exact)."""
    part = _verb_gap_part(languages, exact)
    if part is None:
        return None
    # a comma after the gap only where one opens it or stands inside it ("renewed, in March,
    # the mandate", "renewed on Tuesday, for a year, the mandate"): "Fighting renewed in March,
    # the mission said" closes a clause there, "renewed ... the mission" is no phrase. Opened
    # by a comma: one or two parts, a comma or none between, a comma after or none; else one
    # part, or two with a comma between and one after or none, or two with none. Written with
    # the part three times (its copies were most of the kind patterns' length): the opening
    # comma is group "gap_comma", and the branches that only it allows ask for it, in the
    # order the alternatives ", part (,? part)? ,?" | "part (, part ,?| part)?" are tried
    return r"(?:(?P<gap_comma>,)|)" + part + r"(?:," + part + r",?|" + part + r"(?(gap_comma),?)|(?(gap_comma),?))"


@lru_cache(maxsize=None)
def _verb_gap_part(languages: tuple[str, ...], exact: bool) -> str | None:
    """One part of _verb_gap (no groups): spaces, then a weekday, a length of time, a period or
    a printed date as _verb_gap lists them, then no word character or hyphen. None when the
    languages list none."""
    table = reference().vocabulary.get("verb_object_gaps") or {}
    convert = reference_word_form(exact)

    def words(section: str, source: dict) -> str | None:
        found = {convert(w) for lang in languages for w in (source.get(section) or {}).get(lang) or ()}
        return "(?:" + spaced_alternation(found) + ")" if found else None

    days = words("weekdays", reference().date_words)
    leads, counts, units, tails = (words(s, table) for s in ("length_leads", "length_counts", "length_units", "length_tails"))
    day_leads = words("day_leads", table)
    parts = []
    if days:
        parts.append((r"(?:" + day_leads + r"\s+)?" if day_leads else "") + days)
    if leads and counts and units:
        # an elided lead runs into the count ("d'un an"); a length may stand with no lead and
        # close with a tail ("un mes más", "six mois de plus")
        parts.append(r"(?:" + leads + r"(?:(?<=')|\s+))?(?:" + counts + r"|\d{1,2})\s+" + units
                     + (r"(?:\s+" + tails + r")?" if tails else ""))
    if periods := words("periods", table):
        parts.append(periods)  # "renewed last year the mandate", "aprobó el año pasado la creación"
    if relative := words("relative_days", reference().date_words):
        parts.append(relative)  # "amplió hoy el mandato", "a prorogé hier le mandat" (dates.yaml "relative_days")
    if floating := words("floating_quantifiers", table):
        parts.append(floating)  # "were all freed", "ont tous été libérés", "fueron todos liberados"
    date_leads = words("date_leads", table)
    month_names = {convert(str(names[0])) for lang in languages
                   for names in (reference().date_words.get("months") or {}).get(lang) or () if names}
    if date_leads and month_names:
        # "in March", "le 3 mars", "el 3 de marzo", "el 1º de marzo", "on 3 March 2024", "en 2023",
        # "on the 1st of March"
        month = ("(?:" + spaced_alternation(month_names) + ")")
        # the day's ordinal endings ("1st", "1er", "1º", "1ro": dates.yaml "day_number_endings"),
        # as find_dates reads them: after the stop Spanish writes before the ordinal sign
        # ("1.º"), and the degree sign printed for that sign ("1°", one character folded)
        endings = {convert(e) for e in reference().date_words.get("day_number_endings") or ()}
        endings.add("\u00b0" if exact else fold_same_length("\u00b0"))
        ending = r"(?:\.?(?:" + alternation(endings) + r"))?"
        # the words between a day and its month ("el 3 de marzo": dates.yaml "day_month_links"
        # of these languages) and between a month and its year ("marzo del 2024": "year_joiners")
        dated = reference().date_words

        def optional(listed) -> str:  # one of the listed words and its space, or nothing
            found = {convert(w) for w in listed or ()}
            return r"(?:(?:" + alternation(found) + r")\s+)?" if found else ""

        link = optional(w for lang in languages for w in (dated.get("day_month_links") or {}).get(lang) or ())
        year_link = optional(dated.get("year_joiners"))
        # the article a day's number may take after its lead ("on the 1st of March": dates.yaml
        # "day_number_articles")
        article = optional(dated.get("day_number_articles"))
        parts.append(date_leads + r"\s+(?:(?:" + article + r"\d{1,2}" + ending + r"\s+" + link + r")?" + month
                     + r"(?:\s+\d{1,2}" + ending + r")?(?:,?\s+" + year_link + r"\d{4})?|\d{4})")
    if not parts:
        return None
    return r"\s+(?:" + "|".join(parts) + r")(?![\w-])"


_LEADING_WORD = re.compile(r"\w+")


@lru_cache(maxsize=None)
def _kind_index(language: str) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which of _kind_patterns(language)'s patterns can match a sentence, from its words:
    ({leading word: indexes of the patterns with a word starting so}, indexes of the patterns
    to try always). A pattern's match starts where no word character or hyphen precedes, so
    the run of word characters (regular expression \\w) starting there is the listed word's
    own leading run: a pattern can match only if one of its words' leading runs is a whole
    run of the sentence's word characters. A word starting with no word character is tried always."""
    index: dict[str, set[int]] = {}
    always = []
    for number, (*_described, words) in enumerate(_kind_patterns(language)[1]):
        for word in words:
            leading = _LEADING_WORD.match(word)
            if leading:
                index.setdefault(leading.group(), set()).add(number)
            else:
                always.append(number)
    return {w: tuple(sorted(n)) for w, n in index.items()}, tuple(sorted(set(always)))


def _subjunctive_forms(words, language: str) -> list[str]:
    """The past subjunctive forms of the preterites among event verbs (vocabulary
    "preterite_subjunctive"): the first word of the phrase ending so takes the other endings
    (Spanish "derrocaron" -> derrocaran, derrocasen; "atacó" -> atacara; "se topó con" -> se
    topara con). Words of no listed ending give none; a language with no entry, none."""
    endings = (reference().vocabulary.get("preterite_subjunctive") or {}).get(language) or {}
    ordered = sorted(endings.items(), key=lambda item: len(item[0]), reverse=True)
    forms = []
    for word in words:
        pieces = str(word).split(" ")
        for index, piece in enumerate(pieces):
            ending = next((e for e, _others in ordered if piece.endswith(e) and len(piece) > len(e) + 1), None)
            if ending is not None:
                forms.extend(" ".join([*pieces[:index], piece[:len(piece) - len(ending)] + other, *pieces[index + 1:]])
                             for other in endings[ending])
                break
    return forms


@lru_cache(maxsize=None)
def _subjunctive_compared(language: str) -> frozenset[str]:
    """The past subjunctive forms of the event verbs of a language (_subjunctive_forms), as the
    event-word patterns compare them (_kind_patterns)."""
    convert = reference_word_form(language in EXACT_LANGUAGES)
    kinds = reference().vocabulary["event_kinds"]
    return frozenset(convert(w) for table in kinds.values()
                     for w in _subjunctive_forms((table.get("verbs") or {}).get(language) or (), language))


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


@dataclass(frozen=True)
class EventWord:
    """An event word met in a sentence: its kind and label, where it starts and ends
    (offsets in the sentence), whether it is a verb form, and whether it stands in a
    subordinate clause."""

    kind: str
    label: str
    start: int
    end: int
    verb: bool
    subordinate: bool = False
    frame: bool = False  # a verb framing another happening: "announced that ..."
    purpose: bool = False  # in a purpose clause ("to supervise the withdrawal"): what was meant to happen


# The quotation marks events reads (text.QUOTATION_PAIRS, each opening mark with its closing
# one): the straight, curly and angle double marks. Not „ (German and Czech copy, no language
# read here), nor the single marks, which are apostrophes as often ("l'opération", "Mali's").
_QUOTE_PAIRS = {mark: QUOTATION_PAIRS[mark] for mark in ('"', "\u201c", "\u00ab")}
# Quotation marks that may set part of an event phrase apart ("« une opération »", "“an operation”")
_QUOTATION_MARKS = "".join(dict.fromkeys(mark for pair in _QUOTE_PAIRS.items() for mark in pair))


def _without_quotation_marks(compared: str, sentence: str) -> tuple[str, list[int] | None]:
    """compared (as _compared gives sentence, of its length) without the characters that are
    quotation marks in sentence (_QUOTATION_MARKS; folding turns "«" into "<"),
    each taken out with the spaces between it and the quoted words ("lancé « une opération »
    dans" -> "lancé une opération dans", 'launched “an operation”' -> "launched an operation"),
    and the offset in compared of each character kept; (compared, None) when it holds no mark.
    Apostrophes are no marks here: they join words ("l'opération")."""
    if len(compared) != len(sentence) or not any(c in sentence for c in _QUOTATION_MARKS):
        return compared, None
    kept: list[int] = []
    i, n = 0, len(compared)
    while i < n:
        if sentence[i] in _QUOTATION_MARKS:
            before_space = i > 0 and compared[i - 1].isspace()
            j = i + 1
            if before_space:  # " « une": the spaces after an opening mark go with it
                while j < n and compared[j].isspace():
                    j += 1
                if j == n or compared[j] in ",.;:!?)":  # " »." closing: the space before goes instead
                    while kept and compared[kept[-1]].isspace():
                        kept.pop()
            i = j
            continue
        kept.append(i)
        i += 1
    return "".join(compared[k] for k in kept), kept + [n]


@lru_cache(maxsize=8192)
def _compared(sentence: str, exact: bool) -> str:
    compared = unicodedata.normalize("NFC", sentence).lower() if exact else fold_same_length(sentence)
    if len(compared) != len(sentence):  # a character whose lowercase is longer: offsets drift
        compared = fold_same_length(sentence)
    return compared.replace("\u2019", "'")


@lru_cache(maxsize=None)
def _clause_pattern(language: str) -> re.Pattern | None:
    """Words opening a subordinate clause (vocabulary "event_clause_markers") of a language,
    all the non-exact languages' when it has none."""
    words = sorted(_vocabulary_words(reference().vocabulary.get("event_clause_markers") or {}, language), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])") if words else None


# The fewest characters a quotation holds between its marks.
_QUOTED_CHARS = 3


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each quotation in the text, marks included, left to right: an
    opening mark ('"', '\u201c', '\u00ab') closed by the first of its closing mark after it with at
    least _QUOTED_CHARS characters between; an opening mark whose closing mark comes too soon
    or never opens nothing, and the search goes on after it. The spans a regular expression
    '"[^"]{3,}"|\u201c[^\u201d]{3,}\u201d|\u00ab[^\u00bb]{3,}\u00bb' finds, in time linear in the
    text: the next opening and closing mark of each kind are looked up once and kept while
    still ahead (a long sentence with many unclosed "\u00ab" no longer reads to its end from
    each)."""
    spans: list[tuple[int, int]] = []
    opening = {mark: -2 for mark in _QUOTE_PAIRS}  # the next opening mark at or after the position (-1: none)
    closing = {mark: -2 for mark in _QUOTE_PAIRS}  # the next closing mark after the last opening one
    position = 0
    while True:
        for mark in _QUOTE_PAIRS:
            if opening[mark] != -1 and opening[mark] < position:
                opening[mark] = text.find(mark, position)
        ahead = [(at, mark) for mark, at in opening.items() if at >= 0]
        if not ahead:
            return spans
        start, mark = min(ahead)
        if closing[mark] != -1 and closing[mark] <= start:
            closing[mark] = text.find(_QUOTE_PAIRS[mark], start + 1)
        end = closing[mark]
        if end >= 0 and end - start - 1 >= _QUOTED_CHARS:
            spans.append((start, end + 1))
            position = end + 1
        else:
            position = start + 1


def inside_quotation(text: str, offset: int) -> bool:
    """Whether the offset in text (str, lines) falls inside a quotation closed on the line
    holding it (_quotation_spans): words a speaker says, whose "this day" or "today" is the
    speaker's time, not the writer's. str, character offset -> bool."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:] if end < 0 else text[start:end]
    return any(s <= offset - start < e for s, e in _quotation_spans(line))


# a quotation opened at the sentence's start and not closed in it: it runs on into the next one
_OPEN_QUOTE = re.compile(r"^\W{0,3}?(?:" + "|".join(f'{re.escape(opening)}[^{re.escape(closing)}"]{{3,}}' for opening, closing in _QUOTE_PAIRS.items())
                         + r")$", re.S)


def _quotation(sentence: str, offset: int) -> tuple[int, int] | None:
    """The (start, end) of the quotation holding the offset: one closed in the sentence, or
    one opened at its start that runs on past its end ('"Today at 7 pm, gunmen fired ...'
    before 'A soldier died," the statement said'); None outside any."""
    span = next(((start, end) for start, end in _quotation_spans(sentence) if start <= offset < end), None)
    if span is None:
        quote = _OPEN_QUOTE.match(sentence)
        if quote is not None and quote.start() <= offset < quote.end():
            span = quote.span()
    return span
# A comma between two digits is a number's ("4,200", "12,5"), no clause's end.
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2013\u2014]|\s-\s")


# A short bracketed aside inside a clause ("la misión (MINUSMA)", "the force (UNIFIL)"): an
# acronym or a few words, which do not end the clause they stand in.
_CLAUSE_ASIDE = re.compile(r"\([^()\n,;:]{1,24}\)")


@lru_cache(maxsize=None)
def _place_aside() -> re.Pattern:
    """A short aside of place set off by commas (vocabulary "place_aside_openers", any
    language, folded forms too): ", non loin de Douentza,", ", near the port,"."""
    openers = _any_language("place_aside_openers", folded=True)
    return re.compile(r",\s*(?:" + openers + r")\s+[^,;:()\n]{1,40},") if openers else re.compile(r"(?!)")


def _clause_end_past_asides(compared: str, start: int) -> int:
    """Where the clause going on from offset start ends: the next comma, semicolon, colon,
    dash or parenthesis (_CLAUSE_END), stepping over short bracketed asides (_CLAUSE_ASIDE) and
    short asides of place set off by commas (_place_aside: "que deux soldats blessés ce
    matin, non loin de Douentza, sont morts" is one clause); the text's length when none."""
    while True:
        end = _CLAUSE_END.search(compared, start)
        if end is None:
            return len(compared)
        aside = _CLAUSE_ASIDE.match(compared, end.start()) if compared[end.start()] == "(" else None
        if aside is None and compared[end.start()] == ",":
            aside = _place_aside().match(compared, end.start())  # "..., near the port, have died"
        if aside is None:
            return end.start()
        start = aside.end()


def _subordinate_spans(compared: str, language: str, sentence: str | None = None) -> list[tuple[int, int]]:
    """Where the sentence's subordinate clauses run: from a clause marker to the next comma,
    semicolon, colon, dash or parenthesis (or the sentence's end), past a short bracketed
    aside ("en el que visitará la misión (MINUSMA) y se reunirá ...": one clause); a relative
    clause on the subject with no comma after it ends where the main clause's verb begins
    (_subject_relative_end; with the printed sentence, of compared's length, only)."""
    pattern = _clause_pattern(language)
    spans = []
    for match in pattern.finditer(compared) if pattern else ():
        end = _date_phrase_end(compared, match, language)
        if end is None:
            end = _clause_end_past_asides(compared, match.end())
            if sentence is not None and len(sentence) == len(compared):
                end = _subject_relative_end(sentence, match.start(), match.end(), end, language) or end
        spans.append((match.start(), end))
    # words quoted are what someone said, not what the sentence tells happened
    spans.extend(_quotation_spans(compared))
    return spans


_VERB_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@lru_cache(maxsize=None)
def _finite_verb_words(language: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...], frozenset[str]]:
    """(auxiliaries that carry a tense, participle endings, irregular participles, endings of
    the simple past, coordinating conjunctions) of the language, lowercased (NFC): vocabulary
    "participle_auxiliaries" (less the infinitive's and participle's own forms:
    "non_finite_auxiliaries"), "reduced_relative_endings", "irregular_participles",
    "simple_past_endings" and "coordinating_conjunctions"."""
    non_finite = set(_lowered_words("non_finite_auxiliaries", language))
    auxiliaries = frozenset(w for w in _lowered_words("participle_auxiliaries", language) if w not in non_finite)
    return (auxiliaries, tuple(_lowered_words("reduced_relative_endings", language)), _irregular_participles(language),
            tuple(_lowered_words("simple_past_endings", language)), frozenset(_lowered_words("coordinating_conjunctions", language)))


@lru_cache(maxsize=None)
def _short_past_forms(language: str) -> frozenset[str]:
    """The past forms of vocabulary "short_past_forms" of a language, lowercased (NFC): too
    short for the participle's shape, each opens a verb group (_verb_groups)."""
    return frozenset(_lowered_words("short_past_forms", language))


def _verb_groups(sentence: str, start: int, end: int, language: str) -> list[tuple[int, bool]]:
    """The verb groups that open between offsets start and end of the printed sentence, as
    (offset of the group's first word, whether a coordinating conjunction stands right
    before it). A group opens at an auxiliary that carries a tense ("will", "was", "a",
    "sera", "ha", "será") not right after another, or at a past form standing alone (a
    participle's shape: "-ed", "held", "organisé"; a simple past's ending: "celebró"; a past
    too short for that shape, vocabulary "short_past_forms": "died"), no auxiliary in the two
    words before it. Words in lowercase only (a capital opens a name), none of a date (find_dates:
    "el sábado" is no "-ado" participle). Rule of the vocabulary lists named in
    _finite_verb_words."""
    auxiliaries, endings, irregular, past_endings, conjunctions = _finite_verb_words(language)
    if not auxiliaries:
        return []
    short_pasts = _short_past_forms(language)
    # a date's words are no verb, whatever their ending ("el sábado" ends as "-ado" does)
    dated = [(d.start, d.end) for d in find_dates(sentence[start:end])]
    groups: list[tuple[int, bool]] = []
    before: list[str] = []
    for word in _VERB_WORD.finditer(sentence, start, end):
        printed = word.group()
        lowered = unicodedata.normalize("NFC", printed.lower()).replace("\u2019", "'")
        opens = False
        if printed[:1].islower() and not any(lo <= word.start() - start < hi for lo, hi in dated):
            if lowered in auxiliaries:
                opens = not before or before[-1] not in auxiliaries
            elif (_participle_shape(lowered, endings, irregular, 4) or lowered in short_pasts
                  or (past_endings and lowered.endswith(past_endings) and len(lowered) > 3)):
                opens = not any(w in auxiliaries for w in before[-2:])
        if opens:
            groups.append((word.start(), bool(before) and before[-1] in conjunctions))
        before.append(lowered)
    return groups


def _subject_relative_end(sentence: str, marker_start: int, marker_end: int, end: int, language: str) -> int | None:
    """Where a relative clause on the sentence's subject, with no comma to close it, ends: at
    the second verb group after its relative pronoun (vocabulary "relative_pronouns";
    _verb_groups), one no coordinating conjunction joins to the first ("The battalion that
    will deploy in the coming weeks held a ceremony on Friday": the clause is "that will
    deploy in the coming weeks", "held" the main verb). Only when no verb group stands
    between the stretch's opening (the sentence's start or the last comma, semicolon or
    dash) and the pronoun, so the pronoun follows the subject, not an object ("visited the
    battalion that will deploy"), and when the word before the pronoun is a word. None when
    the clause holds no second group before end (the clause's end as punctuation gives it)."""
    pronouns = _word_pattern("relative_pronouns", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if pronouns is None or not pronouns.fullmatch(compared, marker_start, marker_end):
        return None
    if not re.search(r"\w\s+$", sentence[:marker_start]):
        return None
    if _verb_groups(sentence, _clause_start(sentence, marker_start), marker_start, language):
        return None
    groups = [at for at, joined in _verb_groups(sentence, marker_end, end, language)[1:] if not joined]
    return groups[0] if groups else None


@lru_cache(maxsize=None)
def _date_after_marker(language: str) -> re.Pattern:
    """The gap between a date phrase's marker and its date: spaces, then at most one article
    of vocabulary "date_phrase_articles" (every listed language's when it has none) and
    spaces ("depuis le 11 mai")."""
    articles = _vocabulary_words(reference().vocabulary.get("date_phrase_articles") or {}, language)
    return re.compile(rf"\s+(?:(?:{alternation(articles)})\s+)?" if articles else r"\s+")


@lru_cache(maxsize=None)
def _date_phrase_markers(language: str) -> frozenset[str]:
    """Folded markers of vocabulary "date_phrase_markers" of the language (every listed
    language's when it has none)."""
    return frozenset(fold(w) for w in _vocabulary_words(reference().vocabulary.get("date_phrase_markers") or {}, language))


def _date_phrase_end(compared: str, marker: re.Match, language: str) -> int | None:
    """Where the phrase a clause marker opens ends when the marker is a preposition of
    vocabulary "date_phrase_markers" followed by a date (an article between at most: "since
    11 May", "depuis le 11 mai", "desde el 11 de mayo"): right after that date, so that the
    verb after it is the main clause's ("The contingent deployed since 11 May was attacked on
    Wednesday"); None when the marker opens a clause, or when the date prints no day (a year
    or a month keeps the clause reading: "since 2013, when ...")."""
    if fold(marker.group()) not in _date_phrase_markers(language):
        return None
    gap = _date_after_marker(language).match(compared, marker.end())
    at = gap.end() if gap else marker.end()
    tail = compared[at:at + 40]
    mention = next((d for d in find_dates(tail) if d.start == 0 and d.kind == "date" and d.value.day), None)
    if mention is None:
        return None
    return at + mention.end


def _tried(compared: str, language: str) -> set[int]:
    """The numbers of _kind_patterns(language)'s patterns that can match a sentence as _compared
    gives it (_kind_index)."""
    index, always = _kind_index(language)
    tried = set(always)
    for word in set(_LEADING_WORD.findall(compared)):
        tried.update(index.get(word, ()))
    return tried


def may_tell_kinds(sentence: str, language: str, kinds) -> bool:
    """Whether event_words(sentence, language) can give a word of one of `kinds` (kind ids of
    vocabulary "event_kinds"): False when none of those kinds' patterns can match the sentence's
    words, which event_words then finds none of. Compiles no pattern: a caller that keeps only
    some kinds asks this first, and most sentences are settled without event_words."""
    exact, patterns = _kind_patterns(language)
    return any(patterns[number][0] in kinds for number in _tried(_compared(sentence, exact), language))


@lru_cache(maxsize=None)
def _purpose_words(language: str) -> tuple[re.Pattern, tuple[str, ...], frozenset[str] | None, frozenset[str],
                                           re.Pattern | None] | None:
    """What purpose_spans reads of a language (vocabulary "purpose_clause_markers",
    "purpose_infinitive_endings", "purpose_non_verbs", "purpose_complement_words"): (a
    pattern of a marker and the word after it, in group 1; the endings of an infinitive; the
    words after a marker that are no verb, None when the language lists none; the words
    before a marker that take the infinitive as their object or after which it opens where to
    ("purpose_destination_words"); a pattern of the markers of
    vocabulary "event_clause_markers" that open an adverbial clause, neither "relative_pronouns"
    nor a purpose marker, None for none). None for a language that lists no marker (an
    unknown language's "to", "pour", "para" would be read in every language's text)."""
    vocabulary = reference().vocabulary
    table = vocabulary.get("purpose_clause_markers") or {}
    if language not in table:
        return None
    markers = sorted(_vocabulary_words(table, language), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in markers)
                         + r")(?:(?<=')|(?![\w-]))\s*([^\W\d_]+)?")
    endings = tuple(_vocabulary_words({language: (vocabulary.get("purpose_infinitive_endings") or {}).get(language)}, language))
    non_verbs = (vocabulary.get("purpose_non_verbs") or {}).get(language)
    takers = frozenset(_vocabulary_words({language: (vocabulary.get("purpose_complement_words") or {}).get(language)}, language)
                       | _vocabulary_words({language: (vocabulary.get("purpose_destination_words") or {}).get(language)}, language))
    # the clause markers that open an adverbial clause ("after", "when", "après", "tras", "sau khi"),
    # not a relative one nor another purpose: where a purpose clause stops
    bounds = sorted(_vocabulary_words(vocabulary.get("event_clause_markers") or {}, language)
                    - _vocabulary_words(vocabulary.get("relative_pronouns") or {}, language)
                    - set(markers), key=len, reverse=True)
    bound = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in bounds) + r")(?![\w-])") if bounds else None
    return (pattern, endings, (frozenset(_vocabulary_words({language: non_verbs}, language)) if non_verbs else None), takers,
            bound)


def purpose_spans(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where the sentence's purpose clauses run (offsets in the sentence): from a marker
    before an infinitive ("to supervise", "pour superviser", "para supervisar", "để giám sát";
    vocabulary "purpose_clause_markers") to the clause's end (a comma, semicolon, colon, dash
    or parenthesis, or the sentence's end) or to a marker opening an adverbial clause (vocabulary
    "event_clause_markers" but relative pronouns: "to secure the town after the rebels
    withdrew", whose happening is told as done). The word after the marker must be printed in
    lowercase and, in a language listing "purpose_infinitive_endings", end as an infinitive
    does; in one listing "purpose_non_verbs", be none of them nor a plural noun ("to the camp",
    "to peacekeepers"); the word before the marker must not take the infinitive as its object
    ("purpose_complement_words": "expected to arrive") nor make it where to
    ("purpose_destination_words": "rushed to hospital"). What such a clause tells was meant to
    happen, not what happened.
    language: ISO 639-1 code of the text; none for a language without markers."""
    return [(start, end) for start, _infinitive, end in _purpose_clauses(sentence, language)]


def _purpose_clauses(sentence: str, language: str) -> list[tuple[int, int, int]]:
    """The purpose clauses of purpose_spans, as (start, where the word after the marker starts, end)."""
    known = _purpose_words(language)
    if known is None:
        return []
    pattern, endings, non_verbs, takers, bound = known
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    spans = []
    for match in pattern.finditer(compared):
        word = match.group(1)
        before = re.search(r"([^\W\d_]+)\W*$", compared[max(0, match.start() - 30):match.start()])
        if before and before.group(1) in takers:
            continue  # "expected to arrive": the verb's object
        if _word_before_date(sentence, compared, match.start()) in takers:
            continue  # "is due on Monday to host": the verb's object, a date between
        if word is None or not sentence[match.start(1):match.end(1)].islower():
            continue
        if endings and not word.endswith(endings):
            continue
        if non_verbs is not None and (word in non_verbs or (word.endswith("s") and not word.endswith(("ss", "us")))):
            continue
        end = _CLAUSE_END.search(compared, match.end())
        end = end.start() if end else len(compared)
        opened = bound.search(compared, match.end(), end) if bound is not None else None
        spans.append((match.start(), match.start(1), opened.start() if opened else end))
    return spans


def _word_before_date(sentence: str, compared: str, offset: int) -> str | None:
    """The word before a date printed right before offset, its leading word ("on", "le",
    vocabulary "date_lead_words") left out: "is due on Monday to host" gives "due" for the
    offset of "to". compared is the sentence as _compared gives it (same offsets). None
    when no date ends right there (only spaces or a comma between)."""
    for mention in find_dates(sentence):
        if mention.end <= offset and not compared[mention.end:offset].strip(" ,"):
            prior = compared[max(0, mention.start - 40):mention.start]
            lead = _date_lead_before().search(prior)
            prior = prior[:lead.start()] if lead else prior
            found = re.search(r"([^\W\d_]+)\W*$", prior)
            return found.group(1) if found else None
    return None


def event_words(sentence: str, language: str = "und") -> list[EventWord]:
    """Every event word of a sentence, in text order; where two overlap, the longer one
    ("ministerial meeting", not "meeting"). language: ISO 639-1 code of the text. A list of
    its own at each call; the words of a sentence are kept for the next time it is read."""
    return list(_event_words(sentence, language))


@lru_cache(maxsize=4096)
def _event_words(sentence: str, language: str) -> tuple[EventWord, ...]:
    return tuple(_event_words_uncached(sentence, language))


@lru_cache(maxsize=None)
def _departure_from_place_pattern(language: str) -> tuple[re.Pattern | None, frozenset[str]]:
    """(the pattern of departure_from_place_spans, its verbs in any case; the first three
    letters of each verb, lowercased, one of which every match holds: a cheap test first);
    (None, empty) for a language with no entry."""
    entry = (reference().vocabulary.get("departure_from_place") or {}).get(language) or {}
    verbs, here, to = (entry.get(key) or [] for key in ("verbs", "here", "to"))
    if not (verbs and to):
        return None, frozenset()
    place = r"(?:[A-Z][\w'.-]*\s+){1,3}"
    if here:
        place = r"(?:(?:" + alternation(here) + r")\s+|" + place + r")"
    pattern = re.compile(r"(?<![\w-])(?i:" + alternation(verbs) + r")\s+" + place + r"(?:" + alternation(to) + r")(?![\w-])")
    return pattern, frozenset(str(verb).lower()[:3] for verb in verbs)


def departure_from_place_spans(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where the sentence tells a departure with the place left between the verb and the
    destination (vocabulary "departure_from_place": "on Thursday left Accra for a six-month
    duty", "has left here for Syria"): (start, end) of each, from the verb to the destination's
    preposition; [] for none. The place is a capitalised name or the word for here, so "left
    no room for doubt" is none. Seen in held-out Ghanaian and Nepali reports of contingents
    leaving for a mission. language: ISO 639-1 code of the text."""
    pattern, probes = _departure_from_place_pattern(language)
    if pattern is None:
        return []
    lowered = sentence.lower()
    if not any(probe in lowered for probe in probes):
        return []
    return [m.span() for m in pattern.finditer(sentence)]


@lru_cache(maxsize=None)
def _planned_stay_pattern(language: str) -> re.Pattern | None:
    """The pattern of planned_stay_spans in a language: a verb of vocabulary "planned_stay"
    (any case) and the place after it, up to four capitalised words, maybe joined by a word
    of "planned_stay_place_joiners" ("Buenos Aires", "Costa de Marfil"); None for a language
    with no entry."""
    entry = (reference().vocabulary.get("planned_stay") or {}).get(language) or {}
    verbs, nouns = entry.get("verbs") or [], entry.get("place_nouns") or []
    if not verbs:
        return None
    joiners = alternation(reference().vocabulary.get("planned_stay_place_joiners") or ())
    capital = r"[A-Z\u00c0-\u00de\u0110\u1ea0-\u1ef8][\w'.-]*"
    place = rf"(?:{capital})(?:\s+(?:(?:{joiners})\s+)?{capital}){{0,3}}" if joiners else rf"(?:{capital})(?:\s+{capital}){{0,3}}"
    if nouns:
        place = r"(?:" + place + r"|(?i:" + alternation(nouns) + r")\s+\w+)"
    return re.compile(r"(?<![\w-])(?i:" + alternation(verbs) + r")\s+" + place + r"(?![\w-])")


def planned_stay_spans(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where the sentence tells a stay ahead by a place and a span of days with no event word
    (vocabulary "planned_stay": "will be in Peru from Thursday to Sunday", "sera au Mali du 4 au
    7 mai", "estará en territorio guatemalteco entre el jueves y el domingo", "sẽ có mặt tại Lào
    từ thứ Năm đến Chủ nhật"): (start, end) of each, from the verb to the place's end; [] for
    none. The span (a day span printed, find_dates, or a weekday span, weekday_spans) must
    follow the place with no clause break between, so "will be in Peru next year" is none. Seen
    in held-out Spanish reports of a visit announced for the week, its days told apart.
    language: ISO 639-1 code of the text."""
    pattern = _planned_stay_pattern(language)
    if pattern is None:
        return []
    stays = list(pattern.finditer(sentence))
    if not stays:
        return []
    # the spans the sentence prints, found once for all its stays
    starts = [d.start for d in find_dates(sentence) if d.value_end is not None]
    starts += [lo for lo, _hi in weekday_spans(sentence, language)]
    return [m.span() for m in stays
            if any(lo >= m.end() and not re.search(r"[;:.!?()]", sentence[m.end():lo]) for lo in starts)]


@lru_cache(maxsize=None)
def _role_taking_pattern(language: str) -> re.Pattern | None:
    """The pattern of role_taking_spans in a language, compared as _compared gives the
    sentence; None for a language with no entry."""
    entry = (reference().vocabulary.get("role_taking") or {}).get(language) or {}
    if not (entry.get("verbs") and entry.get("offices")):
        return None
    form = reference_word_form(language in EXACT_LANGUAGES)
    alt = spaced_alternation
    # at most two determiners ("the", "la", "de la") before the noun of office
    determiners = rf"(?:(?:{alt(form(w) for w in entry['determiners'])})(?:\s+|(?<=')))" + "{0,2}" if entry.get("determiners") else ""
    return re.compile(rf"(?<![\w-])(?:{alt(form(w) for w in entry['verbs'])})\s+{determiners}"
                      rf"(?:{alt(form(w) for w in entry['offices'])})(?![\w-])")


def role_taking_spans(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where the sentence tells a person taking an office ahead with no event word
    (vocabulary "role_taking": "will be head of the mission", "sera cheffe de la mission",
    "será jefa de la misión", "sẽ là trưởng phái bộ"): (start, end) of each, from the verb to
    the noun of office; [] for none. An appointment taking effect: "From 28 December, she
    will be head of the mission" is told as "she will take office on 28 December" is.
    language: ISO 639-1 code of the text."""
    pattern = _role_taking_pattern(language)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(_compared(sentence, language in EXACT_LANGUAGES))]


NO_HAPPENING_PHRASES = ("named_offence_phrases", "video_channel_phrases", "field_of_work_phrases", "status_conferred_phrases",
                        "no_protest_phrases", "state_return_phrases", "conflict_group_phrases")
"""Vocabulary lists of phrases inside which an event word names no happening: the name of an
offence or a status built on a happening's noun ("war crimes", "crimes de guerre", "prisoners
of war": "reconnu coupable de crimes de guerre lundi" gave Monday to a war, not to the
verdict), a video link as the channel words were said or a meeting held through, with no
determiner before the noun ("speaking by videoconference", "en visioconférence", "por
videoconferencia": "said in a briefing by videoconference on Tuesday that two peacekeepers
were killed on Monday" is no meeting on Tuesday, and the casualty keeps its day), a field of
work named by a happening's noun ("conflict prevention", "conflict management"), and an honour's
verb naming a status the subject holds ("fue distinguido como monumento nacional": recognised
as, no award ceremony), and a protest's noun of no protest ("lodged a formal protest", "gave a
demonstration of the detector", "point de rassemblement", "manifestation sportive"), and a state of
things coming back ("a return to calm", "le retour au calme", "trở lại bình thường": no one
returns), and a group named by its uprising or coup ("quân nổi dậy": insurgents). An event word ending inside such a phrase names none either ("the start
of the conflict prevention course": the onset's phrase ends on the field's first noun)."""


def no_happening_spans(compared: str, language: str = "und") -> list[tuple[int, int]]:
    """Where a sentence (as _compared gives it) prints a phrase of NO_HAPPENING_PHRASES:
    (start, end) offsets, [] for none."""
    patterns = (_word_pattern(section, language) for section in NO_HAPPENING_PHRASES)
    return [m.span() for pattern in patterns if pattern is not None for m in pattern.finditer(compared)]


@lru_cache(maxsize=None)
def _own_language_words(section: str, language: str) -> frozenset[str]:
    """Folded words of a vocabulary list ({language: words}) for the language: only its own,
    none where it has none (unlike _vocabulary_words, which falls back on every language's),
    every language's where the language is unknown ("und")."""
    table = reference().vocabulary.get(section) or {}
    languages = list(table) if language == "und" else [language]
    return frozenset(fold(w) for lang in languages for w in table.get(lang) or ())


_WORD_BEFORE = re.compile(r"(?:^|[\s(\[«\"\u201c])([^\W_]+)['\u2019]?\s*$")


def verb_reading_first(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The event words met in a sentence, (start, end, kind, label, verb, unprinted) sorted by
    start, with a framing verb's reading put before a noun's of the very same span where the
    word stands where a verb does: French "annonce" is the statement noun after a
    determiner, a preposition, a number or an elided article (vocabulary "noun_reading_leads":
    "l'annonce", "après une annonce"), and the present tense of "annoncer" after its subject
    ("la mission annonce que ...", "l'armée annonce la mort de ..."), framing the happening
    it reports as its past "a annoncé" does. A word opening the sentence stays a noun (a
    headline's "Annonce de ..."). compared is the sentence as the patterns were matched;
    the list returned is always a new one."""
    moved = list(found)
    for i in range(len(moved) - 1):
        first, second = moved[i], moved[i + 1]
        if (first[:2] != second[:2] or first[4] is not False or second[4] != "frame"
                or first[2] != second[2]):
            continue
        before = compared[max(0, first[0] - 30):first[0]]
        if not before.strip() or before.endswith(("'", "\u2019")):
            continue  # the sentence's first word, or glued to an elided article: the noun
        lead = _WORD_BEFORE.search(before)  # none after a bracket or a mark: "(Monusco) annonce"
        leads = _own_language_words("noun_reading_leads", language)
        if lead is not None and (lead.group(1).isdigit() or fold(lead.group(1)) in leads):
            continue
        moved[i], moved[i + 1] = second, first
    return moved


def _event_words_uncached(sentence: str, language: str) -> list[EventWord]:
    exact, patterns = _kind_patterns(language)
    compared = _compared(sentence, exact)
    found = []
    printed = unicodedata.normalize("NFC", sentence).lower().replace("\u2019", "'")
    if len(printed) != len(sentence):
        printed = compared
    subjunctive = _subjunctive_compared(language)
    for number in sorted(_tried(compared, language)):  # the patterns' own order, skipping those that cannot match
        kind, label, verb, _source, forms, _words = patterns[number]
        found.extend((m.start(), m.end(), kind, label, verb, printed[m.start():m.end()] not in forms)
                     for m in _kind_pattern(language, number).finditer(compared)
                     # a past subjunctive matched only once folded is another form printed with its
                     # accent: the future ("celebrarán" is no "celebraran")
                     if not (verb is True and m.group() in subjunctive and printed[m.start():m.end()] not in forms))
    # "ont lancé « une opération militaire »": the phrase read through the marks quoting part of it
    unquoted, offsets = _without_quotation_marks(compared, sentence)
    if offsets is not None:
        for number in sorted(_tried(unquoted, language)):
            kind, label, verb, _source, _forms, _words = patterns[number]
            for m in _kind_pattern(language, number).finditer(unquoted):
                start, end = offsets[m.start()], offsets[m.end() - 1] + 1
                if end - start > m.end() - m.start():  # a mark inside: the words printed apart
                    found.append((start, end, kind, label, verb, True))
    departure = reference().vocabulary["event_kinds"]["deployment"]["label"]
    found.extend((lo, hi, "deployment", departure, True, False) for lo, hi in departure_from_place_spans(sentence, language))
    visit = reference().vocabulary["event_kinds"]["visit"]["label"]
    found.extend((lo, hi, "visit", visit, True, False) for lo, hi in planned_stay_spans(sentence, language))
    office = reference().vocabulary["event_kinds"]["appointment"]["label"]
    found.extend((lo, hi, "appointment", office, True, False) for lo, hi in role_taking_spans(sentence, language))
    masked = no_happening_spans(compared, language)
    if masked:  # "war crimes": an offence's name, no war; "speaking by videoconference": no meeting
        # a word ending inside the phrase, whether it starts there or before ("the start of the
        # conflict prevention course"), names none
        found = [f for f in found if not any(lo < f[1] <= hi for lo, hi in masked)]
    # the longer word first; of two alike once folded, the one printed so ("attaqué", a verb)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[5]))
    found = _without_felt_hurt(compared, found, language)
    found = _struck_without_person(compared, found, language)
    found = _relief_without_force(compared, found, language)
    found = _without_force_object(compared, found, language)
    found = _without_armed_group_flag(compared, found, language)
    found = _without_thing_subject(compared, found, language)
    found = _without_undecided_end(compared, found, language)
    found = _without_counted_sent(compared, found, language)
    found = _without_unled_past_infinitive(compared, found, language)
    found = verb_reading_first(compared, found, language)
    if not found:
        return []  # no clause or source to look for
    spans = _subordinate_spans(compared, language, sentence)
    # "was set up to supervise the withdrawal": what was meant to happen; a listed phrase opening
    # at the marker ("agreed to meet") is the verb's object, no purpose
    purposes = _purpose_clauses(sentence, language)
    read: list[tuple[EventWord, bool]] = []  # each word, and whether it is subordinate but for a purpose clause
    # kinds whose participle used as a noun still tells its happening ("a fait un blessé")
    told_by_noun = frozenset(reference().vocabulary.get("participle_noun_happening_kinds") or ())
    for start, end, kind, label, verb, _unprinted in found:
        if read and start < read[-1][0].end:
            continue
        subordinate = _within(start, spans) or (verb is True and noun_participle(sentence, start, end, language))
        # "according to a statement", "selon un communiqué": where the news comes from, not what happened
        cited = (not verb and (_source_framed(sentence, start) or told_through(sentence, start, language, kind)
                               or (kind == "announcement" and fronted_vehicle(sentence, start, language))
                               # "emitió un comunicado en el que indicó que ...": the telling of what follows
                               # "issued a statement saying that ...": told through, as "said in a statement"
                               or (kind == "announcement" and statement_content_opened(sentence, end, language)))
                 # "según anunció este martes su oficina", "as announced by the ministry": where
                 # the news comes from, as "según un comunicado" is
                 or (kind == "announcement" and source_verb_opened(sentence, start, language)))
        if verb is True and kind not in told_by_noun and object_participle_noun(sentence, start, end, language):
            continue  # "a expulsé l'envoyé": a person named by a verb's participle, no happening
        if verb is True and _after_noun_determiner(compared, start, end, language):
            verb = False  # "les attaques", "the attacks": a noun after its determiner, not a verb
        if verb == "plural":
            # "Monday's attacks", "los ataques del jueves": a happening where they have a day of
            # their own, else a topic ("attacks on peacekeepers may constitute war crimes")
            plural = EventWord(kind, label, start, end, False, subordinate, cited)
            if day_at_noun(sentence, plural, language):
                read.append((plural, subordinate))
            continue
        read.append((EventWord(kind, label, start, end, bool(verb), subordinate, verb == "frame" or cited), subordinate))
    # "Gunmen loyal to local warlords attacked a convoy", "arrêtés pour avoir attaqué": a verb of
    # its own past the marker's word, in no other clause, is the main clause's or a done deed's,
    # so the marker opened no purpose clause
    purposes = [(lo, hi) for lo, infinitive, hi in purposes
                if not any(w.verb and not w.frame and not other and infinitive < w.start < hi for w, other in read)]
    kept: list[EventWord] = []
    for word, other in read:
        purpose = any(lo < word.start < hi for lo, hi in purposes)
        kept.append(replace(word, subordinate=purpose or other, purpose=purpose) if purpose else word)
    kept = _without_conformity_nouns(sentence, kept, language)
    kept = _compound_heads(sentence, kept, language)
    kept = _without_receiving(sentence, kept, language)
    # "a déploré la mort de trois soldats", "condemned the attack": a statement whose object is
    # a happening of another kind frames it, as "announced that ..." does
    for i, word in enumerate(kept[:-1]):
        after = kept[i + 1]
        if (word.kind == "announcement" and word.verb and not word.frame and not after.verb
                and after.kind != "announcement" and stance_object_gap(sentence[word.end:after.start])):
            kept[i] = EventWord(word.kind, word.label, word.start, word.end, word.verb, word.subordinate, True, word.purpose)
        elif (word.kind == "announcement" and word.verb and not word.frame and after.verb
              and after.kind != "announcement" and _complement_clause_between(sentence, word.end, after.start, language)):
            # "denunció este sábado que uno de sus soldados resultó herido": a verb of stance
            # opening reported speech tells what happened, as "anunció que" does
            kept[i] = EventWord(word.kind, word.label, word.start, word.end, word.verb, word.subordinate, True, word.purpose)
    return kept


@lru_cache(maxsize=None)
def _source_verb_opener(language: str) -> re.Pattern | None:
    """The words of vocabulary "source_verb_openers" of a language (all languages' when it has
    none), folded, as the end of the text before a verb; None when none are listed."""
    words = _vocabulary_words(reference().vocabulary.get("source_verb_openers") or {}, language)
    if not words:
        return None
    return re.compile(r"(?<![\w'])(?:" + alternation(fold(w) for w in words) + r")(?:\s+|(?<='))$")


def source_verb_opened(sentence: str, start: int, language: str = "und") -> bool:
    """Whether the verb of telling at sentence[start:] is opened by a word making it where the
    news comes from (vocabulary "source_verb_openers": "según anunció su oficina", "as
    announced by the ministry", "comme l'a annoncé le ministère", "theo như thông báo"): the
    statement carries the news, no happening of its own. str, offset, ISO 639-1 code -> bool."""
    pattern = _source_verb_opener(language)
    return pattern is not None and pattern.search(fold(sentence[max(0, start - 30):start]).replace("\u2019", "'")) is not None


def source_cited(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether an announcing word only says where the news comes from: a noun after a word of
    vocabulary "reporting_frames" "before" ("según un comunicado de la ONU", "according to a
    statement") or a verb opened by one of "source_verb_openers" ("según anunció su oficina",
    "as announced by the ministry"). Such a statement carries the news; it is no happening of
    its own, whatever day it prints. str, EventWord, ISO 639-1 code -> bool."""
    if word.kind != "announcement":
        return False
    if word.verb:
        return source_verb_opened(sentence, word.start, language)
    return _source_framed(sentence, word.start)


def _source_framed(sentence: str, start: int) -> bool:
    """Whether a word of vocabulary "reporting_frames" "before", maybe with an article, ends the
    30 characters before offset start ("according to a", "según un": _frame_patterns): the noun
    there says where the news comes from."""
    return _frame_patterns()[0].search(fold(sentence[max(0, start - 30):start]) + " ") is not None


def _compound_heads(sentence: str, words: list[EventWord], language: str) -> list[EventWord]:
    """The words without the event nouns that only modify the event noun next to them, two
    nouns with nothing but a space or a hyphen between them naming one happening by its head
    ("handover ceremony": a ceremony; "lễ bàn giao": a ceremony, lễ the head): vocabulary
    "compound_event_head" says which of the two is the head in the language ("last" in
    English, "first" in Vietnamese); a language listing none keeps both."""
    head = (reference().vocabulary.get("compound_event_head") or {}).get(language)
    if head not in ("first", "last"):
        return words
    words = list(words)
    dropped: set[int] = set()
    into: dict[int, int] = {}  # head first: a dropped modifier -> the head that took it in
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if a.verb or b.verb or a.frame or b.frame or not re.fullmatch(r"[ \-]", sentence[a.end:b.start]):
            continue
        if head == "last":  # the head's span takes in its modifier: the title reads "Handover ceremony"
            dropped.add(i)
            words[i + 1] = replace(b, start=a.start)
        else:  # the head before a run of modifiers takes in each ("lễ bàn giao xuất quân")
            target = into.get(i, i)
            dropped.add(i + 1)
            into[i + 1] = target
            words[target] = replace(words[target], end=b.end)
    return [w for i, w in enumerate(words) if i not in dropped]


def _complement_clause_between(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether a clause of reported speech opens between offsets start and end (a
    complementiser, quotes.yaml "complementisers": "that", "que", "qu'", "rằng"), after at
    most four words and no clause end (a day may stand there: "denunció este sábado que")."""
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opener = _complementiser(language).search(compared, start, end)
    if opener is None or _CLAUSE_END.search(compared, start, opener.start()):
        return False
    return len(compared[start:opener.start()].split()) <= 4


# what closes an adjunct of conformity: a comma, a semicolon, a colon, a bracket or a dash
_ADJUNCT_END = re.compile(r"[,;:()\u2013\u2014]")


def conformity_adjuncts(sentence: str, language: str = "und") -> list[tuple[int, int, int]]:
    """The adjuncts of conformity of a sentence ("conformément à la résolution 2149,", "in
    accordance with the agreement,", "de acuerdo con la resolución,"; vocabulary
    "conformity_openers"), as (start, end of the opener, end) offsets, the end at the first
    comma, semicolon, colon, bracket or dash after the opener (else the sentence's end): the
    text an act follows, not what happened. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("conformity_openers", language)
    if pattern is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    spans = []
    for m in pattern.finditer(compared):
        stop = _ADJUNCT_END.search(sentence, m.end())
        spans.append((m.start(), m.end(), stop.start() if stop else len(sentence)))
    return spans


def _without_conformity_nouns(sentence: str, words: list[EventWord], language: str) -> list[EventWord]:
    """words (event_words, in text order) less those of an adjunct of conformity's opener ("de
    acuerdo con" is no agreement), its nouns set in a subordinate clause: the kind comes from
    the clause's own words, the adjunct's noun only when the sentence names nothing else
    (main_event_word). Verbs stay as they are: an adjunct with no comma to close it runs on."""
    adjuncts = conformity_adjuncts(sentence, language)
    if not adjuncts:
        return words
    kept = []
    for word in words:
        if any(word.start < opener and word.end > lo for lo, opener, _end in adjuncts):
            continue
        if not word.verb and any(opener <= word.start < end for _lo, opener, end in adjuncts):
            word = replace(word, subordinate=True)
        kept.append(word)
    return kept


_RECEIVED_DATE_GAP = 12  # characters between a statement's receiving participle and its day


@lru_cache(maxsize=None)
def _received_document_pattern(language: str) -> re.Pattern | None:
    """A statement's noun of vocabulary "received_document_nouns", at most one word, then a
    participle of "received_document_participles" ("statement received", "communiqué reçu",
    "comunicado recibido", "thông cáo nhận được"), on the sentence as _compared gives it."""
    table = reference().vocabulary
    nouns = _vocabulary_words(table.get("received_document_nouns") or {}, language)
    participles = _vocabulary_words(table.get("received_document_participles") or {}, language)
    if not nouns or not participles:
        return None
    return re.compile(r"(?<![\w-])(?:" + alternation(nouns) + r")(?:\s+[^\W\d_]+)?\s+(?:"
                      + alternation(participles) + r")(?![\w-])")


def received_document_spans(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where a sentence tells the receiving of a statement by a newsroom ("in a statement
    received on Friday", "dans un communiqué reçu vendredi à APA", "en un comunicado recibido el
    viernes por esta agencia", "theo thông cáo nhận được hôm thứ Sáu"): from the statement's
    noun to its participle's end, or to the end of a date starting right after it (twelve
    characters at most between: "on", "el", "hôm"). How the news came to the page, no
    happening: no event word and no date in such a span tells one (tests/corpus/README.md: a
    statement carrying the news is not an event). Returns (start, end) offsets. language:
    ISO 639-1 code of the text."""
    pattern = _received_document_pattern(language)
    if pattern is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    spans = []
    days: list[tuple[int, int]] | None = None
    for match in pattern.finditer(compared):
        if days is None:  # the sentence's days, found once, only where a statement is received
            days = [(d.start, d.end) for d in find_dates(sentence)] + relative_spans(sentence, language)
        day = min((d for d in days if match.end() <= d[0] <= match.end() + _RECEIVED_DATE_GAP
                   and not re.search(r"[,;:()]", sentence[match.end():d[0]])), default=None)
        spans.append((match.start(), day[1] if day else match.end()))
    return spans


def _without_receiving(sentence: str, words: list[EventWord], language: str) -> list[EventWord]:
    """words (event_words, in text order) less a verb of receiving (vocabulary
    "receiving_verbs") whose object is a happening of another kind, a noun right after it (an
    article, a preposition or a day between at most: stance_object_gap): "a reçu mardi le
    renfort de 200 soldats" tells a deployment, "received a visit" a visit, "received the
    United Nations Peace Medals" a ceremony (capitalised words of the noun's name between:
    _without_name_before); "received the ambassador" keeps its meeting."""
    pattern = _word_pattern("receiving_verbs", language)
    if pattern is None or len(words) < 2:
        return words
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    dropped = set()
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        if (word.verb and not after.verb and after.kind != word.kind
                and pattern.fullmatch(compared, word.start, word.end)
                and stance_object_gap(_without_name_before(sentence[word.end:after.start]))):
            dropped.add(i)
    return [w for i, w in enumerate(words) if i not in dropped]


_GAP_TOKEN = re.compile(r"\S+")


def _without_name_before(gap: str) -> str:
    """gap less the capitalised words ending it, the name the noun after it is part of
    ("received the United Nations Peace Medals", "received the UN Service Medal": " the "
    left), so that the receiving verb's object is seen as the noun; gap unchanged when no
    word ends it capitalised or all its words are."""
    tokens = list(_GAP_TOKEN.finditer(gap))
    cut = len(tokens)
    while cut > 0 and tokens[cut - 1].group()[:1].isupper() and tokens[cut - 1].group()[:1].isalpha():
        cut -= 1
    if cut in (0, len(tokens)):
        return gap
    return gap[:tokens[cut].start()]


@lru_cache(maxsize=None)
def _noun_determiners(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Folded determiners of the language after which a word is a noun, never a verb: those
    that are no object pronoun (vocabulary "noun_determiners"), and those that are one unless
    the word is in the plural ("noun_determiners_before_plural": French "les attaques", not "il
    les attaque"). Only the language's own: English "a" is the French auxiliary ("il a
    attaqué"). Every language's where the language is unknown ("und")."""
    return _own_language_words("noun_determiners", language), _own_language_words("noun_determiners_before_plural", language)


def _after_noun_determiner(compared: str, start: int, end: int, language: str) -> bool:
    """Whether the event word at compared[start:end] follows a determiner that makes it a
    noun (_noun_determiners): "the attacks", "des attaques", "les attaques"."""
    before = re.search(r"([^\W\d_]+)\s+$", compared[max(0, start - 20):start])
    if not before:
        return False
    always, plural = _noun_determiners(language)
    word = fold(before.group(1))
    return word in always or (word in plural and compared[start:end].rstrip().endswith("s"))


_GAP_WORD = re.compile(r"[^\W\d_]+['\u2019]?|\S")


@lru_cache(maxsize=None)
def _stance_gap_words() -> frozenset[str]:
    """Folded words that may stand between a verb of stance and the noun of the happening it
    is about: articles (vocabulary "definite_determiners", "indefinite_determiners",
    "name_articles"), prepositions ("object_gap_prepositions"), words qualifying the noun
    before it ("stance_object_qualifiers": "the latest attack", "la récente attaque"), words
    of a relative day (dates.yaml "relative_days", "past_markers"), any language's."""
    vocabulary, date_words = reference().vocabulary, reference().date_words
    listed = [w for section in ("definite_determiners", "indefinite_determiners", "object_gap_prepositions",
                                "stance_object_qualifiers")
              for words in (vocabulary.get(section) or {}).values() for w in words or ()]
    listed += [*reference().words("name_articles")]
    listed += [w for section in ("relative_days", "past_markers") for words in (date_words.get(section) or {}).values()
               for w in words or ()]
    return frozenset(part for w in listed for part in _GAP_WORD.findall(fold(w)))


def stance_object_gap(gap: str) -> bool:
    """Whether the text between a verb of stance and the noun of a happening leaves the noun
    its object: spaces and at most four words, each an article, a preposition or a word
    of a day ("mardi la", "on Tuesday the", "este martes el", "l'"; _stance_gap_words and the
    month and weekday names of dates.yaml). "condemned remarks about the attack" condemns
    the remarks, not the attack."""
    if gap and not (gap[:1].isspace() or gap[:1] == ","):
        return False
    # "condemned in the strongest terms the attack": how the stance was taken, set aside, with
    # the quotation marks or commas printed around it ('condemned "in the strongest terms" the
    # attack', "condenó, en términos enérgicos, el ataque"; folded, "«" reads "<<")
    words = _GAP_WORD.findall(re.sub(r"[\"\u201c\u201d\u00ab\u00bb<>,]", " ", _stance_manner().sub(" ", fold(gap))))
    return len(words) <= 4 and all(w in _stance_gap_words() or date_word(w) for w in words)


@lru_cache(maxsize=None)
def _stance_manner() -> re.Pattern:
    """The words of how a stance is taken, any language's, folded (vocabulary
    "stance_manner_words": "strongly", "in the strongest terms", "fermement", "en términos
    enérgicos", "mạnh mẽ")."""
    return re.compile(r"(?<![\w'])(?:" + (_any_language("stance_manner_words", folded=True) or "(?!)") + r")(?![\w'])")


@dataclass(frozen=True)
class _ParticipleWords:
    endings: tuple[str, ...]  # how a participle ends
    plurals: tuple[str, ...]  # how a plural noun ends
    determiners: frozenset[str]  # plural determiners and number words
    excluded: frozenset[str]  # auxiliaries and other words that are no noun


def _lowered_words(section: str, language: str) -> list[str]:
    """The words of one vocabulary section for a language (ISO 639-1; none for another),
    lowercased with their diacritics (NFC), in the order listed."""
    return [unicodedata.normalize("NFC", w.lower()) for w in (reference().vocabulary.get(section) or {}).get(language) or ()]


@lru_cache(maxsize=None)
def _participle_words(language: str) -> _ParticipleWords:
    """The words noun_participle reads, of a language, lowercased (vocabulary
    "participle_endings", "plural_endings", "plural_determiners", "number_words",
    "participle_auxiliaries", "participle_non_nouns"); empty for a language without them."""
    def listed(*sections: str) -> list[str]:
        return [w for section in sections for w in _lowered_words(section, language)]
    return _ParticipleWords(tuple(listed("participle_endings")), tuple(listed("plural_endings")),
                            frozenset(listed("plural_determiners", "number_words")),
                            frozenset(listed("participle_auxiliaries", "participle_non_nouns")))


def noun_participle(sentence: str, start: int, end: int, language: str = "und") -> bool:
    """Whether the event verb at sentence[start:end] is a past participle right after a plural
    noun phrase with no auxiliary between ("les soldats déployés par l'Espagne", "los militares
    desplegados por España", "des Casques bleus tués"): it describes the noun, a reduced
    relative clause. The phrase: a plural determiner or a number, then one to three words
    ending as a plural does, the last in lowercase, none an auxiliary ("nous sommes arrivés",
    "tu as déployé") or other word that is no noun (vocabulary "participle_endings",
    "plural_endings", "plural_determiners", "number_words", "participle_auxiliaries",
    "participle_non_nouns"). language: ISO 639-1 code of the text."""
    known = _participle_words(language)
    printed = unicodedata.normalize("NFC", sentence[start:end].lower())
    if not known.endings or " " in printed.strip() or not printed.endswith(known.endings):
        return False
    words = re.findall(r"[^\W_]+['\u2019]?|[^\w\s]", sentence[max(0, start - 80):start])
    run = 0
    for word in reversed(words):
        lower = unicodedata.normalize("NFC", word.lower()).replace("\u2019", "'")
        if run and (lower in known.determiners or lower.isdigit()):
            return True
        if (run == 3 or not lower.endswith(known.plurals) or lower in known.excluded
                or lower in known.determiners or (run == 0 and not word[:1].islower())):
            return False
        run += 1
    return False


@lru_cache(maxsize=None)
def _infinitive_markers(language: str) -> frozenset[str]:
    """The words that make the verb after them an infinitive ("to", "de", "a"), lowercased:
    vocabulary "infinitive_markers"."""
    return frozenset(unicodedata.normalize("NFC", w.lower())
                     for w in (reference().vocabulary.get("infinitive_markers") or {}).get(language) or ())


@lru_cache(maxsize=None)
def _irregular_participles(language: str) -> frozenset[str]:
    """Past participles of the language that end as no "reduced_relative_endings" say
    ("held", "fait", "puesto"), lowercased: vocabulary "irregular_participles"."""
    return frozenset(unicodedata.normalize("NFC", w.lower())
                     for w in (reference().vocabulary.get("irregular_participles") or {}).get(language) or ())


def _participle_shape(word: str, endings: tuple[str, ...], irregular: frozenset[str], longer_than: int) -> bool:
    """Whether a word, lowercased (NFC), has a participle's shape: one of endings closing a
    word of more than `longer_than` characters, or one of the irregular participles."""
    return bool(endings and word.endswith(endings) and len(word) > longer_than) or word in irregular


def _lowercase_first_word(printed: str) -> str:
    """The first word of printed, lowercased (NFC), where it is printed in lowercase; "" where
    it opens on a capital, a digit or a mark, or holds no word."""
    first = printed.split()[0] if printed.split() else ""
    return unicodedata.normalize("NFC", first.lower()) if first[:1].islower() else ""


@lru_cache(maxsize=None)
def _reduced_relative_words(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(how a past participle of the language ends, the words that make one part of a verb
    form: auxiliaries, "will", "to"), lowercased: vocabulary "reduced_relative_endings" and
    "participle_auxiliaries"."""
    return tuple(_lowered_words("reduced_relative_endings", language)), frozenset(_lowered_words("participle_auxiliaries", language))


def reduced_relative(sentence: str, word: EventWord, language: str = "und", adjective: bool = False) -> bool:
    """Whether the event word is a past participle describing the noun right before it, no
    auxiliary, "will" or "to" in the two words before it ("will join the doctors of the
    first group deployed on 2 October", "rejoindront les médecins déployés le 2 octobre"):
    it tells what was done, whatever the tense of the sentence's own verb. One word ending
    as a participle does (vocabulary "reduced_relative_endings"), the word before it in
    lowercase; a verb of the event lists, not a noun ("su retirada"); with adjective, a word
    of the noun lists too after a word of four letters or more that is no determiner (a noun:
    "los soldados muertos", not "los muertos", "su retirada").
    language: ISO 639-1 code of the text."""
    endings, auxiliaries = _reduced_relative_words(language)
    printed = unicodedata.normalize("NFC", sentence[word.start:word.end].lower())
    if not endings or " " in printed.strip() or not printed.endswith(endings):
        return False
    if not word.verb and not (adjective and not _after_noun_determiner(
            _compared(sentence, language in EXACT_LANGUAGES), word.start, word.end, language)
            and re.search(r"[^\W\d_]{4,}\s+$", sentence[max(0, word.start - 40):word.start])):
        return False
    before = re.findall(r"[^\W_]+['\u2019]?|[^\w\s]", sentence[max(0, word.start - 60):word.start])[-2:]
    if not before or not before[-1][:1].islower():
        return False
    return not any(unicodedata.normalize("NFC", w.lower()).replace("\u2019", "'") in auxiliaries for w in before)


@lru_cache(maxsize=None)
def _object_opener(language: str) -> re.Pattern | None:
    """A definite determiner (vocabulary "definite_determiners") opening a noun phrase, with
    the space after it or glued when elided ("the ", "ce ", "l'")."""
    table = reference().vocabulary.get("definite_determiners") or {}
    languages = listed_languages(table, language)
    words = sorted({fold(w) for lang in languages for w in table.get(lang) or ()}, key=len, reverse=True)
    forms = [re.escape(w) if w.endswith("'") else re.escape(w) + r"\s+" for w in words]
    return re.compile(r"(?:" + "|".join(forms) + r")") if forms else None


def told_through(sentence: str, start: int, language: str = "und", kind: str | None = None) -> bool:
    """Whether the noun starting at offset start names how the news was told, right after a
    verb of saying (vocabulary "report_verbs") and the words of "report_vehicle_words" ("said
    in a statement", "a indiqué dans un communiqué", "dijo en un comunicado", "cho biết
    trong thông cáo"; for a noun of kind "announcement" those of "report_occasion_words" too:
    "said at a press conference"), so that it is no happening of the sentence,
    also with the verb's object between ("confirmed the toll in a statement") or whom it was
    addressed to (vocabulary "report_audience_words": "told reporters at a press
    conference"); a verb of saying put after
    a comma before its subject may have the subject between ("..., précise la mission dans
    un communiqué", "..., said the force in a statement"); so may the day the words were said
    ("said on Friday in a statement", "a indiqué vendredi dans un communiqué"), whose noun
    would else be the sentence's happening, dated by the telling, and what it tells lost.
    language: ISO 639-1."""
    verbs, vehicles = _word_pattern("report_verbs", language), _word_pattern("report_vehicle_words", language)
    if verbs is None or vehicles is None:
        return False
    before = _compared(sentence[max(0, start - 90):start], language in EXACT_LANGUAGES)
    determiners = _object_opener(language)
    audience = _word_pattern("report_audience_words", language)
    occasions = _word_pattern("report_occasion_words", language) if kind == "announcement" else None
    days: list[tuple[int, int]] | None = None  # the window's printed and relative days, read once when asked

    def day_between(gap_start: int, gap_end: int) -> bool:
        """Whether the gap holds a day (a printed date or one relative to the article's) and,
        besides it, one short word at most ("said on Friday in a statement", "a indiqué
        vendredi dans un communiqué", "a annoncé le vendredi 9 juin dans un communiqué"):
        the day the words were said, no clause between."""
        nonlocal days
        if days is None:
            window = sentence[max(0, start - 90):start]
            days = [(d.start, d.end) for d in find_dates(window)] + relative_spans(window, language)
        inside = [(max(lo, gap_start), min(hi, gap_end)) for lo, hi in days if lo < gap_end and gap_start < hi]
        if not inside:
            return False
        rest = _blanked(before, inside)[gap_start:gap_end]
        return re.fullmatch(r"[\s,]+(?:[\w']{1,4}[\s,]+)?", rest) is not None

    def between(v: re.Match, m: re.Match) -> bool:
        gap = before[v.end():m.start()]
        if re.fullmatch(r"\s+", gap):
            return True
        if day_between(v.end(), m.start()):
            return True
        # "confirmed the toll in a statement", "a confirmé ce bilan dans un communiqué": the
        # verb's object, a definite determiner and two words at most, stands between (not
        # "said troops were killed in an attack": a clause, no object)
        if determiners is not None and (opened := determiners.match(gap.lstrip())) is not None and re.fullmatch(
                r"(?:[\w\-.]+\s+){1,2}", gap.lstrip()[opened.end():]):
            return True
        # "told reporters at a press conference": whom the words were addressed to between
        if audience is not None and audience.fullmatch(gap.strip()):
            return True
        inverted = re.search(r"[,\u201d\u00bb\"]\s*$", before[:v.start()]) is not None
        return inverted and re.fullmatch(r"(?:\s+[\w'\-.]+){1,5}\s+", gap) is not None

    qualifiers = _word_pattern("report_vehicle_qualifiers", language)
    return any(between(v, m) and _vehicle_noun_follows(before[m.end():], qualifiers)
               for v in verbs.finditer(before) for pattern in (vehicles, occasions) if pattern is not None
               for m in pattern.finditer(before, v.end()))


def _vehicle_noun_follows(rest: str, qualifiers: re.Pattern | None) -> bool:
    """Whether rest, the text from the end of a word of "report_vehicle_words" to the noun
    after it, holds blanks only or one qualifier of vocabulary "report_vehicle_qualifiers"
    between blanks ("in a separate statement", "dans un nouveau communiqué", "en un breve
    comunicado"): the noun is then the one the vehicle words open. str (as _compared gives
    it), pattern or None -> bool. Source: held-out wire copy telling a casualty "in an
    earlier statement", read as an announcement dated by the telling."""
    if re.fullmatch(r"\s*", rest):
        return True
    if qualifiers is None:
        return False
    opened = re.match(r"\s+", rest)
    found = qualifiers.match(rest, opened.end()) if opened is not None else None
    return found is not None and re.fullmatch(r"\s+", rest[found.end():]) is not None


_CONTENT_REACH = 90  # from a statement's noun to the words opening its content: the day, a few words
_RELATIVE_SUBJECT = re.compile(r"\s*(?:[\w'\-.]+\s+){0,3}")  # a subject between a relative opener and its verb


def statement_content_opened(sentence: str, end: int, language: str = "und") -> bool:
    """Whether the statement noun ending at offset end has its content opened right after it,
    past the day it was issued and one short word at most: by a word of vocabulary
    "statement_content_links", a participle or a relative of saying ("issued a statement on
    Monday saying that ...", "a publié un communiqué indiquant que ...", "un comunicado según
    el cual ...", "một tuyên bố nói rằng ...", "thông cáo hôm thứ Năm cho biết ...") or by one
    of "statement_relative_openers"
    followed, within three words, by a verb of saying of "report_verbs" ("emitió el sábado un
    comunicado en el que indicó que ..."). Such a statement is how the news was told, no
    happening of its own: what it tells keeps its own day, as in "said on Saturday in a
    statement that ..." (told_through). Whatever verb issued the statement, if any, is not
    asked: the content opened after the noun is what makes it the telling. str, offset, ISO
    639-1 code -> bool. Source: held-out English, French, Spanish and Vietnamese wire copy
    whose told casualty was lost to the statement."""
    links = _word_pattern("statement_content_links", language)
    openers = _word_pattern("statement_relative_openers", language)
    verbs = _word_pattern("report_verbs", language)
    if links is None and (openers is None or verbs is None):
        return False
    window = sentence[end:end + _CONTENT_REACH]
    after = _compared(window, language in EXACT_LANGUAGES)
    days = [(d.start, d.end) for d in find_dates(window)] + relative_spans(window, language)
    opened = re.match(r"[\s,]*", after).end()
    # the day the statement was issued, with one short word at most besides it ("el sábado", "hôm thứ Bảy")
    spans = sorted(span for span in days if span[0] >= opened)
    if spans and re.fullmatch(r"[\s,]*(?:[\w']{1,4}[\s,]+)?", after[opened:spans[0][0]]):
        lo, hi = spans[0]
        opened = hi + re.match(r"[\s,]*", after[hi:]).end()
    if links is not None and links.match(after, opened) is not None:
        return True
    relative = openers.match(after, opened) if openers is not None and verbs is not None else None
    if relative is None:
        return False
    subject = _RELATIVE_SUBJECT.match(after, relative.end())
    return any(verbs.match(after, at) is not None for at in _word_starts(after, relative.end(), subject.end()))


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """The offsets in text[lo:hi + 1] where a word starts (after blanks)."""
    return [m.start() for m in re.finditer(r"(?<![\w'\-])[\w]", text[:hi + 1]) if m.start() >= lo]


# what may stand between a fronted vehicle's noun and the comma closing its phrase ("In a
# statement on Saturday,", "Dans un communiqué publié samedi soir,"): a few words, no clause end
_FRONTED_PHRASE = re.compile(r"[^,;:()\u2013\u2014]{0,60},")
_FRONTED_REACH = 70  # from that comma to the verb of saying: the subject, a few words


def fronted_vehicle(sentence: str, start: int, language: str = "und") -> bool:
    """Whether the noun starting at offset start names how the news was told in a phrase
    opening the sentence (vocabulary "report_vehicle_words" right before it: "In a statement
    on Saturday, the army said ...", "Dans un communiqué publié samedi, l'armée a indiqué
    que ...", "En un comunicado el sábado, el ejército dijo que ...", "Trong thông cáo ngày
    3/5, quân đội cho biết ..."), the phrase closed by a comma within 60 characters and a
    verb of saying (vocabulary "report_verbs") within 70 characters after it, or one of a
    stance (the announcement kind's verbs: "condemned", "a condamné") with a date past the
    phrase ("In a statement to the press, the Council condemned yesterday's attack"): the
    statement carrying the news, not a happening of its own. language: ISO 639-1 code of
    the text."""
    verbs, vehicles = _word_pattern("report_verbs", language), _word_pattern("report_vehicle_words", language)
    if verbs is None or vehicles is None or start > 40:
        return False
    exact = language in EXACT_LANGUAGES
    head = _compared(sentence[:start], exact)
    opened = re.match(r"\W*", head).end()
    vehicle = vehicles.match(head, opened)
    if vehicle is None or not _vehicle_noun_follows(head[vehicle.end():],
                                                    _word_pattern("report_vehicle_qualifiers", language)):
        return False
    rest = _compared(sentence[start:start + 60 + 1 + _FRONTED_REACH + 30], exact)
    phrase = _FRONTED_PHRASE.match(rest)
    if phrase is None:
        return False
    after = rest[phrase.end():phrase.end() + _FRONTED_REACH]
    # a stance taken in the statement ("In a statement issued late yesterday, the envoy
    # condemned the attack"): the announcement kind's verbs, told through it as saying is
    # condemned, with a day of what it condemns past the phrase ("yesterday's attack"); with
    # none, the statement of a stance is the sentence's happening ("In a statement, the
    # mission condemned the attack")
    if verbs.search(after) is not None:
        return True
    stances = _stance_verbs(language)
    tail = sentence[start + phrase.end():]
    return stances is not None and stances.search(after) is not None and bool(
        find_dates(tail) or relative_spans(tail, language))


@lru_cache(maxsize=None)
def _stance_verbs(language: str) -> re.Pattern | None:
    """Whole-word pattern of the verbs of the announcement kind (vocabulary "event_kinds",
    announcement, verbs: "condemned", "a condamné", "condenó", "lên án"), as _word_pattern
    gives a list, for the language (every non-exact language's when it lists none)."""
    table = ((reference().vocabulary.get("event_kinds") or {}).get("announcement") or {}).get("verbs") or {}
    words = _vocabulary_words(table, language)
    return re.compile(r"(?<![\w-])(?:" + alternation(words) + r")(?![\w-])") if words else None


def wished_time(sentence: str, mention: DateMention, anchor: PartialDate, language: str = "und") -> bool:
    """Whether a date is the time of a happening wished, asked for or called for, not of the
    wish: printed after a word of a stance (vocabulary "stance_words": "souhaite son retrait
    définitif en 2020", "wants the mission to leave in 2020", "yêu cầu phái bộ rời khỏi đất
    nước vào năm 2024") in its clause (no comma, semicolon, colon, dash or parenthesis
    between), with a year printed later than the article's (anchor). A wish is told when it is
    made; a year to come is the time it names, no happening of that year. language: ISO 639-1
    code of the text."""
    if mention.value.year is None or anchor.year is None or mention.value.year <= anchor.year:
        return False
    pattern = _word_pattern("stance_words", language)
    if pattern is None:
        return False
    compared = _compared(sentence[:mention.start], language in EXACT_LANGUAGES)
    return any(not _CLAUSE_END.search(sentence, m.end(), mention.start) for m in pattern.finditer(compared))


def stance_topic(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether an event noun is the topic of a wish, a worry or a stress (vocabulary
    "stance_words": "called for dialogue", "l'importance de la formation", "preocupación por
    los ataques", "lo ngại về các vụ tấn công"), three words at most and no comma between:
    it names no happening the sentence tells; nor does a verb so placed ("urged the parties
    to meet"). language: ISO 639-1 code of the text."""
    pattern = _word_pattern("stance_words", language)
    if pattern is None:
        return False
    before = _compared(sentence[max(0, word.start - 60):word.start], language in EXACT_LANGUAGES)
    return any(re.fullmatch(r"(?:\s+[\w'-]+){0,3}\s*", before[m.end():]) for m in pattern.finditer(before))



def unrealised_spans(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where a sentence tells a happening that was due and did not take place: from a word of
    vocabulary "unrealised_words" ("should have returned", "auraient dû rentrer", "debían
    haber regresado", "lẽ ra phải về nước") to the end of its clause (the next comma,
    semicolon, colon, dash or parenthesis, a conjunction of contrast of vocabulary
    "unrealised_clause_ends" ("but", "mais", "pero", "nhưng"), or the sentence's end). No
    event word and no date in such a span tells a happening. Returns (start, end) offsets.
    language: ISO 639-1 code."""
    pattern = _word_pattern("unrealised_words", language)
    if pattern is None:
        return []
    contrast = _word_pattern("unrealised_clause_ends", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    spans = []
    for match in pattern.finditer(compared):
        ends = [m.start() for m in (_CLAUSE_END.search(compared, match.end()),
                                    contrast.search(compared, match.end()) if contrast else None) if m]
        end = min(ends, default=len(compared))
        # "refused to sign a truce signed two years ago": the object's own participle tells
        # what was done, outside what was refused
        end = min(end, _object_participle_start(sentence, match.end(), end, language))
        spans.append((match.start(), end))
    return spans


def _object_participle_start(sentence: str, start: int, end: int, language: str) -> int:
    """Where, in sentence[start:end], a past participle describing the noun right before it
    opens (a reduced relative: "a truce signed in 2021", "la trêve signée il y a deux ans"),
    past the verb its clause opens on; `end` when none does. A participle ends as vocabulary
    "reduced_relative_endings" says or is one of "irregular_participles"; the word before it
    is a lowercase word of four letters or more, neither an auxiliary ("participle_auxiliaries":
    "should have returned") nor a determiner. language: ISO 639-1 code of the text."""
    endings, auxiliaries = _reduced_relative_words(language)
    if not endings:
        return end
    irregular = _irregular_participles(language)
    tokens = list(_GAP_WORDS.finditer(sentence, start, end))
    for previous, token in zip(tokens[1:], tokens[2:]):  # the first word is the refused verb
        word = unicodedata.normalize("NFC", token.group().lower())
        if (_participle_shape(word, endings, irregular, 4)
                and _participle_noun(previous.group(), auxiliaries, language)):
            return token.start()
    return end


def _participle_noun(noun: str, auxiliaries: frozenset[str], language: str) -> bool:
    """Whether the word right before a participle can be the noun it describes (a reduced
    relative: "a truce signed"): a lowercase word of four letters or more, neither one of
    auxiliaries ("participle_auxiliaries": "will be signed") nor a determiner
    (_noun_determiners: "the signed")."""
    always, plural = _noun_determiners(language)
    return (noun[:1].islower() and len(noun) >= 4 and noun.lower() not in auxiliaries
            and fold(noun) not in always and fold(noun) not in plural)


# a run of letters (no digit, no underscore): a word as other_relative_clauses reads it
_LETTERS = re.compile(r"[^\W\d_]+")


def describes_noun(sentence: str, start: int, language: str = "und") -> bool:
    """Whether a clause opening at offset start on a relative pronoun describes the noun right
    before it: a word of three letters or more, no mark between, no verb group opening
    between that word and the clause (not "announced that", "la que hirió") and no verb of
    saying before it (said_that: "said that"). The test other_relative_clauses applies."""
    previous = list(_LETTERS.finditer(sentence, max(0, start - 40), start))
    if not previous or sentence[previous[-1].end():start].strip() or len(previous[-1].group()) < 3:
        return False
    opener = re.match(r"[\w']+", sentence[start:])
    end = start + (opener.end() if opener else 0)
    return not _verb_groups(sentence, previous[-1].start(), start, language) and not said_that(sentence, start, end, language)


def other_relative_clauses(sentence: str, main: EventWord, language: str = "und",
                           words: list[EventWord] = ()) -> list[tuple[int, int]]:
    """Where the sentence's relative clauses run that tell of another noun than the main event
    word: a clause opened by a relative pronoun (vocabulary "relative_pronouns") after a
    word of three letters or more no verb group opens (a noun, not "announced that" nor "la
    que"), holding no main word and not
    right after it nor after another event word of `words` ("visited the battalion that will
    deploy next month": the deploying is to come, the visit is not; "a visit that will take
    place", "the blast of a mine that wounded two" keep their clause), nor the complementiser of
    a verb of saying whose past has no participle's shape ("said that", after_telling). Their
    tense is their own, none of the happening's. Returns (start, end) offsets in sentence;
    the clauses run as _subordinate_spans gives them. language: ISO 639-1 code."""
    pronouns = _word_pattern("relative_pronouns", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if pronouns is None or len(compared) != len(sentence):
        return []
    spans = []
    for start, end in _subordinate_spans(compared, language, sentence):
        opener = pronouns.match(compared, start)
        if opener is None or start <= main.start < end or any(
                start >= w.end and not sentence[w.end:start].strip() for w in (main, *words)):
            continue
        previous = list(_LETTERS.finditer(sentence, max(0, start - 40), start))
        if not previous or sentence[previous[-1].end():start].strip():
            continue  # a mark between: no noun the clause describes
        word_start = previous[-1].start()
        if len(previous[-1].group()) < 3:
            continue  # "la que hirió", "celui qui": a pronoun standing for a noun said before
        if _verb_groups(sentence, word_start, start, language):
            continue  # "announced that", "a annoncé que": the verb's object, no relative clause
        if said_that(sentence, start, opener.end(), language):
            continue  # "said that": what was said, no relative clause
        spans.append((start, end))
    return spans


@lru_cache(maxsize=None)
def _tense_particles(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(future particles, past particles) of a language that tells tense by particles
    (vocabulary "tense_particle_languages"; dates.yaml "future_markers" and
    "past_tense_auxiliaries"), as whole-word patterns on the lowercased text; None for
    another language."""
    if language not in (reference().vocabulary.get("tense_particle_languages") or ()):
        return None
    words = reference().date_words
    future, past = ((words.get(section) or {}).get(language) or () for section in ("future_markers", "past_tense_auxiliaries"))
    if not future or not past:
        return None
    return tuple(re.compile(r"(?<!\w)(?:" + alternation(unicodedata.normalize("NFC", w.lower()) for w in listed) + r")(?!\w)")
                 for listed in (future, past))


def other_tense_particles(sentence: str, main: EventWord, language: str = "und") -> list[tuple[int, int]]:
    """Where the future particles of the main event word's clause stand that mark another
    verb, in a language telling tense by a particle before each verb (_tense_particles): all
    of them when the particle nearest before the main word is a past one ("Tiểu đoàn sẽ triển
    khai trong những tuần tới đã tổ chức lễ xuất quân", "Bộ trưởng đã thăm tiểu đoàn sẽ triển
    khai tới Nam Sudan": the ceremony and the visit are past). Returns (start, end) offsets;
    none in another language. The clause runs from the last comma, semicolon, colon, dash or
    parenthesis before the word to the next one after it."""
    particles = _tense_particles(language)
    if particles is None:
        return []
    future, past = particles
    lowered = unicodedata.normalize("NFC", sentence).lower()
    if len(lowered) != len(sentence):
        return []
    start = _clause_start(sentence, main.start)
    end_match = _CLAUSE_END.search(sentence, main.end)
    end = end_match.start() if end_match else len(sentence)
    before = [(m.start(), False) for m in future.finditer(lowered, start, main.start)] + [
        (m.start(), True) for m in past.finditer(lowered, start, main.start)]
    if not before or not max(before)[1]:
        return []
    return [(m.start(), m.end()) for m in future.finditer(lowered, start, end)]


_INTENT_REACH = 8  # words between an intent phrase and the verb it makes planned


def intended(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether the sentence tells the happening of an event verb as intended, decided,
    prepared or worked towards, not done ("is working with Kenya to deploy", "decided to
    deploy", "prévoit de déployer", "tiene previsto visitar", "đang chuẩn bị lên đường"): a
    phrase of vocabulary "intent_phrases" in the verb's clause (no comma, semicolon, colon,
    dash or parenthesis between), at most eight words before it. Such a happening is planned
    (announced). Nouns are left alone ("considers the attack"), and so are the kinds a
    decision makes by itself (vocabulary "intent_act_kinds": "decided to extend the mandate"
    extends it). language: ISO 639-1 code."""
    if not word.verb or word.kind in (reference().vocabulary.get("intent_act_kinds") or ()):
        return False
    pattern = _word_pattern("intent_phrases", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opened = _clause_start(compared, word.start)
    return any(len(_GAP_WORDS.findall(compared[m.end():word.start])) <= _INTENT_REACH
               for m in pattern.finditer(compared, opened, word.start))


_PARTICIPLE_DATE_REACH = 4  # words between a participle and the date it takes ("signed in Addis Ababa on")


def participle_dated(sentence: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a date is the time of a past participle right after its noun, in the same
    clause, at most four words before the date ("a schedule drawn up in April", "the truce
    signed in Addis Ababa on May 9", "los soldados muertos en Gao el 15 de mayo"): a
    participle ends as vocabulary "reduced_relative_endings" says or is one of
    "irregular_participles"; the word before it is a lowercase word of four letters or more,
    neither an auxiliary ("participle_auxiliaries": "will be signed on") nor a determiner;
    or the participle opens the clause after a comma, an apposition ("la trêve, signée le 9 mai").
    What the participle tells is done, even in a sentence about the future. language: ISO
    639-1 code of the text."""
    endings, auxiliaries = _reduced_relative_words(language)
    if not endings:
        return False
    opening = clause_opening(sentence, mention.start, language)
    before = _GAP_WORDS.findall(sentence[opening.start:mention.start])
    irregular = _irregular_participles(language)
    for back in range(1, min(len(before), _PARTICIPLE_DATE_REACH + 1) + 1):
        word = unicodedata.normalize("NFC", before[-back].lower())
        if not (word.endswith(endings) or word in irregular):
            continue
        if back == len(before):
            # an apposition after a comma ("la trêve du 9 mai, signée à Juba le 9 mai")
            if opening.comma:
                return True
            continue
        if _manner_opened(before[:-back], language):
            continue  # "partirá de forma escalonada en mayo": an adjective of manner, no participle
        if _participle_noun(before[-back - 1], auxiliaries, language):
            return True
    return False


@lru_cache(maxsize=None)
def _manner_phrases(language: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of vocabulary "manner_openers" of a language, each as its lowercase words
    (_GAP_WORDS, a typographic apostrophe made straight): () when the language lists none."""
    phrases = ((reference().vocabulary.get("manner_openers") or {}).get(language)) or ()
    return tuple(tuple(w.lower().replace("\u2019", "'") for w in _GAP_WORDS.findall(p)) for p in phrases)


def _manner_opened(words: list[str], language: str) -> bool:
    """Whether the words `words` (as _GAP_WORDS finds them, in text order) end on a phrase of
    manner (vocabulary "manner_openers": "de forma", "de manière", "d'une façon"), so that the
    word after them, shaped as a past participle, is an adjective of manner ("de forma
    escalonada") rather than a participle telling a done deed (participle_dated)."""
    folded = [w.lower().replace("\u2019", "'") for w in words]
    return any(len(p) <= len(folded) and tuple(folded[-len(p):]) == p for p in _manner_phrases(language))


def _clause_apart(compared: str, mention: DateMention, main: EventWord) -> bool:
    """Whether a comma, semicolon, colon, bracket or dash stands between a date and the main word."""
    lo, hi = (main.end, mention.start) if main.end <= mention.start else (mention.end, main.start)
    return lo < hi and _CLAUSE_END.search(compared, lo, hi) is not None


def participle_date_apart(sentence: str, mention: DateMention, main: EventWord, language: str = "und") -> bool:
    """Whether a printed date is the time of a past participle after its noun (participle_dated:
    "que, por la crisis iniciada en enero, no habían podido volver") in a clause other than the
    main event word's (a comma, semicolon, colon, bracket or dash between them): it dates the
    participle's happening, not the main word, which then takes its own day ("esta
    madrugada") or none. language: ISO 639-1 code of the text."""
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if _after_period_start(compared, mention, language):
        return False  # "la mayor pérdida desde 2003, cuando ...": a since-phrase, no participle's time
    return _clause_apart(compared, mention, main) and participle_dated(sentence, mention, language)


def relative_aside_date(sentence: str, mention: DateMention, main: EventWord, language: str = "und") -> bool:
    """Whether a printed date stands in a relative clause set off by commas before the main
    event word (clause_opening: "The envoy, who visited Bamako on 12 May, will brief
    the Council on Thursday", "La mission, qui a perdu 20 casques bleus en 2023, a été
    attaquée dimanche", "La misión, que perdió 20 cascos azules en 2023, fue atacada el
    domingo"): the clause tells of its noun, in a time of its own; the date is its, not the
    main word's, which then takes its own day or none (as participle_date_apart does for a
    participle). The clause must close (a comma, semicolon, colon, bracket or dash) between
    the date and the main word. A clause opened by a relative of place (vocabulary
    "place_relatives": "The base, where two peacekeepers were killed in March, was attacked on
    Friday", "La base, où ...", "La base, donde ...") is such a clause too. language: ISO
    639-1 code of the text."""
    if mention.end > main.start:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if len(compared) != len(sentence) or not _clause_apart(compared, mention, main):
        return False
    opening = clause_opening(sentence, mention.start, language)
    return opening.comma and (opening.relative or opening.place)


def subject_participle_date(sentence: str, mention: DateMention, main: EventWord, language: str = "und") -> bool:
    """Whether a printed date is the time of a past participle describing the subject
    (participle_dated: "la junta surgida del golpe de agosto de 2020", "la junte issue du
    putsch d'août 2020"), before the main event verb in its clause (no comma, semicolon,
    colon, bracket or dash between), while a date opens right after that verb
    (dated_right_after: "anunció el martes", "a annoncé mardi"): the printed date tells
    what the subject came from, the day after the verb dates the main event. language: ISO
    639-1 code of the text."""
    if not main.verb or mention.end > main.start:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if _clause_apart(compared, mention, main):
        return False
    return participle_dated(sentence, mention, language) and dated_right_after(sentence, main.end, language)


def span_start_apart(sentence: str, mention: DateMention, main: EventWord, language: str = "und") -> bool:
    """Whether a printed date is the first day of a span, right after a word of vocabulary
    "period_start_words" ("depuis le", "desde el", "since the"), in a clause other than the
    main event word's ("sa création étant effective depuis le 3 mars, un soldat a été tué
    jeudi"; "la mission, active depuis le 2 mars, ..."): a bound of a span said in passing,
    no day of a happening (in the main word's own clause, "en grève depuis le 16 janvier"
    may date the state's start, and so may a phrase opening the sentence: "Depuis le 16
    janvier, la brigade conduit l'opération"). language: ISO 639-1 code of the text."""
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if not _clause_apart(compared, mention, main):
        return False
    if mention.start < main.start and _clause_start(compared, mention.start) == 0:
        return False  # a fronted phrase of the main clause
    return _after_period_start(compared, mention, language)


# kinds of happening done once on a day, which a span of years can only bound ("contingents
# were deployed from 2013 to 2023": a span of service, no deployment of 2013): service_span
_SERVICE_SPAN_KINDS = frozenset({"deployment"})


def service_span(sentence: str, mention: DateMention, main: EventWord, language: str = "und") -> bool:
    """Whether a printed year opens a span of years that dates a deployment (main's kind, of
    _SERVICE_SPAN_KINDS): a span joined by a dash (join_year_spans: "envoyées de 2013-2023")
    or the year followed by a word of vocabulary "year_span_joiners" and a later year ("were
    deployed from 2013 to 2023", "déployés de 2014 à 2016", "desplegados desde 2013 hasta
    2023"; a word of the date may stand before a year, _bound_gap: "từ năm 2013 đến năm
    2023"). Such a span is the time the troops served, which the rulebook counts no
    happening ("a bare span does not"). A war or a crisis over a span ("la guerre de
    1998-2003") is no deployment and keeps its dates, and so does a deployment ahead (the
    future tense in the deployment's clause, up to its word when a verb tells it: "will send
    200 officers between late 2019 - early 2020" names the window of one planned sending, and
    so does "the deployment from 2025 to 2027 will cost ..."; a future word after the verb,
    "were deployed from 2012 to 2020, each replaced by the next", does not). language: ISO 639-1 code of the text."""
    if main.kind not in _SERVICE_SPAN_KINDS or mention.kind != "year" or mention.value is None:
        return False
    # the deployment's own verb group, not a future word elsewhere ("replaced by the next"); a
    # noun's clause, whose verb comes after it ("the deployment from 2025 to 2027 will cost")
    lo, hi = _clause_span(sentence, main.start, main.end)
    if future_tense(sentence[lo:main.end if main.verb else hi], language):
        return False
    if mention.value_end is not None:
        return True
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    year = mention.value.year
    joiners = _word_pattern("year_span_joiners", language)
    if joiners is not None:
        # the first year: a joiner and a later year after it
        # (a word of the date may stand before a year: "từ năm 2012 đến năm 2020", _bound_gap)
        joined = joiners.match(compared, mention.end + len(compared[mention.end:]) - len(compared[mention.end:].lstrip()))
        gap = joined and _bound_gap().match(compared, joined.end())
        last = gap and re.match(r"(" + _SPAN_YEAR + r")\b", compared[gap.end():])
        if last and int(last.group(1)) > year:
            return True
        # the last year: an earlier year and a joiner before it
        for joined in joiners.finditer(compared, max(0, mention.start - 25), mention.start):
            first = re.search(r"\b(" + _SPAN_YEAR + r")\s*$", compared[:joined.start()])
            if first and int(first.group(1)) < year and _bound_gap().fullmatch(compared, joined.end(), mention.start):
                return True
    # "entre 2013 y 2023", "between 2013 and 2023": a word of vocabulary "year_span_between", a
    # year, a conjunction and the later year, the year printed one of the two (not "on leave
    # between 2000 and 2004 were deployed in 2010")
    between = _word_pattern("year_span_between", language)
    if between is None:
        return False
    conjunctions = _conjunction_words(language)
    for opener in between.finditer(compared, max(0, mention.start - 40), mention.end):
        years = re.fullmatch(r"\s*(" + _SPAN_YEAR + r")\s+([^\W\d]+)\s+(" + _SPAN_YEAR + r")\b.*",
                             compared[opener.end():], re.DOTALL)
        if (years and fold(years.group(2)) in conjunctions and int(years.group(1)) < int(years.group(3))
                and year in (int(years.group(1)), int(years.group(3)))):
            return True
    return False


def subject_since_date(sentence: str, mention: DateMention, main: EventWord, language: str = "und") -> bool:
    """Whether a printed date right after a word of vocabulary "period_start_words" stands in
    the subject of the main event verb, after words of its own and in the same clause ("les
    Casques bleus portés disparus depuis le 11 mai ont été libérés mercredi", "los cascos
    azules desaparecidos desde el 11 de mayo fueron hallados el miércoles"): the start of the
    subject's state, not the time of the main happening, which then takes another day of the
    sentence or none. A since-phrase fronting its clause ("Depuis le 16 janvier, la brigade
    conduit l'opération") is the main clause's own. language: ISO 639-1 code of the text."""
    if not main.verb or mention.end > main.start:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    since = _phrase_before(_word_pattern("period_start_words", language), compared, mention.start, 30)
    if since is None or _CLAUSE_END.search(compared, mention.end, main.start):
        return False
    opened = _clause_start(compared, since.start())
    return re.search(r"\w", compared[opened:since.start()]) is not None


def _phrase_before(pattern: re.Pattern | None, compared: str, start: int, reach: int, gap: str = r"\s*") -> re.Match | None:
    """The first match of a vocabulary list's pattern (_word_pattern; None: no list) that lies
    whole within the reach characters before offset start of the sentence as _compared gives
    it (a phrase opening further back is not sought, however near its end), with
    only what gap (a pattern's source, matched whole; spaces by default) takes between its end
    and start: a word of the list right before a date or a noun, a few words at most between
    ("depuis le 11 mai", "declared war", "Before the war"). None where there is none."""
    if pattern is None:
        return None
    return next((m for m in pattern.finditer(compared, max(0, start - reach), start)
                 if re.fullmatch(gap, compared[m.end():start])), None)


def _after_period_start(compared: str, mention: DateMention, language: str) -> bool:
    """Whether a date stands right after a word of vocabulary "period_start_words" ("since",
    "depuis le", "desde el") in the compared sentence."""
    return _phrase_before(_word_pattern("period_start_words", language), compared, mention.start, 30) is not None


_DENIAL_DETERMINER_REACH = 6  # words between a negating determiner and the verb it denies
_DENIAL_ADVERB_REACH = 1  # words between a negating adverb and its verb ("were not injured")
_GAP_WORDS = re.compile(r"[^\W\d_]+['\u2019]?|\d+")


@lru_cache(maxsize=None)
def _negation_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """(negating determiners, negating adverbs, exceptions) of vocabulary "negating_determiners",
    "negating_adverbs", "negation_exceptions", as patterns on the sentence as _compared gives it;
    a negating word must be followed by a word, not a digit nor a full stop ("No. 4", "No 4")."""
    def pattern(section: str) -> re.Pattern | None:
        words = _vocabulary_words(reference().vocabulary.get(section) or {}, language)
        if not words:
            return None
        tail = r"(?=\s+[^\W\d_])" if section != "negation_exceptions" else r"(?![\w-])"
        # an enclitic (an apostrophe inside the word: "n't") hangs on the word before it ("couldn't")
        clitics = {w for w in words if re.search(r"['\u2019]\w", w)}
        attached = r"|(?<=[^\W\d_])(?:" + alternation(clitics) + r")" if clitics else ""
        return re.compile(r"(?:(?<![\w-])(?:" + alternation(words) + r")" + attached + r")(?:(?<=')|" + tail + r")")
    return pattern("negating_determiners"), pattern("negating_adverbs"), pattern("negation_exceptions")


# A quotation closed, a comma, then at most six words (the speaker, a day) with no clause
# punctuation, ending where a verb attributing the quotation starts: '"...", denunció ayer',
# '« ... », a dénoncé lundi', '"...", người phát ngôn X lên án'. Double marks only (_QUOTE_PAIRS:
# a single mark is an apostrophe as often).
_ATTRIBUTION_BEFORE = re.compile(r"[" + re.escape(_QUOTATION_MARKS) + r"]\s*,\s*(?:[^\s,;:.!?()\[\]]+\s+){0,6}$")
_QUOTE_OPENING = re.compile(r"[" + re.escape("".join(_QUOTE_PAIRS)) + r"]")


def held_as_subject(sentence: str, word: EventWord, words: list[EventWord], language: str = "und") -> EventWord:
    """The event verb `word` as the happening it tells: when it is part of a phrase of
    vocabulary "holding_verb_phrases" ("se celebró", "se celebrará") whose subject, the first
    event noun of `words` printed before it in its clause with no clause punctuation between,
    is of a kind that is held (vocabulary "holding_subject_kinds": a summit, a meeting, a vote;
    not the attack in "la misa por los muertos en el ataque se celebró"), as in "La cumbre se
    celebró el 3 de mayo", the phrase says the gathering took place: the verb takes
    the noun's kind (a summit held, not a ceremony beside the summit), so that the gathering is
    one event on the phrase's day; else `word` unchanged. language: ISO 639-1 code."""
    pattern = _word_pattern("holding_verb_phrases", language)
    if pattern is None or not word.verb:
        return word
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if not any(m.start() <= word.start and word.end <= m.end() for m in pattern.finditer(compared)):
        return word
    subject = next((w for w in words if not w.verb and w.end <= word.start
                    and not _CLAUSE_END.search(sentence, w.end, word.start)), None)
    kinds = reference().vocabulary.get("holding_subject_kinds") or ()
    if subject is None or subject.kind not in kinds:
        return word  # "la misa por los muertos en el ataque se celebró": no attack held
    return EventWord(subject.kind, subject.label, word.start, word.end, True, word.subordinate, word.frame, word.purpose)


_HOLDING_OBJECT_REACH = 6  # words between a holding or joining verb and the gathering ("celebró el martes una sesión")


def held_as_object(sentence: str, word: EventWord, words: list[EventWord], language: str = "und") -> EventWord:
    """The event verb `word` as the happening it tells: when it is a verb of vocabulary
    "holding_verbs" ("celebró", "celebraron": to hold, which Spanish says with the verb of
    celebrating) or "joining_verbs" ("joined", "a rejoint", "se unió a": to take part, which
    these languages say with the verb of joining a force) whose object, the first event noun
    of `words` after it in its clause, at most six words between ("celebró el 12 de julio una
    sesión") and no word of time order (vocabulary "held_object_barriers": "joined the force
    after the summit" joins the force, not the summit), is of a kind that is held (vocabulary "holding_subject_kinds": a meeting, a
    summit, a vote), as in "El Consejo celebró una sesión el martes" or "The envoy joined the
    talks on Tuesday", the verb says the gathering took place: it takes the noun's kind (a
    meeting held or attended, not a ceremony nor a deployment), so that the gathering is one
    event on the verb's day; else `word` unchanged. The object form of held_as_subject.
    language: ISO 639-1 code."""
    if not word.verb:
        return word
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    patterns = [p for p in (_word_pattern("holding_verbs", language), _word_pattern("joining_verbs", language)) if p is not None]
    if not any(m.start() <= word.start and word.end <= m.end() for p in patterns for m in p.finditer(compared)):
        return word
    held = next((w for w in words if not w.verb and w.start >= word.end), None)
    if held is None or _CLAUSE_END.search(sentence, word.end, held.start) \
            or len(_GAP_WORDS.findall(compared[word.end:held.start])) > _HOLDING_OBJECT_REACH:
        return word
    barrier = _word_pattern("held_object_barriers", language)
    if barrier is not None and barrier.search(compared, word.end, held.start):
        return word  # "joined the mission in 2019 after a training course": the noun is no object
    if held.kind not in (reference().vocabulary.get("holding_subject_kinds") or ()):
        return word  # "celebró el aniversario del ataque": what is celebrated, not held
    return EventWord(held.kind, held.label, word.start, word.end, True, word.subordinate, word.frame, word.purpose)


def quotation_attribution(sentence: str, word: EventWord) -> bool:
    """Whether an event word of the announcement kind ("denunció", "a dénoncé", "lên án";
    vocabulary event_kinds.announcement verbs) is the verb attributing a quotation printed
    before it, after a comma and at most six words ('"Es un crimen", condenó el martes el
    portavoz'), the quotation opening the sentence or following a colon (or opened in a
    sentence before, its start not in this one): then it says who spoke the quoted words, as
    "dijo" does there, and tells no condemnation as a happening of its own
    (tests/corpus/README.md: a statement carrying the news is not an event). sentence: the
    sentence's text; word: an EventWord of it."""
    if word.kind != "announcement" or not word.verb:
        return False
    closed = _ATTRIBUTION_BEFORE.search(sentence, 0, word.start)
    if closed is None:
        return False
    # the quotation opens the sentence (or follows a colon), or opened in a sentence before
    # it; not a few quoted words inside the sentence ('es "un crimen", y el Consejo condenó')
    head = sentence[:closed.start()]
    head = head[head.rfind(":") + 1:].lstrip(" \t\n-\u2013\u2014")
    return head[:1] in _QUOTE_PAIRS or _QUOTE_OPENING.search(head) is None


def denied(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether the sentence denies the happening of an event word ("No bodies were found",
    "aucun casque bleu n'a été blessé", "no hubo heridos", "không có thương vong"): in the
    word's clause (no comma, semicolon, colon, dash or parenthesis between), a negating
    determiner (vocabulary "negating_determiners") right before its noun or at most six words
    before its verb, or a negating adverb ("negating_adverbs") right before its verb, one word
    between at most ("were not injured", "n'ont pas été blessés"), modals and auxiliaries of
    "negation_verb_links" not counted ("no pudieron ser relevados"). Not a phrase of
    "negation_exceptions" ("no longer", "sin embargo"). language: ISO 639-1 code of the text."""
    determiners, adverbs, exceptions = _negation_patterns(language)
    if determiners is None and adverbs is None:
        return False
    links = _negation_links(language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opened = _clause_start(compared, word.start)
    excepted = [(m.start(), m.end()) for m in exceptions.finditer(compared, opened)] if exceptions else []
    for pattern, reach in ((determiners, _DENIAL_DETERMINER_REACH if word.verb else 0), (adverbs, _DENIAL_ADVERB_REACH)):
        if pattern is None or (pattern is adverbs and not word.verb):
            continue
        for match in pattern.finditer(compared, opened):
            if match.end() > word.start:
                break
            if any(lo <= match.start() < hi for lo, hi in excepted):
                continue
            gap = _GAP_WORDS.findall(compared[match.end():word.start])
            if pattern is adverbs:
                gap = [w for w in gap if w.lower() not in links]  # "no pudieron ser relevados"
            if len(gap) <= reach:
                return True
    return False


_UNHELD_REACH = 12  # words between a happening's noun and the phrase saying it did not take place
_UNHELD_LATER_REACH = 12  # characters after that phrase where a word of "until" may open
_UNHELD_SUBJECT_LEAD = 3  # words opening the clause before the happening heading the subject


def not_taken_place(sentence: str, words: list[EventWord], language: str = "und") -> tuple[list[EventWord], list[tuple[int, int]]]:
    """The event words of a sentence that a phrase of vocabulary "non_occurrence_phrases" says
    did not take place ("The ceremony planned for 12 February did not take place", "la réunion
    du 4 mars ne s'est pas tenue", "la visita prevista para el 1 de marzo no se realizó", "cuộc
    họp ngày 2/3 đã không diễn ra"), and the (start, end) spans from each such word to the end
    of its phrase, whose dates date no happening either. The word is the phrase's subject: the
    last event noun of `words` before it, at most twelve words between and no relative pronoun
    (vocabulary "relative_pronouns": "the vote, which did not take place in March, was held in
    April" denies no vote), and no word after the last comma between them ("After the attack
    on 2 March, the match did not take place": the match is the subject; "The parade, set for
    5 March, never took place" is the parade), nor a date followed by a determiner opening
    another noun phrase ("Because of the attack on 2 March the match did not take place":
    _subject_after_date), heading the subject: three words at most
    between the clause's opening (the sentence's start, a comma, a semicolon or a colon) and it
    ("but the planned rotation"; "A suspect in the attack on 2 March was not held" is the
    suspect, not detained); event words inside the phrase ("no se celebró") go with it. Not a
    phrase followed by a word of "non_occurrence_later_words" ("did not take place until 3
    March": it took place then). words: the sentence's EventWords; language: ISO 639-1 code."""
    pattern = _word_pattern("non_occurrence_phrases", language)
    if pattern is None or not words:
        return [], []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    later = _word_pattern("non_occurrence_later_words", language)
    relatives = _word_pattern("relative_pronouns", language)
    unheld: list[EventWord] = []
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(compared):
        after = compared[match.end():match.end() + _UNHELD_LATER_REACH].lstrip()
        if later is not None and later.match(after):
            continue  # "did not take place until 3 March": it took place then
        subject = next((w for w in reversed(words) if not w.verb and w.end <= match.start()), None)
        if subject is None or len(_GAP_WORDS.findall(compared, subject.end, match.start())) > _UNHELD_REACH:
            continue
        if relatives is not None and relatives.search(compared, subject.end, match.start()):
            continue  # "the vote, which did not take place in March, was held in April"
        gap = compared[subject.end:match.start()]
        if "," in gap and gap.rsplit(",", 1)[1].strip():
            continue  # "After the attack on 2 March, the match did not take place": the match's
        opened = max(compared.rfind(mark, 0, subject.start) for mark in ",;:") + 1
        if _subject_after_date(sentence, compared, subject.end, match.start(), language, opened):
            continue  # "Because of the attack on 2 March the match did not take place": the match's
        if len(_GAP_WORDS.findall(compared, opened, subject.start)) > _UNHELD_SUBJECT_LEAD:
            continue  # "A suspect in the attack on 2 March was not held": the suspect's
        unheld += [w for w in words if w == subject or (match.start() <= w.start < match.end())]
        spans.append((subject.start, match.end()))
    return list(dict.fromkeys(unheld)), spans


_FIRST_WORD = re.compile(r"\s*([^\W\d_]+['\u2019]?)")


def _subject_after_date(sentence: str, compared: str, start: int, end: int, language: str, opened: int = 0) -> bool:
    """Whether a date printed between offsets start and end of a sentence (the text between
    a dated noun and a phrase saying something did not take place) is followed right away by
    a definite determiner of the language (vocabulary "definite_determiners": "the", "le",
    "el") opening another noun phrase, the phrase's own subject: "Because of the attack on 2
    March the match did not take place" (no comma after the fronted phrase). Only where the
    dated noun stands in a phrase fronted before the subject: a clause opening (offset
    opened; coordinating conjunctions, vocabulary "coordinating_conjunctions", passed over:
    "But the parade ...") on a determiner (vocabulary "definite_determiners", "indefinite_determiners")
    opens on the dated noun's phrase, the subject itself, and a determiner after its date
    goes on with the date ("The parade on 2 March the following year", "El desfile del 2 de
    marzo el año siguiente", "planned for Saturday the 2nd"). A date followed by a
    complement ("The parade on 2 March of the battalion") opens none. compared: the
    sentence as _compared prints it (same offsets). language: ISO 639-1 code."""
    determiners = _own_language_words("definite_determiners", language)
    if not determiners:
        return False
    first = _FIRST_WORD.match(compared, opened, start)
    conjunctions = _own_language_words("coordinating_conjunctions", language)
    while first and fold(first.group(1)) in conjunctions:  # "But the parade ...", "Mais le défilé ..."
        first = _FIRST_WORD.match(compared, first.end(), start)
    if first and fold(first.group(1)) in determiners | _own_language_words("indefinite_determiners", language):
        return False  # "The parade on 2 March the following year did not take place": the parade's
    for mention in find_dates(sentence):
        if start <= mention.start and mention.end <= end:
            word = _FIRST_WORD.match(compared, mention.end, end)
            if word and fold(word.group(1)) in determiners:
                return True
    return False


@lru_cache(maxsize=None)
def _negation_links(language: str) -> frozenset[str]:
    """The modals and auxiliaries of vocabulary "negation_verb_links" (lowercased, as
    _compared prints them) that do not count between a negating adverb and its verb."""
    words = _vocabulary_words(reference().vocabulary.get("negation_verb_links") or {}, language)
    return frozenset(w.lower() for w in words) | frozenset(fold(w).lower() for w in words)


def _within(offset: int, spans) -> bool:
    """Whether an offset falls inside one of the (start, end) spans, end excluded."""
    return any(lo <= offset < hi for lo, hi in spans)


def _blanked(text: str, spans) -> str:
    """text with the characters of each (start, end) span turned to spaces, so that offsets
    keep their place ("should have returned in January" read as no tense of the sentence)."""
    for lo, hi in spans:
        hi = min(hi, len(text))
        if lo < hi:
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def habitual(sentence: str, language: str = "und") -> bool:
    """Whether a sentence tells a habit, a thing done every year (vocabulary
    "recurrence_words": "every year", "chaque année", "cada año", "hằng năm") anywhere in it.
    language: ISO 639-1 code of the text."""
    habit = _word_pattern("recurrence_words", language)
    return habit is not None and habit.search(_compared(sentence, language in EXACT_LANGUAGES)) is not None


def state_phrase(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether an event verb is the participle of a phrase of vocabulary "state_phrases" ("are
    deployed", "sont déployés", "están desplegados"): the present of "be" or "remain" before
    it tells how things stand, not a happening ("in the countries where they are deployed").
    The phrase must end where the word ends. Any word that is no verb: False. language: ISO
    639-1 code of the text."""
    if not word.verb:
        return False
    pattern = _word_pattern("state_phrases", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    return any(m.start() < word.start and m.end() == word.end
               for m in pattern.finditer(compared, max(0, word.start - 40), word.end))


def present_unsupported(sentence: str, word: EventWord, found: list[Found], language: str = "und") -> bool:
    """Whether an event verb in the present of a day's news (vocabulary "present_news_verbs":
    Spanish "regresa", "retornan") tells no happening of the day: when its clause names no
    one who could do it (no actor of kind person found there, nor a word of vocabulary
    "present_news_subjects": "los soldados", "el contingente", "el ministro"), as in "la calma
    regresa a la ciudad", or when the sentence tells a habit (vocabulary "recurrence_words":
    "cada año el contingente regresa en diciembre"). Any other word: False. language: ISO
    639-1 code of the text."""
    verbs = _word_pattern("present_news_verbs", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if verbs is None or not word.verb or verbs.fullmatch(compared, word.start, word.end) is None:
        return False
    if habitual(sentence, language):
        return True
    start = _clause_start(compared, word.start)
    end = _CLAUSE_END.search(compared, word.end)
    end = end.start() if end else len(compared)
    subjects = _word_pattern("present_news_subjects", language)
    if subjects is not None and subjects.search(compared, start, end):
        return False
    people = [f for f in found if f.kind == "person"]
    return not any(start <= at < end for f in people for surface in f.surfaces for at in _occurrences(surface, sentence))


def state_returning(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether a return word tells a state coming back rather than someone returning: its
    subject, right before it or before its auxiliaries only ("est", "has"), is a word of
    vocabulary "returning_states" ("calm returned to the town", "le calme est revenu", "la
    calma volvió"). Any word of another kind: False. language: ISO 639-1 code of the text."""
    if word.kind != "return":
        return False
    states = _word_pattern("returning_states", language)
    if states is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    start = _clause_start(compared, word.start)
    auxiliaries = _verb_words(language)[0]
    return any(all(unicodedata.normalize("NFC", gap.lower()) in auxiliaries for gap in _GAP_WORDS.findall(compared[m.end():word.start]))
               for m in states.finditer(compared, start, word.start))


CONDITION_REACH = 60  # characters after the word to come where its condition may stand


def conditional_plan(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether a happening told as to come hangs on a condition (a word of vocabulary
    "condition_markers" in its sentence: "will send 300 more troops if the UN asks", "enverra
    500 soldats si l'ONU le demande", "sẽ cử thêm quân nếu Liên Hợp Quốc yêu cầu"): an offer or
    a hypothesis, no happening announced. "Even if" (vocabulary "concessive_conditions")
    makes none. language: ISO 639-1 code of the text."""
    markers = _word_pattern("condition_markers", language)
    if markers is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    concessive = _word_pattern("concessive_conditions", language)
    spared = [(m.start(), m.end()) for m in concessive.finditer(compared)] if concessive else []
    return any(not any(lo <= m.start() < hi for lo, hi in spared)
               for m in markers.finditer(compared, main.end, main.end + CONDITION_REACH))


def welcomed_step(sentence: str, word: EventWord, language: str = "und") -> int | None:
    """Where the clause ends that names the step a ceremony verb ("celebrated", "a célébré",
    "celebró") welcomes rather than holds a ceremony for: a word of vocabulary
    "welcomed_steps" ("the decision", "l'accord", "la decisión") among the four words after
    the verb, no comma between ("El ministro celebró el jueves la decisión del Consejo");
    None when the verb holds one. The verb names no happening, nor does the step welcomed ("a célébré l'accord":
    the accord was reached on another day). language: ISO 639-1 code of the text."""
    if word.kind != "ceremony" or not word.verb:
        return None
    pattern = _word_pattern("welcomed_steps", language)
    if pattern is None:
        return None
    after = _compared(sentence[word.end:word.end + 60], language in EXACT_LANGUAGES)
    for m in pattern.finditer(after):
        if re.fullmatch(r"(?:\s+[\w'-]+){0,3}\s+|(?:\s+[\w'-]+){0,3}\s+\w+'", after[:m.start()]):
            close = _CLAUSE_END.search(sentence, word.end + m.end())
            return close.start() if close else len(sentence)  # with what describes the step
    return None


def told_to_outlet(sentence: str, word: EventWord, outlets: list[Found]) -> bool:
    """Whether an event noun is an interview given to a news outlet (outlets: the actors of
    the sentence that report, events.reporting): the outlet is named after the noun in its
    clause, within 40 characters ("an interview with AFP", "un entretien accordé mardi à
    RFI", "una entrevista con EFE", "phỏng vấn phóng viên TTXVN"). The news is told
    through it; it is no meeting. A verb never is."""
    if word.verb or not outlets:
        return False
    end = _CLAUSE_END.search(sentence, word.end)
    tail = sentence[word.end:min(word.end + 40, end.start() if end else len(sentence))]
    return any(surface in tail for outlet in outlets for surface in outlet.surfaces)


def interview_framed(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether an event noun is the interview a speaker gave: a phrase of vocabulary
    "interview_frames" holds it, the noun opening inside the phrase's words ("said in an
    interview on Monday", "respondió en una entrevista", "dans un entretien accordé à une
    radio"; the phrase sought from 40 characters before the noun to 40 after it): the occasion
    of the words the news is told by, no meeting nor happening of its own, whoever it was given
    to (an outlet the sentence names is told_to_outlet's). A verb never is. str, EventWord,
    ISO 639-1 code -> bool."""
    if word.verb:
        return False
    pattern = _word_pattern("interview_frames", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    return any(m.start() <= word.start < m.end() for m in pattern.finditer(compared, max(0, word.start - 40), word.end + 40))


def interview_day(sentence: str, start: int, language: str = "und") -> bool:
    """Whether the date at offset start is the day of an interview the words were given in: a
    phrase of vocabulary "interview_frames" ends before it with at most two words and commas
    between ("said in an interview on 19 April", "respondió en una entrevista, el 19 de
    marzo,", "dans un entretien accordé le 19 avril"). The day of the telling, as told_on_day's
    "said on Tuesday": it dates no happening. Not with a word of vocabulary
    "interview_other_day_words" between ("in an interview after the 19 April election", "dans
    une interview sur le 19 avril"): the day is then the happening's the interview came after
    or was about. str, offset, ISO 639-1 code -> bool."""
    pattern = _word_pattern("interview_frames", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    other = _word_pattern("interview_other_day_words", language)
    return any(re.fullmatch(r"[\s,]*(?:\w+\s+){0,2}", compared[m.end():start])
               and not (other and other.search(compared[m.end():start]))
               for m in pattern.finditer(compared, max(0, start - 80), start))


def main_event_word(words: list[EventWord], sentence: str, language: str = "und") -> EventWord | None:
    """The event word that says what the sentence tells happened (rule in vocabulary.yaml,
    "event_kinds"): among the words of the main clause (all words when the main clause
    holds none), announcements set aside unless nothing else is named, the first verb,
    unless an event noun stands before it in the same stretch of text with no comma
    between (its subject: "An ambush on the convoy killed two"); with no verb, the first
    noun. A noun followed by a relative clause holding the verb is its subject too ("the
    earthquake, which struck ..."); a noun of the complement of a participle describing the
    subject (subject_participle: "the soldiers killed in an attack were repatriated") is not.
    A framing verb ("announced that ...") counts only when
    nothing else is named. With no word in the main clause, a subordinate clause's words
    count, but none of a purpose clause (EventWord.purpose) nor a noun printed as a name in a
    time or relative clause (named_noun, _in_told_clause); with none of those either, a word
    of kind "happening" over the first word (the kind no list names). language: ISO 639-1
    code of the text. None for no words."""
    if not words:
        return None
    pool = [w for w in words if not w.frame] or words
    # with none in the main clause, a subordinate clause's words, but none of a purpose clause
    # (what was meant to happen) nor a noun printed as a name in a time or relative clause
    # ("when the Lusaka Peace Agreement came into force": the agreement named, not told)
    main = [w for w in pool if not w.subordinate] or [
        w for w in pool if not w.purpose and not (named_noun(sentence, w) and _in_told_clause(sentence, w.start, language))
        and not _anterior_aside(sentence, w, language)]
    if not main:
        # the sentence still tells a happening, of a kind its main verb gives and no list names:
        # kept over the first word, so that its date and headline are read as before
        first = pool[0]
        return EventWord(HAPPENING, _happening_label(), first.start, first.end, first.verb, first.subordinate, first.frame, first.purpose)
    verbs = [w for w in main if w.verb]
    # a verb of a happening that does not say what it was ("It is not the first time this
    # happened: in 2019 a patrol was ambushed", "esto ocurrió ...", kind "incident") yields
    # to another verb of the clause of a kind it agrees with, which says what happened
    said = [w for w in verbs if w.kind != "incident" and kinds_agree("incident", w.kind)]
    if said and any(w.kind == "incident" for w in verbs):
        main = [w for w in main if not (w.verb and w.kind == "incident")]
        verbs = [w for w in verbs if w.kind != "incident"]
    # a participle describing the subject ("The battalion deployed under the mission held its
    # parade") names what the subject is: the finite verb, or the event word after it, tells;
    # a participle describing a noun of the complement ("began the relief for the soldiers
    # deployed in Darfur"): the event word before it tells
    described_first = None
    for describes in (attributive_participle, subject_participle, object_participle, aside_participle, determiner_participle):
        while verbs and describes(sentence, verbs[0], main, language):
            described_first = described_first or verbs[0]
            main = [w for w in main if w is not verbs[0]]
            verbs = verbs[1:]
    if not main:
        # a participle describing the subject before a verb of no list ("The UN force deployed
        # in Mali accused the army on Tuesday"): the sentence tells a happening of a kind no
        # list names, kept over the participle so that its day is read as before
        first = described_first
        return EventWord(HAPPENING, _happening_label(), first.start, first.end, first.verb, first.subordinate, first.frame, first.purpose)
    if not verbs:
        return main[0]
    verb = verbs[0]
    pronouns = _word_pattern("relative_pronouns", language)

    def subject_of_verb(w: EventWord) -> bool:
        between = sentence[w.end:verb.start]
        if not _CLAUSE_END.search(between):
            return True
        # "the earthquake, which struck ...": the noun a relative clause opens after
        opener = re.match(r"\W{0,3}", between)
        clause = _compared(between[opener.end():], language in EXACT_LANGUAGES)
        return bool(pronouns and pronouns.match(clause) and not _CLAUSE_END.search(clause))

    # a participle describing the subject keeps its complement: a noun after it ("The bodies
    # of the soldiers killed in a rocket attack were repatriated") is no subject of the verb
    described = [w for w in words if w.end <= verb.start and w is not verb
                 and subject_participle(sentence, w, words, language)]
    subject = [w for w in main if not w.verb and w.end <= verb.start and subject_of_verb(w)
               and not any(p is w or p.end <= w.start for p in described)]
    return subject[0] if subject else verb


# A comma, semicolon, colon or dash: a mark that ends the phrase a participle stands in.
_PHRASE_CUT = re.compile(r"[,;:\u2013\u2014]|\s-\s")


def _next_in_clause(sentence: str, word: EventWord, words: list[EventWord]) -> tuple[EventWord, str] | None:
    """The next event word of `words` after `word` and the text between them, where no comma,
    semicolon, colon or dash stands between (_PHRASE_CUT); None without such a word. For
    attributive_participle and subject_participle."""
    after = next((w for w in words if w is not word and w.start >= word.end), None)
    if after is None:
        return None
    between = sentence[word.end:after.start]
    return None if _PHRASE_CUT.search(between) else (after, between)


def attributive_participle(sentence: str, word: EventWord, words: list[EventWord], language: str = "und") -> bool:
    """Whether the event verb `word` is a past participle standing before its noun as an
    adjective ("The newly appointed envoy met the president on Wednesday", "el recién
    nombrado jefe se reunió el miércoles"), so that it gives no kind: one word ending as a
    participle does (vocabulary "reduced_relative_endings", or one of
    "irregular_participles"), right after a word of "attributive_participle_leads" (a
    determiner or an adverb such as "newly", "recién"), a word after it before the next
    event word of `words`, and no comma, semicolon, colon or dash between them. Told with no
    event verb after it ("The newly appointed envoy"), it keeps its kind. words: the clause's
    event words; language: ISO 639-1 code of the text. Seen in a report whose new mission
    head "met" the president (held-out articles)."""
    if not word.verb:
        return False
    endings, _auxiliaries = _reduced_relative_words(language)
    printed = unicodedata.normalize("NFC", sentence[word.start:word.end].lower()).strip()
    if " " in printed or not (endings and printed.endswith(endings) or printed in _irregular_participles(language)):
        return False
    leads = _word_pattern("attributive_participle_leads", language)
    if leads is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    before = re.search(r"(?:^|[^\w'])([\w']+)\s+$", compared[max(0, word.start - 40):word.start])
    if before is None or not leads.fullmatch(before.group(1)):
        return False
    following = _next_in_clause(sentence, word, words)
    return following is not None and bool(re.match(r"\s+[^\W\d_]", following[1]))


def _anterior_aside(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether the event word `word` is told in the past before the past (_anterior_past: "had
    been attacked", "avait été attaqué", "había sido atacado") inside a relative clause set
    after a comma ("The soldiers, whose convoy had been attacked, will be moved on Thursday",
    "Les soldats, dont le convoi avait été attaqué, seront transférés ce jeudi"): a happening
    before the main clause's, which never takes the main clause's day. The clause opens on a
    word of vocabulary "relative_pronouns" right after the comma, with no clause break
    between it and the verb; a noun of the clause after such a verb counts too ("who had been
    wounded in an ambush"). language: ISO 639-1 code of the text. Seen in a report of
    soldiers found after their convoy "avait été attaqué" (held-out articles)."""
    if not (reference().date_words.get("anterior_past_auxiliaries") or {}).get(language):
        return False
    opening = clause_opening(sentence, word.start, language)
    if not (opening.comma and opening.relative):
        return False
    opened = opening.start
    if word.verb:
        return _anterior_past(sentence, word, language)
    # a noun of the clause after its anterior verb ("who had been wounded in an ambush")
    clause = unicodedata.normalize("NFC", sentence[opened:word.start]).lower()
    return _anterior_auxiliary_pattern(language).search(clause) is not None


@lru_cache(maxsize=None)
def _anterior_auxiliary_pattern(language: str) -> re.Pattern:
    """The auxiliaries of an anterior past (dates.yaml "anterior_past_auxiliaries") of a
    language as whole words, lowercased as printed (NFC), for _anterior_aside."""
    auxiliaries = (reference().date_words.get("anterior_past_auxiliaries") or {}).get(language) or ()
    return re.compile(r"(?<![\w-])(?:" + alternation(reference_word_form(True)(w) for w in auxiliaries) + r")(?![\w-])")


def object_participle(sentence: str, word: EventWord, words: list[EventWord], language: str = "und") -> bool:
    """Whether the event verb `word` is a past participle describing a noun of a complement,
    after an event noun of `words` (the clause's event words) that stands before it: right
    after a lowercase word with no auxiliary before it (reduced_relative), that noun led by a
    word of vocabulary "object_participle_prepositions" at most five words before the
    participle, no punctuation between but the digits of a count ("for the 5,000 soldiers
    deployed in Darfur", "de los 500 soldados desplegados"); or, in French and Spanish (whose
    bare participle is no finite verb), opening an apposition after a comma ("..., aux côtés
    de 4 000 soldats, déployés sous l'égide de l'UA"). The event word before it then says
    what the clause tells. language: ISO 639-1 code of the text."""
    if not word.verb or not any(not w.verb and w.end <= word.start for w in words):
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    before = compared[:word.start]
    printed = unicodedata.normalize("NFC", sentence[word.start:word.end].lower())
    if before.rstrip().endswith(",") and language in ("fr", "es") and " " not in printed.strip() and printed[:1].islower():
        endings, _auxiliaries = _reduced_relative_words(language)
        return bool(endings and printed.endswith(endings))
    if not reduced_relative(sentence, word, language):
        return False
    noun = _object_noun_pattern(language)
    return noun is not None and noun.search(before) is not None


@lru_cache(maxsize=None)
def _object_noun_pattern(language: str) -> re.Pattern | None:
    """A noun of a complement ending the text searched: a preposition of vocabulary
    "object_participle_prepositions", then one to five words or counts ("for the 5,000
    soldiers "); None when the language lists none (object_participle)."""
    leads = _vocabulary_words(reference().vocabulary.get("object_participle_prepositions") or {}, language)
    if not leads:
        return None
    return re.compile(r"(?<![\w'-])(?:" + alternation(leads) + r")(?:(?<=')|\s+)(?:(?:\d[\d.,]*|[^\W\d_][\w'-]*)\s+){1,5}$")


def determiner_participle(sentence: str, word: EventWord, words: list[EventWord], language: str = "und") -> bool:
    """Whether the event verb `word` is a past participle used as a noun, the subject of an
    event verb after it: right after a determiner of vocabulary "participle_noun_determiners"
    (an elided "l'" glued to it: "L'envoyé arrivera lundi à Juba", "El enviado llegará el
    lunes"), one word ending as a participle does, and the next event word of `words` in its
    clause (no comma, semicolon, colon or dash between) a verb. It then gives no kind: the
    verb after it does. Seen in held-out announcements of an envoy's visit."""
    if not word.verb:
        return False
    endings, _auxiliaries = _reduced_relative_words(language)
    printed = unicodedata.normalize("NFC", sentence[word.start:word.end].lower()).strip()
    if " " in printed or not (endings and printed.endswith(endings)):
        return False
    if not _after_participle_determiner(sentence, word.start, language):
        return False
    following = next((w for w in words if w.start >= word.end), None)
    return (following is not None and following.verb
            and not re.search(r"[,;:()\u2013\u2014]", sentence[word.end:following.start]))


def _after_participle_determiner(sentence: str, start: int, language: str) -> bool:
    """Whether a determiner of vocabulary "participle_noun_determiners" ends the text before
    offset start (an elided "l'" glued to the word, another with spaces after it)."""
    determiners = _lowered_words("participle_noun_determiners", language)
    before = unicodedata.normalize("NFC", sentence[max(0, start - 12):start].lower()).replace("\u2019", "'")
    bare = before.rstrip()  # a determiner other than an elided one has spaces after it
    return any(before.endswith(d) if d.endswith("'") else
               len(bare) < len(before) and bare.endswith(d) and not _word_char_before(bare, len(bare) - len(d))
               for d in determiners)


def _word_char_before(text: str, at: int) -> bool:
    """Whether a word's letter, digit, underscore or apostrophe stands right before offset at
    (what a pattern's "(?:^|[^\\w'])" refuses): a string test, no pattern compiled per word."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_'")


def object_participle_noun(sentence: str, start: int, end: int, language: str = "und") -> bool:
    """Whether the event verb at sentence[start:end] (a word of a kind's verb list, nouns
    such as "défilé" or "emboscada" are not asked about) is a participle used as a noun, the
    object of a verb before it in its clause ("Le Mali a expulsé mardi l'envoyé de la
    mission", "Malí expulsó el martes al enviado"): one word ending as a participle does
    (vocabulary "reduced_relative_endings"), right after a determiner of
    "participle_noun_determiners", and a verb group (_verb_groups) between its clause's
    start (the last comma, semicolon, colon, bracket or dash) and the determiner. The person
    so named tells no happening of the word's kind (the caller keeps the kinds of vocabulary
    "participle_noun_happening_kinds": "a fait un blessé" still tells a wounding). Languages
    listing no such determiner: never. language: ISO 639-1 code of the text."""
    endings, _auxiliaries = _reduced_relative_words(language)
    printed = unicodedata.normalize("NFC", sentence[start:end].lower()).strip()
    if " " in printed or not (endings and printed.endswith(endings)):
        return False
    if not _after_participle_determiner(sentence, start, language):
        return False
    return bool(_verb_groups(sentence, _clause_start(sentence, start), start, language))


def aside_participle(sentence: str, word: EventWord, words: list[EventWord], language: str = "und") -> bool:
    """Whether the event verb `word` is a past participle opening an aside set off by commas
    after the subject ("A third peacekeeper, wounded in Sunday's attack, died on Tuesday",
    "Un troisième casque bleu, blessé dans l'attaque de dimanche, a succombé mardi", "Un
    tercer casco azul, herido en el ataque del domingo, murió el martes"), so that it gives
    no kind: one word ending as a participle does (vocabulary "reduced_relative_endings", or
    one of "irregular_participles"), a comma right before it after a word, the aside closed
    by the next comma, and right after that comma's clause opens an event verb of `words`
    with no comma before it; not when the aside prints a date, nor a day right after the
    participle (its own: "tués le 3 mai près de Gao,", "wounded on Sunday,"). Seen in
    held-out reports of casualties who died days after an
    attack. language: ISO 639-1 code of the text."""
    endings, _auxiliaries = _reduced_relative_words(language)
    irregular = _irregular_participles(language)
    printed = unicodedata.normalize("NFC", sentence[word.start:word.end].lower()).strip()
    if not word.verb or " " in printed or not (endings and printed.endswith(endings) or printed in irregular):
        return False
    if not re.search(r"[^\W\d_]\s*,\s*$", sentence[max(0, word.start - 40):word.start]):
        return False
    close = sentence.find(",", word.end)
    if close < 0:
        return False
    after = next((w for w in words if w.start > close and w.verb), None)
    if after is None or "," in sentence[close + 1:after.start] or re.search(r"[;:()\u2013\u2014]", sentence[word.end:after.start]):
        return False
    # an aside dated on its own ("tués le 3 mai près de Gao,", "wounded on Sunday,") tells
    # its own happening, as before; only a day owned by a noun of it ("in Sunday's attack",
    # "dans l'attaque de dimanche") leaves the finite verb after it to tell
    if any(word.end <= d.start < close and d.kind != "weekday" for d in find_dates(sentence)):
        return False
    gap = _at_word_gap().match(sentence, word.end)
    return not any(lo == gap.end() for lo, _hi in relative_spans(sentence, language))


def subject_participle(sentence: str, word: EventWord, words: list[EventWord], language: str = "und") -> bool:
    """Whether the event verb `word` is a past participle describing the subject before the
    clause's own verb ("The battalion deployed under the mission held its parade", "Le
    bataillon déployé au sein de la mission a célébré", "El batallón desplegado en el Congo
    celebró"), so that it gives no kind: one word ending as a participle does (vocabulary
    "reduced_relative_endings", or one of "irregular_participles"), no auxiliary in the two
    words before it (participle_auxiliaries), another event word of `words` after it in the
    same clause (no comma, semicolon, colon or dash between, nor a coordinating conjunction:
    "deployed on Monday and held a parade" tells two happenings), and either that word a verb
    or a second verb form between them: a lowercase word ending as a participle does or one
    of "irregular_participles" ("marked", "held"), after no determiner; or that word an
    event noun of the participle's own complement with a finite event verb after it in the
    same clause, no subordinate one ("The bodies of the soldiers killed in a rocket attack
    were repatriated on Sunday", "los soldados muertos en el ataque fueron repatriados el
    domingo"). A word of the noun lists ending as a participle after a noun
    counts as a participle (reduced_relative with adjective: "los soldados muertos"). Told
    alone ("The battalion deployed to Gao for the ceremony", "Two peacekeepers killed in the
    ambush were buried", no event verb after), the participle is the clause's verb.
    language: ISO 639-1 code of the text."""
    endings, auxiliaries = _reduced_relative_words(language)
    irregular = _irregular_participles(language)
    printed = unicodedata.normalize("NFC", sentence[word.start:word.end].lower()).strip()
    if " " in printed or not (endings and printed.endswith(endings) or printed in irregular):
        return False
    if not word.verb and not reduced_relative(sentence, word, language, adjective=True):
        return False
    # the noun's name in brackets may stand between ("the UN force (UNIFIL) deployed between")
    head = re.sub(r"\s*\([^()]{1,40}\)\s*$", " ", sentence[max(0, word.start - 100):word.start])
    before = re.findall(r"[^\W_]+['\u2019]?|[^\w\s]", head)[-2:]
    if not before or not re.match(r"[^\W\d_]", before[-1]):
        return False
    if any(unicodedata.normalize("NFC", w.lower()).replace("\u2019", "'") in auxiliaries for w in before):
        return False
    prepositions = _word_pattern("subject_participle_prepositions", language)
    following = _compared(sentence[word.end:], language in EXACT_LANGUAGES)
    opened = prepositions and re.match(r"\s+", following)
    if not opened or not (prepositions.match(following, opened.end()) or dated_right_after(sentence, word.end, language)):
        return False
    if (found := _next_in_clause(sentence, word, words)) is None:
        # no event word after it: a finite verb of no list may still be the clause's own ("La
        # force de l'ONU déployée au Mali a accusé mardi", "desplegada en Malí acusó")
        return finite_verb_after(sentence, word.end, language)
    after, between = found
    conjunctions = _word_pattern("coordinating_conjunctions", language)
    gap = _compared(between, language in EXACT_LANGUAGES)
    paired = _word_pattern("paired_prepositions", language)
    if paired is not None and language in (reference().vocabulary.get("paired_prepositions") or {}):
        pair = paired.match(following, opened.end())
        if pair is not None and conjunctions is not None:
            # "deployed between Lebanon and Israel": the first conjunction is the pair's own
            joined = conjunctions.search(gap, pair.end())
            if joined is not None:
                gap = gap[:joined.start()] + " " * (joined.end() - joined.start()) + gap[joined.end():]
    if conjunctions and conjunctions.search(gap):
        return False
    if not after.verb:
        # an event noun of the participle's own complement ("killed in a rocket attack near
        # the border were repatriated"): the finite event verb after it tells, if one follows
        # in the same clause
        finite = next((w for w in words if w.verb and w.start >= after.end), None)
        # (a subordinate finite verb only for a participle in a subordinate clause itself: "The
        # toll rose on Wednesday when a peacekeeper wounded in Sunday's ambush died")
        if (finite is not None and (not finite.subordinate or word.subordinate)
                and _same_stretch(sentence, word.end, finite.start, language)):
            return True
    if after.verb:
        # an infinitive the participle takes ("agreed on Monday to meet again") is its object
        markers = _infinitive_markers(language)
        lead = re.findall(r"[^\W\d_]+['\u2019]?", sentence[max(0, after.start - 20):after.start])[-1:]
        printed_after = sentence[after.start:after.end].split()
        return not any(unicodedata.normalize("NFC", t.lower()).replace("\u2019", "'") in markers
                       for t in lead + printed_after[:1])
    auxiliaries_tensed = _finite_verb_words(language)[0]
    if any(unicodedata.normalize("NFC", sentence[m.start():m.end()].lower()).replace("\u2019", "'") in auxiliaries_tensed
           for m in (_VERB_WORD.match(sentence, at) for at, _joined in _verb_groups(sentence, word.end, after.start, language))):
        return True  # "un casque bleu blessé dimanche est mort mardi": the tense is the noun's verb's
    determiners = _word_pattern("definite_determiners", language)
    indefinite = _word_pattern("indefinite_determiners", language)
    tokens = re.findall(r"[^\W\d_]+", between)
    for previous, token in zip([""] + tokens, tokens):
        form = unicodedata.normalize("NFC", token.lower())
        if not token[:1].islower() or not _participle_shape(form, endings, irregular, 3):
            continue
        if previous and any(p and p.fullmatch(previous.lower()) for p in (determiners, indefinite)):
            continue
        return True
    return False


def dated_right_after(sentence: str, end: int, language: str = "und") -> bool:
    """Whether a date opens right after offset end of the sentence, maybe after one of the
    words leading a date (vocabulary "date_lead_words": "on", "le", "el"): a date relative to
    the article's ("dimanche", "on Sunday", "el domingo"; dates.relative_spans) or a printed one
    ("le 6 octobre"; dates.find_dates). For subject_participle: "un casque bleu blessé dimanche
    est mort mardi", the participle's own day opening its complement. language: ISO 639-1 code
    of the text."""
    lead = re.match(r"\s+(?:(?:" + _any_language("date_lead_words") + r")\s+)?", fold(sentence[end:end + 40]).lower())
    if lead is None:
        return False
    start = end + lead.end()
    starts = {lo for lo, _hi in relative_spans(sentence, language)} | {d.start for d in find_dates(sentence)}
    return any(end < at <= start for at in starts)


def finite_verb_after(sentence: str, start: int, language: str = "und") -> bool:
    """Whether a finite verb opens after offset start of the sentence in the same stretch (no
    comma, semicolon, colon or dash between, no subordinate clause's marker of vocabulary
    "event_clause_markers" before it), not right after a coordinating conjunction: a verb
    group of _verb_groups that opens on an auxiliary carrying a tense ("a accusé", "has
    said") or on a simple past's ending ("acusó"), or on a participle's shape followed by a
    determiner ("accused the army"; vocabulary "definite_determiners",
    "indefinite_determiners"), so that a participle's shape inside a noun phrase ("the area
    occupied by") opens none. For subject_participle: the participle before such a verb
    describes the subject ("The UN force deployed in Mali accused the army on Tuesday").
    language: ISO 639-1 code of the text."""
    cut = _PHRASE_CUT.search(sentence, start)
    end = cut.start() if cut else len(sentence)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    marker = _clause_pattern(language)
    opened = marker.search(compared, start, end) if marker is not None else None
    if opened is not None:
        end = opened.start()
    groups = _verb_groups(sentence, start, end, language)
    if not groups or groups[0][1]:
        return False
    auxiliaries, _endings, _irregular, past_endings, _conjunctions = _finite_verb_words(language)
    first = _VERB_WORD.match(sentence, groups[0][0])
    lowered = unicodedata.normalize("NFC", first.group().lower()).replace("\u2019", "'")
    if lowered in auxiliaries or (past_endings and lowered.endswith(past_endings)):
        return True
    following = _VERB_WORD.search(sentence, first.end(), end)
    if following is None or not re.fullmatch(r"\s+", sentence[first.end():following.start()]):
        return False
    determiners = [_word_pattern("definite_determiners", language), _word_pattern("indefinite_determiners", language)]
    return any(d is not None and d.fullmatch(following.group().lower()) for d in determiners)


def _same_stretch(sentence: str, start: int, end: int, language: str = "und") -> bool:
    """Whether sentence[start:end] holds no comma, semicolon, colon or dash, nor a
    coordinating conjunction (vocabulary "coordinating_conjunctions"): one clause's
    stretch (subject_participle)."""
    between = sentence[start:end]
    if re.search(r"[,;:\u2013\u2014]|\s-\s", between):
        return False
    conjunctions = _word_pattern("coordinating_conjunctions", language)
    return not (conjunctions and conjunctions.search(_compared(between, language in EXACT_LANGUAGES)))


@lru_cache(maxsize=None)
def _name_complement_link() -> re.Pattern | None:
    """A pattern finding text that ends on a linking word of an organisation's name and maybe
    an article (vocabulary "name_complement_links": "Marina de ", "Ministry of the "); None
    when none are listed."""
    table = reference().vocabulary.get("name_complement_links") or {}
    links, articles = table.get("links") or (), table.get("articles") or ()
    if not links:
        return None
    article = rf"(?:(?:{alternation(articles)})(?:\s+|(?<=')))?" if articles else ""
    return re.compile(rf"(?<![\w'])(?:{alternation(links)})(?:\s+|(?<=')){article}$", re.IGNORECASE)


def in_organisation_name(sentence: str, word: EventWord, found) -> bool:
    """Whether an event noun is the complement of an organisation's name found in the sentence
    (found: entities.Found of the sentence, kind "organisation"), after one of the name's
    linking words (vocabulary "name_complement_links": "Marina de Guerra", the Peruvian Navy;
    "Escuela Superior de Guerra", "Ministry of War"): a modifier of the body's name, no war nor
    meeting told. A name's head stays an event word ("ASEAN Defence Ministers' Meeting",
    "Conference on Disarmament"), as such bodies are met as gatherings. str, EventWord,
    list[entities.Found] (None for none) -> bool; a verb never is. A capitalised event noun
    right after a linking word that follows a capitalised head ("del Ejército, Marina de Guerra
    y Fuerza Aérea", where no body of that name is listed or found) is read the same way: the
    printed name of a body (_printed_name_complement)."""
    linked = _name_complement_link()
    if word.verb or linked is None:
        return False
    if _printed_name_complement(sentence, word, linked):
        return True
    for f in found or ():
        if f.kind != "organisation":
            continue
        for surface in f.surfaces:
            at = sentence.find(surface) if surface else -1  # each printing, left to right, none overlapping
            while 0 <= at < word.start:  # (a literal found by str.find: no pattern compiled per surface)
                if word.end <= at + len(surface) and linked.search(sentence[at:word.start]):
                    return True
                at = sentence.find(surface, at + len(surface))
    return False


def _printed_name_complement(sentence: str, word: EventWord, linked: re.Pattern) -> bool:
    """Whether a capitalised event noun closes a name printed as one ("Marina de Guerra",
    "College of War"): the noun capitalised, right after a linking word of the vocabulary's
    "name_complement_links" (linked: _name_complement_link), itself right after a capitalised
    word that is not the sentence's first. str, EventWord, pattern -> bool."""
    if not sentence[word.start:word.start + 1].isupper():
        return False
    before = sentence[:word.start]
    link = linked.search(before)
    if link is None:
        return False
    head = re.search(r"([^\W\d_][\w'-]*)\s+$", before[:link.start()])
    return bool(head) and head.group(1)[:1].isupper() and _past_first_word(sentence, head.start())


def named_noun(sentence: str, word: EventWord) -> bool:
    """Whether an event noun is printed as part of a name: capitalised, past the sentence's
    first word ("the Lusaka Peace Agreement", "l'Accord de paix", "el Acuerdo de Paz"), in a
    sentence not printed in title case (most of its words capitalised, as a headline is)."""
    if word.verb or not sentence[word.start:word.start + 1].isupper():
        return False
    if not _past_first_word(sentence, word.start):
        return False
    words = re.findall(r"[^\W\d_]+", sentence)
    return sum(w[0].isupper() for w in words) * 2 <= len(words)


def _past_first_word(sentence: str, start: int) -> bool:
    """Whether a word starting at offset start is past the sentence's first word: a letter
    stands before it (a capital there is the sentence's, no name's: named_noun,
    _printed_name_complement)."""
    return re.search(r"[^\W\d_]", sentence[:start]) is not None


def event_kind(sentence: str, language: str = "und") -> tuple[str, str, int, int] | None:
    """The kind of happening a sentence tells, its label and where its word starts and ends
    (offsets in the sentence), from the event words of the article's language (ISO 639-1);
    None if none. The kind is the one the sentence's main event word gives (main_event_word),
    not the longest word."""
    word = main_event_word(event_words(sentence, language), sentence, language)
    return (word.kind, word.label, word.start, word.end) if word else None


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


@lru_cache(maxsize=1)
def _of_body() -> re.Pattern:
    """The whole gap between an event's noun and the body that holds it ("a meeting of the
    Working Group", "une réunion du Conseil"), on folded text: a link word (vocabulary
    "of_body_links"), then an article maybe ("of_body_articles"), every language's."""
    return re.compile(rf"\s+(?:{_any_language('of_body_links')})\s+(?:(?:{_any_language('of_body_articles')})\s+)?$")


def _body_name(sentence: str, kind_end: int, label: str, found: list[Found]) -> str | None:
    """A title from the organisation that holds the event, when the sentence names it."""
    for entity in found:
        if entity.kind not in ("organisation", "initiative"):
            continue
        at = sentence.find(entity.surfaces[0], kind_end)
        if at > kind_end and _of_body().fullmatch(fold(sentence[kind_end:at])):
            return f"{label} of the {entity.name}" if not entity.name.lower().startswith("the ") else f"{label} of {entity.name}"
    return None


_ALL_LANGUAGES = ("en", "fr", "es", "vi")


@lru_cache(maxsize=None)
def _locatives() -> frozenset[str]:
    """Words after which a place is where an event happened (vocabulary "event_locatives",
    every language, folded: "in", "au", "hacia", "tai")."""
    return reference().words("event_locatives", _ALL_LANGUAGES)


@lru_cache(maxsize=None)
def _place_words() -> frozenset[str]:
    """Words after which a country is an event's place (_place): the locatives and the
    words of origin (vocabulary "event_origins": "from", "de", "desde"), folded."""
    return _locatives() | reference().words("event_origins", _ALL_LANGUAGES)


def located(sentence: str, entity: Found) -> bool:
    """Whether a country or town of a sentence is only where its happening took place: each
    of its printed forms right after a word of place ("in", "au", "hacia", "tại"), so that
    it is not a participant. Other actors never are."""
    if entity.kind not in ("country", "city"):
        return False
    seen = False
    for surface in entity.surfaces:
        for at in _occurrences(surface, sentence):
            before = fold(sentence[max(0, at - 12):at]).split()
            if not before or before[-1] not in _locatives():
                return False
            seen = True
    return seen


def _occurrences(surface: str, text: str) -> list[int]:
    """Where surface is printed in text, left to right without overlap: the starts of
    re.finditer(re.escape(surface), text), found with str.find (no pattern compiled per surface)."""
    if not surface:
        return list(range(len(text) + 1))
    starts = []
    at = text.find(surface)
    while at >= 0:
        starts.append(at)
        at = text.find(surface, at + len(surface))
    return starts


@lru_cache(maxsize=1024)
def dateline_event_place(dateline: str | None) -> str | None:
    """The place a dateline gives the events of its article: a city or a country as named in
    reference data; a body's name ("UNITED NATIONS", "Naciones Unidas": a story filed at its
    seat) gives the city of its seat (organisations.yaml "headquarters": New York), or no
    place when reference data has none, since a body is no place; any other name as printed.
    str | None -> str | None."""
    if not dateline:
        return None
    ref = reference()
    entries = ref.gazetteer.whole(dateline)
    if not entries or any(e.kind in ("city", "country") for e in entries):
        return dateline
    for entry in entries:
        seat = (ref.organisations.get(entry.id) or {}).get("headquarters")
        if seat:
            return seat
    return None


def _troop_words(side: str) -> list[str]:
    """The words of one list of vocabulary "troop_origins" (side: "troops", "origins" or
    "adjectives"), every language's, folded, in the data file's order; [] where it lists none."""
    table = reference().vocabulary.get("troop_origins") or {}
    return [fold(w) for words in (table.get(side) or {}).values() for w in words]


@lru_cache(maxsize=None)
def _troop_origin_pattern() -> re.Pattern | None:
    """The end of the text before a country that makes it the home of troops (vocabulary
    "troop_origins", every language's, folded): a troop noun, then a word of origin
    ("peacekeepers from ", "Casques bleus de ", "binh sĩ từ "), maybe a definite article after
    it (quotes.yaml "definite_articles", every language's: "from the ", "de la ", "de l'")."""
    origins, troops = _troop_words("origins"), _troop_words("troops")
    articles = [fold(w) for words in (load_reference("quotes.yaml").get("definite_articles") or {}).values() for w in words]
    if not origins or not troops:
        return None
    # the country opens right at the end: an article is whole there, an elided one ("l'") glued to it
    article = r"(?:\s*(?:" + spaced_alternation(articles) + r"))?" if articles else ""
    return re.compile(r"(?<!\w)(?:" + spaced_alternation(troops) + r")\s+(?:" + spaced_alternation(origins) + r")" + article + r"\s*$")


@lru_cache(maxsize=None)
def _troop_demonym_patterns() -> tuple[re.Pattern | None, re.Pattern | None]:
    """(before, after): the end of the text before a demonym that makes it the troops' origin
    (a troop noun, maybe a "military" word: "un contingent militaire ", "cascos azules "), and
    the start of the text after one (a "military" word maybe, then a troop noun: " military
    contingent", " peacekeepers"), from vocabulary "troop_origins" "troops" and "adjectives",
    every language's, folded. None without troop nouns."""
    troops, adjectives = _troop_words("troops"), _troop_words("adjectives")
    if not troops:
        return None, None
    between = rf"(?:\s+(?:{spaced_alternation(adjectives)}))?" if adjectives else ""
    return (re.compile(rf"(?<!\w)(?:{spaced_alternation(troops)}){between}\s+$"),
            re.compile(rf"^{between}\s+(?:{spaced_alternation(troops)})(?!\w)"))


def troops_of_demonym(sentence: str, at: int, surface: str) -> bool:
    """Whether the demonym `surface` printed at offset `at` of sentence says where troops right
    beside it come from: after their noun, maybe after a "military" word ("un contingent
    militaire tanzanien", "un contingente militar uruguayo", "Casques bleus tanzaniens"), or
    before it ("A Tanzanian military contingent", "Tanzanian peacekeepers"); vocabulary
    "troop_origins". False for a country's name ("in Mali"), which troops_from reads."""
    if fold(surface) not in country_demonyms():
        return False
    before, after = _troop_demonym_patterns()
    if before is None or after is None:
        return False
    return bool(before.search(fold_same_length(sentence[max(0, at - 60):at]))) \
        or bool(after.match(fold_same_length(sentence[at + len(surface):at + len(surface) + 60])))


def troops_from(sentence: str, at: int) -> bool:
    """Whether the country printed at offset `at` of sentence is the home country of troops
    named right before it ("peacekeepers from Tanzania", "Casques bleus de Tanzanie",
    "cascos azules de Uruguay", "binh sĩ từ Tanzania"; vocabulary "troop_origins"): the
    country that sent them, not the place of what befell them."""
    pattern = _troop_origin_pattern()
    return pattern is not None and at > 0 and bool(pattern.search(fold_same_length(sentence[max(0, at - 80):at])))


def _place(sentence: str, found: list[Found], dateline_place: str | None):
    """The place of an event: a city or country after a locative word, else the dateline. A
    country after a word of origin set off by a comma (", from Cambodia,", ", originaire
    du Maroc") is where a person comes from, told in apposition, not the event's place; so
    is one after troops and a word of origin ("peacekeepers from Tanzania": troops_from), and
    a demonym beside troops ("A Tanzanian military contingent": troops_of_demonym)."""
    origins = reference().words("event_origins", _ALL_LANGUAGES)
    for entity in found:
        if entity.kind not in ("city", "country"):
            continue
        at = sentence.find(entity.surfaces[0])
        before = fold(sentence[:at]).split()
        if entity.kind == "city":
            return entity.name, entity.code
        if troops_from(sentence, at) or troops_of_demonym(sentence, at, entity.surfaces[0]):
            continue  # "two peacekeepers from Tanzania were killed near Beni", "A Tanzanian contingent": Tanzania sent them
        if before and before[-1] in _place_words() and before[-1] in reference().words("indefinite_determiners", _ALL_LANGUAGES) \
                and fold(entity.surfaces[0]) in country_demonyms():
            continue  # "A Tanzanian engineer": the article "a", not the locative "a", "à" of another language
        fillers = reference().words("event_place_fillers", _ALL_LANGUAGES)
        for _ in range(2):  # "in the Democratic Republic of the Congo", "in eastern Congo": the locative before
            if before and before[-1] in fillers:
                before.pop()
        if before and before[-1] in _place_words():
            if before[-1] in origins and before[-1] not in _locatives() and len(before) > 1 and before[-2].endswith(","):
                continue  # "One soldier, from Chad, was killed": his origin
            return entity.name, entity.code
    return (dateline_place, None) if dateline_place else (None, None)


def _within_text(text: str, found: list[Found]) -> list[Found]:
    """The entities of `found` whose first surface `text` (a part of their sentence) prints."""
    return [f for f in found if f.surfaces and f.surfaces[0] and f.surfaces[0] in text]


def _stopwords(language: str) -> frozenset[str]:
    ref = reference()
    return ref.exact_words("stopwords", language) if language in EXACT_LANGUAGES else ref.words("stopwords")




def _trim(text: str, language: str, max_words: int, start_only: bool = False) -> str:
    """Words of a headline: at most max_words, without function words at either end (at its
    start only, with start_only: a subject and verb before their object); a number word of
    two or more before a word that is none ("Two soldiers", vocabulary "number_words") opens
    it still: how many is part of what happened."""
    words = text.split()[:max_words]
    stop = _stopwords(language)
    marks = ".,;:!?\"'()\u201c\u201d-\u2013\u2014"
    key = (lambda w: w.strip(marks).lower()) if language in EXACT_LANGUAGES else (lambda w: fold(w.strip(marks)))
    counts = _counting_words(language)
    while words and (key(words[0]) in stop or not key(words[0])):
        if key(words[0]) in counts and len(words) > 1 and key(words[1]) and key(words[1]) not in stop:
            break  # "Two soldiers were killed": the count opens the subject
        if _qualified_count([key(w) for w in words[:5]], language):
            break  # "At least three soldiers": the bound is part of the count
        words.pop(0)
    while words and not start_only and (key(words[-1]) in stop or not key(words[-1])):
        words.pop()
    return " ".join(words).strip(" ,;:")


def _qualified_count(keys: list[str], language: str) -> bool:
    """Whether the words (keyed as _trim compares them) open on a bound of a count and the
    count ("at least three", "au moins 12", "al menos un", "ít nhất ba"; vocabulary
    "count_qualifiers" and "number_words", or digits)."""
    qualifiers, numbers = _count_bounds(language)
    for qualifier in qualifiers:
        n = len(qualifier)
        if tuple(keys[:n]) == qualifier and len(keys) > n and (keys[n] in numbers or keys[n][:1].isdigit()):
            return True
    return False


@lru_cache(maxsize=None)
def _count_bounds(language: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """(the bounds of a count of vocabulary "count_qualifiers", each as its words, longest
    first then alphabetically; every number word of vocabulary "number_words"), compared as
    _trim compares words: lowercased, folded where the language's accents carry no meaning."""
    convert = (lambda w: w.lower()) if language in EXACT_LANGUAGES else fold
    vocabulary = reference().vocabulary
    listed = (vocabulary.get("count_qualifiers") or {}).get(language) or ()
    qualifiers = longest_first({tuple(convert(w) for w in str(q).split()) for q in listed})
    numbers = frozenset(convert(w) for w in ((vocabulary.get("number_words") or {}).get(language) or {}))
    return tuple(qualifiers), numbers


@lru_cache(maxsize=None)
def _counting_words(language: str) -> frozenset[str]:
    """The number words of two or more of a language (vocabulary "number_words"), as _trim
    compares words: lowercased, folded where the language's accents carry no meaning."""
    table = (reference().vocabulary.get("number_words") or {}).get(language) or {}
    convert = (lambda w: w.lower()) if language in EXACT_LANGUAGES else fold
    return frozenset(convert(w) for w, value in table.items() if value >= 2)


def _without_dates(text: str, language: str) -> str:
    """The text with its printed dates and weekdays blanked, with the function word right
    before each ("on Friday", "le 3 avril", "ce lundi"), the words placing a weekday in
    time ("this coming Tuesday", "el próximo martes": dates.with_day_markers) and the
    possessive after a day ("Saturday's attacks"); a period told relative to the article's
    date ("last week", "la semaine dernière", "tuần trước": dates.relative_spans) is blanked
    too where it overlaps no printed date."""
    stop = _stopwords(language)
    past = _past_date_marker_pattern(language)
    printed = find_dates(text)
    for lo, hi in sorted(relative_spans(text, language), reverse=True):
        if not any(m.start < hi and lo < m.end for m in printed):
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    for mention in sorted(printed, key=lambda d: -d.start):
        start, end = with_day_markers(text, mention, language)
        if past is not None and mention.kind == "date" and mention.value.day:
            # "el pasado 3 de febrero", "le 27 novembre dernier": the word placing the day in the past
            marker = re.search(r"(\S+)\s+$", text[:start])
            if marker and past.fullmatch(_compared(marker.group(1), language in EXACT_LANGUAGES)):
                start = marker.start()
            marker = re.match(r"\s+([^\s,.;:]+)", text[end:])
            if marker and past.fullmatch(_compared(marker.group(1), language in EXACT_LANGUAGES)):
                end += marker.end()
        parts = _day_part_after(language) if mention.kind == "weekday" else None
        part = parts.match(_compared(text[end:end + 30], language in EXACT_LANGUAGES)) if parts is not None else None
        if part:  # "on Thursday night", "jeudi soir", "el jueves por la noche": the part of that day
            end += part.end()
        possessive = re.match(r"['\u2019]s(?!\w)", text[end:])
        if possessive:
            end += possessive.end()
        before = re.search(r"(\S+)\s+$", text[:start])
        if before and (before.group(1).lower() if language in EXACT_LANGUAGES else fold(before.group(1))) in stop:
            start = before.start()
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@lru_cache(maxsize=None)
def _day_part_after(language: str) -> re.Pattern | None:
    """The words of a part of the day said right after a weekday (dates.yaml
    "weekday_day_parts": "night", "soir", "por la noche"), as _compared gives a text, with the
    spaces before them; None for a language with none."""
    words = (reference().date_words.get("weekday_day_parts") or {}).get(language) or ()
    forms = {_compared(w, language in EXACT_LANGUAGES) for w in words}
    return re.compile(r"\s+(?:" + alternation(forms) + r")(?![\w-])") if forms else None


@lru_cache(maxsize=None)
def _past_date_marker_pattern(language: str) -> re.Pattern | None:
    """The words of dates.yaml "past_date_markers" of a language ("pasado", "dernier", "last"),
    as _compared folds them, whole words; None for none."""
    words = (reference().date_words.get("past_date_markers") or {}).get(language) or ()
    return re.compile(alternation({_compared(w, language in EXACT_LANGUAGES) for w in words})) if words else None


@lru_cache(maxsize=None)
def _own_tense_marker(language: str) -> re.Pattern | None:
    """Markers of vocabulary "own_tense_clause_markers" for the language (every language's
    where it is unknown, "und"), lowercased, as one pattern; None where none is listed."""
    table = reference().vocabulary.get("own_tense_clause_markers") or {}
    languages = list(table) if language == "und" else [language]
    words = [unicodedata.normalize("NFC", w.lower()) for lang in languages for w in table.get(lang) or ()]
    if not words:
        return None
    return re.compile(r"(?<![\w'])(?:" + alternation(words) + r")(?:(?<=')|(?![\w']))")


def own_time_clause(sentence: str, main: EventWord, language: str = "und") -> int | None:
    """Where the time clause that the main event verb stands in opens ("after three soldiers
    were killed", "après que trois soldats ont été tués", "después de que tres soldados
    murieran": a marker of vocabulary "own_tense_clause_markers", with no clause end,
    _CLAUSE_END, between it and the verb), whose tense is the happening's whatever the tense of
    the clause it hangs on; None for a noun or a verb in no such clause. Source: a held set's
    UN dispatch ("vowed today that it would not be intimidated after three blue helmets were
    killed"), whose past killing was read as planned."""
    pattern = _own_tense_marker(language)
    if not main.verb or pattern is None:
        return None
    printed = unicodedata.normalize("NFC", sentence[:main.start]).lower().replace("\u2019", "'")
    if len(printed) != main.start:
        return None
    starts = [m.start() for m in pattern.finditer(printed)]
    if not starts or _CLAUSE_END.search(printed, starts[-1]):
        return None
    return starts[-1]


def _clause_start(sentence: str, position: int, ends: re.Pattern = _CLAUSE_END) -> int:
    """The offset right after the last clause end before position (ends: _CLAUSE_END, or a
    filter's own such as _AGENT_CLAUSE_END), else 0."""
    return max((m.end() for m in ends.finditer(sentence, 0, position)), default=0)


def _clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) offsets of the clause holding sentence[start:end]: from the last clause
    end (_CLAUSE_END: a comma, semicolon, colon, bracket or dash) before it to the next one
    after it, or the sentence's bounds."""
    after = _CLAUSE_END.search(sentence, end)
    return _clause_start(sentence, start), after.start() if after else len(sentence)


@dataclass(frozen=True)
class ClauseOpening:
    """What opens the clause holding an offset of a sentence, as clause_opening reads it.

    start: the clause's start, an offset of the sentence just past the last clause end
    (_CLAUSE_END: a comma, semicolon, colon, bracket or dash) before the offset, 0 for none;
    comma: that clause end is a comma (the clause is set after a comma: an aside or an
    apposition); relative: set after a comma, its first word (spaces skipped) is a relative pronoun
    (vocabulary "relative_pronouns": "which", "qui", "que", "donde"); place: it is a relative
    of place, set after a comma too (vocabulary "place_relatives": "where", "où", "donde"); participle: the clause's
    first word (the first run of letters before the offset) is a lowercase past participle (vocabulary
    "reduced_relative_endings", "irregular_participles": "launched", "lancée", "iniciada")."""
    start: int
    comma: bool
    relative: bool
    place: bool
    participle: bool


def clause_opening(sentence: str, position: int, language: str = "und") -> ClauseOpening:
    """The clause that holds offset position of a sentence and what opens it (ClauseOpening),
    clause ends read on the sentence as compared (_compared: lowercased, folded to the same
    length in the languages read folded). The one reader of a clause's opening that the rules
    of a date said in passing share: a relative clause set off by commas (relative_aside_date,
    anterior_relative_date, _anterior_aside; relative_clause_happenings, at each relative
    pronoun, the clause opening on it), a participle after its noun or opening an
    apposition (participle_dated, apposed_participle_date). language: ISO 639-1 code of the
    text."""
    return _clause_opening(sentence, position, language)


@lru_cache(maxsize=4096)
def _clause_opening(sentence: str, position: int, language: str) -> ClauseOpening:
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    start = _clause_start(compared, position)
    comma = start > 0 and compared[start - 1] == ","
    first = re.compile(r"\s*").match(compared, start).end()
    relative = place = participle = False
    if comma:
        pronouns, places = _word_pattern("relative_pronouns", language), _word_pattern("place_relatives", language)
        relative = pronouns is not None and pronouns.match(compared, first) is not None
        place = places is not None and places.match(compared, first) is not None
    word = re.compile(r"[^\W\d_]+").search(sentence, start, position)
    if word is not None and word.group()[:1].islower():
        endings, _auxiliaries = _reduced_relative_words(language)
        participle = bool(endings) and _participle_shape(unicodedata.normalize("NFC", word.group().lower()), endings,
                                                         _irregular_participles(language), 3)
    return ClauseOpening(start, comma, relative, place, participle)


_BRACKETED = re.compile(r"\([^()]*\)")


FRONTED_TIME_WORDS = 6  # words of a phrase opening the sentence before its comma read as the clause's time


def _with_fronted_time(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The (start, end) clause span of _clause_span, widened to the sentence's start when the
    only text before it is one short phrase ended by a comma, at most FRONTED_TIME_WORDS words
    with no other clause end ("In March, the troops could not be relieved", "Tháng 3, các binh
    sĩ không thể luân chuyển"): a time fronted before its clause belongs to it, so a clause
    denied keeps its fronted date from dating a happening. Spans of other shapes unchanged."""
    start, end = span
    head = sentence[:start]
    ends = list(_CLAUSE_END.finditer(head))
    if start and len(ends) == 1 and not head[ends[0].end():].strip() and len(_GAP_WORDS.findall(head)) <= FRONTED_TIME_WORDS:
        return 0, end
    return span


def _unbracketed(text: str) -> str:
    """The text with each closed bracket blanked, brackets included, offsets kept: "(UNIFIL)"
    inside a subject ends no clause."""
    return _BRACKETED.sub(lambda m: " " * len(m.group()), text)


SUBJECT_HEAD_WORDS = 10  # a subject longer than this (dates and brackets left out) is cut to its head


@lru_cache(maxsize=None)
def _subject_cut_patterns(language: str) -> tuple[re.Pattern | None, frozenset[str], frozenset[str]]:
    """(a participle opening a phrase after a subject's noun, with its preposition; the
    relative pronouns; the words that make one verb form with what follows, "were", "ont",
    "fueron"), lowercased, of a language (vocabulary "subject_participle_endings",
    "irregular_participles", "subject_participle_prepositions", "relative_pronouns",
    "participle_auxiliaries")."""
    endings, irregular, prepositions = (_lowered_words(section, language) for section in (
        "subject_participle_endings", "irregular_participles", "subject_participle_prepositions"))
    pattern = None
    if (endings or irregular) and prepositions:
        shapes = [r"[^\W\d_]{2,}(?:" + alternation(endings) + r")" if endings else "", alternation(irregular)]
        pattern = re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(s for s in shapes if s) + r")\s+(?:"
                             + alternation(prepositions) + r")(?![\w'\u2019-])")
    return pattern, frozenset(_lowered_words("relative_pronouns", language)), frozenset(_lowered_words("participle_auxiliaries", language))


def subject_head(subject: str, language: str = "und") -> str | None:
    """The head of a verb's subject as printed: its words before the first phrase that
    describes its noun, a participle phrase ("Ghanaian peacekeepers serving with ...",
    "Casques bleus sénégalais déployés au sein de ...", "cascos azules desplegados en ..."), a
    relative clause ("who", "qui", "que"), a bracket, or a date phrase ("on Monday", with the
    function word before it). A participle counts in lowercase, after a word that is no
    function word nor number ("the fighting in" names the subject itself). None when no such
    phrase follows a word of content. subject: the words before the verb, in its clause.
    language: ISO 639-1 code of the text; word lists: _subject_cut_patterns."""
    participle, relatives, _auxiliaries = _subject_cut_patterns(language)
    lowered = unicodedata.normalize("NFC", subject.lower())
    if len(lowered) != len(subject):
        lowered = subject.lower()
    stop = _stopwords(language)
    numbers = {w.lower() for w in (reference().vocabulary.get("number_words") or {}).get(language) or ()}
    cuts = [m.start() for m in re.finditer(r"[(\[]", subject)]
    for mention in find_dates(subject):
        before = re.search(r"(\S+)\s+$", subject[:mention.start])
        word_before = before.group(1).lower() if before else ""
        cuts.append(before.start() if before and (word_before in stop or fold(word_before) in stop) else mention.start)
    for m in re.finditer(r"[^\W\d_]+", lowered):
        if m.group() in relatives:
            cuts.append(m.start())
    if participle is not None:
        for m in participle.finditer(lowered):
            if not subject[m.start()].islower():
                continue
            previous = re.findall(r"[^\W_]+", lowered[:m.start()])
            if previous and previous[-1] not in stop and fold(previous[-1]) not in stop and previous[-1] not in numbers:
                cuts.append(m.start())
    auxiliaries = _subject_cut_patterns(language)[2]
    for cut in sorted(cuts):
        head = _trim(" ".join(_unbracketed(subject[:cut]).split()), language, 99)
        if head and not head.lower() in stop:
            # "will travel to Malawi on 11 December to ...": a verb phrase, no subject's head
            return None if unicodedata.normalize("NFC", head.split()[0].lower()) in auxiliaries else head
    return None


def apposed_participle(printed: str, language: str = "und") -> bool:
    """Whether an event verb as printed opens with a participle (vocabulary
    "subject_participle_endings", "reduced_relative_endings", "irregular_participles":
    "deployed", "arrivés", "desplegados"), in lowercase: set off by a comma after a noun, it
    describes that noun ("The medical team, deployed to Bentiu, ...")."""
    word = _lowercase_first_word(printed)
    if not word:
        return False
    return _participle_shape(word, _participle_endings(language), _irregular_participles(language), 4)


@lru_cache(maxsize=None)
def _participle_endings(language: str) -> tuple[str, ...]:
    """How a participle of the language ends, lowercased: vocabulary
    "subject_participle_endings" then "reduced_relative_endings"."""
    vocabulary = reference().vocabulary
    return tuple(unicodedata.normalize("NFC", w.lower()) for section in ("subject_participle_endings", "reduced_relative_endings")
                 for w in (vocabulary.get(section) or {}).get(language) or ())


@lru_cache(maxsize=None)
def _verb_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the words that make one verb form with a verb after them: auxiliaries, vocabulary
    "participle_auxiliaries", and reflexive pronouns, "reflexive_clitics"; the elided
    clitics that glue to an auxiliary, "s'" of "s'est"), lowercased, of a language."""
    listed = (reference().vocabulary.get("reflexive_clitics") or {}).get(language) or ()
    clitics = [unicodedata.normalize("NFC", w.lower()) for w in listed]
    return (_subject_cut_patterns(language)[2] | frozenset(c for c in clitics if not c.endswith(("'", "\u2019")))
            , tuple(c for c in clitics if c.endswith(("'", "\u2019"))))


def _verb_word(word: str, language: str) -> bool:
    """Whether a word (as printed) belongs to the verb form of what follows it: an auxiliary,
    a reflexive pronoun, or an elided clitic glued to an auxiliary ("s'est") (_verb_words)."""
    whole, elided = _verb_words(language)
    word = unicodedata.normalize("NFC", word.lower()).strip(".,;:\"\u201c\u201d\u00ab\u00bb")
    if word in whole:
        return True
    clitic = next((c for c in elided if word.startswith(c)), None)
    return clitic is not None and word[len(clitic):] in whole


def _own_words(subject: str, language: str) -> list[str]:
    """The words of a verb's subject without the verb's own words at its end (auxiliaries,
    reflexive pronouns: "ont été", "s'est", "were"): [] when the clause names no subject
    ("ont été tués", "Il s'est rendu" once the pronoun is trimmed)."""
    words = subject.split()
    while words and _verb_word(words[-1], language):
        words.pop()
    return words


def _opens_on_verb(text: str, language: str) -> bool:
    """Whether a title's words open on a verb's own word (_verb_word: "ont été", "s'est",
    "Été dissous"), with no subject before it."""
    words = text.split()
    return bool(words) and _verb_word(words[0], language)


def _verb_group(subject: str, language: str) -> tuple[str, str]:
    """(the subject's words, the words ending it that make one verb form with the event word:
    "were", "ont été", "fueron"): ("Two peacekeepers", "were") of "Two peacekeepers were"."""
    auxiliaries = _subject_cut_patterns(language)[2]
    words = subject.split()
    cut = len(words)
    while cut and unicodedata.normalize("NFC", words[cut - 1].lower()) in auxiliaries:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _stand_in(actors: list[Found], place: str | None, sentence: str, language: str, told: str = "") -> str:
    """The first actor acting, standing for a subject the clause lacks: its name in English,
    else as the sentence prints it when that is a name (capitalised) and the title's own words
    (told) do not print it already, since a registry name glued to another language's words
    ("Chad ont quitté") reads as neither; "" for none."""
    actor = next((a for a in actors if a.name != place), None)
    if actor is None:
        return ""
    if language == "en":
        return actor.name
    printed = next((s for s in actor.surfaces if s and s in sentence), "")
    return printed if printed[:1].isupper() and printed not in told else ""


def _past_participle(printed: str, language: str) -> bool:
    """Whether a word as printed opens on a past participle in lowercase: an ending of
    vocabulary "participle_endings" ("tués", "heridos") or an irregular participle
    ("morts", "muertos"). Languages without such a list (English spells its past as its
    participle) have none."""
    word = _lowercase_first_word(printed)
    if not word:
        return False
    endings = tuple((reference().vocabulary.get("participle_endings") or {}).get(language) or ())
    return bool(endings) and _participle_shape(word, endings, _irregular_participles(language), 2)


def _noun_before(sentence: str, start: int, language: str) -> str:
    """The noun phrase printed right before offset start: its words back to the first function
    word (a number word of two or more opens it still: "quatre casques bleus"), at most
    SUBJECT_HEAD_WORDS; "" when the word right before is a function word, a verb's own word
    or none."""
    stop = _stopwords(language)
    counts = _counting_words(language)
    convert = (lambda w: w.lower()) if language in EXACT_LANGUAGES else fold
    kept: list[str] = []
    for word in reversed(sentence[:start].split()):
        key = convert(word.strip(".,;:!?\"'()\u201c\u201d\u00ab\u00bb"))
        if not key or word[-1:] in ",;:" or _verb_word(word, language) or len(kept) >= SUBJECT_HEAD_WORDS:
            break
        if key in stop and key not in counts:
            break
        kept.insert(0, word)
    return " ".join(kept) if kept and convert(kept[-1]) not in stop else ""


RELATIVE_CLAUSE_REACH = 6  # clause breaks a relative clause between a subject and its verb may hold


def _relative_clause_before(sentence: str, cuts: list[int], language: str) -> int | None:
    """The index in cuts (the offsets where the clauses before a verb open, 0 first) of the
    nearest clause opening on a word of vocabulary "relative_pronouns" ("qui", "which",
    "que") within RELATIVE_CLAUSE_REACH clauses back, the one right before the verb's own
    excepted when it is itself the only one; None for none, or when it opens the sentence."""
    pattern = _word_pattern("relative_pronouns", language)
    if pattern is None or len(cuts) < 3:
        return None
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    for index in range(len(cuts) - 2, max(0, len(cuts) - 2 - RELATIVE_CLAUSE_REACH), -1):
        at = cuts[index] + len(compared[cuts[index]:]) - len(compared[cuts[index]:].lstrip())
        if pattern.match(compared, at):
            return index
    return None


def _subject_before_relative(sentence: str, opened: int, lead_in: str, language: str) -> str:
    """The subject a clause opening at offset opened lacks when a relative clause stands right
    before it (_relative_clause_before): the words before that relative clause, dates left out
    and function words trimmed, 2 to SUBJECT_HEAD_WORDS of them ("la Brigade (FIB), qui réunit
    des contingents ..., conduit l'opération" gives "Brigade"... "la Brigade"); "" when the
    clause's own words (lead_in) open on a capital, a digit or a determiner (a subject of its
    own: "les Casques bleus ont reçu"), or with no relative clause before it."""
    first = (lead_in.split() or [""])[0]
    always, plural = _noun_determiners(language)
    if not first[:1].isalpha() or not first[:1].islower() or fold(first).rstrip("'\u2019") in always | plural:
        return ""
    cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(_unbracketed(sentence), 0, opened))]
    if cuts[-1] != opened:
        return ""
    relative = _relative_clause_before(sentence, cuts + [opened], language)
    if relative is None or relative >= len(cuts) or relative < 1:
        return ""
    subject = _trim(_without_dates(sentence[cuts[relative - 1]:cuts[relative] - 1], language), language, 99)
    return subject if 2 <= len(subject.split()) <= SUBJECT_HEAD_WORDS else ""


def _trim_keeping_verb(subject: str, language: str) -> str:
    """A verb's subject trimmed as _trim does, its ending auxiliaries (_verb_group) dropped
    whole ("Three peacekeepers were" gives "Three peacekeepers") or kept whole, never in part:
    "Two soldiers have been" stays so, where trimming function words alone would leave "Two
    soldiers have" and turn the passive into an active ("have injured"), and "will be" of "will
    be dispatched" would leave "will dispatched"."""
    trimmed = _trim(subject, language, 99)
    body, auxiliary = _verb_group(" ".join(subject.split()), language)
    if not auxiliary or not _verb_group(trimmed, language)[1]:
        return trimmed  # none left ("Three peacekeepers killed"): a headline's own style
    return f"{_trim(body, language, 99)} {auxiliary}".strip()


def _verb_subject(sentence: str, start: int, language: str, printed: str = "") -> str:
    """The subject of the verb printed at offset start of sentence, as the title says it: the
    words of its clause before it (after a verb of saying), dates left out and function words
    trimmed, with the verb's own auxiliaries ("ont été", "were"); a long one cut to its head
    (subject_head); when the clause holds no subject of its own (its words are auxiliaries
    only), the words before a bracket or before an aside between commas ("Deux casques bleus,
    de nationalité inconnue, ont été"). printed: the verb as printed (an apposed participle
    takes the noun it follows). "" when nothing precedes it."""
    opened = _clause_start(sentence, start)
    opened = after_telling(sentence, opened, start, language) or opened
    subject = _trim_keeping_verb(_without_dates(sentence[opened:start], language), language)
    last = list(_BRACKETED.finditer(sentence, 0, start))[-1:]
    spanned = sentence[:last[0].start()] + " " * len(last[0].group()) + sentence[last[0].end():start] if last else ""
    wider = _clause_start(spanned, start) if last else opened
    if len(_own_words(subject, language)) < 2 and wider < opened:
        # "Ghanaian peacekeepers ... in Lebanon (UNIFIL) on Monday handed over": nothing but
        # a date between the bracket and the verb, the subject stands before the bracket
        widened = _trim(_without_dates(spanned[wider:start], language), language, 99)
        if len(widened.split()) >= 2:
            opened, subject = wider, widened
    if len(subject.split()) > SUBJECT_HEAD_WORDS:
        # "Ghanaian peacekeepers serving with the United Nations Interim Force in Lebanon
        # (UNIFIL) on Monday handed over": the head, then the verb's own auxiliaries
        body, auxiliary = _verb_group(sentence[opened:start], language)
        head = subject_head(body, language)
        if head is not None:  # a long head keeps its first words, with the auxiliaries
            kept = max(1, SUBJECT_HEAD_WORDS - len(auxiliary.split()))
            subject = f"{_trim(' '.join(head.split()[:kept]), language, kept)} {auxiliary}".strip()
    if len(_own_words(subject, language)) < 2 and _clause_start(sentence, start) > 0:
        # "The contingent, made up of engineers, will be dispatched": the subject stands
        # before the phrase set between commas, two clauses back
        # brackets end no clause ("la brigade (NEPBATT), qui ..., a reçu")
        cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(_unbracketed(sentence), 0, start))]
        lo, hi = (cuts[-3], cuts[-2] - 1) if len(cuts) >= 3 else (0, 0)
        relative = _relative_clause_before(sentence, cuts, language)
        if relative is not None:
            # "la Brigade, qui réunit des contingents tanzanien, malawite et népalais, conduit":
            # the subject stands before the relative clause, whatever commas its list holds
            lo, hi = cuts[relative - 1], cuts[relative] - 1
        if not subject and not sentence[cuts[-1]:start].strip() and sentence[cuts[-1] - 1] == "," and apposed_participle(
                printed, language):
            # "The medical team, deployed to Bentiu on 3 June, ...": the noun the participle follows
            lo, hi = cuts[-2], cuts[-1] - 1
        opening = _trim(_without_dates(sentence[lo:hi], language), language, 99)
        if 2 <= len(opening.split()) <= 10:
            subject = f"{opening} {subject}".strip()
    return subject


def _headline(sentence: str, word: EventWord, place: str | None, place_surface: str | None, actors: list[Found],
              language: str) -> str | None:
    """The event's title read from its sentence (_headline_words), a quotation mark the cut left
    without its pair taken out (_paired_quotes: "Attack” hit the camp", "Embuscade complexe »")."""
    headline = _headline_words(sentence, word, place, place_surface, actors, language)
    return _paired_quotes(headline) if headline else headline


# quotation marks a title keeps in pairs (text.QUOTATION_PAIRS): curly double, angle and curly
# single; the straight marks are paired by their count instead (_paired_quotes)
_TITLE_QUOTE_PAIRS = {mark: QUOTATION_PAIRS[mark] for mark in ("\u201c", "\u00ab", "\u2018")}


def _paired_quotes(text: str) -> str:
    """The text without the quotation marks that have no pair in it: a closing mark with no
    opening one before it, an opening mark with no closing one after it, straight double
    quotes when they are odd in number (a right single quote inside a word is an apostrophe
    and stays). Spaces left double by a mark taken out are made single."""
    drop: set[int] = set()
    for opening, closing in _TITLE_QUOTE_PAIRS.items():
        open_at: list[int] = []
        for i, ch in enumerate(text):
            if ch == opening:
                open_at.append(i)
            elif ch == closing:
                # a right single quote after a letter may be an apostrophe: inside a word it is
                # one ("l’ONU"), at a word's end it closes a quotation open before, if any
                after_letter = closing == "\u2019" and i > 0 and text[i - 1].isalpha()
                if after_letter and i < len(text) - 1 and text[i + 1].isalpha():
                    continue
                if open_at:
                    open_at.pop()
                elif not after_letter:
                    drop.add(i)
        drop.update(open_at)
    straight = [i for i, ch in enumerate(text) if ch == '"']
    if len(straight) % 2:
        drop.update(straight)
    if not drop:
        return text
    kept = "".join(ch for i, ch in enumerate(text) if i not in drop)
    return re.sub(r"\s{2,}", " ", kept).strip()


def _headline_words(sentence: str, word: EventWord, place: str | None, place_surface: str | None, actors: list[Found], language: str) -> str | None:
    """What happened, in the sentence's own words: for a verb, its subject and the verb phrase
    up to its complement's end ("63 Vietnamese doctors arrived in conflict-ridden South
    Sudan"); for a noun, the noun and what follows it in its clause ("ceremony in Naqoura to
    inaugurate the demolition site"); dates left out, function words trimmed at both ends.
    Without a subject in the clause, the first actor acting stands for it. None when
    nothing is left, when the clause names no subject but a verb's auxiliaries ("ont été
    tués") and no actor stands in, or when the word lies in a quotation the sentence's own
    words introduce (a title opens on no quotation)."""
    if word.kind == HAPPENING:
        return _clause_headline(sentence, word, language)
    quoted = _quotation(sentence, word.start) if '"' in sentence or "\u201c" in sentence or "\u00ab" in sentence else None
    quoted = quoted is not None and bool(sentence[:quoted[0]].strip())
    if quoted and word.verb:
        # 'Lacroix said "it was a chance to meet the troops"': a verb in a speaker's words
        # quoted has no subject of its own; a title opens on no quotation: the kind's label does
        return None
    clause_end = _CLAUSE_END.search(sentence, word.end)
    tail = sentence[word.end:clause_end.start() if clause_end else len(sentence)]
    if place_surface and place_surface in tail:  # the complement runs to the place it names
        tail = tail[:tail.find(place_surface) + len(place_surface)]
    if word.verb:
        subject = _verb_subject(sentence, word.start, language, sentence[word.start:word.end])
        before = subject.split()
        if before and not _verb_word(before[-1], language) and _past_participle(sentence[word.start:word.end], language) and (
                len(before) > 14 or any(_verb_word(w, language) for w in before)):
            # "auprès des familles des quatre casques bleus morts le 27 mai": a participle right
            # after a noun, deep in another clause, has that noun phrase for its subject
            subject = _noun_before(sentence, word.start, language) or subject
        if not _own_words(subject, language) or len(subject.split()) > 14:
            # no subject of its own ("ont été tués", "s'est rendu": a pronoun trimmed away)
            verb_only = bool(subject) and not _own_words(subject, language)
            subject = _stand_in(actors, place, sentence, language, sentence[word.start:word.end] + tail)
            if not subject and (verb_only or _opens_on_verb(sentence[word.start:word.end], language)):
                return None  # a bare verb says not who did it: the kind's label does
        subject = _trim_keeping_verb(" ".join(subject.split()[:10]), language)
        phrase = f"{subject} {sentence[word.start:word.end]}"
    else:
        # a noun that is the object of the clause's verb ("the army held a send-off ceremony",
        # "the president presented medals"): the subject and verb before it say who did it
        opened = _clause_start(sentence, word.start)
        opened = after_telling(sentence, opened, word.start, language) or opened
        lead_in = _trim(_without_dates(sentence[opened:word.start], language), language, 99, start_only=True)
        if quoted:  # '"... after their transfer of authority in May," he said': the noun alone
            lead_in = ""
        most = 12
        if lead_in and _opens_on_verb(lead_in, language):
            # "(MINUSMA) a été dissous ... au cours d'une cérémonie": the lead-in opens on its
            # verb, whose subject stands before the break: that subject opens it, else nothing
            verb_at = sentence.find(lead_in.split()[0], opened)
            subject = _verb_subject(sentence, verb_at, language)
            subject = subject if _own_words(subject, language) and len(subject.split()) <= SUBJECT_HEAD_WORDS else ""
            # the subject with its auxiliaries ("... a été"), then the lead-in from its verb on
            lead_in = f"{subject} {_trim(_without_dates(sentence[verb_at:word.start], language), language, 99, start_only=True)}" if subject else ""
            most += len(subject.split())
            if not subject and _past_participle(sentence[word.start:word.end], language):
                # "Il s'est rendu auprès des familles des quatre casques bleus morts": the
                # participle's noun phrase says who
                lead_in = _noun_before(sentence, word.start, language)
        opening = lead_in or sentence[word.start:word.end]  # "conduit l'opération": the word opens the clause
        if not quoted and not _opens_on_verb(opening, language):
            # "la Brigade (FIB), qui réunit des contingents tanzanien, malawite et népalais,
            # conduit l'opération": a verb after a relative clause has its subject before it
            before_relative = _subject_before_relative(sentence, opened, opening, language)
            if before_relative:
                lead_in = f"{before_relative} {lead_in}".strip()
                most += len(before_relative.split())
        doer = 2 <= len(lead_in.split()) <= most and not refers_back(sentence, word, language)
        phrase = f"{lead_in} {sentence[word.start:word.end]}" if doer else sentence[word.start:word.end]
    complement = " ".join(_without_dates(tail, language).split()[:10])
    # the tail goes on the event word's own word ("the mission's mandate": the word ends at
    # "mission"): no space before a possessive or a closing mark
    glue = "" if tail[:1] in ("'", "\u2019", ",", ")", "\u00bb", "\u201d") else " "
    text = _trim(f"{phrase}{glue}{complement}", language, 24)
    text = text.rstrip(" .;:,")
    if len(text.split()) < 2:
        return None
    return text[:1].upper() + text[1:]


def said_that(sentence: str, start: int, end: int, language: str = "und") -> bool:
    """Whether the word at offsets start..end of the sentence (one of vocabulary
    "relative_pronouns": "that", "que") is the complementiser of a verb of saying before it
    ("The mission said that two peacekeepers wounded on Monday have died", "said on Tuesday
    that"), as after_telling finds it, or after whom the words were told ("told reporters
    that", "dijo a la prensa que": vocabulary "addressee_report_verbs",
    "addressee_prepositions", four words at most), not a relative pronoun: what follows is what was said,
    a clause whose tense and days are the happening's own. A verb whose past has no
    participle's shape ("said", "told") opens no verb group (_verb_groups), hence this test."""
    if after_telling(sentence, max(0, start - 60), end, language) == end:
        return True
    # "told reporters that", "dijo a la prensa que": whom the words were told, then "that"
    pattern = _word_pattern("report_verbs", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    last = None
    for last in pattern.finditer(compared, max(0, start - 60), start):
        pass
    if last is None:
        return False
    gap = compared[last.end():start].split()
    if not 1 <= len(gap) <= 4 or re.search(r"[^\w\s'\u2019-]", compared[last.end():start]):
        return False
    verbs, leads = _lowered_words("addressee_report_verbs", language), _lowered_words("addressee_prepositions", language)
    addressed = compared[last.start():last.end()].split()[-1] in verbs or gap[0] in leads
    return addressed and not _verb_groups(sentence, last.end(), start, language)


def after_telling(sentence: str, start: int, end: int, language: str = "und") -> int | None:
    """Where the told part of a clause starts when a verb of saying (vocabulary "report_verbs")
    stands between offsets start and end ("The mission said today that a peacekeeper was
    killed", "La misión informó que hombres armados atacaron"): the offset right after the
    last such verb and, when one follows with only dates or spaces before it, after its
    complementiser ("that", "que"); None when the stretch holds no verb of saying. The
    telling is how the news came, not what happened: a title starts after it. language:
    ISO 639-1 code of the text."""
    pattern = _word_pattern("report_verbs", language)
    if pattern is None or start >= end:
        return None
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    last = None
    for last in pattern.finditer(compared, start, end):
        pass
    if last is None:
        return None
    opener = _complementiser(language).search(compared, last.end(), end)
    if opener is not None:
        between = sentence[last.end():opener.start()]
        for lo, hi in reversed(relative_spans(between, language)):  # "said today that"
            between = between[:lo] + between[hi:]
        # "aseguró en diciembre pasado que": only words of a date, articles and prepositions between
        if all(w in _stance_gap_words() or date_word(w) for w in _GAP_WORD.findall(fold(between).replace(",", " "))):
            return opener.end()
    return last.end()


def _noun_phrase_headline(sentence: str, word: EventWord, language: str) -> str | None:
    """The title of a happening named by an event noun after the main clause's own: the noun
    and what follows it up to the clause's end, dates left out, at most twelve words
    ("vote on the mandate"); None when under two words are left."""
    end = _CLAUSE_END.search(sentence, word.end)
    text = _trim(" ".join(_without_dates(sentence[word.start:end.start() if end else len(sentence)], language).split()),
                 language, 12).rstrip(" .;:,")
    if len(text.split()) < 2:
        return None
    return text[:1].upper() + text[1:]


def _clause_headline(sentence: str, word: EventWord, language: str) -> str | None:
    """What a sentence without an event word tells happened (a "happening": dated_happening):
    the clause holding its date, dates left out, else the sentence's longest clause when that
    one is too short to say anything (under four words); at most 16 words, function words
    trimmed at both ends. None when nothing is left."""
    bare = _without_dates(sentence, language)
    cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(bare)), len(bare) + 1]
    clauses = [(lo, bare[lo:hi - 1] if hi <= len(bare) else bare[lo:]) for lo, hi in zip(cuts, cuts[1:])]
    own = next((text for lo, text in reversed(clauses) if lo <= word.start), bare)
    if len(own.split()) < 4:
        own = max((text for _lo, text in clauses), key=lambda t: len(t.split()))
    text = _trim(" ".join(own.split()), language, 16).rstrip(" .;:,")
    if len(text.split()) < 2:
        return None
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=None)
def _frame_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Words that make the actor next to them a reporter (vocabulary "reporting_frames"):
    one pattern for the words before an actor, one for those after it, on folded text."""
    frames = reference().vocabulary.get("reporting_frames") or {}
    def folded(words):
        return alternation(fold(w) for w in words) or "(?!)"
    fillers = _any_language("reporting_frame_fillers")  # "according to the", "selon l'agence"
    return (re.compile(r"(?:" + folded(frames.get("before") or ()) + rf")\W+(?:(?:{fillers})\W+)?$"),
            re.compile(r"^\W*(?:" + folded(frames.get("after") or ()) + r")\b"))


def reporting(sentence: str, entity: Found) -> bool:
    """Whether an actor of a sentence reports the news rather than acts in it: a news outlet
    or agency of the sources reference, or an organisation in a reporting frame
    ("according to Xinhua", "selon l'AFP", "Reuters reported"; vocabulary "reporting_frames").
    A person in a frame ("the commander said") is kept: a speaker may also have acted."""
    ref = reference()
    if entity.kind == "person":
        return False
    if any(ref.find_source(surface) for surface in [entity.name, *entity.surfaces]):
        return True
    before, after = _frame_patterns()
    folded = fold_same_length(sentence).replace("\u2019", "'")
    for surface in entity.surfaces:
        at = sentence.find(surface)
        if at < 0:
            continue
        if before.search(folded[max(0, at - 40):at]) or after.search(folded[at + len(surface):at + len(surface) + 25]):
            return True
    return False


def _place_surface(sentence: str, found: list[Found], place: str | None) -> str | None:
    for entity in found:
        if entity.name == place and entity.kind in ("city", "country"):
            return next((s for s in entity.surfaces if s in sentence), None)
    return None


@lru_cache(maxsize=None)
def _date_lead_before() -> re.Pattern:
    """A word leading a date (vocabulary "date_lead_words", any language's, folded) and the
    spaces after it, ending a text: what stands right before a date as part of it."""
    return re.compile(r"(?<![\w'-])(?:" + _any_language("date_lead_words", folded=True) + r")\s+$")


def _dated_words(sentence: str, words: list[EventWord], mentions: list[DateMention],
                 adjuncts: list[tuple[int, int, int]] = (), language: str = "und") -> dict[int, list[DateMention]]:
    """Each date of a sentence given to the event word nearest it (index in words), counted
    from the word's end for a date after it and from its start for one before it; a word of
    the date's own clause first (no comma, semicolon, colon, bracket or dash between): "The
    troops, who arrived in May 2023, will rotate out in June" gives May 2023 to "arrived".
    A date outside the adjuncts of conformity (conformity_adjuncts: (start, end of opener,
    end)) goes to a word outside them first: "Le 3 mars, conformément à la résolution 2500,
    la force a cédé la place" dates the handover, not the resolution. A word leading the
    date (vocabulary "date_lead_words": "le", "el", "on") is the date's, not counted in its
    gap from a word before it: "a condamné le 8 mars l'attaque du 7 mars" gives 8 March to
    the condemning, not to the attack its object names. A verb opening a clause coordinated
    right after the date (coordinated_after: only "and" and/or a comma between) comes after
    the words before the date: the date closes the clause before ("firmaron el acuerdo en
    agosto de 2015 y desplegaron tropas el pasado abril" dates the signing, not the
    deployment). A verb right after the date that its infinitive marker leads ("to", "de",
    "a") is the object of a verb before the date, which the date is for (_infinitive_after:
    "agreed in April to end the mission on 15 October" gives April to the agreeing).
    language: ISO 639-1 code of the text."""
    given: dict[int, list[DateMention]] = {}
    for mention in mentions:
        led = _date_lead_before().search(fold_same_length(sentence[max(0, mention.start - 40):mention.start]))
        opened = mention.start - (len(led.group()) if led else 0)  # where the date and its leading word start

        def adjunct_only(w: EventWord) -> bool:
            return any(opener <= w.start < end and not lo <= mention.start < end for lo, opener, end in adjuncts)

        def gap(w: EventWord) -> int:
            return max(0, opened - w.end) if mention.start >= w.end else w.start - mention.end

        def apart(w: EventWord) -> bool:
            lo, hi = (w.end, mention.start) if mention.start >= w.end else (mention.end, w.start)
            return bool(_CLAUSE_END.search(sentence, lo, hi)) if lo < hi else False
        def opens_after(w: EventWord) -> bool:
            return w.verb and any(x.end <= mention.start for x in words) and coordinated_after(sentence, mention.end, w, language)
        nearest = min(range(len(words)), key=lambda i: (adjunct_only(words[i]), apart(words[i]), opens_after(words[i]),
                                                        _infinitive_after(sentence, mention, words[i], words, language),
                                                        gap(words[i]), i))
        given.setdefault(nearest, []).append(mention)
    return given


def _infinitive_after(sentence: str, mention: DateMention, word: EventWord, words: list[EventWord],
                      language: str = "und") -> bool:
    """Whether word is a verb right after the date, an infinitive (_infinitive_led: led by its
    marker, "to", "de", "a", or a Spanish bare infinitive), with an event verb before the date
    in the sentence: the infinitive is that verb's object and the date, between them, the
    verb's ("agreed in April to end the mission", "votaron en mayo prorrogar el mandato"), not
    the infinitive's own day. A verb before the date that no list names ("pledged", "a
    décidé") is no event word: _date_before_infinitive reads that case."""
    if not word.verb or word.start < mention.end or not any(w.verb and w.end <= mention.start for w in words):
        return False
    return _infinitive_led(sentence, mention.end, word, language)


def _infinitive_led(sentence: str, start: int, word: EventWord, language: str = "und") -> bool:
    """Whether word, after offset start, is an infinitive opening what follows start: its marker
    (vocabulary "infinitive_markers": "to", "de", "a") is the first word after start, or, in a
    language listing "purpose_infinitive_endings", word itself comes first and its first word
    ends as an infinitive ("acordó en abril poner fin", "decidió el lunes retirar")."""
    tokens = re.findall(r"[^\W\d_]+['\u2019]?", sentence[start:word.end])
    if not tokens:
        return False
    first = unicodedata.normalize("NFC", tokens[0].lower()).replace("\u2019", "'")
    if first in _infinitive_markers(language):
        return True
    endings = _infinitive_endings(language)
    return bool(endings) and not sentence[start:word.start].strip() and first.endswith(endings)


@lru_cache(maxsize=None)
def _infinitive_endings(language: str) -> tuple[str, ...]:
    """How an infinitive ends in the language (vocabulary "purpose_infinitive_endings": "ar",
    "er", "ir"), lowercased; () for a language listing none."""
    return tuple(unicodedata.normalize("NFC", w.lower())
                 for w in (reference().vocabulary.get("purpose_infinitive_endings") or {}).get(language) or ())


def _date_before_infinitive(sentence: str, mention: DateMention, main: EventWord, own: list[DateMention],
                            language: str = "und") -> bool:
    """Whether mention stands between a verb and main, the infinitive that verb takes
    (_infinitive_led), while main has a date of its own after it: the date is the verb's, one
    no list names, and not the infinitive's ("pledged on 3 May to withdraw its troops on 30
    June", "a décidé en avril de retirer la force le 30 juin", "decidió en abril retirar la
    fuerza el 30 de junio": the withdrawal is on 30 June)."""
    return (main.verb and main.start >= mention.end and any(m.start >= main.end for m in own)
            and _infinitive_led(sentence, mention.end, main, language))


def _direction(planned: bool, mention: DateMention, told_past: bool = False) -> bool | None:
    """Which way a date without its year is read from the article's date (resolve_year's
    forward): ahead for a planned event, back for a month told alone in the past ("in
    November") or for a day by a verb told in the past (told_past: "were killed on 21
    February"), else the nearest year."""
    if planned:
        return True
    return False if mention.value.day is None or told_past else None


# How many days after the article's date a day told in the past may still fall: a page's
# date may be its last update's or a time zone's, a day or two after the happening's.
PAST_GRACE_DAYS = 3


# The most words between an event noun and its day for the verb among them to tell the
# noun's tense ("the ceasefire was signed on 21 February").
NOUN_VERB_REACH = 6


def past_told(sentence: str, word: EventWord, language: str = "und", mention: DateMention | None = None) -> bool:
    """Whether the event word is a verb told in the past (dates.past_tense: "were killed",
    "ont été tués", "murieron", "đã thiệt mạng"), so that a day printed beside it without
    its year is the last such day, not the next. A noun has no tense of its own; it takes
    that of a verb between it and its day (mention) in the same clause when a word of
    dates.yaml "happening_day_words" stands right before the day ("the ceasefire was signed
    on 21 February", "la cérémonie a eu lieu le 21 février"), not one moving the day ("the
    vote was postponed to 21 February"). A verb whose phrase holds its day between verb and
    object ("renovó el 1 de marzo el mandato") is told in the tense of its words before that
    day. A happening word of no listed kind kept over its date
    (dated_happening) takes the tense of the verb right before that date ("the mandate for their
    presence ended on 20 May"). language: ISO 639-1 code of the text."""
    if word.verb:
        verb = sentence[word.start:word.end]
        # "renovó el 1 de marzo el mandato", "a renouvelé le 1er mars le mandat": a date inside
        # the verb's phrase (_verb_gap) is no word of the verb; its tense is the words before it
        inner = next((d for d in find_dates(verb) if d.start > 0), None)
        if inner is not None:
            head = verb[:inner.start].split()
            if head and happening_day_word(head[-1], language):
                head = head[:-1]
            verb = " ".join(head) or verb
        return past_tense(sentence[:word.start], verb, language)
    if word.kind == HAPPENING and mention is not None and word.start == mention.start:
        # a happening of no listed kind, kept over its date: the verb right before the date
        # (its day word left out) tells its tense, whatever stands between it and its subject
        # ("the mandate for their presence ended on 20 May")
        opened = _clause_start(sentence, mention.start)
        before = sentence[opened:mention.start].split()
        if before and happening_day_word(before[-1], language):
            before = before[:-1]
        return bool(before) and past_tense(sentence[:opened] + " ".join(before[:-1]) + " ", before[-1], language)
    if mention is None or mention.start < word.end or _CLAUSE_END.search(sentence, word.end, mention.start):
        return False
    gap = sentence[word.end:mention.start].split()
    leading = mention.text.split()[:1]  # "ngày 21/2", "hôm 21/2": the word is the mention's
    if not (leading and happening_day_word(leading[0], language)):
        if not gap or not happening_day_word(gap[-1], language):
            return False
        gap = gap[:-1]
    if not gap or len(gap) > NOUN_VERB_REACH:
        return False
    return past_tense(sentence[:word.end] + " ", " ".join(gap), language)


def happening_day_word(word: str, language: str = "und") -> bool:
    """Whether a word is one that stands before the day a happening took place on (dates.yaml
    "happening_day_words": "on", "le", "el", "ngày"), compared lowercased."""
    return unicodedata.normalize("NFC", word.lower()) in _happening_day_words(language)


@lru_cache(maxsize=None)
def _happening_day_words(language: str) -> frozenset[str]:
    """dates.yaml "happening_day_words" of a language, lowercased, NFC."""
    listed = (reference().date_words.get("happening_day_words") or {}).get(language) or ()
    return frozenset(unicodedata.normalize("NFC", w.lower()) for w in listed)


def _resolve(mention: DateMention, years: list[int], anchor: PartialDate | None, forward: bool | None,
             past: bool = False, grace_days: int = 0, framed: int | None = None) -> tuple[PartialDate, PartialDate | None]:
    """The value of a date mention, its missing year from the sentence's one year (a printed
    year of the article's year, one the sentence opens on as its frame, framed: fronted_year,
    or one named relative to the article's: "in August last year", "en mars de l'an
    dernier", "tháng 5 năm ngoái"), else by resolve_year against the article's date. past (a
    day marked past, dates.past_marked: "el pasado 27 de noviembre"): the last such day on or
    before the article's date, whatever year the sentence prints elsewhere."""
    if past:
        return resolve_year(mention, anchor, forward=False)
    sentence_year = years[0] if len(set(years)) == 1 and mention.value.year is None else None
    if sentence_year and (anchor is None or anchor.year is None or anchor.year == sentence_year
                          or sentence_year == framed):
        return mention.value.with_year(sentence_year), mention.value_end.with_year(sentence_year) if mention.value_end else None
    return resolve_year(mention, anchor, forward=forward, grace_days=grace_days)


def _resolve_printed(sentence: str, mention: DateMention, years: list[int], anchor: PartialDate | None,
                     ahead: bool, language: str = "und", told_past: bool = False) -> tuple[PartialDate, PartialDate | None, bool]:
    """The value of a date printed in the sentence for an event told ahead (planned) or not:
    a day marked past (dates.past_marked: "el pasado 27 de noviembre") is read back and
    makes the event no planned one; so is a day by a verb told in the past (told_past,
    past_told: "were killed on 21 February"), up to PAST_GRACE_DAYS after the article's
    date, unless the event is told ahead. Returns (start, end or None, ahead and not marked
    past). language: ISO 639-1 code of the text."""
    past = past_marked(sentence, mention, language)
    ahead = ahead and not past
    told_past = told_past and not ahead
    framed = fronted_year(sentence, language) if years and _frame_reaches(sentence, mention, language) else None
    start, end = _resolve(mention, years, anchor, _direction(ahead, mention, told_past), past,
                          PAST_GRACE_DAYS if told_past else 0, framed)
    return start, end, ahead


def _frame_reaches(sentence: str, mention: DateMention, language: str = "und") -> bool:
    """Whether the year a sentence opens on as its frame (fronted_year) may give its year to
    the date at mention: no semicolon stands before the date (the clause after one opens on
    its own time: "In 2013, the mission was set up; on 3 May, a convoy was attacked"), and the
    sentence names no time relative to the article's or to another, a weekday's name aside
    ("and on 3 May this year", "le 3 mai de cette année", "ngày 3/5 năm nay", "from 3 May the
    next year": dates.relative_spans), whose year the date may be of. language: ISO 639-1."""
    if ";" in sentence[:mention.start]:
        return False
    weekdays = [(d.start, d.end) for d in find_dates(sentence) if d.kind == "weekday"]
    return all(any(lo <= a and b <= hi for lo, hi in weekdays) for a, b in relative_spans(sentence, language))


@lru_cache(maxsize=None)
def _fronted_year_pattern(language: str) -> re.Pattern | None:
    """A year right after a word of vocabulary "year_frame_leads" at a sentence's start (a
    quotation mark or a dash before at most), as _compared gives the sentence; None when the
    vocabulary lists none."""
    words = _vocabulary_words(reference().vocabulary.get("year_frame_leads") or {}, language)
    if not words:
        return None
    return re.compile(r"[^\w]{0,3}(?:" + alternation(words) + r")\s+(?P<year>\d{4})(?![\d/.-])")


def fronted_year(sentence: str, language: str = "und") -> int | None:
    """The year a sentence opens on as its frame ("In 2021, three peacekeepers were killed near
    Kidal on 3 May", "Back in 2019,", "En 2021, ...", "Durante 2019,", "Năm 2021, ...", "Trong
    năm 2019,": vocabulary "year_frame_leads"), whose days and months printed without a year it
    gives that year; None when the sentence does not open so (a year in an aside, "set up in
    2013", or after "since" frames nothing). One anchored match at the start, no scan of the
    sentence. str, ISO 639-1 code -> int or None."""
    pattern = _fronted_year_pattern(language)
    if pattern is None:
        return None
    found = pattern.match(_compared(sentence, language in EXACT_LANGUAGES))
    return int(found.group("year")) if found else None


# The words of a vocabulary table for a language in the form sentences are compared in
# (_compared): reference.listed_word_forms, which dates reads too.
_vocabulary_words = listed_word_forms


@lru_cache(maxsize=None)
def _word_pattern(section: str, language: str, agreeing: bool = False) -> re.Pattern | None:
    """Whole-word pattern of one vocabulary list of a language (all the non-exact languages'
    when it has none), on the sentence as _compared gives it; with agreeing, each word's
    agreeing forms too (_agreeing_forms: "créé", "créée", "créés"...)."""
    table = reference().vocabulary.get(section) or {}
    pick = (lambda entry, lang: _agreeing_forms(entry or (), lang)) if agreeing else None
    words = _vocabulary_words(table, language, pick)
    # a word ending in an apostrophe ("refusé d'") runs into the next one
    return re.compile(r"(?<![\w-])(?:" + alternation(words) + r")(?:(?<=')|(?![\w-]))") if words else None


# kinds whose word after a casualty verb's agent ("hurt by a roadside bomb") makes the hurt
# a body's, not a feeling's (_without_felt_hurt)
_BODILY_AGENT_KINDS = frozenset({"attack", "incident", "disaster", "conflict"})
# where the clause of a casualty verb's agent ends (_without_felt_hurt)
_AGENT_CLAUSE_END = re.compile(r"[,;:.!?()]")


def _without_felt_hurt(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, ... tuples, in text order, on
    the sentence as _compared gives it) less each casualty verb that also tells a hurt feeling,
    standing or purse, followed by its agent (vocabulary "casualty_feeling_agents": "the
    mission was hurt by the cuts", "morale has been hurt by the delays"), unless a word of an
    attack, incident, disaster or conflict stands in the agent's clause ("were hurt by a
    roadside bomb") or a projectile, its fragments, a weapon or its fire (vocabulary
    "casualty_bodily_agents": "hurt by a stray bullet", "hurt by shrapnel", "hurt by tank fire"): no one hurt in
    body. Source of the rule: "hurt" is read as a casualty
    verb in the passive ("two guards were hurt"), and the press writes the same passive of
    budgets, trust and morale. The input list itself where nothing is dropped."""
    pattern = _word_pattern("casualty_feeling_agents", language)
    if pattern is None or not any(f[2] == "casualty" for f in found):
        return found
    bodily = _word_pattern("casualty_bodily_agents", language)
    felt = []
    for m in pattern.finditer(compared):
        closes = _AGENT_CLAUSE_END.search(compared, m.end())
        reach = closes.start() if closes else len(compared)
        if not any(f[2] in _BODILY_AGENT_KINDS and m.end() <= f[0] < reach for f in found) and not (
                bodily is not None and bodily.search(compared, m.end(), reach)):
            felt.append(m)
    if not felt:
        return found
    return [f for f in found if not (f[2] == "casualty" and any(f[0] <= m.start() < f[1] < m.end() for m in felt))]


def _struck_without_person(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, label, verb, flag tuples, in
    text order, on the sentence as _compared gives it) with each casualty word that tells only
    that something was struck (vocabulary "casualty_struck_verbs": "bị trúng đạn", hit by a
    bullet) read as an attack where no person (vocabulary "struck_person_nouns": "binh sĩ",
    "người") stands before it in its clause: a vehicle, a building or a post was hit ("một xe
    thiết giáp bị trúng đạn"), no one hurt, as "a vehicle was hit by gunfire" is an attack in
    English. Source of the rule: the verbs were listed as casualties for a guard hit by a
    bullet, and the press writes the same verb of vehicles and buildings. The input list
    itself where nothing changes."""
    struck = _word_pattern("casualty_struck_verbs", language)
    if struck is None or not any(f[2] == "casualty" for f in found):
        return found
    spans = [m.span() for m in struck.finditer(compared)]
    if not spans:
        return found
    people = _word_pattern("struck_person_nouns", language)
    attack = reference().vocabulary["event_kinds"]["attack"]["label"]
    read = []
    for f in found:
        if f[2] == "casualty" and any(lo <= f[0] and f[1] <= hi for lo, hi in spans):
            opened = _clause_start(compared, f[0], _AGENT_CLAUSE_END)
            if people is None or people.search(compared, opened, f[0]) is None:
                f = (f[0], f[1], "attack", attack, *f[4:])
        read.append(f)
    return read


@lru_cache(maxsize=None)
def _relief_force_pattern(language: str) -> re.Pattern | None:
    """The nouns of troops of a language (vocabulary troop_origins "troops" and
    "formation_heads": "troops", "soldats", "contingente", "battalion"), whole words on the
    sentence as _compared gives it; None for none."""
    vocabulary = reference().vocabulary
    words = set(_vocabulary_words((vocabulary.get("troop_origins") or {}).get("troops") or {}, language))
    words |= set(_vocabulary_words(vocabulary.get("formation_heads") or {}, language))
    return re.compile(r"(?<![\w-])(?:" + alternation(words) + r")(?![\w-])") if words else None


def _relief_without_force(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, ... tuples, in text order, on
    the sentence as _compared gives it) less each rotation verb of vocabulary
    "relief_force_verbs" ("will replace", "remplacera", "relèvera", "relevará") with no noun
    of troops (_relief_force_pattern) after it in its clause: a relief of troops names them
    ("will replace on 1 June the troops", "relevará a los soldados"), a thing replaced or a
    level raised is none ("will replace the generators", "relèvera le défi"). The input list
    itself where nothing changes."""
    verbs = _word_pattern("relief_force_verbs", language)
    if verbs is None or not any(f[2] == "rotation" for f in found):
        return found
    spans = {m.span() for m in verbs.finditer(compared)}
    if not spans:
        return found
    troops = _relief_force_pattern(language)
    read = []
    for f in found:
        if f[2] == "rotation" and (f[0], f[1]) in spans:
            closing = _AGENT_CLAUSE_END.search(compared, f[1])
            if troops is None or troops.search(compared, f[1], closing.start() if closing else len(compared)) is None:
                continue
        read.append(f)
    return read


@lru_cache(maxsize=None)
def _force_object_phrases(language: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of vocabulary "force_object_verbs" of a language, as _compared gives them,
    each as its words: a found verb phrase is one of them printed whole or with a day inside
    (_kind_patterns' gapped phrases: "decided on Monday to send", "a décidé lundi d'envoyer";
    _phrase_with_inserts)."""
    phrases = _vocabulary_words(reference().vocabulary.get("force_object_verbs") or {}, language)
    return tuple(tuple(p.split()) for p in sorted(phrases))


def _without_force_object(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, ... tuples, in text order, on
    the sentence as _compared gives it) less each verb of vocabulary "force_object_verbs"
    ("decided to send", "decidió enviar", "a décidé d'envoyer"), whole or with a day inside,
    with no noun of troops (_relief_force_pattern) after it in its clause before a preposition
    of vocabulary "force_object_recipient_prepositions" (to whom or where it is sent; one of
    "force_object_personal_prepositions" with a word between: Spanish "enviar ayuda a los
    soldados", not "enviar a 200 soldados"), or in a sentence that prints no date nor weekday
    (find_dates): a decision to deploy names who goes
    and is dated ("decided on Monday to send 200 more troops to Mali"); a letter, a report or
    food sent is no deployment ("decided to send a letter", "to send food to the peacekeepers"),
    and a decision with no day is an intent, not a happening of the article's day. The input
    list itself where nothing changes."""
    phrases = _force_object_phrases(language)
    if not phrases:
        return found
    troops = _relief_force_pattern(language)
    recipient = _word_pattern("force_object_recipient_prepositions", language)
    personal = (_word_pattern("force_object_personal_prepositions", language)
                if language in (reference().vocabulary.get("force_object_personal_prepositions") or {}) else None)
    read = []
    for f in found:
        words = compared[f[0]:f[1]].split() if f[4] is True else ()  # a verb's words, split once for every phrase
        if words and any(_phrase_with_inserts(phrase, words) for phrase in phrases):
            closing = _AGENT_CLAUSE_END.search(compared, f[1])
            end = closing.start() if closing else len(compared)
            to = recipient.search(compared, f[1], end) if recipient is not None else None
            # "enviar ayuda a los soldados": "a" after the thing sent; "enviar a 200 soldados": the people
            after = next((m for m in personal.finditer(compared, f[1], end) if compared[f[1]:m.start()].strip()),
                         None) if personal is not None else None
            if after is not None and (to is None or after.start() < to.start()):
                to = after
            if troops is None or troops.search(compared, f[1], to.start() if to else end) is None:
                continue
            if not find_dates(compared):
                continue
        read.append(f)
    return read


def _without_armed_group_flag(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, ... tuples, on the sentence as
    _compared gives it) less each ceremony phrase of a flag (one holding a word of vocabulary
    "flag_nouns": "raised its flag", "a hissé le drapeau", "izaron su bandera", "thượng cờ") with
    a word of "armed_group_words" before it in its clause: rebels who raise their flag over a
    town have taken it ("the rebels raised their flag over the town hall"), no ceremony of a
    force. The input list itself where nothing is dropped."""
    if not any(f[2] == "ceremony" for f in found):
        return found
    flags, groups = _word_pattern("flag_nouns", language), _word_pattern("armed_group_words", language)
    if flags is None or groups is None:
        return found
    read = []
    for f in found:
        if f[2] == "ceremony" and flags.search(compared, f[0], f[1]):
            if groups.search(compared, _clause_start(compared, f[0], _AGENT_CLAUSE_END), f[0]):
                continue
        read.append(f)
    return found if len(read) == len(found) else read


@lru_cache(maxsize=None)
def _thing_subject_pattern(language: str) -> re.Pattern | None:
    """The end of a clause whose subject is a thing (vocabulary "casualty_thing_subjects"),
    at most three words before it from the clause's start, then a comma and the words of
    "casualty_thing_links" at most, on the text as _compared gives it (_without_thing_subject)."""
    table = reference().vocabulary
    things = _vocabulary_words(table.get("casualty_thing_subjects") or {}, language)
    links = _vocabulary_words(table.get("casualty_thing_links") or {}, language)
    if not things:
        return None
    link = r"(?:,\s*)?(?:(?:" + alternation(links) + r")\s+){0,3}" if links else r"(?:,\s*)?"
    return re.compile(r"(?:^|[,;:(])\W*(?:[\w'\-]+\s+){0,3}(?:" + alternation(things) + r")\s*" + link + r"$")


@lru_cache(maxsize=None)
def _counted_sent_pattern(language: str) -> re.Pattern | None:
    """The end of a stretch opened by words counting people (vocabulary "sent_count_heads":
    "number of", "nombre de", "número de") and one to three words after them, none of
    "sent_count_links" (auxiliaries, relatives), on the text as _compared gives it
    (_without_counted_sent); None where the language lists no such words."""
    table = reference().vocabulary
    heads = _vocabulary_words(table.get("sent_count_heads") or {}, language)
    links = _vocabulary_words(table.get("sent_count_links") or {}, language)
    if not heads:
        return None
    word = (r"(?!(?:" + alternation(links) + r")(?![\w'-]))" if links else "") + r"[\w'\-]+"
    return re.compile(r"(?<![\w-])(?:" + alternation(heads) + r")(?:(?<=')|\s+)" + word + r"(?:\s+" + word + r"){0,2}\s+$")


# how far back from a deployment word its counting words may open (_without_counted_sent)
_COUNTED_SENT_REACH = 80


@lru_cache(maxsize=None)
def _past_infinitive_patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The auxiliaries of vocabulary "past_infinitive_auxiliaries" opening a text, and the words
    of "past_infinitive_leads" ending one, as _compared gives them; None where either list is empty."""
    vocabulary = reference().vocabulary
    auxiliaries = _vocabulary_words(vocabulary.get("past_infinitive_auxiliaries") or {}, language)
    leads = _vocabulary_words(vocabulary.get("past_infinitive_leads") or {}, language)
    if not auxiliaries or not leads:
        return None
    return (re.compile(r"(?:" + alternation(auxiliaries) + r")\s"),
            re.compile(r"(?<![\w'])(?:" + alternation(leads) + r")\s+$"))


def _without_unled_past_infinitive(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, ... tuples, on the sentence as
    _compared gives it) less each one opened by a past infinitive's auxiliary (vocabulary
    "past_infinitive_auxiliaries": "avoir été enlevés") that no word of "past_infinitive_leads"
    ("après") comes right before: "trois jours après avoir été enlevés" tells an abduction done
    before another happening, "a démenti samedi avoir été enlevé", "nie avoir été enlevé",
    "sans avoir été enlevé" tell none of that day, or none at all. The input list itself where
    nothing is dropped."""
    patterns = _past_infinitive_patterns(language)
    if patterns is None:
        return found
    auxiliary, lead = patterns
    kept = [f for f in found if not (auxiliary.match(compared, f[0])
                                     and lead.search(compared, max(0, f[0] - 20), f[0]) is None)]
    return found if len(kept) == len(found) else kept


def _without_counted_sent(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, ... tuples, on the sentence as
    _compared gives it) less each word of vocabulary "contribution_event_kinds" (deployment,
    rotation) right after people counted ("the number of officers sent to the mission", "le
    nombre de soldats déployés", "el número de cascos azules desplegados":
    _counted_sent_pattern): a participle describing those counted, a figure, no happening; so
    is a deployment verb with a count in figures right after it, later in the clause of such
    a participle ("the number of soldiers deployed by Ghana reached 2,000"): the figure's verb.
    The input list itself where nothing is dropped."""
    kinds = set(reference().vocabulary.get("contribution_event_kinds") or ())
    if not any(f[2] in kinds for f in found):
        return found
    pattern = _counted_sent_pattern(language)
    if pattern is None:
        return found
    heads = _word_pattern("sent_count_heads", language)

    def participle(f: tuple) -> bool:
        return pattern.search(compared, max(0, f[0] - _COUNTED_SENT_REACH), f[0]) is not None  # "the number of officers sent"

    def counted(f: tuple) -> bool:
        if participle(f):
            return True
        # "the number of soldiers deployed by Ghana reached 2,000": the figure's verb, a count
        # after it, in the clause of such a participle ("The number of attacks fell after Ghana
        # deployed 300 soldiers" counts no one sent: its deployment stays)
        clause = len(re.split(r"[,;:()]", compared[:f[0]])[-1])
        return (heads is not None and _FIGURE_AFTER.match(compared, f[1]) is not None
                and any(g[2] in kinds and f[0] - clause <= g[0] and g[1] <= f[0] and participle(g) for g in found))
    kept = [f for f in found if not (f[2] in kinds and counted(f))]
    return found if len(kept) == len(found) else kept


# a count in figures right after a verb ("reached 2,000", "a atteint 14 000", "alcanzó 14.000")
_FIGURE_AFTER = re.compile(r"\s+\d")


def _without_thing_subject(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, ... tuples, on the sentence as
    _compared gives it) less each casualty verb whose subject is a thing that cannot be hurt
    (vocabulary "casualty_thing_subjects"), the verb right after it but for a comma and the
    auxiliaries and relatives of "casualty_thing_links" ("the footage was shot in March", "the
    video, which was shot on Tuesday", "des arbres ont été abattus"). A person named with the
    thing further back ("a man seen in the video was shot") keeps the verb: the thing must
    stand within three words of its clause's start. Source of the rule: "shot" and "abattu"
    are casualty verbs in the passive, and the press writes the same passive of filming and
    felling. The input list itself where nothing is dropped."""
    if not any(f[2] == "casualty" for f in found):
        return found
    pattern = _thing_subject_pattern(language)
    if pattern is None:
        return found
    kept = [f for f in found if not (f[2] == "casualty" and pattern.search(compared, 0, f[0]))]
    return found if len(kept) == len(found) else kept


@lru_cache(maxsize=None)
def _mission_end_words(language: str) -> tuple[tuple[tuple[str, ...], ...], re.Pattern | None]:
    """(the words of each phrase of vocabulary "mission_end_phrases", folded; a whole-word
    pattern of "mission_end_deciders", folded) of a language (_without_undecided_end)."""
    table = reference().vocabulary
    phrases = tuple(tuple(fold(str(p)).split()) for p in _vocabulary_words(table.get("mission_end_phrases") or {}, language))
    deciders = [fold(str(w)) for w in _vocabulary_words(table.get("mission_end_deciders") or {}, language)]
    return phrases, (re.compile(r"(?<![\w-])(?:" + alternation(deciders) + r")(?![\w-])") if deciders else None)


def _phrase_with_inserts(phrase: tuple[str, ...], words: list[str]) -> bool:
    """Whether words (a matched event phrase, maybe with a day's words inside it: "mis fin
    vendredi à la mission") are the phrase's words in order, its first and last word at the
    ends."""
    if not phrase or not words or words[0] != phrase[0] or words[-1] != phrase[-1]:
        return False
    rest = iter(words)
    return all(word in rest for word in phrase)


def _without_undecided_end(compared: str, found: list[tuple], language: str = "und") -> list[tuple]:
    """The matches of _event_words_uncached (start, end, kind, ... tuples, on the sentence as
    _compared gives it) less each adoption phrase ending a mission itself (vocabulary
    "mission_end_phrases": "ended the mission", "a mis fin vendredi à la mission") in a
    sentence that names no word of "mission_end_deciders" (the Council, a resolution): "The
    government ended the mission on Friday" or "the patrol ended the mission" tell no
    resolution. The input list itself where nothing is dropped."""
    if not any(f[2] == "adoption" for f in found):
        return found
    phrases, deciders = _mission_end_words(language)
    if not phrases or (deciders is not None and deciders.search(compared)):
        return found
    kept = [f for f in found if not (f[2] == "adoption" and any(
        _phrase_with_inserts(p, re.findall(r"[\w']+", compared[f[0]:f[1]])) for p in phrases))]
    return found if len(kept) == len(found) else kept


def recap_count(sentence: str, start: int, language: str = "und", end: int | None = None) -> bool:
    """Whether the day or period named relative to the article's at offset start follows a
    count of times right before it (vocabulary "recap_count_words": "the second time this
    month that ...", "la deuxième fois cette semaine que ...", "la segunda vez este mes que
    ..."): the period over which like happenings are counted, a recap of the one told, no day
    of a happening of its own. Where end is given and the span up to it holds a weekday, the
    week names that day ("voted for the second time this week on Thursday": relative_spans
    reads "this week on Thursday" as one span), which stays the happening's: False. str,
    offset, ISO 639-1 code, offset -> bool."""
    pattern = _word_pattern("recap_count_words", language)
    if pattern is None:
        return False
    before = _compared(sentence[max(0, start - 30):start], language in EXACT_LANGUAGES)
    last = None
    for last in pattern.finditer(before):
        pass
    if last is None or before[last.end():].strip():
        return False
    return end is None or not any(d.kind == "weekday" and start <= d.start and d.end <= end for d in find_dates(sentence))


def _deadline_cut(sentence: str, end: int, language: str = "und", reach: int = 30) -> int:
    """Where the words after an event word (up to reach characters from offset end) that may
    put its clause in the future stop: at a deadline word (dates.yaml "deadline_markers":
    "until", "jusqu'au", "hasta"), whose phrase names the end of a span, not the time of
    the happening ("extended the mandate until next March" tells a past vote)."""
    tail = sentence[end:end + reach]
    cut = deadline_word(tail, language)
    return end + (len(tail) if cut is None else cut)


def _tense_cut(sentence: str, main: EventWord, language: str = "und") -> int:
    """Where the words after the main event word that may tell its tense stop: at a deadline
    word (_deadline_cut), and, after an event verb told in the past (past_told), at the first
    coordinating conjunction (vocabulary "coordinating_conjunctions"): the clause joined there
    has a tense of its own ("Dos soldados murieron el martes y sus cuerpos serán repatriados
    el lunes": the deaths are past, the repatriation planned). A verb in the present has no
    tense of its own to keep, and the future told after the conjunction is the one its day is
    read by ("The ministers meet on Monday and will sign the accord": planned). A noun's tense
    may follow it across one ("la llegada y el despliegue se harán el lunes"), so a noun keeps
    the whole reach. Source: held-out Spanish and French wire copy whose past deaths were read
    as planned. A past verb inside an aside (its clause opened after a comma) stops at the
    aside's closing comma as well."""
    end = _deadline_cut(sentence, main.end, language)
    conj = _word_pattern("coordinating_conjunctions", language) if main.verb and past_told(sentence, main, language) else None
    if conj is not None:
        # an aside's closing comma ends the past verb's clause too ("The council, which met
        # on 4 May, will vote tomorrow": the future is the main clause's)
        closing = _CLAUSE_END.search(sentence, main.end, end) if _clause_start(sentence, main.start) else None
        end = closing.start() if closing is not None else end
        found = conj.search(_compared(sentence, language in EXACT_LANGUAGES), main.end, end)
        if found is not None:
            return found.start()
    return end


def file_photo_caption(sentence: str, language: str = "und") -> int | None:
    """Where the caption of a picture from the archives ends in the sentence (vocabulary
    "file_photo_words": "(AP file photo)", "photo d'archives", "foto de archivo", "ảnh tư
    liệu"), the marker inside brackets or closing the sentence: the offset just after the
    marker, the dates before it being the picture's (another day's, another story's, no
    happening the article reports); None without such a marker. A marker inside the
    sentence's wording ("released a file photo of the man who ...") is no caption.
    language: ISO 639-1 code of the text."""
    pattern = _word_pattern("file_photo_words", language)
    if pattern is None:
        return None
    for match in pattern.finditer(_compared(sentence, language in EXACT_LANGUAGES)):
        if _bracket_around(sentence, match.start(), match.end()) is not None or not re.search(r"\w", sentence[match.end():]):
            return match.end()
    return None


@lru_cache(maxsize=None)
def _credit_pattern() -> re.Pattern:
    """A photo credit (vocabulary "photo_credit_words" then a colon or a word of
    "photo_credit_by": "Photo: Jane Doe", "(Photo by Jane Doe / AFP)", "Ảnh: LHQ"), as a
    line of its own or closing a sentence."""
    vocabulary = reference().vocabulary
    words = alternation(vocabulary.get("photo_credit_words") or [])
    by = alternation(vocabulary.get("photo_credit_by") or [])
    return re.compile(r"(?:^|[(\[|\u2013\u2014-])\s*(?:" + words + r")(?:\s+(?:" + words + r"))?(?:\s*:|\s+(?:" + by
                      + r")\s)[^()\[\]]{1,80}[)\]]?\W*$", re.I)


def photo_caption(sentence: str, following: str | None = None) -> bool:
    """Whether the sentence is a picture's caption by its credit: one closing it ("... in
    Naqoura (Photo by Jane Doe / AFP)", "... ngày 1-3-1957 - Ảnh: LHQ") or the next sentence
    (following) being the credit alone ("(Photo: Jane Doe)"). A caption that names no
    happening but prints a day ("A satellite picture taken on 8 October shows the base")
    dates the picture, not a happening of the article's (find_events)."""
    pattern = _credit_pattern()
    return bool(pattern.search(sentence) or following is not None and pattern.match(following.strip()))


def closing_date_caption(sentence: str) -> bool:
    """Whether the sentence reads as a picture's caption by its date: a day or month closing
    it, set off by a comma with no word of its own before it ("Soldiers line up at the
    airport in Malakal, 14 May.", "..., Bentiu, South Sudan, May 14, 2024."), the way a
    caption prints the day the picture was taken. A date after a weekday ("on Thursday,
    14 May") or after a word ("on 14 May", "le 14 mai") is the sentence's own. A caption so
    known that names no event word tells no happening (find_events)."""
    mentions = find_dates(sentence)
    if not mentions or mentions[-1].kind != "date":
        return False
    last = mentions[-1]
    if re.search(r"[^\s.)\]\u201d\u00bb\"']", sentence[last.end:]):
        return False
    if not re.search(r"\w,\s*$", sentence[:last.start]):
        return False
    return not (len(mentions) > 1 and mentions[-2].kind == "weekday"
                and re.fullmatch(r",\s*", sentence[mentions[-2].end:last.start]))


def archive_picture(sentence: str, word: EventWord, anchor: PartialDate | None, language: str = "und") -> bool:
    """Whether a caption's day (word: the happening word dated_happening made of it) is a
    picture's, not a happening's: the caption says when the picture was taken (vocabulary
    "picture_taken_words": "taken on", "prise le", "tomada el", "chụp ngày") or the day
    falls in a year before the article's (anchor), a picture from the archives. A caption
    of the article's days that names no event word ("Doctors treat villagers on 3 April.
    Photo: Jane Doe") still tells a happening. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("picture_taken_words", language)
    if pattern is not None and pattern.search(_compared(sentence, language in EXACT_LANGUAGES)):
        return True
    found = next((d for d in find_dates(sentence) if d.start == word.start), None)
    year = found.value.year if found is not None else None
    return bool(year and anchor is not None and anchor.year and year < anchor.year)


@lru_cache(maxsize=1)
def _also_gap() -> re.Pattern:
    """What may stand between a word of addition and its day: spaces, then one preposition or
    demonstrative maybe (vocabulary "also_dated_gap_words", every language's, as written:
    "also on Friday", "aussi ce vendredi"), on the sentence as _compared gives it."""
    return re.compile(rf"\s*(?:(?:{_any_language('also_dated_gap_words')})\s+)?")


def also_dated(sentence: str, language: str = "und") -> bool:
    """Whether the sentence gives its happening a day with a word of addition right before
    it (vocabulary "also_dated_markers": "also on Friday", "également vendredi", "también el
    viernes", "cũng trong ngày 5/3"): another happening told on the same day as one before,
    never a retelling of it. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("also_dated_markers", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    for match in pattern.finditer(compared):
        at = _also_gap().match(compared, match.end()).end()
        if any(d.start == 0 for d in find_dates(sentence[at:at + 40])):
            return True
    return False


def earlier_opener(sentence: str, language: str = "und") -> bool:
    """Whether the sentence opens with a word that sets what it tells before what was told
    before it, with no count of days (vocabulary "earlier_happening_openers": "Trước đó,
    ngày 6/6, ..."), and names what it tells as new: an indefinite determiner (vocabulary
    "indefinite_determiners": "một binh sĩ") or a word of addition (vocabulary
    "also_dated_markers": "cũng thiệt mạng") after the opener. Such a sentence tells another,
    earlier happening, never a later telling of the lead's; without either it may retell the
    lead's news before a later state ("Trước đó, ngày 2/10, 32 bác sĩ đã được đưa sang
    Sudan" after their arrival was told). Only in a language that lists openers. language:
    ISO 639-1 code of the text."""
    if language not in (reference().vocabulary.get("earlier_happening_openers") or {}):
        return False
    pattern = _word_pattern("earlier_happening_openers", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opened = pattern.match(compared, re.match(r"[\s\W]*", compared).end()) if pattern is not None else None
    if opened is None:
        return False
    new = [p for p in (_new_item_pattern(language), _word_pattern("also_dated_markers", language)) if p is not None]
    return any(p.search(compared, opened.end()) for p in new)


_ANOTHER_REACH = 3  # words between a marker of another happening and its event word


def another_happening(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether the sentence tells its happening as another than one told before it, not a
    later telling of that one: opened by a word that sets it earlier (earlier_opener); or,
    in the clause of its event word `word` (no comma, semicolon, colon, bracket or dash
    between) and at most three words before or after it, a determiner of another thing
    (vocabulary "another_happening_markers": "dispararon contra otro convoy", "fired on
    another convoy") or a word of addition (vocabulary "also_dated_markers": "were also
    killed on Monday", "ont également été tués", "cũng thiệt mạng"), the latter unless a
    phrase of "happening_named_again_leads" follows the word in its clause ("were also
    killed in the battle": more of a happening already told). A marker further off says
    something else ("also said on Monday that the soldier had died": the addition is the
    saying's). language: ISO 639-1 code of the text."""
    if earlier_opener(sentence, language):
        return True
    compared = _compared(sentence, language in EXACT_LANGUAGES)

    def near(section: str) -> bool:
        pattern = _word_pattern(section, language)
        for marker in pattern.finditer(compared) if pattern is not None else ():
            if marker.start() < word.end and marker.end() > word.start:
                return True  # inside the event word's phrase
            gap = compared[marker.end():word.start] if marker.end() <= word.start else compared[word.end:marker.start()]
            if not _CLAUSE_END.search(gap) and len(_GAP_WORDS.findall(gap)) <= _ANOTHER_REACH:
                return True
        return False

    if language in (reference().vocabulary.get("another_happening_markers") or {}) and near("another_happening_markers"):
        return True
    if not near("also_dated_markers"):
        return False
    # "eight fighters were also killed in the battle": more of the happening named again
    again = _word_pattern("happening_named_again_leads", language)
    closed = _CLAUSE_END.search(compared, word.end)
    return again is None or again.search(compared, word.end, closed.start() if closed else len(compared)) is None


def another_dated(sentence: str, language: str = "und", word: EventWord | None = None) -> bool:
    """Whether a sentence that gives its happening a day tells another happening than the
    one before it, never a retelling to merge: a separate incident (separate_incident, its
    marker in the clause of `word`, the happening's event word, when given), a day with a
    word of addition (also_dated) or news told in addition (also_told). language: ISO 639-1
    code of the text."""
    return (separate_incident(sentence, language, word) or also_dated(sentence, language)
            or also_told(sentence, language))


def also_told(sentence: str, language: str = "und") -> bool:
    """Whether a word of addition (vocabulary "also_dated_markers") stands in a verb of saying
    (vocabulary "report_verbs") or right before it ("The mission also said rebels attacked a
    convoy on Sunday", "a également indiqué que", "también informó que", "cũng cho biết"),
    what it tells naming something as new (an indefinite determiner after the verb, vocabulary
    "indefinite_determiners": "a convoy", "un convoi"): the news so told is another item than
    the one told before, its happening another one though of the same kind and day ("also
    said the soldier was wounded" tells the same again). language: ISO 639-1 code."""
    markers, verbs = _word_pattern("also_dated_markers", language), _word_pattern("report_verbs", language)
    indefinite = _new_item_pattern(language)
    if markers is None or verbs is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    for marker in markers.finditer(compared):
        head = compared[:marker.start()].rstrip()
        joined = head + " " + compared[marker.end():].lstrip()
        at = len(head)
        verb = next((v for v in verbs.finditer(joined, max(0, at - 12)) if v.start() <= at + 1 and v.end() > at), None)
        # what it tells named as new ("rebels attacked a convoy"), not told again ("the
        # soldier was wounded")
        if verb is not None and indefinite is not None and indefinite.search(joined, verb.end()):
            return True
    return False


@lru_cache(maxsize=None)
def _new_item_pattern(language: str) -> re.Pattern | None:
    """An indefinite determiner (vocabulary "indefinite_determiners") opening what a verb of
    saying tells, followed by a space (or elided: "un'"); None when the language lists none
    (also_told)."""
    named = sorted(_vocabulary_words(reference().vocabulary.get("indefinite_determiners") or {}, language), key=len, reverse=True)
    if not named:
        return None
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) if w.endswith("'") else re.escape(w) + r"\s"
                                                   for w in named) + r")")


def separate_incident(sentence: str, language: str = "und", word: EventWord | None = None) -> bool:
    """Whether the sentence tells a second incident beside the one told before it (vocabulary
    "separate_incident_markers": "In a separate incident", "Dans une attaque distincte", "En
    otro ataque", "Trong một vụ tấn công khác"). News reports give such incidents as the
    same news: undated, the sentence takes the date of the event told before it, when that
    one's day is known. With `word` (the happening's event word), the marker counts in that
    word's clause only: past the commas of a fronted marker's phrase ("Earlier that day,
    ...", "Dans une attaque distincte à Konna, Mopti, ..."), no semicolon, colon, bracket or
    dash, nor a coordinating conjunction (vocabulary "coordinating_conjunctions"), between
    them, and no comma either for a marker after the word ("a crowd gathered near the camp
    earlier that day, and from there the attack was launched": the attack is not another)."""
    pattern = _word_pattern("separate_incident_markers", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    conjunctions = _word_pattern("coordinating_conjunctions", language)
    for marker in pattern.finditer(compared):
        if word is None:
            return True
        if marker.end() <= word.start:
            gap = compared[marker.end():word.start]
            gap = gap.replace(",", " ")  # the commas of a fronted phrase ("Dans une attaque distincte à Konna, Mopti, ...")
        else:
            gap = compared[word.end:marker.start()]
        if _CLAUSE_END.search(gap) or (conjunctions and conjunctions.search(gap)):
            continue
        return True
    return False


def same_day_opener(sentence: str, language: str = "und") -> bool:
    """Whether the sentence opens with a phrase setting what it tells on the day of the
    happening told before it, or hours after it (vocabulary "same_day_openers": "The same day,
    a convoy hit a mine", "Le même jour, ...", "El mismo día, ...", "Cùng ngày, ...", "Hours
    later, ...", "Horas después, ..."): another happening of that day, never a retelling of it. Only at the opening: "arrived home the same day" at a
    clause's end is part of what the clause tells. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("same_day_openers", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    return pattern.match(compared, re.match(r"[\s\W]*", compared).end()) is not None


def trend_after(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether a verb of a count growing or falling follows the main event word's noun in its
    clause (vocabulary "trend_verbs": "attacks on civilians have multiplied", "les attaques
    contre les civils se sont multipliées", "các vụ tấn công đã gia tăng"): a trend over a
    time, no happening of the day of the one told before, though a same-day opener
    ("Simultanément", "Cùng lúc đó") opens the sentence. language: ISO 639-1 code of the text."""
    if main.verb:
        return False
    pattern = _word_pattern("trend_verbs", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    found = pattern.search(compared, main.end)
    return found is not None and not re.search(r"[,;:.!?]", compared[main.end:found.start()])


@lru_cache(maxsize=None)
def _opener_tails(language: str) -> tuple[str, ...]:
    """The last words of the same-day links of a language (vocabulary "same_day_openers"), as
    _compared gives them: a cheap test before the pattern is run (same_day_clauses)."""
    table = reference().vocabulary.get("same_day_openers") or {}
    exact = language in EXACT_LANGUAGES
    return tuple(sorted({_compared(w, exact).split()[-1] for w in _vocabulary_words(table, language) if w.strip()}))


_CLAUSE_COMMA = re.compile(r"\s*,\s*")


@lru_cache(maxsize=None)
def _inverted_occurrence_pattern(language: str) -> re.Pattern | None:
    """A verb of vocabulary "inverted_occurrence_verbs" opening a clause, then two words at most
    (an article, a classifier) up to the noun it puts after it ("cuando se produjo el golpe",
    "quand a éclaté la guerre", "khi xảy ra cuộc đảo chính"), to be fully matched from the
    clause's opener to the noun, on the sentence as _compared gives it."""
    verbs = _vocabulary_words(reference().vocabulary.get("inverted_occurrence_verbs") or {}, language)
    if not verbs:
        return None
    return re.compile(r"\s*(?:" + alternation(verbs) + r")(?:\s+[^\W\d_]+){0,2}\s+")


def when_clause_happenings(sentence: str, words: list[EventWord], main: EventWord, dates, language: str = "und") -> list[tuple[EventWord, int]]:
    """The happening of a time clause opened right after the date of the main happening, a
    comma between (vocabulary "time_clause_markers": "The mission was deployed in 2012, when
    armed groups seized the north", "déployée en 2013, lorsque des groupes armés ont pris le
    contrôle du nord", "se desplegó en 2013, cuando grupos armados tomaron el control del
    norte", "triển khai năm 2013, khi các nhóm vũ trang giành quyền kiểm soát"), as [(event
    word, offset of the comma)]: a second happening of that date. The date is the main's: it
    stands after the main word with no other event word between. The clause's first event
    word that frames none, stands in no relative clause nested in it and is its verb, or the
    noun a verb of happening opens the clause with (vocabulary "inverted_occurrence_verbs":
    "cuando se produjo el golpe de Estado", "khi xảy ra cuộc đảo chính"); a noun standing
    otherwise tells how things stood ("when the country was still reeling from the coup",
    "lorsque la guerre faisait rage") and dates nothing. None when the
    clause tells the main happening again (kinds_agree: "killed on 3 March, when gunmen
    attacked the convoy") or the mission's setting-up ("in 2013, when the mission was
    deployed"). words: event_words of the sentence; main: its main_event_word; dates: the
    sentence's DateMentions. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("time_clause_markers", language)
    if pattern is None or not any(w.start >= main.end for w in words if w is not main):
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    inverted = _inverted_occurrence_pattern(language)
    for mention in dates:
        if mention.start < main.end or any(main.end <= w.start < mention.start for w in words if w is not main):
            continue  # a date before the main word, or another happening's
        comma = _CLAUSE_COMMA.match(compared, mention.end)
        if comma is None:
            continue
        opener = pattern.match(compared, comma.end())
        if opener is None:
            continue
        clause_end = _time_clause_end(compared, opener.end())
        if _mission_setup_told(compared, opener.end(), clause_end, language):
            return []  # "in 2013, when the mission was deployed": its setting-up in passing
        word = next((w for w in _clause_happenings(compared, words, opener.end(), clause_end, language) if w is not main
                     and (w.verb or (inverted is not None and inverted.fullmatch(compared, opener.end(), w.start)))), None)
        if word is None or kinds_agree(word.kind, main.kind):
            return []  # "killed on 3 March, when gunmen attacked the convoy": one happening
        return [(word, mention.end + comma.group().index(","))]
    return []


def same_day_clauses(sentence: str, words: list[EventWord], main: EventWord, language: str = "und") -> list[tuple[EventWord, int]]:
    """The happenings of a clause a same-day link opens inside a sentence, after its main
    happening (vocabulary "same_day_openers", right after a comma, a semicolon or a
    coordinating conjunction, vocabulary "coordinating_conjunctions": "..., killing one
    peacekeeper, and hours later a convoy hit a mine near Konna", "...; the same day, a convoy
    was ambushed", ", le même jour, un convoi ...", "; ese mismo día, ...", ", cùng ngày,
    ..."), as (event word, offset where the link opens): another happening of the day of the
    main one, as a sentence opened by such a link tells (same_day_opener). The clause's first
    event word that frames none; none when it names a happening already told ("and hours
    later the attack was claimed": refers_back; a noun of the main's kind opening the clause
    with no word of newness, introduces_new: "và vài giờ sau vụ tấn công ..."), nor when the link closes a clause ("arrived
    home the same day") or stands before the main word. words: event_words of the sentence;
    main: its main_event_word. language: ISO 639-1 code of the text. Source: two dispatches
    of different publishers whose "and hours later" / "; the same day" clause told a second
    incident merged into the first."""
    if not any(w.start >= main.end for w in words if w is not main):
        return []  # no event word after the main one: nothing to split
    pattern = _word_pattern("same_day_openers", language)
    if pattern is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if not any(tail in compared for tail in _opener_tails(language)):
        return []  # no link's last word anywhere ("day", "jour", "ngày"): nothing to read
    conjunctions = _word_pattern("coordinating_conjunctions", language)
    clauses: list[tuple[EventWord, int]] = []
    for link in pattern.finditer(compared, main.end):
        head = compared[main.end:link.start()].rstrip()
        opens = link.start()
        if head.endswith((",", ";")):
            opens = main.end + len(head) - 1
        else:
            last = re.search(r"(\S+)$", head)
            if last is None or conjunctions is None or not conjunctions.fullmatch(last.group(1)):
                continue  # "arrived home the same day": the link closes its clause
            opens = main.end + last.start()
        nxt = next((w for w in words if w.start >= link.end() and not w.frame), None)
        if nxt is None or refers_back(sentence, nxt, language) or (
                not nxt.verb and kinds_agree(nxt.kind, main.kind) and not introduces_new(sentence, nxt, language)
                and not sentence[link.end():nxt.start].strip(" ,")):
            # "and hours later the attack was claimed", "và vài giờ sau vụ tấn công được ...
            # nhận trách nhiệm": the happening named again, as the clause's subject
            continue
        if any(nxt is w for w, _ in clauses):
            continue
        clauses.append((nxt, opens))
    return clauses


def declared_object(sentence: str, end: int, words: list[EventWord], language: str = "und") -> bool:
    """Whether a date (ending at offset end) is followed by an event noun the verb before it
    takes as its object, only an indefinite article between (vocabulary "object_articles":
    "declaró en octubre de 2021 un alto el fuego", "a décrété lundi un cessez-le-feu"): the
    verb declares the happening, so the day is the happening's, not a telling's. Listed
    for French and Spanish only, where what was said needs "que": English "said Tuesday a
    convoy was hit" tells a convoy hit. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("object_articles", language)
    if pattern is None or language not in (reference().vocabulary.get("object_articles") or {}):
        return False
    after = _compared(sentence[end:end + 20], language in EXACT_LANGUAGES)
    article = re.match(r"\s*", after)
    found = pattern.match(after, article.end())
    if found is None:
        return False
    at = end + found.end() + len(after[found.end():]) - len(after[found.end():].lstrip())
    return any(w.start == at and not w.verb for w in words)


def told_on_day(sentence: str, start: int, language: str = "und", words: list[EventWord] = (),
                end: int | None = None, fronted: bool = True) -> bool:
    """Whether the date starting at offset start dates the telling of the news, not the
    happening: it follows a verb of saying (vocabulary "report_verbs") with at most four
    words and no comma between, but one closing them ("the mission said on Tuesday", "a indiqué samedi",
    "informó este lunes", "the U.N. said on Saturday, May 19"), and no event word of words
    (from event_words) stands between them: "said two peacekeepers were killed Tuesday" dates
    the killing; nor is a verb of saying or publishing the first word of a longer event phrase
    ("was released from custody on Sunday" dates the release). A date inside an attribution phrase ("según precisó un portavoz en la
    noche del martes", "selon l'armée mardi", "according to the statement issued by the Press
    Office (DPO) yesterday": a bracketed short name ends no phrase) dates the telling too. Where end (the date's end offset) is given, a date right before a verb of
    saying, one word at most between, dates the telling too ("the mission on Tuesday said",
    "ông Dujarric hôm qua xác nhận"), and a date fronting a sentence whose verb is one of saying
    (fronted_telling: "On 16 June, the ministry said ..."), unless not fronted (in the body,
    where no later telling gives the happening a day of its own, the telling's day is kept as
    the closest the text gives). language: ISO 639-1 code of the text."""
    pattern = _word_pattern("report_verbs", language)
    if pattern is None:
        return False
    if end is not None:
        after = _compared(sentence[end:end + 50], language in EXACT_LANGUAGES)
        gap = re.match(r"\s+(?:[\w']+\s+)?", after)
        if gap is not None and any(pattern.match(after, at) for at in {gap.end(), len(gap.group(0)) - len(gap.group(0).lstrip())}):
            return True
        if fronted and fronted_telling(sentence, start, end, words, language):
            return True
    opener = _word_pattern("attribution_openers", language)
    window = max(0, start - 90)
    # "según precisó un portavoz en la noche del martes": a day inside an attribution (the
    # last opener before it, vocabulary "attribution_openers") with no clause end and no
    # event word between
    openers = list(opener.finditer(_compared(sentence[window:start], language in EXACT_LANGUAGES))) if opener else []
    attribution = openers[-1] if openers else None
    # a bracketed short name ("issued by the Press Office (DPO) yesterday") is an aside, no clause end
    asides = _blanked(sentence, [(m.start(), m.end()) for m in _BRACKETED_NAME.finditer(sentence)])
    if attribution is not None and not _CLAUSE_END.search(asides, window + attribution.end(), start) and not any(
            window + attribution.end() <= w.start and w.end <= start and not w.frame for w in words):
        return True
    offset = max(0, start - 60)
    before = _compared(sentence[offset:start], language in EXACT_LANGUAGES)
    last = None
    for last in pattern.finditer(before):
        pass
    # "said on Saturday, May 19": a weekday and its comma before the day printed
    if last is None or re.fullmatch(r"(?:\s+[\w']+){0,4},?\s*", before[last.end():]) is None:
        return False
    if _complementiser(language).search(before, last.end()):
        return False  # "dijo que también el viernes ...": the day of what was said, not of the saying
    if any(w.start <= offset + last.start() and w.end > offset + last.end() and not w.frame for w in words):
        return False  # "was released from custody on Sunday": the verb opens a longer event phrase, no telling
    return not any(offset + last.end() <= w.start and w.end <= start and not w.frame for w in words)


_FRONTED_REACH = 90  # from a fronted date's comma to the verb of saying: the subject, a short name or two


def fronted_telling(sentence: str, start: int, end: int, words: list[EventWord] = (), language: str = "und") -> bool:
    """Whether the date at offsets start..end opens the sentence (one word at most before it:
    "On", "Le", "Ngày") and is set off by a comma before a subject and a verb of saying
    (vocabulary "report_verbs"), no event word between (words, from event_words; framing
    ones aside) and no clause end but in a bracketed aside: "On 16 June, the ministry said all
    members had arrived", "Le 16 juin, le ministère a indiqué que...", "Ngày 16/6, Cục ...
    (Bộ Quốc phòng) cho biết"), or by a noun of information from a source right after that
    comma (vocabulary "fronted_telling_sources": "Tối 12-5, thông tin từ đơn vị, ..."). The
    day is the telling's; what is told happened before it. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("report_verbs", language)
    if pattern is None:
        return False
    if not _OPENING_WORD.fullmatch(sentence[:start]):
        # "On Thursday, May 16, ...", "Ce jeudi 16 mai, ...", "Thứ Năm ngày 16/5, ...": the
        # weekday printed with the day opens the sentence
        weekday = next((m for m in find_dates(sentence) if m.kind == "weekday" and m.end <= start
                        and re.fullmatch(r"[\s,]*(?:[^\W\d]+\s+)?", sentence[m.end:start])), None)
        if weekday is None or not _OPENING_WORD.fullmatch(sentence[:weekday.start]):
            return False
    # the weekday, then the day it names ("Ce jeudi 16 mai,"): the comma closes the day
    end = next((m.end for m in find_dates(sentence) if m.kind == "date" and m.start >= end
                and re.fullmatch(r"[\s,]*(?:[^\W\d]+\s+)?", sentence[end:m.start])), end)
    comma = re.match(r"\s*,\s*", sentence[end:])
    if comma is None:
        return False
    at = end + comma.end()
    stretch = without_asides(sentence[at:at + _FRONTED_REACH])
    compared = _compared(stretch, language in EXACT_LANGUAGES)
    sources = _word_pattern("fronted_telling_sources", language)
    if sources is not None and sources.match(compared):
        return True  # "Tối 12-5, thông tin từ đơn vị, ...": information from a source opening what follows
    verb = pattern.search(compared)
    if verb is None or _CLAUSE_END.search(stretch, 0, verb.start()):
        return False
    return not any(at <= w.start and w.end <= at + verb.start() and not w.frame for w in words)


# what may open a sentence before a date fronting it: one word at most ("On", "Le", "Ngày")
_OPENING_WORD = re.compile(r"\W*(?:[^\W\d]+\s+)?")


# a short name in brackets after the name it shortens: "(ISPR)", "(MINUSMA)", "(Monusco)"
_BRACKETED_NAME = re.compile(r"\(\s*[A-Z][\w.&-]{1,14}\s*\)")


@lru_cache(maxsize=None)
def _complementiser(language: str) -> re.Pattern:
    """The words opening reported speech ("that", "que", "qu'", "rằng"; quotes.yaml
    "complementisers") of a language, every language's when it has none listed."""
    table = quote_words().get("complementisers") or {}
    words = _vocabulary_words(table, language)
    # an elided word ("qu'") runs into the next one
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) + ("" if w.endswith("'") else r"(?!\w)")
                                                 for w in sorted(words, key=len, reverse=True)) + r")" if words else r"(?!)")


# a count printed in digits ("102", "3.200", "1,200"), not a day or a year of a date
_DIGIT_COUNT = re.compile(r"(?<![\w/.,:-])\d{1,3}(?:[.,\s]\d{3})*(?![\w/:-]|[.,]\d)")


def toll_over_year(sentence: str, main: EventWord, mentions: list[DateMention],
                   period: tuple[PartialDate, PartialDate | None] | None, language: str = "und") -> bool:
    """Whether the sentence sums a toll over a year rather than telling one happening: its main
    event word is of a kind of vocabulary "toll_kinds" (casualties), a count printed in
    digits, a number word of ten and over (not in Vietnamese: _count_words), neither followed
    by a measure's noun (_measure_after: "de 25 años", "a cien metros"), or a round figure
    in words (vocabulary "approximate_counts": "une trentaine", "dozens") or a word standing for
    the count (vocabulary "toll_figure_words": "the highest number", "le bilan"), or, in the
    sentence up to the end of the main word's clause, a plural happening it sums (vocabulary "tally_nouns": "in other incidents"), stands in its clause
    before the word or after it ("102 peacekeepers died in
    2013", "fallecieron ..., 106 de ellos el año pasado", "khiến 103 người thiệt mạng trong
    năm 2021"), and the sentence's dates that may date it (mentions, and the relative period)
    are years alone, no month nor day, the year not opening a time clause of the happening
    (since_when: "since 1993, when 23 soldiers were slain" tells one). A toll is a figure of a
    period, not an event.
    language: ISO 639-1 code of the text."""
    if main.kind not in (reference().vocabulary.get("toll_kinds") or ()):
        return False
    if not dated_by_years_alone(sentence, mentions, period, language):
        return False  # a month or a day; or "since 1993, when 23 soldiers were slain": the moment of one happening
    if dead_as_a_class(sentence, main, mentions, language):
        return True  # "a medal for those who lost their lives in 2013": every death of the year
    start = _clause_start(without_asides(sentence), main.start)  # "40 staff — 30 soldiers and 10 civilians — died"
    end = _CLAUSE_END.search(sentence, main.end)
    after = _CLAUSE_END.search(sentence, end.end()) if end else None
    window = sentence[start:(after.start() if after else len(sentence))]
    taken = [(m.start - start, m.end - start) for m in find_dates(window)]
    compared = _compared(window, language in EXACT_LANGUAGES)
    measure = _measure_after(language)  # "un soldado de 25 años", "a cien metros": no count of the dead

    def counts(found: re.Match) -> bool:
        return measure is None or measure.match(compared, found.end()) is None
    if any(not any(lo <= c.start() < hi for lo, hi in taken) and counts(c) for c in _DIGIT_COUNT.finditer(window)):
        return True
    approximate = _word_pattern("approximate_counts", language)  # "une trentaine de casques bleus"
    if approximate is not None and approximate.search(compared) is not None:
        return True
    figure = _word_pattern("toll_figure_words", language)  # "the deaths in 2019 are the highest number"
    if figure is not None and figure.search(compared) is not None:
        return True
    tally = _word_pattern("tally_nouns", language)  # "in other incidents in 2017, six staff were killed"
    # before the main word or in its clause, not in an aside after it ("one of several attacks")
    if tally is not None and tally.search(_compared(sentence, language in EXACT_LANGUAGES), 0,
                                          end.start() if end else len(sentence)) is not None:
        return True
    words = _count_words(language)  # "Treinta y cinco soldados murieron durante 2009"
    return words is not None and any(counts(w) for w in words.finditer(compared))


def dated_by_years_alone(sentence: str, mentions: list[DateMention],
                         period: tuple[PartialDate, PartialDate | None] | None, language: str = "und") -> bool:
    """Whether the dates that may date a sentence's happening are years alone: every mention
    (DateMention) a year, with no month nor day, or, with none, a relative period (start,
    end: PartialDate) that is one year with no month; and no year opening a time clause of one
    happening (since_when: "since 1993, when 23 soldiers were slain" tells one). What a toll
    or a count over a year (toll_over_year, counted_over_year) needs before it sums the year.
    language: ISO 639-1 code of the text."""
    if any(m.kind != "year" and (m.value is None or m.value.month is not None) for m in mentions):
        return False
    if not mentions:
        return period is not None and period[0].month is None and period[1] is None
    return not any(since_when(sentence, m, event_words(sentence, language), language) for m in mentions)


@lru_cache(maxsize=None)
def _counted_happenings(language: str) -> re.Pattern | None:
    """A count of two or more (a figure in digits, or a number word of vocabulary "number_words"
    worth two or more) then, at most one word between, a noun of vocabulary
    "counted_happening_nouns" ("three rotations", "12 joint patrols", "cuatro desfiles", "ba
    đợt"), whole words, on the sentence as _compared gives it; None when the language lists
    no such noun."""
    table = reference().vocabulary.get("counted_happening_nouns") or {}
    nouns = _vocabulary_words(table, language)
    numbers = _vocabulary_words(reference().vocabulary.get("number_words") or {}, language,
                                pick=lambda entry, _lang: [w for w, n in (entry or {}).items() if int(n) >= 2])
    if not nouns:
        return None
    count = r"(?:\d{1,3}(?:[.,]\d{3})*" + (r"|" + alternation(numbers) if numbers else "") + r")"
    return re.compile(r"(?<![\w'/.,:-])" + count + r"\s+(?:[^\W\d_]+\s+)?(?:" + alternation(nouns) + r")(?![\w'-])")


def counted_over_year(sentence: str, main: EventWord, mentions: list[DateMention],
                      period: tuple[PartialDate, PartialDate | None] | None, language: str = "und") -> bool:
    """Whether the sentence sums happenings of a year rather than telling one: a count of two
    or more happenings (_counted_happenings: "In 2017, three rotations were carried out",
    "cuatro desfiles se celebraron en 2018", "Năm 2017, ba đợt luân chuyển") that counts the
    main word's own happening, and the sentence's dates that may date it (mentions, and the
    relative period) are years alone, no month nor day, the year not opening a time clause of
    one happening (since_when). The count counts the main happening when it names it: the
    counted noun is the main word or stands right before it, maybe with a complement between
    (vocabulary "noun_complement_prepositions" and three words at most: "trois relèves",
    "cuatro desfiles de medallas", "ba đợt luân chuyển"), or the main word is a verb of no
    listed kind ("were carried out", "conducted") and the count stands in its clause or the
    clause after it (from the clause's start to the end of the next: a date fronted in a
    clause of its own, "In 2017, three rotations ..."), unless a relative opens that next
    clause (vocabulary "relative_pronouns", "place_relatives": "moved to Abyei in 2017, where
    it conducted 200 patrols"). A count of another happening ("was deployed in 2017, where it carried out 200
    patrols") or of what came before the main one ("was deployed in 2018 after two visits")
    is no sum of it. As a toll over a year (toll_over_year), such
    a count is a figure of the year, not an event (the rulebook: "40 peacekeepers died in
    2019" is none). language: ISO 639-1 code of the text."""
    pattern = _counted_happenings(language)
    if pattern is None or not dated_by_years_alone(sentence, mentions, period, language):
        return False
    plain = without_asides(sentence)
    start = _clause_start(plain, main.start)
    end = _CLAUSE_END.search(plain, main.end)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    relatives = [p for p in (_word_pattern("relative_pronouns", language), _word_pattern("place_relatives", language)) if p]
    opened = end.end() + len(compared[end.end():]) - len(compared[end.end():].lstrip()) if end else 0
    if end and not any(r.match(compared, opened) for r in relatives):
        # "In 2017, three rotations ...": the clause after too, unless a relative opens it
        # ("moved to Abyei in 2017, where it conducted 200 patrols": the place's own happenings)
        end = _CLAUSE_END.search(plain, end.end())
    complement = _counted_noun_complement(language)
    for count in pattern.finditer(compared, start, end.start() if end else len(compared)):
        if main.kind == HAPPENING or count.start() < main.end <= count.end():
            return True  # "In 2017, three rotations were carried out", "trois relèves"
        if count.end() <= main.start and complement.fullmatch(compared, count.end(), main.start):
            return True  # "cuatro desfiles de medallas se celebraron", "ba đợt luân chuyển"
    return False


@lru_cache(maxsize=None)
def _counted_noun_complement(language: str) -> re.Pattern:
    """What may stand between a counted noun and the main word it names (counted_over_year):
    nothing but spaces, or a preposition of a noun's complement (_complement_pattern: "de",
    "of") and at most three words ("desfiles de medallas"); compiled once per language."""
    complement = _complement_pattern(language)
    return re.compile(r"\s*(?:(?:" + (complement.pattern if complement else "(?!)") + r")\s*(?:[^\W\d][\w'-]*\s+){0,3})?")


@lru_cache(maxsize=None)
def _measure_after(language: str) -> re.Pattern | None:
    """A noun of vocabulary "toll_measure_nouns" of a language (every non-exact language's when
    it lists none) right after a position, spaces first or joined by a hyphen ("a
    sixteen-year-old boy"), on text as _compared gives it: a count so followed measures an
    age, a distance, a sum, a share or a time, no dead (toll_over_year). None when no
    language lists any."""
    words = _vocabulary_words(reference().vocabulary.get("toll_measure_nouns") or {}, language)
    if not words:
        return None
    nouns = alternation(words)
    return re.compile(r"\s*(?:" + nouns + r")(?![\w'-])|-(?:" + nouns + r")(?![\w'])")


# How many words may stand between a class opener and the casualty word it makes the subject of
# ("todos los cascos azules muertos en 2013": "cascos azules") (dead_as_a_class)
_CLASS_GAP_WORDS = 2


@lru_cache(maxsize=None)
def _class_opener_pattern(language: str) -> re.Pattern | None:
    """The words of vocabulary "toll_class_openers" of a language, each ending the text it is
    searched in or followed by up to _CLASS_GAP_WORDS words ending it, on text as _compared
    gives it; None when the language lists none (no other language's words stand in)."""
    words = ((reference().vocabulary.get("toll_class_openers") or {}).get(language)) or ()
    if not words:
        return None
    return re.compile(r"(?<![\w'-])(?:" + alternation(words) + r")(?P<gap>(?:\s+[\w'-]+){0,%d})\s+$" % _CLASS_GAP_WORDS)


def dead_as_a_class(sentence: str, main: EventWord, mentions: list[DateMention], language: str = "und") -> bool:
    """Whether a casualty word (vocabulary "toll_kinds") dated by a year names the dead of that
    year as a class rather than one happening: its subject is a headless relative or a whole
    (vocabulary "toll_class_openers": "a los que perdieron la vida en 2013", "quienes murieron en
    2013", "todos los soldados muertos en 2013") ending right before it (with a noun between,
    only a participle or a relative tells a class: _class_told), and a year of the
    mentions follows it in its clause with no other event word between ("murieron en el atentado
    de 2013" dates the attack, one happening) nor right after it, a word at most between ("killed
    in the 2013 attack"), nor, after the year, the happening the dead died in
    (_died_in_happening: "murieron en 2013 en el atentado contra la base" tells that attack).
    With no mention (a relative year, "el año pasado"), the opener alone decides.
    sentence: the sentence; main: the casualty word; mentions: the dates that may date it;
    language: ISO 639-1 code of the text. Source of the rule: the corpus README counts "a toll
    counted over a year" as no event; a count in digits tells it (toll_over_year), and so does a
    class of the dead with no count ("the medal goes to those who died in 2013")."""
    if main.kind not in (reference().vocabulary.get("toll_kinds") or ()):
        return False
    opener = _class_opener_pattern(language)
    found = opener.search(_compared(sentence[:main.start], language in EXACT_LANGUAGES)) if opener else None
    if found is None or not _class_told(found.group("gap").split(), sentence[main.start:main.end], language):
        return False
    if not mentions:
        return True
    others = [w for w in event_words(sentence, language) if w.kind != main.kind]
    for mention in mentions:
        if mention.kind != "year" or mention.start < main.end:
            continue
        between = sentence[main.end:mention.start]
        if _CLAUSE_END.search(between) is not None or any(main.end <= w.start < mention.start for w in others):
            continue
        # "those killed in the 2013 attack": the year, before a happening's noun, dates that one
        if any(w.start >= mention.end and _ATTRIBUTIVE_YEAR_GAP.fullmatch(sentence, mention.end, w.start)
               for w in others):
            continue
        return not _died_in_happening(sentence, mention.end, others, language)
    return False


def _class_told(gap: list[str], printed: str, language: str) -> bool:
    """Whether the words `gap` between a class opener and a casualty word printed so tell a
    class of the dead: no word ("los que murieron", "todos los muertos"), a relative pronoun
    last ("todos los soldados que murieron"; vocabulary "relative_pronouns"), or a casualty
    word opening on a past participle ("todos los soldados muertos"; vocabulary
    "participle_endings", "irregular_participles"). A finite verb right after the noun ("todos
    los soldados murieron en 2013") tells the death of a definite group, one happening. An
    auxiliary closing the gap (vocabulary "participle_auxiliaries") belongs to the casualty
    word's verb ("those who were killed", "ceux qui ont perdu la vie"); an English participle
    ends as vocabulary "reduced_relative_endings" says ("all the peacekeepers killed")."""
    endings, auxiliaries = _reduced_relative_words(language)
    auxiliaries = {fold_same_length(w) for w in auxiliaries}
    verb_opened = len(gap)
    while verb_opened and gap[verb_opened - 1] in auxiliaries:
        verb_opened -= 1
    if not verb_opened:  # "ceux qui ont perdu la vie": the opener ends on its relative
        return True
    if gap[verb_opened - 1] in {fold_same_length(w.lower()) for w in _lowered_words("relative_pronouns", language)}:
        return True
    first = unicodedata.normalize("NFC", printed.split()[0].lower()) if printed.split() else ""
    return _participle_shape(first, tuple(_lowered_words("participle_endings", language)) + endings,
                             _irregular_participles(language), 3)


def _died_in_happening(sentence: str, after: int, others: list[EventWord], language: str) -> bool:
    """Whether, from offset `after` on and within its clause, one of `others` (event words) is
    named right after a preposition of vocabulary "toll_in_happening_prepositions" and at most
    two words ("en 2013 en el atentado", "en 2013 durante la emboscada"): the happening a toll
    took place in (dead_as_a_class)."""
    within = _word_pattern("toll_in_happening_prepositions", language)
    if within is None:
        return False
    stop = _CLAUSE_END.search(sentence, after)
    for word in others:
        if word.start < after or (stop is not None and word.start >= stop.start()):
            continue
        lead = _compared(sentence[after:word.start], language in EXACT_LANGUAGES)
        last = None
        for last in within.finditer(lead):
            pass
        if last is not None and len(lead[last.end():].split()) <= 2:
            return True
    return False


# what may stand between a year and the happening's noun it modifies ("the 2013 attack", "the
# 2013 suicide attack"): one word at most (dead_as_a_class)
_ATTRIBUTIVE_YEAR_GAP = re.compile(r"\s+(?:[^\W\d]+\s+)?")


_ASIDE = re.compile(r"(\u2014|\u2013|\s-\s)[^\u2014\u2013;:]{1,200}?\1|\([^()]{1,200}\)")


def without_asides(sentence: str) -> str:
    """The sentence with each aside set off by a pair of dashes or by brackets ("40 staff — 30
    soldiers and 10 civilians — died", "37 people (29 troops and 8 contractors) died") blanked to
    spaces, offsets kept: what stands before the aside and what follows it are one clause, as a
    reader skips the aside. Text without such a pair is returned as it is."""
    return _ASIDE.sub(lambda m: " " * (m.end() - m.start()), sentence)


@lru_cache(maxsize=None)
def _count_words(language: str) -> re.Pattern | None:
    """Number words of vocabulary "number_words" of ten and over ("twenty", "treinta"), whole
    words, as _compared gives a sentence: news style spells out the counts under ten ("two
    peacekeepers were killed"), which tell one incident as often as a tally, and prints the
    larger ones in digits but at a sentence's start ("Treinta y cinco miembros murieron").
    A number spelt with hyphens ("dix-sept", "twenty-two", "vingt-et-un") is one count, its
    parts after the first any number word of the language, a joining word of three letters
    at most allowed before one ("et", "and"), so that the noun after the whole
    measures it ("de dix-sept ans", "a twenty-two-year-old": _measure_after). None for the
    exact languages, whose number words are also common words (Vietnamese "năm" is "five"
    and "year")."""
    if language in EXACT_LANGUAGES:
        return None
    table = reference().vocabulary.get("number_words") or {}
    words = _vocabulary_words(table, language, pick=lambda entry, _lang: [w for w, n in (entry or {}).items() if int(n) >= 10])
    if not words:
        return None
    parts = alternation(_vocabulary_words(table, language))
    return re.compile(r"(?<![\w'])(?:" + alternation(words) + r")(?:-(?:[^\W\d_]{1,3}-)?(?:" + parts + r"))*(?![\w'])")


# How each counted span's words stand around the count: "ten days after" (offset), "lleva
# casi cuatro meses" (elapsed, a rounding word allowed before the count).
_COUNTED_SPAN_SHAPES = {
    "offset_from_happening": r"{count}\s+(?:{units})\s+(?:{words})",
    "elapsed_since_happening": r"(?:{words})\s+{rounded}{count}\s+(?:{units})",
}


def _entry_words(table: dict, key: str, language: str) -> set[str]:
    """The words under key of each language's item of a vocabulary table of counted spans
    ("units", "words", "approx" ...), as _vocabulary_words gathers them for language."""
    return _vocabulary_words(table, language, lambda item, _lang: (item or {}).get(key))


def _count_parts(table: dict, language: str) -> tuple[str, str]:
    """(count, rounding) regular-expression parts of a vocabulary table of counted spans: the
    count a number of one to three digits or a number word of vocabulary "number_words" (of
    the languages the table lists), the rounding an optional word of the table's "approx"
    and a space ("" when it lists none)."""
    counts = _vocabulary_words(reference().vocabulary.get("number_words") or {}, language, languages_of=table)
    approx = _entry_words(table, "approx", language)
    count = r"(?:\d{1,3}|" + alternation(counts) + ")" if counts else r"\d{1,3}"
    rounded = rf"(?:(?:{alternation(approx)})\s+)?" if approx else ""
    return count, rounded


@lru_cache(maxsize=None)
def _counted_span_pattern(entry: str, language: str) -> re.Pattern | None:
    """The pattern of a count of days, weeks or months of a vocabulary entry
    ("offset_from_happening", "elapsed_since_happening") in a language, shaped as
    _COUNTED_SPAN_SHAPES says: the count a number of one to three digits or a number word of
    vocabulary "number_words", its "approx" rounding word optional; None when the entry lists
    no units or no words there."""
    table = reference().vocabulary.get(entry) or {}
    units, words = _entry_words(table, "units", language), _entry_words(table, "words", language)
    if not units or not words:
        return None
    count, rounded = _count_parts(table, language)
    shape = _COUNTED_SPAN_SHAPES[entry].format(count=count, units=alternation(units), words=alternation(words),
                                               rounded=rounded)
    return re.compile(rf"(?<![\w-]){shape}(?![\w-])")


@lru_cache(maxsize=None)
def _length_between_patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The patterns of vocabulary "length_between_dates" of a language: the length and the
    word opening the first bound, matched against what ends right before that bound, and the
    joiner, matched against all that stands between the two bounds, each maybe followed by
    a bound's unit ("bound_units": "năm", "tháng"); None when not listed."""
    table = reference().vocabulary.get("length_between_dates") or {}
    units, words, between, joiners = (_entry_words(table, key, language) for key in ("units", "words", "between", "joiners"))
    if not (units and words and between and joiners):
        return None
    bound_units = _entry_words(table, "bound_units", language)
    count, rounded = _count_parts(table, language)
    # a bound's unit printed before it ("từ năm 2012 đến tháng 1/2013")
    unit = rf"(?:(?:{alternation(bound_units)})\s+)?" if bound_units else ""
    lead = re.compile(rf"(?<![\w-])(?:{alternation(words)})\s+{rounded}{count}\s+(?:{alternation(units)})\s+"
                      rf"(?:{alternation(between)})(?:(?<=')|\s+){unit}$")
    joiner = re.compile(rf"\s*(?:{alternation(joiners)})(?:(?<=')|\s+){unit}")
    return lead, joiner


def length_between_dates(sentence: str, mention: DateMention, all_dates, language: str = "und") -> bool:
    """Whether the date at mention is a bound of a length of time ("for ten months between
    2012 and January 2013", "pendant dix mois entre 2012 et janvier 2013", "durante diez meses
    entre 2012 y enero de 2013": vocabulary "length_between_dates"), the first bound right
    after the length, the second after the first and a joiner: a state that lasted, so the
    date dates no happening. all_dates: the sentence's date mentions in text order."""
    patterns = _length_between_patterns(language)
    if patterns is None:
        return False
    lead, joiner = patterns
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opens = lambda d: lead.search(compared[max(0, d.start - 80):d.start]) is not None
    if opens(mention):
        return True
    earlier = [d for d in all_dates if d.end <= mention.start]
    first = earlier[-1] if earlier else None
    return first is not None and joiner.fullmatch(compared, first.end, mention.start) is not None and opens(first)


def offset_from_happening(sentence: str, language: str = "und") -> bool:
    """Whether the sentence dates its happening by a count of days, weeks or months from
    another one ("ten days after the attack", "dix jours après", "diez días después", "10
    ngày sau khi": vocabulary "offset_from_happening"): such a happening is not the news of
    the article's day, whose date it would otherwise take in the lead. language: ISO 639-1."""
    pattern = _counted_span_pattern("offset_from_happening", language)
    return bool(pattern and pattern.search(_compared(sentence, language in EXACT_LANGUAGES)))


def elapsed_since_happening(sentence: str, language: str = "und") -> bool:
    """Whether the sentence counts the time since its happening, the state it left lasting
    ("Trở về nước được gần 4 tháng, chị vẫn nhớ ...", "Lleva cuatro meses de regreso en el
    país": vocabulary "elapsed_since_happening"): such a happening is not the news of the
    article's day, whose date it would otherwise take in the lead. language: ISO 639-1."""
    pattern = _counted_span_pattern("elapsed_since_happening", language)
    return bool(pattern and pattern.search(_compared(sentence, language in EXACT_LANGUAGES)))


def _number_values(languages: list[str], convert) -> dict[str, int]:
    """{number word: its value} of vocabulary "number_words" of the languages, each word put
    in its compared form by convert (reference_word_form)."""
    table = reference().vocabulary.get("number_words") or {}
    return {convert(w): int(n) for lang in languages for w, n in (table.get(lang) or {}).items()}


@lru_cache(maxsize=None)
def _offset_back_pattern(language: str) -> tuple[re.Pattern | None, dict[str, int], dict[str, int]]:
    """The pattern of a count of units after another happening (vocabulary
    "offset_after_happening"), with the days of each unit and the value of each number word."""
    table = reference().vocabulary.get("offset_after_happening") or {}
    exact = language in EXACT_LANGUAGES
    convert = reference_word_form(exact)
    languages = listed_languages(table, language)
    units = {convert(w): int(n) for lang in languages for w, n in ((table.get(lang) or {}).get("units") or {}).items()}
    words = {convert(w) for lang in languages for w in (table.get(lang) or {}).get("words") or ()}
    numbers = _number_values(languages, convert)
    if not units or not words:
        return None, units, numbers
    count = r"(?P<count>\d{1,2}|" + alternation(numbers) + ")"
    pattern = re.compile(rf"(?<![\w-]){count}\s+(?P<unit>{alternation(units)})\s+(?:{alternation(words)})(?![\w-])")
    return pattern, units, numbers


def _counted_days(counting: tuple, compared: str):
    """Each match of a count of units in `compared` (the sentence as _compared gives it), with
    its number of days: counting is (pattern or None, {unit: days}, {number word: value}), as
    _offset_back_pattern and _offset_later_pattern give it; a count of no day is left out."""
    pattern, units, numbers = counting
    if pattern is None:
        return
    for match in pattern.finditer(compared):
        count = match.group("count")
        days = (int(count) if count.isdigit() else numbers.get(count, 0)) * units.get(match.group("unit"), 0)
        if days:
            yield match, days


@lru_cache(maxsize=None)
def _since_clause(exact: bool) -> re.Pattern:
    """A word of vocabulary "role_since" ("since", "depuis", "từ") with no comma, semicolon,
    colon or bracket after it up to the end of the text, compared with diacritics when exact
    (reference_word_form)."""
    since = sorted({reference_word_form(exact)(w) for w in reference().vocabulary.get("role_since") or ()})
    return re.compile(rf"(?<!\w)(?:{alternation(since)})(?!\w)[^,;:()]*$")


_OFFSET_CLAUSE_REACH = 5  # words between "two days after" and the verb of its clause ("que des hommes armés ont")


def offset_back(sentence: str, words: list[EventWord], language: str = "und") -> list[tuple[EventWord, int]]:
    """The event nouns named after a count of days or weeks after them ("three days after
    another clash", "trois jours après un autre accrochage", "trois jours après l'attaque",
    "dos días después de otro ataque": vocabulary "offset_after_happening"), three words at
    most between the phrase and the noun, or the event verb of the clause the phrase opens
    ("two days after gunmen ambushed a patrol", "deux jours après que des hommes armés ont
    attaqué", _OFFSET_CLAUSE_REACH words at most between, no clause break, no pronoun of
    vocabulary "offset_clause_pronouns" as its subject: "three days after they arrived"), each
    with how many days before the sentence's own happening it took place.
    words: from event_words. language: ISO 639-1 code of the text."""
    return [(noun, days) for noun, days, _at in offset_back_phrases(sentence, words, language)]


def offset_back_phrases(sentence: str, words: list[EventWord], language: str = "und") -> list[tuple[EventWord, int, int]]:
    """offset_back's findings, each with the offset in sentence where its count of days opens
    ("a day after gunfire hit a helicopter": where "a day after" starts), as (noun, days, start).
    words: from event_words. language: ISO 639-1 code of the text."""
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    pronouns = _word_pattern("offset_clause_pronouns", language)
    found = []
    for match, days in _counted_days(_offset_back_pattern(language), compared):
        noun = next((w for w in words if w.start >= match.end() and not w.frame and (
            # "trois jours après un autre accrochage", "deux jours après l'attaque"
            (not w.verb and re.fullmatch(r"(?:\s+[\w']+){0,3}(?:\s+|(?<='))|\s*(?<=')", compared[match.end():w.start]))
            # "two days after gunmen ambushed a patrol", "après que des hommes armés ont attaqué"
            or (w.verb and len(compared[match.end():w.start].split()) <= _OFFSET_CLAUSE_REACH
                and not _CLAUSE_END.search(compared, match.end(), w.start)
                # "three days after they arrived": a step of the same actors, no other happening;
                # "four days after he was wounded": what they suffered is one
                and not (pronouns is not None and pronouns.search(compared, match.end(), w.start)
                         and not _pronoun_suffered(compared, pronouns, match.end(), w.start, language))))), None)
        if days and noun is not None:
            found.append((noun, days, match.start()))
    return found


@lru_cache(maxsize=None)
def _passive_lead(language: str) -> re.Pattern | None:
    """Spaces and an auxiliary of the passive of vocabulary "offset_clause_passive" ("was",
    "had been", "ont été", "fueran"), then a space, as _compared gives the words; None where the
    language lists none."""
    words = _vocabulary_words(reference().vocabulary.get("offset_clause_passive") or {}, language)
    return re.compile(r"\s*(?:" + alternation(words) + r")\s+") if words else None


def _pronoun_suffered(compared: str, pronouns: re.Pattern, start: int, verb_start: int, language: str) -> bool:
    """Whether the last pronoun of offset_clause_pronouns between offsets start and verb_start
    of compared (the sentence as _compared gives it) is the subject of a passive whose verb is
    the event word at verb_start: only an auxiliary of "offset_clause_passive" between them, or
    opening the event word ("after he was wounded", "après qu'ils ont été enlevés"). Such a
    pronoun suffered another happening a reader lists; one that did the verb ("after they
    arrived") took the same actors' next step."""
    lead = _passive_lead(language)
    last = None
    for last in pronouns.finditer(compared, start, verb_start):
        pass
    if lead is None or last is None:
        return False
    passive = lead.match(compared, last.end())
    return passive is not None and passive.end() >= verb_start


def day_before_count(sentence: str, at: int, language: str = "und") -> bool:
    """Whether every day the sentence names (printed dates, and days or periods named relative
    to the article's: dates.relative_spans) stands before offset at, where a count of days
    after another happening opens (offset_back_phrases: "closed the road on Sunday, a day
    after an explosion wounded two soldiers"), and at least one does: the day is then the
    clause's before the count, not the counted happening's, which falls that many days
    earlier. False when a day stands in the counted stretch ("a day after gunfire hit a
    helicopter on Saturday": the happening's own day). language: ISO 639-1 code of the text."""
    spans = [(d.start, d.end) for d in find_dates(sentence)] + list(relative_spans(sentence, language))
    return bool(spans) and all(end <= at for _start, end in spans)


@lru_cache(maxsize=None)
def _offset_later_pattern(language: str) -> tuple[re.Pattern | None, dict[str, int], dict[str, int]]:
    """The pattern of a count of units after the sentence's own happening (vocabulary
    "offset_later_happening", units of "offset_after_happening"), with the days of each
    unit and the value of each number word."""
    _back, units, numbers = _offset_back_pattern(language)
    table = reference().vocabulary.get("offset_later_happening") or {}
    if language not in table or not units:
        return None, units, numbers
    convert = (lambda w: unicodedata.normalize("NFC", w.lower())) if language in EXACT_LANGUAGES else fold
    return _count_later_regex(language, table[language], units, numbers, convert), units, numbers


def _count_later_regex(language: str, later: Iterable[str], units: Iterable[str], numbers: dict[str, int],
                       convert: Callable[[str], str], not_day: str = "") -> re.Pattern:
    """A count, a unit of units and a word of later (vocabulary "offset_later_happening"), or
    of "offset_later_closing" where it closes the count ("Deux jours après, ...": a word that
    says "later" only there), none of "offset_later_not_before" after it ("two weeks later
    than planned", "dos días después del ataque": counted from something else); not_day: a
    lookbehind kept before the count. Groups "count" and "unit"; words as convert gives them.
    Shared by _offset_later_pattern (days, weeks) and _months_later_pattern (months)."""
    words = {convert(w) for w in later}
    closing = {convert(w) for w in (reference().vocabulary.get("offset_later_closing") or {}).get(language) or ()}
    closing_part = rf"|(?:{alternation(closing)})(?=\s*(?:[,;:.!?]|$))" if closing else ""
    not_before = alternation({fold(w) for w in reference().vocabulary.get("offset_later_not_before") or ()}) or "(?!)"
    count = r"(?P<count>\d{1,2}|" + alternation(numbers) + ")"
    return re.compile(rf"(?<![\w-]){not_day}{count}\s+(?P<unit>{alternation(units)})\s+"
                      rf"(?:(?:{alternation(words)})(?![\w-])(?!\s+(?:{not_before})(?![\w-])){closing_part})")


def _count_after_previous(sentence: str, compared: str, language: str) -> tuple[int, int] | None:
    """The first count of days or weeks later standing alone in a sentence (compared: the
    sentence as _compared gives it), as _offset_later_pattern reads it ("Two days later",
    "Trois jours après,", "Hai ngày sau đó"), where no day is named before it in the sentence
    (printed or relative: "killed on Tuesday, and a third died two days later" counts from
    Tuesday, offset_later's): (its offset in the sentence, its number of days); None without
    one."""
    found = next(((match.start(), days) for match, days in _counted_days(_offset_later_pattern(language), compared)), None)
    if found is None or _day_named_before(sentence, found[0], language):
        return None
    return found


@lru_cache(maxsize=None)
def _count_before_noun_pattern(language: str, months: bool = False) -> tuple[re.Pattern | None, dict[str, int], dict[str, int]]:
    """The pattern of a count of days or weeks (units of vocabulary "offset_after_happening"),
    or of months with months, followed by words opening a noun with its article (vocabulary
    "count_before_noun": "after the", "après l'", "después del"), with the days (months) of
    each unit and the value of each number word: (None, ...) where the language lists no such
    words."""
    _back, units, numbers = _offset_back_pattern(language)
    convert = reference_word_form(language in EXACT_LANGUAGES)
    if months:  # "Two months after the raid": the month units instead
        table = reference().vocabulary.get("offset_after_happening") or {}
        units = {convert(w): int(n) for lang in listed_languages(table, language)
                 for w, n in ((table.get(lang) or {}).get("months") or {}).items()}
    words = {convert(w) for w in (reference().vocabulary.get("count_before_noun") or {}).get(language) or ()}
    if not words or not units:
        return None, units, numbers
    count = r"(?P<count>\d{1,2}|" + alternation(numbers) + ")"
    return (re.compile(rf"(?<![\w-]){count}\s+(?P<unit>{alternation(units)})\s+(?:{alternation(words)})(?:(?<=')|(?=\s+\w))"),
            units, numbers)


def _count_before_noun(sentence: str, compared: str, language: str, previous_kind: str | None = None) -> tuple[int, int] | None:
    """The first count of days or weeks after a happening named by a noun with its article
    ("Three days after the raid", "Deux jours après l'attaque", "Dos días después del ataque":
    _count_before_noun_pattern) in a sentence (compared: as _compared gives it): (its offset,
    its number of days); None without one, or when the noun is an event word of another kind
    than previous_kind (_other_happening_named). The caller checks that the sentence names no
    day of its own: the noun then names the happening told before, the count runs from it."""
    for match, days in _counted_days(_count_before_noun_pattern(language), compared):
        return None if _other_happening_named(sentence, match.end(), previous_kind, language) else (match.start(), days)
    return None


# the words that may stand between a count's article and the noun naming the happening
# ("Two weeks after the deadly raid", "ten days after the Council's vote"): _other_happening_named
_NOUN_AFTER_ARTICLE = re.compile(r"\s*(?:[^\W\d][\w'\u2019-]*\s+){0,2}")


def _other_happening_named(sentence: str, at: int, previous_kind: str | None, language: str) -> bool:
    """Whether the noun after a count's article (at: the offset after "after the", "après l'",
    "después del") is an event word (event_words) of another kind than previous_kind, the kind
    of the happening told before: "Two weeks after the agreement, ..." after an attack counts
    from an agreement the article has not dated, not from the attack. False when previous_kind is
    None or "happening" (a happening of no known kind: "Le camp a été bombardé le 3 septembre")
    or the noun is no event word ("after the election": nothing tells which it is)."""
    if previous_kind in (None, "happening"):
        return False
    word = next((w for w in event_words(sentence, language) if w.start >= at), None)
    return (word is not None and word.kind != previous_kind
            and _NOUN_AFTER_ARTICLE.fullmatch(sentence, at, word.start) is not None)


def _day_named_before(sentence: str, at: int, language: str) -> bool:
    """Whether the sentence names a day starting before offset at, printed (find_dates) or
    relative to the article's (relative_spans): a count of days or months later after it
    counts from that day, not from the happening told before."""
    return any(lo < at for lo, _hi in relative_spans(sentence, language)) or any(m.start < at for m in find_dates(sentence))


@lru_cache(maxsize=None)
def _months_later_pattern(language: str) -> tuple[re.Pattern | None, dict[str, int], dict[str, int]]:
    """The pattern of a count of months later (the month units of vocabulary
    "offset_after_happening", the words of "offset_later_happening", or of
    "offset_later_closing" before a comma or the end, none of "offset_later_not_before"
    after them, none of "offset_months_not_after" right before the count), with the months of each unit and the value of each number word:
    (None, ...) where the language lists no month unit or no such word."""
    _back, _days, numbers = _offset_back_pattern(language)
    table = reference().vocabulary.get("offset_after_happening") or {}
    convert = reference_word_form(language in EXACT_LANGUAGES)
    units = {convert(w): int(n) for lang in listed_languages(table, language)
             for w, n in ((table.get(lang) or {}).get("months") or {}).items()}
    later = (reference().vocabulary.get("offset_later_happening") or {}).get(language)
    if not units or not later:
        return None, units, numbers
    # (not a day of the month: "ngày 2 tháng sau", vocabulary "offset_months_not_after")
    days = {convert(w) for w in (reference().vocabulary.get("offset_months_not_after") or {}).get(language) or ()}
    not_day = "".join(rf"(?<!{re.escape(w)}\s)" for w in sorted(days))
    return _count_later_regex(language, later, units, numbers, convert, not_day), units, numbers


def months_after_previous(sentence: str, previous: PartialDate | None, anchor: PartialDate | None = None,
                          language: str = "und", previous_kind: str | None = None) -> PartialDate | None:
    """The month a sentence names as a count of months after the happening told before
    ("Two months later, ...", "Deux mois plus tard", "Un mes después,", "Hai tháng sau,":
    month units of vocabulary "offset_after_happening" with the words of
    "offset_later_happening"), standing alone (no date nor relative day named before it in
    the sentence), or before a noun naming the happening again in a sentence naming no day
    ("Two months after the raid": _count_before_noun_pattern): the month of previous (the last dated happening told, known at least to
    its month) plus that count, a month alone (the count is rounded: no day is carried over).
    None without such words, without a month before, or when the month would fall after the
    article's (anchor). language: ISO 639-1 code of the text."""
    if previous is None or previous.year is None or previous.month is None:
        return None
    pattern, units, numbers = _months_later_pattern(language)
    if pattern is None:
        return None
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    match = pattern.search(compared)
    if match is None and not _day_named_before(sentence, len(sentence), language):
        # "Two months after the raid, ...": with no day of its own, counted from the one told
        pattern, units, numbers = _count_before_noun_pattern(language, months=True)
        match = pattern.search(compared) if pattern is not None else None
        if match is not None and _other_happening_named(sentence, match.end(), previous_kind, language):
            return None  # "Two months after the agreement" after an attack: from no attack
    if match is None or _day_named_before(sentence, match.start(), language):
        return None
    count = match.group("count")
    months = (int(count) if count.isdigit() else numbers.get(count, 0)) * units.get(match.group("unit"), 0)
    if not months:
        return None
    total = previous.year * 12 + previous.month - 1 + months
    year, month = divmod(total, 12)
    if anchor is not None and anchor.year is not None and (year, month + 1) > (anchor.year, anchor.month or 12):
        return None
    return PartialDate(year, month + 1)


def offset_later(sentence: str, words: list[EventWord], main: EventWord, language: str = "und") -> list[tuple[EventWord, int]]:
    """The event words told after the sentence's main one, in a clause of their own, with a
    count of days or weeks later in that clause ("..., and a third died of his wounds two
    days later", "un troisième est mort deux jours plus tard", "un tercero falleció dos días
    más tarde": vocabulary "offset_later_happening"), each with how many days after the
    main happening it took place. words: from event_words. language: ISO 639-1 code."""
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    found = []
    for match, days in _counted_days(_offset_later_pattern(language), compared):
        # the nearest word before the phrase in its own clause, past a break after the main word
        word = next((w for w in reversed(words) if w is not main and not w.frame and main.end < w.start < match.start()
                     and not _CLAUSE_END.search(sentence, w.end, match.start())
                     and _clause_break().search(sentence, main.end, w.start)), None)
        if days and word is not None:
            found.append((word, days))
    return found


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    """A break of a sentence's clause: a comma, a semicolon, or a conjunction between spaces
    (vocabulary "clause_break_conjunctions", every language's, as written: " and ", " et ",
    " y "), on the sentence as printed."""
    return re.compile(rf"[,;]|\s(?:{_any_language('clause_break_conjunctions')})\s")


@lru_cache(maxsize=1)
def _bare_verb_object() -> re.Pattern:
    """What opens the object of an English verb's bare form, right after it: spaces, then a
    capital, or a determiner (vocabulary "bare_verb_object_determiners": "the", "their") and
    a space; on the sentence as printed."""
    return re.compile(rf"\s+(?:[A-Z]|(?:{_any_language('bare_verb_object_determiners')})\s)")


def told_before(sentence: str, anchor: PartialDate | None, language: str = "und") -> bool:
    """Whether the sentence dates its own telling on a day before the article's (anchor):
    a date right after a verb of saying (told_on_day: "the spokesman said on Wednesday
    that...", "a déclaré mercredi que", "declaró el miércoles que") that falls before the
    article's day; also one fronting a sentence whose verb is one of saying (fronted_telling:
    "On 16 May, the ministry said ..."), as told_on_day reads a date given with its end. What
    the sentence reports happened by then, not on the article's day, so the article's date is
    not its date. language: ISO 639-1 code of the text."""
    day = _day(anchor)
    if day is None:
        return False
    for start, end in relative_spans(sentence, language):
        if told_on_day(sentence, start, language, end=end):
            told = relative_span(sentence[start:end], anchor, language)
            if told and _day(told[0]) and _day(told[0]) < day:
                return True
    for mention in find_dates(sentence):
        if mention.kind == "date" and mention.value.day and told_on_day(sentence, mention.start, language, end=mention.end):
            told = _day(resolve_year(mention, anchor, forward=False)[0])
            if told and told < day:
                return True
    return False


def statement_about(sentence: str, words: list[EventWord], main: EventWord, language: str = "und") -> bool:
    """Whether the sentence is a statement that only names a happening: its main event word
    is a noun, no event verb stands in the sentence, and a verb of saying (vocabulary
    "report_verbs") comes before the noun ("The minister said the ceremony showed the
    strength of the ties", "a déclaré que la cérémonie montrait", "dijo que la ceremonia
    demostró"). It tells what someone said, not that the thing happened on the article's
    day. language: ISO 639-1 code of the text."""
    if main.verb or any(w.verb and not w.frame for w in words):
        return False
    pattern = _word_pattern("report_verbs", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    return bool(pattern and pattern.search(compared, 0, main.start))



# Between a text's noun and the verb telling what it says: three words at most (its number,
# "also"), then perhaps one aside set off by commas ("Resolution 1701, which ended the war, requested")
_CONTENT_GAP = re.compile(r"(?:\s+[\w'-]+){0,3}\s*(?:,[^,;:.!?]{1,150},\s*)?")


def document_content(sentence: str, main: EventWord, language: str = "und", words: list[EventWord] = ()) -> bool:
    """Whether the main event word is a noun that is the subject of a verb telling what a
    text says (vocabulary "content_verbs", present or past: "The resolution also stresses
    ...", "La résolution souligne", "La resolución insta", "Resolution 1701, which ended the
    2006 war, requested ...", "Nghị quyết cũng nhấn mạnh"), three words at most between, and
    perhaps one aside set off by commas holding no event verb of words (the sentence's
    EventWords: "The resolution, adopted unanimously, requested" may tell the adoption): the
    sentence tells the text's content, not its adoption on the article's day. The past forms
    come from held-out English articles whose lead opened on a numbered resolution of years
    before. language: ISO 639-1 code of the text."""
    if main.verb:
        return False
    pattern = _word_pattern("content_verbs", language)
    if pattern is None:
        return False
    start = main.end
    after = _compared(sentence[start:start + 200], language in EXACT_LANGUAGES)
    found = pattern.search(after)
    if found is None or _CONTENT_GAP.fullmatch(after, 0, found.start()) is None:
        return False
    end = start + found.start()
    return not any(w.verb and not w.frame and start <= w.start < end for w in words)


def vague_time_after(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether the main event word's clause names a vague time of its own after it (vocabulary
    "vague_time_phrases": "in the coming weeks", "dans les semaines à venir", "en las próximas
    semanas", "trong những tuần tới"): the happening then has no day, and a day named
    elsewhere in the sentence ("were represented on Friday among the battalion who will deploy
    in the coming weeks") is another clause's. Only a phrase at most VAGUE_TIME_GAP words after
    the word counts, and none with another verb of a happening between ("visited the battalion
    that will deploy in the coming weeks", "arrived on Friday and will deploy in the coming
    weeks": the phrase is that verb's) or a relative day ("was deployed on Friday to guard the
    polls in the coming weeks": the day nearer the word is its own). The phrases tell a time to
    come: the caller asks only of a happening told as planned. language: ISO 639-1 code of the
    text."""
    pattern = _word_pattern("vague_time_phrases", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    end = _CLAUSE_END.search(sentence, main.end)
    found = pattern.search(compared, main.end, end.start() if end else len(compared))
    # the phrase tells the happening's own time only close after its word ("will deploy to the
    # border in the coming weeks"); further on it is a later part's ("extended the mandate on
    # Friday and asked for a report in the coming months")
    if found is None or len(compared[main.end:found.start()].split()) > VAGUE_TIME_GAP:
        return False
    between = (main.end, found.start())
    if any(w.verb and w.start >= main.end and w.end <= found.start() for w in event_words(sentence, language)):
        return False
    return not any(between[0] <= lo and hi <= between[1] for lo, hi in relative_spans(sentence, language))


# The most words between an event word and a vague time phrase that is the happening's own
# (vague_time_after): the word's object and a place ("deploy to the border in the coming weeks").
VAGUE_TIME_GAP = 5


def lasting_war(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether the main event word is the noun of a war or an insurgency, which lasts
    (vocabulary "lasting_conflict_nouns": "war", "guerre", "guerra", "chiến tranh"), not a
    verb: such a noun with no day of its own ("a raíz de la guerra civil libanesa", "since the
    civil war the country ...") names a period, never the news of the article's day, as
    the rulebook's "a bare span" is none; unless a word of its outbreak (vocabulary
    "conflict_onset_words": "broke out", "a éclaté", "estalló", "bùng nổ") follows within
    40 characters: "War broke out in the region" may be that day's news; nor when a word
    of its outbreak stands right before it, an article at most between (vocabulary
    "conflict_onset_lead_words": "declared war on", "declaró la guerra a", "sont entrés en
    guerre"). An outbreak in a clause of time opened right before the noun (vocabulary
    "conflict_time_clause_openers": "Before the war broke out, the town had ...", "Kể từ khi
    chiến tranh bùng nổ") is one of old, set as background: still a period. A coup or an
    offensive may be the day's news. language: ISO 639-1 code of the text."""
    if main.kind != "conflict" or main.verb:
        return False
    pattern = _word_pattern("lasting_conflict_nouns", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if pattern is None or pattern.fullmatch(compared, main.start, main.end) is None:
        return False
    lead = _word_pattern("conflict_onset_lead_words", language)
    if _phrase_before(lead, compared, main.start, 40, r"\s+(?:[^\W\d]{1,3}\s+)?") is not None:
        return False  # "declared war on the jihadists": its outbreak
    time = _word_pattern("conflict_time_clause_openers", language)
    if _phrase_before(time, compared, main.start, 40, r"(?:\s+[^\W\d][\w'-]*){0,2}\s+") is not None:
        return True  # "Before the war broke out, the town had ...": an outbreak of old, set as background
    onset = _word_pattern("conflict_onset_words", language)
    return onset is None or onset.search(compared, main.end, min(len(compared), main.end + 40)) is None


def current_state(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether the clause of the main event word tells how things stand rather than what
    happened: a word of vocabulary "current_state_words" ("currently", "actuellement",
    "actualmente", "hiện có") from the clause's start to 30 characters after the word ("La
    misión tiene actualmente desplegados 10.801 miembros"). Such a sentence, undated, is not
    the news of the article's day. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("current_state_words", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    return bool(pattern.search(compared, _clause_start(sentence, main.start), min(len(compared), main.end + 30)))

def speculated(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether the clause of the main event word is a guess about a happening rather than its
    telling: a word of vocabulary "speculation_words" ("could be", "pourrait être", "podría
    ser", "có thể là") between the clause's start and its end ("The toll among the
    peacekeepers in the quake could be the highest ever", "Thousands may have died in the
    storm"). Such a sentence, undated, is commentary, not the news of the article's day. A
    guess after the word behind a relative pronoun, a coordinating conjunction or another
    clause opener (vocabulary "relative_pronouns", "coordinating_conjunctions",
    "speculation_clause_openers") is another clause's: "a peacekeeper was killed in an attack
    that could be the deadliest", "two were killed and a third may have drowned", "killed in
    what may have been the deadliest attack" tell the deaths. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("speculation_words", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opened, close = _clause_span(sentence, main.start, main.end)  # (_CLAUSE_END: "9,000" is no clause end)
    joiners = [p for p in (_word_pattern("relative_pronouns", language), _word_pattern("coordinating_conjunctions", language),
                           _word_pattern("speculation_clause_openers", language)) if p]
    for guess in pattern.finditer(compared, opened, close):
        if guess.start() < main.end or not any(j.search(compared, main.end, guess.start()) for j in joiners):
            return True
    return False


@lru_cache(maxsize=None)
def _ago_pattern(language: str) -> tuple[re.Pattern | None, dict[str, int], frozenset[str]]:
    """The pattern of a count of years or months back from the article's date in a language
    (vocabulary "ago_phrases", "number_words"; a word of the entry's "approx" may round the
    count after a "before" phrase: "il y a près de quatre mois", one elided before a vowel with
    no space after it: "il y a près d'un an"), its number words and its month
    units, compared as _compared gives the sentence (with diacritics for an exact language): each
    listed word put in that form by reference_word_form, as every other listed word is."""
    vocabulary = reference().vocabulary
    phrases = (vocabulary.get("ago_phrases") or {}).get(language)
    if not phrases:
        return None, {}, frozenset()
    exact = language in EXACT_LANGUAGES
    form = reference_word_form(exact)
    numbers = {form(w): int(n) for w, n in ((vocabulary.get("number_words") or {}).get(language) or {}).items()}
    months = frozenset(form(w) for w in phrases["months"])
    units = [form(w) for w in (*phrases["years"], *phrases["months"], *(phrases.get("days") or ()),
                                 *(phrases.get("weeks") or ()))]
    alt = spaced_alternation
    count = rf"(?P<count>\d{{1,3}}|{alt(numbers)})\s+(?P<unit>{alt(units)})"
    shapes = []
    if phrases["before"]:
        # a word rounding the count may stand before it ("hace casi cuatro meses")
        # (a word elided before a vowel runs into the count: "il y a près d'un an")
        rounding = [form(w) for w in phrases.get("approx") or ()]
        full = [w for w in rounding if not w.endswith("'")]
        elided = [w for w in rounding if w.endswith("'")]
        choices = ([rf"(?:{alt(full)})\s+"] if full else []) + ([rf"(?:{alt(elided)})"] if elided else [])
        approx = rf"(?:{'|'.join(choices)})?" if choices else ""
        shapes.append(rf"(?:{alt(form(w) for w in phrases['before'])})\s+{approx}{count}")
    if phrases["after"]:
        # not a word making the phrase a link to another happening ("ba ngày trước khi rời Gao":
        # three days before leaving): the entry's "not_followed_by"
        unless = rf"(?!\s+(?:{alt(form(w) for w in phrases['not_followed_by'])})(?!\w))" if phrases.get("not_followed_by") else ""
        shapes.append(rf"{count}\s+(?:{alt(form(w) for w in phrases['after'])}){unless}")
    pattern = "|".join(rf"(?<!\w){shape}(?!\w)" for shape in shapes)
    # each shape names its groups: the second's are renamed so that both may stand together
    if len(shapes) == 2:
        first, second = pattern.split("|(?<!", 1)
        pattern = first + "|(?<!" + second.replace("?P<count>", "?P<count2>").replace("?P<unit>", "?P<unit2>")
    return re.compile(pattern), numbers, months


def _ago_dates_main(sentence: str, words: list[EventWord], main: EventWord, language: str) -> bool:
    """Whether the count of years or months back in the sentence (ago_date) dates its main
    event: not in a since-phrase ("since it was set up a year ago, the hospital has
    treated...": in_passing), unless an event word of the phrase, no setting-up (since_setup),
    stands before the count ("the heaviest loss since rebels killed 15 soldiers a year ago":
    the killing, a happening named in passing) and the phrase tells no mission's setting-up
    (_mission_setup_told: "since the mission was deployed two years ago", as "since the
    mission was deployed in 2019" is in passing), and no event word of another happening (another kind) nearer it
    than the main one ("died of wounds suffered in an ambush three months ago": the ambush's;
    "a peace deal signed two years ago" is the deal's), and not in a
    relative clause the main word is not in ("concluyó ayer la labor que inició hace 13
    años": the start of the work, not its end)."""
    pattern, _numbers, _months = _ago_pattern(language)
    match = pattern.search(_compared(sentence, language in EXACT_LANGUAGES)) if pattern else None
    if match is None or in_passing(sentence, match.start(), words):
        return False
    if _in_relative_clause(sentence, match.start(), language) and not _in_relative_clause(sentence, main.start, language):
        return False
    # compared with diacritics in a language that needs them: folded, Vietnamese "tử vong"
    # (died) would read as "từ" (since)
    exact = language in EXACT_LANGUAGES
    clause = _compared(sentence, exact)[:match.start()]
    since = _since_clause(exact).search(clause)
    if since is not None and (since_setup(sentence, match.start(), language, words)
                              or _mission_setup_told(clause, since.start(), match.start(), language) or not any(
            since.start() < w.start and w.end <= match.start() and not w.frame for w in words)):
        return False  # "since it was set up a year ago", "since the mission was deployed two years ago": in passing

    def gap(w: EventWord) -> int:
        return match.start() - w.end if match.start() >= w.end else w.start - match.end()

    # any other event word nearer, of another kind: "wounds suffered in an ambush three months
    # ago"; one of the main word's own kind tells the same happening ("a peace deal signed two
    # years ago": the deal and its signing), and so does one of its family (kinds_agree) when
    # the main word is the cause, not the toll (vocabulary "toll_kinds"): "an earthquake struck
    # Haiti ten years ago", "an attack killed ten soldiers three years ago"; a toll's cause
    # nearer the count is a happening of its own ("died of wounds suffered in an ambush")
    tolls = reference().vocabulary.get("toll_kinds") or ()

    # "killed in an attack three days ago": the toll took place in the happening named right
    # after it (vocabulary "toll_in_happening_prepositions"), on its day
    within = _word_pattern("toll_in_happening_prepositions", language)

    def in_happening(w: EventWord) -> bool:
        if within is None or main.kind not in tolls or w.start < main.end:
            return False
        between = _compared(sentence[main.end:w.start], language in EXACT_LANGUAGES)
        opener = within.match(between, len(between) - len(between.lstrip()))
        return opener is not None and len(between[opener.end():].split()) <= 2 and not _CLAUSE_END.search(between)

    def apart(w: EventWord) -> bool:
        return (w.kind != main.kind and (main.kind in tolls or not kinds_agree(main.kind, w.kind))
                and not in_happening(w))

    return all(gap(w) >= gap(main) for w in words if not w.frame and w is not main and apart(w))


@lru_cache(maxsize=None)
def _ago_day_units(language: str) -> dict[str, int]:
    """The day and week units of vocabulary "ago_phrases" of a language ("days", "días",
    "ngày"; "weeks", "semanas", "tuần"), as _compared gives them, each with the days it counts
    (1 or 7)."""
    phrases = (reference().vocabulary.get("ago_phrases") or {}).get(language) or {}
    form = reference_word_form(language in EXACT_LANGUAGES)
    units = {form(w): 7 for w in phrases.get("weeks") or ()}
    units.update({form(w): 1 for w in phrases.get("days") or ()})
    return units


def ago_date(sentence: str, anchor: PartialDate | None, language: str) -> tuple[PartialDate, None] | None:
    """The year or month a sentence names by counting back from the article's date ("rebels
    started an uprising ten years ago", "il y a deux ans", "hace 10 años", "hai năm trước"):
    (the year, or the month when months are counted, None); None when the sentence names no
    such count or the anchor lacks the year (or the month, for months). A count of whole
    years or months gives no day; a count of days ("hace tres días", "three days ago", "ba
    ngày trước", vocabulary "ago_phrases" "days") gives the day that many days before a
    day-precise anchor, a count of weeks ("hace una semana", "two weeks ago", "hai tuần
    trước", "weeks") the day seven times that many days before."""
    if anchor is None or anchor.year is None:
        return None
    pattern, numbers, months = _ago_pattern(language)
    match = pattern.search(_compared(sentence, language in EXACT_LANGUAGES)) if pattern else None
    if match is None:
        return None
    count_text, unit = (match["count"], match["unit"]) if match["count"] else (match["count2"], match["unit2"])
    text = re.sub(r"\s+", " ", count_text)
    count = int(text) if text.isdigit() else numbers.get(text)
    if not count:
        return None
    per_unit = _ago_day_units(language).get(re.sub(r"\s+", " ", unit))
    if per_unit:
        # "hace tres días", "three days ago", "ba ngày trước": that many days before the
        # article's day; "two weeks ago": fourteen
        if not (anchor.month and anchor.day):
            return None
        day = date(anchor.year, anchor.month, anchor.day) - timedelta(days=count * per_unit)
        return PartialDate(day.year, day.month, day.day), None
    if re.sub(r"\s+", " ", unit) in months:
        if anchor.month is None:
            return None
        index = anchor.year * 12 + anchor.month - 1 - count
        return PartialDate(index // 12, index % 12 + 1), None
    return PartialDate(anchor.year - count), None


def ago_month_printed(ago: tuple[PartialDate, None] | None, mentions) -> tuple[PartialDate, None] | None:
    """The year an ago-count gives (ago_date: "hace tres años", "three years ago") made the
    month the same sentence prints of that year (mentions, from find_dates, a since-phrase's
    too: "al mando desde febrero de 2022, sustituyó ... hace tres años" gives 2022-02): a
    count of whole years back is a round figure, the printed month the exact one. Only when
    one month of that year is printed (two name no one month); else ago unchanged (a
    month of another year, or none, leaves the counted year). Input and output as ago_date's."""
    if ago is None or ago[0].month is not None:
        return ago
    months = {(m.value.year, m.value.month) for m in mentions
              if m.kind == "date" and m.value is not None and m.value.year == ago[0].year and m.value.month}
    if len(months) != 1:
        return ago
    year, month = next(iter(months))
    return PartialDate(year, month), None


def quoted_relative(sentence: str, words: list[EventWord], main: EventWord, anchor: PartialDate | None,
                    language: str = "und", planned: bool = False) -> tuple[PartialDate, PartialDate | None] | None:
    """The date of a main event told inside a quotation by a relative day of the quotation
    ("yesterday", "hier", "ayer"), read from the day the words were spoken when the sentence
    names it outside the quotation ('"We were attacked yesterday," he said on Monday': the
    Sunday before that Monday), not from the article's date. None when the main event is not
    quoted, the quotation names no relative date, or the speaking has no day of its own other
    than the article's. language: ISO 639-1 code of the text."""
    quote = _quotation(sentence, main.start)
    if quote is None or anchor is None:
        return None
    lo, hi = quote
    outside = sentence[:lo] + " " * (hi - lo) + sentence[hi:]
    spoken = relative_span(outside, anchor, language)
    if spoken is None or spoken[1] is not None or not _day(spoken[0]) or spoken[0] == anchor:
        return None
    inside = _relative_dates_of(sentence, words, main, language)
    inside = " " * lo + inside[lo:hi] + " " * (len(inside) - hi)
    return relative_span(inside, spoken[0], language, near=main.start, planned=planned)


def time_phrase_date(sentence: str, main: EventWord, mention: DateMention, words: list[EventWord] = (),
                     language: str = "und") -> bool:
    """Whether a date after the main event word stands in a phrase of time of its own,
    opened between them by a word of vocabulary "time_phrase_openers" ("before the
    establishment of the government in November", "avant la mise en place du gouvernement
    en novembre", "antes de la formación del gobierno en noviembre"), no clause end and no
    event word (words, from event_words: "killed after the attack on 5 May" dates both)
    between the opener and the date: the date is the phrase's noun's, not the main
    happening's. language: ISO 639-1 code of the text."""
    if mention.start < main.end:
        return False
    pattern = _word_pattern("time_phrase_openers", language)
    if pattern is None:
        return False
    between = _compared(sentence[main.end:mention.start], language in EXACT_LANGUAGES)
    openers = list(pattern.finditer(between))
    if not openers or _CLAUSE_END.search(between, openers[-1].end()):
        return False
    opened = main.end + openers[-1].start()
    return not any(opened <= w.start < mention.start for w in words)


def verb_time_phrase_date(sentence: str, main: EventWord, start: int, words: list[EventWord] = (),
                          language: str = "und") -> bool:
    """Whether a date starting at offset `start`, after the main event word, stands in a
    phrase of time whose own verb tells another action of the subject ("arrived at the
    airport in the morning, after leaving the country on Monday", "est arrivé après avoir
    quitté le pays lundi", "llegó tras abandonar el país el lunes"): a word of vocabulary
    "verb_time_phrase_openers" between the main word and the date, followed, where the
    language lists "verb_time_phrase_endings", by a word ending so (a gerund, an
    infinitive); no clause end and no event word (words, from event_words) between the
    opener and the date. The date is that action's, not the main happening's (which then
    takes another day of the sentence, or none). language: ISO 639-1 code of the text."""
    if start < main.end:
        return False
    pattern = _word_pattern("verb_time_phrase_openers", language)
    if pattern is None:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    openers = list(pattern.finditer(compared, main.end, start))
    if not openers:
        return False
    opener = openers[-1]
    if _CLAUSE_END.search(compared, opener.end(), start):
        return False
    endings = tuple((reference().vocabulary.get("verb_time_phrase_endings") or {}).get(language) or ())
    if endings:
        verb = re.match(r"\s+([\w-]+)", compared[opener.end():start])
        if verb is None or not verb.group(1).lower().endswith(endings):
            return False
    return not any(opener.start() <= w.start < start for w in words)


@lru_cache(maxsize=None)
def _anterior_pattern(language: str) -> re.Pattern | None:
    """The auxiliaries of dates.yaml "anterior_past_auxiliaries" of a language ending a text,
    two words at most after them ("had been", "had already been", "avaient déjà été",
    "había sido ya"), on text lowercased and NFC-composed."""
    words = (reference().date_words.get("anterior_past_auxiliaries") or {}).get(language) or ()
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + alternation(unicodedata.normalize("NFC", w.lower()) for w in words)
                      + r")\s+(?:[\w-]+\s+){0,2}$")


def _anterior_past(sentence: str, main: EventWord, language: str) -> bool:
    """Whether the main event's verb is told in the past before the past ("had been attacked",
    "avait été attaqué", "había sido atacado"): a happening before the day it was told."""
    pattern = _anterior_pattern(language)
    # composed after the cut: a decomposed accent ("e" + U+0301) reads as the composed one
    before = unicodedata.normalize("NFC", sentence[max(0, main.start - 50):main.start]).lower()
    return bool(main.verb and pattern is not None and pattern.search(before))


def day_part_told(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether the sentence names a part of the day of vocabulary "telling_day_parts" ("at
    dawn", "à l'aube", "al amanecer", "lúc rạng sáng"): a happening told with one and no day of
    its own took place on one day, the day its telling gives (telling_day), as a lead's does;
    without one it may be any day before the telling. Not when the sentence tells a habit, by a
    word of vocabulary "habit_words" ("usually", "almost every week", "souvent", "suele",
    "thường xuyên") or of "recurrence_words" (habitual), nor when its happening main is a guess
    (speculated: "may have been shelled at dawn"): no one happening of the telling's day; nor
    when main is told in a subordinate clause ("Gunmen who attacked the camp at dawn were
    arrested, police said on Monday"): the telling is of another clause's news, the day of
    what the relative clause tells untold. language: ISO 639-1 code of the text."""
    if main.subordinate:
        return False
    pattern = _word_pattern("telling_day_parts", language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if pattern is None or pattern.search(compared) is None:
        return False
    habit = _word_pattern("habit_words", language)
    return not (habit is not None and habit.search(compared) or habitual(sentence, language)
                or speculated(sentence, main, language))


def telling_day(sentence: str, words: list[EventWord], main: EventWord, mentions, anchor: PartialDate | None,
                language: str = "und") -> tuple[PartialDate, PartialDate | None] | None:
    """The day a happening was told, when the sentence tells it in a clause reported by a verb
    of saying dated before it ("the mission said on Thursday that its base came under fire",
    "a indiqué samedi que", "X ngày 10/10 cho biết") or in a telling clause after it (the
    attribution closing the sentence: "..., a spokesperson said on Tuesday", "..., a indiqué
    mardi le porte-parole", "..., informó el lunes la misión", "..., the mission said in a
    statement on Friday", "..., người phát ngôn cho biết hôm thứ Ba"): the date, printed
    (mentions, from find_dates) or relative ("on Thursday"), that told_on_day reads as the
    telling's, standing before or after the main event word, the one before first: (start,
    end or None), the end set when the date is a span ("on 3 and 4 May"), as _resolve and
    relative_span give it; None when the sentence has none.
    Such a day dates the telling, not the happening: in news-agency style the day in an
    attribution is the day the statement was made (the wire's "said Tuesday"), wherever the
    attribution stands. A happening told with no day of its own (the caller asks only then:
    a day the sentence gives the happening wins) took place on that day or before it, and the
    text gives no closer day, so the telling's day is its latest day. A telling after the
    news dates the lead only when it falls before the article's day (_before_article): told
    on the article's own day, the article's date stays the lead's, as for a lead with no
    telling day at all. None too for a happening told in the past before the
    past ("had been attacked", _anterior_past)."""
    if anchor is None or _anterior_past(sentence, main, language):
        return None
    for mention in sorted(mentions, key=lambda m: m.start >= main.end):
        if (mention.kind == "date" and mention.value.day and (mention.end <= main.start or mention.start >= main.end)
                and told_on_day(sentence, mention.start, language, words, mention.end)):
            day = _resolve(mention, [], anchor, False)
            if mention.end <= main.start or _before_article(day, anchor):
                return day
    for start, end in sorted(relative_spans(sentence, language), key=lambda span: span[0] >= main.end):
        if (end <= main.start or start >= main.end) and told_on_day(sentence, start, language, words, end):
            day = relative_span(" " * start + sentence[start:end], anchor, language, near=start)
            if day is not None and day[0].day and (end <= main.start or _before_article(day, anchor)):
                return day
    return None


def _before_article(day: tuple[PartialDate, PartialDate | None], anchor: PartialDate) -> bool:
    """Whether a telling's day (as telling_day resolves it) falls before the article's day:
    only then does a telling after the news date the lead; told on the article's own day,
    the lead keeps the article's date as find_events gives it (its day for a wire, else its
    month), and a later telling of the happening may still give it its day."""
    told, article = _day(day[0]), _day(anchor)
    return told is not None and article is not None and told < article


def _quoted_day_only(sentence: str, word: EventWord, anchor: PartialDate | None, language: str) -> bool:
    """Whether the event word stands inside a quotation of the sentence (_quotation: also one
    running on into the next sentence) and the words outside the quotation name no relative
    day ('"A convoy hit a mine today," it said'): the
    day is the quotation's own, counted from a speaking whose day is not told."""
    quote = _quotation(sentence, word.start)
    if quote is None:
        return False
    lo, hi = quote
    return relative_span(sentence[:lo] + " " * (hi - lo) + sentence[hi:], anchor, language) is None


def _relative_dates_of(sentence: str, words: list[EventWord], main: EventWord, language: str) -> str:
    """The sentence with the relative dates that do not date its main event blanked (offsets
    kept): those telling the day of the report (told_on_day; unless the main event is the
    telling itself: "announced on Thursday the dispatch of troops"), those nearer an event word of
    another happening than the main one (they date that one: "at the ceremony for the
    soldiers killed last year"; not a participle describing the subject of the main verb
    for a day before it: "On Thursday, soldiers of the force deployed in Lebanon were
    wounded"), and those in a relative clause describing another noun than
    the main event's word ("the mission, which counts 12,000 troops today"), and those ending
    a span (span_bound: "its mandate was due to expire Thursday") or opening one (in_passing:
    "have been clashing since last week"), and those of a clause coordinated after the main
    one with a subject or a day of its own (coordinated_spans, coordinated_fronted_days: "and
    on Monday a mine killed two guards")."""
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    pronouns = _word_pattern("relative_pronouns", language)
    clauses, own, occasions = [], [], []
    occasion_kinds = frozenset(reference().vocabulary.get("occasion_kinds") or ())
    for match in pronouns.finditer(compared) if pronouns else ():
        if said_that(sentence, match.start(), match.end(), language):
            continue  # "said that ...": what was said, no relative clause
        end = _CLAUSE_END.search(compared, match.end())
        lo, hi = match.start(), end.start() if end else len(compared)
        describes_main = lo >= main.end and (re.fullmatch(r"\W{0,3}", compared[main.end:lo])
                                             or _complement_of(compared[main.end:lo], language)
                                             # "murieron en el ataque que sufrió su base el martes",
                                             # "died in the blast that hit the convoy on Tuesday"
                                             or _describes_cause(sentence, compared, main, words, (lo, hi), language))
        if describes_main:
            own.append((lo, hi))
        elif (hi <= main.start and re.fullmatch(r"\W{0,3}", compared[hi:main.start])
              and any(lo <= w.start < hi and w.kind in occasion_kinds for w in words)):
            # "the Council, which met on Friday, adopted a resolution": a clause describing
            # the subject that tells a happening of vocabulary "occasion_kinds" (a meeting)
            # tells the occasion of the main happening, whose day it gives
            occasions.append((lo, hi))
        elif not lo <= main.start < hi:
            clauses.append((lo, hi))
    # the verb of a clause describing the main word tells the main event ("the quake, which struck")
    # nor the toll a clause of a present participle adds after it ("overran the base on
    # Thursday, killing two peacekeepers")
    others = [w for w in words if not w.frame and not kinds_agree(w.kind, main.kind)
              and not _within(w.start, own) and not _within(w.start, occasions)
              and not verb_complement(sentence, main, w, language)
              and not (w.start > main.end and result_participle(sentence, w, language))]

    def gap(w: EventWord, start: int, end: int) -> int:
        return start - w.end if start >= w.end else w.start - end

    def apart(w: EventWord, start: int, end: int) -> bool:
        # a clause end (comma, semicolon, bracket, dash) between the word and the day
        lo, hi = (w.end, start) if start >= w.end else (end, w.start)
        return lo < hi and _CLAUSE_END.search(printed, lo, hi) is not None

    after = _word_pattern("after_openers", language)

    def led_after(w: EventWord, end: int) -> bool:
        # "were killed late Thursday after gunmen overran the base": the word of a clause
        # opened by an after-opener right behind the day tells what came before; the day is
        # the clause's before it
        if after is None or w.start < end:
            return False
        opener = after.match(compared, end + len(compared[end:w.start]) - len(compared[end:w.start].lstrip(" ,")))
        return opener is not None and opener.end() <= w.start

    reported = main.kind == "announcement" or main.frame  # a statement is dated by its own telling
    anterior = _anterior_past(sentence, main, language)
    # "On Thursday, two soldiers of the force deployed in Lebanon were wounded": a participle
    # describing the subject takes no day set before that subject
    described = [w for w in others if w.end <= main.start and subject_participle(sentence, w, words, language)]
    # "A peacekeeper wounded on Sunday died on Wednesday", "un casque bleu blessé dimanche est
    # mort mardi", "a peacekeeper wounded in Sunday's ambush died": a day in the complement of a
    # participle describing the subject, before the main word, is the participle's, whatever its kind
    participles = [w for w in words if w is not main and w.verb and w.end <= main.start
                   and subject_participle(sentence, w, words, language)]
    # ... when another day is left to the main word ("wounded in Sunday's ambush died of his
    # wounds": Sunday is all the sentence gives)
    spans = relative_spans(sentence, language)
    participle_days = [(lo, hi) for lo, hi in spans if hi <= main.start and any(
        w.end <= lo and not _CLAUSE_END.search(sentence, w.end, main.start) for w in participles)]
    if len(participle_days) == len(spans):
        participle_days = []
    # "A peacekeeper wounded in Sunday's attack died on Tuesday": a day owned by another
    # event noun before the main word is that noun's, when another day is left to the main one
    owned = nouns_own_days(sentence, words, main, spans, language)
    # "El lunes el Consejo aprobó ... y el miércoles el enviado llegó": the day of a clause
    # coordinated after the main one, with a subject or a day of its own, is that clause's verb's
    coordinated = set(coordinated_spans(sentence, words, main, language))
    # "ambushed a patrol last week, and on Monday a mine killed two": the day opening a
    # coordinated clause of its own is that clause's happening's
    owned |= {span for _w, span in coordinated_fronted_days(sentence, words, main, language)}
    printed = sentence  # the sentence as printed, before any day is blanked
    # "a condamné samedi l'attaque de jeudi": a day set right after the main noun is its own,
    # and no other relative day of the sentence dates it
    after_noun = _at_word_gap().match(sentence, main.end) if not main.verb else None
    at_noun = next(((lo, hi) for lo, hi in spans if after_noun is not None and lo == after_noun.end()
                    and (lo, hi) not in coordinated), None)
    for start, end in spans:
        if at_noun is not None and (start, end) != at_noun:
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
            continue
        # "condemned Monday's attack": the possessive day is the main noun's, whatever stands before it
        possessive = _POSSESSIVE.fullmatch(sentence[end:main.start]) is not None or (
            # "condemned the Wednesday evening ambush": the day modifying the main noun is its
            language == "en" and _ATTRIBUTIVE_GAP.fullmatch(sentence, end, max(end, main.start)) is not None
            and _attributive_day(sentence, main))
        # "said Thursday's attack killed": a day owned by the noun is no day of the telling;
        # "On Sunday, the mission said a soldier had been wounded": a fronted day is the
        # telling's when the happening is told in the past before the past (_anterior_past)
        if ((start, end) in owned
                or (start, end) in coordinated
                or (start, end) in participle_days
                or (not reported and not possessive and told_on_day(sentence, start, language, words, end, fronted=anterior))
                or span_bound(sentence, start, language)  # "due to expire Thursday": a span's end
                or in_passing(sentence, start, words)  # "clashing since last week": a bound of a span
                or since_setup(printed, start, language, words)  # "since its deployment last year": in passing
                or recap_count(printed, start, language, end)  # "the second time this month": a count's period
                or (not possessive and any(gap(w, start, end) < gap(main, start, end) for w in others
                                           if not (end <= w.start and w in described)
                                           # "died of his wounds on Saturday in Gao, a statement
                                           # said": a word past a clause end is no nearer than
                                           # the main word of the day's own clause
                                           and not (apart(w, start, end) and not apart(main, start, end))
                                           and not joined_verbs(printed, main, w, language)
                                           and not (main.end <= start and led_after(w, end))
                                           and not (main.end <= start and w.verb and coordinated_after(printed, end, w, language))))
                or _within(start, clauses)
                # "arrived in the morning, after leaving the country on Monday": the leaving's day
                or verb_time_phrase_date(printed, main, start, words, language)
                # "desembocaron el lunes y martes siguiente": counted from another day
                or following_weekday(printed, start, end, language)):
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


@lru_cache(maxsize=None)
def _coordinator_pattern(language: str) -> re.Pattern | None:
    """A comma and/or a coordinating conjunction (vocabulary "coordinating_conjunctions")
    standing alone between a day and the next word, as coordinated_after reads it."""
    words = _vocabulary_words(reference().vocabulary.get("coordinating_conjunctions") or {}, language)
    return re.compile(rf"\s*(?:,\s*)?(?:(?:{alternation(words)})\s+)?") if words else None


def coordinated_after(sentence: str, end: int, word: EventWord, language: str = "und") -> bool:
    """Whether the event verb `word` opens a clause coordinated after a day ending at offset
    end: only a comma and/or a coordinating conjunction between them, one of them at least
    ("will arrive in Juba on Monday and meet the president on Tuesday", "arrivera lundi à
    Juba, rencontrera le président mardi"). The day then closes the clause before and is not
    that verb's."""
    pattern = _coordinator_pattern(language)
    if pattern is None or word.start < end:
        return False
    between = sentence[end:word.start]
    match = pattern.fullmatch(_compared(between, language in EXACT_LANGUAGES))
    return match is not None and bool(between.strip())


def joined_verbs(sentence: str, main: EventWord, word: EventWord, language: str = "und") -> bool:
    """Whether the event verb `word` is joined right after the main event verb, only a comma
    and/or a coordinating conjunction between them (coordinated_after: "were kidnapped and
    killed on Tuesday", "fueron secuestrados y asesinados, el martes,", "ont été enlevés et
    tués vendredi", "bị bắt cóc và sát hại"): the two verbs share one subject, and a day after
    the second dates them both, one happening. Source: held-out Spanish wire copy whose
    kidnapping lost its day to the killing joined after it."""
    return main.verb and word.verb and coordinated_after(sentence, main.end, word, language)


# At most this many words between a coordinating conjunction and the verb of the clause it
# opens: a subject and a day ("and on Thursday the Secretary-General appointed").
_COORDINATED_SUBJECT_WORDS = 8


def coordinated_clauses(sentence: str, words: list[EventWord], main: EventWord,
                        language: str = "und") -> list[tuple[EventWord, int, int]]:
    """The clauses coordinated after the main one that have a subject or a day of their own
    before their verb ("were attacked on Tuesday and a soldier died on Wednesday", "adopted
    the resolution and on Wednesday the envoy arrived", "y el jueves el secretario general
    nombró", "và một binh sĩ đã tử vong"): an event verb of `words` after the main word (no
    telling frame), the last coordinating conjunction (vocabulary "coordinating_conjunctions")
    between the main word and it opening its clause, with at most _COORDINATED_SUBJECT_WORDS
    words, no other event word and no semicolon, colon, bracket or quotation mark between that
    conjunction and the verb, and at least one word. As (verb, clause start: the conjunction's
    end, clause end: the next such clause's conjunction, else the sentence's end), in sentence
    order; [] when the language lists no conjunction. A verb right after its conjunction
    shares the main clause's subject ("attacked the base and killed two soldiers"): no clause
    of its own here (coordinated_happenings reads those). Source: held-out Spanish and Vietnamese wire
    copy whose second dated clause was lost or gave its day to the first."""
    conj = _word_pattern("coordinating_conjunctions", language)
    if conj is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opened: list[tuple[EventWord, int, int]] = []  # (verb, conjunction start, conjunction end)
    for w in words:
        if w.frame or not w.verb or w.start <= main.end:
            continue
        last = None
        for last in conj.finditer(compared, main.end, w.start):
            pass
        if last is None:
            continue
        between = sentence[last.end():w.start]
        if (not between.strip() or len(between.split()) > _COORDINATED_SUBJECT_WORDS
                or re.search(r"[;:()\"\u201c\u201d\u00ab\u00bb]", between)
                or any(last.end() <= x.start < w.start for x in words if x is not w)):
            continue
        if opened and opened[-1][1] == last.start():
            continue  # one conjunction opens one clause: its first verb's
        opened.append((w, last.start(), last.end()))
    return [(w, end, opened[i + 1][1] if i + 1 < len(opened) else len(sentence))
            for i, (w, _start, end) in enumerate(opened)]


def coordinated_spans(sentence: str, words: list[EventWord], main: EventWord,
                      language: str = "und") -> list[tuple[int, int]]:
    """The relative days (as relative_spans gives them) inside clauses coordinated after the
    main one with a subject or a day of their own (coordinated_clauses), when the sentence
    names another relative day outside them, before the first such clause: those days are the
    coordinated verbs', not the main word's ("El lunes el Consejo aprobó la resolución y el
    miércoles el enviado llegó": Wednesday is the arrival's). [] otherwise."""
    clauses = coordinated_clauses(sentence, words, main, language)
    return _days_of_clauses(clauses, relative_spans(sentence, language) if clauses else [])


def _days_of_clauses(clauses: list[tuple[EventWord, int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """coordinated_spans of the sentence's coordinated_clauses and relative_spans."""
    if not clauses:
        return []
    inside = [(lo, hi) for lo, hi in spans if any(start <= lo < end for _w, start, end in clauses)]
    first = min(start for _w, start, _end in clauses)
    if not inside or not any(hi <= first for _lo, hi in spans):
        return []
    return inside


def coordinated_happenings(sentence: str, words: list[EventWord], main: EventWord, anchor: PartialDate | None,
                           planned: bool, language: str = "und") -> list[tuple[EventWord, tuple]]:
    """The happenings of clauses coordinated after the main one, each with its own verb and a
    relative day of its own ("will arrive in Juba on Monday, meet the president on Tuesday and
    visit Malakal on Wednesday": a meeting on Tuesday, a visit on Wednesday): an event verb of
    `words` after the main word, opening its clause after a comma or a coordinating conjunction
    (the word before it ends with one), dated by the first relative day after it and before the
    next such clause, resolved with the main clause's tense (planned). A clause with a subject
    or a day of its own before its verb (coordinated_clauses: "and a soldier died on
    Wednesday", "and on Wednesday the envoy arrived") is dated by the first relative day of
    the clause, before or after its verb, resolved as planned when the main clause or that
    clause speaks of the future ("and their bodies will be flown home on Monday"), when the
    main clause names a day of its own (coordinated_spans), unless that verb is a statement
    (kind "announcement": "and the UN condemned it on Wednesday") after a happening of another
    kind: by the labelling rulebook a statement carrying the news is no event of its own. As
    (word, span); [] with no anchor. Seen in held-out announcements of a visit over several
    days, and in held-out wire copy of an attack and a death."""
    if anchor is None:
        return []
    pattern = _coordinator_pattern(language)
    if pattern is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    conj = _word_pattern("coordinating_conjunctions", language)
    # (in English an event noun right after the conjunction, a name or a determiner after it,
    # is its verb's bare form: "and visit Malakal on Wednesday", not "and ambush survivors")
    def verb_like(w: EventWord) -> bool:
        return w.verb or (language == "en" and _bare_verb_object().match(sentence, w.end) is not None)

    opened = [w for w in words if not w.frame and w.start > main.end and verb_like(w)
              and not joined_verbs(sentence, main, w, language)
              and (sentence[:w.start].rstrip().endswith(",")
                   or (conj is not None and re.search(rf"(?:{conj.pattern})\s*$", compared[max(0, w.start - 12):w.start])))]
    spans = relative_spans(sentence, language)
    found = []
    for i, w in enumerate(opened):
        stop = opened[i + 1].start if i + 1 < len(opened) else len(sentence)
        span = next(((lo, hi) for lo, hi in spans if w.end <= lo < stop), None)
        if span is None:
            continue
        resolved = relative_span(" " * span[0] + sentence[span[0]:span[1]], anchor, language, planned=planned)
        if resolved is not None:
            found.append((w, resolved))
    clauses = coordinated_clauses(sentence, words, main, language)
    own = _days_of_clauses(clauses, spans)  # coordinated_spans
    for w, start, end in clauses if own else ():
        if any(w is x for x, _span in found):
            continue
        if reaction_to(main, w):
            continue  # "attacked on Tuesday and the UN condemned it on Wednesday": the reaction carrying the news
        span = next(((lo, hi) for lo, hi in own if start <= lo < end), None)
        if span is None:
            continue
        # the clause's own tense: "were killed on Tuesday and their bodies will be flown home on Monday"
        resolved = relative_span(" " * span[0] + sentence[span[0]:span[1]], anchor, language,
                                 planned=planned or future_tense(sentence[start:end], language))
        if resolved is not None:
            found.append((w, resolved))
    return found


_FRONTED_DAY_REACH = 8  # words between a clause's fronted day and its event verb ("on Monday a mine killed")


def coordinated_fronted_days(sentence: str, words: list[EventWord], main: EventWord,
                             language: str = "und") -> list[tuple[EventWord, tuple[int, int]]]:
    """The clauses a sentence coordinates after its main word that open on a relative day of
    their own ("Gunmen ambushed a patrol last week, and on Monday a mine killed two guards",
    "..., et mercredi des hommes armés ont attaqué ...", "..., y el miércoles unos hombres
    atacaron ..."): a relative day (relative_spans) after the main word, right after a
    coordinating conjunction (vocabulary "coordinating_conjunctions"; one short word such as
    "on", "el" may stand between), whose clause goes on to an event verb of its own within
    _FRONTED_DAY_REACH words, the first event word after the day, with no statement word
    (frame: "and on Tuesday the army said ..."), no other relative day and no clause break but
    a comma right after the day between them, and no statement reacting to the main happening
    (reaction_to). As (that event word, (start, end) of the day's span): the day is that
    clause's, never the main word's. words: event_words of the sentence; main: its main_event_word; language:
    ISO 639-1 code of the text. Seen in held-out reports telling two attacks of two days in
    one sentence."""
    opener = _fronted_day_opener(language)
    if opener is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    spans = relative_spans(sentence, language)
    found = []
    for lo, hi in spans:
        if lo < main.end or not opener.search(compared[max(main.end, lo - 30):lo]):
            continue
        stop = next((s for s, _e in spans if s >= hi), len(sentence))
        for w in words:
            if w.start < hi or w.start >= stop:
                continue
            between = sentence[hi:w.start]
            if w.frame or re.search(r"[;:()\u2013\u2014]", between) or "," in between.lstrip(" ,")[:-1] or len(
                    between.split()) > _FRONTED_DAY_REACH:
                break
            if w.verb and (w.start, w.end) != (main.start, main.end):
                if not reaction_to(main, w):  # "..., et jeudi le porte-parole l'a condamné": no event
                    found.append((w, (lo, hi)))
                break
    return found


@lru_cache(maxsize=None)
def _fronted_day_opener(language: str) -> re.Pattern | None:
    """A coordinating conjunction (vocabulary "coordinating_conjunctions") closing the text,
    one short word ("on", "el") at most after it: what stands right before a clause's fronted
    day (coordinated_fronted_days); None where the language lists no conjunction."""
    conj = _word_pattern("coordinating_conjunctions", language)
    if conj is None:
        return None
    return re.compile(rf"(?:^|[\s,])(?:{conj.pattern})\s+(?:[^\W\d_]{{1,4}}\s+)?$")


def reaction_to(main: EventWord, joined: EventWord) -> bool:
    """Whether an event word joined in a clause after the main one is a statement (kind
    "announcement": "and the UN condemned it on Wednesday", "et jeudi la mission l'a
    dénoncé") reacting to a happening of another kind: by the labelling rulebook
    (tests/corpus/README.md) a statement carrying the news is no event of its own."""
    return joined.kind == "announcement" and main.kind != "announcement"


def nouns_own_days(sentence: str, words: list[EventWord], main: EventWord, spans: list[tuple[int, int]],
                   language: str = "und") -> set[tuple[int, int]]:
    """The relative days (spans, as relative_spans gives them) owned by an event noun of
    `words` standing before the main word, not the main word itself: in the possessive before
    it ("Sunday's attack", _POSSESSIVE) or right after it (_at_word_gap: "the attack on
    Sunday"), when at least one relative day of the sentence is owned by none and stands
    after the main word ("A third peacekeeper wounded in Sunday's attack died of his
    injuries on Tuesday": Sunday is the attack's, Tuesday the death's). Empty otherwise."""
    owned = set()
    for w in words:
        if w.verb or w.frame or w.end > main.start or (w.start, w.end) == (main.start, main.end):
            continue
        gap = _at_word_gap().match(sentence, w.end)
        for lo, hi in spans:
            if (hi <= w.start and _POSSESSIVE.fullmatch(sentence[hi:w.start])) or (gap is not None and lo == gap.end()):
                owned.add((lo, hi))
    if not owned or not any(span not in owned and span[0] >= main.end for span in spans):
        return set()
    return owned


def following_weekday(sentence: str, start: int, end: int, language: str = "und") -> bool:
    """Whether the relative date at offsets start..end is a weekday counted from a day the
    text gave before, not from the article's: a word of vocabulary "following_weekday_words"
    right before it ("the following Monday") or right after it, or after a weekday joined to
    it by a conjunction (vocabulary "coordinating_conjunctions", "place_list_alternatives":
    "le lundi suivant", "el lunes y martes siguiente"). language: ISO 639-1 code of the text."""
    after, before = _following_weekday_patterns(language)
    if after is None and before is None:
        return False
    if not any(d.kind == "weekday" and d.start <= start < d.end for d in find_dates(sentence)):
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if after is not None and after.match(compared[end:end + 40]):
        return True
    return before is not None and before.search(compared[max(0, start - 30):start]) is not None


@lru_cache(maxsize=None)
def _following_weekday_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(what may follow a weekday counted from another day, what may stand right before it) in
    a language, as following_weekday reads them; None where the language lists none."""
    entry = (reference().vocabulary.get("following_weekday_words") or {}).get(language) or {}
    form = reference_word_form(language in EXACT_LANGUAGES)
    after = [form(w) for w in entry.get("after") or ()]
    before = [form(w) for w in entry.get("before") or ()]
    vocabulary = reference().vocabulary
    joiners = (_vocabulary_words(vocabulary.get("coordinating_conjunctions") or {}, language)
               | _vocabulary_words(vocabulary.get("place_list_alternatives") or {}, language))
    joined = rf"(?:\s+(?:{alternation(joiners)})\s+[^\W\d]+)?" if joiners else ""
    return (re.compile(rf"{joined}\s+(?:{alternation(after)})(?![\w-])") if after else None,
            re.compile(rf"(?<![\w-])(?:{alternation(before)})\s+$") if before else None)


@lru_cache(maxsize=None)
def _complement_pattern(language: str) -> re.Pattern | None:
    """The prepositions of vocabulary "noun_complement_prepositions" as whole words (one
    ending in an apostrophe, "d'", glued to the next word)."""
    words = _vocabulary_words(reference().vocabulary.get("noun_complement_prepositions") or {}, language)
    return re.compile(r"(?:" + alternation(words) + r")(?:(?<=')|(?![\w-]))") if words else None


def _describes_cause(sentence: str, compared: str, main: EventWord, words: list[EventWord],
                     clause: tuple[int, int], language: str) -> bool:
    """Whether a relative clause (clause: its start and end offsets) describes an event noun
    the main event verb came about in (verb_complement: "died in the blast that hit the convoy
    on Tuesday", "murieron en el ataque que sufrió su base el martes", "han muerto a causa
    del terremoto que sacudió anoche el país"): the noun right before the pronoun (only marks
    between), or with its own complement (_complement_of). That clause then tells the day of
    the cause, and so of the main happening, as a clause describing the main word does. Not
    a clause told in the future (future_tense: "died in the attack that the mission will
    investigate on Monday"), nor one holding an event word of a kind other than the noun's:
    that word is the clause's own happening, whose day it is ("were killed in the attack that
    the Council condemned on Friday"). sentence: the sentence; compared: as _compared gives
    it; words: its event words (event_words); language: ISO 639-1 code. Seen in held-out
    Spanish and English casualty reports."""
    if not main.verb:
        return False
    lo, hi = clause
    if future_tense(sentence[lo:hi], language):
        return False
    return any(not w.verb and main.end <= w.start and w.end <= lo and verb_complement(compared, main, w, language)
               and (re.fullmatch(r"\W{0,3}", compared[w.end:lo]) or _complement_of(compared[w.end:lo], language))
               and not any(lo <= x.start < hi and not x.frame and not kinds_agree(x.kind, w.kind) for x in words)
               for w in words)


def _complement_of(between: str, language: str) -> bool:
    """Whether the text between an event noun and a relative pronoun is the noun's own
    complement, a preposition of vocabulary "noun_complement_prepositions" and three words
    at most ("l'explosion d'un engin qui a tué", "the explosion of a mine that killed"): the
    clause then still describes the happening the noun names."""
    pattern = _complement_pattern(language)
    match = pattern.match(between.lstrip()) if pattern else None
    return match is not None and re.fullmatch(r"\s*(?:[^\W\d][\w'-]*\s*){1,3}\W{0,3}", between.lstrip()[match.end():]) is not None


def noun_complement(sentence: str, main: EventWord, word: EventWord, language: str = "und") -> bool:
    """Whether the event noun word is the complement of the main event noun, right after it
    with a preposition of vocabulary "noun_complement_prepositions" and at most an article
    (vocabulary "definite_determiners") between: "cérémonie de passation", "ceremonia de
    traspaso", "ceremony of handover", "cérémonie de la relève". It names what the main
    happening was, not a second one. language: ISO 639-1 code of the text."""
    if main.verb or word.verb or word.start < main.end:
        return False
    pattern = _complement_pattern(language)
    gap = _compared(sentence[main.end:word.start], language in EXACT_LANGUAGES).strip()
    match = pattern.match(gap) if pattern else None
    if match is None:
        return False
    rest = gap[match.end():].strip()
    articles = _word_pattern("definite_determiners", language)
    return not rest or (articles is not None and any(articles.fullmatch(r) for r in (rest, rest.rstrip("'"))))


def complement_participle(sentence: str, main: EventWord, word: EventWord, language: str = "und") -> bool:
    """Whether the event word is a past participle describing the noun of the main event
    noun's complement (reduced_relative): after the main noun, a preposition of vocabulary
    "noun_complement_prepositions" and at most five words, no clause end ("les funérailles du
    soldat tué", "el sepelio del soldado fallecido", "the burial of the soldiers killed"). It
    says who the main happening was for, no second happening, and no day of the sentence is
    its. language: ISO 639-1 code of the text."""
    if main.verb or word.start < main.end or not reduced_relative(sentence, word, language, adjective=True):
        return False
    pattern = _complement_pattern(language)
    gap = _compared(sentence[main.end:word.start], language in EXACT_LANGUAGES).strip()
    match = pattern.match(gap) if pattern else None
    if match is None or _CLAUSE_END.search(gap):
        return False
    return 1 <= len(gap[match.end():].split()) <= 5


@lru_cache(maxsize=1)
def _year_lead() -> re.Pattern:
    """A word naming the year after it as the time of something ("in 2015", "en 2015", "năm
    2015"; vocabulary "year_time_prepositions", every language's, any case), not "since
    2013", then spaces, at the end of the text before the year."""
    return re.compile(rf"(?:^|[\s,])(?:{_any_language('year_time_prepositions')})\s+$", re.I)


def result_participle(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether the event word is a present participle opening a clause after a comma (its
    ending in vocabulary "result_participle_endings": "..., killing two peacekeepers", "...,
    matando a dos soldados"): the clause tells what the happening before it brought about,
    no happening of another day. language: ISO 639-1 code of the text."""
    endings = tuple((reference().vocabulary.get("result_participle_endings") or {}).get(language) or ())
    printed = sentence[word.start:word.end].lower()
    return (bool(endings) and word.verb and " " not in printed.strip() and printed.endswith(endings)
            and re.search(r",\s*$", sentence[max(0, word.start - 5):word.start]) is not None)


# The most words between an event verb and the noun of its object ("signed a peace deal": one;
# "firmaron un acuerdo de alto el fuego": four, to the ceasefire).
_OBJECT_NOUN_WORDS = 4


def object_noun(sentence: str, main: EventWord, word: EventWord, words: list[EventWord]) -> bool:
    """Whether the event noun `word` is the object of the main event verb naming the same
    happening (kinds_agree): after the verb, at most _OBJECT_NOUN_WORDS words between, no
    clause end nor other event word but a noun of the same kind ("signed a peace deal",
    "firmaron un acuerdo de alto el fuego",
    "ont signé un accord"). A date set after such a noun dates the verb's happening, not a
    second one. Source: held-out Spanish wire copy whose agreement signed "en agosto de 2015"
    was told twice, once undated."""
    if not main.verb or word.verb or word.start < main.end or not kinds_agree(word.kind, main.kind):
        return False
    gap = sentence[main.end:word.start]
    return (len(gap.split()) <= _OBJECT_NOUN_WORDS and not _CLAUSE_END.search(gap)
            and not any(main.end <= x.start < word.start and (x.verb or not kinds_agree(x.kind, main.kind))
                        for x in words if x is not word))


def verb_complement(sentence: str, main: EventWord, word: EventWord, language: str = "und") -> bool:
    """Whether the event noun word is the complement of the main event's verb, naming what the
    going is for: after the verb, within six words and no clause end, opened by a preposition
    of vocabulary "verb_complement_prepositions" no more than three words before the noun
    ("will arrive in Lima on a three-day visit", "arrivera à Lima pour une visite", "llegará a
    Lima en visita oficial"), or how the verb's happening came about, a preposition of more
    than one word included ("murieron a causa del terremoto", "were wounded during the
    shelling"). Such a noun tells the verb's happening, not another one.
    language: ISO 639-1 code of the text."""
    if not main.verb or word.verb or word.start < main.end:
        return False
    pattern = _word_pattern("verb_complement_prepositions", language)
    gap = _compared(sentence[main.end:word.start], language in EXACT_LANGUAGES)
    if pattern is None or _CLAUSE_END.search(gap) or len(gap.split()) > 6:
        return False
    # a preposition of one word or more ("in", "a causa de"), at most two words after it
    tail = gap.split()[-5:]
    return any(pattern.fullmatch(" ".join(tail[a:b])) for b in range(max(1, len(tail) - 2), len(tail) + 1)
               for a in range(b))


def _in_told_clause(sentence: str, start: int, language: str) -> bool:
    """Whether offset start lies in a clause with a verb of its own, opened by a time clause
    marker or a relative pronoun (vocabulary "time_clause_markers", "relative_pronouns": "when
    the agreement came into force", "which the agreement made autonomous"), to the clause's
    end; not in a phrase a preposition opens ("after the 2006 war"), which names a happening
    to date the sentence by."""
    return _in_clause_opened_by(sentence, start, language, ("time_clause_markers", "relative_pronouns"))


# The most words before a relative day that fronts a sentence ("On Sunday,", "Sáng thứ Hai,").
FRONTED_DAY_REACH = 2


def fronted_day_over_clause_date(sentence: str, main: EventWord, mention: DateMention, language: str = "und") -> bool:
    """Whether a printed date after the main event word belongs to a clause of its own while
    a day named relative to the article's fronts the sentence before the main word (at most
    FRONTED_DAY_REACH words before it, a comma after it: "On Sunday, rebels ambushed a convoy
    near the bridge that had been repaired on 2 August", "El domingo, la milicia atacó un
    campamento en represalia por un jefe capturado el 30 de julio"): the date stands in a
    relative clause (vocabulary "relative_pronouns") or is the time of a participle
    describing a noun (participle_dated), so the fronted day dates the main word. A main
    word that frames a statement (main.frame) keeps its printed date ("On Sunday, the army
    said the convoy was ambushed on 2 August"), and so does a main word that is the clause's
    own (in the relative clause: "On Sunday, peacekeepers buried the soldiers who were killed
    on 2 August") or that the clause describes, its relative pronoun or participle right after
    it (_clause_of_main: "On Sunday, the mission condemned the attack carried out on 2 August",
    "el ataque que mató a diez cascos azules el 2 de agosto"). language: ISO 639-1 code of
    the text."""
    if main.frame or mention.start < main.end:
        return False
    if _in_relative_clause(sentence, main.start, language) or _clause_of_main(sentence, main, language):
        return False
    fronted = False
    for lo, hi in relative_spans(sentence, language):
        if hi > main.start:
            break
        if (len(re.findall(r"[^\W\d_]+", sentence[:lo])) <= FRONTED_DAY_REACH
                and re.match(r"\s*,", sentence[hi:]) is not None):
            fronted = True
            break
    if not fronted:
        return False
    return _in_relative_clause(sentence, mention.start, language) or participle_dated(sentence, mention, language)


def anterior_relative_date(sentence: str, main: EventWord, mention: DateMention, language: str = "und") -> bool:
    """Whether a printed date after the main event word stands in a relative clause set after
    a comma (clause_opening) that opens past the main word and tells its verb in the
    past before the past (dates.yaml "anterior_past_auxiliaries", as _anterior_aside reads
    them): "The rebels attacked the town, which the army had retaken on 4 June", "Les
    rebelles ont attaqué la ville, que l'armée avait reprise le 4 juin", "Los rebeldes
    atacaron la ciudad, que el ejército había recuperado el 4 de junio". The date is the
    clause's happening, earlier than the main's, not the main's. A main word told so itself
    ("had been attacked") keeps it. language: ISO 639-1 code of the text."""
    if main.frame or mention.start < main.end:
        return False
    if not (reference().date_words.get("anterior_past_auxiliaries") or {}).get(language):
        return False
    opening = clause_opening(sentence, mention.start, language)
    if opening.start <= main.end or not (opening.comma and opening.relative) or _anterior_past(sentence, main, language):
        return False
    clause = unicodedata.normalize("NFC", sentence[opening.start:mention.start]).lower()
    return _anterior_auxiliary_pattern(language).search(clause) is not None


def _relative_pronoun_after(sentence: str, lo: int, hi: int, language: str = "und") -> re.Match | None:
    """The last relative pronoun (vocabulary "relative_pronouns", as compared: _compared)
    between offsets lo and hi of a sentence; None for none."""
    pronouns = _word_pattern("relative_pronouns", language)
    if pronouns is None or lo >= hi:
        return None
    last = None
    for last in pronouns.finditer(_compared(sentence, language in EXACT_LANGUAGES), lo, hi):
        pass
    return last


def _relative_clause_start(sentence: str, position: int, after: int, language: str = "und") -> int:
    """Where the clause holding offset position of a sentence opens (clause_opening), or, when
    a relative pronoun stands in it past offset after (the main event word's end) and before
    position, where that pronoun opens its relative clause ("relevará el 1 de junio a los
    soldados que llegaron el 5 de marzo": "que llegaron ..."). Offsets of the sentence."""
    opened = clause_opening(sentence, position, language).start
    pronoun = _relative_pronoun_after(sentence, max(opened, after), position, language)
    return pronoun.start() if pronoun is not None else opened


def restrictive_relative_date(sentence: str, main: EventWord, mention: DateMention, words: list[EventWord],
                              language: str = "und") -> bool:
    """Whether a printed date after the main event word stands in a relative clause with no
    comma before it (a restrictive one) that describes another noun: its relative pronoun
    (vocabulary "relative_pronouns") past the main word, not right after it (_clause_of_main:
    "the attack that killed ten on 2 August" describes the main word itself), no clause end
    between it and the date, and an event verb of `words` between the pronoun and the date
    ("will replace the troops that arrived on 5 March", "relèvera les soldats qui sont arrivés
    le 5 mars", "relevará a los soldados que llegaron el 5 de marzo"): the date is that
    verb's happening, not the main word's. A main word that frames a statement keeps it
    ("said that the troops arrived on 5 March"). The event verb stands before any
    coordinating conjunction past the pronoun (vocabulary "coordinating_conjunctions"): one
    after it may join the main clause again ("attacked the camp that houses displaced people
    and killed two peacekeepers on 3 March": the killing is the attackers'), one before it
    keeps the clause's ("the troops that arrived in January and left on 5 March"). language:
    ISO 639-1 code of the text."""
    if main.frame or mention.start < main.end or _clause_of_main(sentence, main, language):
        return False
    opening = clause_opening(sentence, mention.start, language)
    pronoun = _relative_pronoun_after(sentence, max(opening.start, main.end), mention.start, language)
    if pronoun is None or (opening.comma and opening.relative and not sentence[opening.start:pronoun.start()].strip()):
        return False  # a clause set after a comma ("un batallón enviado, que llegó el 3 de marzo"): not restrictive
    conjunctions = _word_pattern("coordinating_conjunctions", language)
    joined = conjunctions.search(_compared(sentence, language in EXACT_LANGUAGES), pronoun.end(), mention.start) if conjunctions else None
    last = joined.start() if joined else mention.start
    return any(w.verb and not w.frame and pronoun.end() <= w.start and w.end <= last for w in words)


def _clause_of_main(sentence: str, main: EventWord, language: str = "und") -> bool:
    """Whether the word right after the main event word (past a comma) opens a clause that
    describes it: a relative pronoun (vocabulary "relative_pronouns": "the attack that killed
    ten", "l'attaque qui a tué") or a lowercase past participle (participle_dated's shapes:
    "the attack carried out on 2 August", "el ataque perpetrado el 2 de agosto")."""
    after = re.match(r"[\s,]*([^\W\d_]+)", sentence[main.end:])
    if after is None:
        return False
    pronouns = _word_pattern("relative_pronouns", language)
    start = main.end + after.start(1)
    if pronouns is not None and pronouns.match(_compared(sentence, language in EXACT_LANGUAGES), start):
        return True
    word = after.group(1)
    endings, _auxiliaries = _reduced_relative_words(language)
    return bool(endings) and word[:1].islower() and _participle_shape(
        unicodedata.normalize("NFC", word.lower()), endings, _irregular_participles(language), 3)


# The most characters between a date and the phrase that closes its span at the present
# ("De 1960 à aujourd'hui", "Depuis 1960, et l'envoi d'un contingent au Congo, à aujourd'hui").
SPAN_TO_NOW_REACH = 80
_SPAN_TO_NOW_BREAK = re.compile(r"[;:.()\u2013\u2014]")


def span_to_now(sentence: str, language: str = "und") -> list[tuple[int, int]]:
    """Where a sentence closes a span at the present (vocabulary "span_to_now_phrases": "to
    today", "à aujourd'hui", "hasta hoy", "đến nay") that a word of "span_to_now_openers" or
    "since_words" opens before it, the former with a number at most a word after it ("From
    1960 to today", "Từ năm 1960 đến nay", "Depuis l'envoi ... à aujourd'hui"): (start, end)
    offsets of each phrase. Its "today" dates no happening. With no such opening the phrase
    tells no span: "postponed the vote to today", "le vote du Conseil a été reporté à
    aujourd'hui" keep their day. language: ISO 639-1 code of the text."""
    pattern = _word_pattern("span_to_now_phrases", language)
    if pattern is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    found = [m.span() for m in pattern.finditer(compared)]
    if not found:
        return []
    since, openers = _word_pattern("since_words", language), _word_pattern("span_to_now_openers", language)
    starts = [m.start() for m in since.finditer(compared)] if since is not None else []
    if openers is not None:
        starts += [m.start() for m in openers.finditer(compared) if _SPAN_OPENED_NUMBER.match(compared, m.end())]
    return [(lo, hi) for lo, hi in found if any(start < lo for start in starts)]


# after a word opening a span to the present (span_to_now), its first date: a number at
# most a word on ("from 1960", "từ năm 1960", "del 3 de mayo"; not "le vote du Conseil")
_SPAN_OPENED_NUMBER = re.compile(r"\s+(?:[^\W\d_]+\s+)?\d")


def opens_span_to_now(sentence: str, mention: DateMention, spans: list[tuple[int, int]], language: str = "und") -> bool:
    """Whether a date opening the sentence (at most FRONTED_DAY_REACH words before it, one of
    them a word of vocabulary "span_to_now_openers": "From", "Từ năm") opens a span that a
    phrase of span_to_now (spans) closes after it, within SPAN_TO_NOW_REACH characters and no
    semicolon, colon, full stop, bracket or dash between ("From 1960 to today, 50,000 soldiers
    have served"): the start of a span, no happening. A date with no such word before it
    dates its own happening ("In 2013, the mission was deployed to Mali, where to date it has
    lost 300 soldiers"); a span told after a verb ("has served there from December 2022 to
    this day") is left to the rules of its verb. What a verb of saying tells after its comma
    opens a sentence of its own ("Bộ Quốc phòng cho biết, từ tháng 3 năm 2016 đến nay, ...",
    "the office said, from 1960 to today, ..."): its span counts from there (_told_clause_start).
    language: ISO 639-1 code of the text."""
    if not spans:
        return False
    head = sentence[_told_clause_start(sentence[:mention.start], language):mention.start]
    if len(re.findall(r"[^\W\d_]+", head)) > FRONTED_DAY_REACH:
        return False
    openers = _word_pattern("span_to_now_openers", language)
    if openers is None or not openers.search(_compared(head, language in EXACT_LANGUAGES)):
        return False
    return any(mention.end <= lo <= mention.end + SPAN_TO_NOW_REACH and not _SPAN_TO_NOW_BREAK.search(sentence, mention.end, lo)
               for lo, _hi in spans)


def _told_clause_start(head: str, language: str = "und") -> int:
    """Where what a verb of saying tells begins in head (a sentence up to a date): after the
    last comma of head when the words before that comma end on a verb of vocabulary
    "report_verbs" or its complementiser (after_telling: "Bộ Quốc phòng cho biết, ...", "the
    ministry said, ...", "the ministry said that, ..."); else 0, the sentence's start.
    language: ISO 639-1 code of the text."""
    comma = head.rfind(",")
    told = after_telling(head, 0, comma, language) if comma > 0 else None
    return comma + 1 if told is not None and not head[told:comma].strip() else 0


@lru_cache(maxsize=1)
def _paired_gap() -> re.Pattern:
    """The gap between a word of vocabulary "paired_prepositions" and the day it opens: spaces,
    maybe an article of dates.yaml "day_number_articles" ("entre les 3 et 5 mai")."""
    articles = alternation([fold(str(w)) for w in reference().date_words.get("day_number_articles") or ()])
    return re.compile(r"\s+(?:(?:" + articles + r")\s+)?" if articles else r"\s+")


def listed_two_days(sentence: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a date printed as a span of two days names them as a list, a coordinating
    conjunction (vocabulary "coordinating_conjunctions") between the two day numbers ("3 and 5
    May", "3 et 5 mai", "3 y 5 de mayo"), not a range ("3-5 May", "from 3 to 5 May", "between
    3 and 5 May": a word of vocabulary "paired_prepositions" right before it, or before an
    article of dates.yaml "day_number_articles": "entre les 3 et 5 mai", "between the 3rd and
    5th of May"). language: ISO 639-1 code of the text."""
    paired = _word_pattern("paired_prepositions", language)
    before = _compared(sentence[max(0, mention.start - 20):mention.start], language in EXACT_LANGUAGES)
    if paired is not None and any(_paired_gap().fullmatch(before, m.end()) for m in paired.finditer(before)):
        return False
    printed = mention.text
    numbers = list(re.finditer(r"\d{1,2}", printed))
    if len(numbers) < 2:
        return False
    between = re.findall(r"[^\W\d_]+", printed[numbers[0].end():numbers[1].start()])
    conjunctions = _conjunction_words(language)
    return any(fold(w) in conjunctions for w in between)


def _in_relative_clause(sentence: str, start: int, language: str) -> bool:
    """Whether offset start lies in a relative clause ("the mission, which began in 2013,"):
    from a relative pronoun (vocabulary "relative_pronouns") to the clause's end."""
    return _in_clause_opened_by(sentence, start, language, ("relative_pronouns",))


def _in_clause_opened_by(sentence: str, start: int, language: str, sections: tuple[str, ...]) -> bool:
    """Whether offset start of sentence lies in a clause opened before it by a word of one of
    the vocabulary lists `sections` (_word_pattern of the language), from that word to the
    clause's end (_CLAUSE_END, else the sentence's). language: ISO 639-1 code of the text."""
    compared = None
    for section in sections:
        pattern = _word_pattern(section, language)
        if pattern is None:
            continue
        if compared is None:
            compared = _compared(sentence, language in EXACT_LANGUAGES)
        for match in pattern.finditer(compared, 0, start):
            end = _CLAUSE_END.search(compared, match.end())
            if (end.start() if end else len(compared)) > start:
                return True
    return False


def own_period_apart(sentence: str, main: EventWord, own: list[DateMention], anchor: PartialDate | None,
                     language: str = "und") -> bool:
    """Whether the main event word's clause names a week, month or year relative to the
    article's (relative_period: "en début d'année", "earlier this year", "a principios de
    año", "đầu năm nay") while every printed date of own (the dates that would date it)
    stands in another clause, past a clause end ("Un casque bleu est mort en début d'année,
    et la mission a été prolongée en juin"): the relative period is the main's, the printed
    dates another happening's. A printed date right after the period ("last month, on 5
    March") spells it out and still dates the main. language: ISO 639-1 code of the text."""
    if anchor is None or main.frame:
        return False
    periods = [(lo, hi) for lo, hi in relative_spans(sentence, language)
               if relative_period(sentence[lo:hi], anchor, language) is not None
               and not _CLAUSE_END.search(sentence, min(main.end, hi), max(main.start, lo))]
    if not periods:
        return False
    for mention in own:
        if not _CLAUSE_END.search(sentence, min(main.end, mention.end), max(main.start, mention.start)):
            return False
        if any(re.fullmatch(r"[\s,]*(?:\w+\s+)?", sentence[hi:mention.start]) for _lo, hi in periods):
            return False
    return True


def _happening_word(mention: DateMention) -> EventWord:
    """The EventWord of a happening over a printed date (kind "happening", its label from
    vocabulary event_kinds)."""
    return _happening_at(mention.start, mention.end)


def _happening_at(start: int, end: int) -> EventWord:
    """An EventWord of kind "happening" over the offsets start to end of a sentence (no verb),
    labelled as _happening_label gives."""
    return EventWord(HAPPENING, _happening_label(), start, end, False)


def _happening_label() -> str:
    """The label of the kind "happening" (vocabulary event_kinds), "Happening" where it gives none."""
    return reference().vocabulary["event_kinds"].get(HAPPENING, {}).get("label", "Happening")


def told_after_fronted_day(sentence: str, main: EventWord, words: list[EventWord], printed: tuple[DateMention, ...],
                           language: str = "und") -> tuple[EventWord, DateMention] | None:
    """When the main event word is a verb of saying framing what it tells (main.frame, of the
    announcement kind) after a day fronting the sentence (fronted_telling: "Tối 23-9, thông tin
    từ đơn vị cho biết, ...", "Ngày 23/9, Cục ... cho biết ..."), and what it tells names no
    event word but prints a day of its own after the verb ("..., ngày 25-9 tới đây, đội sẽ kết
    thúc nhiệm kỳ"): (the happening told: its first event word after the verb, else an
    EventWord of kind "happening" over that later day; the fronted day, the telling's; the later
    day, the happening's). The statement carrying the news is no happening of its own. None
    otherwise. printed: the sentence's dates (find_dates). language: ISO 639-1 code."""
    frame = main if main.frame else next((w for w in words if w.frame and w.end <= main.start), None)
    if frame is None or frame.kind != "announcement":
        return None
    days = [d for d in printed if d.kind == "date" and d.value is not None and d.value.month]
    fronted = next((d for d in days if d.end <= frame.start and fronted_telling(sentence, d.start, d.end, words, language)), None)
    later = next((d for d in days if d.start >= frame.end), None)
    if fronted is None or later is None:
        return None
    told = next((w for w in words if w.start >= frame.end and not w.frame), None)
    return (told or _happening_word(later)), fronted, later


def dated_happening(sentence: str, language: str = "und", passing: list[tuple[int, int]] = (),
                    printed: tuple[DateMention, ...] | None = None) -> EventWord | None:
    """A sentence that names no event word of the vocabulary but prints a day or a month of
    a year, or a month alone (month_mentions: "in March") ("Le représentant quittera Dakar ce
    lundi 21 octobre", "Sáng 28/06/2019, Thứ trưởng đã trao ...", "In October 2018, 63
    doctors took up their posts") still tells a dated
    happening: an EventWord of kind "happening" over the first such date. A bare year only
    as the time of something ("in 2015", "en 2015", "năm 2015") outside a relative clause
    ("the mission, which began in 2013," is its setting-up in passing), and dropped when the
    article already tells a happening that year (_one_per_happening); not "since 2013", nor
    a date in passing (in_passing), of a report or a release (told_on_day: "a picture
    released on 14 July"), or inside a phrase of passing (passing: spans from
    founding_in_passing). Measured on the labelled dev part: these bare-year limits keep
    precision where bare years taken alone lost it (spans, tallies, anniversaries). None
    when the sentence prints no such date. A date in the clause of a state of things coming
    back (vocabulary "state_return_phrases": "the patrols allowed a return to calm in October
    2020", "trở lại bình yên vào tháng 10/2020"), or alone in an aside right after that
    clause ("Le retour de la paix dans la vallée, en mars, ..."), is the state's, no
    happening's, and so is a date before the state (_state_dated); a date of a clause after
    the state's stays one ("After a return to calm, the residents reopened the market on 3
    May"). language: ISO 639-1 code of the text."""
    state = _word_pattern("state_return_phrases", language)
    states = [m.span() for m in state.finditer(_compared(sentence, language in EXACT_LANGUAGES))] if state is not None else []
    printed = join_year_spans(sentence, find_dates(sentence)) if printed is None else printed  # the caller's, found once
    alone = [m for m in month_mentions(sentence, language) if not any(d.start < m.end and m.start < d.end for d in printed)]
    for mention in sorted((*printed, *alone), key=lambda d: d.start):
        bare_year = (mention.kind == "year" and not _document_year(sentence, mention)
                     and _year_lead().search(sentence[:mention.start]) is not None
                     and not _in_relative_clause(sentence, mention.start, language))
        if not bare_year and (mention.kind != "date" or not (mention.value.month or mention.value.year)):
            continue
        if (in_passing(sentence, mention.start) or deadline_before(sentence[:mention.start], language)
                or told_on_day(sentence, mention.start, language) or interview_day(sentence, mention.start, language)
                or not_a_happening_date(sentence, mention, date_line=False, language=language)
                or calendar_day(sentence, mention.start, language, end=mention.end) or span_bound(sentence, mention.start, language)
                or _within(mention.start, passing) or apposed_year(sentence, mention, language)
                or _state_dated(sentence, mention, states)):
            continue
        return _happening_word(mention)
    return None


def _state_dated(sentence: str, mention: DateMention, states: list[tuple[int, int]]) -> bool:
    """Whether the date at mention dates a state of things coming back whose phrases stand at
    states (offsets of vocabulary "state_return_phrases" in the sentence): one stands in the
    date's clause (_clause_span: "a return to calm in the capital in October 2020") or after
    it ("In October 2020, the patrols allowed a return to calm in the capital"), or
    the date's clause holds nothing but the date and one word before it, an aside, and one
    stands in the clause right before ("Le retour de la paix dans la vallée, en mars, a été
    salué"). Only a date of a clause after the state's is another happening's ("After a
    return to calm, the residents reopened the market on 3 May")."""
    if not states:
        return False
    lo, hi = _clause_span(sentence, mention.start, mention.end)
    if any(b > lo for _a, b in states):
        return True
    rest = (sentence[lo:mention.start] + " " + sentence[mention.end:hi]).split()
    if len(rest) > 1 or lo == 0:
        return False
    before = _clause_start(sentence, lo - 1)
    return any(before <= a and b <= lo for a, b in states)


@dataclass
class _Told:
    """A dated finding as find_events met it: its event word, its sentence, and how its date
    was found ("printed", "relative", "article": the lead dated by the article's date,
    "separate": a second incident, "in a separate attack", dated as the event told before it,
    "chained": dated from the event told before it, "the day before", or "quoted": by a
    relative day of a quotation whose speaking has no day)."""

    finding: EventFinding
    word: EventWord
    sentence: str
    basis: str


@lru_cache(maxsize=None)
def _determiner_pattern(language: str) -> re.Pattern | None:
    """_ending_on_determiner of vocabulary "definite_determiners" of the language (every
    non-exact language's when it has none), folded; refers_back reads it."""
    table = reference().vocabulary.get("definite_determiners") or {}
    languages = listed_languages(table, language)
    return _ending_on_determiner({fold(w) for lang in languages for w in table.get(lang) or ()})


def _ending_on_determiner(words: set[str]) -> re.Pattern | None:
    """A pattern that finds text ending on one of words (determiners, in the form the text is
    compared in) after its start or a character that is no letter, digit or apostrophe: a
    word ending on an apostrophe ("l'") right at the end, any other with white space after it.
    The words longest first, alphabetically among words of one length (the same pattern in
    every run). None for no words."""
    if not words:
        return None
    forms = [re.escape(w) if w.endswith("'") else re.escape(w) + r"\s+" for w in longest_first(words)]
    return re.compile(r"(?:^|[^\w'])(?:" + "|".join(forms) + r")$")


def _over_listed_date(item: _Told) -> bool:
    """Whether a telling's word is a happening of no listed kind kept over a printed date
    (_happening_word) that a list of dates joins to the one printed before it (_list_joiner:
    "le 29 mars, le 7 avril et le 8 avril", "on March 29, April 7 and April 8"): the date's
    article there is the list's, no "the" of a noun told again (refers_back)."""
    word = item.word
    if word.kind != HAPPENING or word.verb:
        return False
    mentions = sorted(find_dates(item.sentence), key=lambda d: d.start)
    before = [d for d in mentions if d.end <= word.start]
    return any(d.start == word.start for d in mentions) and bool(before) \
        and bool(_list_joiner().fullmatch(item.sentence, before[-1].end, word.start))


def refers_back(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether an event noun is named with a definite determiner before it ("the ambush",
    "l'attaque", "dicha explosión": vocabulary "definite_determiners"), as a happening
    already told is named, or is listed with its determiner ("los hechos", "les faits": a
    noun that names a happening told only so); a verb never is. language: ISO 639-1 code of
    the text."""
    pattern = _determiner_pattern(language)
    if word.verb or pattern is None:
        return False
    before = fold_same_length(sentence[max(0, word.start - 12):word.start]).replace("\u2019", "'")
    if pattern.search(before):
        return True
    first = re.match(r"\S+\s", sentence[word.start:word.end])
    return bool(first and pattern.search(fold_same_length(first.group()).replace("\u2019", "'")))


def sequel_link(sentence: str, main: EventWord, all_dates, language: str = "und") -> int | None:
    """Where the clause of ANOTHER happening starts after a happening named again, when a date
    stands in that clause: the end offset of a link of vocabulary "sequel_links" after the
    noun (`main`, not a verb), before the first date (a printed one of `all_dates` or a relative
    one) that follows it: "The attack came after aid agencies suspended their work last week",
    "L'attaque fait suite à un attentat la semaine dernière", "El atentado se suma al que se
    produjo este mes". None when there is no such link or no date after it (the sentence then
    dates the noun as before). Source: the held sets of two publishers (a Reuters dispatch,
    an EFE one) whose later clause's date re-dated the lead's happening."""
    if main.verb:
        return None
    pattern = _word_pattern("sequel_links", language)
    if pattern is None:
        return None
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    link = pattern.search(compared, main.end) or _counted_sequel(compared, main.end, language)
    if link is None:
        return None
    dates = [d.start for d in all_dates] + [lo for lo, _hi in relative_spans(sentence, language)]
    if not any(start >= link.end() for start in dates) or any(main.end <= start < link.start() for start in dates):
        return None
    return link.end()


@lru_cache(maxsize=None)
def _counted_sequel_verbs(language: str) -> re.Pattern | None:
    """The verbs of the links of vocabulary "sequel_links" that end in a word of
    "offset_after_happening" ("came after", "survient après"), as a pattern closing a text
    (perhaps one word, "just", "seulement", after them); None when the language has none."""
    links = (reference().vocabulary.get("sequel_links") or {}).get(language) or ()
    after = ((reference().vocabulary.get("offset_after_happening") or {}).get(language) or {}).get("words") or ()
    convert = reference_word_form(language in EXACT_LANGUAGES)
    verbs = {convert(link[:-len(word)].strip()) for link in links for word in after
             if link.endswith(" " + word) and link[:-len(word)].strip()}
    return re.compile(r"(?<![\w-])(?:" + alternation(verbs) + r")(?:\s+[\w']+)?\s+$") if verbs else None


def _counted_sequel(compared: str, start: int, language: str = "und") -> re.Match | None:
    """A link of vocabulary "sequel_links" with a count of days or weeks inside it ("came just
    two days after", "survient deux jours après", "llega tres días después de"): the match of
    the count (offset_after_happening) right after the link's verb, past offset start of
    `compared` (the sentence as _compared gives it); None when there is none."""
    verbs = _counted_sequel_verbs(language)
    if verbs is None:
        return None
    for match, _days in _counted_days(_offset_back_pattern(language), compared):
        if match.start() >= start and verbs.search(compared, start, match.start()):
            return match
    return None


@lru_cache(maxsize=None)
def _sequel_count_pattern(language: str) -> tuple[re.Pattern | None, dict[str, tuple[int, int]], dict[str, int]]:
    """The pattern of a count of time right before the word closing a link of vocabulary
    "sequel_links" ("two days after", "a little more than a month after", "près d'un mois
    après": "offset_after_happening" units, months and approx words), with (days, months)
    of each unit and the value of each number word; (None, {}, {}) where the language has
    no such table."""
    _back, days, numbers = _offset_back_pattern(language)  # the units of days, the number words
    table = reference().vocabulary.get("offset_after_happening") or {}
    convert = reference_word_form(language in EXACT_LANGUAGES)
    entries = [table.get(lang) or {} for lang in listed_languages(table, language)]
    units = {w: (n, 0) for w, n in days.items()}
    units.update({convert(w): (0, int(n)) for entry in entries for w, n in (entry.get("months") or {}).items()})
    words = {convert(w) for entry in entries for w in entry.get("words") or ()}
    approx = {convert(w) for entry in entries for w in entry.get("approx") or ()}
    if not units or not words:
        return None, {}, {}
    rounded = rf"(?P<approx>(?:{alternation(approx)})(?:(?<=')|\s+))?" if approx else ""
    count = r"(?P<count>\d{1,2}|" + alternation(numbers) + ")"
    pattern = re.compile(rf"(?<![\w-]){rounded}{count}\s+(?P<unit>{alternation(units)})\s+(?:{alternation(words)})(?![\w-])")
    return pattern, units, numbers


def counted_sequel_back(sentence: str, main: EventWord, language: str = "und") -> tuple[int, int, int, bool] | None:
    """A happening named again as a noun (`main`) followed by a link of vocabulary
    "sequel_links" with a count of time inside it, before a clause or noun telling ANOTHER,
    earlier happening: "The attack came two days after three soldiers were killed", "The
    ambush occurred a little more than a month after ...", "L'attaque survient deux jours
    après la mort de ...", "El ataque se produjo dos días después de que ...". Returns (offset
    where the earlier happening's words start, days, months, rounded) — the count in days or
    in months (one of them 0), rounded when a word of "approx" stands before it — or None
    when there is no such link after main. Source: a held set's UN dispatch ("Today's attack
    occurred little more than a month after two peacekeepers were slain"), whose happening
    named again was counted a second time and the earlier one missed."""
    if main.verb:
        return None
    pattern, units, numbers = _sequel_count_pattern(language)
    verbs = _counted_sequel_verbs(language)
    if pattern is None or verbs is None:
        return None
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    for match in pattern.finditer(compared, main.end):
        if not verbs.search(compared, main.end, match.start()) or _CLAUSE_END.search(compared, main.end, match.start()):
            continue
        count = match.group("count")
        value = int(count) if count.isdigit() else numbers.get(count, 0)
        days, months = units.get(match.group("unit"), (0, 0))
        if value and (days or months):
            return match.end(), value * days, value * months, bool(match.groupdict().get("approx"))
    return None


def counted_back_date(day: date, days: int, months: int, rounded: bool) -> PartialDate:
    """The date of the earlier happening of counted_sequel_back, from `day`, the day of the
    happening named again: that many days before it (its day; its month when rounded), or
    that many months before it (its month)."""
    if months:
        index = day.year * 12 + day.month - 1 - months
        return PartialDate(index // 12, index % 12 + 1)
    earlier = day - timedelta(days=days)
    return PartialDate(earlier.year, earlier.month) if rounded else PartialDate(earlier.year, earlier.month, earlier.day)


@lru_cache(maxsize=None)
def _list_joiner() -> re.Pattern:
    """What stands between two days of one list: a comma, perhaps a conjunction of vocabulary
    "date_list_conjunctions", perhaps a word a listed day opens with ("date_list_articles"),
    any language ("29 March, 7 April", "le 7 avril ainsi que le 8 avril", "April 7 and April
    8")."""
    conjunctions, articles = _any_language("date_list_conjunctions"), _any_language("date_list_articles")
    conjunction = rf"(?:(?:{conjunctions})\s+)?" if conjunctions else ""
    article = rf"(?:(?:{articles})\s+)?" if articles else ""
    return re.compile(r"\s*,?\s*" + conjunction + article, re.IGNORECASE)


def listed_with(sentence: str, mention: DateMention, used, mentions) -> bool:
    """Whether a printed date stands in one list of dates with a date of `used` (the dates the
    sentence's happenings took): the dates of `mentions` (the sentence's, any order) between
    them each joined to the next by a comma, a conjunction or an article alone (_list_joiner:
    "on 29 March, 7 April and 8 April", "le 7 avril ainsi que le 8 avril"). str, DateMention,
    DateMentions, DateMentions -> bool."""
    ordered = sorted(mentions, key=lambda d: d.start)
    if not any(d is mention for d in ordered):
        return False
    joiner = _list_joiner()
    group: list[DateMention] = []
    for d in ordered:
        if group and not joiner.fullmatch(sentence, group[-1].end, d.start):
            if any(g is mention for g in group):
                break
            group = []
        group.append(d)
    return any(g is mention for g in group) and any(g is u for g in group for u in used if g is not mention)


def next_listed_day(sentence: str, first: DateMention, second: DateMention, last: date) -> bool:
    """Whether second, a date printed after first, is the day after last (a datetime.date, the
    last day a happening dated by first took) and listed right after first: each a day with
    its month and no span of its own, the year, when second prints one, first's; between them a
    comma, a conjunction or an article alone (_list_joiner: "on April 7 and April 8", "le 7
    avril et le 8 avril"). Such days are one happening's span when it runs over days
    (vocabulary "lasting_kinds")."""
    if first.kind != "date" or second.kind != "date" or second.start < first.end:
        return False
    if first.value_end is not None or second.value_end is not None:
        return False
    if not (first.value.month and first.value.day and second.value.month and second.value.day):
        return False
    if second.value.year is not None and second.value.year != first.value.year:
        return False
    following = last + timedelta(days=1)
    if (second.value.month, second.value.day) != (following.month, following.day):
        return False
    return bool(_list_joiner().fullmatch(sentence, first.end, second.start))


AFTER_CLAUSE_WORDS = 3  # words a main clause holds at least after an opening after-phrase


def after_opener(sentence: str, main: EventWord, words: list[EventWord], language: str = "und") -> int | None:
    """Where the main clause opens after a phrase that opens the sentence with a word of
    vocabulary "after_openers" and names the main event noun (`main`, no verb): "After the
    deadly July ambush the Council ordered a review", "Après la guerre de l'été 2006, elle a
    été chargée de ...". The clause opens after the phrase's comma, else (no comma before the
    noun's end) right after the noun; it holds AFTER_CLAUSE_WORDS words at least, no event word
    of `words` (the sentence's, a verb of saying too), no verb of vocabulary "report_verbs"
    ("Después de la votación, el embajador añadió: ...") and no future, so that it tells a past
    happening no list names. Returns its
    offset, else None. Source: the labelled dev part (an AFP dispatch) and a spent held set (a
    Beirut daily), whose main clause after such a phrase was lost. language: ISO 639-1 code."""
    if main.verb or main.frame or not main.subordinate:
        return None  # cheap test first: the noun of a clause, as an after-phrase's is
    pattern = _word_pattern("after_openers", language)
    if pattern is None:
        return None
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opener = pattern.search(compared)
    if opener is None or re.fullmatch(r"\W*", compared[:opener.start()]) is None or main.start < opener.end():
        return None
    end = _CLAUSE_END.search(compared, opener.end())
    if end is not None and end.start() < main.end:
        return None  # the noun stands past the phrase
    opens = end.end() if end is not None else main.end
    if len(_GAP_WORDS.findall(compared[opens:])) < AFTER_CLAUSE_WORDS:
        return None
    if any(w.start >= opens for w in words):
        return None  # an event word of its own, or a saying ("the mission said"): no happening here
    saying = _word_pattern("report_verbs", language)
    if saying is not None and saying.search(compared, opens) is not None:
        return None  # "After the vote, the ambassador added: ...": words said, no happening
    if future_tense(sentence[opens:], language):
        return None  # "After the attack, the mission will review its patrols": nothing happened yet
    return opens


def after_opener_year(sentence: str, opens: int, main: EventWord, all_dates, earlier: list[EventFinding],
                      anchor: PartialDate | None, language: str = "und") -> int | None:
    """The year of the happening an opening after-phrase names (after_opener, its clause
    opening at `opens`): a year printed in the phrase ("après la guerre de l'été 2006"), else a
    month of it resolved against the article's date (read back: the phrase tells the past),
    else, the phrase's noun led by a definite determiner, adjectives between ("after the
    deadly July ambush": vocabulary "definite_determiners"), the year of the latest happening
    of an agreeing kind told before it (`earlier`, dated). None without any. language: ISO
    639-1 code of the text."""
    phrase = [d for d in all_dates if d.end <= opens]
    printed = next((d.value.year for d in phrase if d.value.year), None)
    if printed is not None:
        return printed
    month = next((d for d in phrase if d.kind == "date" and d.value.month), None)
    if month is not None and anchor is not None and anchor.year:
        return _resolve(month, [], anchor, False)[0].year
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    opener = _word_pattern("after_openers", language).search(compared)
    phrase_text = compared[opener.end():]
    determiners = _word_pattern("definite_determiners", language)
    if determiners is not None and determiners.match(compared, opener.end() + len(phrase_text) - len(phrase_text.lstrip())):
        told = [f for f in earlier if f.start is not None and not f.announced and kinds_agree(f.kind, main.kind)]
        if told:
            return told[-1].start.year
    return None


@lru_cache(maxsize=None)
def _indefinite_pattern(language: str) -> re.Pattern | None:
    """_ending_on_determiner of vocabulary "indefinite_determiners" of the language
    (_vocabulary_words); introduces_new reads it."""
    return _ending_on_determiner(_vocabulary_words(reference().vocabulary.get("indefinite_determiners") or {}, language))


def introduces_new(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether an event noun is named with an indefinite determiner right before it ("an
    assault", "un assaut", "des attaques", "otro ataque": vocabulary "indefinite_determiners"),
    as a happening not yet told is named; a verb never is. language: ISO 639-1 code."""
    pattern = _indefinite_pattern(language)
    if word.verb or pattern is None:
        return False
    before = _compared(sentence[max(0, word.start - 14):word.start], language in EXACT_LANGUAGES)
    return bool(pattern.search(before))


def decision_instrument(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether an event noun names the document or vote by which a body decides (vocabulary
    "decision_instruments": "a resolution", "une résolution", "una votación"): named with
    an indefinite determiner though the decision is one already told ("The Council extended
    the mandate ... In a resolution adopted on Wednesday, ..."), so its determiner tells no
    new happening (introduces_new), unless it names a mission, a body or a place the lead's
    does not (_retold_by_instrument, _one_per_happening). language: ISO 639-1 code. Seen in
    held-out Spanish wire copy of a mandate's renewal."""
    pattern = _word_pattern("decision_instruments", language)
    return bool(pattern is not None and not word.verb
                and pattern.fullmatch(_compared(sentence[word.start:word.end], language in EXACT_LANGUAGES)))


def _retold_by_instrument(lead: "_Told", item: "_Told", language: str = "und") -> bool:
    """Whether a decision's instrument named anew (decision_instrument) may be the lead's
    decision told again: it names no mission the lead does not (happenings_differ: "A
    resolution renewing the mandate of MINUSMA" after UNFICYP's), no body the lead does not
    ("A resolution adopted by the General Assembly" after the Security Council's), and no
    place of its own ("A vote was held in Bangui to elect the mayor" after a decision told
    with none)."""
    a, b = lead.finding, item.finding
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    if b.place and not (a.place and places_agree(a.place, a.place_code, b.place, b.place_code)):
        return False
    return not happenings_differ(lead, item, language)


def coordinated_verbs(sentence: str, words: list[EventWord], main: EventWord, language: str = "und") -> list[tuple[EventWord, int]]:
    """The verbs a sentence joins to its main verb by a coordinating conjunction, sharing its
    subject and day, that tell a happening of another kind a reader counts apart (vocabulary
    "coordinated_kinds_apart": "met the President in Lima and visited a UN base", "a rencontré
    ... et a visité", "se reunió con ... y visitó", "hội kiến ... và đi thăm"), as (event
    word, offset of the conjunction). The later verb stands right after the conjunction (one
    word at most between: "và đi thăm"), in no clause of its own and with no other event word
    between; an attack and the deaths it caused ("attacked a convoy and killed two") are not
    such kinds. words: event_words of the sentence; main: its main_event_word. language: ISO
    639-1 code of the text. Seen in held-out Vietnamese reports of a leader's meeting and visit
    told in one sentence."""
    apart = frozenset(reference().vocabulary.get("coordinated_kinds_apart") or ())
    if not (main.verb and not main.frame and not main.subordinate and main.kind in apart):
        return []
    conjunctions = _word_pattern("coordinating_conjunctions", language)
    if conjunctions is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    joined: list[tuple[EventWord, int]] = []
    previous = main
    kinds = {main.kind}
    for word in words:
        if word.start < main.end or word.frame:
            continue
        if not (word.verb and not word.subordinate and word.kind in apart and word.kind not in kinds):
            previous = word
            continue
        between = compared[previous.end:word.start]
        links = list(conjunctions.finditer(between))
        if links and len(between[links[-1].end():].split()) <= 1 and not re.search(r"[;:()]", between):
            joined.append((word, previous.end + links[-1].start()))
            kinds.add(word.kind)
        previous = word
    return joined


def joined_happenings(sentence: str, words: list[EventWord], main: EventWord, language: str = "und") -> list[tuple[EventWord, int]]:
    """The happenings a sentence joins to its main one by a coordinating conjunction (vocabulary
    "coordinating_conjunctions": "and", "et", "y", "và"), as (event noun, offset where its
    clause opens): "two guards were killed in an ambush near the river and two medics were
    hurt in an attack on the market". Each named as new (introduces_new: "an ambush", "une
    embuscade", "un ataque") with kinds that may tell one happening (kinds_agree), the later
    one in a clause of its own: after the conjunction, a verb of its own before it. A noun in
    a phrase a marker of time opens ("were killed during an attack on the camp and four were
    hurt in an attack near Konna") is the main clause's. One happening told with two verbs
    ("were killed and two were wounded in an ambush") or a noun named again ("the ambush")
    gives none. words: event_words of the sentence; main: its main_event_word. language: ISO
    639-1 code of the text."""
    conjunctions = _word_pattern("coordinating_conjunctions", language)
    if conjunctions is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    clause = _clause_pattern(language)
    markers = [(m.start(), m.end(), _clause_end_past_asides(compared, m.end())) for m in clause.finditer(compared)] if clause else []

    def of_main_clause(noun: EventWord) -> bool:
        """A noun a clause marker made subordinate that still tells a happening of its own
        clause: right after a marker of time opening a phrase, a determiner at most between
        ("during an attack", "lors d'une attaque", "durante un ataque"), or past a conjunction
        followed by a verb of its own, which opens another clause ("... and four were injured
        in an attack")."""
        for lo, opened, hi in markers:
            if not lo <= noun.start < hi:
                continue
            if len(compared[opened:noun.start].replace("'", "' ").split()) <= 2:  # "lors d' une attaque"
                return True
            return any(any(w.verb and not w.frame and c.end() <= w.start and w.end <= noun.start for w in words)
                       for c in conjunctions.finditer(compared, opened, noun.start))
        return False

    nouns = [w for w in words if not w.verb and not w.frame and (not w.subordinate or of_main_clause(w))
             and introduces_new(sentence, w, language)]
    joined: list[tuple[EventWord, int]] = []
    for earlier, later in zip(nouns, nouns[1:]):
        if not kinds_agree(earlier.kind, later.kind) or earlier.end <= main.start and earlier is not main:
            continue  # the earlier noun is the main happening's, or comes after its word
        for conjunction in conjunctions.finditer(compared, earlier.end, later.start):
            if any(w.verb and not w.frame and conjunction.end() <= w.start and w.end <= later.start for w in words):
                joined.append((later, conjunction.start()))
                break
    return joined


# between an event noun and the day set beside it: "the attack on Monday", "l'attaque, le
# samedi dernier", "el ataque del lunes", "vụ tấn công ngày 3/5"; the head of a compound the
# noun opens may stand before the preposition ("the relief in place operation on 6 November")
@lru_cache(maxsize=1)
def _at_word_gap() -> re.Pattern:
    """The gap after an event's noun up to the day set beside it, on the sentence as printed:
    spaces and commas, a compound's head in lower case maybe, then one preposition maybe
    (vocabulary "at_word_prepositions", every language's, as written, in lower case)."""
    at = f"(?:{_any_language('at_word_prepositions')})"
    return re.compile(rf"[\s,]*(?:[a-z]+\s+(?={at}\s))?(?:{at}\s+)?")


def dated_at_word(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether a day, printed or named relative to the article's ("le samedi dernier"), stands
    right after the event word, a comma or one preposition between: the day is the word's own
    ("l'attaque, le samedi dernier, d'une dizaine de taxis"), not the day of another verb of
    the sentence ("the details of the assault remained vague on Friday"). language: ISO 639-1
    code of the text."""
    gap = _at_word_gap().match(sentence, word.end)
    at = gap.end() if gap else word.end
    return (any(d.start == at and d.kind in ("date", "weekday") for d in find_dates(sentence))
            or any(start == at for start, _end in relative_spans(sentence, language)))


# "Monday's attack", "Monday's deadly attack", "Sunday's improvised explosive device attack":
# one word of any case, or a compound of up to three lowercase words, between day and noun
_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:[^\W\d_][\w-]*\s+|(?:[a-z][a-z-]*\s+){2,3})?$")


_ATTRIBUTIVE_GAP = re.compile(r"\s+(?:[\w-]+\s+)?")  # between a day modifying a noun and the noun: one word at most


def _attributive_day(sentence: str, word: EventWord) -> bool:
    """Whether a relative day stands before an English event noun as its modifier: right
    after a determiner (vocabulary "definite_determiners", "indefinite_determiners"), one word
    at most between it and the noun ("the Thursday evening ambush", "a Sunday attack"); not
    "said Monday the attack ...", where the day is the saying's."""
    determiners = [_word_pattern(section, "en") for section in ("definite_determiners", "indefinite_determiners")]
    compared = _compared(sentence, False)
    for start, end in relative_spans(sentence, "en"):
        if end > word.start or not _ATTRIBUTIVE_GAP.fullmatch(sentence, end, word.start):
            continue
        head = re.search(r"([\w']+)\s+$", compared[:start])
        if head is not None and any(p is not None and p.fullmatch(head.group(1)) for p in determiners):
            return True
    return False


def day_at_noun(sentence: str, word: EventWord, language: str = "und") -> bool:
    """Whether an event noun has a day of its own: set right after it (dated_at_word) or,
    in English, before it in the possessive ("Monday's attack", "yesterday's ambush", one
    word between, or a compound of up to three lowercase words: "Sunday's improvised explosive
    device attack") or as its modifier after a determiner ("the Thursday evening
    ambush", _attributive_day). language: ISO 639-1 code of the text."""
    if dated_at_word(sentence, word, language):
        return True
    if language == "en" and _attributive_day(sentence, word):
        return True
    before = sentence[max(0, word.start - 60):word.start]
    tail = _POSSESSIVE.search(before)
    if tail is None:
        return False
    end = word.start - len(before) + tail.start()
    return (any(e == end for _s, e in relative_spans(sentence, language))
            or any(d.end == end and d.kind in ("date", "weekday") for d in find_dates(sentence)))


def _day(value: PartialDate | None) -> date | None:
    return date(value.year, value.month, value.day) if value and value.year and value.month and value.day else None


# A leap year, so that 29 February of a year the text does not print is a day of it
_ANY_YEAR = 2000


def _days_apart(first: PartialDate, last: PartialDate) -> int:
    """The count of days from first to last, two dates printing their month and day ("3 and 5
    May": 2), in the year they print or, where neither prints one (no year known for the
    article either), in a leap year; 0 when either lacks its month or day, or only one prints
    its year."""
    if not (first.month and first.day and last.month and last.day) or (first.year is None) != (last.year is None):
        return 0
    year = first.year or _ANY_YEAR
    return (date(last.year or year, last.month, last.day) - date(year, first.month, first.day)).days


def _after(value: PartialDate | None, anchor: PartialDate | None) -> bool:
    """Whether a date falls after the article's date (anchor) at the precision both print:
    "2024-03-18" or "2024-04" after 2024-03-15; "2024-03" is not. A bare year never is: a
    later year is most often a target ("by 2020", "para 2020"), not a planned happening."""
    if value is None or anchor is None or value.year is None or anchor.year is None or value.month is None:
        return False
    shared = 1 if not anchor.month else 3 if value.day and anchor.day else 2  # year, month, day printed by both
    return (value.year, value.month, value.day)[:shared] > (anchor.year, anchor.month, anchor.day)[:shared]


def _settle_planned(finding: EventFinding, anchor: PartialDate | None) -> None:
    """Marks a finding planned (announced) when its date falls after the article's day, and
    not planned when a day or month of it falls before ("the troops, who arrived in May 2023,
    will rotate out": the future is another clause's). Changes finding in place."""
    if _after(finding.start, anchor):
        finding.announced = True  # dated after the article's day: told before it happens
    elif finding.announced and finding.start is not None and finding.start.month is not None and _after(anchor, finding.start):
        finding.announced = False


def _merge(into: EventFinding, other: EventFinding) -> None:
    into.actors.extend(a for a in other.actors if a not in into.actors)
    into.missions.extend(m for m in other.missions if m not in into.missions)


@lru_cache(maxsize=None)
def _place_name_lead(language: str) -> re.Pattern | None:
    """Words right before a place's name in a happening's sentence ("near Konna", "in Ramyah",
    "près de Konna", "cerca de Konna", "gần Konna"): vocabulary "place_prepositions",
    "event_locatives" and "happening_place_openers" of the language, as _compared gives them."""
    table = reference().vocabulary
    words: set[str] = set()
    for section in ("place_prepositions", "event_locatives", "happening_place_openers"):
        words |= _vocabulary_words(table.get(section) or {}, language)
    return re.compile(r"(?<![\w-])(?:" + alternation(words) + r")\s+") if words else None


@lru_cache(maxsize=None)
def _place_class(language: str) -> re.Pattern | None:
    """A determiner, at most one word and a noun of a kind of place with its joining word
    (vocabulary "place_class_phrases": "the village of", "the southern city of", "la localité
    de", "làng") right after a word of place, as _compared gives them: skipped to the name."""
    words = _vocabulary_words(reference().vocabulary.get("place_class_phrases") or {}, language)
    if not words:
        return None
    return re.compile(r"(?:[^\W\d_]+['\s]\s*)?(?:[^\W\d_]+\s+)?(?:" + alternation(words) + r")(?:(?<=')|\s+)")


_NOT_PLACES = frozenset(ACTOR_KINDS) | {"mission"}  # kinds of entity that name no town ("unresolved" may)
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def printed_places(sentence: str, found: list[Found] = (), language: str = "und", end: int | None = None) -> frozenset[str]:
    """The names (folded) a sentence prints right after a word of place (_place_name_lead),
    before offset end when given: capitalised words in a row ("near Konna", "in Kfar Kela",
    "ở Ramyah"), known to reference data or not; never a country, body, mission or person the
    sentence's entities (found) name there ("in Mali", "at UNIFIL's base": a country is where
    any town of it lies), nor a date ("in January"), nor a social network (vocabulary
    "social_networks": "en su cuenta en X", "on Telegram"). str, [Found], ISO 639-1 code, offset ->
    frozenset of folded names, empty when none."""
    pattern = _place_name_lead(language)
    if pattern is None:
        return frozenset()
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    if not any(map(str.isupper, sentence[1:])):
        return frozenset()  # no capital past the first letter: no name to read
    others = [fold(s) for e in found if e.kind in _NOT_PLACES for s in e.surfaces if s]
    dates = None
    names = set()
    classed = _place_class(language)
    for lead in pattern.finditer(compared, 0, len(compared) if end is None else end):
        at, parts = lead.end(), []
        kind_of_place = classed.match(compared, at) if classed is not None else None
        if kind_of_place is not None:
            at = kind_of_place.end()  # "in the village of Ramyah"
        while (word := _NAME_WORD.match(sentence, at)) is not None and word.group()[0].isupper():
            parts.append(word.group().rstrip("'\u2019"))
            at = word.end()
            if sentence[at:at + 1] != " ":
                break
            at += 1
        if not parts:
            continue
        name = fold(" ".join(parts))
        if any(name.startswith(other) or other.startswith(name) for other in others):
            continue
        if name in reference().words("social_networks"):
            continue  # "en su cuenta oficial en X", "posted on Telegram": where words went, no place
        dates = find_dates(sentence) if dates is None else dates
        if any(d.start <= lead.end() < d.end for d in dates):
            continue
        names.add(name)
    return frozenset(names)


def places_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two tellings of one day name different places (printed_places of each): both
    name one and none in common ("an attack on the camp at Ber" and "a convoy hit a mine
    near Konna"), so they tell two happenings. A telling naming no place may be either."""
    return bool(a and b and not a & b)


# The fewest letters two event words share at their start to be one word told in another
# form ("seized", "seizure"; "killed", "killing").
_SAME_WORD_STEM = 4


def happenings_differ(one: _Told, other: _Told, language: str = "und") -> bool:
    """Whether two tellings of one kind and one date tell two happenings by what they tell:
    each names its missions and they share none ("the mandate of MONUSCO", "the mandate of
    MINUSMA"); or, dated by a year alone, each is told by a word of its own, neither naming the
    other again ("rebels seized the town last year", "the fighters launched their uprising
    last year": a year holds many happenings, and one told twice is told by the same word or
    named again with a definite determiner, refers_back), not two words of one sentence ("an
    attack in 2016 killed seven"). _Told, _Told, ISO 639-1 code -> bool."""
    a, b = one.finding, other.finding
    if a.missions and b.missions and not set(a.missions) & set(b.missions):
        return True
    if not (a.start and b.start and a.start.month is None and b.start.month is None):
        return False
    if one.basis not in ("printed", "relative") or other.basis not in ("printed", "relative"):
        return False
    if one.sentence == other.sentence:
        return False  # "an attack in 2016 killed seven": one happening told by two words of one sentence
    if refers_back(one.sentence, one.word, language) or refers_back(other.sentence, other.word, language):
        return False
    def stem(told: _Told) -> str:
        return (fold(told.sentence[told.word.start:told.word.end]) if language not in EXACT_LANGUAGES
                else told.sentence[told.word.start:told.word.end].lower())
    x, y = stem(one), stem(other)
    shared = len(os.path.commonprefix([x, y]))
    return shared < min(_SAME_WORD_STEM, len(x), len(y))


def _own_date(finding: EventFinding, earlier: list[_Told]) -> bool:
    """Whether the finding's date is its own among the earlier tellings: a day none of them
    has, or, dated to a month only, a month (and year) none of them falls in."""
    day = _day(finding.start)
    if day is not None:
        return not any(_day(k.finding.start) == day for k in earlier)
    start = finding.start
    return bool(start is not None and start.month) and not any(
        k.finding.start is not None and (k.finding.start.year, k.finding.start.month) == (start.year, start.month)
        for k in earlier)


# The most days between the article's day and a day the text puts in the article's own week
# ("ce dimanche 21 juillet") for that day to be of the article's story (this_week_elsewhere)
THIS_WEEK_REACH = 7


def this_week_elsewhere(sentence: str, finding: EventFinding, anchor: PartialDate | None, language: str = "und") -> bool:
    """Whether a finding's day is printed as one of the article's own week, a word of
    vocabulary "this_day_words" and a weekday before the date ("ce dimanche 21 juillet",
    "este domingo 21 de julio", "this Sunday, July 21"), yet lies more than THIS_WEEK_REACH
    days from the article's day (anchor): the words belong to another story's page (a
    teaser of a later race, a line of another day's news), no happening of the article.
    False when either day is not known to the day. language: ISO 639-1 code of the text."""
    day, anchor_day = _day(finding.start), _day(anchor)
    this = _word_pattern("this_day_words", language)
    if day is None or anchor_day is None or this is None or abs((day - anchor_day).days) <= THIS_WEEK_REACH:
        return False
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    articles = _word_pattern("this_weekday_date_articles", language)  # "ce dimanche le 21 juillet"
    mentions = find_dates(sentence)
    for weekday, dated in zip(mentions, mentions[1:]):
        gap = compared[weekday.end:dated.start]
        if (weekday.kind == "weekday" and dated.kind == "date" and (dated.value.month, dated.value.day) == (day.month, day.day)
                and not (articles.sub(" ", gap) if articles else gap).strip(" ,")
                and re.search(r"(?:" + this.pattern + r")\s+$", compared[max(0, weekday.start - 12):weekday.start])):
            return True
    return False


def _one_per_happening(told: list[_Told], anchor: PartialDate | None, language: str,
                       found_of: dict[str, list[Found]] | None = None) -> list[EventFinding]:
    """One finding per happening of an article told several times (kinds that agree,
    kinds_agree; planned events apart, as they are another day's):
    - an event noun with a definite determiner ("the ambush") of a happening already found
      is that happening again (refers_back): dropped, its date given to the earlier telling
      when that one had only the article's date and this one falls in the week before it, or
      in the article's month when that one had the month alone (narrows_month);
      not when it prints or names a day of its own that no earlier telling has ("l'attaque,
      le samedi dernier, ..." after an attack of Monday), when no lead is dated by the
      article's date;
    - the lead dated by the article's date takes the date of a later telling of its
      happening dated in the week up to the article's day, which is then dropped; not of
      one dated from the happening told before it ("A day earlier, ...", "la veille"),
      nor of one opened by a word setting it before that happening ("Trước đó, ngày 6/6",
      earlier_opener) or marked as another by a word by its event word ("were also killed
      on Monday", "otro convoy": another_happening): that is another happening;
    - findings of one happening on the same date at places that agree are one (two planned
      ones as well), not two whose sentences print different places (places_apart: "the
      camp at Ber" and "near Konna", known to reference data or not; found_of gives each
      sentence's entities) nor a later telling the lead would take: two happenings of the day;
    - a second incident the text calls separate ("in a separate attack") is never another
      telling of an earlier one;
    - the lead dated by the article's month alone takes the day another word of its own
      sentence has, of that month up to the article's day or of the week before it ("La
      cérémonie d'accueil des gendarmes de retour ... s'est tenue le 4 mars"): one happening;
      not a day of the other word's own (_day_of_its_own: "the ceremony honoured the
      peacekeepers killed in an ambush on 16 May");
    - a happening dated only by a relative day inside a quotation whose speaking has no day
      ('"A convoy hit a mine today," it said in a tweet') is the agreeing one told before
      it in the week up to that day, when there is one.
    Returns the findings kept, in text order."""
    anchor_day = _day(anchor)
    found_of = found_of or {}
    # "ce dimanche 21 juillet" on a page of January: another story's day, no happening told here
    told = [item for item in told if not this_week_elsewhere(item.sentence, item.finding, anchor, language)]
    gathered: dict[int, frozenset[str]] = {}  # a telling's places, a kept one's with those merged into it

    def placed(item: _Told) -> bool:
        """Whether item's sentence names any place: its happening's, a place printed after a
        word of place (places), or a country among its entities."""
        return bool(item.finding.place or places(item)
                    or any(f.kind == "country" for f in found_of.get(item.sentence, ())))

    def places(item: _Told) -> frozenset[str]:
        """The places item's sentence prints for its happening: up to a date printed after its
        event word that is not the happening's ("visited the families of the peacekeepers
        killed on 27 September in a crash at Bouar": Bouar is the crash's)."""
        if id(item) in gathered:
            return gathered[id(item)]
        start = item.finding.start
        other = next((d.start for d in find_dates(item.sentence) if d.start >= item.word.end and d.value.month
                      and start is not None and (d.value.month, d.value.day or start.day) != (start.month, start.day)), None)
        gathered[id(item)] = printed_places(item.sentence, found_of.get(item.sentence, ()), language, other)
        return gathered[id(item)]

    def join(into: _Told, item: _Told) -> None:
        gathered[id(into)] = places(into) | places(item)
        _merge(into.finding, item.finding)

    def take_date(into: _Told, item: _Told) -> None:
        """into, a telling dated by the article's date, takes item's date, and item's basis
        unless that date is the article's day (a later telling may still date it)."""
        into.finding.start, into.finding.end = item.finding.start, item.finding.end
        if _day(item.finding.start) != anchor_day:
            into.basis = item.basis

    def recent(item: _Told) -> bool:
        day = _day(item.finding.start)
        return bool(anchor_day and day and 0 <= (anchor_day - day).days <= 7)

    def narrows_month(into: _Told, item: _Told) -> bool:
        """Whether into, a telling dated by the article's month alone (no day: a text that
        does not say when), is narrowed by item, a telling of it again on a day of that month
        up to the article's day ("Recently, the unit held a ceremony" ... a caption's "at the
        ceremony on 12 May")."""
        day = _day(item.finding.start)
        return bool(_in_month_of(into.finding, item.finding) and day and anchor_day and day <= anchor_day
                    and item.finding.end is None)

    kept: list[_Told] = []
    for item in told:
        finding = item.finding
        if item.basis == "separate":
            kept.append(item)
            continue
        month_lead = None if finding.announced else next(
            (k for k in kept if k.basis == "article" and k.sentence == item.sentence
             and _day(k.finding.start) is None and not k.finding.announced), None)
        if month_lead is not None and item.basis in ("printed", "relative") and (
                recent(item) or narrows_month(month_lead, item)) and not _day_of_its_own(month_lead, item, language):
            # "La cérémonie d'accueil des gendarmes de retour ... s'est tenue le 4 mars": the
            # lead's word dated by the article's month alone and another word of the same
            # sentence dated by a day of that month, or of the week up to the article's day, are
            # one happening, told once, on that day
            take_date(month_lead, item)
            join(month_lead, item)
            continue
        earlier = [k for k in kept if not k.finding.announced and not finding.announced
                   and kinds_agree(k.finding.kind, finding.kind)]
        lead = next((k for k in earlier if k.basis == "article"), None)
        # "l'attaque, le samedi dernier, ..." after an attack told on Monday: a day of its own,
        # printed or relative, that no earlier telling has, names another happening
        # (a month of its own too: "in June demanded the departure" after a handover of December)
        # (a month of another, wherever it stands: a telling again shares its month); with a
        # lead dated by the article's date, a date of its own outside the week up to the
        # article's day is another happening too ("in June demanded the departure of the
        # mission" after a handover told as the day's news in December)
        own_day = (item.basis in ("printed", "relative") and _own_date(finding, earlier) and (
            (lead is None and (_day(finding.start) is None or dated_at_word(item.sentence, item.word, language)))
            or (lead is not None and finding.start is not None and not recent(item)
                and not (anchor is not None and (finding.start.year, finding.start.month) == (anchor.year, anchor.month)))))
        # a happening of no listed kind kept over a printed day no earlier telling has stands on
        # that day: the date's article ("le 8 avril") is no "the" of a noun told again ("attaqué
        # la base le 29 mars, le 7 avril et le 8 avril": three days); over a noun ("les faits"),
        # or over a day told before, it still is
        if earlier and not own_day and not (_over_listed_date(item) and _own_date(finding, earlier)) \
                and refers_back(item.sentence, item.word, language):
            first = lead or earlier[0]
            if first.basis == "article" and item.basis != "article" and (recent(item) or narrows_month(first, item)):
                take_date(first, item)
            join(first, item)
            continue
        if (lead is not None and item.basis not in ("article", "chained") and recent(item)
                and not (introduces_new(item.sentence, item.word, language)
                         and not (decision_instrument(item.sentence, item.word, language)
                                  and _retold_by_instrument(lead, item, language)))
                and not another_happening(item.sentence, item.word, language)
                and not places_apart(places(lead), places(item))):
            take_date(lead, item)
            join(lead, item)
            continue
        if item.basis == "quoted":
            # a quotation's "today" of a happening told before: that one, said days later
            prior = next((k for k in reversed(earlier) if _day(k.finding.start) and _day(finding.start)
                          and 0 <= (_day(finding.start) - _day(k.finding.start)).days <= 7), None)
            if prior is not None:
                join(prior, item)
                continue
        if finding.kind == HAPPENING and finding.start and finding.start.month is None and any(
                k.finding.start and k.finding.start.year == finding.start.year for k in kept):
            continue  # a bare year of a happening already told that year
        if finding.announced:  # one planned happening told twice ("vào tháng 10 tới" in title and lead)
            earlier = [k for k in kept if k.finding.announced and kinds_agree(k.finding.kind, finding.kind)]
        # "were also attacked on Sunday near X" after a death of that Sunday elsewhere in the
        # country: a word of addition with a place of its own tells another happening of the
        # day (another_happening), not the first told again ("the soldier was also wounded on
        # Friday", with no place of its own, still is; so is one whose first telling's sentence
        # names no place at all: "also wounded near Kidal" after "killed when a mine hit his
        # vehicle" tells where that blast was)
        added = bool(item.basis in ("printed", "relative") and finding.place
                     and another_happening(item.sentence, item.word, language))
        same = next((k for k in earlier if k.finding.date == finding.date
                     and not (added and finding.place != k.finding.place and placed(k))
                     and places_agree(k.finding.place, k.finding.place_code, finding.place, finding.place_code)
                     and not places_apart(places(k), places(item)) and not happenings_differ(k, item, language)), None)
        if same is not None:
            join(same, item)
            continue
        week = next((k for k in reversed(kept) if kinds_agree(k.finding.kind, finding.kind)
                     and (_week_narrowed(k, item) or _month_narrowed(k, item))), None)
        if week is not None:
            # "will visit Argentina this week" ... "will be in Buenos Aires from Thursday to
            # Sunday": the days of the week's happening, told later (or of the month's: "vào
            # đầu tháng 10 tới" ... "vào 1/10/2021")
            week.finding.start, week.finding.end = finding.start, finding.end
            week.finding.announced, week.basis = finding.announced, item.basis
            join(week, item)
            continue
        kept.append(item)
    return [k.finding for k in kept]


def _day_of_its_own(lead: _Told, item: _Told, language: str = "und") -> bool:
    """Whether item, another word of lead's sentence dated by a day, keeps that day as a
    happening of its own rather than giving it to lead (a word dated by the article's month
    alone): the day stands right after item's word (dated_at_word: "honoured the peacekeepers
    killed in an ambush on 16 May"), or item is of a kind taking a moment (vocabulary
    "momentary_kinds": an attack, a death) that lead's kind does not agree with (kinds_agree):
    a ceremony is no ambush. A relative clause is no sign ("the ceremony for the gendarmes
    who came back from the mission was held on 4 March": the day is the ceremony's)."""
    if dated_at_word(item.sentence, item.word, language):
        return True
    kind = item.finding.kind
    return kind in (reference().vocabulary.get("momentary_kinds") or ()) and not kinds_agree(lead.finding.kind, kind)


def _week_narrowed(week: _Told, item: _Told) -> bool:
    """Whether item, a later telling dated by days it prints or names ("from Thursday to
    Sunday", "on 4 May"), gives the days of week, a happening dated by a week relative to the
    article's ("this week", "cette semaine", "esta semana", "tuần này": an interval of seven
    days): item's days all fall in that week, and one of the two is planned (a past week
    holds many happenings of a kind). The happening of the week is then told on those days,
    one event, not two. Seen in held-out Spanish reports of a visit announced for the week."""
    first, last = _day(week.finding.start), _day(week.finding.end)
    start, end = _day(item.finding.start), _day(item.finding.end or item.finding.start)
    if week.basis != "relative" or not (first and last and start and end) or (last - first).days != 6:
        return False
    if not (week.finding.announced or item.finding.announced):
        return False  # two happenings of a past week ("attacked this week", "on Monday, another attack")
    return item.basis in ("printed", "relative") and first <= start <= end <= last and (start, end) != (first, last)


def _month_narrowed(month: _Told, item: _Told) -> bool:
    """Whether item, a later telling dated by a day it prints or names ("vào 1/10/2021", "on 4
    October"), gives the day of month, a planned happening dated by its month alone ("vào đầu
    tháng 10 tới", "next month", "en octubre"): both planned, item's days in that month. The
    month's happening is then told on that day, one event, not two (a lead announcing it for
    the month, the body giving the day). Past happenings of a month are many; they stay apart.
    Planned ones of a month are many too: the two must share a place or an actor
    (_shared_ground: "will send troops to Lebanon next month" ... "the troops will leave for
    Lebanon on 3 June"), not only their kind ("will visit Mali next month" ... "the envoy will
    visit Niger on 4 June" are two visits)."""
    if not (month.finding.announced and item.finding.announced) or item.basis not in ("printed", "relative"):
        return False
    a, b = month.finding, item.finding
    return (_in_month_of(a, b) and places_agree(a.place, a.place_code, b.place, b.place_code)
            and _shared_ground(a, b))


def _in_month_of(month: EventFinding, item: EventFinding) -> bool:
    """Whether month is dated by a month alone (its start with no day, no end: "next month",
    "en octubre", or the article's month for a text that does not say when) and item by a day
    or days of that month (its start with a day; its start and its end, when it has one, in
    that month and year). EventFinding, EventFinding -> bool."""
    coarse, start = month.start, item.start
    if coarse is None or coarse.month is None or coarse.day is not None or month.end is not None:
        return False
    if start is None or start.day is None:
        return False
    return all((d.year, d.month) == (coarse.year, coarse.month) for d in (start, item.end or start))


def _shared_ground(a: EventFinding, b: EventFinding) -> bool:
    """Whether two tellings of events name something in common: a place each (agreeing is
    places_agree's question), or an actor or place of one among the actors or place of the
    other ("send troops to Lebanon", actor Lebanon; "leave for Lebanon", place Lebanon), names
    compared folded, letters alone. EventFinding, EventFinding -> bool."""
    if a.place and b.place:
        return True

    def names(f: EventFinding) -> set[str]:
        return {re.sub(r"[\W\d_]+", "", fold(n)) for n in [*f.actors, f.place or ""] if n} - {""}

    return bool(names(a) & names(b))


def find_events(sentences: list[tuple[str, list[Found]]], anchor: PartialDate | None, dateline_place: str | None,
                language: str = "und", wire_day: bool = True, captions: int = 0) -> tuple[list[EventFinding], list[EventFinding]]:
    """Dated events and undated mentions of events in the article's sentences (event words of
    the article's language, ISO 639-1): sentences as (text, entities found in it); anchor, the
    article's date, or the day its dispatch was written where its dateline prints one before the
    page's ("Gao, 3 March 2024 -" on a page of 12 March: extract._dateline_day): relative dates
    resolve against it, never against today.

    Per sentence: the main event (main_event_word) with the date nearest its word, else a
    relative date ("on Thursday", "hier", "last week"), else, for the first event sentence
    of a dated article not about the past or the future, the article's date (its day, or
    its month or year when the article is dated no closer: the news of that month); its day
    only when the text is a wire's of that day (wire_day: a dateline printing its day, "Naciones
    Unidas, 28 ago (EFE)"), else its month, as a text telling what happened without saying when
    dates it no closer (a later telling in the week before may still give the day). A clause about
    the future, or an announced one ("announced that ... will be held on 5-6 December"),
    makes the event planned (announced) and dated on its planned day; an announcement
    verb of the main clause is then an event of its own, on its day. Another event word of
    the sentence with a date of its own is a background event dated so ("under a
    resolution adopted on 12 March"). A day or month of a year in a clause of its own that no
    event word took dates a happening of its own (kind "happening"). Participants are the
    actors of the sentence that act in it, not those reporting it (reporting). The last
    captions sentences are the pictures' captions: a caption (those, or one photo_caption
    finds by its credit) naming no event word tells no dated happening of its own when its
    day is the picture's (archive_picture)."""
    dateline_place = dateline_event_place(dateline_place)
    undated: list[EventFinding] = []
    told: list[_Told] = []  # each dated finding with its word and how its date was found
    lead = True  # the first event sentence of a dated article tells the news of its day
    opened_on_day = False  # an opening sentence of no event word printed a relative day
    for index, (sentence, found) in enumerate(sentences):
        if index >= LEAD_SENTENCES:
            lead = False  # deep in the body, a sentence without a date is no longer the day's news
        photo_end = file_photo_caption(sentence, language)
        if photo_end is not None and not any(d.start >= photo_end for d in find_dates(sentence)):
            continue  # the caption of a picture of another day: no happening of the article's
        # "No bodies were found", "aucun casque bleu n'a été blessé": no happening
        sentence_words = event_words(sentence, language)
        denials = [w for w in sentence_words if denied(sentence, w, language)]
        # "la réunion du 4 mars n'a pas eu lieu", "cuộc họp ngày 2/3 đã không diễn ra": no happening
        unheld, unheld_spans = not_taken_place(sentence, sentence_words, language)
        denials += [w for w in unheld if w not in denials]
        words = [w for w in sentence_words if w not in denials
                 and not quotation_attribution(sentence, w)
                 and not in_organisation_name(sentence, w, found)]
        words = [held_as_subject(sentence, w, words, language) for w in words]  # "la cumbre se celebró"
        words = [held_as_object(sentence, w, words, language) for w in words]  # "celebró una sesión"
        # "no pudieron ser relevados en marzo": the denied word's clause dates no happening either
        denied_clauses = [_with_fronted_time(sentence, _clause_span(sentence, w.start, w.end)) for w in denials]
        denied_clauses += unheld_spans
        compared_with = comparison_in_passing(sentence, language)  # "Comme au Mali en 2013, ...": another case
        compared_with += retrospective_in_passing(sentence, language)  # "Looking back on 2021, ...": a period reviewed
        # "renewed the mandate of the mission, established in May 2014 to protect civilians":
        # how a UN operation came to be, in passing; its date is no happening's (setup_spans)
        founding = founding_in_passing(sentence, language)
        setups = mission_setup_in_passing(sentence, found, language)
        setup_spans = mission_founding_in_passing(sentence, found, language, founding, sentence_words) + setups
        passing = founding + setups + compared_with
        unrealised = unrealised_spans(sentence, language)  # "should have returned in January": no happening
        passing += unrealised
        passing += received_document_spans(sentence, language)  # "dans un communiqué reçu vendredi": how the news came
        if passing:  # "the mission, set up in 2013, ...": how its subject came to be, in passing
            words = [w for w in words if not _within(w.start, passing)]
        # "la calma regresa", "cada año el contingente regresa": the present of no day's return
        # "where they are deployed", "están desplegados": how things stand, no happening
        # "le calme est revenu", "calm returned to the town": a state coming back, no one returning
        # (nor a happening no list names: "Après l'attaque, le calme est revenu" tells no second one)
        states = [w for w in words if state_returning(sentence, w, language)]
        unsupported = [w for w in words if present_unsupported(sentence, w, found, language)
                       or state_phrase(sentence, w, language) or w in states]
        if unsupported:
            words = [w for w in words if w not in unsupported]
            if not words and habitual(sentence, language):
                continue  # a habit's month ("cada año ... en diciembre") dates no happening either
        # "called for dialogue", "an interview with AFP": a topic of a stance, or the telling, no happening
        outlets = [f for f in found if f.kind in ACTOR_KINDS and reporting(sentence, f)]
        words = [w for w in words if not stance_topic(sentence, w, language) and not told_to_outlet(sentence, w, outlets)
                 and not interview_framed(sentence, w, language)]
        # "celebró la decisión", "a célébré l'accord": a step welcomed, no ceremony, nor the step's day
        welcomed = [(w.start, end) for w in words if (end := welcomed_step(sentence, w, language)) is not None]
        words = [w for w in words if not _within(w.start, welcomed)]
        if not lead and words and all(w.frame and w.kind == "announcement" for w in words) and any(
                not w.verb and fronted_vehicle(sentence, w.start, language) for w in words):
            # "In a statement on Saturday, the army said the bridge was complete", "Dans un
            # communiqué publié samedi, l'armée a indiqué ...": past the lead (whose news is dated
            # by its telling), the statement opening the sentence is how the news was told
            continue
        if words and all(w.frame and source_cited(sentence, w, language) for w in words):
            # "Shahid, según anunció este martes su oficina, estará en Guatemala": the statement
            # the news comes from, with no happening word of its own, is no happening
            continue
        main = main_event_word(words, sentence, language)
        over = next((w for w in words if main is not None and (w.start, w.end) == (main.start, main.end)), None)
        if main is not None and main.kind == HAPPENING and over is not None and over.purpose and intended(sentence, over, language):
            # "is working with Kenya to deploy": the purpose worked towards is the happening, planned
            main = replace(over, subordinate=False, purpose=False)
        if main is not None and main not in words:  # a word of no listed kind stands for the one it is over
            words = [main if (w.start, w.end) == (main.start, main.end) else w for w in words]
        if main is not None and main.kind == "announcement" and main.verb and not main.frame:
            # "condemned Monday's attack", "condamne l'attaque de dimanche": the day is the
            # happening's, the object of the statement, which the article tells
            dated = next((w for w in words if w.start > main.end and not w.verb and not w.frame
                          and w.kind != "announcement" and day_at_noun(sentence, w, language)), None)
            main = dated or main
        if main is not None and not main.verb and refers_back(sentence, main, language):
            # "No group has claimed the attack, which comes after four soldiers were killed in an
            # attack on Wednesday": the happening told again gives way to a new one named after it
            # (in a clause of its own: "la mort de deux soldats dans une embuscade" is one happening)
            fresh = next((w for w in words if w.start > main.end and not w.verb and not w.frame
                          and kinds_agree(w.kind, main.kind) and introduces_new(sentence, w, language)
                          and _CLAUSE_END.search(sentence, main.end, w.start)), None)
            main = fresh or main
        all_dates = join_year_spans(sentence, find_dates(sentence))
        if any(d.kind == "year" for d in all_dates):  # "resolution 2098": a text's number, no year
            all_dates = tuple(d for d in all_dates if not numbered_document(sentence, d, language))
        # "la loi n° 78-17 du 6 janvier 1978", "la Ley 7/2021": the dates of a law's name
        all_dates = tuple(d for d in all_dates if not law_title_date(sentence, d, language))
        named = dated_name_spans(sentence) if all_dates else []  # "Movimiento 23 de Marzo": the name's date
        if named:
            all_dates = tuple(d for d in all_dates if not any(lo <= d.start < hi for lo, hi in named))
        sequel = None
        if main is not None and not main.verb and main.kind != HAPPENING:
            sequel = sequel_link(sentence, main, all_dates, language)
        if sequel is not None:
            # "The attack came after aid agencies suspended their work last week": the date after
            # the link is another happening's, told in the link's clause, never the one named again
            later = next((w for w in words if w.start >= sequel and not w.frame), None)
            main = later or _happening_at(sequel, sequel)
            words = [main]
        if main is not None:
            # "cérémonie de passation", "ceremony of handover": what the ceremony was, no second
            # happening claiming the sentence's days
            words = [w for w in words if w == main or not (noun_complement(sentence, main, w, language)
                                                           or complement_participle(sentence, main, w, language))]
        if unrealised or compared_with:  # "who should have returned in January": nor the day it was due
            all_dates = tuple(d for d in all_dates if not _within(d.start, unrealised + compared_with))
        if anchor is not None:
            # "Kinshasa souhaite son retrait définitif en 2020": the time of the happening wished
            all_dates = tuple(d for d in all_dates if not wished_time(sentence, d, anchor, language))
        if photo_end is not None:  # the dates of a picture from the archives, before its caption's marker
            all_dates = tuple(d for d in all_dates if d.start >= photo_end)
        told_content = told_after_fronted_day(sentence, main, words, all_dates, language) if main is not None else None
        if told_content is not None:
            # "Tối 23-9, đơn vị cho biết, ngày 25-9 tới đây, đội sẽ kết thúc nhiệm kỳ": the fronted
            # day is the telling's, the statement carries the news; what it tells, with no event
            # word of its own, is the happening, on the day printed after the verb
            main, telling, content_day = told_content
            words = [main]
            all_dates = tuple(d for d in all_dates if d is not telling)
        else:
            content_day = None
        if main is None:
            main = dated_happening(sentence, language, passing + denied_clauses, all_dates)
            if main is not None and closing_date_caption(sentence):
                continue  # "Troops line up at the airport, 14 May.": a picture's caption and its day
            if main is not None and (index >= len(sentences) - captions or photo_caption(
                    sentence, sentences[index + 1][0] if index + 1 < len(sentences) else None)) and archive_picture(
                    sentence, main, anchor, language):
                continue  # "a picture taken on 8 October shows the base": the picture's day
            if main is None:
                opened = relative_span(sentence, anchor, language) if lead and relative_spans(sentence, language) else None
                if opened is not None and _day(opened[0]) is not None and _day(anchor) is not None and _day(opened[0]) < _day(anchor):
                    # "Et samedi, les autorités ont rendu hommage à la force": the opening tells
                    # its news on a day of its own before the article's ("hoy" is the article's)
                    # in words no list names; a later sentence with no day is that news again,
                    # not the news of the article's date. A day ahead ("Demain, les ministres se
                    # retrouvent") is a plan, and leaves the later news the article's.
                    opened_on_day = True
                continue
            words = [main]
        printed = [(d.start, d.end) for d in all_dates]
        extra = [m for m in month_mentions(sentence, language)
                 if not any(lo < m.end and m.start < hi for lo, hi in printed)]
        extra = [m for m in extra if not _within(m.start, unrealised) and not any(lo <= m.start < hi for lo, hi in named)]
        if extra:
            all_dates = tuple(sorted((*all_dates, *extra), key=lambda d: d.start))
        reported = main.kind == "announcement" or main.frame  # a statement is dated by its own telling
        to_now = span_to_now(sentence, language)  # "to today", "à aujourd'hui": a span closed at the present
        mentions = [d for d in all_dates if (d.kind == "date" or d.kind == "year" and not _document_year(sentence, d))
                    and not _within(d.start, setup_spans)
                    and (not (in_passing(sentence, d.start, words)
                              or deadline_before(sentence[:d.start], language) and not done_by(sentence, d.start, d.end, language)
                              or span_start_apart(sentence, d, main, language)
                              # "deployed from 2013 to 2023": a span of service, no day of deploying
                              or service_span(sentence, d, main, language)
                              # "les Casques bleus disparus depuis le 11 mai ont été libérés
                              # mercredi": the start of the subject's state, not the release's day
                              or subject_since_date(sentence, d, main, language))
                         or since_when(sentence, d, words, language))
                    and not calendar_day(sentence, d.start, language, end=d.end) and not not_a_happening_date(sentence, d, language=language)
                    # "À partir du 28 décembre, elle sera cheffe de la mission": the start of a
                    # term ahead is the day the appointment takes effect
                    and not (span_bound(sentence, d.start, language)
                             and not (main.kind == "appointment" and main.verb and future_tense(sentence, language)))
                    and not bracketed_years(sentence, d)
                    and not dateline_bracket(sentence, d) and not length_between_dates(sentence, d, all_dates, language)
                    # "since its deployment in 2014", "in December last year", "last year on
                    # August 13": the setting-up of the unit in passing, however it is dated
                    and not since_setup(sentence, d.start, language)
                    # "From 1960 to today, 50,000 soldiers have served": a span's start (not the
                    # date of an event word before it: "since the dispatch ... in 1960 to this day")
                    and not (opens_span_to_now(sentence, d, to_now, language)
                             and not any(d.start - 60 <= w.start and w.end <= d.start and not w.frame for w in words))
                    and (reported or d is content_day or not told_on_day(sentence, d.start, language, words, d.end, fronted=lead)
                         or declared_object(sentence, d.end, words, language))]
        years = [d.value.year for d in all_dates if d.kind == "year"]
        before_sentence = sentences[index - 1][0] if index else None  # what "the month before" may count from
        # "since its deployment last year": the setting-up in passing dates nothing (since_setup)
        period = relative_period(_without_setup_periods(sentence, language), anchor, language, previous=before_sentence)
        if (mentions or period) and (toll_over_year(sentence, main, mentions, period, language)
                                     # "In 2017, three rotations were carried out": a count of the year
                                     or counted_over_year(sentence, main, mentions, period, language)):
            lead = False  # the article opens on the toll: what follows is no news of its day
            continue  # "102 peacekeepers died in 2013": a toll of the year, no happening
        # a past year named in a sentence about the future belongs to another clause
        if not years and period and period[0].month is None and period[0].year and not (
                anchor and anchor.year and period[0].year < anchor.year and future_tense(sentence, language)):
            years = [period[0].year]  # "the first unit was deployed in August last year"
            anchor_of_year = PartialDate(period[0].year)
        elif (not years and not period
              and (pointed := next((y for d in mentions if d.kind == "date" and d.value.year is None
                                    and (y := year_of_previous(sentence, [text for text, _found in sentences[:index]],
                                                               language, after=d.end)) is not None), None)) is not None
              and not (anchor and anchor.year and pointed.year > anchor.year)):
            # "In September of that year, marines landed": the month is of the year printed
            # before ("since 2006"), not the last September before the article's date
            years, anchor_of_year = [pointed.year], pointed
        else:
            anchor_of_year = anchor
        actors = [f for f in found if f.kind in ACTOR_KINDS and not reporting(sentence, f) and not located(sentence, f)]
        # the dateline says where the lead's news happened, not where a story told further
        # on did ("launched by the Secretary-General in 2018", filed in New York)
        place, code = _place(sentence, found, dateline_place if lead else None)
        surface = _place_surface(sentence, found, place)
        frame = next((w for w in words if w.frame and not w.subordinate and w.start < main.start), None)
        # the tense of what was due is none of the happening's: "auraient dû rentrer ... mais sont rentrés"
        tensed = _blanked(sentence, unrealised)
        # the tense of a relative clause describing another noun is none of the happening's
        untensed = _blanked(tensed, other_relative_clauses(sentence, main, language, words)
                            + other_tense_particles(sentence, main, language))
        told_end = _tense_cut(sentence, main, language)
        clause = untensed[_clause_start(sentence, main.start):told_end]
        own = own_time_clause(sentence, main, language)
        if own is not None:
            # "vowed that it would not be intimidated after three soldiers were killed": the
            # time clause's tense is the happening's, not the clause's it hangs on
            tense_told = untensed[own:told_end]
        else:
            tense_told = sentence[frame.end:main.end + 30] if frame else clause
        planned = not main.frame and (future_tense(tense_told, language)
                                      or intended(sentence, main, language))  # "decided to deploy", "prévoit de déployer"
        # "will join the group deployed on 2 October": the deploying is past; so is the
        # happening of a noun its participle follows ("will guard the ceasefire signed on 12 May")
        done = reduced_relative(sentence, main, language) or (not main.verb and any(
            w.verb and 0 <= w.start - main.end <= 2 and reduced_relative(sentence, w, language) for w in words))
        planned = planned and not done
        if planned and conditional_plan(sentence, main, language):
            continue  # "will send 300 more troops if the UN asks": an offer, no happening announced
        if planned and main.kind == HAPPENING and any(d.start == main.start and participle_dated(sentence, d, language)
                                                      for d in all_dates):
            planned, done = False, True  # "will stick to a schedule drawn up in April": the drawing up is past

        def finding(word: EventWord) -> EventFinding:
            name = _printed_name(sentence, word.start) or _body_name(sentence, word.end, word.label, found)
            return EventFinding(
                word.kind, word.label, sentence, place=place, place_code=code, name=name,
                actors=[f.id for f in actors], missions=[f.id for f in found if f.kind == "mission"],
                headline=_headline(sentence, word, place, surface, actors, language),
            )

        def relative_told(word: EventWord, span: tuple, announced: bool = False, basis: str = "relative") -> None:
            """Tell word, of a clause of its own (relative or coordinated), as a happening of
            span ((start, end) PartialDates), announced when planned; basis "separate" for a
            happening never merged into one told before (the second of two listed days)."""
            extra = finding(word)
            extra.start, extra.end, extra.announced = span[0], span[1], announced
            told.append(_Told(extra, word, sentence, basis))

        def fronted_told(event: EventFinding) -> None:
            """Tell each clause coordinated after the main one that opens on a day of its own
            ("..., and on Monday a mine killed two") as a happening of that day."""
            if anchor is None:
                return
            for word, (lo, hi) in coordinated_fronted_days(sentence, words, main, language):
                span = relative_span(" " * lo + sentence[lo:hi], anchor, language, planned=event.announced)
                if span is not None and span[0] != event.start:
                    relative_told(word, span, event.announced)

        counted = None if planned or main.kind == HAPPENING else counted_sequel_back(sentence, main, language)
        referent = next((t.finding for t in reversed(told) if not t.finding.announced and _day(t.finding.start)
                         and kinds_agree(t.finding.kind, main.kind)), None) if counted else None
        if counted is not None and referent is not None:
            # "The attack came two days after three soldiers were killed": the attack is the one
            # told before, once; the clause after the count tells an earlier happening, dated
            # that long before it
            begin, days, months, rounded = counted
            later = next((w for w in words if w.start >= begin and not w.frame), None) or _happening_at(begin, begin)
            earlier = finding(later)
            earlier.start = counted_back_date(_day(referent.start), days, months, rounded)
            told.append(_Told(earlier, later, sentence, "separate"))
            continue
        given = _dated_words(sentence, words, mentions, conformity_adjuncts(sentence, language), language) if mentions else {}
        timed: list[int] = []  # words a date in passing moved to, as their time clause's ("since 1993, when ...")
        for mention in mentions:
            # "until 2026, when its withdrawal begins": the date of the time clause's event only
            if in_passing(sentence, mention.start, words) and since_when(sentence, mention, words, language):
                clause_word = next((i for i, w in enumerate(words) if w.start > mention.end and not w.frame), None)
                holder = next((i for i, held in given.items() if any(m is mention for m in held)), None)
                if clause_word is not None and holder is not None and holder != clause_word:
                    given[holder] = [m for m in given[holder] if m is not mention]
                    given.setdefault(clause_word, []).append(mention)
                    timed.append(clause_word)
        given = {i: held for i, held in given.items() if held}
        if timed and not given.get(words.index(main)) and not main.frame and not main.verb:
            # "the toll was the highest since 1993, when 23 soldiers were slain": with no date of
            # its own, the main noun gives way to the happening its time clause dates
            main = words[timed[0]]
        main_index = words.index(main)
        for i, held in list(given.items()):
            # "On Thursday, two soldiers of the force deployed in Lebanon were wounded": a date
            # before the subject a participle describes is the clause's verb's, not the participle's
            if (i != main_index and words[i].end <= main.start
                    and any(m.end <= words[i].start for m in held)
                    and subject_participle(sentence, words[i], words, language)):
                moved = [m for m in held if m.end <= words[i].start]
                given[i] = [m for m in held if m.end > words[i].start]
                given.setdefault(main_index, []).extend(moved)
        for i, held in list(given.items()):
            # "firmaron un acuerdo de paz en agosto de 2015": the date of the main verb's object
            # naming its own happening is the verb's
            if i != main_index and object_noun(sentence, main, words[i], words):
                given.setdefault(main_index, []).extend(held)
                given[i] = []
        given = {i: held for i, held in given.items() if held}
        own = given.get(main_index, [])
        framed: list[DateMention] = []  # the days of statements framing the happening: the tellings'
        if not own and mentions and not any(given.get(i) for i, w in enumerate(words)
                                            if not w.frame and i != main_index and not kinds_agree(w.kind, main.kind)):
            # the sentence's dates, when no other event word claims them; not the day of a
            # statement framing the happening ("on 8 March condemned the attack ... on 7 March":
            # 8 March is the condemning's); in the body, a day fronting a sentence whose verb is
            # the framing telling ("On 3 April, the army announced that two soldiers were
            # killed", "Ngày 3/4, quân đội cho biết ...") is kept as the closest the text gives,
            # as told_on_day keeps it for a telling that frames nothing ("On 3 April, the army said")
            framed = [m for i, w in enumerate(words) if w.frame and i != main_index for m in given.get(i, ())
                      if lead or not fronted_telling(sentence, m.start, m.end, words, language)]
            own = [m for m in mentions if not any(m is f for f in framed)]
        # "la force Barkhane, lancée en 2014, a entamé mardi son retrait": the launching's year
        own = [m for m in own if not apposed_participle_date(sentence, m, main, words, language)]
        # "llegaron esta madrugada los soldados que, por la crisis iniciada en enero, ...": the
        # participle's date, in another clause
        own = [m for m in own if not participle_date_apart(sentence, m, main, language)]
        # "The envoy, who visited Bamako on 12 May, will brief the Council on Thursday": the
        # date of a relative clause set off by commas before the main word is the clause's
        own = [m for m in own if not relative_aside_date(sentence, m, main, language)]
        # "la junta surgida del golpe de agosto de 2020 anunció el martes": the participle's
        # date on the subject, where the main verb has a day of its own right after it
        own = [m for m in own if not subject_participle_date(sentence, m, main, language)]
        # "will meet next week ... before the establishment of the government in November":
        # the month is the establishment's, a phrase of time of its own after the main word
        own = [m for m in own if not time_phrase_date(sentence, main, m, words, language)]
        # "arrived on 3 May, after leaving Juba on 1 May": the day of the phrase's own verb
        own = [m for m in own if not verb_time_phrase_date(sentence, main, m.start, words, language)]
        # "pledged on 3 May to withdraw its troops on 30 June": the first date the pledging's
        own = [m for m in own if not _date_before_infinitive(sentence, m, main, own, language)]
        # "On Sunday, rebels ambushed a convoy near the bridge that had been repaired on 2
        # August": the day fronting the sentence is the main's, the later date its clause's
        own = [m for m in own if not fronted_day_over_clause_date(sentence, main, m, language)]
        # "The rebels attacked the town, which the army had retaken on 4 June": the date of a
        # relative clause after the main word, told in the past before the past
        own = [m for m in own if not anterior_relative_date(sentence, main, m, language)]
        # "will replace the troops that arrived on 5 March": the date of a relative clause with
        # a verb of its own, describing another noun after the main word
        own = [m for m in own if not restrictive_relative_date(sentence, main, m, words, language)]
        apart = bool(own) and own_period_apart(sentence, main, own, anchor, language)
        if apart:
            own = []  # "died early this year, and the mission was extended in June": the main's own period
        if own and all(m.kind == "year" for m in own) and anchor is not None and anchor.day:
            # "marked Peacekeepers Day 2019 with a parade on Thursday": a day of that year named
            # relative to the article dates the happening, the year being part of a name
            day_of = relative_span(_relative_dates_of(sentence, words, main, language), anchor, language,
                                   near=main.start, planned=planned)
            if day_of is not None and day_of[0].day and day_of[0].year in {m.value.year for m in own}:
                own = []
        event = finding(main)
        event.announced = planned
        listed_span = False  # whether the main took a span of days listed one after another
        if own:
            # a full date before a bare year ("the 2021 Ministerial, to be held on Dec. 7-8")
            mention = min(own, key=lambda d: (d.kind == "year", joined_apart(sentence, min(d.end, main.start), max(d.start, main.end), language),
                                              abs(d.start - main.start)))
            if planned and any(participle_dated(sentence, m, language) for m in own):
                planned = event.announced = False  # "will guard the truce signed in Addis Ababa on May 9"
                done = True
            if not planned and not main.frame and not done and date_ahead(untensed, mention, language):
                planned = event.announced = True  # "sẽ kết thúc vào ngày 15/10", "vào tháng 10 tới"
            event.start, event.end, _ = _resolve_printed(sentence, mention, years, anchor_of_year, planned, language,
                                                         past_told(sentence, main, language, mention))
            counted = day_from_named(sentence, mention, main, language)
            named = None
            if counted and _day(event.start) and event.end is None:
                # "tués le lendemain de la mort du président (6 avril 1994)": the day after that
                # date; the death named is a happening of its own, on the date printed
                named = finding(_happening_word(mention))
                named.start = event.start
                shifted = _day(event.start) + timedelta(days=counted)
                event.start = PartialDate(shifted.year, shifted.month, shifted.day)
            # "attacks on 3 and 5 May": a happening of a moment (vocabulary "momentary_kinds"),
            # told on two days apart listed with a conjunction, is one happening on each day
            # ("attacked on 2 and 3 April" may be one raid over two days: one span)
            second_day = None
            if (event.end is not None and event.start is not None and event.start.day and event.end.day
                    and main.kind in (reference().vocabulary.get("momentary_kinds") or ())
                    and listed_two_days(sentence, mention, language)
                    and _days_apart(event.start, event.end) >= 2):
                second_day, event.end = event.end, None
            # "In a separate incident on Friday, ...": another happening, though of the same day
            told.append(_Told(event, main, sentence, "separate" if sequel is not None or another_dated(sentence, language, main) else "printed"))
            if second_day is not None:
                # the same word on a day of its own: another happening, even where its noun
                # reads as one told before ("Les attaques des 3 et 5 mai")
                relative_told(main, (second_day, None), event.announced, basis="separate")
            for word, span in subject_clause_happenings(sentence, words, main, event, anchor, language):
                relative_told(word, span)  # "The envoy, who arrived on Monday, met the president on 2 May"
            fronted_told(event)
            if named is not None:
                told.append(_Told(named, _happening_word(mention), sentence, "separate"))
            used = [mention]
            if main.kind in (reference().vocabulary.get("lasting_kinds") or ()):
                # "the summit was held on April 7 and April 8": its span, as "on 7 and 8 April"
                for other in sorted(mentions, key=lambda d: d.start):
                    last = _day(event.end or event.start)
                    if last is not None and next_listed_day(sentence, used[-1], other, last):
                        following = last + timedelta(days=1)
                        event.end = PartialDate(following.year, following.month, following.day)
                        used.append(other)
                        listed_span = True
        else:
            used = []
            # "Un jour plus tard": a day after the happening told before, not after its telling
            # ("a expliqué ce mercredi le porte-parole")
            # (else the day the sentence or the one before prints; with none, no day: "la veille"
            # tells nothing of the article's day)
            last = next((t for t in reversed(told) if t.basis != "article" and not t.finding.announced
                         and t.finding.kind != "announcement" and _day(t.finding.start)), None)
            previous = (last.finding.start if last else None) or date_given_before(
                sentence[:previous_day_at(sentence, language)], before_sentence, anchor, language)
            # ("Two days later, ...": counted from a day its sentence prints, not from one read
            # relative to the article's, "on Sunday")
            printed = last is None or any(m.kind == "date" and m.value.day for m in find_dates(last.sentence))
            earlier = [text for text, _found in sentences[:index]]
            # ("Two months later, ...": from the month of the happening told before)
            told_last = next((t.finding for t in reversed(told) if t.basis != "article" and not t.finding.announced
                              and t.finding.kind != "announcement" and t.finding.start and t.finding.start.month), None)
            told_month = told_last.start if told_last else None
            # (the kind of the happening counted from: "Two weeks after the agreement" counts from no attack)
            chained = (day_after_previous(sentence, previous, language, printed, last.finding.kind if last else None)
                       or year_of_previous(sentence, earlier, language)
                       or years_after_previous(sentence, earlier, anchor, language)
                       or months_after_previous(sentence, told_month, anchor, language, told_last.kind if told_last else None))
            # "ten years ago", "hace dos años" (before "năm trước", last year, inside "hai năm trước")
            # (none of a clause of what was due: "should have returned six months ago, but ...")
            ago = ago_date(tensed, anchor, language) if _ago_dates_main(tensed, words, main, language) else None
            ago = ago_month_printed(ago, all_dates)
            spoken = None if chained or ago else quoted_relative(sentence, words, main, anchor, language, planned)
            relative = (chained, None) if chained else ago or spoken or relative_span(
                _relative_dates_of(_blanked(untensed, to_now), words, main, language), anchor, language, near=main.start, planned=planned,
                previous=before_sentence)
            basis = "chained" if chained else "relative"
            if relative is not None and not chained and not ago and planned and vague_time_after(tensed, main, language):
                # "the battalion who will deploy to UNIFIL in the coming weeks": the happening's
                # own time is vague; the day of another clause is not its, but an announcing
                # verb's ("announced on Friday that the battalion will deploy in the coming weeks")
                if frame is not None and frame.kind == "announcement":
                    announcement = finding(frame)
                    announcement.start, announcement.end = relative
                    told.append(_Told(announcement, frame, sentence, "relative"))
                relative = None
            if relative is not None and not chained and not ago and not spoken and _quoted_day_only(sentence, main, anchor, language):
                basis = "quoted"  # '"... hit a mine today," it said in a tweet': the day it was said, unknown
            if relative is None and told and (separate_incident(sentence, language, main)
                                              or (same_day_opener(sentence, language) and not trend_after(sentence, main, language))):
                # "In a separate incident, three peacekeepers were wounded": the news just told
                # (its day known: a month alone is the article's, no day of the news)
                last = next((t.finding for t in reversed(told) if not t.finding.announced), None)
                if last is not None and _day(last.start):
                    relative, basis = (last.start, last.end), "separate"
            if relative is None and not planned and not reported and (lead or day_part_told(sentence, main, language)):
                # "UNIFIL said on Thursday that its posts came under fire": the lead's happening
                # told with no day of its own is dated by the day it was told, its latest day;
                # as with the article's date, a later telling in the week before may give its day;
                # deeper in, one told with a part of the day ("shelled at dawn, the mission said
                # on Monday") took place on the telling's day, the only day the text gives
                relative = telling_day(sentence, words, main, all_dates, anchor, language)
                basis = "article" if lead else "relative"
            # a day that comes back every year ("each year on 29 May") tells no news of the day
            recurring = any(calendar_day(sentence, d.start, language, RECURRING, d.end) for d in all_dates)
            if (relative is None and lead and not planned and anchor is not None and anchor.year
                    and not _passing_context().search(sentence) and not recurring
                    and not told_before(sentence, anchor, language) and not statement_about(sentence, words, main, language)
                    and not document_content(sentence, main, language, words)
                    and not offset_from_happening(sentence, language)
                    and not elapsed_since_happening(sentence, language)  # "Trở về nước được gần 4 tháng"
                    # "desembocaron el lunes y martes siguiente": a day counted from another one
                    and not any(following_weekday(sentence, lo, hi, language) for lo, hi in relative_spans(sentence, language))
                    # "La veille, ...", "The month before, ...": counted from a date not given
                    and previous_day_at(sentence, language) == len(sentence) and not names_anaphoric_period(sentence, language)
                    and not current_state(sentence, main, language)
                    and not speculated(sentence, main, language)  # "the toll could be the highest ever"
                    and not opened_on_day  # "Et samedi, ... ont rendu hommage": the news had its day
                    # "were chosen from nine hospitals to provide training": only a purpose, meant
                    # to happen, tells of a happening; no news of the article's day
                    and not purpose_after_passive(sentence, main, language)
                    and not lasting_war(sentence, main, language)):  # "a raíz de la guerra civil": a period
                relative, basis = (anchor if wire_day else PartialDate(anchor.year, anchor.month), None), "article"
            if (relative is None and frame is not None and frame.kind == "announcement" and (not main.verb or planned)
                    and not source_cited(sentence, frame, language)):
                # "anunció el jueves el envío de 400 soldados", "announced in March that it would
                # deploy troops": the happening told is undated, the announcement itself is dated
                # by the day printed after its verb
                told_on = relative_span(sentence[:main.start], anchor, language, near=frame.start)
                telling = [d for d in all_dates if d.kind == "date" and frame.start <= d.start < main.start
                           and told_on_day(sentence, d.start, language)]
                if told_on is None and telling and anchor is not None:
                    told_on = _resolve(telling[0], [], anchor, False)
                if told_on is not None:
                    announcement = finding(frame)
                    announcement.start, announcement.end = told_on
                    told.append(_Told(announcement, frame, sentence, "relative"))
            if relative is None:
                undated.append(event)
                # "The envoy, who arrived in Bamako on Monday, met the president": the main
                # clause names no day; the relative clause between commas tells its own
                for word, span in relative_clause_happenings(sentence, words, main, anchor, language):
                    extra = finding(word)
                    extra.start, extra.end = span
                    extra.announced = future_tense(sentence[word.start:word.end + 40], language) and span[0] is not None
                    _settle_planned(extra, anchor)
                    told.append(_Told(extra, word, sentence, "separate"))
            else:
                event.start, event.end = relative
                if basis == "relative" and (another_dated(sentence, language, main) or sequel is not None):
                    basis = "separate"  # its own day named: another happening, never merged
                told.append(_Told(event, main, sentence, basis))
                for word, span in subject_clause_happenings(sentence, words, main, event, anchor, language):
                    relative_told(word, span)  # "Troops who were attacked on Monday were killed on Tuesday"
                if basis == "relative":
                    for word, span in coordinated_happenings(sentence, words, main, anchor, event.announced, language):
                        if span[0] != event.start:  # "will arrive on Monday and meet the president on Tuesday"
                            relative_told(word, span, event.announced)
                            _settle_planned(told[-1].finding, anchor)  # planned by its own day, not the main clause's
                fronted_told(event)
        lead = False
        _settle_planned(event, anchor)
        opens = after_opener(sentence, main, words + states, language) if not planned else None
        if opens is not None:
            # "After the July ambush the Council ordered a review": the main clause's happening,
            # after the one the phrase names, in its year; another happening, never merged
            year = after_opener_year(sentence, opens, main, all_dates, [t.finding for t in told], anchor, language)
            if year is not None:
                word = _happening_at(opens, opens)
                after = finding(word)
                # what the main clause tells, read from it alone (the phrase names the other happening)
                after.headline = _headline(sentence[opens:], replace(word, start=0, end=0), place, surface, actors, language) or after.headline
                after.place, after.place_code = _place(sentence[opens:], _within_text(sentence[opens:], found), dateline_place)
                after.start = PartialDate(year)
                told.append(_Told(after, word, sentence, "separate"))
        if planned and frame is not None and event.start is not None and not source_cited(sentence, frame, language):
            # the announcement itself, on the day it is told ("announced today that ..."): a day
            # printed before the told clause's opener ("confirmó que este viernes partirá"
            # gives the Friday to the departure, none to the telling)
            opener = _complementiser(language).search(_compared(sentence, language in EXACT_LANGUAGES), frame.end, main.start)
            told_end = opener.start() if opener else main.start
            told_on = relative_span(sentence[:told_end], anchor, language, near=frame.start)
            if told_on is None:
                # a date printed right after the announcing verb ("announced in December that
                # ... will", "a annoncé en décembre dernier que"): the day it was told, past
                telling = [d for d in all_dates if d.kind == "date" and frame.start <= d.start < told_end
                           and told_on_day(sentence, d.start, language)]
                told_on = _resolve(telling[0], [], anchor, False) if telling and anchor is not None else None
            if told_on is None and anchor is not None and anchor.day:
                told_on = (anchor, None)
            if told_on is not None and told_on[0] != event.start:
                announcement = finding(frame)
                announcement.start, announcement.end = told_on
                told.append(_Told(announcement, frame, sentence, "relative"))
        # "killed on Tuesday, and a third died two days later": that many days after the first
        later = offset_later(sentence, words, main, language) if not planned and _day(event.start) else []
        for word, days in later:
            if given.get(words.index(word)):
                continue
            after = finding(word)
            day = _day(event.start) + timedelta(days=days)
            after.start = PartialDate(day.year, day.month, day.day)
            told.append(_Told(after, word, sentence, "separate"))
        if not planned and event.start is not None:
            def same_day(word: EventWord, opens: int) -> None:
                """Tell word as a second happening of the main one's day, at the place its own
                clause (from offset opens) prints."""
                second = finding(word)
                second.place, second.place_code = _place(sentence[opens:], _within_text(sentence[opens:], found), None)
                second.start, second.end = event.start, event.end
                told.append(_Told(second, word, sentence, "separate"))

            # "two were killed in an ambush near A and four hurt in an attack in B": two happenings
            for word, opens in joined_happenings(sentence, words, main, language):
                if given.get(words.index(word)) or any(word is w for w, _days in later):
                    continue  # a day of its own: told below as a background event
                same_day(word, opens)
            # "met the President in Lima and visited a UN base": a second happening of the day
            for word, opens in coordinated_verbs(sentence, words, main, language):
                if given.get(words.index(word)) or any(word is t.word for t in told if t.sentence is sentence):
                    continue  # a day of its own: told below as a background event
                same_day(word, opens)
            # "..., killing one peacekeeper, and hours later a convoy hit a mine near Konna":
            # another happening of the day, each clause with the place it prints
            for word, opens in same_day_clauses(sentence, words, main, language):
                if given.get(words.index(word)) or any(word is w for w, _days in later) or any(
                        word is t.word for t in told if t.sentence is sentence):
                    continue  # a day of its own, or told already
                first = _place(sentence[:opens], _within_text(sentence[:opens], found), dateline_place)
                if first != (event.place, event.place_code):
                    event.place, event.place_code = first
                same_day(word, opens)
            # "deployed in 2012, when armed groups seized the north": the time clause's happening, of that date
            for word, opens in when_clause_happenings(sentence, words, main, all_dates, language):
                if given.get(words.index(word)) or any(word is t.word for t in told if t.sentence is sentence):
                    continue  # a date of its own, or told already
                same_day(word, opens)
        for index, word in enumerate(words):
            if index == main_index or word.frame or not given.get(index):
                continue
            # two verbs of one kind, each with a day of its own ("left on May 3 and arrived on
            # May 5", "partieron el 3 de mayo y llegaron el 5"): two happenings
            if word.kind == main.kind and not (word.verb and main.verb and used and all(
                    m.kind == "date" and m.value.day and all(m.value != u.value for u in used) for m in given[index])):
                continue
            background = finding(word)
            if not word.verb and word.start > main.end and background.headline == event.headline:
                # "briefed the Council on Tuesday ahead of its vote on 28 June": the vote's title
                # is its own noun phrase, not the main clause's
                background.headline = _noun_phrase_headline(sentence, word, language) or background.headline
            mention = min(given[index], key=lambda d: d.kind == "year")
            if mention.kind == "year" and toll_over_year(sentence, word, given[index], None, language):
                continue  # "The mission, which saw 20 peacekeepers killed in 2023, ...": a toll of the year, no happening
            # its own clause in the future ("anunció en diciembre que las tropas se retirarán en abril")
            # "will attend a ceremony for the soldiers killed on 15 May": the killing is past
            own_tense = _blanked(tensed, other_tense_particles(sentence, word, language))  # "sẽ triển khai ... đã tổ chức lễ"
            # (up to the clause's end: "The council, which met on 4 May, will vote tomorrow":
            # the future after the aside's comma is the main clause's, not the meeting's)
            closing = _CLAUSE_END.search(sentence, word.end, word.end + 30)
            # (from its relative pronoun when it stands in a relative clause after the main word: "relevará
            # el 1 de junio a los soldados que llegaron el 5 de marzo": the arrival is past)
            opened = _relative_clause_start(sentence, word.start, main.end, language)
            if mention.start >= opened > _clause_start(sentence, word.start):
                own_tense = " " * opened + own_tense[opened:]
            ahead = not word.frame and not reduced_relative(sentence, word, language, adjective=True) and (
                future_tense(own_tense[opened:closing.start() if closing else word.end + 30], language)
                or date_ahead(own_tense, mention, language))
            background.start, background.end, background.announced = _resolve_printed(
                sentence, mention, years, anchor_of_year, ahead, language, past_told(sentence, word, language, mention))
            if listed_span and mention is used[0] and kinds_agree(word.kind, main.kind):
                # "the conference met on April 6, April 7 and April 8": the verb's day is the
                # first of the main happening's listed span (next_listed_day), its span too
                background.start, background.end = event.start, event.end
            _settle_planned(background, anchor)
            told.append(_Told(background, word, sentence, "printed"))
            used.append(mention)
        # "killed on Friday, three days after another clash": the clash, that many days before
        if not planned and _day(event.start) is not None:
            for word, days, at in offset_back_phrases(sentence, words, language):
                if word is main:
                    if not day_before_count(sentence, at, language):
                        continue
                    # "Peacekeepers suspended patrols on Sunday, a day after gunfire hit a
                    # helicopter": the day is the clause's before the count, whose verb names
                    # no happening; the main, told after the count, is that many days before
                    day = _day(event.start) - timedelta(days=days)
                    event.start, event.end = PartialDate(day.year, day.month, day.day), None
                    continue
                if given.get(words.index(word)):
                    continue
                earlier = finding(word)
                day = _day(event.start) - timedelta(days=days)
                earlier.start = PartialDate(day.year, day.month, day.day)
                told.append(_Told(earlier, word, sentence, "separate"))
        # a day (or month of a year) no event took, in a clause of its own, dates a happening of
        # its own: "Under an approval given in September 2012, the unit was created in January 2013"
        for other in mentions:
            # a month alone too where the main took a relative period of its own clause instead
            # a bare year only after a conjunction joining a clause of its own ("elections in
            # 2018 and local elections in 2019", "the first in 2018 and the second in 2021")
            joined = bool(used) and all(u.start < other.start and joined_apart(sentence, u.end, other.start, language)
                                        for u in used)
            year_joined = other.kind == "year" and joined
            # so a month alone after such a conjunction ("arrived in May and the second group in
            # June", "llegue durante julio y el último en agosto"): the verb left out is the main's.
            # The month closes its clause: a word after it is the clause's own verb ("and the heat
            # in June made patrols hard", "y el calor en junio complicó las patrullas")
            month_joined = (other.kind == "date" and joined and other.value.month is not None
                            and not other.value.day and not other.value.year
                            and not re.search(r"[^\W\d_]", sentence[other.end:_clause_span(sentence, other.start, other.end)[1]]))
            if any(other is u for u in used + framed) or not (other.kind == "date" or year_joined) or not (
                    other.value.day or other.value.year or apart and other.value.month or month_joined):
                continue
            if any(not _CLAUSE_END.search(sentence[min(u.end, other.end):max(u.start, other.start)])
                   and not joined_apart(sentence, min(u.end, other.end), max(u.start, other.start), language)
                   # "closed offices in June 2021 and June 2022": one verb, two times
                   and not dates_paired(sentence, *sorted((u, other), key=lambda d: d.start), language=language)
                   for u in used):
                continue
            word = _happening_word(other)
            if apposed_participle_date(sentence, other, main, words, language):
                # "l'opération Barkhane, lancée en août 2014": the apposition says what it dates
                word = apposed_clause_word(sentence, other, language) or word
            extra = finding(word)
            # a day listed beside one a past happening took ("attacked the base on 29 March, 7
            # April and 8 April") is past as that one is
            listed_past = word.kind == HAPPENING and not planned and listed_with(sentence, other, used, mentions)
            # (a month joined to a planned main is planned too: "y el último en agosto", to come)
            extra.start, extra.end, extra.announced = _resolve_printed(
                sentence, other, years, anchor_of_year, planned and month_joined, language,
                past_told(sentence, word, language, other) or listed_past)
            if month_joined:
                _settle_planned(extra, anchor)
            told.append(_Told(extra, word, sentence, "printed"))
        # so does a day or period named relative to the article's ("cette semaine", "next week")
        # in a clause of its own after a printed date the main event took: "quittera Dakar ce
        # lundi 21 octobre pour New York, où il présentera cette semaine son rapport"
        taken = [main] + [t.word for t in told if t.sentence is sentence]
        for word, span in clause_relative_happenings(sentence, used, all_dates, words, anchor, language, taken):
            extra = finding(word)
            extra.start, extra.end = span
            extra.announced = span[0] is not None and anchor is not None and future_tense(
                sentence[_clause_start(sentence, word.start):word.end + 40], language)
            _settle_planned(extra, anchor)
            told.append(_Told(extra, word, sentence, "separate"))
        # "as part of a pullout agreed with the government last year": a participle's own
        # relative period, after it in its clause, dates its happening apart from the main's
        if event.start is not None and not planned:
            for word, span in participle_relative_happenings(sentence, words, main, all_dates, anchor, language):
                if any(word is t.word for t in told if t.sentence is sentence) or span[0] == event.start:
                    continue
                extra = finding(word)
                extra.start, extra.end = span
                told.append(_Told(extra, word, sentence, "separate"))
    lasting = frozenset(reference().vocabulary.get("lasting_kinds") or ())
    for item in told:
        # "a entamé vendredi une visite de quatre jours": the day is the first of the visit's span
        found_day = _day(item.finding.start)
        if (found_day is not None and item.finding.end is None and item.word.kind in lasting
                and (days := length_span(item.sentence, item.word, language)) and days > 1):
            last = found_day + timedelta(days=days - 1)
            item.finding.end = PartialDate(last.year, last.month, last.day)
    return _one_per_happening(told, anchor, language, {text: found for text, found in sentences}), undated


def length_span(sentence: str, word: EventWord, language: str = "und") -> int | None:
    """The length in days of a lasting happening whose noun `word` prints it ("a four-day
    visit", "une visite de quatre jours", "una visita de cuatro días", "chuyến thăm 4 ngày":
    vocabulary "length_day_units", "length_day_joiners", a count in digits or of
    "number_words"), when a verb of vocabulary "lasting_start_verbs" stands before the noun in
    its clause ("began", "a entamé", "inició", "bắt đầu"), so that the day the sentence gives
    is the first; None otherwise (a verb ending it, "ended a four-day visit on Friday", or none;
    a verb whose object is a part of it, "started on Friday the second day of a four-day visit").
    language: ISO 639-1 code of the text. Seen in held-out French reports of a visit begun
    on a weekday."""
    if word.verb:
        return None
    before, after, counts, links = _length_patterns(language)
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    length = None
    if before is not None and (m := before.search(fold(compared[:word.start]))):
        length = m.group(1)
    elif after is not None and (m := after.match(fold(compared[word.end:]))):
        length = m.group(1)
    if length is None:
        return None
    # the count's own words: "a four-day" reads "four", "mười hai ngày" both words
    days = int(length) if length.isdigit() else counts.get(length) or counts.get(length.split()[-1])
    starts = _word_pattern("lasting_start_verbs", language)
    if not days or starts is None:
        return None
    opened = _clause_start(sentence, word.start)
    begun = [m for m in starts.finditer(compared, opened, word.start) if m.end() <= word.start]
    if not begun:
        return None
    # the verb's object is the noun itself, not a part of it: "started on Friday the second day
    # of a four-day visit", "a commencé vendredi le deuxième jour d'une visite de quatre jours"
    # (a complement's link, vocabulary "name_complement_links", outside a printed date)
    gap = sentence[begun[-1].end():word.start]
    for mention in find_dates(gap):
        gap = gap[:mention.start] + " " * (mention.end - mention.start) + gap[mention.end:]
    if links is not None and links.search(fold_same_length(gap)):
        return None
    return days


@lru_cache(maxsize=None)
def _length_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None, dict[str, int], re.Pattern | None]:
    """What length_span reads for a language, built once: the count and unit before the noun
    ("four-day ", searched at the end of the folded text before it; vocabulary
    "length_day_units" before), the joiner, count and unit after it (" de quatre jours",
    matched at the start of the folded text after it; "length_day_units" after,
    "length_day_joiners"), each with the count as group 1 (None with no such words); the
    language's number words folded ("number_words"); and a complement's link in the folded gap
    between verb and noun (vocabulary "name_complement_links" links; None with none)."""
    vocabulary = reference().vocabulary
    units = vocabulary.get("length_day_units") or {}
    count = r"(\d{1,2}|[^\W\d_]+(?:\s[^\W\d_]+)?)"
    before_words = [fold(w) for w in (units.get("before") or {}).get(language) or ()]
    after_words = [fold(w) for w in (units.get("after") or {}).get(language) or ()]
    joiners = [fold(w) for w in (vocabulary.get("length_day_joiners") or {}).get(language) or ()]
    joiner = r"(?:(?:" + alternation(joiners) + r")\s+)?" if joiners else ""
    before = re.compile(r"(?<![\w-])" + count + r"-(?:" + alternation(before_words) + r")\s+$") if before_words else None
    after = re.compile(r"\s+" + joiner + count + r"\s+(?:" + alternation(after_words) + r")(?![\w-])") if after_words else None
    counts = {fold(k): v for k, v in ((vocabulary.get("number_words") or {}).get(language) or {}).items()}
    link_words = (vocabulary.get("name_complement_links") or {}).get("links") or ()
    links = (re.compile(r"(?<![\w'\u2019])(?:" + alternation([fold(w) for w in link_words]) + r")(?:\s|(?<=')|(?<=\u2019))")
             if link_words else None)
    return before, after, counts, links


# How far after its participle a relative period may stand and still date it
_PARTICIPLE_PERIOD_REACH = 60


def participle_relative_happenings(sentence: str, words: list[EventWord], main: EventWord, all_dates,
                                   anchor: PartialDate | None, language: str = "und") -> list[tuple[EventWord, tuple]]:
    """Happenings a sentence names by a past participle after the main event word, describing
    the noun before it (reduced_relative: "a pullout agreed with the government last year",
    "un retrait convenu avec le gouvernement l'an dernier", "una retirada acordada con el
    gobierno el año pasado"), dated by a period named relative to the article's right after
    it in its clause (no comma, semicolon or printed date between, at most
    _PARTICIPLE_PERIOD_REACH characters): as (the participle, (start, end) resolved against
    anchor as a past period); [] without an anchor. Of a kind other than the main's."""
    if anchor is None:
        return []
    found = []
    spans = relative_spans(sentence, language)
    for word in words:
        if word is main or word.frame or word.start < main.end or kinds_agree(word.kind, main.kind):
            continue
        if not reduced_relative(sentence, word, language):
            continue
        for lo, hi in spans:
            if not word.end <= lo <= word.end + _PARTICIPLE_PERIOD_REACH or _CLAUSE_END.search(sentence, word.end, lo):
                continue
            if any(word.end <= d.start < lo for d in all_dates) or any(word.end <= w.start < lo for w in words):
                continue
            span = relative_span(" " * lo + sentence[lo:hi], anchor, language)
            if span is not None:
                found.append((word, span))
            break
    return found


def _quote_open_before(sentence: str, offset: int) -> bool:
    """Whether a quotation opened before offset in the sentence is still open there (its
    closing mark, if any, after it): "... du nord.« Ce matin, un convoi a heurté" with the
    closing mark in a later sentence. Curly and angle marks by their last opening and closing
    marks; straight double quotes by an odd count."""
    before = sentence[:offset]
    opened = max(before.rfind("\u00ab"), before.rfind("\u201c"))
    closed = max(before.rfind("\u00bb"), before.rfind("\u201d"))
    return opened > closed or before.count('"') % 2 == 1


def subject_clause_happenings(sentence: str, words: list[EventWord], main: EventWord, event: EventFinding,
                              anchor: PartialDate | None, language: str = "und") -> list[tuple[EventWord, tuple]]:
    """The happenings told by relative clauses describing a noun before the main event word
    when that one took a day of its own ("Troops who were attacked on Monday were killed on
    Tuesday", "The envoy, who arrived in Bamako on Monday, met the president on Tuesday"):
    each clause of relative_clause_happenings (restrictive ones too) before the main word
    whose day is not the main event's (`event`, dated), as (its word, its span). [] when the
    main event is planned or undated."""
    if event.announced or event.start is None:
        return []
    return [(word, span) for word, span in relative_clause_happenings(sentence, words, main, anchor, language, restrictive=True)
            if word.start < main.start and span[0] is not None and span[0] != event.start]


def relative_clause_happenings(sentence: str, words: list[EventWord], main: EventWord, anchor: PartialDate | None,
                               language: str = "und", restrictive: bool = False) -> list[tuple[EventWord, tuple]]:
    """The happenings told by relative clauses set after a comma ("The envoy, who arrived in
    Bamako on Monday, met the president", "Keïta, qui a annoncé lundi sa candidature, a
    reçu", "El enviado, que llegó el lunes a Bamako, se reunió"), for a sentence whose main
    event word (main, outside the clause) took no day: each clause opening on a word of
    vocabulary "relative_pronouns" right after a comma, up to the next clause break
    (_CLAUSE_END), holding an event word of `words` (its first verb, else its first word)
    and a day or period named relative to the article's (relative_spans), not the day of a
    telling (told_on_day: "which said on Monday that"; a clause whose word is an announcement's
    frame, "who on Monday announced his intention", is the telling told), of a span's bound or a passing phrase
    (span_bound, in_passing), nor quoted. As (that word, (start, end) resolved against anchor
    with the clause's tense); [] with no anchor. Seen in a report of a president "who on
    Monday announced his intention to run again" (held-out articles). restrictive: also the
    clauses right after their noun with no comma, ending before the main word
    ("Troops who were attacked on Monday were killed on Tuesday"; describes_noun)."""
    pronouns = _word_pattern("relative_pronouns", language)
    if pronouns is None or anchor is None:
        return []
    compared = _compared(sentence, language in EXACT_LANGUAGES)
    spans = relative_spans(sentence, language)
    if not spans:
        return []
    found = []
    # restrictive clauses right after their noun, before the main word ("Troops who were
    # attacked on Monday were killed"), as _subordinate_spans closes them
    bounded = {lo: hi for lo, hi in _subordinate_spans(compared, language, sentence)
               if hi <= main.start} if restrictive else {}
    for match in pronouns.finditer(compared):
        lo = match.start()
        opening = clause_opening(sentence, lo, language)
        if opening.comma and opening.relative and not compared[opening.start:lo].strip():
            end = _CLAUSE_END.search(compared, match.end())
            hi = end.start() if end else len(compared)
        elif lo in bounded and describes_noun(sentence, lo, language):
            hi = bounded[lo]
        else:
            continue
        if lo <= main.start < hi:
            continue
        inside = [w for w in words if lo <= w.start < hi]
        if not inside:
            continue
        word = next((w for w in inside if w.verb and not w.frame), None) or next((w for w in inside if w.verb), inside[0])
        for start, stop in spans:
            if not lo <= start < hi or stop > hi:
                continue
            if (_quotation(sentence, start) is not None or _quote_open_before(sentence, start)
                    or not word.frame and told_on_day(sentence, start, language, words, stop)
                    or in_passing(sentence, start, words)
                    or span_bound(sentence, start, language)):
                continue
            planned = future_tense(sentence[lo:hi], language)
            span = relative_span(" " * start + sentence[start:stop], anchor, language, planned=planned)
            if span is not None:
                found.append((word, span))
                break
    return found


def clause_relative_happenings(sentence: str, used: list[DateMention], all_dates, words: list[EventWord],
                               anchor: PartialDate | None, language: str = "und",
                               taken: list[EventWord] | None = None) -> list[tuple[EventWord, tuple]]:
    """The happenings a sentence dates by a day or period named relative to the article's
    (relative_spans: "cette semaine", "next week", "el martes") in a clause of its own, apart
    from the printed dates its main event took (used): a comma, semicolon or bracket between
    (_CLAUSE_END), no printed date beside it (the weekday of "ce lundi 21 octobre" is that
    date's), no event word of its own clause (that word's day, found as usual), not inside a
    quotation (the speaker's "this morning" is the day it was said), and not the
    day of a telling (told_on_day: "the army said on Thursday"), of a span's bound
    (span_bound, in_passing) or a passing phrase. As (EventWord of kind "happening" at the
    span, (start, end) resolved against anchor with the clause's tense); [] when the main
    event took no printed date. Source: a dev article of the labelled corpus whose second
    clause ("où il présentera cette semaine son rapport au Conseil") went unreported. A year
    named relative to the article's right beside a day printed without one ("On July 9, last
    year,", "Le 9 juillet, l'an dernier,": relative_year_after, relative_year_before) is that
    day's year, no clause of its own. Where taken (the event words the sentence has told
    already, its main one among them) is given, a clause whose event words are none of those,
    no frame and no statement, dates its nearest word by that day instead of being skipped:
    "The soldier, wounded on 4 May in an ambush, died yesterday" (the aside took the printed
    date, the main verb's clause its own relative day) tells the death apart; the word then
    comes back in place of a bare happening. Only a day does so, not a period ("morts l'an
    dernier": a toll over a year). A weekday alone dates only such an event word: "The base,
    attacked on 4 May, was still closed on Tuesday" tells a state, no happening of Tuesday."""
    if not used or anchor is None:
        return []
    found = []
    for lo, hi in relative_spans(sentence, language):
        near = [d for d in all_dates if d.start - 16 <= hi and lo <= d.end]
        if any(not (d.kind == "weekday" and lo <= d.start and d.end <= hi) for d in near):
            continue  # a weekday printed with its date, or a date beside it (not the weekday itself)
        if any(d.value.year is None and d.end <= lo <= d.end + 8 and relative_year_after(sentence, d.end, language)
               or d.value.year is None and hi <= d.start <= hi + 12 and relative_year_before(sentence, d.start, language)
               for d in all_dates):
            continue  # "On July 9, last year,": the year of the day printed beside it, no happening of its own
        if _quotation(sentence, lo) is not None or _quote_open_before(sentence, lo):
            continue  # '« Ce matin, un convoi a heurté une mine »': the speaker's day, not the article's
        if any(not _CLAUSE_END.search(sentence, min(u.end, hi), max(u.start, lo)) for u in used):
            continue  # in the main event's clause: its own day or a telling's
        opens = _clause_start(sentence, lo)
        closes = _CLAUSE_END.search(sentence, hi)
        closes = closes.start() if closes else len(sentence)
        clause_words = [w for w in words if opens <= w.start < closes]
        if clause_words and (taken is None or any(any(w is t for t in taken) for w in clause_words) or any(
                w.frame or w.kind == "announcement" for w in clause_words)):
            continue  # an event word of the clause: dated with it, or not, as usual
        if near and not clause_words:
            continue  # "..., was still closed on Tuesday": a weekday in a clause with no event word tells a state
        if (told_on_day(sentence, lo, language, words, hi) or in_passing(sentence, lo, words)
                or span_bound(sentence, lo, language)):
            continue
        planned = future_tense(sentence[opens:closes], language)
        blank = " " * lo + sentence[lo:hi]
        span = relative_span(blank, anchor, language, planned=planned)
        if span is None:
            continue
        if clause_words and not span[0].day:
            continue  # "morts l'an dernier": a toll over a period, no happening of a day
        # the clause's own word nearest the day ("..., died yesterday"), else a bare happening
        word = min(clause_words, key=lambda w: (abs(w.start - lo), w.start)) if clause_words else _happening_at(lo, lo)
        found.append((word, span))
    return found


# --- one event, many reports -------------------------------------------------


def _dates_overlap(a: str, b: str) -> bool:
    """Whether two EDTF dates (an event's, a finding's) may name one happening: years, months
    and days that agree where both print them; an open year ("XXXX-08") meets any year, but a
    month of an open year never meets a bare year ("XXXX-08" and "1979": nothing in common
    but the kind)."""
    pa, pb = parse_simple(a), parse_simple(b)
    if not pa or not pb:
        return a == b
    (a0, a1), (b0, b1) = pa, pb
    if a0.year is not None and b0.year is not None and a0.year != b0.year:
        return False
    if (a0.year is None) != (b0.year is None):
        # a month of an open year ("XXXX-08": "deployed in August") shares nothing sure with a
        # bare year ("1979"): another happening of that kind, not that one
        open_year, known = (a0, b0) if a0.year is None else (b0, a0)
        if open_year.month and not known.month:
            return False
    if a0.month and b0.month and a0.month != b0.month:
        return False
    if a0.day and b0.day:
        lo_a, hi_a = a0.day, a1.day or a0.day
        lo_b, hi_b = b0.day, b1.day or b0.day
        return lo_a <= hi_b and lo_b <= hi_a
    return True


def _is_country(place: str, code: str | None) -> bool:
    row = reference().countries.get(code) if code else None
    return bool(row) and fold(place) == fold(row["name"])


def places_agree(a: str | None, a_code: str | None, b: str | None, b_code: str | None) -> bool:
    """Whether two places of an event (display names, with their ISO 3166-1 alpha-2 country
    codes where known) may be one: either unknown, the same name, or one is the country the
    other lies in ("Mali" and "Aguelhok", ML). Two towns of one country are two places."""
    if not a or not b:
        return True
    if fold(a) == fold(b):
        return True
    return bool(a_code and b_code and a_code == b_code and (_is_country(a, a_code) or _is_country(b, b_code)))


@lru_cache(maxsize=1)
def _kind_families() -> dict[str, frozenset[str]]:
    families: dict[str, frozenset[str]] = {}
    for family in reference().vocabulary.get("event_kind_families") or []:
        for kind in family:
            families[kind] = families.get(kind, frozenset()) | frozenset(family)
    return families


def kinds_may_join(a: str | None, b: str | None) -> bool:
    """Whether an event of kind a and one of kind b can ever be one (same_event then asks for
    more): kinds that agree, or a happening of no listed kind beside any kind. The registry
    looks only at the events of kinds this accepts (registry.merge_event)."""
    return kinds_agree(a, b) or HAPPENING in (a, b)


def kinds_agree(a: str | None, b: str | None) -> bool:
    """Whether two kinds of event (keys of vocabulary.yaml's event_kinds) may tell one
    happening: the same kind, or two kinds of one family of event_kind_families (an attack
    and its casualties)."""
    return a == b or (a is not None and b in _kind_families().get(a, ()))


def same_event(event: dict, finding: EventFinding) -> bool:
    """Whether a registry event (a dict of events.yaml) and an article's finding are one
    happening: kinds that agree (kinds_agree), dates that overlap, places that agree. A
    happening of no listed kind (kind "happening") is another report's event of any kind
    when both name the same day, a place, and an actor or mission in common."""
    if not kinds_agree(event.get("kind"), finding.kind):
        if not kinds_may_join(event.get("kind"), finding.kind):
            return False
        day = parse_simple(str(event.get("date") or ""))
        if not (day and day[0].day and day[0] == day[1] and finding.end is None and _day(finding.start)
                and day[0] == finding.start and event.get("place") and finding.place):
            return False
        if not set(event.get("actors") or ()) & set(finding.actors) and not set(event.get("missions") or ()) & set(finding.missions):
            return False
    if finding.date and event.get("date") and not _dates_overlap(event["date"], finding.date):
        return False
    return places_agree(event.get("place"), event.get("country"), finding.place, finding.place_code)


def event_slug(start: str, title: str) -> str:
    """An event's id as made from its start (EDTF text, "" when unknown; an unknown year is
    written "undated") and its title, the year left out of the title's words: at most 70
    characters of text.slugify ("2021-12-07", "UN Peacekeeping Ministerial 2021" ->
    "2021-12-07-un-peacekeeping-ministerial"). registry.named_as_made makes it again from an
    entry's title and date to tell whether a person changed them."""
    start = (start or "undated").replace("XXXX", "undated")
    year = start[:4] if start[:4].isdigit() else ""
    return slugify(f"{start} {' '.join(w for w in title.split() if w != year)}", max_length=70)


def event_id(finding: EventFinding) -> str:
    """The id of a new event of this finding (event_slug of its start and title)."""
    return event_slug(finding.start.edtf() if finding.start else "", finding.title)
