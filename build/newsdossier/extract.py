"""From one seed's text to an article record: composes layout, dates, language, entities, missions and events."""
from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
import dataclasses
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from urllib.parse import urlsplit


from .dates import DateMention, date_word, deadline_before, find_dates, future_tense, printed_weekday, shift_days, weekday_number, weekday_years
from .datevalue import PartialDate, edtf_of, parse_simple
from .ingest.sitename import name_spelled, name_spelled_loosely
from .entities import (ACTOR_KINDS, Found, bodies_speaking, country_demonyms, everyday_words_name, find_in_sentence, shared_end_as_host, shared_end_by_places, glued_words, join_article_names, name_tails, named_again_as_person, places_by_their_heads, speakers_named,
                       given_name_subjects, resolve_surnames, surname_parts, surnames_after_titles, with_full_names)
from .events import RECURRING, EventFinding, calendar_day, find_events, inside_quotation, _quotation_spans as quotation_spans
from .language import detect_language
from .quotes import Quote, find_quotes, headline_quote
from .reference import load_reference, reference
from .segment import TERMINAL_MARKS, no_site_domain, legend_agency_credit, word_alias, given_name_and_one_word, signoff_opener_size, printed_form, Layout, byline_outlet_name, closing_bracketed_day, contribution_credit, contribution_outlet, reads_as_unknown_outlet, unknown_outlet, _is_prose as is_prose, breadcrumb, credit_line, is_date_line, reads_as_outlet_name, desk_outlet, listed_heading, opens_or_ends_on_role, opens_with_byline, other_day_before, section_name, segment, site_clock, site_contact_bar, teaser_line, site_name_shaped, slogan_line, split_lines, web_domain_name, without_site
from .text import alternation, fold, one_edit_apart, fold_same_length, has_whole_word, holds_listed_word, shorten, slugify, split_sentences, title_case_line, whole_word_starts

DERIVED_TITLE_WORDS = 14
# A long first sentence's first clause makes a derived title only with this many words or more:
# a shorter one before the first comma is a fronted day or year ("On Tuesday", "Sáng 14/3"), a
# name before its apposition or a place, no headline.
DERIVED_CLAUSE_MIN_WORDS = 4


@lru_cache(maxsize=1)
def _peacekeeping_context() -> re.Pattern:
    """The folded words of vocabulary "peacekeeping_context", as one pattern on folded text."""
    return re.compile(alternation(sorted(reference().words("peacekeeping_context"))))


def peacekeeping_context(text: str) -> bool:
    """Whether a text speaks of peacekeeping (vocabulary "peacekeeping_context": "peacekeepers",
    "casques bleus", "gìn giữ hòa bình", "mũ nồi xanh"...), matched folded, so that a spelling
    with the tone mark placed otherwise ("hoà bình") or the other word order of Vietnamese
    ("giữ gìn hòa bình") counts. The context a host country needs to imply its mission."""
    return _peacekeeping_context().search(fold(text)) is not None

# How much of the sentence an inferred mission's reason quotes (characters; shortened at a
# word, with an ellipsis).
REASON_QUOTE_LIMIT = 160
# The most of a text's body read for actors, events and quotes (characters). A news article
# runs to a few thousand words, the longest features to some 15,000 (about 100,000
# characters); a longer text is a dump or a feed saved as one file, each of whose sentences
# costs the extraction about 1.5 ms (bench/: a one-line text of 2 MB took two minutes).
READ_LIMIT = 200_000
# A sentence's end: its mark, any closing quotation mark or bracket, then a space or the
# text's end (read_within, _lead_paragraph, _sentences_around).
_SENTENCE_END = re.compile(r"[.!?\u2026][\"\u201d\u00bb\u2019)]*(?:\s|$)")


@dataclass
class Extraction:
    """What normalize learns from one seed: the article's fields and the entities and events it names."""

    fields: dict
    body: list[str]
    entities: dict[str, Found] = field(default_factory=dict)  # by "kind:id"
    events: list[EventFinding] = field(default_factory=list)
    event_mentions: list[EventFinding] = field(default_factory=list)
    places: list[tuple[str, str | None]] = field(default_factory=list)  # dateline and title places
    text_date: tuple[str, str, str] = ("", "unknown", "")  # the text's own date, before a known one outranked it
    quotes: list[Quote] = field(default_factory=list)  # who said what, in the order of the text
    # What _article_date read (layout, lead, text, strict hints, language), for determined_date.
    date_inputs: tuple | None = field(default=None, repr=False, compare=False)
    # Whether the source is only an outlet the running text cites, the page printing none of
    # its own, and one that supplies no copy to others (no "kind" in sources.yaml).
    source_cited: bool = False
    # Characters of the body past READ_LIMIT, not read for actors, events and quotes (read_within).
    unread: int = 0

    @cached_property
    def determined_date(self) -> str:
        """The publication date as far as the text alone determines it (EDTF; "" when it
        prints none): the printed date, with its year only where printed or pinned
        (YearHints.strict). text_date is the best estimate, which may rest on the body's
        events or the years named. Worked out when first asked (eval asks; normalize does not)."""
        return _article_date(*self.date_inputs)[0] if self.date_inputs else ""


def read_within(paragraphs: list[str], limit: int = READ_LIMIT) -> tuple[list[str], int]:
    """The part of a body read for actors, events and quotes: paragraphs (str, in order) whole
    while their characters add up to at most limit; the paragraph crossing the limit is cut
    after the last sentence end before it (else at the last space, else at the limit), and
    those after it are left out. Returns (the paragraphs read, the number of characters left
    unread: 0 when the body is read whole). Pure; the body written to data/ stays whole."""
    read: list[str] = []
    room = limit
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) <= room:
            read.append(paragraph)
            room -= len(paragraph)
            continue
        cut = max((m.end() for m in _SENTENCE_END.finditer(paragraph, 0, room)), default=0) or paragraph.rfind(" ", 0, room)
        part = paragraph[:cut if cut > 0 else room].rstrip()
        if part:
            read.append(part)
        return read, len(paragraph) - len(part) + sum(len(p) for p in paragraphs[index + 1:])
    return read, 0


def derive_title(paragraphs: list[str]) -> str:
    """A title made from the first sentence, cut at a clause boundary when long; never empty.

    paragraphs: the text's paragraphs (str); returns a str. A first sentence of at most
    DERIVED_TITLE_WORDS words is the title whole; a longer one gives its glued headline, else its
    first clause (up to the first comma, semicolon or spaced dash) when that clause holds
    DERIVED_CLAUSE_MIN_WORDS to DERIVED_TITLE_WORDS + 4 words, else its first DERIVED_TITLE_WORDS
    words and an ellipsis. A clause of fewer words is a fronted day or year, a name before its
    apposition or a place ("On Tuesday, ...", "Sáng 14/3, ...", "Marta Quiroga, portavoz ...",
    "GOMA, ..."), so the words run on past it."""
    return _first_words(paragraphs).strip(" .,;:") or "Untitled article"


def _first_words(paragraphs: list[str]) -> str:
    text = next((p for p in paragraphs if not p.startswith("## ")), "") or (paragraphs[0][3:] if paragraphs else "")
    # A sentence of no word ("1.", "2019") is a list number or a stray figure, not a title.
    sentences = [s for s in split_sentences(text) if re.search(r"[^\W\d_]{2}", s)] if text else []
    first = sentences[0] if sentences else "Untitled article"
    words = first.split()
    if len(words) <= DERIVED_TITLE_WORDS:
        return first.rstrip(".")
    if (glued := _glued_headline(first)):
        return glued
    clause = re.split(r",\s|;\s|\s[\u2013\u2014-]\s", first)[0]
    if DERIVED_CLAUSE_MIN_WORDS <= len(clause.split()) <= DERIVED_TITLE_WORDS + 4:
        return clause.rstrip(".")
    return " ".join(words[:DERIVED_TITLE_WORDS]).rstrip(",;:") + "\u2026"


# The length of a copyright line; of a longer paragraph that opens with the mark, the part read.
COPYRIGHT_LINE_CHARS = 300


@lru_cache(maxsize=1)
def _copyright_patterns() -> dict[str, re.Pattern]:
    vocab = reference().vocabulary
    # the phrases as printed and without their accents ("TOUS DROITS RESERVES")
    phrases = [*vocab["rights_reserved"], *vocab["open_licence_rights"]]
    marks, reserved = alternation(vocab["copyright_marks"]), alternation({*phrases, *map(fold, phrases)})
    licence = alternation({*vocab["open_licence_rights"], *map(fold, vocab["open_licence_rights"])})
    ownership = alternation(vocab["ownership_phrases"])
    subjects, copulas = alternation(vocab["ownership_subject_determiners"]), alternation(vocab["ownership_copulas"])
    predicate_articles = alternation(vocab["ownership_predicate_articles"])
    # an elided article ("l'") glues to the name, with either apostrophe; another takes a space
    holder_articles = "|".join([*(rf"{re.escape(a)}\s+" for a in vocab["ownership_holder_articles"] if not a.endswith("'")),
                                *(rf"{re.escape(a[:-1])}['\u2019]" for a in vocab["ownership_holder_articles"] if a.endswith("'"))])
    by = alternation(vocab["byline_openers"])
    return {
        "open_licence": re.compile(rf"(?<!\w)(?:{licence})(?!\w)", re.I),
        # "Property of The Example Ledger", "This story is the property of Example Media":
        # a short line, the holder's name capitalised after the phrase
        "ownership": re.compile(
            rf"^\W*(?i:(?:{subjects})\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:{copulas})\s+(?:(?:{predicate_articles})\s+)?)?"
            rf"(?i:{ownership})\s+(?:{holder_articles})?(?P<holder>[A-ZÀ-ÝĐ][^()]{{1,80}})$"),
        # "Copyright © 2021 by Le Journal": a byline's opener before the holder (vocabulary byline_openers)
        "by": re.compile(rf"^(?i:{by})\s+(?=[A-ZÀ-ÝĐ])"),
        "reserved_first": re.compile(rf"^\W*(?:{reserved})\s*[.,;:|]?\s*", re.I),
        # "The Example Ledger © 2021", "Le Journal (c) 2019-2021": a short name, the mark and a
        # year closing the line; the mark of any case, the name opening with a capital letter
        # "The Example Ledger (Port City News Service) All rights reserved.": a short name, maybe
        # with a tagline in brackets, closed by the rights reserved, no mark
        # "2018 Example Group. Todos los derechos reservados": the year opening the line stands
        # for the mark
        "reserved_after": re.compile(rf"^(?P<year>(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)\d\d)?\s+)?(?P<holder>[A-ZÀ-ÝĐ][^\u00a9()|.,;]{{1,60}}?(?:\.[a-z]{{2,6}})?)\s*(?:\([^()]{{1,80}}\))?\s*[-\u2013\u2014.,;:|]?\s*(?i:{reserved})\W*$"),
        # "Le Journal © 2018 – Tous droits réservés": the rights reserved may close it
        "mark_after": re.compile(rf"^(?P<holder>[A-ZÀ-ÝĐ][^\u00a9()|]{{1,60}}?)\s*(?i:{marks})\s*(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)\d\d)?"
                                 rf"(?:\s*[-\u2013\u2014.,;:|]?\s*(?i:{reserved}))?\W*$"),
        "marks": re.compile(rf"\W*(?:(?:{marks})\s*)+(?P<rest>.*)$", re.I),
        "marks_optional": re.compile(rf"\W*(?:(?:{marks})\s*)*(?P<rest>.*)$", re.I),
        "reserved_last": re.compile(rf"(?:{reserved})\W*$", re.I),
        "reserved_any": re.compile(rf"(?<!\w)(?:{reserved})(?!\w)", re.I),
        # (not at the stop of a short abbreviation: "St. Example Times", "Dr. X")
        "cut": re.compile(rf"\s*(?:(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s+|[,;|]\s+|\s[-\u2013\u2014]\s|(?:{reserved}))", re.I),
    }


def _names_outlet(name: str) -> bool:
    """Whether a name printed before "All rights reserved" with no copyright mark is an
    outlet's: one the sources reference knows, or one that reads as an outlet's name
    (segment.reads_as_outlet_name: a web domain, "The Harbour Courier"), not a person's or a
    photographer's ("Photo: Jane Roe. All rights reserved.")."""
    return reference().find_source(name) is not None or reads_as_outlet_name(name)


def copyright_holder(line: str) -> str | None:
    """The holder a copyright line names, as printed: "<Copyright ⓒ The Korea Defense Daily,
    All rights reserved>" -> "The Korea Defense Daily"; "© 2019-2021 Le Journal. Tous droits
    réservés." -> "Le Journal". None when the line is no copyright line or names no one (a
    year alone). The marks and phrases are vocabulary.yaml's copyright_marks and
    rights_reserved."""
    line = " ".join(line.split())
    p = _copyright_patterns()
    if (owned := p["ownership"].match(line)):
        line = "\u00a9 " + owned["holder"]  # "Property of The Example Ledger": its holder's line
    elif (after := p["mark_after"].match(line)):
        line = "\u00a9 " + after["holder"]  # "The Example Ledger © 2021": the name before the mark
    elif (before := p["reserved_after"].match(line)) and (before["year"] or _names_outlet(before["holder"].strip())):
        # "The Example Ledger. All rights reserved.": the name before the phrase; after a year
        # opening the line ("2018 Example Group. All rights reserved."), a name of any shape:
        # a year, a name and the phrase are a copyright notice, no picture's credit
        line = "\u00a9 " + before["holder"]
    long_line = len(line) > COPYRIGHT_LINE_CHARS
    if long_line:
        # A copyright line is short; a paragraph that mentions copyright is not one, but a
        # footer paragraph that opens with the mark ("Copyright © 2023 Example.com, LLC.
        # Reproduction of material from any Example pages ... is prohibited. ...") does, the
        # holder, a year or another mark coming right after it.
        if not p["marks"].match(line[:COPYRIGHT_LINE_CHARS]):
            return None
        line = line[:COPYRIGHT_LINE_CHARS]
    line, reserved_first = p["reserved_first"].subn("", line.strip())
    match = p["marks_optional" if reserved_first else "marks"].match(line)
    if not match:
        return None
    if long_line and not re.match(r"[\W_]*(?:[A-ZÀ-ÝĐ]|(?:19|20)\d\d|[\u00a9\u24d2]|\(c\))", match["rest"].strip()):
        return None  # "Copyright infringement lawsuits against ...": a paragraph about copyright
    rest = p["reserved_last"].sub("", match["rest"].strip())
    rest = re.sub(r"^(?:(?:19|20)\d\d\s*[-\u2013/]?\s*)+", "", rest.strip())
    rest = p["marks_optional"].match(rest)["rest"]  # "Copyright 2020 © Le Journal"
    rest = p["by"].sub("", rest)  # "Copyright © 2021 by Le Journal"
    rest = p["cut"].split(rest, maxsplit=1)[0]
    rest = re.sub(r"\s+(?:19|20)\d\d$", "", rest.rstrip(" .,;:")).strip(" .,;:<>()[]\"'|-\u2013\u2014")
    # a label ("Coordinador de Redacción: Jane Roe") or a date ("Fundado el 25 de abril de")
    # is no holder's name
    if ":" in rest or any(d.kind == "date" and d.value.month for d in find_dates(rest)):
        return None
    # a description of the owner ("© 2020 a Example plc subsidiary"), written in lower case
    # after the year, names no holder (vocabulary copyright_description_openers)
    if rest[:1].islower() and len(rest.split()) > 1 and fold(rest.split()[0]) in reference().words("copyright_description_openers"):
        return None
    # the text of the footer's next link ("... - 2022 Privacy Policy", "... Políticas y
    # estándares"), no holder's name: link words (vocabulary footer_link_words) and words in
    # lower case only; a capitalised word of another kind makes it a name ("Privacy
    # International")
    if _footer_link_text(rest):
        return None
    rest = _without_footer_link(rest)
    # a name of two letters or more in a row, or one word of capitals and digits (a station's
    # or a channel's name: "M24", "N1"), not a year or a number alone
    if (re.search(r"[^\W\d_]{2,}", rest) or _LETTERS_AND_DIGITS.fullmatch(rest)) and len(rest) <= 80:
        return rest
    return None


# One word of capital letters and digits, both, a letter first: "M24", "N1", "B92".
_LETTERS_AND_DIGITS = re.compile(r"[A-ZÀ-ÝĐ]+\d+[A-ZÀ-ÝĐ\d]*")


def _footer_link_text(text: str) -> bool:
    """Whether a text is a footer link's ("Privacy Policy", "Términos y condiciones",
    "Politique de confidentialité"): it holds a word of vocabulary footer_link_words and
    every other word is in lower case ("y", "de", "of")."""
    folded = fold_same_length(text)
    if len(folded) != len(text) or not (found := list(_footer_link_words().finditer(folded))):
        return False
    left, at = [], 0
    for match in found:
        left.append(text[at:match.start()])
        at = match.end()
    left.append(text[at:])
    return not any(word[:1].isupper() or word[:1].isdigit() for word in " ".join(left).split())


def _without_footer_link(holder: str) -> str:
    """A holder's name without the text of the footer's next link glued after it ("Example
    Editores Condiciones de uso" -> "Example Editores"): cut before the first capitalised link
    word (vocabulary footer_link_words) from which on the text is all link text
    (_footer_link_text), where a name is left before it."""
    folded = fold_same_length(holder)
    if len(folded) != len(holder):
        return holder
    for match in _footer_link_words().finditer(folded):
        head = holder[:match.start()].rstrip(" -|·,")
        if match.start() > 0 and holder[match.start()].isupper() and head and _footer_link_text(holder[match.start():]):
            return head
    return holder


@lru_cache(maxsize=1)
def _footer_link_words() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(reference().words('footer_link_words'))})(?!\w)")


@lru_cache(maxsize=1)
def _corporate_form() -> re.Pattern:
    forms = alternation(fold(f).rstrip(".") for f in reference().vocabulary["corporate_forms"])
    # ("Example Press & Co.", "Example y Cía.": a form after "&" or "and" takes it along; a
    # word joiner stands apart, "El Eco" is no "e" + "co")
    joined = rf"(?:&\s*|(?:{alternation(reference().vocabulary['corporate_form_joiners'])})\s+)?"
    return re.compile(rf"(?:[\s,]+{joined}(?:{forms})\.?)+$|\s*\([^)]*\)(?=(?:[\s,]+{joined}(?:{forms})\.?)+$)")


def without_corporate_form(holder: str) -> tuple[str, bool]:
    """A copyright holder's name without the legal form of a company closing it
    ("The Example Times Company" -> "The Example Times"; "Example Media Inc." -> "Example
    Media"; "The Example Sentinel Company (Media) Limited" -> "The Example Sentinel"), and
    whether it had one
    (vocabulary "corporate_forms"). Of "Site Name / Printing Company Ltd" the part without a
    form is kept. Returns (name, had a form)."""
    parts = [part.strip() for part in re.split(r"\s/\s", holder) if part.strip()]
    pattern = _corporate_form()
    plain = [part for part in parts if not pattern.search(fold(part))]
    if len(parts) > 1 and plain:
        return plain[0], False
    name, had = holder, False
    while (match := pattern.search(fold(name))) and match.start() > 0:
        name, had = name[:match.start()].rstrip(" ,"), True
    return name, had


def _outlet_of_holder(holder: str, furniture: list[str], form_after: bool = False,
                      page: list[str] | None = None) -> str | None:
    """The outlet a copyright holder the reference does not know names: the holder itself, or
    for a company (a name with a legal form: "Example Media Group", "Editora X S.A.") the
    name left without its form where it holds a word of a newspaper's name (vocabulary
    "news_title_words": "The Example Times Company") or where the page prints it in another
    of the lines given (its masthead, its menus, its text: "Example Compass is the islands'
    news"); else None: the company that owns a site is not its outlet. form_after: the line
    prints a legal form after the holder, past a comma ("© 2021 Example Media, Inc.": the
    holder read is "Example Media"). A holder that is a web domain ("Example.com, LLC") is
    the site's name. A publishing company's name ("La Example Ediciones, SLU") gives the
    newspaper's ("La Example") where the page prints it alone on a line, as its masthead
    (page: all its lines; else the furniture given): "Times" of "Times Publishing Company"
    read in "the New York Times" is none."""
    name, corporate = without_corporate_form(holder)
    corporate = corporate or form_after
    if (short := _without_publisher_word(name)) and _printed_alone(fold(short), page or furniture):
        return short  # "The Example Express Newspapers Ltd" on the page of "The Example Express"
    if not corporate or _WEB_NAME.fullmatch(name):
        return name
    key = fold(name)
    if holds_listed_word(key.split(), reference().words("news_title_words"), any_word=True):
        return name  # "The Example Times Company": a newspaper's name
    if len(key) >= 3 and _printed_elsewhere(key, furniture):
        return name
    return None


def _without_publisher_word(name: str) -> str | None:
    """A publishing company's name without the word closing it that says it publishes
    ("La Example Ediciones" -> "La Example"; vocabulary "publisher_company_words"), where at
    least one word is left; None for a name closed by no such word."""
    words = name.split()
    if len(words) > 1 and fold(words[-1]) in reference().words("publisher_company_words"):
        return " ".join(words[:-1]).rstrip(" ,&-")
    return None


# A name that is a web domain ("Example.com", "example.co.uk").
_WEB_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)


def _form_after(line: str, holder: str) -> bool:
    """Whether a copyright line prints a company's legal form after the holder read from it,
    past a comma ("© 2021 Example Media, LLC. All rights reserved": vocabulary
    "corporate_forms")."""
    at = line.find(holder)
    if at < 0:
        return False
    forms = alternation(fold(f).rstrip(".") for f in reference().vocabulary["corporate_forms"])
    return re.match(rf"\s*,\s*(?:{forms})\.?(?!\w)", fold(line[at + len(holder):])) is not None


def _site_copyright(line: str, credit_words: frozenset[str], furniture: list[str] | None = None) -> bool:
    """A copyright line of the site ("© 2020 Le Journal", "Copyright Le Journal. All rights
    reserved"), not a photo's ("© AP Photo/Jane Doe"; "© Jane Doe" under a picture: no year,
    no reserved rights). A bare "© Le Journal" is the site's where the same name is printed in
    another line of the page's furniture (furniture: its lines other than bylines; a
    photographer is named in a byline or a credit), or where furniture is None."""
    if _photo_word_in(line) or (holder := copyright_holder(line)) is None:
        return False
    p = _copyright_patterns()
    if p["ownership"].match(" ".join(line.split())):
        return True  # "Property of The Example Ledger": the page says whose it is
    # (the rights reserved anywhere in the line: "© Site. All Rights Reserved. Published by X";
    # an open licence's "some rights reserved" is a photographer's wording as well)
    reserved = p["open_licence"].sub(" ", line)
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", line) or p["reserved_any"].search(reserved) or p["reserved_first"].search(reserved):
        return True
    if without_corporate_form(holder)[1]:
        return True  # "© Example Compass Ltd.": a company's, not a photographer's
    if furniture is None:
        return False
    return _printed_elsewhere(fold(holder), furniture)


def _printed_elsewhere(key: str, lines: list[str]) -> bool:
    """Whether a name (folded) is printed as whole words ("Ana" not in "canal") in one of the
    lines (a page's furniture, its text) that is no copyright line."""
    return any(has_whole_word(line, key) for line in _folded_non_copyright(tuple(lines)))


def _printed_alone(key: str, lines: list[str]) -> bool:
    """Whether a name (folded) is printed alone on one of the lines (as a masthead or a logo
    is: "La Example" over the page), punctuation around it aside, not inside a sentence."""
    return any(line.strip(" .,;:|·•+-\u2013\u2014#") == key for line in _folded_non_copyright(tuple(lines)))


# One page's lines are asked about for each of its copyright lines in turn: the last few
# pages' lines are kept.
@lru_cache(maxsize=8)
def _folded_non_copyright(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines that are no copyright line (copyright_holder), folded, in order."""
    return tuple(fold(line) for line in lines if copyright_holder(line) is None)


@lru_cache(maxsize=None)
def _glued_opener() -> re.Pattern:
    openers = sorted(reference().vocabulary["glued_sentence_openers"], key=len, reverse=True)
    return re.compile(r"(?<=\w) (?:" + "|".join(re.escape(w) for w in openers) + r") (?=\w)")


def _glued_headline(sentence: str) -> str | None:
    """A headline glued to the first paragraph without a stop, as scrapers join them
    ("Four soldiers honoured in Accra The ministry said on Monday ..."): the words before the
    first capitalised sentence opener (vocabulary "glued_sentence_openers") that follows a
    lowercase word and precedes one; None when there is none within a headline's length
    (4 to DERIVED_TITLE_WORDS + 6 words)."""
    for match in _glued_opener().finditer(sentence):
        before, after = sentence[match.start() - 1], sentence[match.end()]
        if not ((before.islower() or before.isdigit()) and after.islower()):
            continue
        head = sentence[:match.start()].strip()
        if 4 <= len(head.split()) <= DERIVED_TITLE_WORDS + 6:
            return head
    return None


def _credit_above_date(layout: Layout, lines: list[str]) -> str | None:
    """The outlet a credit "Outlet, date" broken over two lines names: a name alone on its
    line closed by a comma, right above the line printing the page's date ("Example Courier,"
    over "August 4, 2006", as a reprint credits the paper it copies). The reference's name for
    an outlet it knows; else the name as printed when it reads as a newspaper's
    (_newspaper_name); None otherwise (a byline's name, a place's: "Nairobi,"). lines: the
    page's lines as printed, in order."""
    printed = (layout.metadata.get("date") or "").strip()
    if not printed:
        return None
    rows = [line.strip() for line in lines if line.strip()]
    bylines = {fold(line).strip(" ,") for line in layout.bylines}
    for above, line in zip(rows, rows[1:]):
        if printed not in line or not above.endswith(",") or fold(above).strip(" ,") in bylines:
            continue
        name = above[:-1].strip()
        if (row := reference().find_source(name)):
            return row["name"]
        if _newspaper_name(name):
            return name
    return None


def _credit_on_date_line(layout: Layout) -> str | None:
    """The outlet a credit "Outlet, date" printed on one line names (a reprint of a magazine's
    piece: "Example Review, September 2005"): the name before the first comma of the page's
    date line, the date after it; the reference's name for an outlet it knows, else the name
    as printed when it reads as a newspaper's or a periodical's (_newspaper_name); None
    otherwise (a dateline's place, "Nairobi, 4 August 2006"; a writer's name)."""
    printed = (layout.metadata.get("date") or "").strip()
    name, comma, rest = printed.partition(",")
    name = name.strip()
    if not comma or not name or find_dates(name) or not any(d.kind == "date" for d in find_dates(rest)):
        return None
    if (row := reference().find_source(name)):
        return row["name"]
    return name if _newspaper_name(name) else None


def _name_twice_after_date(layout: Layout) -> str | None:
    """The site's name printed twice after the day on the page's date line, run together or
    not ("NACIONALES 30/08/2025 ExampleNewsExampleNews", "Política 14/03/2024 Sur Hoy Sur
    Hoy": a theme printing the author and publisher fields, both the site's): the name; None
    otherwise (a writer's name printed once)."""
    printed = (layout.metadata.get("date") or "").strip()
    dates = [d for d in find_dates(printed) if d.kind == "date"]
    if not dates:
        return None
    rest = printed[dates[-1].end:].strip(" |-\u2013\u2014,")
    half = len(rest) // 2
    if len(rest) % 2 == 0 and rest[:half] == rest[half:]:
        name = rest[:half].strip()
    else:
        words = rest.split()
        if not words or len(words) % 2 or words[:len(words) // 2] != words[len(words) // 2:]:
            return None
        name = " ".join(words[:len(words) // 2])
    if len(name) < 3 or not name[:1].isupper() or find_dates(name):
        return None
    return (row["name"] if (row := reference().find_source(name)) else name)


# The most words of a body's name read above a press release's label.
ISSUER_NAME_WORDS = 10


def _release_issuer(lines: list[str]) -> str | None:
    """The body that issued a press release: a release's label alone on its line (vocabulary
    "press_release_labels": "Media Release", "Communiqué de presse") under name lines (two to
    ISSUER_NAME_WORDS words, capitalised but for connectors, no figure, no closing stop), the
    top one of that block (a body's name in a second language may follow its first); the
    block stops at a line printed more than once (the headline printed twice). The
    reference's name for an outlet it knows. None without a label or a name above it.
    lines: the page's lines as printed, in order."""
    ref = reference()
    labels, connectors = ref.words("press_release_labels"), ref.words("name_connectors")
    rows = [line.strip() for line in lines if line.strip()]

    def name_line(line: str) -> bool:
        words = line.split()
        if not 2 <= len(words) <= ISSUER_NAME_WORDS or any(map(str.isdigit, line)) or line.endswith((".", "!", "?", ":")):
            return False
        # ("de l'Exemple": an elided article before a capitalised word)
        return all(re.sub(r"^[ldLD]['\u2019]", "", w)[:1].isupper() or fold(w) in connectors
                   for w in words) and words[0][:1].isupper()

    for index, line in enumerate(rows):
        if fold(line).strip(" :.") not in labels:
            continue
        top = None
        for above in reversed(rows[:index]):
            if not name_line(above) or rows.count(above) > 1:
                break
            top = above
        if top:
            return row["name"] if (row := ref.find_source(top)) else top
    return None


def _capitalised_name(name: str, words: list[str], folded: list[str]) -> bool:
    """Whether a name (its words as printed, and folded) is printed as a name: in capitals, or
    every word but the connectors (vocabulary "name_connectors": "of", "del") with a capital,
    the first word always with one ("Diario del Altiplano", "VALLEY COURIER")."""
    connectors = reference().words("name_connectors")
    capitalised = name.isupper() or all(word[:1].isupper() for word, f in zip(words, folded) if f not in connectors)
    return capitalised and words[0][:1].isupper()


def _newspaper_name(name: str) -> bool:
    """Whether a name of two to four words (connectors aside, MASTHEAD_LINE_WORDS at most) reads
    as a newspaper's: capitalised (or in capitals), opening with an article (vocabulary
    "name_articles": "Le Quotidien du Fleuve") or holding a newspaper's word ("news_title_words":
    "Valley Courier", "Diario del Altiplano") or opening with a word of an outlet's kind
    ("outlet_type_words": "Revista del Sur"), and no place or body the reference knows."""
    ref = reference()
    words = name.split()
    if not 2 <= len(words) <= MASTHEAD_LINE_WORDS:
        return False
    folded = [fold(word) for word in words]
    if not _capitalised_name(name, words, folded):
        return False
    if (folded[0] not in ref.words("name_articles") and not holds_listed_word(folded, ref.words("news_title_words"), any_word=True)
            and folded[0] not in ref.words("outlet_type_words")):
        return False
    return not ref.gazetteer.whole(name)


def slash_credit(credit: str) -> str | None:
    """The name of the outlet whose copy a credit joining names by a slash credits ("PNA/Xinhua"
    -> "Xinhua", "Sputnik/UNI" -> "Sputnik"; reference.slash_credit_row says how); None when
    the credit holds no slash, the reference knows none of its names, or the whole credit is
    one outlet's name."""
    row = reference().slash_credit_row(credit)
    return row["name"] if row else None


# The lines of the page's furniture above the text looked at for the name an outlet's code
# spells out (_code_spelled_out), and the most words of that name.
CODE_NAME_LINES = 12
CODE_NAME_WORDS = 6


def _code_spelled_out(source: str, layout: Layout) -> str:
    """The outlet's name a short code in capitals stands for ("GD&TĐ" signing the lead, "HCP -
    ..."), where the page's furniture (its masthead, above the text) prints a name whose words'
    initials spell the code ("Giáo dục & Thời đại", "Harbour Courier Post"): that name, as
    printed; the source unchanged otherwise, and where the reference knows the code (its
    aliases name the outlet). Source of the rule: pages signing their lead with their
    initials under a masthead the reference does not know."""
    letters = source.replace("&", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()) or reference().find_source(source):
        return source
    for line in layout.boilerplate[:CODE_NAME_LINES]:
        name = line.strip()
        words = re.findall(r"[^\W\d_]+", name)
        if (not words or len(words) > CODE_NAME_WORDS or not name[:1].isupper() or name.endswith((".", "!", "?"))
                or opens_with_byline(name)):
            continue
        if "".join(w[0] for w in words).upper() == letters:
            return name
    return source


def _country_agency(source: str, layout: Layout) -> str:
    """The outlet a source found names where the text is filed from a place of another
    outlet's country that lists one of its aliases as a country alias (sources.yaml
    country_aliases: "APS", the Senegalese agency's alias, names the Algerian agency in a text
    from Algiers) -> that outlet's name; else source as it is."""
    ref = reference()
    row = ref.find_source(source)
    named = ref.source_in_country(source, _dateline_code(layout)) if row else None
    return named["name"] if named is not row else source


def _dateline_code(layout: Layout) -> str | None:
    """The country code (ISO 3166-1 alpha-2) of the dateline's place as the gazetteer knows
    it (a city's country, or the country), of the country printed after it where the place is
    unknown; None without one."""
    if not layout.dateline:
        return None
    gazetteer = reference().gazetteer
    for name in (layout.dateline.place, layout.dateline.country):
        if name and (entries := [e for e in gazetteer.whole(name) if e.kind in ("city", "country")]):
            return entries[0].code
    return None


def _source(layout: Layout, lines: list[str] = (), cited=None) -> str | None:
    """The outlet that published the page, as the reference names it or as printed; None
    without one. In order: a source label, a dateline's agency or a footer credit known to
    the reference (or the outlet of an address so printed; an agency's sign-off under the
    text is such a credit, segment._take_agency_signoff); the outlet an aggregator's excerpt
    continues on (_continued_on); the outlet a republication notice names
    (_republished_from); an outlet a byline credits; a
    news agency printed by its full name alone in the byline's block (_agency_over_text); the
    site's copyright line (after the teasers, then in the metadata and furniture); an outlet
    the furniture names more than once; a credit "Outlet, date" broken over two lines
    (_credit_above_date; lines: the page's lines as printed) or on the date line itself
    (_credit_on_date_line), or the site's name printed twice after the day on it
    (_name_twice_after_date); the body named above a press release's label
    (_release_issuer); a web domain credited in brackets alone on a line of the furniture
    ("(example.com)", _bracketed_domain); the holder of a site copyright line printed
    elsewhere; the domain of the page's own address printed alone before the headline or
    after the text (unless the title bar names the site); the domain of the site's e-mail
    addresses (unless the title bar names the site); an outlet the furniture names once;
    an outlet credited for a photo that is no agency; a printed candidate above (its host
    for an address); the title bar's site name; last, the site's name its furniture alone
    gives (a phrase or button naming it, an advertising banner, a station glued to the lead,
    the masthead above the menu, the first line a blog's post footer names as the poster, the
    name printed above the site's slogan). The site's copyright line (unless it is an agency's)
    and the name its furniture gives both give way where the text credits a news agency with
    the report (_agency_credited): None then, the agency being the source extract cites. cited: a function
    of no argument giving _cited_source(layout), for a caller that asks it too (it is asked
    once then); by default _cited_source itself."""
    ref = reference()
    candidates = [layout.metadata.get("source"), layout.dateline.agency if layout.dateline else None, layout.footer_source]
    # ("(PNA/Xinhua)", "(Sputnik/UNI)": two outlets a slash joins, the one whose copy it is)
    candidates = [(slash_credit(c) or c) if c and "/" in c else c for c in candidates]
    for candidate in candidates:
        # "Source: https://www.example.org/...": the outlet of the address's host
        if candidate and (row := ref.find_source(candidate) or _address_source(candidate)):
            return row["name"]
    # An aggregator's excerpt closing on the outlet it continues on ("... suite de l'article
    # sur Example"): that outlet published the article.
    if (row := _continued_on(layout)):
        return row["name"]
    # A republication notice under the text ("This article first appeared on Example."): the
    # outlet that published the story first is its source.
    if (outlet := _republished_from(layout)):
        return outlet
    # An outlet the byline credits ("By Jane Doe, Associated Press", "Jean Dupont pour RFI");
    # a picture's credit read as a byline ("Jane Doe/AP Photo": a photo word in it) credits the
    # photographer's agency, which sells pictures to every outlet.
    credit_words = ref.words("photo_credit_words")
    for byline in _bylines(layout):
        if _photo_word_in(byline):
            continue
        if (outlets := _byline_parts(byline)[1]):
            return outlets[0]["name"]
    # A news agency whose writers the closing credit of contributors names ("Associated Press
    # writers Jane Roe in Harbourton and Tom Ash contributed to this report"): the agency's own
    # closing line, copied with its dispatch.
    if (agency := _contributing_agency(layout, lines)):
        return agency
    # A news agency printed alone on a line of the page's head, above the text, where a
    # byline stands ("Agence France-Presse" under the headline and its summary): the page
    # republished the agency's dispatch, over the site's own copyright line.
    if (agency := _agency_over_text(layout, lines)):
        return agency
    # A site name or copyright line in the page furniture ("| radiondekeluka.org",
    # "\u00a9 Reuters") names the publisher; a photo credit to an agency does not (agencies
    # sell photos to every outlet).
    # The page's own copyright line outranks the other outlets its menus link to ("Le Figaro"
    # in a list of partner sites); among the menu lines, the publisher's name recurs (its
    # logo, sections, newsletter, footer) where another outlet's is named once.
    # The footer printed after the related articles ("Read also" and the teasers under it)
    # still holds the site's copyright line.
    # A news agency the lead credits with the report ("..., AFP reported", "informó EFE") is
    # the source over the copyright line of the site that copied its dispatch, as over the
    # site's name its furniture gives (_agency_credited; extract cites the agency).
    agency = cache(lambda: _agency_credited(layout, cited))

    def own(name: str, row: dict | None = None) -> str | None:
        # The site's own name (its copyright line's holder, the name its furniture gives)
        # gives way to a news agency the lead credits with the report: None then (extract
        # cites the agency); an agency's own copyright line (row of kind "agency") stands.
        return None if agency() and (row is None or row.get("kind") != "agency") else name

    for line in layout.teasers:
        if _site_copyright(line, credit_words) and (row := ref.sources_in(copyright_holder(line) or "", credit=True)):
            return own(row["name"], row)
    named: dict[str, list] = {}
    for line in [*layout.metadata.values(), *layout.boilerplate]:
        if _site_copyright(line, credit_words):
            # the holder is the publisher ("© 2020 site.fr, owned by Group X": site.fr)
            if (row := ref.sources_in(copyright_holder(line) or "", credit=True)):
                return own(row["name"], row)
            continue
        # (a credit line naming its outlet in another spelling than the reference's, "Avec
        # Africa News": the outlet the spelling names, segment.credit_line)
        # (an agency in a picture's credit, "AFP/Jane Roe" under its legend, sold the picture)
        # (an agency closing a picture's legend after its stop, "Troops near Tyre. AFP": the
        # picture's credit, segment.legend_agency_credit)
        if (row := ref.sources_in(line) or _address_source(line) or _credited_row(line) or _title_case_agency(line)) \
                and not (row.get("kind") == "agency" and (_photo_word_in(line) or line.strip() in layout.credits
                                                          or legend_agency_credit(line))):
            named.setdefault(row["id"], [row, 0])[1] += 1
    most = max(named.values(), key=lambda pair: pair[1]) if named else None
    # A copyright line names the publisher even when the reference does not know it (over an
    # outlet the menus name once, and over an agency they name more often: an agency is
    # credited under each of the teasers' videos and pictures); the copyright of a photo
    # ("© AP Photo / Jane Doe", "© Jane Doe") is the photographer's or agency's.
    if most and most[1] > 1 and most[0].get("kind") != "agency":
        return most[0]["name"]
    # A picture credited to the outlet's own photographer ("Photo by Jane Doe/Example"), the
    # outlet printed again in the furniture (its logo, its "About Example"): over the
    # copyright line of the company that owns it.
    # A credit "Outlet, date" broken over two lines (a reprint's): the paper it names.
    if (outlet := _credit_above_date(layout, lines) or _credit_on_date_line(layout) or _name_twice_after_date(layout)
            or _release_issuer(lines) or _bracketed_domain(layout)):
        return outlet
    if (outlet := _own_picture_outlet(layout)):
        return outlet
    if (outlet := _unknown_holder(layout, credit_words)):
        return own(outlet)
    # The site's name printed as a web domain on lines of its own, again and again (its logo,
    # its footer: "example.es"), over an agency the furniture names (its credit under each
    # picture of a gallery, "EFE" on a line of its own).
    if (outlet := _web_name_outlet(layout)):
        return outlet
    # The site's name shaped like a web domain alone on the page's first line, above the
    # headline (its logo's text), even printed once.
    if (outlet := _first_line_web_name(layout, lines)):
        return own(outlet)
    # The site's name and its slogan after a dash on the page's first line (its masthead:
    # "Example Sur - Diario de Example")
    if (outlet := _dashed_masthead(layout, lines)):
        return own(outlet)
    # The site's name printed beside its own address on the page's first or last line ("-
    # Example Voices - https://examplevoices.org -", a printable page's header)
    if (outlet := _name_beside_own_address(lines)):
        return own(outlet)
    if not most and (outlet := _masthead_outlet(layout) or _tagline_outlet(layout)):
        return outlet
    if most and most[1] > 1:
        return most[0]["name"]
    # The page's own address printed alone (a browser prints it above or under the page;
    # copied with the text; a link alone among the paragraphs is another body's): its domain,
    # over the e-mail addresses (a press contact's may be another body's), under the site
    # name of the title bar.
    if not layout.site_name and (domain := _address_domain(layout.addresses)):
        return _outlet_of_domain(layout, domain)
    # The site's e-mail addresses (its newsroom's, a reporter's under the byline) are at its
    # domain: the outlet of that domain, or the domain itself for one the reference does not
    # know, over an outlet its menus name once (a partner's link); unless the title bar
    # names the site (a press contact's or a printer's address may be another body's).
    if not layout.site_name and (domain := _mail_domain([*layout.metadata.values(), *layout.bylines, *layout.boilerplate, *layout.teasers])):
        return _outlet_of_domain(layout, domain)
    if most:
        return most[0]["name"]
    # A photo credited to an outlet that is not an agency was taken by the outlet's own
    # photographer ("Photo: Jane Doe/CVN"): that outlet published the page. A photo credited
    # to an outlet alone ("(Photo: Example)", "(Ảnh: Example)") was borrowed from it: the
    # credit says where the picture came from, never who published the page.
    for credit in layout.credits:
        # ("Ảnh: Báo Example", "Foto: Diario Example": the outlet by its kind and name)
        if ref.find_source(name := _photo_credit_name(credit)) or ref.find_source(_without_outlet_kind(name)):
            continue
        for row in ref.media_named_in(credit):
            if row.get("kind") != "agency":
                return row["name"]
    # ("Source: Internet", "Nguồn: Sưu tầm": a credit naming no outlet, vocabulary
    # no_outlet_credits, names none; the rulebook's paragraph on posters' credits)
    nowhere = ref.words("no_outlet_credits")
    printed = next((c.strip() for c in candidates[:3] if c and fold(c).strip(" .").lower() not in nowhere), None)
    if printed:
        return _host_of(printed) or _spelled_out(printed, lines) or _domain_credit_spelled(printed, lines) or printed
    if layout.site_name:  # "Headline | The Sahel Tribune" above the bare headline
        return layout.site_name
    furniture = (_phrase_outlet(layout) or _advertising_outlet(lines) or _glued_station(layout) or _masthead_above_menu(layout, lines)
                 or _poster_masthead(layout, lines) or _slogan_outlet(layout, lines) or _state_masthead(layout, lines))
    # (a news agency the lead credits with the report, "AFP đưa tin ...", "..., Reuters
    # reported": the page republished its dispatch; the site's own name, which only the
    # furniture gives here, its follow button, its masthead, gives way)
    return furniture and own(furniture)


def _contributing_agency(layout: Layout, lines) -> str | None:
    """The news agency (a sources.yaml row of kind "agency") a closing credit of contributors
    names as the writers' employer, segment.contribution_outlet ("Associated Press writer Jane
    Roe contributed to this report." -> "Associated Press"), the last such line of the page's
    lines as printed; None without one, where the words name an outlet that is no agency (a
    site's own staff: "Example Times reporter Ann Lee contributed"), or where the page credits
    a writer of its own besides the contributors (layout.bylines: the agency then helped the
    site's own story)."""
    for line in reversed(lines):
        if (outlet := contribution_outlet(line)) and (row := reference().find_source(outlet)) and row.get("kind") == "agency":
            credited = set(contribution_credit(line) or ())
            return None if any(name not in credited for name in layout.bylines) else row["name"]
    return None

def _agency_credited(layout: Layout, cited=None) -> bool:
    """Whether the text credits a news agency with the report (_cited_source, a sources.yaml
    row of kind "agency": "AFP đưa tin ...", "..., Reuters reported", "informó AFP", "a
    rapporté l'AFP"): the page republished the agency's dispatch, and the site's own name,
    from its furniture or its copyright line, gives way to it (_source). cited: a function of
    no argument giving _cited_source(layout), or None to ask it here."""
    credited = (cited or (lambda: _cited_source(layout)))()
    return credited is not None and credited.get("kind") == "agency"


# The most words of a line of furniture that an advertising banner takes (_advertising_outlet).
BANNER_WORDS = 25


@lru_cache(maxsize=None)
def _article_alternations(section: str, folded: bool = False) -> tuple[str, str]:
    """The articles of a vocabulary section listing them per language ("outlet_name_articles",
    "acronym_articles"), as two alternations of regular expression: the whole words ("the",
    "la", "del") and the elided ones without their apostrophe ("l" of "l'"), for a pattern to
    follow with either apostrophe ("l'", "l’"). Input: the section's name; output: the two
    alternations, "" where the section lists none of a kind; with folded, the words folded
    (for folded text: "của" as "cua"). KeyError for a section the vocabulary lacks."""
    words = {fold(w) if folded else w for listed in reference().vocabulary[section].values() for w in listed}
    return (alternation({w for w in words if not w.endswith("'")}),
            alternation({w[:-1] for w in words if w.endswith("'")}))


@lru_cache(maxsize=1)
def _advertising_pattern() -> re.Pattern:
    """A phrase sending advertisers to a sales house (vocabulary "advertising_sales_phrases",
    every language's, folded: _listed_alternation), then an outlet's article maybe
    ("outlet_name_articles": "la", "l'"), on folded text; its end is where the name starts."""
    phrases = _listed_alternation("advertising_sales_phrases")
    whole, elided = _article_alternations("outlet_name_articles")
    return re.compile(rf"(?<!\w)(?:{phrases})\s+(?:(?:{whole}|(?:{elided})['’])\s*)?")


def _advertising_outlet(lines) -> str | None:
    """The publisher an advertising banner names: a line of BANNER_WORDS words at most
    sending advertisers to a sales house (vocabulary "advertising_sales_phrases": "contactez
    la régie publicitaire de Example") names the page's own publisher, by the capitalised
    words after the phrase (_name_after); a company's acronym before the title ("de la SSPP
    Example": the publishing company's initials) is left out. None without one."""
    for line in lines:
        if len(line.split()) > BANNER_WORDS:
            continue
        folded = fold_same_length(line)
        match = _advertising_pattern().search(folded)
        if not match or not (name := _name_after(line, match.end())):
            continue
        words = name.split()
        if len(words) > 1 and words[0].isupper() and len(words[0]) > 1 and not words[1].isupper():
            words = words[1:]  # "SSPP Le Soleil": the company's initials, then the title
        return " ".join(words)
    return None


def _glued_station(layout: Layout) -> str | None:
    """A broadcaster's or site's name printed in capitals and glued to the first sentence
    ("EXAMPLE NEWS Three soldiers were ..."): two to four words in capitals opening the first
    paragraph, one of them a word of a station's or site's name (vocabulary
    "glued_station_words") and one not, before a word in lower case after its capital. The
    name as written in title case, words of three letters or fewer kept in capitals ("KTX
    News", "Radio Exemple FM"); None without one."""
    first = layout.title or next(iter(layout.paragraphs), "")
    match = re.match(r"\s*((?:[A-ZÀ-Ý0-9&'’-]{2,}\s+){1,3}[A-ZÀ-Ý0-9&'’-]{2,})\s+[A-ZÀ-Ý][a-zà-ÿ'’]+\b", first)
    if not match:
        return None
    words = match[1].split()
    station = reference().words("glued_station_words")
    kinds = [fold(w) in station for w in words]
    if not any(kinds) or all(kinds):
        return None
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in words)


@lru_cache(maxsize=1)
def _continued_on_pattern() -> re.Pattern:
    """An aggregator's phrase sending the reader on (vocabulary continued_on_phrases, every
    language's) on folded text, the outlet's name (or web domain) after it, a colon maybe
    between ("Lire l'article complet sur : example.fr"); a phrase's "{section}" takes the one
    or two words of the outlet's section ("leer noticia completa de deportes en")."""
    pattern = _phrase_before_name("continued_on_phrases", r"(?<!\w)").pattern
    return re.compile(pattern.replace(re.escape("{section}"), r"[^\W\d_]+(?:\s[^\W\d_]+)?"))


def _phrase_before_name(section: str, opening: str) -> re.Pattern:
    """A phrase of a vocabulary section (every language's, folded) after `opening` (a regular
    expression: where the phrase may stand), then spaces, a colon maybe: what stands before
    an outlet's name, on folded text (_continued_on_pattern, _republication_pattern)."""
    return re.compile(opening + r"(?:" + _listed_alternation(section) + r")\s*:?\s+")


# The most words of an outlet's name read after an aggregator's phrase.
CONTINUED_NAME_WORDS = 5
# How far from the text's end a line opening on that phrase is looked for (past the three
# last paragraphs, where the page's comment box or sharing buttons may follow it).
CONTINUED_LINE_REACH = 8


@lru_cache(maxsize=1)
def _republication_pattern() -> re.Pattern:
    """A republication notice's phrase (vocabulary republication_notice_phrases, every
    language's) opening a folded line, the outlet's name after it."""
    return _phrase_before_name("republication_notice_phrases", r"^\W*")


# The most words of a republication notice's line, and of the outlet's name it closes on.
REPUBLICATION_LINE_WORDS = 20
REPUBLICATION_NAME_WORDS = 6


def _republished_from(layout: Layout) -> str | None:
    """The outlet a republication notice names ("This article first appeared on The Example
    Review.", "Cet article est initialement paru sur Example Matin."; _republication_pattern),
    a line of REPUBLICATION_LINE_WORDS words at most among the text's paragraphs or its
    furniture, closing on the outlet's name (capitalised, REPUBLICATION_NAME_WORDS words at
    most, or a web domain): the reference's name for an outlet it knows, else the name as
    printed where it is one word, a web domain or reads as an unknown outlet's
    (segment.reads_as_unknown_outlet: not a person's, "Article publié par Jean Dupont", nor
    words of a clause, "... trên Facebook cá nhân của ông"). None without one; a notice
    naming a day instead ("... first published on 5 March 2024"), a month or a language
    ("Originally published in French": _time_or_language) names no outlet; the day printed
    after the outlet's name ("... en Example el 5 de marzo de 2019") is cut off it
    (_without_day_after)."""
    ref = reference()
    for line in [*layout.paragraphs, *layout.boilerplate, *layout.teasers]:
        line = line.removeprefix("## ").strip()
        if len(line.split()) > REPUBLICATION_LINE_WORDS:
            continue
        if not (match := _republication_pattern().match(fold_same_length(line).lower())):
            continue
        name = _without_day_after(line[match.end():].strip().rstrip(".!;,")).strip(" \"'\u201d\u00bb()")
        words = name.split()
        if not words or len(words) > REPUBLICATION_NAME_WORDS or not (words[0][:1].isupper() or _WEB_NAME.fullmatch(name)):
            continue
        if any(d.kind == "date" for d in find_dates(name)) or _time_or_language(name):
            continue
        if (row := ref.find_source(name) or _address_source(name) or _domain_row(name)):
            return row["name"]
        if len(words) > 1 and not _WEB_NAME.fullmatch(name) and not reads_as_unknown_outlet(name):
            continue  # a person's name ("Article publié par Jean Dupont"), words of a clause
        return name
    return None


def _without_day_after(name: str) -> str:
    """The words a republication notice closes on without the day printed after the outlet's
    name and the word joining it (vocabulary republication_day_joiners): "La Gaceta del Valle
    el 5 de marzo de 2019" -> "La Gaceta del Valle", "Example on March 5, 2019" -> "Example",
    a weekday before the day too ("Example on Tuesday, March 5, 2019", "Example du mardi 5 mars").
    Words holding no such day, or a day alone ("5 March 2024"), are returned unchanged."""
    joiners = reference().words("republication_day_joiners")
    for mention in find_dates(name):
        if mention.kind != "date" or mention.start == 0 or name[mention.end:].strip(" .,;"):
            continue
        head = name[:mention.start].split()
        # the day's weekday printed before it ("on Tuesday, March 5, 2019", "el martes 5 de marzo")
        if len(head) > 1 and weekday_number(head[-1].strip(",")) is not None:
            head = head[:-1]
        # the joining word, one or two words long ("el", "vào ngày")
        for size in (2, 1):
            if len(head) > size and fold(" ".join(head[-size:])).lower() in joiners:
                return " ".join(head[:-size])
    return name


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """The names of languages the Unicode CLDR gives in English (babel), in lower case
    ("french", "vietnamese"): what "published in French" names, a language."""
    from babel import Locale

    return frozenset(name.lower() for name in Locale.parse("en").languages.values())


def _time_or_language(name: str) -> bool:
    """Whether the words a republication notice closes on name a time or a language, not an
    outlet: month and weekday names and years alone ("Originally published in March", "...
    in March 2019": dates.date_word), or a language's name ("Originally published in
    French": _language_names)."""
    words = name.split()
    return all(date_word(w.strip(",")) or w.strip(",").isdigit() for w in words) or name.lower() in _language_names()


def _continued_on(layout: Layout) -> dict | None:
    """The outlet an aggregator's excerpt sends the reader on to ("... suite de l'article sur
    Example", "Continue reading on Example", "Leer más en Example"; _continued_on_pattern), in
    the text's last paragraphs (a line opening on the phrase: among the last
    CONTINUED_LINE_REACH, a comment box may follow it) or its furniture (a line the layout took for a caption or a
    teaser too): its sources.yaml row, the longest name the
    reference knows among the words after the phrase; else, for a line made of the phrase and
    a name alone (_continued_whole_line), the name as printed (a row {"name": name}); None where
    it names none ("suite de l'article sur Autre presse"). A line made of the phrase and a name
    alone is looked for among all the paragraphs after the lead too: the aggregator's own list
    of related excerpts may follow it."""
    ref = reference()
    # A line opening on the phrase a little higher up: the page's comment box or sharing
    # buttons printed under it ("Lire la suite ... sur example.fr" / "Vous devez être membre
    # pour commenter" / ...).
    higher = [p for p in layout.paragraphs[-CONTINUED_LINE_REACH:-3]
              if _continued_on_pattern().match(fold_same_length(p.lstrip("# ")).lower())]
    # a line of the phrase and a name alone, above the aggregator's related excerpts
    whole = [p for p in layout.paragraphs[1:-CONTINUED_LINE_REACH] if _continued_whole_line(p)]
    for line in [*whole, *higher, *layout.paragraphs[-3:], *layout.boilerplate, *layout.captions, *layout.teasers]:
        folded = fold_same_length(line).lower()
        for match in _continued_on_pattern().finditer(folded):
            words = line[match.end():].split()[:CONTINUED_NAME_WORDS]
            for count in range(len(words), 0, -1):
                if (row := ref.find_source(" ".join(words[:count]).strip(" .,;:!?()\u201d\"'"))):
                    return row
            # the outlet's address or a host of its domain ("www.example.fr", "https://...")
            if words and (row := _address_source(words[0]) or _domain_row(words[0])):
                return row
            if (name := _continued_whole_line(line)):
                return {"name": name}
    return None


def _account_providers() -> frozenset[str]:
    """The social networks and web companies a reader holds an account with (vocabulary
    social_networks, account_providers; folded, lower case): "Google", "Facebook". Their
    names are a sign-in box's or a share button's, no outlet of the page."""
    return reference().words("social_networks") | reference().words("account_providers")


def _provider_service(name: str) -> bool:
    """Whether a name is a social network's or a web company's, or one of its services
    (_account_providers opening it: "Google", "Yahoo Mail", "Microsoft Outlook", "Google
    Noticias"), and no outlet the reference knows (sources.yaml). An outlet the reference
    does not know whose name opens on such a word ("Apple Daily") is taken for a service."""
    words = name.split()
    return bool(words) and fold(words[0]) in _account_providers() and not reference().find_source(name)


def _continued_whole_line(line: str) -> str | None:
    """The outlet's name a line made of an aggregator's phrase (_continued_on_pattern, opening
    the line but for an ellipsis or dashes) and that name alone closes on, as printed: two to
    CONTINUED_NAME_WORDS words that read as an outlet's the reference may not know
    (segment.reads_as_unknown_outlet: not a person's, "Leer más en Jorge Pérez"; not "Autre
    presse"; not a topic's, "Read more on Climate Change"), a network's or a web company's
    service excepted ("Leer más en Google Noticias": _provider_service), or a web domain;
    None for any other line ("Lire la suite ICI", "Read more on Monday")."""
    line = line.removeprefix("## ").strip()
    match = _continued_on_pattern().match(fold_same_length(line).lower(), len(line) - len(line.lstrip(".\u2026-\u2013\u2014 ")))
    if not match:
        return None
    name = line[match.end():].strip().rstrip(".!;,").strip(" \"'\u201d\u00bb()")
    words = name.split()
    if _WEB_NAME.fullmatch(name):
        return name
    if not 2 <= len(words) <= CONTINUED_NAME_WORDS or any(d.kind == "date" for d in find_dates(name)):
        return None
    # (English "read more on" sends the reader to a topic as often as to an outlet, "Read more
    # on Climate Change": a name not shaped as an outlet's is read by the tagger, as a
    # republication notice's is, _republished_from; a network's or a web company's service,
    # "Leer más en Google Noticias", "Read more on Facebook and Twitter", is no publisher)
    if _provider_service(name):
        return None
    return name if reads_as_unknown_outlet(name) else None


def _domain_row(word: str) -> dict | None:
    """The sources.yaml row whose web domain hosts a bare host name ("www.example.fr",
    "edition.example.com"); None for a word that is no host name."""
    host = word.strip(" .,;:!?()\u201d\"'/").lower()
    return reference().source_of_domain(host) if re.fullmatch(_LOWER_DOMAIN, host) else None


# A web domain alone in brackets on a line of its own: "(example.com)", "(www.example.org)".
_BRACKETED_DOMAIN = re.compile(r"\(\s*(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})/?\s*\)", re.IGNORECASE)


def _bracketed_domain(layout: Layout) -> str | None:
    """The outlet credited by its web domain in brackets on a line of its own above the text
    or in its furniture, as a credit "(EFE)" is printed ("(example.com)" under a quoted
    article's date on a forum or a blog): the reference's name for the domain, else the name
    the page spells with its letters, else the domain (_outlet_of_domain); None without one.
    A link in the body (a contact's, a source's) is no credit of the page."""
    for line in [*layout.metadata.values(), *layout.boilerplate]:
        if (match := _BRACKETED_DOMAIN.fullmatch(line.strip())):
            return _outlet_of_domain(layout, match["domain"].lower())
    return None


def _without_outlet_kind(name: str) -> str:
    """An outlet's name without the word of its kind opening it (vocabulary outlet_type_words:
    "Báo Example" -> "Example", "Diario Example" -> "Example"); the name as given otherwise."""
    words = alternation(reference().vocabulary["outlet_type_words"])
    return re.sub(r"^(?:" + words + r")\s+(?=\w)", "", name.strip(), flags=re.IGNORECASE)


def _title_case_agency(line: str) -> dict | None:
    """The agency (a sources.yaml row of kind "agency") whose acronym a line prints alone in
    title case ("Afp", "Efe": some sites sign a wire's copy so), the acronym three letters or
    more; None otherwise, and for an alias that is also a word of a page's menus (sources.yaml
    word_aliases: "Rss", a feed)."""
    word = line.strip(" .-\u2013\u2014()")
    if len(word) < 3 or not word.isalpha() or not word.istitle():
        return None
    row = reference().find_source(word.upper())
    if not row or row.get("kind") != "agency" or word.upper() in (row.get("word_aliases") or ()):
        return None
    return row if word.upper() in (row.get("aliases") or ()) else None


def _credited_row(line: str) -> dict | None:
    """The sources.yaml row of the outlet a credit line names (segment.credit_line: "Avec
    Africa News", "With Example Wire"), found by reference.find_source with its spelling
    variants; None for a line that is no such credit, or that prints the name alone (a credit
    word must stand before it: a menu's "RSS" is the site's feed, not the agency)."""
    credited = credit_line(line)
    # a name alone on its line ("RSS" in a menu: the site's news feed) is credited by no word
    if not credited or credited.strip() == line.strip(" ()[]-\u2013\u2014.:"):
        return None
    return reference().find_source(credited)


def _photo_credit_name(credit: str) -> str:
    """A picture's credit without the photo word and colon opening it (vocabulary
    photo_credit_words): "Photo: Example" -> "Example"; the credit as given otherwise."""
    words = alternation(reference().vocabulary["photo_credit_words"])
    return re.sub(r"^\(?\s*(?:" + words + r")\s*:?\s*", "", credit.strip(), flags=re.IGNORECASE).strip(" ()")


@lru_cache(maxsize=1)
def _photo_words() -> tuple[frozenset[str], frozenset[str]]:
    """vocabulary photo_credit_words lowercased, and folded where written without accents
    ("credit"), so that a folded word of a name ("Anh", "Minh Anh") is not the folded form of
    an accented photo word ("ảnh")."""
    listed = reference().vocabulary["photo_credit_words"]
    return frozenset(w.lower() for w in listed), frozenset(fold(w) for w in listed if w.isascii())


def _photo_word_in(line: str) -> bool:
    """Whether a line holds a word of a photo credit (vocabulary photo_credit_words), as
    written or, for a word listed without accents, folded."""
    lowered, folded = _photo_words()
    return any(w.lower() in lowered or fold(w) in folded for w in re.findall(r"[^\W\d_]+", line))


# A web address written in lower case, as a site names itself in its share bar
# ("example.com.vn", "www.example.sn"): labels of letters, digits and hyphens, the last two letters or more.
_LOWER_DOMAIN = r"(?-i:(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})"


# The articles an outlet's name may open on in a phrase naming it ("Make The Example Courier
# your preferred source"), capitalised as the name prints them.
_NAME_ARTICLES = ("The", "Le", "La", "El", "Los", "Las", "Les")


@lru_cache(maxsize=None)
def _own_outlet_patterns(section: str = "own_outlet_phrases") -> tuple[tuple[re.Pattern, bool], ...]:
    """The phrases of a vocabulary section (own_outlet_phrases, own_outlet_buttons) as
    patterns, each with whether the phrase goes on with a word after the name ("your {name}
    account"): there the name's end is the phrase's, not a guess. The name is one to four
    capitalised words, a lower-case joiner of vocabulary outlet_name_joiners maybe between two
    ("Diario del Valle"). A share bar's button
    (own_outlet_buttons) may also name the site by its web address in lower case ("Theo dõi
    example.com.vn trên"): the whole line is the button, so the address is the name."""
    # (a lower-case joiner between two capitalised words is the name's own: "Diario del Valle",
    # "L'Écho du Fleuve"; vocabulary outlet_name_joiners)
    joiner = r"(?:(?:" + "|".join(re.escape(j) for j in sorted(_name_joiners(), key=len, reverse=True)) + r") )?"
    words = (r"(?-i:(?:" + "".join(a + " |" for a in _NAME_ARTICLES) + r"L'|L’)?[A-Z0-9À-Ý][\w.&'’-]*(?: " + joiner
             + r"[A-Z0-9À-Ý][\w.&'’-]*){0,3})")
    name = rf"(?P<name>{words}|{_LOWER_DOMAIN})" if section == "own_outlet_buttons" else rf"(?P<name>{words})"
    return tuple((re.compile(r"(?i)" + ("" if phrase.startswith("^") else r"(?<!\w)") + phrase.replace("{name}", name) + r"(?!\w)"),
                  re.match(r"\s+\w", phrase.split("{name}", 1)[-1]) is not None)
                 for phrase in reference().vocabulary.get(section) or ())


def _names_weekday(line: str) -> bool:
    """Whether a date line names its weekday, whole or short, right beside a date it prints
    ("Thứ Bảy, 05/07/2025", "jueves 10 de marzo de 2022", "Sat. Oct 12th, 2024"), as a site's
    clock does: dates.printed_weekday on each date of the line (dates.yaml "weekdays",
    "weekday_abbreviations")."""
    return any(printed_weekday(line, mention) is not None for mention in find_dates(line))


# A stop after a word of three lower-case letters or more, then a space: a sentence's end.
_SENTENCE_STOP_IN_NAME = re.compile(r"(?<=[a-zß-ÿ]{3})\.\s")


def _phrase_outlet(layout: Layout) -> str | None:
    """The outlet a page names as its own in a phrase of its furniture (vocabulary
    "own_outlet_phrases": "More From Example", "Get Example Weekly delivered", "Example is a
    website about ..."; its menus, captions, headings and lines too short for running text:
    "games that support HDR" in a paragraph names none) and prints
    twice or more (as whole words, in any case, outside its copyright lines); of several,
    the one printed most often, the first met among equals; else the name a share bar's
    button of its own line gives ("Follow Example on", "Theo dõi Example trên": vocabulary
    "own_outlet_buttons"), printed once. A comment box's sign-in account ("your Google
    account", "your Yahoo Mail account": _provider_service) names its provider, no outlet.
    None without one."""
    lines = _page_lines(layout)
    stops = reference().words("own_outlet_phrase_stops")
    # (a comment box's sign-in account, "your Google account", "votre compte Facebook", "your
    # Yahoo Mail account": the provider's, _provider_service, no outlet of the page)
    found: dict[str, int] = {}
    short = [line.removeprefix("## ") for line in layout.paragraphs if line.startswith("## ") or not is_prose(line)]
    for line in [*layout.metadata.values(), *layout.bylines, *layout.boilerplate, *layout.teasers, *layout.captions, *short]:
        for pattern, closed in _own_outlet_patterns():
            for match in pattern.finditer(line):
                # (a sentence's stop after a word, "suscribite a Example. Si ya sos ...", ends the
                # name; an initial's or an abbreviation's does not: "U.S. News", "St. Louis")
                name = _SENTENCE_STOP_IN_NAME.split(match["name"], maxsplit=1)[0].strip(" .,;:'’")
                words = name.split()
                # (the word after a name's article is the one a stop is looked for in: "The
                # Example Courier" is a name, "The Newsletter" none)
                first = words[1] if len(words) > 1 and words[0] in _NAME_ARTICLES else words[0]
                # a word of the stops closing a name the phrase closes is the name's own
                # ("your Example News Today account"); where the phrase leaves the end open, it
                # is the phrase's ("Subscribe to Example Today")
                if len(name) < 3 or fold(first) in stops or (fold(words[-1]) in stops and not (closed and len(words) > 1)):
                    continue
                if _provider_service(name):
                    continue
                if name not in found:
                    found[name] = _times_printed(fold(name), lines)
    best = max(found, key=lambda n: found[n], default=None)
    if best and found[best] >= 2:
        return best
    # a share bar's button on a line of its own ("Theo dõi Example trên": own_outlet_buttons)
    # names the page's outlet once printed
    for line in [*layout.boilerplate, *layout.teasers, *layout.captions, *short]:
        for pattern, _ in _own_outlet_patterns("own_outlet_buttons"):
            if (match := pattern.search(line.strip())) and len(name := match["name"].strip(" .,;:'’")) >= 3 \
                    and fold(name.split()[0]) not in stops and not _known_body_not_outlet(name) and not _provider_service(name):
                # a web address the sources reference knows is that outlet's (its name)
                row = reference().source_of_domain(name.lower()) if re.fullmatch(_LOWER_DOMAIN, name.lower()) else None
                return row["name"] if row else name
    return None


def _known_body_not_outlet(name: str) -> bool:
    """Whether the whole name is a body, country or mission the reference knows and no outlet
    of the sources reference ("United Nations", "UNIFIL"; not "Reuters"): a line holding only
    its name and a button's or a logo's words ("United Nations logo" under a picture) is not
    the page naming its own outlet."""
    return bool(reference().gazetteer.whole(name)) and reference().find_source(name) is None


def _times_printed(key: str, lines: list[str]) -> int:
    """How many times a name (folded) is printed as whole words in lines that are no
    copyright line."""
    return sum(len(whole_word_starts(line, key)) for line in _folded_non_copyright(tuple(lines)))


def _over_parent(layout: Layout, holder: str) -> str:
    """The outlet of a page whose site copyright line names a holder the reference does not
    know, with no company's legal form nor a web domain's shape: the holder, unless the page names another
    outlet as its own in a phrase (_phrase_outlet) more often than it prints the holder (a
    parent company: "© Example Media Group" on a page that says "More From Example
    Weekly" and prints "Example Weekly" throughout)."""
    outlet = _phrase_outlet(layout)
    if outlet is None or fold(outlet) == fold(holder):
        return holder
    lines = _page_lines(layout)
    return outlet if _times_printed(fold(outlet), lines) > _times_printed(fold(holder), lines) else holder


# How often a page prints a name shaped like a web domain on lines of its own for that to be
# the site's name (its logo, its footer), not a link to another site.
WEB_NAME_LINES = 2


def _web_name_outlet(layout: Layout) -> str | None:
    """The outlet whose name, shaped like a web domain ("example.es", "Example.com"), the page
    prints alone on a line (a heading, a menu, the footer) WEB_NAME_LINES times or more: the
    reference's name for that domain, else the name as first printed; the sites where pages
    are shared (vocabulary "shared_link_domains"), public mail services, file names
    ("logo.png": "file_name_extensions") and the pictures' captions and credits (an image
    bank's name under each picture) are none. The name printed most often, the first
    met among equals; None without one."""
    ref = reference()
    counts: Counter = Counter()
    printed: dict[str, str] = {}
    for line in [*layout.metadata.values(), *layout.boilerplate, *layout.paragraphs, *layout.captions, *layout.teasers]:
        if _picture_line(line, layout):
            continue  # an image bank's name under a picture ("Example.com" after its credit)
        line = line.removeprefix("## ").strip()
        if not _WEB_NAME.fullmatch(line) or not re.search(r"\.[a-z]{2,}$", line, re.I):
            continue
        key = line.lower().removeprefix("www.")
        if no_site_domain(key):
            continue
        counts[key] += 1
        printed.setdefault(key, line)
    if not counts:
        return None
    key, times = counts.most_common(1)[0]
    if times < WEB_NAME_LINES:
        return None
    row = ref.source_of_domain(key)
    return row["name"] if row else printed[key]


# How many short lines of a page's furniture must print a newspaper-like name, one of them the
# name alone, for it to be the page's masthead (_masthead_outlet); a line of up to
# MASTHEAD_LINE_WORDS words is a menu's, a button's or a logo's.
MASTHEAD_LINES = 3
MASTHEAD_LINE_WORDS = 8


def _first_line_web_name(layout: Layout, lines: list[str]) -> str | None:
    """The outlet whose name, shaped like a web domain ("Example.net", "www.example.com.ar"),
    the page prints alone as its first line, above its headline: the logo's text a copied
    page opens with. The reference's name for that domain, else the name the page spells
    with the domain's letters ("harbourcourier.com" over "The Harbour Courier" in its
    masthead or footer, not in its headline or running text: ingest.sitename.name_spelled;
    a reader gives the name), else the name as printed; None where the first line is no
    such name, is the headline's own line, or names no news site (no_site_domain: a site
    where pages are shared, a mail service, a file's name). lines: the page's lines as printed. (A web name printed twice or more
    anywhere: _web_name_outlet.)"""
    first = next((line.strip() for line in lines if line.strip()), "").lstrip("# ").strip()
    if not first or not _WEB_NAME.fullmatch(first) or not re.search(r"\.[a-z]{2,}$", first, re.I):
        return None
    if not layout.title or fold(first) in fold(layout.title):
        return None
    key = first.lower().removeprefix("www.")
    if no_site_domain(key):
        return None
    if (row := reference().source_of_domain(key)):
        return row["name"]
    # the furniture's lines only, not the headline nor a line of running text (is_prose): the
    # story's words may spell the domain too ("hoabinh.vn" over "... tỉnh Hòa Bình ...", a
    # province; "bluehelmets.org" over "... the UN Blue Helmets ...")
    furniture = [*layout.metadata.values(), *layout.bylines, *layout.credits, *layout.boilerplate, *layout.teasers,
                 *(line for line in [*layout.captions, *layout.paragraphs] if not is_prose(line))]
    return name_spelled(key, furniture) or first


# The most words of the slogan printed after the site's name on the page's first line
# (_dashed_masthead); a longer rest is a sentence or a headline's.
MASTHEAD_SLOGAN_WORDS = 12
# The site's name, then a dash or a bar, then its slogan: "Example Sur - Diario de Example".
_DASHED_MASTHEAD = re.compile(r"^(?P<name>[^|\u2013\u2014]+?)\s+[-|\u2013\u2014]\s+(?P<slogan>\S.*)$")


def _dashed_masthead(layout: Layout, lines: list[str]) -> str | None:
    """The site's name its masthead prints as the page's first line with its slogan after a
    dash or a bar ("Example Sur - Diario de Example. Noticias de Example", "Le Journal
    Example – L'actualité de la région", "The Example Times | News from the valley"): the
    name where it reads as a newspaper's (_newspaper_name: an article opening it, a
    newspaper's word in it; no place nor body the reference knows) and says it is one (a
    newspaper's word or an outlet's kind in it, "The Example Times", "Báo Example"; the
    reference's outlet; or the slogan opening with a publication's kind, segment.slogan_line:
    "Diario de Example"; an article alone opens a brand's, a person's, a place's name: "The
    Example Face | Never stop exploring", "El Greco - Pintor"), the slogan of
    MASTHEAD_SLOGAN_WORDS words at most and no web address, the name no section's ("Latest
    News"), and the line no headline (the title is not in it);
    the reference's name for an outlet it knows (a news agency's is none: its credit),
    else the name as printed. None otherwise. lines: the page's lines as printed."""
    first = next((line.strip() for line in lines if line.strip()), "").lstrip("# ").strip()
    match = _DASHED_MASTHEAD.match(first)
    if not match or len(match["slogan"].split()) > MASTHEAD_SLOGAN_WORDS or _ADDRESS.search(match["slogan"]):
        return None  # (a name beside an address is _name_beside_own_address's)
    if layout.title and (fold(layout.title) in fold(first) or fold(first) in fold(layout.title)):
        return None
    name = match["name"].strip()
    folded = [fold(word) for word in name.split()]
    if not _newspaper_name(name) or section_name(folded):
        return None  # ("Latest News - ...": a section's name)
    ref = reference()
    row = ref.find_source(name)
    if row is not None and row.get("kind") == "agency":
        return None
    if row is None and not (holds_listed_word(folded, ref.words("news_title_words"), any_word=True)
                            or folded[0] in ref.words("outlet_type_words") or slogan_line(match["slogan"])):
        return None  # (an article alone: "The Example Face | Never stop exploring")
    return row["name"] if row else name


# The most words of a line printing the site's name beside its own address (_name_beside_own_address).
OWN_ADDRESS_LINE_WORDS = 10


def _name_beside_own_address(lines: list[str]) -> str | None:
    """The site's name printed beside its own web address on the page's first or last line
    (lines: the page's lines as printed), a line of up to OWN_ADDRESS_LINE_WORDS words
    that is no running text (segment._is_prose): "- Example Voices - https://examplevoices.org -", the
    header of a blog's printable page; "Example Post | www.examplepost.com" closing the page.
    The reference's name for the address's host, else the name the rest of the line spells
    with the letters of the host's registrable domain (ingest.sitename.name_spelled: a
    section's host, "news.example.org", is spelled by "Example", never by "News"), else with
    its host's first label in capitals (an acronym: "UNMISS" at "unmiss.unmissions.org"); None where
    the line is no such line, a teaser to another article ("Read more: Harbour Post -
    https://harbourpost.org/...", segment.teaser_line), the host is a site where pages are
    shared or a mail service (no_site_domain), or the words beside the address do not spell
    it (another site's link)."""
    printed = [line.strip() for line in lines if line.strip()]
    for line in dict.fromkeys([*printed[:1], *printed[-1:]]):
        if (len(line.split()) > OWN_ADDRESS_LINE_WORDS or is_prose(line) or not (match := _ADDRESS.search(line))
                or teaser_line(line)):
            continue
        host = match["host"].lower().removeprefix("www.")
        domain = _commonest_domain([host], frozenset()) or host
        if no_site_domain(host) or no_site_domain(domain):
            continue
        if (row := reference().source_of_domain(host)):
            return row["name"]
        # the line's words but the address's own
        start, end = line.rfind(" ", 0, match.start()) + 1, line.find(" ", match.end())
        beside = [line[:start] + (line[end:] if end > 0 else "")]
        # (else the host's first label spelled in capitals: a body's acronym at its parent's
        # domain, "UNMISS - https://unmiss.unmissions.org"; a section's word, "News", is none)
        if (name := name_spelled(domain, beside) or (n if (n := name_spelled(host, beside)) and n.isupper() else None)):
            return _name_with_head(name, beside[0])
    return None


def _name_with_head(name: str, line: str) -> str:
    """name (spelled by an address's letters) as the line prints it whole: where capitalised
    words join it before by a joiner of a head to its complement (vocabulary country_joiners:
    "Voz del Litoral - https://litoral.com.ar", "Ministerio de Defensa -
    https://www.defensa.gob.ar", "Le Journal de Tulle - https://tulle.fr"), the address spells
    only the name's last words, and the name runs from the first of those words; else name."""
    at = line.find(name)
    words = line[:at].split() if at > 0 else []
    joiners = reference().words("country_joiners")
    if not words or fold(words[-1]) not in joiners:
        return name
    head = []
    while words and (fold(words[-1]) in joiners or (words[-1][:1].isupper() and words[-1].isalpha())):
        head.insert(0, words.pop())
    while head and fold(head[0]) in joiners:
        head.pop(0)
    return " ".join([*head, name]) if head else name


def _masthead_outlet(layout: Layout) -> str | None:
    """The outlet whose name the page prints as its masthead: a name of two to four
    capitalised words (or in capitals: "EL DIARIO"), read like a newspaper's (opening with an
    article, vocabulary "name_articles": "La Voz", "The Courier"; or holding a word of one,
    "news_title_words": "Valley Herald"), printed alone on a line of its furniture twice, or
    once and in MASTHEAD_LINES short lines in all ("Subscribe to read Valley Herald", "Valley
    Herald Sport"); a place's or a body's name the reference knows ("La Paz"), a news
    agency's (reference kind "agency": its credit under each picture), a byline's name, the
    pictures' captions and credits and the copyright lines are none. The name printed in the most lines, the first met
    among equals, as printed in mixed case where it is (the reference's name for an outlet it
    knows); a name made only of menu words (vocabulary "navigation_words", "section_words":
    "Latest News") or naming a site where pages are shared ("shared_link_domains") is none.
    None without one."""
    ref = reference()
    articles, title_words = ref.words("name_articles"), ref.words("news_title_words")
    # the names of the sites a page is shared on ("Facebook Messenger" under each button)
    social = {domain.split(".")[0] for domain in ref.words("shared_link_domains") if len(domain.split(".")[0]) > 2}
    # (the pictures' captions and credits are left out: "The Associated Press" under each
    # picture is the agency's credit, no masthead)
    lines = [line.lstrip("# ").strip() for line in [*layout.metadata.values(), *layout.boilerplate, *layout.captions,
                                                   *layout.teasers, *layout.paragraphs]
             if line not in layout.bylines and not _picture_line(line, layout)]
    short = [line for line in lines if 1 <= len(line.split()) <= MASTHEAD_LINE_WORDS and copyright_holder(line) is None]
    bylines = {fold(line) for line in layout.bylines}
    alone: Counter = Counter()
    printed: dict[str, list[str]] = {}
    for line in short:
        name = line.strip(" +|:·•-\u2013\u2014")
        words = name.split()
        if len(words) == 1 and _camel_title(name):
            # a name of one word joining a newspaper's words in capitals ("ValleyTIMES",
            # "CoastPost"): read as its parts
            if fold(name) in bylines or fold(name) in social:
                continue
            alone[fold(name)] += 1
            printed.setdefault(fold(name), []).append(name)
            continue
        if not 2 <= len(words) <= 4:
            continue
        folded = [fold(word) for word in words]
        if not _capitalised_name(name, words, folded):
            continue
        if folded[0] not in articles and not holds_listed_word(folded, title_words, any_word=True):
            continue
        key = " ".join(folded)
        if key in bylines or social.intersection(folded) or section_name(folded):
            continue  # a byline's name, a share button, a section's name ("Latest News")
        if (row := ref.find_source(name)) is None and ref.gazetteer.whole(name):
            continue  # a place's or a body's name ("La Paz")
        if row is not None and row.get("kind") == "agency":
            continue  # a news agency's credit ("The Associated Press"), as in _source
        alone[key] += 1
        printed.setdefault(key, []).append(name)
    best, most_lines = None, 0
    for key, times in alone.items():
        # (as a name, its first letter a capital: not "the Xbox" in a wrapped sentence)
        folded_key = fold_same_length(key)
        in_lines = sum(1 for line in short if any(line[at].isupper() for at in whole_word_starts(fold_same_length(line), folded_key)))
        # an outlet the reference knows whose name is a section's too ("El Mundo", the world
        # news of another paper, in its top and bottom menus): never on two lines alone only
        known = ref.find_source(printed[key][0]) is not None
        if (in_lines >= MASTHEAD_LINES or (times >= 2 and not known)) and in_lines > most_lines:
            best, most_lines = key, in_lines
    if best is None:
        return None
    forms = printed[best]
    if (row := ref.find_source(forms[0])):
        return row["name"]
    return next((form for form in forms if not form.isupper()), forms[0])


@lru_cache(maxsize=1)
def _post_footer_pattern() -> re.Pattern:
    vocab = reference().vocabulary
    return re.compile(rf"^\W*(?:{alternation(vocab['post_footer_openers'])})\s+(?P<poster>.{{2,60}}?)\s+"
                      rf"(?:{alternation(vocab['post_footer_time_words'])})\s+\d", re.I)


def _poster_masthead(layout: Layout, lines: list[str]) -> str | None:
    """The site's name a blog prints as the page's first line and again as the poster of the
    post in its footer ("Indian Example News" / ... / "Posted by Indian Example News at
    4/15/2025 08:41:00 AM"; vocabulary post_footer_openers and post_footer_time_words): the
    blog posts under its own name. The first line as printed (the reference's name for an
    outlet it knows); None where the poster is another name (a writer's), or where the first
    line is the headline, a byline or a news agency. lines: the page's lines as printed."""
    page = [line.strip() for line in lines if line.strip()]
    if len(page) < 3:
        return None
    first = page[0].lstrip("# ").strip()
    if not 1 <= len(first.split()) <= 6 or first.endswith(TERMINAL_MARKS) or first in layout.bylines \
            or (layout.title and fold(first) == fold(layout.title)):
        return None
    pattern = _post_footer_pattern()
    if not any((m := pattern.match(line)) and fold(m["poster"]) == fold(first) for line in page[1:]):
        return None
    row = reference().find_source(first)
    if row is not None:
        return None if row.get("kind") == "agency" else row["name"]
    return first


def _slogan_outlet(layout: Layout, lines: list[str]) -> str | None:
    """The site's name printed on a line of its furniture right above its slogan, a line of
    segment.slogan_line: a short line opening with a word of a publication's kind, "Example
    Niger" / "Hebdomadaire d'informations générales"): one to
    four words, each opening on a capital or all in capitals, no stop, no digit but a name's
    number (segment.site_name_shaped), no paragraph of the text, no byline, no news agency (its credit) and no place or
    body the reference knows. The name as printed (the reference's name for an outlet it
    knows); None without one. lines: the page's lines as printed."""
    page = [line.strip().lstrip("# ").strip() for line in lines if line.strip()]
    text = {para for para in layout.paragraphs if not para.startswith("## ")}
    ref = reference()
    for name, slogan in zip(page, page[1:]):
        if not slogan_line(slogan):
            continue
        if (not site_name_shaped(name)
                or name in text or name in layout.bylines or opens_with_byline(name)
                or (layout.title and fold(name) == fold(layout.title))):
            continue
        row = ref.find_source(name)
        if row is not None:
            if row.get("kind") != "agency":
                return row["name"]
            continue
        if ref.gazetteer.whole(name) or section_name(re.findall(r"[^\W\d_]+", fold(name))):
            continue
        return name
    return None


# The fewest menu lines right under a page's first line that make that line the site's
# masthead (_masthead_above_menu), and the most words of a line of that menu.
MENU_MASTHEAD_LINES = 2
MENU_LINE_WORDS = 3


def _masthead_above_menu(layout: Layout, lines: list[str]) -> str | None:
    """The site's name a copied page prints as its first line, right above its menu: one to
    four words (connectors and "&" aside), each opening on a capital or all in capitals (a
    section's or a topic's line is written in sentence case: "Quốc tế", "Vụ tấn công"), no
    stop, no digit but a name's number (segment.site_name_shaped: "Quân khu 9", "M24"), no more than
    half of them menu words (vocabulary "navigation_words") and no language's name (vocabulary
    "language_picker_words": "Vie Tiếng Việt", "Fr Français" are the language picker's items), and under
    it the menu, lines of MENU_LINE_WORDS words at most among which MENU_MASTHEAD_LINES or
    more (and half or more) are section names (segment.section_name: "Home", "Actualidad",
    "Thời sự"), or a breadcrumb ("Accueil » Afrique » Mali"). The name as printed (the
    reference's name for an outlet it knows); None where the first line is a section's name,
    a place or a body the reference knows or whose first or last word is a body's (vocabulary
    organisation_heads: "... Relief Fund"), a news agency (its credit), an outlet's word alias with no menu under it (sources.yaml
    word_aliases: "EL PAÍS", also the national section's name, printed over the headline), a byline or the
    headline itself (printed above the menu and again under it), where the page's copyright
    line names another holder, or nothing like a menu follows. Between the name and the menu,
    SLOGAN_LINES lines at most of the site's slogan or its name spelled out may stand
    (_tagline_under_masthead: "Presidencia de la Nación"). lines: the page's lines as printed."""
    page = [line.strip() for line in lines if line.strip()]
    if len(page) < 3:
        return None
    first = page[0].lstrip("# ").strip()
    letters = re.findall(r"[^\W\d_]+", fold(first))
    if not site_name_shaped(first) or section_name(letters):
        return None
    if layout.title and fold(first) in fold(layout.title) or first in layout.bylines or opens_with_byline(first):
        return None
    ref = reference()
    if 2 * sum(word in ref.words("navigation_words") for word in letters) > len(letters) \
            or holds_listed_word(letters, ref.words("language_picker_words"), any_word=True, any_pair=True):
        return None  # a menu's item itself ("Vie Tiếng Việt", the language picker's)
    row = ref.find_source(first)
    if row is None and (ref.gazetteer.whole(first) or {letters[0], letters[-1]} & ref.words("organisation_heads")):
        return None  # a place's or a body's name ("Centrafrique", "Líbano", "Harbour Relief Fund")
    # (an outlet's word alias, "EL PAÍS", "El Mundo", is also a section's name, the national or
    # the world news: sources.yaml word_aliases; the masthead only above a menu, as a name the
    # reference does not know)
    alias = row is not None and word_alias(first)
    if (row is None or alias) and any((holder := copyright_holder(line)) and fold(holder) != fold(first) for line in page[1:]):
        return None  # the page's copyright line names another holder: the first line is no masthead
    if row is not None and not alias:
        return None if row.get("kind") == "agency" else row["name"]  # (an agency's name is its credit)
    name = row["name"] if alias else first
    menu, block, slogans = 0, 0, 0
    for line in page[1:]:
        if breadcrumb(line):
            return name if block == 0 else None
        if len(line.split()) > MENU_LINE_WORDS:
            if block == 0 and slogans < SLOGAN_LINES and _tagline_under_masthead(line, layout):
                # "Example Post" / "The news of the valley" / "Home" / "Sport": the
                # site's slogan (or its name spelled out) between its name and its menu
                slogans += 1
                continue
            break
        block += 1
        menu += section_name(re.findall(r"[^\W\d_]+", fold(line)))
    return name if menu >= MENU_MASTHEAD_LINES and 2 * menu >= block else None


# The most words of a state body's name printed as a government site's masthead (_state_masthead).
STATE_MASTHEAD_WORDS = 6


def _state_masthead(layout: Layout, lines: list[str]) -> str | None:
    """The state body a government's site names in its masthead: the page's first line, two
    to STATE_MASTHEAD_WORDS words opening with a word of vocabulary "state_masthead_heads"
    ("Presidencia de la Nación", "Ministère des Armées", "Ministry of Defence", "Bộ Quốc
    phòng"), shaped as a name (no stop, no digit; in English, French and Spanish its words
    capitalised: segment.site_name_shaped; in Vietnamese the syllable after the head) and printed right above the headline or above a
    line of the menu (segment.section_name). The name as printed (the reference's name for an
    outlet it knows); None otherwise, and where the line is the headline or a byline. Asked
    last, where nothing else on the page names its outlet."""
    page = [line.lstrip("# ").strip() for line in lines if line.strip()]
    if len(page) < 3 or layout.title is None:
        return None
    first, second = page[0], page[1]
    words = first.split()
    if not 2 <= len(words) <= STATE_MASTHEAD_WORDS or first.endswith(TERMINAL_MARKS) or any(ch.isdigit() for ch in first):
        return None
    if fold(first) == fold(layout.title) or first in layout.bylines or opens_with_byline(first):
        return None
    ref = reference()
    vocab = ref.vocabulary["state_masthead_heads"]
    folded, lowered = fold(first), first.lower()
    opens = any(folded == head or folded.startswith(head + " ") for head in ref.words("state_masthead_heads"))
    # (Vietnamese: the name's next syllable capitalised, "Bộ Quốc phòng"; not "Bộ trưởng ...", the minister)
    opens_vi = any(lowered.startswith(head.lower() + " ") and first[len(head) + 1:][:1].isupper() for head in vocab.get("vi") or [])
    if not (opens and site_name_shaped(first, most_words=STATE_MASTHEAD_WORDS)) and not opens_vi:
        return None
    under = second == layout.title or fold(second) == fold(layout.title) or (
        len(second.split()) <= MENU_LINE_WORDS and section_name(re.findall(r"[^\W\d_]+", fold(second))))
    if not under:
        return None
    row = ref.find_source(first)
    return row["name"] if row is not None else first


# The most lines of a site's slogan between its name and its menu (_masthead_above_menu).
SLOGAN_LINES = 2


def _tagline_under_masthead(line: str, layout: Layout) -> bool:
    """Whether a line under a page's first line reads as the site's slogan or its name spelled
    out ("The news of the valley", "Presidencia de la Nación"), not as the text's:
    TAGLINE_WORDS words at most, no full stop or question closing it, no date, not the
    headline, no byline."""
    line = line.strip()
    return (len(line.split()) <= TAGLINE_WORDS and not line.endswith((".", "?", ":", ";", ","))
            and not is_date_line(line) and not find_dates(line) and line != layout.title
            and line not in layout.bylines and not opens_with_byline(line))


# The most words of a masthead line that prints the site's name with its slogan.
TAGLINE_WORDS = 12

# A site's name shaped like a web domain, then a comma, a colon or a dash and its slogan in
# lower case ("Example.net, l'actualité du pays", "Example.com - the news of the valley").
_TAGLINE = re.compile(r"(?P<name>[A-Za-zÀ-ÿ][\w-]*(?:\.[\w-]+)*\.[a-z]{2,})\s*(?:,|:|\s[\u2013\u2014-])\s+(?=[a-zà-ÿ])")


def _tagline_outlet(layout: Layout) -> str | None:
    """The site whose name, shaped like a web domain, opens a masthead line with its slogan
    ("Example.net, l'actualité du pays sur le net"; _TAGLINE): the title or a line of the
    furniture above the text, TAGLINE_WORDS words at most and closing on no full stop (a
    sentence "Example.com, the site said, ..." is none); the reference's name for the domain,
    else the name as printed. None without one; the sites where pages are shared
    (vocabulary "shared_link_domains") and file names are none."""
    ref = reference()
    for line in [*([layout.title] if layout.title else []), *layout.metadata.values(), *layout.boilerplate]:
        line = line.strip()
        if len(line.split()) > TAGLINE_WORDS or line.endswith((".", "!", "?")) or not (match := _TAGLINE.match(line)):
            continue
        key = match["name"].lower().removeprefix("www.")
        if no_site_domain(key):
            continue
        row = ref.source_of_domain(key)
        return row["name"] if row else match["name"]
    return None


def _camel_title(word: str) -> bool:
    """Whether one word joins two or more capitalised words, one of them a newspaper's
    (vocabulary "news_title_words"), with no space: "ValleyTIMES", "CoastPost", not
    "Podcasts" nor "YouTube"."""
    parts = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", word)
    return (len(parts) >= 2 and "".join(parts) == word
            and holds_listed_word([fold(p) for p in parts], reference().words("news_title_words"), any_word=True))


def _picture_line(line: str, layout: Layout) -> bool:
    """Whether a line of the page is a picture's caption (one printed under a credit or
    with a photo marker: segment's picture_captions) or a picture's credit."""
    return line in layout.picture_captions or line in layout.credits


def _outlet_of_domain(layout: Layout, domain: str) -> str:
    """The outlet of a registrable domain the page prints (its address, its e-mail
    addresses): the reference's name for it, else the name the page spells with the domain's
    letters ("exampleobserver.com" -> "Example Observer", printed in its footer or text:
    ingest.sitename.name_spelled), else the domain itself."""
    row = reference().source_of_domain(domain)
    if row:
        return row["name"]
    return name_spelled(domain, _page_lines(layout)) or domain


def _page_lines(layout: Layout) -> list[str]:
    """The lines of a page where it may print its own name: title, metadata, bylines,
    credits, captions, paragraphs, furniture, teasers."""
    return [*([layout.title] if layout.title else []), *layout.metadata.values(), *layout.bylines, *layout.credits,
            *layout.captions, *layout.paragraphs, *layout.boilerplate, *layout.teasers]


def _domain_spelled(layout: Layout, known) -> str | None:
    """The outlet's name as the page prints it ("The Example Herald") where what came with
    the text gives only the domain of an outlet the reference does not know
    ("exampleherald.com": ingest.known, origin "domain") and no name of its own; None
    otherwise (ingest.sitename.name_spelled)."""
    if known is None or known.best("source", ("collector", "markup", "address")) is not None:
        return None
    domain = known.best("source", ("domain",))
    if domain is None:
        return None
    return name_spelled(str(domain.value), _page_lines(layout))


# The most words of a publishing platform's account name.
ACCOUNT_NAME_WORDS = 6


def _platform_account(layout: Layout, text: str, known) -> str | None:
    """The publisher of a page on a publishing platform (its address's domain in vocabulary
    "publishing_platform_domains": "someone.example-platform.com"): the account's name, printed
    on the line right above the page's date line ("Example Ministry" / "4 min read May 28,
    2021"), of one to ACCOUNT_NAME_WORDS words, capitalised, no sentence and not the
    headline. None for a page elsewhere, without what came with the text, or without such a
    line."""
    if known is None or not layout.metadata.get("date") or (url := known.best("url")) is None:
        return None
    host = (urlsplit(str(url.value)).hostname or "").lower()
    platforms = reference().words("publishing_platform_domains")
    if not any(host == d or host.endswith("." + d) for d in platforms):
        return None
    lines = split_lines(text)
    at = next((i for i, line in enumerate(lines) if line == layout.metadata["date"]), None)
    if not at:
        return None
    name = lines[at - 1].strip()
    words = name.split()
    if not 1 <= len(words) <= ACCOUNT_NAME_WORDS or not name[:1].isupper() or name.endswith((".", "!", "?", ":")) \
            or name == layout.title or find_dates(name):
        return None
    return name


# A picture's credit: its photographer, a slash, and who the photographer works for ("Photo
# by Jane Doe/Example Times", "Image: Jane Doe / Example"); the part after the slash, a
# capitalised name of one to four words, is read.
_PICTURE_OUTLET = re.compile(r"(?:^|[\s:])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s?/\s?"
                             r"(?P<outlet>(?:The |La |Le |El )?[A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3})\s*$")


def _own_picture_outlet(layout: Layout) -> str | None:
    """The outlet the page's pictures are credited to after their photographer's name (a
    credit line, or a caption that is only "Jane Doe/Example Magazine"), where the reference
    does not know it and the page prints the same name in a line of its furniture that is no
    credit (its logo, "About Example", "Get Example Magazine in your inbox"); an agency's or
    a known outlet's credit is left to the reference's rules. None without one."""
    ref = reference()
    furniture = [*layout.metadata.values(), *layout.boilerplate, *layout.teasers]
    for line in [*layout.credits, *layout.captions]:
        match = _PICTURE_OUTLET.search(line)
        if not match or (line in layout.captions and match.start() > 0):
            continue
        outlet = match["outlet"].rstrip(".")
        if len(outlet) < 3 or ref.find_source(outlet) is not None:
            continue
        if _printed_elsewhere(fold(outlet), [f for f in furniture if f not in layout.credits and "/" not in f]):
            return outlet
    return None


def _unknown_holder(layout: Layout, credit_words: frozenset[str]) -> str | None:
    """The outlet the site's copyright line names where the reference does not know it
    (_outlet_of_holder: a company's name only where the page prints it elsewhere or it reads
    like a newspaper's), from the footer after the teasers, then the rest of the furniture;
    None without one."""
    furniture = [line for line in [*layout.metadata.values(), *layout.boilerplate] if not opens_with_byline(line)]
    # the footer after the related articles first, as for an outlet the reference knows (a
    # copyright line right under the text may be the story's own or its picture's)
    for line in [*layout.teasers, *layout.boilerplate]:
        if not (_site_copyright(line, credit_words, furniture) and (holder := copyright_holder(line))):
            continue
        if _parent_company(holder):
            continue  # a company owning many titles names none of them
        if (outlet := _outlet_before_company_word(holder, _page_lines(layout))):
            return outlet  # "© Example Media, LLC" on a page that prints "Example" as a name
        if (outlet := _outlet_of_holder(holder, [*furniture, *layout.paragraphs], _form_after(line, holder), _page_lines(layout))):
            if without_corporate_form(holder)[1] or _form_after(line, holder) or _WEB_NAME.fullmatch(outlet):
                return outlet
            return _over_parent(layout, outlet)
    return None


def _parent_company(holder: str) -> bool:
    """Whether a copyright holder is a company that owns many titles (vocabulary
    "parent_media_companies": "Example Nast" owns magazines under names of their own), with or
    without its legal form."""
    parents = reference().words("parent_media_companies")
    return fold(holder) in parents or fold(without_corporate_form(holder)[0]) in parents


# How often a page prints a company's first words as a name of their own for them to be its
# outlet's name (_outlet_before_company_word).
OWN_NAME_TIMES = 2
# What closes a sentence before a word whose capital is then the sentence's own.
_SENTENCE_ENDS = frozenset(".!?…:;\"“”»")


def _outlet_before_company_word(holder: str, lines: list[str]) -> str | None:
    """The outlet named by the words before a media company's word in a copyright holder's
    name ("Example Media, LLC", "Example Digital Inc." -> "Example"; vocabulary
    "media_company_words", the legal form left out first), where the page prints those words
    OWN_NAME_TIMES or more as a name standing alone, with no capitalised word beside it
    ("turn to Example", "Example's reporters", a line of its own; not "Example Media" nor
    "the New Example Times", nor opening a sentence: "Example payments rose" says nothing of
    a name), outside its copyright lines. None otherwise."""
    name = without_corporate_form(holder)[0]
    words = name.split()
    company = reference().words("media_company_words")
    while len(words) > 1 and fold(words[-1]) in company:
        words = words[:-1]
    if len(words) == len(name.split()):
        return None
    core = " ".join(words)
    if len(core) < 2:
        return None
    pattern = re.compile(rf"(?<![\w&]){re.escape(core)}(?![\w&-])")
    times = 0
    for line in lines:
        if core not in line or copyright_holder(line) is not None:
            continue
        for match in pattern.finditer(line):
            before, after = line[:match.start()].split()[-1:], line[match.end():].split()[:1]
            if any(word[:1].isupper() or word[:1].isdigit() or word[:1] == "&" for word in before + after):
                continue
            if after and (not before or before[0][-1:] in _SENTENCE_ENDS):
                continue  # "Digital payments rose": a sentence's capital, not a name's
            times += 1
    return core if times >= OWN_NAME_TIMES else None


def _cited_source(layout: Layout) -> dict | None:
    """The outlet (a sources.yaml row) the text itself cites as its source ("... told Radio
    Okapi", "(GNA)"; "..., Example reported" in the lead, the first paragraph of running
    text: reference.reporting_sources_in), the one cited most; None without one. Where the page prints no outlet
    of its own (_source), the best guess from the text; an agency's or a press office's
    (sources.yaml "kind": its copy is what other outlets print) is as good as printed,
    another outlet's is weaker than the page's own address (a story quotes another outlet's
    report: ingest.precedence.settle)."""
    ref = reference()
    lead = _lead_paragraph(layout)
    after = _after_lead(layout, lead)
    named = Counter(row["id"] for index, para in enumerate(layout.paragraphs)
                    for row in ref.reporting_sources_in(para, lead=para is lead, further=index in after))
    if named:
        best = max(named, key=lambda i: named[i])
        return next(row for row in ref.sources if row["id"] == best)
    # An agency credited only for a photo is not taken: agencies sell photos to every outlet.
    return None



# The fewest words of the paragraph read as the article's lead (_lead_paragraph): fewer make
# a picture's legend or a one-line standfirst.
LEAD_WORDS = 10


def _after_lead(layout: Layout, lead: str | None) -> frozenset[int]:
    """The indexes of the paragraphs printed after the article's lead (_lead_paragraph);
    none without a lead."""
    start = next((i for i, para in enumerate(layout.paragraphs) if para is lead), None)
    return frozenset(range(start + 1, len(layout.paragraphs))) if start is not None else frozenset()


def _lead_paragraph(layout: Layout) -> str | None:
    """The article's lead: the first paragraph of the text that is no subheading and holds
    LEAD_WORDS words or more and a sentence's stop; None without one."""
    return next((para for para in layout.paragraphs if not para.startswith("## ") and len(para.split()) >= LEAD_WORDS
                 and _SENTENCE_END.search(para)), None)


# The most words of an outlet's name the reference does not know, read after its kind
# (_kind_named_outlet).
KIND_NAME_WORDS = 6


@lru_cache(maxsize=1)
def _name_joiners() -> frozenset[str]:
    """Lower-case words that may join the capitalised words of an outlet's name (vocabulary
    "outlet_name_joiners", as written: "del", "des", "of", "the", "&")."""
    return frozenset(reference().vocabulary["outlet_name_joiners"])


def _name_after(text: str, start: int) -> str | None:
    """The capitalised words of a name opening text at start (lower-case joiners between
    them, KIND_NAME_WORDS at most, a comma or full stop closing it), None where the word at
    start is not capitalised."""
    taken: list[str] = []
    for word in text[start:].split()[:KIND_NAME_WORDS + 3]:
        bare = word.rstrip(",.;:!?)\u201d\"'")
        if bare[:1].isupper() or bare[:1].isdigit() and taken:
            taken.append(bare)
        elif bare in _name_joiners() and taken:
            taken.append(bare)
        else:
            break
        if bare != word or len(taken) > KIND_NAME_WORDS:
            break
    while taken and taken[-1] in _name_joiners():
        taken.pop()
    return " ".join(taken[:KIND_NAME_WORDS]) or None


@lru_cache(maxsize=8)
def _speaking_outlet_kind(language: str) -> re.Pattern | None:
    """A speech verb (quotes.yaml "speech_verbs" of the language), a definite article
    ("definite_articles") and a noun of an outlet's kind (vocabulary "source_kind_phrases"),
    ending right before a name, on folded text: "dijo la emisora ", "a indique la radio ",
    "said the broadcaster ". None for a language without such words."""
    quotes = load_reference("quotes.yaml")
    verbs = quotes["speech_verbs"].get(language) or []
    articles = quotes["definite_articles"].get(language) or []
    kinds = reference().vocabulary["source_kind_phrases"].get(language) or []
    if not verbs or not articles or not kinds:
        return None
    def alt(words):
        return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt(verbs)})\s+(?:{alt(articles)})\s*(?:{alt(kinds)})\s+")


def outlets_cited(sentence: str, found: list[Found], language: str) -> list[Found]:
    """The outlets the reference does not know that a sentence names as the source of what it
    reports, by their kind before their name: after a citing phrase (reference
    citing_outlet_kind_and_country: "según el diario Example", "informó la emisora Example",
    "au site mauritanien Example") or after a
    speech verb and its article ("dijo la emisora Example", "said the broadcaster Example":
    _speaking_outlet_kind). tests/corpus/README.md lists an outlet a story names as a source
    ("according to Radio Ndeke Luka") among its organisations. found: the sentence's
    entities; a name the gazetteer knows, one the sources reference knows with its kind word,
    and one overlapping an entity found are left out. Returns organisations (kind
    "organisation", named as printed), in the order of the text."""
    ref = reference()
    folded = fold_same_length(sentence)
    patterns = [ref.citing_outlet_kind_and_country, *([p] if (p := _speaking_outlet_kind(language)) else [])]
    out: list[Found] = []
    for pattern in patterns:
        for match in pattern.finditer(folded):
            if pattern is ref.citing_outlet_kind_and_country and not match["kind"]:
                continue  # "according to a ... report" names its outlet by the report noun
            name = _name_after(sentence, match.end())
            if not name or ref.gazetteer.whole(name) or ref.find_source(name):
                continue
            start = match.end()
            end = start + len(name)
            if any((i := sentence.find(surface)) >= 0 and i < end and i + len(surface) > start
                   for f in found for surface in f.surfaces):
                continue
            if not any(o.id == slugify(name) for o in out):
                out.append(Found("organisation", slugify(name), name, sentence, [name]))
    # the name before its kind and a word of reporting ("..., Khabarhub news agency reported"),
    # or a word of reporting closing the sentence with the name (", reports The Rising Nepal.")
    for pattern in _outlet_after_report(language):
        for match in pattern.finditer(sentence):
            name = match["name"].strip().rstrip(".")  # the sentence's full stop is none of the name's
            start = match.start("name")
            end = start + len(name)
            # (a place inside the longer name is the name's: "The Rising Nepal")
            if (len(name) < 3 or ref.gazetteer.whole(name) or ref.find_source(name)
                    or any((i := sentence.find(surface)) >= 0 and i < end and i + len(surface) > start
                           and not (f.kind in ("country", "city") and start <= i and i + len(surface) <= end and len(surface) < len(name))
                           for f in found for surface in f.surfaces)):
                continue
            if not any(o.id == slugify(name) for o in out):
                out.append(Found("organisation", slugify(name), name, sentence, [name]))
    return sorted(out, key=lambda f: sentence.find(f.name))


# A name of capitalised words ("Khabarhub", "The Rising Nepal", "Caras & Caretas").
_OUTLET_NAME = r"(?P<name>[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|of|&)){0,%d})" % (KIND_NAME_WORDS - 1)


@lru_cache(maxsize=8)
def _outlet_after_report(language: str) -> tuple[re.Pattern, ...]:
    """For a language that prints an outlet's name before its kind (vocabulary
    "outlet_name_before_kind"), the patterns of an outlet the reference does not know named as
    the source of what the sentence reports: its name, a noun of its kind and a word of
    reporting ("Khabarhub news agency reported": vocabulary source_kind_phrases,
    source_reported_words); a word of reporting and its name closing the sentence, a comma
    before them or not (", reports The Rising Nepal.", "deployed there reports The Rising
    Nepal."). On the sentence as printed (the name's capitals count).
    () for another language."""
    vocabulary = reference().vocabulary
    if language not in (vocabulary.get("outlet_name_before_kind") or ()):
        return ()
    kinds = alternation(sorted(vocabulary["source_kind_phrases"].get(language) or (), key=len, reverse=True))
    reported = alternation(sorted(vocabulary["source_reported_words"].get(language) or (), key=len, reverse=True))
    return (re.compile(rf"(?<![\w'])(?<!\. ){_OUTLET_NAME}\s+(?:{kinds})\s+(?:{reported})(?!\w)"),
            re.compile(rf"(?:,|(?<=\w))\s+(?:{reported})\s+{_OUTLET_NAME}\s*[.!]?\s*$"))


def _kind_named_outlet(layout: Layout) -> dict | None:
    """An outlet the reference does not know, cited by the running text as the source of
    what it reports: a citing phrase and the outlet's kind before a capitalised name
    ("reveló al semanario Example", "selon le journal Example", "theo báo Example"), or an
    indefinite article before it and a report noun after it ("according to a Example
    report"); the one cited most, first met on a tie. Returns {"id", "name"} (name as
    printed, with its kind word where that is capitalised: "Radio Example"), None without
    one. A name the gazetteer knows (a place, a body) is left out, and
    so is a name the sources reference knows with its kind word ("Radio Example"); after the
    lead, so is an outlet whose report the text follows for a fact ("selon le journal
    Example": reference.citing_lead_only, tests/corpus/README's rule on "X reported").
    Vocabulary source_citing_words, source_citing_lead_words, source_kind_phrases,
    source_report_nouns."""
    ref = reference()
    pattern = ref.citing_outlet_kind
    named: Counter = Counter()
    after = _after_lead(layout, _lead_paragraph(layout))
    for index, para in enumerate(layout.paragraphs):
        folded = fold_same_length(para)
        for match in pattern.finditer(folded):
            name = _name_after(para, match.end())
            if not name:
                continue
            # further down than the lead, "according to the daily Example" quotes another
            # outlet's report for one fact (reference.citing_lead_only); a name the reference
            # knows with its kind word ("Radio Example") is no unknown outlet
            if index in after and ref.citing_outlet_kind_lead_only.search(folded[:match.end()]):
                continue
            if match["kind"] and ref.find_source(para[match.start("kind"):match.end()] + name):
                continue
            if match["kind"] and para[match.start("kind"):match.start("kind") + 1].isupper():
                # the kind word printed with a capital is the name's first word ("rapporte Radio
                # Exemple", "según el Diario Ejemplo", "theo Báo Ví Dụ"); in lower case it says
                # what the outlet is ("selon le journal Exemple")
                name = f"{para[match.start('kind'):match.end('kind')]} {name}"
            if match["indefinite"]:
                words = name.split()
                # the name's last words before the report noun: "a Example Wire report"
                end = match.end() + len(name)
                if not ref.report_nouns.match(folded, end) and len(words) > 1:
                    cut = next((k for k in range(len(words) - 1, 0, -1)
                                if ref.report_nouns.match(folded, match.end() + len(" ".join(words[:k])))), 0)
                    name = " ".join(words[:cut]) if cut else ""
                elif not ref.report_nouns.match(folded, end):
                    name = ""
            if name and not ref.gazetteer.whole(name):
                named[name] += 1
    if not named:
        return None
    name = max(named, key=lambda n: named[n])
    return {"id": slugify(name), "name": name}


@lru_cache(maxsize=1)
def _inverted_report_pattern() -> re.Pattern:
    """A mark closing a clause (a comma, an ellipsis, a dash) and a word of reporting printed
    before the outlet that reports (vocabulary "source_inverted_reporting_words", as listed and
    folded), a space after it: ", reports ", "…reports ", ", informó ". Compiled once."""
    words = {form for listed in reference().vocabulary["source_inverted_reporting_words"].values()
             for w in listed for form in (w, fold(w))}
    return re.compile(rf"(?:,|…|\.\.\.|\s[–—-])\s*(?i:{alternation(words)})\s+(?=[A-ZÀ-ÝĐ])")


# What may follow an outlet's name closing a sentence: its stop, then the next sentence or the
# paragraph's end.
_SENTENCE_CLOSE = re.compile(r"\s*[.!]?(?:\s+[A-ZÀ-ÝĐ\"“«]|\s*$)")


def _inverted_report_outlet(layout: Layout) -> dict | None:
    """An outlet the reference does not know, named after an inverted word of reporting that
    closes a sentence of the article's lead (_inverted_report_pattern: "..., reports Example
    Ledger.", "..., rapporte Le Courrier du Lac.", "..., informó Diario del Valle."): the story
    is that outlet's report (tests/corpus/README: "X reported" in the lead). The name is the
    capitalised words after the word (_name_after) and must read as an outlet's
    (segment.reads_as_outlet_name: a word of an outlet's kind or a newspaper's, a web domain, a
    brand's inner capital), not a place's nor a known outlet's (those _cited_source reads), nor a
    person's (segment.given_name_and_one_word: "..., writes Daniel Post.").
    Returns {"id", "name"} (the name as printed) or None; further down than the lead, such a
    credit is another outlet's report quoted for a fact, and none."""
    lead = _lead_paragraph(layout)
    if not lead:
        return None
    ref = reference()
    for match in _inverted_report_pattern().finditer(lead):
        name = _name_after(lead, match.end())
        if not name or not _SENTENCE_CLOSE.match(lead, match.end() + len(name)):
            continue
        if reads_as_outlet_name(name) and not given_name_and_one_word(name) and not ref.gazetteer.whole(name) and not ref.find_source(name):
            return {"id": slugify(name), "name": name}
    return None


# How many sentences must cite an outlet the reference does not know as the one a speaker
# told something to (_interview_outlet).
INTERVIEW_TIMES = 2


@lru_cache(maxsize=1)
def _interview_pattern() -> re.Pattern:
    ref = reference()
    # (the words as printed and folded: the text is matched as printed, "a confié à", "explicó a")
    words = {form for listed in ref.vocabulary["interview_citing_words"].values() for w in listed for form in (w, fold(w))}
    word = r"[A-Z0-9À-Ý][\w&'’-]*(?:\.\w[\w&'’-]*)*"  # ("Example.com"; not the stop closing a sentence)
    name = rf"(?P<name>{word}(?: {word}){{0,3}})"
    # (an article before the name, vocabulary "outlet_name_articles", is a word of its own,
    # "told the Example", or elided, "à l'Example": not the first letters of the name, "a ELDIARIO")
    whole, elided = _article_alternations("outlet_name_articles")
    return re.compile(rf"(?<!\w)(?i:{alternation(words)})\s+(?P<article>(?i:{whole})\s+|(?i:{elided})['’]\s*)?{name}(?=[\s.,;:!?”\")]|$)")


def _interview_outlet(layout: Layout) -> dict | None:
    """An outlet the reference does not know that the running text names as the one a
    speaker told something to ("..., Jane Roe told Example in an interview"; vocabulary
    "interview_citing_words"), in INTERVIEW_TIMES sentences or more, or once where printed
    all in capitals as a paper names itself (_self_named_in_capitals: "han explicado a EL
    NORTE", its article printed in capitals kept with it) and nowhere printed as a body's
    acronym (_printed_as_acronym: "explicó a la CNDH", "(CONRED)"): {"name": the name as printed}. A body told something (vocabulary "interview_audiences": "told Parliament"),
    a known place's or body's name, a name opening with a title ("told President Roe") and
    a name the text prints after another capitalised word elsewhere (a surname: "told
    Roe", "Jane Roe") are none; so are a name the entity finder reads as a person, place or
    body there (_named_as_actor: "told Jane Roe") and one before a lowercase word other than
    a function word or a time's ("told Congolese soldiers"; _after_told_words). Of several,
    the one cited most; None without one."""
    ref = reference()
    audiences, titles = ref.words("interview_audiences"), ref.words("titles") | ref.words("person_titles")
    found: Counter = Counter()
    where: dict[str, list[str]] = {}
    for para in layout.paragraphs:
        if " " not in para or not is_prose(para):
            continue
        for match in _interview_pattern().finditer(para):
            name = match["name"].rstrip(".’'")
            if (article := match["article"]) and article.isupper() and _self_named_in_capitals(name):
                name = article + name  # "a EL NORTE", "à L'OBSERVATEUR": the paper's own article, in capitals
            folded = fold(name).split()
            if not folded or folded[0] in titles or set(folded) & audiences or ref.find_source(name) or ref.gazetteer.whole(name):
                continue
            if (following := re.match(r"\s+([^\W\d_][\w'’-]*)", para[match.end():])) and following[1][:1].islower() \
                    and fold(following[1]) not in _after_told_words():
                continue  # "told Congolese soldiers": a word qualifying a noun after it, no outlet
            found[name] += 1
            where.setdefault(name, []).append(para)
    for name, times in found.most_common():
        if times < INTERVIEW_TIMES and not (_self_named_in_capitals(name) and not _printed_as_acronym(name, layout.paragraphs)):
            continue
        surname = re.compile(rf"[A-ZÀ-Ý][\w'’-]+ {re.escape(name)}(?!\w)")
        if any(surname.search(para) for para in layout.paragraphs) or _named_as_actor(name, where[name]):
            continue
        return {"name": name}
    return None


# How many letters a name printed all in capitals holds at least to be read as a paper naming
# itself (_self_named_in_capitals): fewer is a body's or a unit's acronym ("ONU", "EFE").
SELF_NAME_LETTERS = 4


def _self_named_in_capitals(name: str) -> bool:
    """Whether a name a speaker told something to is printed all in capitals, the way a paper
    names itself in its own text ("han explicado a EL NORTE", "ha podido saber DIARIO EJEMPLO"):
    every letter upper case, SELF_NAME_LETTERS letters or more. Input: the name as printed;
    output: True or False. Source of the rule: Spanish- and French-language papers' custom of
    printing their own title in capitals in running text."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= SELF_NAME_LETTERS and all(ch.isupper() for ch in letters)


def _printed_as_acronym(name: str, paragraphs: list[str]) -> bool:
    """Whether the text prints a name in capitals as a body's acronym rather than a paper's
    title: in brackets, after the body's name spelled out ("la Coordinadora Nacional ...
    (CONRED)"), or after a lowercase article or a preposition joined to one ("según la
    CONRED", "un rapport de la CNDH", "the CNDH said"). Input: the name as printed and the
    text's paragraphs; output: True or False. Source of the rule: Spanish and French put an
    article before an institution's acronym ("la ONU", "l'UNICEF") and print it in brackets
    where they first spell it out; a paper naming itself in capitals prints its own article
    in capitals ("EL NORTE") or none. The articles: vocabulary "acronym_articles"."""
    whole, elided = _article_alternations("acronym_articles")
    acronym = re.compile(rf"\(\s*{re.escape(name)}\s*\)|(?<![\w'’])(?:{whole}|(?:{elided})['’])\s*{re.escape(name)}(?!\w)")
    return any(acronym.search(para) for para in paragraphs)


@lru_cache(maxsize=1)
def _after_told_words() -> frozenset[str]:
    """The lowercase words that may follow an outlet told something ("told Example in an
    interview", "told Example last week", "dijo a Example el lunes"): function words
    (vocabulary "stopwords") and the first words of weekdays, relative days and periods
    (dates.yaml), folded."""
    ref = reference()
    dates = ref.date_words
    phrases = [*(d for days in dates["weekdays"].values() for d in days), *(d for days in dates["relative_days"].values() for d in days),
               *(p for periods in dates["relative_periods"].values() for p in periods)]
    return ref.words("stopwords") | frozenset(fold(str(p)).split()[0] for p in phrases if str(p).strip())


def _named_as_actor(name: str, paragraphs: list[str]) -> bool:
    """Whether the entity finder (entities.find_in_sentence) reads `name`, in a sentence of
    `paragraphs` that prints it, as a person, place or body: "told Jane Roe" names someone
    told something, not an outlet."""
    language = detect_language(" ".join(paragraphs))
    for para in paragraphs:
        for sentence in split_sentences(para):
            if name in sentence and any(f.kind != "unresolved" and any(name in s for s in f.surfaces)
                                        for f in find_in_sentence(sentence, language)):
                return True
    return False


_ADDRESS = re.compile(r"(?:https?://|www\.)(?P<host>[^\s/]+\.[a-z]{2,})", re.I)
# The capital letters of the Latin alphabets, Vietnamese's included ("Ấ", "Ư", "Đ"): what
# a header's next field opens with where an e-mail address is glued to it (_MAIL).
_LATIN_CAPITALS = "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
# An e-mail address; its domain's last label all lower case, ending where a capital or a
# digit follows (an address glued to the next field of a header, "desk@example.vnEmail:",
# "desk@example.vnẤn phẩm", "desk@example.vn0912 ..."), or all capitals, or capitalised
# ("Desk@Example.Org").
_MAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<host>(?:[A-Za-z0-9-]+\.)+(?:[a-z]{2,}(?=[" + _LATIN_CAPITALS + r"0-9]|(?![\w-]))"
                   r"|[A-Z]{2,}(?![\w-])|[A-Z][a-z]+(?![\w-])))")


def _commonest_domain(hosts: list[str], left_out: frozenset[str] | set[str], www_apart: bool = False) -> str | None:
    """The registrable domain (courlan) most of these hosts (lowercase, in the order printed)
    are at, the first met among equals; a host whose domain, or the host itself, is in
    left_out counts for none. www_apart: a leading "www." is no part of the host's own name
    (a web address's, not a mail address's). None without any."""
    if not hosts:
        return None
    import courlan  # on first use, by an article that prints an address: importing it (urllib3, tld) takes about 0.1 s of CPU

    found = []
    for host in hosts:
        bare = host.removeprefix("www.") if www_apart else host
        domain = courlan.extract_domain("https://" + host) or bare
        if domain not in left_out and bare not in left_out:
            found.append(domain)
    # the most frequent, the first printed among equals (Counter.most_common keeps the order
    # in which equal counts were first met)
    return Counter(found).most_common(1)[0][0] if found else None


def _mail_domain(lines: list[str]) -> str | None:
    """The registrable domain most of the e-mail addresses printed in these lines (a page's
    furniture) are at ("redaccion@example.com.ar", "jroe@example.com" -> "example.com.ar"
    when it recurs, else the first), leaving out the public mail services (vocabulary
    "webmail_domains") and the file names that read like addresses ("logo@2x.png":
    vocabulary "file_name_extensions"); None without any."""
    files = reference().words("file_name_extensions")
    hosts = [match["host"].lower() for line in lines for match in _MAIL.finditer(line)]
    return _commonest_domain([h for h in hosts if h.rsplit(".", 1)[-1] not in files], reference().words("webmail_domains"))


def _address_domain(lines: list[str]) -> str | None:
    """The registrable domain of the web addresses printed alone on a line among these (a
    page's furniture, Layout.addresses: "https://www.example.org/news/2024/03/a.html" ->
    "example.org"), the most frequent, the first printed among equals; the sites where a
    page is shared or linked from (vocabulary "shared_link_domains": social networks, link
    shorteners) and the public mail services are left out. None without any."""
    left_out = reference().words("shared_link_domains") | reference().words("webmail_domains")
    hosts = [match["host"].lower() for line in lines if (match := _ADDRESS.search(line))]
    return _commonest_domain(hosts, left_out, www_apart=True)


# The lines from the top of a page where an outlet's initials are looked for spelled out, and
# the most words of the name (_spelled_out).
SPELLED_OUT_LINES = 20
SPELLED_OUT_WORDS = 6
_INITIALS = re.compile(r"[A-Z]{2,%d}" % SPELLED_OUT_WORDS)
# the separators between the parts of a head's row ("Name | @handle | date", "Name - date")
_ROW_PARTS = re.compile(r"\s+[|\u2022\u00b7\u2013\u2014-]\s+|\s*\|\s*")


def _spelled_out(code: str, lines: list[str] | tuple = ()) -> str | None:
    """The name an outlet's initials stand for, printed in the head of the page: a part of
    one of its first SPELLED_OUT_LINES lines (parts split at bars, bullets and spaced dashes)
    that is a run of two to SPELLED_OUT_WORDS words, capitalised first and last, whose
    initials spell the code, either every word's or the capitalised words' alone ("(HDN)" in
    the dateline, "Harbour Daily News | @HarbourDaily | 3 Mar 2021" above it; "(JGL)",
    "Journal des Grands Lacs"), and that reads as an outlet's name (segment.reads_as_outlet_name:
    a word of an outlet's kind or a newspaper's), so that the writer's name ("Rachel Nyambura"
    for "(RN)"), the headline or a menu's item spelling the code by accident is none. None
    where code is no run of capitals or no such part spells it."""
    if not _INITIALS.fullmatch(code):
        return None
    for line in lines[:SPELLED_OUT_LINES]:
        for part in _ROW_PARTS.split(line.strip()):
            words = part.strip(" .,;:").split()
            if not 2 <= len(words) <= SPELLED_OUT_WORDS or not (words[0][:1].isupper() and words[-1][:1].isupper()):
                continue
            every = "".join(w[:1] for w in words).upper()
            capitals = "".join(w[:1] for w in words if w[:1].isupper())
            if code in (every, capitals) and all(w[:1].isalpha() for w in words) and reads_as_outlet_name(name := " ".join(words)):
                return name
    return None


def _domain_credit_spelled(credit: str, lines) -> str | None:
    """The outlet's full name where a credit names it by its web domain alone ("(Example.vn)
    -" opening the lead) and the reference does not know it: the name the page's lines spell
    with the domain's letters (ingest.sitename.name_spelled_loosely: "Thể thao và Đời sống"
    for "Thethaovadoisong.vn"), the domain being its short form; None where the credit is no
    domain, the reference knows it, or no line spells it. Source of the rule: reposts keeping
    an outlet's lead credit by its domain while its name is printed further down."""
    if not web_domain_name(credit) or reference().find_source(credit):
        return None
    return name_spelled_loosely(credit.strip().lower(), lines)


def _host_of(value: str) -> str | None:
    """The host of a web address that is all of a value, without "www." ("https://www.
    example.org/a" -> "example.org"); None for a value that is no address."""
    match = _ADDRESS.match(value.strip())
    if not match or len(value.split()) > 1:
        return None
    host = match["host"].lower()
    return host[4:] if host.startswith("www.") else host


def _address_source(line: str) -> dict | None:
    """The outlet (a sources.yaml row) whose web domain hosts the first web address in the
    line ("Source: https://www.reuters.com/world/..."); None without one."""
    lowered = line.lower()
    match = _ADDRESS.search(line) if "http" in lowered or "www." in lowered else None
    return reference().source_of_domain(match["host"]) if match else None


def without_outlet(title: str, source: str | None) -> str:
    """A headline without the outlet's name its title bar prints after it ("Troops return
    home – Sahel Tribune" -> "Troops return home") where the page names that outlet elsewhere
    as its source (source: the name _source found, as printed or the reference's name); the
    title as it is otherwise, or when fewer than three words would be left."""
    if not source:
        return title
    ref = reference()

    def names_source(site: str) -> bool:
        row = ref.find_source(site)
        return fold(site) == fold(source) or (row is not None and row is ref.find_source(source))
    return without_site(title, names_source)


# A handle on a social network after a writer's name in a byline ("@janeroe").
_HANDLE = re.compile(r"\s+@[\w.]{2,30}\b")


# The spaced dash between two writers' names ("Minh Anh – Quốc Bảo", "Ana Gómez — Luis Ortega").
_NAME_DASH = re.compile(r"\s+[\u2013\u2014]\s+")
# How many words each of two names joined by a dash may hold.
DASH_NAME_WORDS = (2, 4)


def _dash_joined_names(byline: str) -> list[str] | None:
    """The names of a byline that joins writers by a spaced en or em dash ("Tiến Dũng – Chí
    Phương"), else None: each part of DASH_NAME_WORDS capitalised words, no digit, none a
    known outlet or one that reads as an outlet's (segment.reads_as_outlet_name: "Harbour
    Gazette", "Báo Bình Minh"; "Quốc Bảo" is a name), a known place, a site section's name ("Foreign Desk") or a byline role, whole or
    by a word ("Jane Roe – Reuters", "Jean Dupont — Bamako", "Ana Gómez – Corresponsal",
    "Nguyễn An – Phóng Viên" keep the dash as an outlet's, a place's or a role's)."""
    parts = _NAME_DASH.split(byline.strip())
    if len(parts) < 2:
        return None
    ref = reference()
    roles = ref.words("byline_roles")
    low, high = DASH_NAME_WORDS
    for part in parts:
        words = part.split()
        if not (low <= len(words) <= high) or any(not w[:1].isupper() or any(map(str.isdigit, w)) for w in words):
            return None
        folded = fold(part).lower()
        if (ref.find_source(part) or ref.gazetteer.whole(part) or folded in roles or any(fold(w).lower() in roles for w in words)
                or reads_as_outlet_name(part) or section_name(folded.split())):
            return None
    return parts


def _without_staff_role(part: str, roles: frozenset[str], joins: frozenset[str]) -> str:
    """A byline part without the role words closing it after an outlet's name that a word
    introduces: "Jane Roe of The Harbour Courier Staff" -> "Jane Roe of The Harbour Courier",
    "Ana Gómez de El Diario Ejemplo Redacción" alike (the staff of a newspaper signs as "of The
    X Staff" on many English-language pages). The role words are vocabulary byline_roles,
    the introducing words byline_outlet_words (in lower case, after a name of two words or
    more); the part as it is otherwise ("Jane Roe, Staff Writer" keeps its role for the
    caller's role test). A role word that is also a newspaper's name word (vocabulary
    news_title_words: "of The Hollywood Reporter") closes the outlet's name and stays; after an
    introducing word that is also a surname's particle (vocabulary name_particles: "de", "du")
    the words must name an outlet (known to the reference, or reading as an outlet's name:
    "de El Diario Ejemplo"), else they are the writer's surname ("Ana María de Los Ríos
    Corresponsal") and the part stays as it is."""
    words = part.split()
    ref = reference()
    title_words = ref.words("news_title_words")
    cut = len(words)
    while cut > 3 and fold(words[cut - 1]) in roles and fold(words[cut - 1]) not in title_words:
        cut -= 1
    if cut == len(words):
        return part
    particles = ref.words("name_particles")
    for j in range(2, cut - 1):
        if not (words[j].islower() and fold(words[j]) in joins and words[j + 1][:1].isupper()):
            continue
        outlet = " ".join(words[j + 1:cut])
        if fold(words[j]) in particles and not (ref.find_source(outlet) or reads_as_outlet_name(outlet)):
            continue  # "de Los Ríos": a surname opened by its particle
        return " ".join(words[:cut])
    return part


@lru_cache(maxsize=1)
def _credit_phrases_of_words() -> frozenset[str]:
    """The phrases of vocabulary "source_credit_words" that no name holds, folded: those of
    two words or more, or with an apostrophe ("con información de", "according to",
    "d'après"; not "with", "from", "con", words of writers' lines too), a Spanish "de" also as
    "del" ("con información del Ministerio")."""
    phrases = {fold(p) for p in reference().words("source_credit_words") if " " in p or "'" in p}
    return frozenset(phrases | {p[:-3] + " del" for p in phrases if p.endswith(" de")})


def _credit_phrase_start(words: list[str]) -> int | None:
    """Where in a byline's part's words a credit's phrase opens (_credit_phrases_of_words: "Ana
    Gil con información de agencias" -> 2), None without one; at the part's start only where
    it is written in lower case (", d'après le ministère"), a name being capitalised."""
    phrases = _credit_phrases_of_words()
    for start, word in enumerate(words):
        if start == 0 and not word[:1].islower():
            continue
        tail = fold(" ".join(words[start:start + 5]))
        if any(tail == phrase or tail.startswith(phrase + " ") for phrase in phrases):
            return start
    return None


def _without_credit_opening(words: list[str]) -> list[str]:
    """The words of a byline's part before the outlet it closes on, less the words opening a
    credit of that outlet that stand after the writer's name ("Ana Gil con información de
    EFE": "con información", the start of vocabulary "source_credit_words" phrase "con
    información de", whose last word the outlet took): the longest tail of up to four words
    that opens such a phrase goes; the first word too only where all are in lower case (a
    part of its own after a comma: "..., con información de EFE", "..., d'après AFP"), a
    writer's name being capitalised."""
    phrases = reference().words("source_credit_words")
    first = 0 if all(word.islower() for word in words) else 1
    for start in range(max(first, len(words) - 4), len(words)):
        tail = fold(" ".join(words[start:]))
        if any(phrase == tail or phrase.startswith(tail + " ") for phrase in phrases):
            return words[:start]
    return words

def _byline_parts(byline: str) -> tuple[list[str], list[dict]]:
    """A byline cut into the writers' names and the outlets it credits (source rows):
    "Dana Whitcombe and Tomas Reyes, Associated Press" -> the two names and Associated Press;
    "Jean Dupont (AFP)", "Jean Dupont pour RFI", "Xinhua writer Wang Jiangang" alike. An
    outlet is a name in the reference list of sources, alone or after a word that
    introduces it (vocabulary "byline_outlet_words": for, pour, para ...), an edition's
    language code in capitals maybe after it ("France 24 FR": vocabulary outlet_edition_codes)."""
    ref = reference()
    roles, joins = ref.words("byline_roles"), ref.words("byline_outlet_words")
    editions = frozenset(ref.vocabulary["outlet_edition_codes"])  # as written: capitals
    names: list[str] = []
    outlets: list[dict] = []

    def outlet(words: list[str]) -> dict | None:
        while words and fold(words[0]) in joins:
            words = words[1:]
        if words and re.match(r"(?i)[ld]['\u2019]\w", words[0]):  # "de l'AFP"
            words = [words[0][2:], *words[1:]]
        if len(words) > 1 and words[-1] in editions and not ref.find_source(" ".join(words)):
            words = words[:-1]  # "France 24 FR": the outlet's French edition, the code no name
        return ref.find_source(" ".join(words)) if words else None

    byline = _HANDLE.sub("", byline)  # "Jane Roe @janeroe": the writer's handle on a social network
    byline = _with_writers_unwrapped(byline)  # "Jeanne Roux (avec Marc Blin et Ana Dufour)": three writers
    # "Theo Minh Anh/Báo Example": a credit's word opening the sign-off (vocabulary
    # signoff_credit_openers), no part of the writer's name
    if (size := signoff_opener_size(byline)):
        byline = " ".join(byline.split()[size:])
    if (joined := _dash_joined_names(byline)):
        byline = ", ".join(joined)  # "Minh Anh – Quốc Bảo": two writers
    pieces = _byline_separators().split(byline)
    separators = ["", *pieces[1::2]]  # what stands before each part
    for index, part in enumerate(pieces[0::2]):
        known_outlets = len(outlets)
        if newsletter_name(part.split()):
            continue  # "Daily Briefing" where a byline stands: the page's newsletter, no writer nor outlet
        if fold(part.strip(" .:")) in ref.words("anonymous_bylines"):
            # "Ban Biên Tập", "La Rédaction": the page's word for no writer, whole, neither a
            # writer nor an outlet (its last word no agency's acronym: "Tập" is not TAP)
            continue
        if (desk := desk_outlet(part)):
            # "Example Herald News Desk": the outlet's desk signs it, no writer is named
            outlets.append(ref.find_source(desk) or {"name": desk})
            continue
        tail = part.split()
        if index and tail and len(tail) <= BYLINE_ROLE_WORDS and opens_or_ends_on_role(tail) \
                and not ref.find_source(part):
            continue  # "Jane Roe, Africa Correspondent", "Jean Dupont, envoyé spécial": the writer's role, no other writer
        part = _without_staff_role(part, roles, joins)
        for inner in re.findall(r"\(([^()]*)\)", part):
            if (row := ref.find_source(inner)):
                outlets.append(row)
            elif reads_as_outlet_name(inner.strip()):
                outlets.append({"name": inner.strip()})  # "Thu Hà (Báo Ví Dụ)": a newspaper the reference does not know
        words = re.sub(r"\([^()]*\)", " ", part).split()
        # An outlet closing the part: the longest tail that names one ("... for Reuters").
        for j in range(len(words)):
            if (row := outlet(words[j:])):
                outlets.append(row)
                words = _without_credit_opening(words[:j])
                break
        else:
            # one the reference does not know, after the name ("Jane Roe for The Example Ledger")
            found = next(((j, unknown) for j in range(2, len(words) - 1) if words[j].islower() and fold(words[j]) in joins
                          and (unknown := unknown_outlet(words[j:], joins) or _acronym_outlet(words[j:], joins))), None)
            if found is None:
                # an outlet's name after the word introducing it ("Ana Gómez para La Brújula
                # Example"), shaped as one though it holds no newspaper's word
                # (segment.byline_outlet_name)
                found = next(((j, unknown) for j in range(2, len(words) - 1)
                              if (unknown := byline_outlet_name(words[j:]))), None)
            if found is not None:
                outlets.append({"name": found[1]})
                words = _without_credit_opening(words[:found[0]])  # "Ana Gil con información del Ministerio ..."
        # a credit's phrase still in the part, the body it credits no outlet's name ("Ana Gil
        # con información de agencias", "..., d'après le ministère des Armées"): no writer's words
        if (cut := _credit_phrase_start(words)) is not None:
            words = words[:cut]
            if not words:
                continue
        # A role word before the name: what follows the last one is the name, what precedes
        # it the outlet ("The News International writer Carlos López", "El País corresponsal
        # Ana Gómez"), taken as the source when the reference knows it.
        at = max((k for k, w in enumerate(words[:-1]) if fold(w) in roles and words[k + 1][:1].isupper()), default=None)
        if at is not None:
            before = words[:at]
            while before and fold(before[-1]) in roles:
                before = before[:-1]
            if before and (row := ref.find_source(" ".join(before)) or outlet(before)):
                outlets.append(row)
            words = words[at + 1:]
        # An outlet or a role before the name: "Xinhua writer Wang Jiangang".
        while words:
            lead = next((k for k in range(len(words), 0, -1) if ref.find_source(" ".join(words[:k]))), 0)
            if lead:
                outlets.append(ref.find_source(" ".join(words[:lead])))
                words = words[lead:]
            elif fold(words[0]) in roles:
                words = words[1:]
            else:
                break
        name = " ".join(words).strip(" .,;:-\u2013\u2014")
        if len(outlets) == known_outlets and (paper := _paper_named_first(words)):
            outlets.append({"name": paper})  # "News Meridian", "Diario Ejemplar" where a writer stands
            continue
        if len(outlets) == known_outlets and (acronym := _acronym_outlet(words, joins)):
            outlets.append({"name": acronym})  # "par EXTV", "Jean Dupont avec EXTV"
            continue
        if index and len(outlets) == known_outlets and (unknown := unknown_outlet(words, joins)):
            outlets.append({"name": unknown})  # "By Jane Roe, The Example Ledger"
            continue
        if (index and separators[index].strip() == "/" and len(outlets) == known_outlets and names
                and reads_as_unknown_outlet(name)):
            # "Jane Roe / Ridgeline Example": after the writer's name and a slash, a name
            # reading as an outlet's and no person's (segment.reads_as_unknown_outlet; "Jane
            # Roe / Tom Ashby" are two writers, "Jane Roe and Mark Daily" too)
            outlets.append({"name": name})
            continue
        if name and name not in names:
            names.append(name)
    return names, outlets


# The most words of a writer's role printed after the name in a byline ("Jane Roe, Africa
# Correspondent", "Jean Dupont, envoyé spécial": the role word last).
BYLINE_ROLE_WORDS = 4


# The fewest capitals of an outlet's acronym read from a byline the reference does not know.
BYLINE_ACRONYM_LETTERS = 3


def _acronym_outlet(words: list[str], joins: frozenset[str]) -> str | None:
    """The acronym of an outlet the reference does not know making up a byline's part, alone
    or after a word that introduces an outlet (vocabulary "byline_outlet_words": "avec",
    "with"): one word of BYLINE_ACRONYM_LETTERS capitals or more, maybe with digits ("par
    EXTV", "avec EX24") -> the word; None for a name ("Jane Roe", "JANE ROE": two words) or a
    word of a page for no writer (vocabulary anonymous_bylines: "ADMIN")."""
    while words and fold(words[0]) in joins and words[0][:1].islower():
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0].strip(" .,;:-\u2013\u2014")
    if (sum(c.isupper() for c in word) >= BYLINE_ACRONYM_LETTERS and word.isupper() and word.isalnum()
            and fold(word) not in reference().words("anonymous_bylines")):
        return word
    return None


# The most words of an outlet's name opening with a newspaper's word read from a byline.
BYLINE_PAPER_WORDS = 4


# The most words of a newsletter's word (vocabulary newsletter_words: "revue de presse").
NEWSLETTER_WORDS = 3
# The most words of a newsletter's name whose head word comes first ("Revue de presse du jour").
NEWSLETTER_NAME_WORDS = 5


def newsletter_name(words: list[str]) -> bool:
    """Whether a byline's part (its words as printed) is a newsletter's, a briefing's or a
    roundup's name: its last words are a newsletter's word (vocabulary "newsletter_words":
    "Daily Briefing", "News Digest", "Revue de presse"), or, in a name of NEWSLETTER_NAME_WORDS
    words at most, its first words are, as the languages that put the head word first print
    it ("Bản tin sáng", "Resumen semanal"). Such a name is the page's regular feature: no
    writer's and no outlet's."""
    folded = [f for f in (fold(w.strip(" .,;:|-\u2013\u2014")) for w in words) if f]
    listed = reference().words("newsletter_words")
    sizes = range(1, min(NEWSLETTER_WORDS, len(folded)) + 1)
    return (any(" ".join(folded[-size:]) in listed for size in sizes)
            or (len(folded) <= NEWSLETTER_NAME_WORDS and any(" ".join(folded[:size]) in listed for size in sizes)))


def _paper_named_first(words: list[str]) -> str | None:
    """The name of an outlet the reference does not know making up a byline's part where a
    writer's name stands ("News Meridian  16-Apr-2019", "Diario Ejemplar | 16/04/2019"): two to
    BYLINE_PAPER_WORDS words, capitalised (connectors aside), the first a newspaper's word
    (vocabulary "news_title_words") and none a writer's role, a desk's word or an anonymous
    byline's (vocabulary "byline_roles", "byline_desk_words", "anonymous_bylines": "News
    Desk", "Press Office"), the last ones no newsletter's words (vocabulary
    "newsletter_words": "Daily Briefing") -> the name; None otherwise (a writer's name: "Jane
    Newsome")."""
    ref = reference()
    words = [w.strip(" .,;:|-\u2013\u2014") for w in words]
    words = [w for w in words if w]
    if not 2 <= len(words) <= BYLINE_PAPER_WORDS:
        return None
    folded = [fold(w) for w in words]
    connectors = ref.words("name_connectors")
    if not all(w[:1].isupper() for w, f in zip(words, folded) if f not in connectors) or not words[0][:1].isupper():
        return None
    if folded[0] not in ref.words("news_title_words") or " ".join(folded) in ref.words("anonymous_bylines"):
        return None
    if newsletter_name(words):
        return None
    excluded = ref.words("byline_roles") | ref.words("byline_desk_words")
    if any(f in excluded for f in folded):
        return None
    return " ".join(words)


# The most words of a writer's name read after a "Source:" label.
SOURCE_LABEL_NAME_WORDS = 3


def _writer_as_source(layout: Layout) -> None:
    """A "Source:" label followed by a person's name ("Source: JANE ROE", as some sites print
    the writer they credit) names the writer, not the outlet: the name moves to the author
    (where the page prints none). A person's name: two to SOURCE_LABEL_NAME_WORDS words,
    capitalised or in capitals, opening with a given name (vocabulary "given_names"), and
    no outlet the reference knows nor a name that reads as a newspaper's. layout: changed
    in place."""
    value = (layout.metadata.get("source") or "").strip()
    words = value.split()
    ref = reference()
    if not 2 <= len(words) <= SOURCE_LABEL_NAME_WORDS or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return
    if fold(words[0]) not in ref.words("given_names") or ref.find_source(value) or _newspaper_name(value):
        return
    del layout.metadata["source"]
    layout.metadata.setdefault("author", value)


# A list item's mark opening a line (a headline's summary printed as a list: "• The force ...").
_LIST_ITEM_MARK = re.compile(r"^[\u2022\u00b7\u25aa\u25cf*-]\s")


# How far from an agency's name alone in a page's head its date line may be for the two to be
# the byline's block (_agency_over_text).
BYLINE_BLOCK_LINES = 2


def _agency_over_text(layout: Layout, lines: list[str]) -> str | None:
    """The news agency (sources.yaml kind "agency") whose name a page prints alone on a line
    of its head, above the text's first paragraph of prose (a summary's list items aside),
    as a byline, the page's date line printed within BYLINE_BLOCK_LINES lines of it (the
    byline's block): the reference's name. None without one, and for a picture's credit (a line
    the layout reads as a credit, or next to a caption or a picture's legend: agencies sell
    pictures to every outlet). lines: the page's lines as printed."""
    from .segment import _agency_alone, _outlet_alone, _picture_legend
    prose = next((bare for para in layout.paragraphs
                  if is_prose(bare := para.removeprefix("## ").strip()) and not _LIST_ITEM_MARK.match(bare)), None)
    if not prose:
        return None
    page = [line.strip() for line in lines]
    head = next((index for index, line in enumerate(page) if prose[:40] in line), None)
    if head is None:
        return None
    captions = {*layout.captions, *layout.picture_captions, *layout.credits}
    printed = [line for line in page[:head] if line]
    for at, line in enumerate(printed):
        if line in layout.credits or not _agency_alone(line) or len(_outlet_alone(line).split()) < 2:
            continue  # (an acronym alone, "AFP", "EFE", credits a picture or a video as often)
        beside = [printed[at - 1]] if at else []
        beside += printed[at + 1:at + 2]
        if any(near in captions or _picture_legend(near) for near in beside):
            continue  # the credit of a picture whose legend is printed beside it
        # the byline's block: the page's date line printed with it (at most BYLINE_BLOCK_LINES
        # away: the name, its link, then "Updated: ..."), where a picture's credit has none
        block = printed[max(0, at - BYLINE_BLOCK_LINES):at + BYLINE_BLOCK_LINES + 1]
        if not any(is_date_line(near) for near in block if near != line):
            continue
        if (row := reference().find_source(_outlet_alone(line))):
            return row["name"]
    return None


def _bylines(layout: Layout) -> list[str]:
    return layout.bylines + ([layout.metadata["author"]] if layout.metadata.get("author") else [])


def _authors(layout: Layout) -> list[str]:
    """The writers' names of every byline, in order, without outlets and roles."""
    authors: list[str] = []
    # ("Par La Rédaction", "By Newsroom": a word a page writes for no author, vocabulary
    # "anonymous_bylines", as ingest.sitename.is_site_author reads the markup's)
    anonymous = reference().words("anonymous_bylines")
    # ("Media Release" where a byline stands: a press release's label, vocabulary
    # "press_release_labels", no writer)
    labels = reference().words("press_release_labels")
    for byline in _bylines(layout):
        if fold(byline).strip(" :.") in labels or _picture_credit_slash(byline) or _date_alone(byline):
            continue  # (_date_alone: "By - Thursday, 11 September 2025", the date where the name should be)
        # ("Text: Jane Roe / Photo: Tom Ashby": the photographer's part, opening on a photo
        # word, is the picture's credit; the writer's part is read alone)
        parts = byline.split("/")
        if len(parts) > 1 and (kept := [p for p in parts if not (p.split() and _photo_word_in(p.split()[0]))]) != parts:
            byline = "/".join(kept)
        # a name signed in capitals ("JANE ROE") is written as a name ("Jane Roe")
        names = [name.title() if name.isupper() and len(name) > 3 else name for name in _byline_parts(byline)[0]]
        # ("AUTRES INFOS", "REDES SOCIALES" where a byline stands: a heading of the page's
        # furniture in the article's language, segment.listed_heading)
        authors.extend(name for name in names if name not in authors and fold(name) not in anonymous and not listed_heading(name)
                       and not _date_alone(name))
    return authors


def _date_alone(name: str) -> bool:
    """Whether a byline, or a name cut from one, is the page's date line and nothing else
    ("Par - 11 Septembre 2025", "By - Thursday, 11 September 2025, 10:30", "Por - Jueves, 11
    de septiembre de 2025", "Bởi - Thứ Năm, 11/9/2025": the writer's name left out): past
    spaces and marks it opens on a day or a weekday (dates.find_dates) and is either that date
    with its month alone, a weekday alone after a dash (the rest of the date line cut off: "-
    Jeudi"), or a date line (segment.is_date_line, strict) holding no word shaped
    as a name (a capital, then small letters: "Jane Roe 11 September 2025" names Jane Roe). No
    writer is named so."""
    bare = name.strip(" -\u2013\u2014|,.:")
    dates = find_dates(bare)
    if not dates or dates[0].start != 0 or dates[0].kind not in ("date", "weekday"):
        return False
    if any(d.start == 0 and d.end >= len(bare.rstrip(" .")) and (
            d.kind == "date" and d.value.month is not None or d.kind == "weekday" and name.lstrip()[:1] in "-\u2013\u2014|")
           for d in dates):
        return True  # the date alone, or a weekday alone after the dash of an empty name ("By - Thursday")
    rest = list(bare)
    for d in dates:
        rest[d.start:d.end] = " " * (d.end - d.start)
    named = any(w[0].isupper() and w[1:].islower() for w in re.findall(r"[^\W\d_]{2,}", "".join(rest)))
    return not named and is_date_line(bare, strict=True)


def _picture_credit_slash(line: str) -> bool:
    """Whether a line read as a byline is a picture's credit: a photo word (vocabulary
    photo_credit_words) right before or at the end of a part a slash joins ("UN Photo/Jane
    Roe", "ONU Foto / Pedro Salas", "Jane Roe/AP Photo"). The picture's, no writer's."""
    parts = [part.strip() for part in line.split("/")]
    return len(parts) > 1 and any(part and _photo_word_in(part.split()[-1]) for part in parts)


def _writers_besides_outlet(authors: list[str], source: str) -> list[str]:
    """The authors (names, in order) without the page's own outlet (source: its name as found,
    "" for none): "By Example Times" under a page whose masthead reads "Example Times" credits
    the outlet, no writer. Compared folded; a writer whose name only holds the outlet's is kept."""
    own = fold(source).strip() if source else ""
    return [name for name in authors if not own or fold(name).strip() != own]


@dataclass
class YearHints:
    """What the text says about its own year beyond printed dates: the year an anniversary of a
    body with a known founding year gives, and the latest start of a mission it names."""

    anniversary: tuple[int, str] | None = None  # (year, why)
    anniversary_count: tuple[int, str] | None = None  # (years counted, as printed: "11th anniversary")
    mission_start: int | None = None
    # The day the text is read: a publication date inferred from the text is never after it
    # (a later date in the text is an event announced, not a bound on publication).
    today: datetime.date | None = None
    # The years in which the article's day falls on the weekday printed beside it (set when
    # one is printed): a year found for that day elsewhere must be one of them.
    weekday_years: list[int] | None = None
    # Only what the text determines (Extraction.determined_date): a day printed without its
    # year keeps XXXX unless the text pins the year (the weekday beside it, the same day
    # printed with its year, "this year, 2021"); no day taken from the body's events, a
    # caption, an anniversary or the latest year named.
    strict: bool = False
    # ISO 639-1 code of the text: which future tense marks a date as one looked forward to.
    language: str = "und"


def _earliest_year(text: str, hints: YearHints) -> int | None:
    """The earliest year the article can be from: not before a mission it names began, nor
    before a year it counts from ("since 1993"). Asked only when a year must be inferred."""
    since = [d.value.year for d in find_dates(text) if d.kind in ("year", "date") and d.value.year and _history_year(text, d)]
    return max([*since, hints.mission_start or 0]) or None


def _dateline_day(layout: Layout, anchor: PartialDate | None, text: str = "") -> PartialDate | None:
    """The day a dateline prints ("Gao, 3 March 2024 -", "Bukavu, le 3 mars -"): in the year it
    prints, or with none the anchor's (the year before when the day would fall after the anchor:
    "Gao, 28 December -" on a page of 5 January); None when the dateline prints no day and
    month, when the article has no year, or when the day falls after the anchor (a dispatch is
    never later than its page). The day of the dispatch is the day its text is told from, however
    much later the page that carries it is dated: its lead's news day, and the day its "today",
    "yesterday" and "on Saturday" count from (extract passes it to events.find_events as the
    anchor).
    layout: the segmented page; anchor: the article's date; text: the page's text (which order
    its numeric dates follow: _month_first)."""
    if not (layout.dateline and layout.dateline.date_text) or anchor is None or anchor.year is None:
        return None
    value = next((d.value for d in find_dates(layout.dateline.date_text, _month_first(layout, text)) if d.kind == "date"), None)
    if value is None or value.month is None or value.day is None:
        return None
    latest = (anchor.year, anchor.month or 12, anchor.day or 31)
    year = value.year
    if year is None:  # the anchor's year, or the year before where the day would fall after the anchor
        year = anchor.year if (anchor.year, value.month, value.day) <= latest else anchor.year - 1
    return PartialDate(year, value.month, value.day) if (year, value.month, value.day) <= latest else None


def _month_first(layout: Layout, text: str = "") -> bool:
    """Whether the page writes numeric dates month first ("7/25/22"): its outlet's country,
    else its dateline's, is one that does (reference dates.yaml "month_first_countries");
    else what the page shows of its locale: its other numeric dates where one can be read
    only one way (a number over 12 first is a day: "25.07.22"; second, the month is first:
    "07.25.22"), else a time zone of such a country printed after the clock on the line of a
    numeric date (dates.yaml "month_first_time_zones": "03/05/2024 10:42 AM EST"), else the edition it
    names ("US Edition", "Edición: México": vocabulary "edition_words", the country read in
    the gazetteer). Without any of these, day first."""
    ref = reference()
    countries = set(ref.date_words.get("month_first_countries") or ())
    outlet = next((row for c in (layout.metadata.get("source"), layout.dateline.agency if layout.dateline else None)
                   if c and (row := ref.find_source(c))), None)
    if outlet and outlet.get("country"):
        return outlet["country"] in countries
    place = ref.gazetteer.whole(layout.dateline.place) if layout.dateline else []
    if place:
        return place[0].code in countries
    day_first = month_first = 0
    for match in _NUMERIC_DATE.finditer("\n".join([*_page_lines(layout), text])):
        first, second = int(match["first"]), int(match["second"])
        day_first += 12 < first <= 31 and 1 <= second <= 12
        month_first += 12 < second <= 31 and 1 <= first <= 12
    if day_first != month_first:
        return month_first > day_first
    # the page's dates in words: English written with the month's name before the day
    # ("March 13, 2024", the order of the United States) against the day first ("13 March
    # 2024"); a page writing them one way only writes its numeric dates the same way
    written_month_first, written_day_first = _written_date_orders()
    # (a site's notice about itself, "We updated our Privacy Policy on June 1, 2023", a
    # widget's day, a copier's stamp or a comment's: their own wording, not the page's)
    page = "\n".join(line for line in [*_page_lines(layout), *text.splitlines()] if not _others_day_line(layout, line))
    before, after = len(written_month_first.findall(page)), len(written_day_first.findall(page))
    if bool(before) != bool(after):
        return before > after
    # a time zone of such a country printed after the clock on the line of a numeric date
    # ("03/05/2024 10:42 AM EST"): the page's clock, and its dates, are that country's (the
    # same capitals elsewhere on the line, a writer's initials "CT", a word "ET", are no zone)
    zone = _month_first_zone_pattern()
    for line in _page_lines(layout):
        if zone and _NUMERIC_DATE.search(line) and zone.search(line):
            return True
    edition = _edition_pattern()
    for line in [*layout.boilerplate, *layout.metadata.values(), *layout.teasers]:
        if len(line) <= 40 and (match := edition.fullmatch(line.strip())):
            entries = ref.gazetteer.whole(match["before"] or match["after"] or "")
            if entries and entries[0].kind == "country":
                return entries[0].code in countries
    return False


@lru_cache(maxsize=1)
def _written_date_orders() -> tuple[re.Pattern, re.Pattern]:
    """(an English date in words with the month's name before the day and the year after a
    comma maybe, "March 13, 2024", "Nov. 3 2021"; one with the day before the month's name,
    "13 March 2024", "3rd of November, 2021"): the month names of dates.yaml "months" "en",
    the day's ordinal endings of "written_date_day_endings" "en" and the words between day and
    month of "written_date_day_joiners" "en" (_month_first)."""
    words = reference().date_words
    names = alternation(re.escape(name) for forms in words["months"]["en"] for name in forms)
    nth = rf"(?:{alternation(words['written_date_day_endings']['en'])})?"
    joiner = rf"(?:(?:{alternation(words['written_date_day_joiners']['en'])})\s+)?"
    return (re.compile(rf"(?i)\b(?:{names})\.?\s+[0-3]?\d{nth},?\s+(?:1[89]|20)\d\d\b"),
            re.compile(rf"(?i)\b[0-3]?\d{nth}\s+{joiner}(?:{names})\.?,?\s+(?:1[89]|20)\d\d\b"))


# A clock a time zone is printed after: hours and minutes (seconds maybe), "10:42", "10.42",
# "10h42", then maybe the half of the day ("AM", "p.m.") and an opening bracket ("10:42 (EST)").
_CLOCK_BEFORE_ZONE = r"(?<!\d)\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*(?i:[ap]\.?\s?m\.?))?\s*\(?\s*"


@lru_cache(maxsize=1)
def _month_first_zone_pattern() -> re.Pattern | None:
    """A clock then a time zone of dates.yaml "month_first_time_zones" (_month_first); None
    when none is listed."""
    zones = reference().date_words.get("month_first_time_zones") or ()
    return re.compile(rf"{_CLOCK_BEFORE_ZONE}(?:{'|'.join(map(re.escape, zones))})(?![\w/])") if zones else None

# A numeric date of three numbers, the same mark between them ("25.07.22", "7/25/2022").
_NUMERIC_DATE = re.compile(r"(?<![\d.,/-])(?P<first>\d{1,2})(?P<mark>[./-])(?P<second>\d{1,2})(?P=mark)(?:\d{4}|\d{2})(?![\d/-]|\.\d)")


@lru_cache(maxsize=1)
def _edition_pattern() -> re.Pattern:
    """A line naming the edition a site shows: a place then an edition word ("US Edition"),
    or an edition word, a colon or a space, then the place ("Edición: México")."""
    words = alternation(reference().vocabulary["edition_words"])
    place = r"[^\W\d_][\w.' -]{0,30}?"
    return re.compile(rf"(?i)(?P<before>{place})\s+(?:{words})|(?:{words})\s*[:\-]?\s*(?P<after>{place})")


@lru_cache(maxsize=1)
def _site_notice_pattern() -> re.Pattern:
    """Any word of vocabulary site_notice_words, whole, in folded lowercased text."""
    return re.compile(rf"(?<!\w)(?:{alternation(fold(w).lower() for w in reference().vocabulary['site_notice_words'])})(?!\w)")


def _others_day_line(layout: Layout, line: str, first: DateMention | None = None) -> bool:
    """Whether a line of a page prints a day in another's wording and for another's purpose than
    the article's: a site's notice about itself (_site_notice: "We updated our Privacy Policy on
    June 1, 2023"), the day under a widget's heading or a copy's label (layout.other_days), a
    reader's comment's stamp (layout.comment_stamps), or a day after a label of another day on
    its line (segment.other_day_before: "Retrieved at 10:12, November 14, 2024", "Exchange
    rates: ..."). Such a day tells neither the article's date nor the order the page writes its
    own dates in. Input: the layout, one of its lines and, when the caller has read it already,
    the line's first date with its day and year (found again here otherwise); output: True or
    False."""
    if _site_notice(line) or line in layout.other_days or line in layout.comment_stamps:
        return True
    if first is None:
        first = next((d for d in find_dates(line) if d.kind == "date" and d.has_year and d.value.day), None)
    return first is not None and other_day_before(line[:first.start])


def _site_notice(line: str) -> bool:
    """Whether a line of the page's furniture is a site's notice about itself (its cookie
    banner, privacy policy or terms: vocabulary site_notice_words): "We updated our Privacy
    Policy on June 1, 2023" dates the notice, not the article."""
    return bool(_site_notice_pattern().search(fold(line).lower()))


def _notice_above_headline(layout: Layout, paragraph: str, text: str) -> bool:
    """Whether a paragraph of the page is a site's notice about itself (_site_notice) printed
    above the article's headline: before the page's title in the text, or, the page having no
    title, right above a heading. A sentence of the article's own that names a privacy policy
    or cookies ("the mission said on 1 June 2023 it had breached no privacy policy"), under its
    headline, is no notice. Input: the layout, one of its paragraphs, the page's text; output:
    True or False."""
    if not _site_notice(paragraph):
        return False
    if layout.title and (title := text.find(layout.title)) >= 0 and (at := text.find(paragraph)) >= 0:
        return at < title
    paragraphs = layout.paragraphs
    return paragraph in paragraphs and (k := paragraphs.index(paragraph)) + 1 < len(paragraphs) and paragraphs[k + 1].startswith("## ")


def _article_date(layout: Layout, lead: str, text: str, hints: YearHints | None = None, language: str = "und") -> tuple[str, str, str]:
    """The article's date as EDTF, its basis, and what it rests on. language: ISO 639-1 code
    of the text (for the clauses about the future)."""
    hints = hints or YearHints()
    hints.language = language
    month_first = _month_first(layout, text)
    # A site's notice about itself opening the page ("We updated our Privacy Policy on June 1,
    # 2023", a cookie banner) is furniture, not the lead: its day dates the notice. The lead is
    # the first paragraph after it that is no heading.
    if lead and _notice_above_headline(layout, lead, text):
        lead = next((p for p in layout.paragraphs if not p.startswith("## ") and not _site_notice(p)), "")
    # A publication date outranks an update's, whichever the page prints first. A page that
    # prints only its update gives the article's estimated date by it (the latest day the
    # article can be from; htmldate's original_date mode, ingest.html's reading of the markup,
    # falls back on a modified date the same way), but not the text's own date (strict): an
    # update is no publication date (schema.org keeps dateModified apart from datePublished).
    printed = layout.metadata.get("date") or (None if hints.strict else layout.metadata.get("updated"))
    printed_dates = [d for d in find_dates(printed, month_first) if d.kind == "date"] if printed else []
    if printed_dates and not printed_dates[0].has_year and printed != layout.metadata.get("updated"):
        if (dated := _year_from_update(printed_dates[0].value, layout.metadata.get("updated"), month_first)):
            return dated.edtf(), "explicit", f"printed: {printed}; the year of the update the page prints ({layout.metadata['updated']})"
    dateline = layout.dateline.date_text if layout.dateline else None
    dateline_dates = [d for d in find_dates(dateline, month_first) if d.kind == "date"] if dateline else []
    if (printed_dates and dateline_dates and layout.date_over_menu and _near_day(printed_dates[0].value, dateline_dates[0].value)
            and _before_page_day(dateline_dates[0].value, printed_dates[0].value)):
        # A date line printed above the site's menu is its header's date (the day the page was
        # saved): the dispatch's day a day or two before it is the article's, in the year that
        # puts it on or before the header's day.
        if not dateline_dates[0].has_year and (dated := _year_from_update(dateline_dates[0].value, printed, month_first)):
            return dated.edtf(), "explicit", f"dateline: {dateline}; the year of the page's header date ({printed})"
        return _printed_day(dateline_dates[0], "dateline", f"{dateline} (the page's header shows {printed})", text, hints, around=dateline)
    if printed_dates and dateline_dates and not _near_day(printed_dates[0].value, dateline_dates[0].value):
        # The page prints one day above the text and the dispatch another: the page's is a
        # display date (updated, republished); the dispatch is dated by its dateline, in a year
        # not after the page's.
        page_year = printed_dates[0].value.year
        return _printed_day(dateline_dates[0], "dateline", f"{dateline} (the page shows {printed})", text, hints, page_year, dateline)
    lead_days = [d for d in find_dates(layout.lead_day, month_first) if d.kind == "date"] if layout.lead_day and not dateline_dates else []
    if (printed_dates and lead_days and "date" in layout.metadata and not _near_day(printed_dates[0].value, lead_days[0].value)
            and _dispatch_lead_day(lead_days[0].value, printed_dates[0].value)):
        # The page prints one day above the text, and the lead signed by an agency ("TTXVN -
        # Ngày 3/7, ...") opens on another: the page's is a display date (a date bar, a
        # republication), the dispatch dated by its lead's day as by a dateline's, in a year not
        # after the page's.
        page_year = printed_dates[0].value.year
        return _printed_day(lead_days[0], "credited lead", f"{layout.lead_day} (the page shows {printed})", text, hints, page_year, layout.lead_day)
    if printed_dates and layout.date_over_menu and printed == layout.metadata.get("date") and _names_weekday(printed):
        # A date line with its weekday above the site's menu, before every headline, is the
        # site's clock (the day the page was looked at or saved, "Thứ Bảy, 05/07/2025" then
        # "Trang chủ"), as an update's day is no publication's: the latest day the article can
        # be from. It estimates the date (inferred), never the text's own (strict). (A bare day
        # there, "10 May 2023", may be the article's own, printed above a block of links.)
        if hints.strict:
            printed_dates = []
        else:
            date, _, why = _printed_day(printed_dates[0], "the site's header date above its menu (no date of the article printed)",
                                        printed, text, hints, around=printed)
            return date, "inferred", why
    if printed_dates:
        if "date" in layout.metadata:
            return _printed_day(printed_dates[0], "printed", printed, text, hints, around=printed)
        # An update's day is the latest the article can be from, not its publication printed:
        # the date is estimated by it (inferred), as where the text prints no date at all
        date, _, why = _printed_day(printed_dates[0], "printed update (no publication date printed)", printed, text, hints, around=printed)
        return date, "inferred", why
    if dateline_dates:
        return _printed_day(dateline_dates[0], "dateline", dateline, text, hints, around=dateline)
    if (edition := _print_edition_day(layout)):
        return edition
    if (closing := _headline_closing_day(layout.title or "", text, hints, language)):
        return closing.value.edtf(), "explicit", f"the day closing the headline: {closing.text}"
    for line in layout.boilerplate:
        found = [d for d in find_dates(line) if d.kind == "date" and d.has_year and d.value.day]
        if found and (_others_day_line(layout, line, found[0]) or breadcrumb(line[:found[0].start]) or site_clock(line[:found[0].start])):
            # "Hạn chót: 10/11/2023", "Departure: 20 June 2024", the day under "El tiempo en:
            # Mijas", a reader's comment's stamp, a cookie notice's day: another day than the page's
            continue
        if found and site_contact_bar(line) and _names_weekday(line):
            # the day with its weekday on the site's contact bar ("Thứ Năm, 12/03/2026 12:42
            # Hotline: ..."): the site's clock, which estimates the date (inferred) but is not
            # the text's own (strict), as a clock above the site's menu (a bare day there,
            # "12 March 2026 Hotline: ...", may be the page's own, as one printed over the bar)
            if hints.strict:
                continue
            date, _, why = _printed_day(found[0], "the site's clock on its contact bar (no date of the article printed)", line, text, hints, around=line)
            return date, "inferred", why
        if found:
            return found[0].value.edtf(), "explicit", f"printed beside the text: {line[:80]}"
    # "today" dates the article only in its title or its sentences: a line of no sentence is
    # the headline of another story the page lists ("today's news, Friday 6 May") or furniture.
    own = "\n".join([*([layout.title] if layout.title else []), *(p for p in layout.paragraphs if is_prose(p) and not _site_notice(p))])
    for d in _today_dates(own):
        why = f"the day the text calls today: “{own[max(0, d.start - 20):d.end].strip()}”"
        if (day := _own_day(d, why, text, hints, around=own)) is not None:
            return day
    for d, offset in _past_days(own):
        why = f"the day after the one the text calls {'yesterday' if offset == -1 else f'{-offset} days ago'}: “{own[max(0, d.start - 20):d.end].strip()}”"
        if (day := _own_day(d, why, text, hints, around=own)) is not None:
            return (_days_later(day[0], -offset), *day[1:])
    if (weekday := _article_weekday(own)) is not None:
        for d in _this_weekday_dates(own, weekday):
            why = f"the article's own weekday, named with its day: \u201c{own[max(0, d.start - 20):d.end].strip()}\u201d"
            if (day := _own_day(d, why, text, hints, around=own)) is not None:
                return day
    if (d := _opening_this_day(lead, language)):
        why = f"the day the text opens with as its own: \u201c{d.text}\u201d"
        if (day := _own_day(d, why, text, hints, around=text)) is not None:
            return day
    for d in _this_day_dates(own, language):
        why = f"the day the text puts in its own time: \u201c{own[max(0, d.start - 20):d.end].strip()}\u201d"
        if (day := _own_day(d, why, text, hints, around=own)) is not None:
            return day
    lead_dates = [] if hints.strict else [
        d for d in find_dates(lead) if d.kind == "date" and d.value.day and not _after_today(d.value, hints.today)
        and _may_be_the_day(lead, d, language)]
    if lead_dates:
        # News reports what happened last: the latest day the lead names.
        d = max(lead_dates, key=lambda m: (m.value.year or 0, m.value.month, m.value.day))
        why = f"the latest day the first paragraph names: \u201c{d.text}\u201d"
        return (d.value.edtf(), "inferred", why) if d.has_year else _with_inferred_year(d, text, why, hints, around=lead)
    if (this_year := _this_year(text, hints.today)):
        return str(this_year[0]), "inferred", this_year[1]
    if hints.strict:
        return "", "unknown", "no date printed"
    # A photo's caption dates the photo (a file photo may be years older): the article is
    # taken to be of that day only when nothing closer to the text dates it.
    # (a caption's day in a clause about the future or after a deadline word, "the mission's
    # mandate runs until 17 March 2022", is no photo's day either; nor is the day of a file
    # photo, whose year the text never names though it names others: "MADRID 26-06-2007"
    # under a story that speaks of 2000 and 2006 alone)
    # (nor is a caption that calls its picture one from the archives, "This June 3, 2019, file
    # photo shows ...", "photo d'archives": it dates another day, _archive_caption)
    own_years = None
    for line in layout.captions:
        if _archive_caption(line):
            continue
        found = [d for d in find_dates(line) if d.kind == "date" and d.has_year and d.value.day and not _after_today(d.value, hints.today)
                 and _may_be_the_day(line, d, language)]
        if found and own_years is None:
            own_years = {d.value.year for d in find_dates(_without_captions(text, layout.captions))
                         if d.kind in ("year", "date") and d.value.year}
        found = [d for d in found if not own_years or d.value.year in own_years]
        if found:
            return found[0].value.edtf(), "inferred", f"the day a photo's caption names: {line[:80]}"
    if (anniversary := _anniversary_year(text, hints)):
        return str(anniversary[0]), "inferred", anniversary[1]
    # The years the text speaks of are its own: a caption's (an archive photo's "MADRID
    # 26-06-2007", printed twice as alt text and legend) dates a picture, not the story.
    text = _without_captions(text, layout.captions)
    year = _latest_year(text, today=hints.today)
    if year and (past := _latest_past_year(text, hints)) and past > year:
        # "the 2016 rotation ... in 2016 ... on December 7, 2017": a text is written on or
        # after the latest past happening it dates, not in the year it names most
        return str(past), "inferred", f"latest year the text names for a past happening ({past}), after {year} named more than once"
    if year and not ((earliest := _earliest_year(text, hints)) and earliest > year):
        return str(year), "inferred", f"latest year the text speaks of ({year}), named more than once"
    return "", "unknown", "no date printed or inferable"


def _headline_closing_day(title: str, text: str, hints: YearHints, language: str = "und") -> DateMention | None:
    """The full date a headline closes on in brackets ("Incident near the border (7 November
    2024)", "Communiqué sur la FINUL (12 mars 2023)", "(12/3/2023)"; segment.closing_bracketed_day),
    as press offices print the day of a statement: the page's date where nothing printed above
    or beside the text dates it. A date after today or before the latest past year the text
    names (year_floor: an anniversary's headline, "The massacre remembered (7 April 1994)") is
    another day's, and so is the day of a headline about the future ("Le Conseil votera sur le
    mandat (30 juin 2025)", "Council will vote on the mandate (30 June 2025)": dates.future_tense
    in language, an ISO 639-1 code): the day of what is to come. Input: the title, the text,
    the year hints, the language; output: the date's mention, None otherwise."""
    day = closing_bracketed_day(title)
    if day is None or future_tense(title[:title.rfind(day.text)], language):
        return None
    if _after_today(day.value, hints.today) or ((floor := year_floor(text, hints)) and day.value.year < floor):
        return None
    return day


@lru_cache(maxsize=1)
def _archive_caption_pattern() -> re.Pattern:
    """Words of a picture from the archives (vocabulary file_photo_words, every language's) on
    folded text."""
    return re.compile(r"(?<!\w)(?:" + _listed_alternation("file_photo_words") + r")(?!\w)")


def _archive_caption(line: str) -> bool:
    """Whether a picture's caption calls its picture one from the archives, anywhere in it
    ("This June 3, 2019, file photo shows ...", "..., en una imagen de archivo", "(ảnh tư
    liệu)"): the days it prints are the picture's, not the article's."""
    return bool(_archive_caption_pattern().search(fold(line)))


def _without_captions(text: str, captions: list[str]) -> str:
    """text (str, lines) less the lines that are a picture's caption (captions: the layout's,
    as segment keeps them, maybe with a stop added or a credit cut off): a line equal to one,
    or one beginning with one of 20 characters or more. text as it is without captions."""
    if not captions:
        return text
    heads = {c.strip().rstrip(" .") for c in captions}
    heads = {h for h in heads if h}
    kept = [line for line in text.split("\n")
            if not ((bare := line.strip().rstrip(" .")) in heads
                    or any(len(h) >= 20 and bare.startswith(h) for h in heads))]
    return "\n".join(kept)


@lru_cache(maxsize=1)
def _print_edition_pattern() -> re.Pattern:
    """A print edition's notice (vocabulary print_edition_phrases, every language's), or the
    text's notice of its own publication (publication_notice_phrases: "This article was first
    published on"), on folded text; the day follows it."""
    vocab = reference().vocabulary
    phrases = [p for key in ("print_edition_phrases", "publication_notice_phrases") for listed in (vocab.get(key) or {}).values() for p in listed]
    return re.compile(r"(?<!\w)(?:" + alternation(fold(p) for p in phrases) + r")(?!\w)")


def _print_edition_day(layout: Layout) -> tuple[str, str, str] | None:
    """The day of the print edition the text says it appeared in ("Este artículo apareció en
    la edición impresa del Viernes, 30 de marzo de 2001"), or the day it says it was published
    ("This article was first published on 5 March 2024"): (EDTF, "explicit", what it rests on)
    from the first line of the text or its furniture holding a notice (_print_edition_pattern)
    with a full day after it; None without one."""
    for line in [*layout.paragraphs, *layout.boilerplate]:
        folded = fold_same_length(line).lower()
        if (match := _print_edition_pattern().search(folded)) is None:
            continue
        found = [d for d in find_dates(line[match.end():]) if d.kind == "date" and d.has_year and d.value.day]
        if found:
            return found[0].value.edtf(), "explicit", f"the edition or day it appeared in: {line[:80]}"
    return None


def _year_from_update(value: PartialDate, updated: str | None, month_first: bool = False) -> PartialDate | None:
    """A publication day printed without its year ("MADRID, 15 Aug."), given the year of the
    update the page prints with one ("Updated: Sunday, 16 August 2009"): the year that puts
    the day on or before the update, within a year of it. None without an update dated to the
    day with its year."""
    found = [d.value for d in find_dates(updated, month_first) if d.kind == "date" and d.has_year and d.value.day] if updated else []
    if not found or value.day is None:
        return None
    update = found[0]
    return value.with_year(update.year if (value.month, value.day) <= (update.month, update.day) else update.year - 1)


@lru_cache(maxsize=1)
def _any_weekday() -> str:
    """A regular-expression alternation of every language's weekday names (dates.yaml
    weekdays), folded, for the patterns of a day around a date."""
    return alternation({fold(w) for table in reference().date_words["weekdays"].values() for w in table})


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _with_group() -> re.Pattern:
    """A parenthesised group opened by a word of company (vocabulary "byline_with_words")."""
    return re.compile(rf"\s*\(\s*(?i:{alternation(reference().vocabulary['byline_with_words'])})\s+([^()]+)\)")


def _with_writers_unwrapped(byline: str) -> str:
    """A byline whose other writers stand in brackets after the first's, opened by a word of
    company ("Jeanne Roux (avec Marc Blin et Ana Dufour)", "Jane Roe (with John Doe)", "Ana
    Gil (con Luis Mora y Eva Sanz)": vocabulary "byline_with_words"), written as one list of
    writers ("Jeanne Roux, Marc Blin et Ana Dufour"), which _byline_separators then cuts; the
    brackets stay where a word inside them is neither capitalised nor a conjunction between
    writers ("(with reporting by John Doe)": the rest of a credit, no list of names)."""
    conjunctions = {w for listed in reference().vocabulary["byline_name_conjunctions"].values() for w in listed}

    def unwrapped(match: re.Match) -> str:
        words = match[1].replace(",", " ").split()
        if words and all(w[:1].isupper() or w in conjunctions for w in words):
            return ", " + match[1].strip()
        return match[0]

    return _with_group().sub(unwrapped, byline) if "(" in byline else byline


def _byline_separators() -> re.Pattern:
    """What separates two writers of a byline, captured: a comma, a semicolon, an ampersand, a
    slash, or a conjunction between spaces (vocabulary "byline_name_conjunctions", as
    written: "and", "et", "y", "và")."""
    words = alternation(w for listed in reference().vocabulary["byline_name_conjunctions"].values() for w in listed)
    return re.compile(r"(,\s*|;\s*|\s+(?:" + words + r")\s+|\s*&\s*|\s*/\s*)")


def _listed_alternation(section: str) -> str:
    """A regular-expression alternation of the words every language lists in one vocabulary
    section ({language: [word]}), folded (lowercased, accents taken off), each once: the words
    that may stand before a date ("relative_day_date_articles"), end an ordinal
    ("anniversary_number_endings"), send advertisers to a sales house
    ("advertising_sales_phrases") or open a clause after a remembered day
    ("remembered_day_relatives"). Input: the section's name; output: the alternation, longest
    first (text.alternation). KeyError for a section the vocabulary lacks."""
    return alternation({fold(w) for listed in reference().vocabulary[section].values() for w in listed})


@lru_cache(maxsize=None)
def _today_pattern() -> re.Pattern:
    """A word for the article's own day ("today", "aujourd'hui", "hoy", "hôm nay"; dates.yaml
    relative_days at offset 0), maybe a weekday and a word before a date (vocabulary
    relative_day_date_articles), then the date: it closes the text before one."""
    ref = reference()
    words = {fold(w) for table in ref.date_words["relative_days"].values() for w, offset in table.items() if offset == 0}
    today = alternation(words)
    days = _any_weekday()
    articles = _listed_alternation("relative_day_date_articles")
    return re.compile(rf"\b(?:{today})\W{{0,3}}(?:(?:{days})\W{{0,3}})?(?:{articles})?\W{{0,3}}$")


def _today_dates(text: str) -> list[DateMention]:
    """The days the text calls today ("today, 31 August", "aujourd'hui mardi 12 mars", "hoy,
    31 de agosto", "hôm nay, ngày 28/9"): such a day is the article's own."""
    return [d for d in find_dates(text) if d.kind == "date" and d.value.day
            and _today_pattern().search(fold(text[max(0, d.start - 40):d.start]))]


@lru_cache(maxsize=None)
def _past_day_pattern() -> tuple[re.Pattern, dict[str, int]]:
    """A word for a day before the article's own ("yesterday", "hier", "ayer", "hôm qua",
    "avant-hier"; dates.yaml relative_days at a negative offset), maybe a weekday, then the
    date (a word before it between: vocabulary relative_day_date_articles): it closes the text
    before one; with the offset of each folded word."""
    ref = reference()
    offsets = {fold(w): offset for table in ref.date_words["relative_days"].values() for w, offset in table.items() if offset < 0}
    days = _any_weekday()
    articles = _listed_alternation("relative_day_date_articles")
    return re.compile(rf"\b(?P<word>{alternation(offsets)})\W{{0,3}}(?:(?:{days})\W{{0,3}})?(?:{articles})?\W{{0,3}}$"), offsets


def _past_days(text: str) -> list[tuple[DateMention, int]]:
    """The days the text calls yesterday or earlier, printed with their date ("yesterday, 11
    March 2024", "hier, lundi 11 mars", "ayer, 11 de marzo", "hôm qua (11/3/2024)"), each with
    its offset from the article's day (-1 yesterday, -2 the day before)."""
    pattern, offsets = _past_day_pattern()
    found = []
    for d in find_dates(text):
        if d.kind == "date" and d.value.day and (m := pattern.search(fold(text[max(0, d.start - 40):d.start]))):
            found.append((d, offsets[m["word"]]))
    return found


def _days_later(edtf: str, days: int) -> str:
    """An EDTF day ("2024-03-11", or "XXXX-03-11" with its year unknown) so many days later;
    without its year the day is counted in a leap year (29 February stands), the year staying
    unknown. Anything but a day is returned as it is."""
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", edtf)
    if not m:
        return edtf
    return shift_days(PartialDate(None if m[1] == "XXXX" else int(m[1]), int(m[2]), int(m[3])), days).edtf()


@lru_cache(maxsize=None)
def _own_weekday_pattern() -> tuple[re.Pattern, dict[str, int]]:
    ref = reference()
    offsets = {fold(w): offset for table in ref.date_words["relative_days"].values() for w, offset in table.items() if offset in (-1, 0)}
    words = alternation(offsets)
    days = _any_weekday()
    return re.compile(rf"\b({words})\W{{0,3}}({days})\b"), offsets


def _article_weekday(text: str) -> int | None:
    """The weekday the article is written on (0 = Monday), from a day named relative to it with
    its weekday: "hier dimanche", "ayer domingo", "yesterday (Sunday)" -> Monday; "aujourd'hui
    lundi", "hoy lunes" -> Monday (dates.yaml relative_days at offsets -1 and 0). None when the
    text names none."""
    pattern, offsets = _own_weekday_pattern()
    match = pattern.search(fold(text))
    if match is None:
        return None
    return (weekday_number(match[2]) - offsets[match[1]]) % 7


@lru_cache(maxsize=None)
def _this_day_pattern(opening: bool = False) -> re.Pattern:
    """A deictic word (vocabulary this_day_words) and a weekday ("ce lundi", "this Monday,")
    ending the folded text before a date; with opening, at the text's start and the weekday
    optional ("Este 29 de mayo"). An article may stand before the date (vocabulary
    this_weekday_date_articles: "ce lundi le 21")."""
    ref = reference()
    deictics = alternation(ref.words("this_day_words"))
    days = _any_weekday()
    articles = _listed_alternation("this_weekday_date_articles")
    if opening:
        return re.compile(rf"^\W*(?:{deictics})\s+(?:(?:{days})\W{{0,3}})?(?:{articles})?\W{{0,3}}$")
    return re.compile(rf"\b(?:{deictics})\s+(?:{days})\W{{0,3}}(?:{articles})?\W{{0,3}}$")


def _this_weekday_dates(text: str, weekday: int) -> list[DateMention]:
    """The days printed with the article's own weekday and a word putting it in the article's
    week ("ce lundi 21 octobre", "este lunes 21 de octubre", "this Monday, 21 October";
    vocabulary this_day_words): the article's day, whatever the clause says of it."""
    return [d for d in find_dates(text) if d.kind == "date" and d.value.day and printed_weekday(text, d) == weekday
            and _this_day_pattern().search(fold_same_length(text[max(0, d.start - 20):d.start]))]


@lru_cache(maxsize=None)
def _bare_this_day_pattern() -> re.Pattern:
    """A deictic word (vocabulary this_day_words) right before a date, ending the folded text
    before it ("... a précisé ce ", "... informó este ")."""
    return re.compile(rf"\b(?:{alternation(reference().words('this_day_words'))})\s+$")


def _this_day_dates(text: str, language: str = "und") -> list[DateMention]:
    """The days the text puts in its own time with a deictic word and no weekday, anywhere in
    it ("a précisé ce 9 mai la capitainerie", "informó este 9 de mayo la autoridad"; vocabulary
    this_day_words), in text order: each is the article's own day. text: the title and the
    prose (str); language: ISO 639-1 code. Left out: a day in a quotation (the speaker's "este
    8 de diciembre" is the time of the words quoted), a day with a weekday printed beside it
    (in mid-text "ce jeudi 12 mars" may be another day of the article's week:
    _this_weekday_dates decides it), a day _may_be_the_day rules out (a clause about the
    future, a day after a deadline word, one that comes back every year), a day in a sentence
    about the future with its verb after the day ("À partir de ce 9 mai, les patrouilles seront
    réduites"), and a day remembered, a relative clause describing it ("de ce 9 mai 2018 où
    tout a basculé": _remembered_day_after)."""
    pattern = _bare_this_day_pattern()
    quoted, sentence_around = _line_quotations(text), _sentences_around(text)
    found = []
    for d in find_dates(text):
        if (d.kind != "date" or not d.value.day or d.value_end is not None or printed_weekday(text, d) is not None
                or quoted(d.start)):
            continue
        before = text[max(0, d.start - 20):d.start]
        if (deictic := pattern.search(fold_same_length(before))) is None:
            continue
        # "jusqu'à ce 20 mai": the deadline word stands before the deictic one
        if deadline_before(text[:d.start - len(before) + deictic.start()], language) or not _may_be_the_day(text, d, language):
            continue
        # "À partir de ce 9 mai, les patrouilles seront réduites": a future verb after the day
        # in its sentence; "de ce 9 mai 2018 où tout a basculé": a day remembered
        if future_tense(sentence_around(d), language) or _remembered_day_after().match(fold(text[d.end:d.end + 30]).lower()):
            continue
        found.append(d)
    return found


def _line_quotations(text: str) -> Callable[[int], bool]:
    """events.inside_quotation for one text asked at many offsets: offset (int) -> whether it
    falls inside a quotation closed on its line. Each line's quotations are found once, when a
    first offset on it is asked (inside_quotation finds them again on every call: on a text
    printed as one long line, once per day it names). The quotations of a line are apart and
    in order (_quotation_spans), so the one that may hold an offset is the last opened at or
    before it."""
    starts: list[int] = []
    spans: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def quoted(offset: int) -> bool:
        if not starts:
            starts.extend([0, *(m.end() for m in re.finditer("\n", text))])
        start = starts[bisect_right(starts, offset) - 1]
        if start not in spans:
            end = text.find("\n", start)
            found = quotation_spans(text[start:] if end < 0 else text[start:end])
            spans[start] = ([s for s, _e in found], found)
        opened, found = spans[start]
        at = bisect_right(opened, offset - start) - 1
        return at >= 0 and offset - start < found[at][1]
    return quoted


def _sentences_around(text: str) -> Callable[[DateMention], str]:
    """The sentence of text holding a mention, for one text asked of many mentions: mention ->
    from the last sentence's end before it (_SENTENCE_END, the text read up to the mention's
    start) to the next one after it, or the text's ends. The sentence ends of the whole text
    are found once, when a first mention is asked; an end found there that closes before the
    mention's start is one the text read up to it finds too (the pattern looks at nothing
    after its match), so only the stretch after the last of them is read again for each
    mention: a step per mention instead of a pass over the text before it."""
    ends: list[int] = []

    def around(mention: DateMention) -> str:
        if not ends:
            ends.extend([0, *(m.end() for m in _SENTENCE_END.finditer(text))])
        floor = ends[bisect_right(ends, mention.start) - 1]
        start = max((m.end() for m in _SENTENCE_END.finditer(text, floor, mention.start)), default=floor)
        end = next((m.start() + 1 for m in _SENTENCE_END.finditer(text, mention.end)), len(text))
        return text[start:end]
    return around


@lru_cache(maxsize=1)
def _remembered_day_after() -> re.Pattern:
    """The words opening a clause right after a day that describe it as a day remembered, "that
    day when ..." ("ce 9 mai 2018 où tout a basculé", "este 9 de mayo en que", "this 9 May
    when"; vocabulary remembered_day_relatives, every language's), on folded lowercased text
    after the day, maybe after a comma."""
    return re.compile(rf"\s*,?\s*(?:{_listed_alternation('remembered_day_relatives')})(?!\w)")


def _opening_this_day(lead: str, language: str = "und") -> DateMention | None:
    """The day the lead opens with, put in the article's own week by a deictic word ("Ce
    vendredi 29 mai, c'est la journée...", "Este 29 de mayo, los cascos azules cumplen...",
    "This Friday, 29 May, ..."; vocabulary this_day_words), in a sentence that does not speak
    of the future: the article's day. None otherwise (a later sentence's "ce jeudi" may be
    another day of the week; a lead opening on a quotation, "«Este 9 de mayo, ...», indicó",
    gives the speaker's time, not the writer's)."""
    first = next((d for d in find_dates(lead[:60]) if d.kind == "date"), None)
    if (first is None or not first.value.day or not _this_day_pattern(opening=True).match(fold_same_length(lead[:first.start]))
            or inside_quotation(lead, first.start)):
        return None
    sentence = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    return None if future_tense(sentence, language) else first


def _clause_before(text: str, mention: DateMention) -> str:
    """The text of the clause a date is in, up to the date (from the last stop or comma)."""
    cut = max(text.rfind(mark, 0, mention.start) for mark in (".", ";", ",", "!", "?", ":", "\n"))
    return text[cut + 1:mention.start]


def _after_last_date(clause: str) -> str:
    """The part of a clause after the last date or year it names: the words that govern what
    follows ("deployed since 2019 were attacked on" -> " were attacked on": the since-word
    governs 2019, not the day after it); the whole clause when it names none."""
    ends = [d.end for d in find_dates(clause) if d.kind in ("date", "year")]
    return clause[max(ends):] if ends else clause


@lru_cache(maxsize=8)
def _reads_as_prose(text: str) -> bool:
    """segment._is_prose of a whole lead, kept for the lead's next day: _may_be_the_day asks it
    once per day the lead names, and a lead printed as one line of megabytes names thousands
    (a str's hash is kept by the string, so a repeated question costs nothing)."""
    return is_prose(text)


def _may_be_the_day(text: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a day the lead names may be the article's own: not one in a clause about the
    future ("will leave for Juba on 3 April", "quittera Dakar le 21 octobre": dates.future_tense;
    in a headline read as the lead, no sentence of prose, a headline's future too: "Council to
    vote on ... (June 30, 2023)", segment.other_day_before),
    not one that starts a long story ("since the attack of 7 October": vocabulary
    history_year_words, before the day with no other date between: _after_last_date), not a
    day that comes back every year ("celebrated on 29 May each year", "ngày 29/5 hằng năm":
    events.calendar_day, vocabulary recurrence_words), not a month word that is a common word
    of a language ("des 4 casques": vocabulary stopwords)."""
    if calendar_day(text, mention.start, language, RECURRING, end=mention.end):
        return False
    clause = _clause_before(text, mention)
    if future_tense(clause + " " + " ".join(text[mention.end:mention.end + 20].split()[:1]), language):
        return False
    if not _reads_as_prose(text) and other_day_before(text[:mention.start]):
        return False  # a headline read as the lead, "Council to vote on ... (June 30, 2023)": a day to come
    if deadline_before(text[max(0, mention.start - 200):mention.start], language):  # "extended the mandate until 30 November" (it reads the last 90 characters)
        return False
    if _history_words().search(fold(_after_last_date(clause))):
        return False
    words = re.findall(r"[^\W\d_]+", mention.text)
    stopwords = reference().words("stopwords")
    return not (words and all(fold(w) in stopwords for w in words))


def _printed_day(mention: DateMention, where: str, shown: str, text: str, hints: YearHints, not_after: int | None = None,
                 around: str = "") -> tuple[str, str, str]:
    """A date printed for the article (where: "printed", "dateline"): explicit with its year,
    else its year inferred (around: the line it was found in, for a weekday printed beside it)."""
    if mention.has_year:
        return edtf_of(mention.value, mention.value_end), "explicit", f"{where}: {shown}"
    return _with_inferred_year(mention, text, f"{where} without a year: {shown}", hints, not_after, around)


def _before_page_day(dispatch: PartialDate, page: PartialDate) -> bool:
    """Whether a dispatch's day printed near the page's (_near_day) is before it: with its
    year, an earlier day; without one, another day and month than the page's, not after it
    within the days _near_day allows (a page's header date over a dispatch of the day before;
    "Dec 31" under "Jan 1" is before it)."""
    if page.year is None or page.month is None or page.day is None or dispatch.month is None or dispatch.day is None:
        return False
    if dispatch.year is None:
        return (dispatch.month, dispatch.day) != (page.month, page.day) and (
            (dispatch.month, dispatch.day) < (page.month, page.day) or dispatch.month > page.month + 1)
    try:
        return datetime.date(dispatch.year, dispatch.month, dispatch.day) < datetime.date(page.year, page.month, page.day)
    except ValueError:
        return False


# How many days before the page's printed date a credited lead's day with its year may be
# the dispatch's (a republication, a date bar of a later copy, within a year).
LEAD_DAY_REACH = 366


def _dispatch_lead_day(day: PartialDate, page: PartialDate) -> bool:
    """Whether the day a lead signed by an outlet opens with ("TTXVN - Ngày 3/7, ...": layout
    .lead_day) may be the dispatch's own against the page's printed date: its year printed, on
    or before the page's day by LEAD_DAY_REACH days at most ("Ngày 30/4/1975, ..." opening an
    anniversary's story is history, no dispatch's day); without its year, it is put in a year
    not after the page's. Input: the lead's day, the page's date; output: True or False."""
    if day.year is None or page.year is None or page.month is None or page.day is None or day.month is None or day.day is None:
        return True
    try:
        gap = (datetime.date(page.year, page.month, page.day) - datetime.date(day.year, day.month, day.day)).days
    except ValueError:
        return False
    return 0 <= gap <= LEAD_DAY_REACH


def _near_day(page: PartialDate, dispatch: PartialDate, days: int = 2) -> bool:
    """The page's date and the dispatch's are the same day but for time zones and the night
    desk (a Beijing page dated the 29th over a Beirut dispatch of the 28th)."""
    if page.year is None or page.day is None or dispatch.day is None:
        return (page.month, page.day) == (dispatch.month, dispatch.day)
    year = dispatch.year or page.year
    try:
        gap = abs((datetime.date(page.year, page.month, page.day) - datetime.date(year, dispatch.month, dispatch.day)).days)
    except ValueError:
        return False
    return gap <= days or (dispatch.year is None and 365 - days <= gap <= 366 + days)


def _latest_year(text: str, at_least: int = 2, today: datetime.date | None = None, leave_out=None) -> int | None:
    """The latest past year the text names at least this often ("in 2021 ... 2021"); with
    today, none after today's year; with leave_out (a function of a DateMention, True for a
    mention not to count), none of the mentions it leaves out."""
    counts = Counter(
        d.value.year for d in find_dates(text)
        if d.kind in ("year", "date") and d.value.year and not _future_year(text, d) and not _history_year(text, d)
        and not (today and d.value.year > today.year) and not (leave_out and leave_out(d))
    )
    years = [y for y, n in counts.items() if n >= at_least]
    return max(years) if years else None


@lru_cache(maxsize=1)
def _nation_history_words() -> re.Pattern:
    """Words before a year that dates a country's own birth (vocabulary
    "nation_history_words": "independence", "won its freedom", "indépendance"), every
    language's, on folded text, ending the text searched but for the words up to the year."""
    words = alternation(reference().words("nation_history_words", ("en", "fr", "es", "vi")))
    return re.compile(rf"\b(?:{words})\b[^.!?;]*$")


def _operations_year(text: str) -> int | None:
    """The year whose operations a text of no known date speaks of, for the missions it
    implies: the latest year it names (as _latest_year, once is enough), leaving out a bare
    year that dates a country's own birth, printed within 45 characters after a word of it in
    its sentence (_nation_history_words: "the Congo won its freedom from Belgium in 1960",
    "l'indépendance en 1960"): no year of the peacekeepers the text tells of today. None when
    it names no other year."""
    history = _nation_history_words()
    return _latest_year(text, at_least=1, leave_out=lambda d: d.kind == "year" and bool(history.search(fold(text[max(0, d.start - 45):d.start]))))


def _latest_past_year(text: str, hints: YearHints) -> int | None:
    """The latest year the text names for a past happening (its year, a day's or a month's,
    either end of a span, "since" years included), the lower bound of the year it is written
    in. Left out: a year it looks forward to ("by 2030", "until 2026": vocabulary
    future_year_words; a clause in the future tense or after a deadline word, "the elections
    will be held in 2026") and one after hints.today. None when it names none."""
    today = hints.today
    years = [d.value.year for d in find_dates(text) if d.kind in ("year", "date") and d.value.year
             and not (today and d.value.year > today.year) and not _future_year(text, d)
             and not _looked_forward_to(text, d, hints.language)]
    return max(years, default=None)


def _own_day(mention: DateMention, why: str, text: str, hints: YearHints, around: str) -> tuple[str, str, str] | None:
    """The article's day, (EDTF, "inferred", why), from a day the text gives as its own
    (mention, found in `around`: the title and prose, or the text; text: the article's text;
    why: the reason told): printed with its year, that day unless it is after hints.today;
    printed without, the year _with_inferred_year gives it. None for a day with its year
    after today: the caller looks further."""
    if mention.has_year:
        return None if _after_today(mention.value, hints.today) else (mention.value.edtf(), "inferred", why)
    return _with_inferred_year(mention, text, why, hints, around=around)


def _with_inferred_year(mention: DateMention, text: str, printed: str, hints: YearHints, not_after: int | None = None,
                        around: str = "") -> tuple[str, str, str]:
    """A publication day printed without its year. The year is the first of: the one an
    anniversary gives; the year the text prints with that same day ("JUBA, March 3 - ... arrived
    on March 3, 2015"), the latest one not after today; that of the latest date the text gives
    (the first year that does not put the day before it) unless the text names a later year
    more than once; the latest year the text names more than once. Dates and years after
    hints.today are announced events, not bounds, and are left out. A year before the
    earliest the text allows, after the page's own date, or that puts the day after today,
    is no answer: the year then stays unknown (XXXX).

    A weekday printed beside the day ("Saturday, May 19", "ce mardi 21 février", around: the
    line the mention was found in) comes first: the year is the only one, from the earliest the
    text allows to today's, in which that day falls on that weekday (weekday_fit); where
    several fit, a year found otherwise that does not fit is no answer either."""
    value = mention.value
    today = hints.today
    fit = weekday_fit(mention, around, text, hints, not_after) if around else None
    hints.weekday_years = fit[0] if fit is not None else None
    if fit is not None and len(fit[0]) == 1:
        year = fit[0][0]
        return value.with_year(year).edtf(), "inferred", f"{printed}; {fit[1]}"
    latest, named_year = _latest_dated(text, today, hints.language), _latest_year(text, today=today)
    same_day = _same_day_year(text, value, today)
    if hints.strict:
        latest = named_year = None  # the years the text names are no pin
    if (anniversary := None if hints.strict else _anniversary_year(text, hints)):
        year, why = anniversary
    elif same_day:
        year, why = same_day, f"the text prints the same day with its year ({value.with_year(same_day).edtf()})"
    elif (this_year := _this_year(text, today)):
        year, why = this_year
    elif latest is not None and not (named_year and named_year > latest.year):
        year, why = _not_before(value, latest).year, f"year of the latest date the text gives ({latest.edtf()})"
    elif named_year and (past := _latest_past_year(text, hints)) and past > named_year:
        year, why = past, f"the latest year the text names for a past happening ({past}), after {named_year} named more than once"
    elif named_year:
        year, why = named_year, f"the latest year the text names more than once ({named_year})"
    else:
        year = None
    earliest = _earliest_year(text, hints) if year is not None else None
    if (year is None or (earliest and year < earliest) or (not_after and year > not_after)
            or _after_today(value.with_year(year), today) or (fit is not None and year not in fit[0])):
        return value.edtf(), "inferred", printed + "; the year is not printed"
    return value.with_year(year).edtf(), "inferred", f"{printed}; {why}"


def year_floor(text: str, hints: YearHints) -> int | None:
    """The earliest year an article can be from by its text: not before a mission it names
    began, a year it counts from ("since 2015") or any past year it names ("in 2019", "on 3
    May 2019"); a year it looks forward to ("by 2030") or after hints.today is left out.
    None when the text names no year."""
    today = hints.today
    named = [d.value.year for d in find_dates(text) if d.kind in ("year", "date") and d.value.year
             and not _future_year(text, d) and not (today and d.value.year > today.year)]
    return max([*named, _earliest_year(text, hints) or 0]) or None


def _weekday_of_same_day(text: str, value: PartialDate) -> int | None:
    """The weekday the text prints beside another mention of the same day and month, with no
    year or a year that is not value's ("JUBA, 3 March (Wire) - ... on Tuesday, 3 March": the
    dateline's day is a Tuesday), 0 = Monday; None when it prints none, or two that differ."""
    weekdays = {printed_weekday(text, d) for d in find_dates(text)
                if d.kind == "date" and d.value.month == value.month and d.value.day == value.day and d.value_end is None
                and (not d.has_year or d.value.year == value.year)}
    weekdays.discard(None)
    return weekdays.pop() if len(weekdays) == 1 else None


def weekday_fit(mention: DateMention, around: str, text: str, hints: YearHints,
                not_after: int | None = None) -> tuple[list[int], str] | None:
    """The years a day printed without its year may be in when a weekday is printed beside it
    in around (dates.printed_weekday: "Tuesday (14 March)", "le mardi 21 février", "martes,
    14 de marzo"), or beside the same day elsewhere in the text (_weekday_of_same_day): those from year_floor(text) to today's year (or not_after) in which the day
    falls on that weekday and is not after hints.today (dates.weekday_years), with a reason.
    None without a weekday beside the day, a day, a floor or hints.today."""
    value = mention.value
    today = hints.today
    weekday = printed_weekday(around, mention) if value.day and value.month else None
    if weekday is None and value.day and value.month:
        weekday = _weekday_of_same_day(text, value)
    low = year_floor(text, hints) if weekday is not None else None
    if weekday is None or low is None or today is None:
        return None
    high = min(today.year, not_after or today.year)
    years = [y for y in weekday_years(value.month, value.day, weekday, low, high) if not _after_today(value.with_year(y), today)]
    name = calendar.day_name[weekday]
    return years, f"the only year from {low} to {high} in which {value.day} {calendar.month_name[value.month]} is a {name}"


@lru_cache(maxsize=None)
def _this_year_pattern() -> re.Pattern:
    table = reference().vocabulary["this_year_words"]
    words = sorted(reference().words("this_year_words", tuple(table)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


_YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*[-\u2013\u2014/]\s*((?:19|20)\d\d)\b")
_YEAR_AFTER = re.compile(r"^\W{0,3}((?:19|20)\d\d)\b")


def _this_year(text: str, today: datetime.date | None = None) -> tuple[int, str] | None:
    """The year the text says it is written in: a year printed right after a word for this
    year ("this year, 2024", "cette année 2024", "este año 2024"), or closing a span of years in
    a sentence that speaks of this year ("Năm nay tròn 10 năm ... (2014 - 2024)", "This year
    marks a decade of service (2014-2024)"); vocabulary this_year_words. A year after today's
    is no answer. None when the text says none."""
    for paragraph in text.split("\n"):
        for sentence in split_sentences(paragraph):
            folded = fold(sentence)
            for match in _this_year_pattern().finditer(folded):
                after = _YEAR_AFTER.match(folded[match.end():])
                spans = [int(m[1]) for m in _YEAR_SPAN.finditer(folded)]
                year = int(after[1]) if after else max(spans, default=None)
                if year and not (today and year > today.year):
                    return year, f"the year the text calls this year: \u201c{sentence[:100]}\u201d"
    return None


def _anniversary_year(text: str, hints: YearHints) -> tuple[int, str] | None:
    """The year an anniversary gives (hints.anniversary: the founding year of the body named
    beside it plus the count), with its reason. An anniversary of something younger than that
    body ("the unit celebrated its 11th anniversary" beside UNIFIL, founded 1978) gives a year
    before one the text counts from ("dispatched since 2007"): the count then runs from the
    latest such year (2007 + 11), if that is not after today; None when no year is left."""
    if hints.anniversary is None:
        return None
    year, why = hints.anniversary
    since = [d.value.year for d in find_dates(text) if d.kind in ("year", "date") and d.value.year and _history_year(text, d)]
    if not since or year >= max(since) or hints.anniversary_count is None:
        return year, why
    count, printed = hints.anniversary_count
    start = max(since)
    if hints.today and start + count > hints.today.year:
        return None
    return start + count, f"{count} years after {start}, the year the text counts from: \u201c{printed}\u201d"


def _not_before(value: PartialDate, latest: PartialDate) -> PartialDate:
    """A day and month given the first year that does not put them before the latest date
    the text names (an article is written after what it reports). Against a month named
    without a day ("in September 2015"), a day of that month is taken as a year later: a text
    of the same month says "this month"."""
    if latest.day is None and latest.month == value.month:
        return value.with_year(latest.year + 1)
    same_year = (value.month, value.day or 1) >= (latest.month or 1, latest.day or 1)
    return value.with_year(latest.year if same_year else latest.year + 1)


@lru_cache(maxsize=None)
def _history_words() -> re.Pattern:
    """Words before a year that starts a long story (vocabulary history_year_words), in every
    language, Vietnamese too ("từ năm 2014"): the text they are searched in is folded."""
    table = reference().vocabulary["history_year_words"]
    words = sorted(reference().words("history_year_words", tuple(table)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _history_year(text: str, mention: DateMention) -> bool:
    """A year that starts a long story ("since 1978", "created in 2013")."""
    return bool(_history_words().search(fold(text[max(0, mention.start - 45):mention.start])))


def _latest_dated(text: str, today: datetime.date | None = None, language: str = "und") -> PartialDate | None:
    """The latest day or month with a printed year that the text names (not a bare year),
    leaving out the dates that start a long story, those that start a period running up to
    the story ("since 25 September 2024": _period_start), those the text looks forward to (in a
    clause about the future, a deadline: "the decision will be taken from July 2016", "until
    30 November"; language: ISO 639-1 code) and, with today, those after it."""
    dated = [d.value_end or d.value for d in find_dates(text) if d.kind == "date" and d.has_year and not _history_year(text, d)
             and not _looked_forward_to(text, d, language) and not _period_start(text, d)]
    dated = [v for v in dated if not _after_today(v, today)]
    return max(dated, key=lambda v: (v.year, v.month or 0, v.day or 0), default=None)


@lru_cache(maxsize=1)
def _period_start_pattern() -> re.Pattern:
    """The words opening a period right before a date (vocabulary "period_start_words", every
    language's), on folded lower-case text, closing the text before the date."""
    words = reference().vocabulary.get("period_start_words") or {}
    return re.compile(r"(?<![\w'])(?:" + alternation(fold(w) for listed in words.values() for w in listed) + r")\s*$")


def _period_start(text: str, mention: DateMention) -> bool:
    """Whether a date is the start of a period running up to the story, a since-phrase's
    right before it ("since 3 May 2024", "từ ngày 25/9/2024": _period_start_pattern)."""
    return bool(_period_start_pattern().search(fold(text[max(0, mention.start - 40):mention.start]).lower()))


# How many days apart a day printed without its year and one printed with it may be for the
# second to give the first its year ("hoy, 31 de agosto" and "el 30 de agosto de 2017").
NEAR_DAYS = 3


def _same_day_year(text: str, value: PartialDate, today: datetime.date | None = None) -> int | None:
    """The year the text prints with the same month and day as value (a dateline's "March 3"
    and "on March 3, 2015" in the text), or with a day at most NEAR_DAYS from it ("today, 31
    August" and "on 30 August 2017", "le 2 janvier" and "le 31 décembre 2016" -> 2017): the
    year that puts value nearest that day, the latest such year not after today, leaving out
    the dates that start a long story ("since March 3, 1964" under "March 3": the day comes
    back every year). A since-day on another day and month a few days off ("missing since the
    sinking of May 8, 2017" under "May 9") starts no long story and counts. None when the
    text prints no such day with its year, or value has no day."""
    if value.day is None:
        return None
    years = []
    for d in find_dates(text):
        if not (d.kind == "date" and d.has_year and d.value.day and not _after_today(d.value, today)):
            continue
        history = _history_year(text, d)
        if history and (d.value.month, d.value.day) == (value.month, value.day):
            continue
        printed = datetime.date(d.value.year, d.value.month, d.value.day)
        for year in (d.value.year - 1, d.value.year, d.value.year + 1):
            try:
                gap = abs((datetime.date(year, value.month, value.day) - printed).days)
            except ValueError:
                continue
            # a since-day counts only before the day it pins (a story begun days earlier)
            if gap <= NEAR_DAYS and not (history and datetime.date(year, value.month, value.day) < printed):
                years.append(year)
    return max(years, default=None)


def _after_today(value: PartialDate, today: datetime.date | None) -> bool:
    """Whether a date with its year is after today (a month: begins after it; a year: after
    today's year); False without today or without a year."""
    if today is None or value.year is None:
        return False
    return (value.year, value.month or 1, value.day or 1) > (today.year, today.month, today.day)


def _looked_forward_to(text: str, mention: DateMention, language: str = "und") -> bool:
    """Whether the text looks forward to a date: its clause speaks of the future ("se tomará a
    partir de julio de 2016", "will leave on 3 April 2021") or a deadline word stands before it
    ("until 30 November 2015"); language: ISO 639-1 code of the text."""
    sentence_end = re.search(r"[.;!?](?:\s|$)", text[mention.end:])
    rest = text[mention.end:mention.end + (sentence_end.start() if sentence_end else 80)]
    return (future_tense(_clause_before(text, mention) + " " + " ".join(rest.split()[:3]), language)
            or deadline_before(text[:mention.start], language))


def _future_year(text: str, mention: DateMention) -> bool:
    """A year the text looks forward to ("by 2030", "until the end of 2026")."""
    words = reference().words("future_year_words")
    before = fold(text[max(0, mention.start - 30):mention.start]).split()[-3:]
    after = fold(text[mention.end:mention.end + 12]).split()
    return bool(set(before) & words or (after and after[0] in words))


@lru_cache(maxsize=None)
def _anniversary_pattern() -> re.Pattern:
    """A count of years before an anniversary word, maybe with an ordinal ending (vocabulary
    anniversary_after_number, anniversary_number_endings: "75th anniversary"), or after one
    (anniversary_before_number: "kỷ niệm 75"), on folded text; groups "after" and "before"."""
    ref = reference()
    after = alternation(ref.words("anniversary_after_number"))
    before = "|".join(re.escape(w) for w in sorted(ref.words("anniversary_before_number", ("vi",)), key=len, reverse=True))
    ordinal = rf"(?:{_listed_alternation('anniversary_number_endings')})?\W?"
    return re.compile(rf"\b(?:(?P<after>\d{{1,3}}){ordinal}\s+(?:{after})\b|(?:{before})\s+(?P<before>\d{{1,3}})\b)")


# How far after an anniversary's count ("75th anniversary") the name of the day it counts may
# start (" of the ", " de la ", " năm "): the words joining them.
_OBSERVANCE_REACH = 12


@lru_cache(maxsize=1)
def _observance_names() -> list[tuple[str, int, str]]:
    """The folded names of the days whose anniversaries count from what they commemorate
    (vocabulary anniversary_observances, every language), longest first, as (folded name,
    year counted from, name as listed)."""
    names = []
    for row in reference().vocabulary.get("anniversary_observances") or []:
        for language, listed in row.items():
            if language != "counts_from":
                names += [(fold(name), int(row["counts_from"]), name) for name in listed]
    return sorted(names, key=lambda n: len(n[0]), reverse=True)


def _observance_after(folded: str, end: int) -> tuple[int, str] | None:
    """The year an observed day named right after an anniversary's count counts from, and the
    day's name ("75th anniversary of the International Day of UN Peacekeepers" -> 1948), on
    folded text (end: where the count's words end); None when no such day follows within
    _OBSERVANCE_REACH characters."""
    window = folded[end:end + _OBSERVANCE_REACH + 80]
    hits = [(window.find(name), start, listed) for name, start, listed in _observance_names() if 0 <= window.find(name) <= _OBSERVANCE_REACH]
    if not hits:
        return None
    _, start, listed = min(hits, key=lambda h: h[0])
    return start, listed


def _year_hints(sentences: list[tuple[str, list[Found]]]) -> YearHints:
    """The year an anniversary gives ("the 60th anniversary of UNFICYP": 1964 + 60, the
    body named in the same sentence; of an observed day named right after the count, the year
    the day commemorates: _observance_after) and the latest start of the missions named."""
    founded = reference().founded
    hints = YearHints()
    for sentence, found in sentences:
        bodies = [f for f in found if f.kind == "mission" and f.id in founded]
        bodies += [f for f in found if f.kind != "mission" and f.id in founded]
        match = _anniversary_pattern().search(fold(sentence)) if hints.anniversary is None else None
        observed = match and _observance_after(fold(sentence), match.end())
        if match and observed and 0 < (count := int(match["after"] or match["before"])) <= 200:
            start, name = observed
            hints.anniversary = (start + count, f"{count} years after {start}, which the day of \u201c{name}\u201d commemorates: \u201c{match.group().strip()}\u201d")
            hints.anniversary_count = (count, match.group().strip())
        elif bodies and match:
            count = int(match["after"] or match["before"])
            body = bodies[0]
            if 0 < count <= 200:
                hints.anniversary = (founded[body.id] + count, f"{count} years after {body.name} began ({founded[body.id]}): \u201c{match.group().strip()}\u201d")
                hints.anniversary_count = (count, match.group().strip())
        starts = [founded[f.id] for f in found if f.kind == "mission" and f.id in founded]
        hints.mission_start = max([*starts, hints.mission_start or 0]) or None
    return hints


def _home_country(layout) -> str | None:
    """The ISO code of the country a story is filed from: its dateline's place, a city (its
    country) or a country; None without a dateline, for a place in no country ("UNITED
    NATIONS") or for a name places of several countries share."""
    if not layout.dateline or not layout.dateline.place:
        return None
    codes = {e.code for e in reference().gazetteer.whole(layout.dateline.place) if e.kind in ("city", "country") and e.code}
    return next(iter(codes)) if len(codes) == 1 else None


# The kinds of bodies the extractor finds by their capitals and head words when the reference
# does not know them (a headline in Title Case is no evidence of such a name).
_PATTERN_BODY_KINDS = ("organisation", "initiative")


def _language_home(language: str | None) -> str | None:
    """The ISO code of the one country whose national language `language` is (reference/
    generic_names.yaml home_languages: "vi" -> "VN"), or None for a language of several
    countries or none listed. The home of a story filed under no dateline, for its untied
    national bodies (entities.join_article_names)."""
    return (load_reference("generic_names.yaml").get("home_languages") or {}).get(language or "")


def _place_name(place: str) -> str:
    """A dateline place under its reference name, whatever the language it is printed in
    ("Londres" -> London, "Naciones Unidas" -> United Nations); as printed when unknown. Two
    places joined by a slash, each one the gazetteer knows ("NAIROBI/KAMPALA (Reuters)": a
    story filed from two bureaus), give the first, the bureau named first."""
    first, slash, second = place.partition("/")
    if slash and "/" not in second and first.strip() and second.strip() \
            and reference().gazetteer.whole(first.strip()) and reference().gazetteer.whole(second.strip()):
        place = first.strip()
    entries = reference().gazetteer.whole(place)
    return next((e for e in entries if e.kind in ("city", "country")), entries[0]).name if entries else place


def _anchor(date: str) -> PartialDate | None:
    parsed = parse_simple(date) if date else None
    return parsed[0] if parsed else None


_BRACKETED_YEARS = r"\s*\(\s*(\d{4})(?:\s*[-\u2013\u2014]\s*(\d{4}|\d{2}))?\s*\)"
_YEAR_IN_BRACKETS = re.compile(r"\(\s*\d{4}")  # what every match of _BRACKETED_YEARS holds


def bracketed_years(text: str, surfaces: list[str]) -> tuple[int, int] | None:
    """The years printed in brackets right after one of a name's surfaces ("la Somalie
    (1993-1995)" -> (1993, 1995); "Rwanda (1994)" -> (1994, 1994); "Bosnia (1992-95)" -> (1992,
    1995)), the first such; None when no surface is so followed. A span whose end comes before
    its start is no span: None."""
    if not surfaces or not _YEAR_IN_BRACKETS.search(text):
        return None  # (no bracket opening on a year: no name's pattern to build)
    pattern = re.compile(rf"(?<!\w)(?:{alternation(sorted(set(surfaces)))}){_BRACKETED_YEARS}", re.IGNORECASE)
    match = pattern.search(text)
    if not match:
        return None
    first = int(match.group(1))
    last = match.group(2)
    end = first if last is None else int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return (first, end) if end >= first else None


def _operation_of_bracketed_years(text: str, code: str, surfaces: list[str]):
    """The one operation a country (ISO code) hosted alone over the whole of the years printed
    in brackets after its name (bracketed_years), the peacekeepers of then whatever the
    article's year ("depuis la Somalie (1993-1995)": UNOSOM II, not UNOSOM I, which ended in
    1993); None without such years or where they fit none or several operations."""
    span = bracketed_years(text, surfaces)
    if span is None:
        return None
    fitting = [m for m in reference().missions_of_country(code, alone=True)
               if (m.start or 0) <= span[0] and span[1] <= (m.end or 9999)]
    return fitting[0] if len(fitting) == 1 else None


def _runs_there(code: str) -> bool:
    """Whether an operation still runs in the country (ISO code), alone or shared with another
    (missions.yaml: no `end`)."""
    return any(m.end is None for m in reference().missions_of_country(code))


def _implied_missions(entities: dict[str, Found], text: str, year: int | None) -> dict[str, str]:
    """Missions not named but implied, id -> the reason in words: a country hosting exactly one
    operation (it alone) in the article's year, named in a peacekeeping context; a place an
    operation alone serves (missions.yaml `places`: "Abyei") named in such a context, in the
    operation's years. A country named right after a mission described, not named (the UN
    mission there: _described_place), needs no other word of peacekeeping; one printed only
    as a boundary ("the border of South Sudan": _named_as_border) implies none. In a text that
    names an operation, the peacekeeping context is the country's own sentence
    (_host_in_context): a country named in passing there ("via Syria") hosts nothing the text
    speaks of. A town or city of the text (its body, not its dateline: "à Aguelhok", "in
    Naqoura") stands for its country ("des casques bleus ... à Aguelhok": MINUSMA in Mali).
    Where the text allows no year (year None) a country implies the one operation
    it hosts alone that still runs ("Nam Sudan" in a text of no year: UNMISS; Lebanon, whose
    UNOGIL ended in 1958: UNIFIL; Haiti or Sudan, whose operations all ended, none)."""
    context = peacekeeping_context(text)
    named = {f.id for f in entities.values() if f.kind == "mission"}
    implied: dict[str, str] = {}
    when = f"in {year}" if year is not None else "in a text of no year"
    for entity in entities.values():
        if entity.kind not in ("country", "city") or not entity.code:
            continue
        others = [s for f in entities.values() if f.kind == "country" and f is not entity for s in f.surfaces]
        if (not (context or _described_place(text, entity.surfaces, others))
                or _named_as_border(text, entity.surfaces, others)):
            continue
        if named and not _host_in_context(text, entity.surfaces, others):
            continue  # "weapons reach the group via Syria" in a story of UNIFIL: a country in passing
        then = _operation_of_bracketed_years(text, entity.code, entity.surfaces)
        if then is not None:
            if then.id not in named and then.id not in implied:
                implied[then.id] = (f"{entity.name} is printed with the years of {then.acronym} in a peacekeeping "
                                    f"context (\u201c{shorten(entity.sentence, REASON_QUOTE_LIMIT)}\u201d)")
            continue
        hosted = reference().missions_of_country(entity.code, year, alone=True)
        # (of no year: the one operation the country hosts alone that still runs, none named;
        # in a year the text names one of the country's operations of, another that ran that
        # year too is not implied: MONUSCO named in 2010 leaves MONUC, which it followed, aside)
        if any(m.id in named for m in hosted):
            continue
        running = [m for m in hosted if m.end is None]
        # of no year, a country named right after a mission described in words ("the UN
        # peacekeeping mission in Mali") where no operation runs any more (alone or shared:
        # Sudan keeps UNISFA): the one operation it ever hosted is the one described (MINUSMA)
        sole = (hosted if year is not None else running if len(running) == 1
                else hosted if (not running and len(hosted) == 1 and not _runs_there(entity.code)
                                and _described_place(text, entity.surfaces, others)) else [])
        if len(sole) == 1 and sole[0].id not in implied:
            mission = sole[0]
            implied[mission.id] = (
                f"{entity.name} is named in a peacekeeping context {when}, when {mission.acronym} was the "
                f"operation there (\u201c{shorten(entity.sentence, REASON_QUOTE_LIMIT)}\u201d)"
            )
    folded = fold(text)
    for mission in reference().missions.values():
        if not context or not mission.places or mission.id in named or mission.id in implied:
            continue
        if year is not None and not mission.active_in(year):
            continue
        place = re.search(rf"(?<!\w)(?:{alternation(sorted({fold(p) for p in mission.places}))})(?!\w)", folded)
        if place:
            implied[mission.id] = (f"{place.group(0).title()}, the place {mission.acronym} serves, is named in a "
                                   f"peacekeeping context {when}")
    return implied


@lru_cache(maxsize=1)
def _mission_head_pattern() -> re.Pattern:
    """The heads of vocabulary "mission_nouns" (a one-word noun, or the Vietnamese "phái bộ"),
    as printed there, matched whole words, ignoring case."""
    heads = {w for words in reference().vocabulary["mission_nouns"].values() for w in words
             if " " not in w or w.lower() == "phái bộ"}
    return re.compile(rf"(?<!\w)(?:{alternation(sorted(heads))})(?!\w)", re.IGNORECASE)


# How far before a country's name a described mission may begin ("la misión de paz de la ONU
# en el " is 28 characters): characters of the folded text.
MISSION_DESCRIPTION_SPAN = 60


@lru_cache(maxsize=1)
def _mission_description_pattern() -> re.Pattern:
    """A mission noun (vocabulary "mission_nouns" heads, or their plurals) then a word of
    vocabulary "mission_description_words", or such a word right before the noun (one word
    between at most), and no end of sentence up to the end of the folded stretch searched: a
    described UN or peace mission right before a name."""
    heads = {fold(w) for words in reference().vocabulary["mission_nouns"].values() for w in words
             if " " not in w or w.lower() == "phái bộ"}
    words = reference().words("mission_description_words")
    head = rf"(?<!\w)(?:{alternation(sorted(heads))})(?:e?s)?(?!\w)"
    word = rf"(?<!\w)(?:{alternation(sorted(words))})(?!\w)"
    # "la mission de l'ONU au", or a word right before the noun, one word between at most
    # ("the UN mission in", "the U.N.-led mission to")
    return re.compile(rf"(?:{head}[^.!?;]*?{word}|{word}(?:\W+\w+)?\W+{head})[^.!?;]*$")


@lru_cache(maxsize=1)
def _force_description_pattern() -> re.Pattern:
    """A UN force described in words (vocabulary "mission_force_nouns" with a word of
    "mission_description_words" right before it, "the UN force", or right after it, a
    qualifier of "mission_force_qualifiers" and a link between at most ("of the", "de la",
    "del", "của": "force_description_links", "force_description_article_links"; "la fuerza
    interina de la ONU"), then no end of sentence up to the end of the
    folded stretch searched: a described UN force right before a name."""
    nouns = alternation(sorted(reference().words("mission_force_nouns")))
    words = alternation(sorted(reference().words("mission_description_words")))
    qualifiers = alternation(sorted(reference().words("mission_force_qualifiers")))
    # after a French or Spanish "de", "un" is the article ("las fuerzas de un país"), no UN
    romance = alternation(sorted(w for w in reference().words("mission_description_words") if w != "un"))
    force = rf"(?<!\w)(?:{nouns})(?!\w)"
    word = rf"(?<!\w)(?:{words})(?!\w)"
    links = _listed_alternation("force_description_links")
    spaced, elided = _article_alternations("force_description_article_links", folded=True)
    glued = f"|(?:{elided})'" if elided else ""
    after = rf"(?:(?:(?:{links}) )?(?:{words})|(?:(?:{spaced}) {glued})(?:{romance}))(?!\w)"
    return re.compile(rf"(?:{word}\s*(?:-led)?\s+{force}|{force}\s+(?:(?:{qualifiers})\s+)?{after})[^.!?;]*$")


def _described_place(text: str, surfaces: list[str], others: list[str] = ()) -> bool:
    """Whether a country printed as one of surfaces follows, in its sentence and within
    MISSION_DESCRIPTION_SPAN characters, a UN or peace mission described in words ("la
    mission de l'ONU au Mali", "la misión de paz de la ONU en el Líbano", "the U.N. mission in
    South Sudan", "phái bộ LHQ tại Nam Sudan"): the text speaks of the operation there though
    it prints no other word of peacekeeping. others: the other countries' surfaces, so that
    "Sudan" within "South Sudan" is not Sudan."""
    folded = fold(text).replace("u.n.", "un  ")
    patterns = (_mission_description_pattern(), _force_description_pattern())
    return any(pattern.search(folded[max(0, start - MISSION_DESCRIPTION_SPAN):start])
               for start in _country_starts(folded, surfaces, others) for pattern in patterns)


def _host_in_context(text: str, surfaces: list[str], others: list[str] = ()) -> bool:
    """Whether a sentence of text that prints a country as one of surfaces speaks of
    peacekeeping itself (peacekeeping_context) or describes the UN mission there
    (_described_place). others: as _described_place's. The text breaks at line breaks, then
    into sentences as text.split_sentences does (abbreviations such as "U.N." kept whole)."""
    for sentence in _line_sentences(text):
        if not _country_starts(fold(sentence), surfaces, others):
            continue
        if peacekeeping_context(sentence) or _described_place(sentence, surfaces, others):
            return True
    return False


@lru_cache(maxsize=1)
def _line_sentences(text: str) -> tuple[str, ...]:
    """The sentences of text, broken at its line breaks, then as text.split_sentences breaks
    them; kept for the last text, which _host_in_context reads once for each country."""
    return tuple(s for line in text.splitlines() for s in split_sentences(line))


def _country_starts(folded: str, surfaces: list[str], others: list[str]) -> list[int]:
    """Where in the folded text a country printed as one of surfaces begins, leaving out the
    places where it is part of another country's longer name (others: "Sudan" within "South
    Sudan"). Names found by whole_word_starts, no pattern compiled per name."""
    mine = {fold(s) for s in surfaces if s}
    covered = [(at, at + len(other)) for other in {fold(s) for s in others if s} - mine if len(other) > 3
               for at in whole_word_starts(folded, other)]
    return sorted(at for surface in mine for at in whole_word_starts(folded, surface)
                  if not any(start <= at and at + len(surface) <= end and end - start > len(surface) for start, end in covered))


# How far after a border word (vocabulary "border_words") a country's name makes it a
# boundary ("the disputed area between Sudan and " is 36 characters): folded characters.
BORDER_SPAN = 40


@lru_cache(maxsize=1)
def _border_pattern() -> re.Pattern:
    """A word of vocabulary "border_words" (every language's, folded), then the rest of its
    sentence to the end of the searched span (_named_as_border)."""
    words = alternation(sorted(reference().words("border_words", ("en", "fr", "es", "vi"))))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)[^.!?;]*$")


def _named_as_border(text: str, surfaces: list[str], others: list[str] = ()) -> bool:
    """Whether a country printed as one of surfaces is printed only as a boundary: each time
    within BORDER_SPAN characters after a word of vocabulary "border_words" in its sentence
    ("the border of South Sudan", "the area between Sudan and South Sudan", "biên giới Nam
    Sudan"). Such a country is no host the text places peacekeepers in. others: as
    _described_place's."""
    folded = fold(text)
    border = _border_pattern()
    starts = _country_starts(folded, surfaces, others)
    return bool(starts) and all(border.search(folded[max(0, start - BORDER_SPAN):start]) for start in starts)


# The fewest letters a surname needs for a one-edit variant of it to be read as a misspelling
# ("Howland"/"Hawland"; "Diop"/"Diom" and "Ali"/"Alo" may be two people).
MISSPELT_SURNAME_LETTERS = 5


def _one_national_force(entities: dict[str, Found]) -> dict[str, str]:
    """The organisations of one article that are one country's army (or its armed forces)
    named twice: by the country's name or by its demonym before "Army" (or "Armed Forces") as
    a name found by pattern ("Nepal Army", "Nepali Army", "Bangladesh Army"; vocabulary
    whole_force_words), or as the country's forces found
    with the country ("armed-forces-of-<country>": "the Bangladeshi army"). Returns {key of
    each other one: key of the one kept}: the first printed under the demonym
    (tests/corpus/README: "<Demonym> Army"), else the first printed. A country's forces the
    reference lists (organisations.yaml armed_forces_of) have one id already and are left alone."""
    gazetteer = reference().gazetteer
    demonyms = country_demonyms()
    groups: dict[tuple[str, str], list[tuple[str, bool]]] = {}
    for key, f in entities.items():
        if f.kind != "organisation" or f.known:
            continue
        words = f.name.split()
        for service in reference().vocabulary["whole_force_words"]:
            n = len(service.split())
            if len(words) > n and " ".join(words[-n:]).lower() == service.lower():
                head = " ".join(words[:-n])
                if f.id.startswith("armed-forces-of-") and f.code:
                    code = f.code
                else:
                    codes = {e.code for e in gazetteer.whole(head) if e.kind == "country" and e.code}
                    code = next(iter(codes)) if len(codes) == 1 else None
                if code is not None:
                    # (the army and the armed forces, printed so, are two names the corpus lists apart)
                    groups.setdefault((code, service), []).append((key, fold(head) in demonyms))
                break
    repeats: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        kept = next((key for key, by_demonym in members if by_demonym), members[0][0])
        repeats.update((key, kept) for key, _by_demonym in members if key != kept)
    return repeats


def _misspelt_repeats(entities: dict[str, Found]) -> dict[str, str]:
    """People of one article whose full names differ only in the surname, by one edit
    (text.one_edit_apart: a letter inserted, deleted, replaced, or two swapped), the other
    words the same (folded) and the surname MISSPELT_SURNAME_LETTERS letters long or more:
    one person, the name printed again misspelt ("Todd Hawland" after "Todd Howland", "Jean
    Dupond" after "Jean Dupont"). Agency copy misspells names so (Damerau 1964). Returns
    {key of the misspelling: key of the person kept}, the one printed more often kept, the
    first printed on a tie (entities are in the order of the text). Only within one article:
    two articles may name two people so."""
    people = [(key, f, fold(f.name).split()) for key, f in entities.items() if f.kind == "person"]
    repeats: dict[str, str] = {}
    for i, (key, f, words) in enumerate(people):
        if key in repeats or len(words) < 2:
            continue
        for other_key, other, other_words in people[i + 1:]:
            if (other_key in repeats or len(other_words) != len(words) or other_words[:-1] != words[:-1]
                    or min(len(words[-1]), len(other_words[-1])) < MISSPELT_SURNAME_LETTERS
                    or not one_edit_apart(words[-1], other_words[-1])):
                continue
            if len(other.surfaces) > len(f.surfaces):
                repeats[key] = other_key
                break
            repeats[other_key] = key
    return repeats


def _merge_repeats(repeats: dict[str, str], entities: dict[str, Found], sentences: list, captions: list) -> tuple[dict[str, Found], list, list]:
    """(entities, sentences, captions) with each entity of repeats ({key: key of the entity it
    is one with}, as _misspelt_repeats and _one_national_force give them) merged into the one
    kept: its surfaces added to the kept one's, its key dropped, and the (sentence, found)
    pairs of the body and of the captions naming the kept one in its place, each once."""
    for key, kept in repeats.items():
        entities[kept].surfaces.extend(s for s in entities[key].surfaces if s not in entities[kept].surfaces)
    merged = {id(entities[key]): entities[kept] for key, kept in repeats.items()}
    entities = {key: f for key, f in entities.items() if key not in repeats}
    sentences = [(sentence, _dedup_found([merged.get(id(f), f) for f in found])) for sentence, found in sentences]
    captions = [(sentence, _dedup_found([merged.get(id(f), f) for f in found])) for sentence, found in captions]
    return entities, sentences, captions


def _dedup_found(found: list[Found]) -> list[Found]:
    """A sentence's entities, each once (by identity), in their order."""
    seen: set[int] = set()
    return [f for f in found if not (id(f) in seen or seen.add(id(f)))]


# How many words after a writer's name and its dash or verb a writer's note may take to name
# the writer's trade (vocabulary "author_bio_roles").
AUTHOR_BIO_WORDS = 8


@lru_cache(maxsize=1)
def _bio_after_name() -> re.Pattern:
    """What follows a person's name opening a writer's note (_bio_writers), matched where the
    name ends: a dash, a comma or a verb of being (vocabulary "author_bio_links", longest
    first), then, within AUTHOR_BIO_WORDS words, a writer's trade (vocabulary
    "author_bio_roles"), every language's words. Compiled once: the names differ from person
    to person, this part does not."""
    ref = reference()
    roles = alternation(sorted(ref.words("author_bio_roles", ("en", "fr", "es", "vi"))))
    links = alternation(sorted(ref.words("author_bio_links", ("en", "fr", "es", "vi")), key=len, reverse=True))
    return re.compile(rf"(?:\s*[-\u2013\u2014,:]\s*|\s+(?:{links})\s+)(?:\S+\s+){{0,{AUTHOR_BIO_WORDS}}}?(?:{roles})(?!\w)")


def _bio_writers(text: str, people: list[Found]) -> list[Found]:
    """The people of `people` named only in writers' notes: every line of the text printing
    one of their names either is the name alone (a signature, "Jane ROE") or opens on it, then
    a dash, a comma or a verb of being (vocabulary "author_bio_links"), then, within
    AUTHOR_BIO_WORDS words, a writer's trade (vocabulary "author_bio_roles": "Jane Roe is a
    freelance reporter based in Juba", "Jean Dupont – journaliste, fondateur de ..."), and
    one line at least is such a note. The article's writer, credited under it, is no person
    it tells of (tests/corpus/README.md: people are named in the article text; authors are
    the writers credited)."""
    after_name = _bio_after_name()
    lines = [fold(line).strip() for line in text.splitlines() if line.strip()]
    writers = []
    for person in people:
        names = {fold(s).strip() for s in person.surfaces if len(s.split()) >= 2}
        if not names:
            continue
        printing = [line for line in lines if any(has_whole_word(line, name) for name in names)]
        notes = [line for line in printing if any(line.startswith(name) and after_name.match(line, len(name)) for name in names)]
        if notes and all(line in names or line.strip(" .") in names or line in notes for line in printing):
            writers.append(person)
    return writers


def _described_missions(entities: dict[str, Found]) -> set[str]:
    """The keys ("mission:<id>") of missions the text only describes, never names: every
    surface it was found by holds a mission noun (vocabulary "mission_nouns", first words:
    "mission", "misión", "phái bộ") in lowercase and is not its acronym ("the U.N. mission in
    South Sudan", "la misión de la ONU en Sudán del Sur", "phái bộ LHQ tại Nam Sudan"). A
    proper name is capitalised ("United Nations Mission in South Sudan", "Phái bộ LHQ tại Nam
    Sudan"); a description implies the operation (tests/corpus/README.md: missions are those
    named, missions_inferred those implied)."""
    head = _mission_head_pattern()
    missions = reference().missions
    described = set()
    for key, found in entities.items():
        mission = missions.get(found.id) if found.kind == "mission" else None
        if mission is None or not found.surfaces:
            continue
        acronyms = {fold(mission.acronym), fold(mission.acronym_fr)}
        if all(fold(surface).replace(".", "") not in acronyms
               and (m := head.search(surface)) and surface[m.start()].islower()
               for surface in found.surfaces):
            described.add(key)
    return described


def _stale_missions(entities: dict[str, Found], year: int | None) -> set[str]:
    """Missions named by a descriptive name ("the UN mission in Haiti"), not by an acronym nor
    one of their own listed names (missions.yaml names and aliases), that ended before the article's year in a country where a later operation ran (one that
    began in the year the old one ended counts: MONUSCO followed MONUC in 2010): the name
    speaks of the later one, so the old mission is not matched (a mission is matched only
    within its years). Keys "mission:<id>" of entities."""
    if year is None:
        return set()
    missions = reference().missions
    stale = set()
    for key, found in entities.items():
        mission = missions.get(found.id) if found.kind == "mission" else None
        if mission is None or mission.end is None or mission.end >= year:
            continue
        acronyms = {fold(mission.acronym), fold(mission.acronym_fr)}
        if any(fold(surface).replace(".", "") in acronyms for surface in found.surfaces):
            continue
        later = [m for m in missions.values()
                 if set(m.countries) & set(mission.countries) and m is not mission and (m.start or 0) >= mission.end]
        if not later:
            continue
        # one of its own listed names holding a word no name of the later operations holds
        # ("Misión de Estabilización de las Naciones Unidas en Haití": MINUJUSTH's names have no
        # "Estabilización") tells it apart as its acronym does; "the UN Mission in the Democratic
        # Republic of the Congo", all of whose words MONUSCO's names hold, describes the later one
        own_names = {fold(name) for name in (mission.name, mission.name_fr, *mission.aliases) if name}
        later_words = {w for m in later for name in (m.name, m.name_fr, *m.aliases) if name
                       for w in re.findall(r"\w+", fold(name))}
        if any(fold(surface) in own_names and set(re.findall(r"\w+", fold(surface))) - later_words
               for surface in found.surfaces):
            continue
        stale.add(key)
    return stale


@lru_cache(maxsize=1)
def _outlet_ids() -> frozenset[str]:
    """The ids the entity finder gives news outlets (reference/sources.yaml, each an
    organisation named after its `name`), less those of bodies organisations.yaml lists."""
    ref = reference()
    return frozenset(slugify(row["name"]) for row in ref.sources) - frozenset(ref.organisations)


@lru_cache(maxsize=1)
def _credit_opening_pattern() -> re.Pattern:
    """A sentence opening on a word crediting the outlets a report is written from
    (vocabulary "source_credit_words": "Source:", "Avec AFP", "Con información de EFE")."""
    words = sorted(reference().words("source_credit_words"), key=len, reverse=True)
    return re.compile(rf"^\W*(?:{alternation(words)})\b")


@lru_cache(maxsize=1)
def _correspondent_credit_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Folded patterns of vocabulary "correspondent_credit_words": the words before an outlet's
    name (one of its "articles" after them: "de l'AFP", "de la ANP"), the place's preposition
    after it, and the English word after it and its place's preposition."""
    table = reference().vocabulary["correspondent_credit_words"]
    before, after, places, articles = ([fold(w) for w in table.get(key) or ()] for key in ("before", "after", "places", "articles"))
    # an elided article ("l'") is glued to the name, another is spaced from it
    article = "|".join(re.escape(a) + ("" if a.endswith("'") else r"\s+") for a in articles)
    return (re.compile(rf"(?:^|\W)(?:{alternation(before)})\s*(?:{article})?$"),
            re.compile(rf"^\s+(?:{alternation(places)})\s+\w"),
            re.compile(rf"^\s+(?:{alternation(after)})\s+(?:{alternation(places)})\s+\w"))


def _correspondent_credit(sentence: str, start: int, end: int) -> bool:
    """Whether the outlet printed at sentence[start:end] is named as the employer of the
    story's correspondent at a place ("Theo phóng viên TTXVN tại châu Phi", "selon le
    correspondant de l'AFP à Bamako", "the Xinhua correspondent in Nairobi": vocabulary
    "correspondent_credit_words"): the story's own dispatch credit, as a dateline's agency."""
    before, place, after = _correspondent_credit_patterns()
    rest = fold(sentence[end:])
    return bool((before.search(fold(sentence[:start])) and place.match(rest)) or after.match(rest))


def _outlet_in_prose(sentence: str, surface: str) -> bool:
    """Whether an outlet printed as `surface` in `sentence` is named by the running text, as a
    party to the story ("a source told AFP", "según explicaron a EFE fuentes", "rapporte
    RFI", "Reuters reported that"), rather than credited for it: a dateline's or sign-off's
    bracket ("BEIRUT, July 28 (Xinhua) --", "(Yonhap)"), a photo credit ("Jane Roe/REUTERS"),
    a byline or source line ("By | AFP", "Source: Xinhua"), a site name in the furniture
    ("EXPLORE XINHUANET"), a short credit line ("Con información de EFE"). Named by the
    text: a lowercase word of the sentence right before it ("D'après Les Échos, ...", an elided
    article glued to it, "selon l'AFP") or right after it ("..., Studio Tamani reported"),
    spaces between."""
    if len(sentence.split()) <= _CREDIT_LINE_WORDS and _credit_opening_pattern().match(fold(sentence)):
        return False
    start = sentence.find(surface)
    while start >= 0:
        if _correspondent_credit(sentence, start, start + len(surface)):
            start = sentence.find(surface, start + 1)
            continue  # "phóng viên TTXVN tại châu Phi": the dispatch's credit, no party to the story
        # (an elided article glued to the name is such a word: "selon l'AFP", "a rapporté l'Agence")
        word_before = re.search(r"(\w+)(?:[ \t]+|['\u2019])$", sentence[:start])
        if word_before and word_before.group(1)[:1].islower():
            return True
        if re.match(r"[ \t]+[^\W\d_]", after := sentence[start + len(surface):]) and after.strip()[:1].islower():
            return True
        start = sentence.find(surface, start + 1)
    return False


# The most words a line crediting a report's outlets holds ("Con información de EFE y AFP").
_CREDIT_LINE_WORDS = 6


def _outlets_of_the_articles_country(per_sentence: list[tuple[str, list[Found], bool]],
                                     dateline_code: str | None) -> list[tuple[str, list[Found], bool]]:
    """per_sentence with each news outlet found by a name another country's outlet lists among
    its country_aliases (sources.yaml: "CNA" is Singapore's CNA, and the Cyprus News Agency's
    in a story of Cyprus) made that outlet, where the article names that country, or a place
    of it, or files from it (dateline_code), and no other country whose outlet the name
    could be. Reference.source_in_country reads the alias so in a dateline alone; a story
    naming the country is read as one filed from it for its prose."""
    ref = reference()
    outlets = _outlet_ids()
    codes = {f.code for _s, found, _b in per_sentence for f in found if f.kind in ("country", "city") and f.code}
    codes |= {dateline_code} if dateline_code else set()
    swap: dict[str, Found] = {}
    for _s, found, _b in per_sentence:
        for f in found:
            if f.kind != "organisation" or f.id not in outlets or f.id in swap or (row := ref.find_source(f.name)) is None:
                continue
            others = {id(o): o for code in codes if (o := ref.source_in_country(f.name, code)) is not None and o is not row}
            if len(others) == 1 and row.get("country") not in codes:  # (the outlet's own country named: it may be either)
                other = next(iter(others.values()))
                swap[f.id] = Found("organisation", slugify(other["name"]), other["name"], f.sentence, list(f.surfaces), known=True)
    if not swap:
        return per_sentence

    def swapped(f: Found) -> Found:
        if f.kind != "organisation" or f.id not in swap:
            return f
        return dataclasses.replace(swap[f.id], sentence=f.sentence, surfaces=list(f.surfaces))
    return [(sentence, [swapped(f) for f in found], in_body) for sentence, found, in_body in per_sentence]


def _credited_outlets(per_sentence: list[tuple[str, list[Found], bool]], captions: set[str]) -> set[str]:
    """The ids of the news outlets a text names only as its credits, never in its running text
    (_outlet_in_prose): the story's carriers, not organisations it tells of. The labelled
    corpus counts an outlet among an article's organisations where its text tells what the
    outlet did or was told, not where a dateline, byline, photo or footer credits it."""
    outlets = _outlet_ids()
    credited: set[str] = set()
    in_prose: set[str] = set()
    for sentence, found, _in_body in per_sentence:
        for f in found:
            if f.kind != "organisation" or f.id not in outlets:
                continue
            if sentence not in captions and any(_outlet_in_prose(sentence, s) for s in f.surfaces):
                in_prose.add(f.id)
            else:
                credited.add(f.id)
    return credited - in_prose


def _add_people(pending: list[tuple[int, Found]], per_sentence: list[tuple[str, list[Found], bool]],
                people: dict[str, Found], person_of) -> None:
    """Make people of names found by pattern (`pending`: (index into per_sentence, the name)),
    in place: person_of(name, sentence) gives the person (a Found of kind "person") or None to
    leave the name alone. The person goes into its sentence's entities, in the order of the text,
    unless that sentence names them already, and into `people` (by id) the first time. A body
    found so (person_of giving a Found of another kind) is added the same way."""
    for index, f in pending:
        sentence, found, in_body = per_sentence[index]
        person = person_of(f, sentence)
        if person is not None and not any(g.kind == "person" and g.id == f.id for g in found):
            found = sorted([*found, person], key=lambda g: sentence.find(g.surfaces[0]))
            per_sentence[index] = (sentence, found, in_body)
            people.setdefault(f.id, person)


def extract(text: str, known=None, today: datetime.date | None = None) -> Extraction:
    """The article in a text. known: what came with the text (an ingest.known.Known: the
    collector's metadata, the page's markup, its address), or None; a date it holds outranks
    the text's by ingest.precedence, and relative dates and events are dated from it.
    today: the day the text is read (default: the system's date); a publication date the
    text does not print in full is never inferred after it."""
    layout = segment(text)
    # a dump of megabytes is read up to READ_LIMIT (read_within); its body is written whole all the same
    body = layout.paragraphs
    layout.paragraphs, unread = read_within(body, READ_LIMIT)
    _writer_as_source(layout)
    cited_source = cache(lambda: _cited_source(layout))  # asked by _source on one path, then below: read once
    printed_source = _platform_account(layout, text, known) or _source(layout, text.splitlines(), cited_source)
    if printed_source:
        # "Alger (APS) -", "ALGER- ... APS": an acronym two agencies share names, in a text
        # filed from a place of one's country, that one (sources.yaml country_aliases)
        printed_source = _country_agency(printed_source, layout)
        # "GD&TĐ - ..." under a masthead "Giáo dục & Thời đại": the outlet's code, spelled out
        printed_source = _code_spelled_out(printed_source, layout)
    cited = None if printed_source else (cited_source() or _interview_outlet(layout) or _kind_named_outlet(layout)
                                         or _inverted_report_outlet(layout))
    if not printed_source and not (cited and cited.get("kind")) and (spelled := _domain_spelled(layout, known)):
        source, cited = spelled, None
    else:
        source = printed_source or (cited["name"] if cited else "")
    if layout.title:
        layout.title = without_outlet(layout.title, source)
    paragraphs = layout.paragraphs
    plain = [p[3:] if p.startswith("## ") else p for p in paragraphs]
    full_text = "\n".join(([layout.title] if layout.title else []) + plain)
    language = detect_language(full_text) if full_text.strip() else "und"

    title, title_basis = (layout.title, "printed") if layout.title else (derive_title(paragraphs), "derived")

    entities: dict[str, Found] = {}
    sentences: list[tuple[str, list[Found]]] = []
    # The country a dateline prints after its place ("DAKAR, Senegal (AP) —") is named by the
    # article too: read as a line of its own after the title, neither caption nor body.
    heads = [*([layout.title] if layout.title else []), *([layout.dateline.country] if layout.dateline and layout.dateline.country else [])]
    texts = [*heads, *layout.captions, *plain]
    people: dict[str, Found] = {}
    per_sentence: list[tuple[str, list[Found], bool]] = []
    opens_block: list[bool] = []  # per sentence of per_sentence: whether it opens its paragraph
    unresolved: dict[str, None] = {}  # names that matched nothing, in order of appearance
    pending: list[tuple[int, Found]] = []  # (index in per_sentence, an unresolved name of the body)
    caption_texts: set[str] = set()  # a dated photo caption tells a happening too (after the body's)
    captions_found: list[tuple[str, list[Found]]] = []
    for block_index, block in enumerate(texts):
        in_body = block_index >= len(texts) - len(plain)
        caption = not in_body and block_index >= len(heads)
        for sentence_index, sentence in enumerate(split_sentences(block)):
            opens_block.append(sentence_index == 0)
            if caption:
                caption_texts.add(sentence)
            found = find_in_sentence(sentence, language)
            unresolved.update((f.name, None) for f in found if f.kind == "unresolved" and in_body)
            pending.extend((len(per_sentence), f) for f in found if f.kind == "unresolved" and in_body)
            found = [f for f in found if f.kind != "unresolved"]
            people.update({f.id: f for f in found if f.kind == "person"})
            per_sentence.append((sentence, found, in_body))
    # A bare "Congo" the sentence left open: the Congo whose cities the article names (its
    # dateline's, "KINSHASA, Congo —", or its sentences': entities.shared_end_by_places).
    places = {f.code for _s, found, _b in per_sentence for f in found if f.kind == "city" and f.code}
    if layout.dateline and layout.dateline.place:
        places |= {e.code for e in reference().gazetteer.whole(layout.dateline.place) if e.kind == "city" and e.code}
    # (a mission named hosted by one of the two counts as its place: "au Congo ... la MONUSCO")
    mission_rows = reference().missions
    places |= {code for _s, found, _b in per_sentence for f in found if f.kind == "mission" and f.id in mission_rows
               for code in mission_rows[f.id].countries}
    settled = {id(f): country for _i, f in pending if (country := shared_end_by_places(f, places)) is not None}
    # and in a text of peacekeeping, a place peacekeepers serve in ("au Congo", "en el Congo")
    # is the one of the two that hosted operations (entities.shared_end_as_host)
    if peacekeeping_context(text):
        settled |= {id(f): country for index, f in pending if id(f) not in settled
                    and (country := shared_end_as_host(f, per_sentence[index][0], language)) is not None}
    for index, f in pending:
        if id(f) in settled:
            sentence, found, in_body = per_sentence[index]
            if not any(g.kind == "country" and g.id == settled[id(f)].id for g in found):
                found = sorted([*found, settled[id(f)]], key=lambda g: sentence.find(g.surfaces[0]))
            per_sentence[index] = (sentence, found, in_body)
    pending = [(i, f) for i, f in pending if id(f) not in settled]
    # A place the article names with its head word ("la ville de Sam Kota", "the town of Kpala
    # Mbete") is that place where it names it again bare ("la population de Sam Kota"), though
    # its words read as a person's there (entities.places_by_their_heads); not where a mention
    # gives the name a person's title or role ("le porte-parole Sam Kota") or makes it a quote's
    # speaker ('"...," said Kpala Mbete': entities.speakers_named): a person who shares the
    # place's name.
    headed = places_by_their_heads([f for _i, f in pending], language) if pending else frozenset()
    if headed:  # less the names a mention gives a title or a role, read only where a place is headed
        headed -= {fold(f.name) for _s, found, _b in per_sentence for f in found
                   if f.kind == "person" and (f.role or f.role_after)}
    if headed:
        mentions = [*(dataclasses.replace(f, kind="unresolved") for _s, found, _b in per_sentence for f in found
                      if f.kind == "person" and not f.known and fold(f.name) in headed),
                    *(f for _i, f in pending if fold(f.name) in headed)]
        headed -= {fold(f.name) for f in speakers_named(mentions, language)}
        per_sentence = [(sentence, [f for f in found if f.kind != "person" or f.known or fold(f.name) not in headed], in_body)
                        for sentence, found, in_body in per_sentence]
        people = {pid: p for pid, p in people.items() if p.known or fold(p.name) not in headed}
        pending = [(i, f) for i, f in pending if fold(f.name) not in headed]
    # A name of dictionary words named again by its surname after a rank ("Pedro León" ... "el
    # coronel León"): a person (entities.named_again_as_person).
    again = {f.id for f in named_again_as_person([f for _i, f in pending], [s for s, _f, body in per_sentence if body], language)}
    # A name of dictionary words standing as a quote's speaker ('"...," said Ward Bond'; "según
    # Rosa Flores, vecina de la zona"): a person (entities.speakers_named).
    again |= {f.id for f in speakers_named([f for _i, f in pending], language)}
    _add_people(pending, per_sentence, people,
                lambda f, sentence: Found("person", f.id, f.name, sentence, list(f.surfaces)) if f.id in again else None)
    # Such a name of a body's words ('"...", a indiqué Sécurité Civile'): a body speaking, not
    # in the reference data (entities.bodies_speaking).
    speaking = {f.id for f in bodies_speaking([f for _i, f in pending], language)}
    _add_people(pending, per_sentence, {},
                lambda f, sentence: Found("organisation", f.id, f.name, sentence, list(f.surfaces)) if f.id in speaking else None)
    # A name of one word right after a person's title ("Lieutenant Brevik"), no full name's
    # surname: a person named by the surname alone (entities.surnames_after_titles).
    alone = {f.id: f for f in surnames_after_titles([f for _i, f in pending], list(people.values()), language)}
    _add_people(pending, per_sentence, people,
                lambda f, sentence: dataclasses.replace(alone[f.id], sentence=sentence) if f.id in alone else None)
    # An outlet the reference does not know, cited by its kind ("dijo la emisora Example").
    per_sentence = [(sentence, [*found, *(outlets_cited(sentence, found, language) if in_body else [])], in_body)
                    for sentence, found, in_body in per_sentence]
    # One body, one actor: its short names, acronym and untied mentions join its full name.
    dateline_home = _home_country(layout)
    joined = join_article_names([(sentence, found) for sentence, found, _ in per_sentence],
                                dateline_home or _language_home(language),
                                home_by_language=dateline_home is None and _language_home(language) is not None)
    per_sentence = [(sentence, found, in_body) for (sentence, _, in_body), found in zip(per_sentence, joined)]
    # A name with everyday words glued on after it ("Marc Lefort Hier", a heading run on):
    # the person named without them.
    if glued := glued_words(people, language):
        per_sentence = [(sentence, with_full_names(found, glued), in_body) for sentence, found, in_body in per_sentence]
        people = {pid: p for pid, p in people.items() if pid not in glued}
    # A person named again by the last words of the name ("Noor Talukbar"): the person in full.
    if tails := name_tails(people, language):
        per_sentence = [(sentence, with_full_names(found, tails), in_body) for sentence, found, in_body in per_sentence]
        people = {pid: p for pid, p in people.items() if pid not in tails}
    # An outlet's acronym another country's outlet holds too ("CNA"), in an article naming that
    # country: that country's outlet (sources.yaml country_aliases).
    per_sentence = _outlets_of_the_articles_country(per_sentence, _dateline_code(layout))
    # A headline in Title Case makes any two capitalised words look like a name: a person
    # seen only in the headline is dropped unless the text names them too.
    named_below = {f.id for sentence, found, _ in per_sentence if sentence != layout.title for f in found if f.kind == "person"}
    # The same holds for any line in Title Case (the headline when the page's title was not
    # found, another story's headline in a list of links): a person found only in such lines
    # whose name is everyday words only ("Deplores Shelling", "Early Years") is dropped.
    title_cased = {sentence for sentence, _, _ in per_sentence if sentence != layout.title and title_case_line(sentence)}
    # what the lines not in Title Case (nor the headline) name: evidence of a name there
    plain_found = [f for sentence, found, _ in per_sentence if sentence != layout.title and sentence not in title_cased for f in found]
    named_plainly = {f.id for f in plain_found if f.kind == "person"}
    bodies_plainly = {f.id for f in plain_found if f.kind in _PATTERN_BODY_KINDS}
    parts = surname_parts(people, language)
    paragraph_starts: set[int] = set()  # indices in sentences of the body's sentences opening a paragraph
    for index, (sentence, found, in_body) in enumerate(per_sentence):
        if sentence == layout.title:
            found = [f for f in found if f.kind != "person" or f.id in named_below]
        # "Vì Đức đã về muộn": a country syllable as a clause's subject, the given name of a person named
        found = given_name_subjects(sentence, found, parts, language)
        known_people = {f.id for f in found if f.kind == "person"}
        found = found + [f for f in resolve_surnames(sentence, people, language, parts) if f.id not in known_people and not any(f.surfaces[0] in g.surfaces[0] for g in found)]
        if sentence == layout.title or sentence in title_cased:
            found = [f for f in found if f.kind != "person" or f.id in named_plainly
                     or not everyday_words_name(f.name, language)]
            # nor is a body found by its capitals alone in a headline in Title Case ("Phased
            # Deployment Begins for Regional Protection Force"): one the reference does not
            # know stays only when the text names it in a line not in Title Case too
            if sentence in title_cased or title_case_line(sentence):
                found = [f for f in found if f.kind not in _PATTERN_BODY_KINDS or f.known or f.id in bodies_plainly]
        for f in found:
            key = f"{f.kind}:{f.id}"
            if key in entities:
                entities[key].surfaces.extend(s for s in f.surfaces if s not in entities[key].surfaces)
                entities[key].local.extend(s for s in f.local if s not in entities[key].local)
                entities[key].role = entities[key].role or f.role
                entities[key].role_after = entities[key].role_after or f.role_after
            else:
                entities[key] = f
        if in_body:
            if opens_block[index]:
                paragraph_starts.add(len(sentences))
            sentences.append((sentence, found))
        elif sentence in caption_texts:
            captions_found.append((sentence, found))

    # A full name printed again with its surname misspelt by one edit ("Todd Hawland" after
    # "Todd Howland") is the same person (_misspelt_repeats)
    if (repeats := _misspelt_repeats(entities)):
        entities, sentences, captions_found = _merge_repeats(repeats, entities, sentences, captions_found)
    # One country's army printed twice, by its country and by its demonym, capitalised or not
    # ("Bangladesh Army" ... "Bangladeshi Army", "Nepal Army" ... "Nepali Army"): one body.
    if (repeats := _one_national_force(entities)):
        entities, sentences, captions_found = _merge_repeats(repeats, entities, sentences, captions_found)
    # A news outlet only credited for the story (dateline, byline, photo, footer) is none of
    # the organisations the story tells of.
    for outlet in _credited_outlets(per_sentence, caption_texts):
        entities.pop(f"organisation:{outlet}", None)
    hints = _year_hints([(sentence, found) for sentence, found, _ in per_sentence])
    hints.today = today or datetime.date.today()
    date, date_basis, date_source = text_date = _article_date(layout, plain[0] if plain else "", full_text, hints, language)
    date_inputs = (layout, plain[0] if plain else "", full_text, dataclasses.replace(hints, strict=True, weekday_years=None), language)
    if known is not None:
        date, date_basis, date_source = known.settle_date(text_date)
    anchor = _anchor(date)
    # Which operations ran "then": the article's year, else the latest year it names (not one
    # dating a country's birth: _operations_year).
    mission_year = anchor.year if anchor and anchor.year else _operations_year(full_text)
    stale = _stale_missions(entities, mission_year)
    if stale:
        entities = {key: f for key, f in entities.items() if key not in stale}
        stale_ids = {key.split(":", 1)[1] for key in stale}
        sentences = [(sentence, [f for f in found if not (f.kind == "mission" and f.id in stale_ids)]) for sentence, found in sentences]
    dateline_place = _place_name(layout.dateline.place) if layout.dateline else None
    stale_ids = {key.split(":", 1)[1] for key in stale}
    captions_found = [(sentence, [f for f in found if not (f.kind == "mission" and f.id in stale_ids)]) for sentence, found in captions_found]
    # the events are told from the dispatch's day where its dateline prints one before the page's
    events, mentions = find_events(sentences + captions_found, _dateline_day(layout, anchor, full_text) or anchor,
                                   dateline_place, language,
                                   wire_day=bool(layout.dateline and layout.dateline.date_text), captions=len(captions_found))
    if date_basis == "inferred" and date.startswith("XXXX") and events:
        # the lead's event gave the day; its year may be known from the event's own sentence
        # (never a year before the earliest the text allows: a mission it names began later,
        # "since 2013" is told; the day's event is then a past one the lead recalls)
        earliest = _earliest_year(full_text, hints)
        if (events[0].start and events[0].start.year and events[0].start.edtf()[5:] == date[5:]
                and (hints.weekday_years is None or events[0].start.year in hints.weekday_years)
                and not (earliest and events[0].start.year < earliest)):
            if text_date[0] == date:  # the text's own date: settle() starts again from it
                text_date = (events[0].start.edtf(), *text_date[1:])
            date = events[0].start.edtf()
    implied = _implied_missions(entities, full_text, mission_year)
    # the writer named in a note under the article is its author, no person it tells of
    bio_writers = _bio_writers(text, [f for f in entities.values() if f.kind == "person"])
    entities = {key: f for key, f in entities.items() if not any(f is w for w in bio_writers)}
    # a mission the text describes ("the U.N. mission in South Sudan") is implied, not named;
    # its sentences keep it (events, quotes' speakers)
    speaking = entities
    described = _described_missions(entities)
    for key in described:
        found_mission = entities[key]
        implied.setdefault(found_mission.id, f"described, not named: \u201c{shorten(found_mission.surfaces[0], REASON_QUOTE_LIMIT)}\u201d")
    entities = {key: f for key, f in entities.items() if key not in described}

    fields = {
        "title": title,
        "title_basis": title_basis,
        "date": date,
        "date_basis": date_basis,
        "date_source": date_source,
        "source": source,
        "language": language,
        "authors": _writers_besides_outlet(_authors(layout), source) or [w.name for w in bio_writers],
        "editor": layout.metadata.get("editor") or "",
        "dateline": dateline_place or "",
        "actors": sorted({f.id for f in entities.values() if f.kind in ACTOR_KINDS}),
        "missions": sorted({f.id for f in entities.values() if f.kind == "mission"}),
        "missions_inferred": sorted(implied),
        "reasons": dict(sorted(implied.items())),
        "captions": layout.captions,
        "credits": layout.credits,
        "boilerplate": layout.boilerplate,
        "teasers": layout.teasers,
        "unresolved": [name for name in unresolved if not any(name in f.surfaces for f in entities.values())],
    }
    places = [(dateline_place, None)] if dateline_place else []
    places += [(f.name, f.code) for f in entities.values() if f.kind in ("city", "country") and f.sentence == layout.title]
    quotes = find_quotes(sentences, speaking.values(), language, frozenset(paragraph_starts), mission_year)
    if (headline := headline_quote(layout.title, entities.values(), language, quotes)) is not None:
        quotes.insert(0, headline)  # the headline's quotation, first as printed
    if "- " in text:  # names cut by print were read rejoined (split_lines): written out as printed
        body = [printed_form(para, text) for para in body]
        quotes = [dataclasses.replace(q, sentence=printed_form(q.sentence, text)) for q in quotes]
    return Extraction(fields, body, entities, events, mentions, places, text_date, quotes, date_inputs,
                      source_cited=bool(cited) and not cited.get("kind"), unread=unread)
