"""Page layout of a seed: title, metadata, byline, dateline, body, captions, credits, boilerplate, teasers."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from .dates import DateMention, find_dates, future_tense, weekday_number
from .entities import is_common_word, is_dictionary_word, vietnamese_syllable
from .reference import EXACT_LANGUAGES, reference
from .text import ABBREVIATION_AFTER, CLOSING_QUOTES, LEAD_CAPITALS, OPENING_QUOTES, UNSPACED_LETTER, abbreviation_stop, alternation, fold, fold_pattern, fold_same_length, holds_listed_word, normalize_space, sentence_abbreviations, tokenize

TERMINAL = tuple('.!?…:;"\u201d\u00bb\u2019)')
# Characters a page prints that a reader does not see (zero-width spaces and joiners, the soft
# hyphen), dropped; the hyphen and the non-breaking hyphen (U+2010, U+2011), which a style sheet
# prints in names and compounds ("Jean\u2011Paul", "African Union\u2011United Nations"), read as
# the hyphen-minus the rest of the text and the reference lists print.
_INVISIBLE = {**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None), 0x2010: "-", 0x2011: "-"}
# A full stop glued to the next sentence (".Il a affirmé", "(FISNUA).Le"): scrapers drop the
# space. Before the stop: two lowercase letters, or a closing bracket or quote after a word
# (an acronym in brackets ends a sentence as well); after it, a capital and a lowercase
# letter. Letters in any script (Vietnamese "hiện.Bộ"); "U.N.Security", "3.5" and
# "news.un.org" stay as written.
_GLUED_SENTENCE = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\w[)\]\u201d\u00bb\"]))([.!?])(?=[^\W\d_]{2})")


# A word with its capital, a hyphen glued to it, one space, then a word: where print cuts a
# name at a line's end and a copy keeps the hyphen and the space ("Ban Ki- moon", "Jean-
# Pierre Lacroix"); _rejoin_broken_name says which are a name's halves.
_HYPHEN_BROKEN = re.compile(r"(?<![\w\-'\u2019])([^\W\d_]{2,})- ([^\W\d_]+)")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def rejoin_broken_names(text: str) -> str:
    """text with each name cut by print at a line's end, its hyphen then a space kept, joined
    again (_rejoin_broken_name: "Ban Ki- moon" -> "Ban Ki-moon", "Jean- Pierre Lacroix" ->
    "Jean-Pierre Lacroix"); other text as it is ("Jean - Pierre" lists, dashes set off by
    spaces, suspended compounds "Nord- et Sud-Kivu"). Input and output: a whole text."""
    if "- " not in text:
        return text
    return _HYPHEN_BROKEN.sub(_rejoin_broken_name, text)


@lru_cache(maxsize=64)
def _rejoined_spans(text: str) -> tuple[str, str, tuple[tuple[int, int, int], ...]]:
    """(the text as split_lines reads it before rejoining, the same rejoined by
    rejoin_broken_names, each change as (start, end in the first, length of its replacement)
    in order)."""
    text = markdown_pictures(text).translate(_INVISIBLE)
    if "- " not in text:
        return text, text, ()
    changes, parts, at = [], [], 0
    for match in _HYPHEN_BROKEN.finditer(text):
        joined = _rejoin_broken_name(match)
        if joined != match.group():
            parts += [text[at:match.start()], joined]
            changes.append((match.start(), match.end(), len(joined)))
            at = match.end()
    parts.append(text[at:])
    return text, "".join(parts), tuple(changes)


def printed_form(read: str, text: str) -> str:
    """read (a line, paragraph or sentence of the text as the extractor reads it, names cut by
    print rejoined by rejoin_broken_names) as the text prints it ("Ban Ki-moon said" -> "Ban
    Ki- moon said"), so what is written out (an article's body, a quote's sentence) is the
    text as collected. text: the whole text as given to split_lines. read unchanged where no name was rejoined in it or it is not found in the
    rejoined text."""
    if "- " not in text:
        return read
    text, rejoined, changes = _rejoined_spans(text)
    if not changes or (start := rejoined.find(read)) < 0:
        return read
    end, shift, begin, stop = start + len(read), 0, None, None
    for old_start, old_end, length in changes:
        new_start = old_start - shift  # where the change starts in the rejoined text
        if begin is None and start < new_start + length:
            begin = start + shift if start <= new_start else old_start
        if stop is None and end <= new_start + length:
            stop = end + shift if end <= new_start else old_end
        shift += (old_end - old_start) - length
    begin = start + shift if begin is None else begin
    stop = end + shift if stop is None else stop
    return text[begin:stop]


def _rejoin_broken_name(match: re.Match) -> str:
    """One _HYPHEN_BROKEN match joined when it is inside a capitalised name, else as printed.
    Left: a word in title case. Right in lowercase ("Ki- moon"): no function word (vocabulary
    "stopwords", which a suspended compound puts there: "Franco- and"), with a capitalised word
    right before the left one or right after the right one (inside a name). Right capitalised
    ("Jean- Pierre"): the left a given name (vocabulary "given_names") or the pair printed
    joined elsewhere in the text, and a capitalised word right after (the family name), so a
    dateline's place before its lead ("Bamako- Le ...") stays apart. The pair joins with its
    hyphen, unless the text prints the two halves as one word elsewhere ("Moham- med" where
    "Mohammed" is printed): print cut that word at a syllable."""
    left, right = match.group(1), match.group(2)
    if not (left[0].isupper() and left[1:].islower()):
        return match.group()
    text = match.string
    after = _WORD_AFTER.match(text, match.end())
    capital_after = after is not None and after.group(1)[0].isupper()
    joined = f"{left}-{right}"
    if right.islower():
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        inside = capital_after or (before is not None and before.group(1)[0].isupper())
        if not inside or fold(right) in reference().words("stopwords"):
            return match.group()
    elif right[0].isupper() and right[1:].islower():
        if not capital_after or not (fold(left) in reference().words("given_names") or joined in text):
            return match.group()
    else:
        return match.group()
    whole = left + right
    if re.search(rf"(?<!\w){re.escape(whole)}(?!\w)", text, re.IGNORECASE):
        return whole
    return joined


def _unglue(match: re.Match) -> str:
    text, at = match.string, match.start()
    before, after = text[max(0, at - 2):at], text[match.end():match.end() + 2]
    lower_before = before[-1] in ")]\u201d\u00bb\"" or (before.islower() and len(before) == 2)
    return match.group(1) + " " if lower_before and after[0].isupper() and after[1].islower() else match.group()


@dataclass
class Dateline:
    place: str
    date_text: str | None = None
    agency: str | None = None
    country: str | None = None  # the country printed after the place ("GAO, Mali (AP) —"), as printed


@dataclass
class Layout:
    title: str | None = None
    # source, editor, date (of publication), updated (of a later edit), author: as printed
    metadata: dict[str, str] = field(default_factory=dict)
    bylines: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    paragraphs: list[str] = field(default_factory=list)  # article text; "## " marks a subheading
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    # The captions read as a picture's by what is printed with them (a credit line above,
    # a photo marker), as printed; also in captions. The other captions may be furniture.
    picture_captions: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)
    footer_source: str | None = None
    # The name a page's title bar prints after the headline ("Headline | The Sahel Tribune")
    # where the headline is printed bare as well: the site's, known to the reference or not.
    site_name: str | None = None
    # The web addresses printed alone on a line before the headline or after the last
    # paragraph of the text (where a browser prints the page's own address); a link alone
    # among the paragraphs (a report the text cites) is left out. Also in boilerplate.
    addresses: list[str] = field(default_factory=list)
    # Whether metadata["date"] is a date line printed above the site's menu, before every
    # headline (under the site's name at most): the header's date, often the day the page was
    # saved; a wire's dateline outranks it (extract's _article_date).
    date_over_menu: bool = False
    # The date lines read as another day than the page's from the line above them (a widget's
    # heading, "El tiempo en: Mijas", then "Jueves 07/11/2024"; a deadline's or a copy's label:
    # other_day_heading), or from a date line of the article's read under the headline (a site
    # header's day of viewing: _header_day_outranked); also in boilerplate.
    other_days: list[str] = field(default_factory=list)
    # The day a lead signed by an outlet's name and a dash opens with ("TTXVN - Ngày 3/7, ...",
    # "NDO - Sáng 3/7, ..."): the dispatch's day, as a dateline's (_opening_day); else None.
    lead_day: str | None = None
    # The stamps of readers' comments under a comment thread's heading below the text
    # ("Comments", then a reader's name and "13 March 2024 at 9:02"): a comment's day, never
    # the page's. Also in boilerplate.
    comment_stamps: list[str] = field(default_factory=list)


# A news agency's short form in capitals, a hyphen, then the place a dispatch was filed from,
# maybe its country in brackets: "APA-Kigali (Rwanda)", "MAP-Rabat", "AIP - Abidjan" (the
# agency must be one the reference knows, the place one the gazetteer knows or printed in
# capitals: agency_place_dateline).
_AGENCY_PLACE = (r"(?P<agency>[A-Z][A-Z.]{1,7})\s?[-\u2013\u2014]\s?(?P<place>[A-ZÀ-ÝĐ][\w'.-]*(?: [A-ZÀ-ÝĐ][\w'.-]*){0,2}?)"
                 r"(?:\s*\((?P<region>[^()\d]{2,30})\))?")
# The same, then maybe its day after a comma ("MAP-Rabat, 3 mars"), then spaces: the
# dateline's opening, before the mark closing it (dateline_agency_place, _AGENCY_PLACE_ALONE).
_AGENCY_PLACE_DATED = _AGENCY_PLACE + r"(?:,\s*(?P<date>[^()\-\u2013\u2014:]{3,30}?))?\s*"


# (The capitals a lead may open on, LEAD_CAPITALS, are text's: a sentence opens on them too.)


# A place opening the lead as written, before the mark that ends a dateline with no agency nor
# date ("Bangui - Le ...", "Santiago. El ..."), and the capital or quotation opening the lead
# after that mark.
_LEAD_PLACE = r"(?P<place>[A-ZÀ-ÝĐ][^,()\[\]\d:;.!?\"\u2013\u2014\u201c\u00ab]{1,35}?)"
_LEAD_OPENS = r"(?=[" + LEAD_CAPITALS + r"\"\u201c\u00ab])"
# The same less the guillemet, as the datelines that close on a colon or a day in capitals
# ("dateline_caps_colon", "dateline_caps_bare", "dateline_dated_colon") were written: a lead
# opening on "«" after them is untried.
_LEAD_OPENS_NO_GUILLEMET = r"(?=[" + LEAD_CAPITALS + r"\"\u201c])"


def _longest_first(patterns) -> str:
    """Regular-expression patterns (strings, any iterable) joined as one alternation, the
    longest first (among patterns of one length, in the order given): where one pattern is the
    beginning of another, the longer is tried first. Patterns, not words: a word list is
    escaped before (text.alternation writes a tree of literal words instead)."""
    return "|".join(sorted(patterns, key=len, reverse=True))


@lru_cache(maxsize=None)
def _line_patterns() -> dict:
    """The compiled patterns segment and its steps read a line or a lead with, by name (a
    str key -> re.Pattern; "label_only" and "label_value" map each metadata label's key to its
    pattern, "label_longest" is an int): the listed lines (_listed_line_patterns), the
    metadata labels (_label_patterns), bylines and credits (_byline_and_credit_patterns), the
    datelines (_dateline_patterns) and an outlet's credit opening or closing a text
    (_lead_credit_patterns). Built once from the vocabulary."""
    vocab = reference().vocabulary
    return {**_listed_line_patterns(vocab), **_label_patterns(vocab), **_byline_and_credit_patterns(vocab),
            **_dateline_patterns(), **_lead_credit_patterns()}


def _listed_line_patterns(vocab: dict) -> dict:
    """The lines the vocabulary lists as whole-line patterns (boilerplate_lines, teaser_markers)
    and a teaser marker opening another article's headline (inline_teaser_markers), by name:
    "boilerplate", "teaser", "teaser_line". Lines are matched folded (text.fold)."""
    return {
        # Lines are compared folded (ASCII, lowercase), so the patterns are folded too.
        # each list as one pattern whose alternatives are its patterns: a line fits it whole
        # where it fits one of them whole, tried in one pass instead of one pass per pattern
        "boilerplate": re.compile("|".join(f"(?:{fold_pattern(p)})" for p in vocab["boilerplate_lines"]) or "(?!)", re.I),
        "teaser": re.compile("|".join(f"(?:{fold_pattern(p)})" for p in vocab["teaser_markers"]) or "(?!)", re.I),
        # "LIRE AUSSI : Le Tchad envoie ...": a marker, a separator and another article's headline
        "teaser_line": re.compile(
            r"^[\W_]*(?:" + _longest_first(re.escape(fold(w)) for w in vocab["inline_teaser_markers"]) + r")\s*(?:[:>|\u00bb\u203a]|--|[-\u2013\u2014](?=\s))\s*\w.*$"
        ),
    }


def _label_patterns(vocab: dict) -> dict:
    """The metadata labels' patterns (vocabulary metadata_labels, folded), by name:
    "updated_prefix" (a line opening with an update's label), "label_only" (a label alone, by
    the label's key), "label_longest" (the longest label's length, an int), "label_value" (a
    label, a colon and its value, by key), "inline_date" (a date label and an ISO day opening a
    line)."""
    labels = {key: [re.escape(fold(w).rstrip(":")) for w in words] for key, words in vocab["metadata_labels"].items()}
    return {
        "updated_prefix": re.compile(r"^[\W_]*(?:" + _longest_first(labels["updated"]) + r")\b"),
        "label_only": {key: re.compile(r"(?:" + _longest_first(ws) + r")\s*:?", re.I) for key, ws in labels.items()},
        # the longest label: a line longer than it, once its colon and spaces are dropped, is no
        # label alone (checked before trying label_only's patterns on every line)
        "label_longest": max((len(fold(w).rstrip(":")) for words in vocab["metadata_labels"].values() for w in words), default=0),
        "label_value": {
            key: re.compile(r"(?:" + _longest_first(ws) + r")\s*:\s*(?P<value>.{1,120})", re.I) for key, ws in labels.items()
        },
        "inline_date": re.compile(r"^\s*(?:" + _longest_first(labels["date"]) + r")\s*:?\s+(?P<value>\d{4}-\d{2}(?:-\d{2})?(?:[ T]\d\d:\d\d(?::\d\d)?)?)\s+", re.I),
    }


def _byline_and_credit_patterns(vocab: dict) -> dict:
    """The patterns of a byline (vocabulary byline_openers, byline_colon_labels) and of a
    picture's credit (photo_credit_words, photo_credit_colon_words, caption_markers), by name:
    "byline", "byline_opening", "credit_alone", "credit_tail", "caption_marker"."""
    credit_words = _longest_first(re.escape(w) for w in vocab["photo_credit_words"])
    colon_credit_words = _longest_first(re.escape(w) for w in vocab["photo_credit_colon_words"])
    return {
        # (a label that credits the writers only with its colon, "Thực hiện: ...", "Texto: ...":
        # vocabulary byline_colon_labels; without it, "Thực hiện nhiệm vụ ..." is a sentence)
        # (the label's credit checked by byline_match and opens_with_byline: names only,
        # "Reportage : Au cœur du camp" is a kicker)
        "byline": re.compile(r"^(?:(?:" + _longest_first(vocab["byline_openers"]) + r")\s*:?|(?P<label>"
                             + _longest_first(vocab["byline_colon_labels"]) + r")\s*:)\s+(?P<value>[^.!?|]{2,100})$", re.I),
        "byline_opening": re.compile(r"^\s*(?:(?:" + _longest_first(vocab["byline_openers"]) + r")\s|(?P<label>"
                                     + _longest_first(vocab["byline_colon_labels"]) + r")\s*:\s)", re.I),
        "credit_alone": re.compile(r"^(?:" + credit_words + r")\b\s*[:/\-]?\s*(?P<value>[^.!?]{1,80})\.?$", re.I),
        # (the credit's value may be initials with their stops, "Ảnh: T.H.", "Foto: J.R."; a
        # word that credits a picture only before a colon, "Hình: X", closes a caption here,
        # vocabulary photo_credit_colon_words, only after a bracket or a stop or dash and a
        # space: "Tình hình: ...", "Địa hình: ..." are compounds, a heading's label)
        "credit_tail": re.compile(r"^(?P<caption>.+?)[\s.]*\(?\b(?:" + credit_words + r"|(?:(?<=\()|(?<=[.!?\u2013\u2014-]\s))(?:"
                                  + colon_credit_words + r"))\s*:\s*(?P<value>(?:[^.()]|(?<=\b[^\W\d_])\.(?=\s?[^\W\d_]\b|\)?$)){1,60}?)\)?\.?$", re.I),
        "caption_marker": re.compile("|".join(re.escape(m) for m in vocab["caption_markers"]), re.I),
    }


def _dateline_patterns() -> dict:
    """The printed forms of a dateline opening a lead, by name ("dateline", "dateline_bare",
    "dateline_caps" ...: _dateline_forms names the check each match must pass). No
    vocabulary: the places, dates and agencies are checked by the steps that use them."""
    return {
        # ("NEW YORK (Nations Unies), 27 octobre (Xinhua) --": a bracketed qualifier of the
        # place before the day)
        # ("Goma (Example Land) (AFP) -", "Tyre [Lebanon] (AFP) -": the place's country in
        # brackets before the agency's)
        "dateline": re.compile(
            r"^(?P<place>[A-ZÀ-ÝĐ][^,()\[\]\d]{1,40}?)(?:,\s*(?P<region>[A-ZÀ-ÝĐ][^,()\d]{1,35}?)(?=,\s*[^()]*\d))?"
            r"(?:\s*[(\[][^()\[\]\d]{2,30}[)\]](?=,\s*[^()]*\d|\s*\())?"
            r"(?:,\s*(?P<date>[^()]{1,30}?))?\s*\((?P<agency>[^()]{2,30})\)\s*\.?\s*(?:--|[-\u2013\u2014:])\s*"
        ),
        # "Abuja, March 3, 2022 (NAN) The army said": the agency in brackets and no dash
        # (only an agency the reference knows); "BAMAKO, Malí (EFE). El ...": its brackets
        # closed by a full stop
        "dateline_bare": re.compile(
            r"^(?P<place>[A-ZÀ-ÝĐ][^,()\[\]\d]{1,40}?)(?:,\s*(?P<region>[A-ZÀ-ÝĐ][^,()\d]{1,35}?)(?=,\s*[^()]*\d))?"
            r"(?:\s*[(\[][^()\[\]\d]{2,30}[)\]](?=\s*\())?"
            r"(?:,\s*(?P<date>[^()]{1,30}?))?\s*\((?P<agency>[^()]{2,30})\)\.?\s+" + _LEAD_OPENS
        ),
        # "APA-Kigali (Rwanda) - ...", "MAP-Rabat, 3 mars - ...", "AIP - Abidjan :": a news
        # agency's short form joined by a hyphen to the place the dispatch was filed from, its
        # country in brackets and its day maybe after it (checked: agency_place_dateline)
        "dateline_agency_place": re.compile(rf"^{_AGENCY_PLACE_DATED}(?:--|\.-|[\u2013\u2014:,-])\s*(?=\S)"),
        # "KATHMANDU, March 4: The ...": the same with a colon, as South Asian papers print it
        "dateline_caps_colon": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ .'-]{2,40}),\s*(?P<date>[^:\-\u2013\u2014]{3,30}?):\s+" + _LEAD_OPENS_NO_GUILLEMET),
        "dateline_caps": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ .'-]{2,40}),\s*(?P<date>[^\-\u2013\u2014]{3,30}?)\s*(?:--|[\u2013\u2014-])\s*"),
        # "HARBOURTON Nov 20 The ...": a wire's dateline with neither comma nor dash, the
        # place in capitals, then the month's name and the day (checked: a day, no outlet)
        "dateline_caps_bare": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ.'-]+(?: [A-ZÀ-ÝĐ][A-ZÀ-ÝĐ.'-]+){0,3})"
                                         r" (?P<date>[A-Z][a-z]{2,8}\.? [0-3]?\d)\s+" + _LEAD_OPENS_NO_GUILLEMET),
        # "HARBOURTON, Ruritania, May 14, 2021 - ": a place in capitals, its country, then the
        # day (checked: the country is one the reference knows, the date a date)
        "dateline_caps_country": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ .'-]{2,40}),\s*(?P<region>[A-ZÀ-ÝĐ][^,()\d]{1,40}?),\s*"
                                            r"(?P<date>[^\-\u2013\u2014]{3,30}?)\s*(?:--|[\u2013\u2014-])\s*"),
        # "Bunia, le 11 juillet 2019 - ", "Madrid, 3 de marzo de 2021 - ": a known place as
        # written and a full day (checked against the gazetteer and find_dates); or a day and
        # month alone, in numbers or with the month's short name ("Hà Nội, 4/3 - ",
        # "Ciudad, 14-11 - ", "Ciudad, 22 jun.- ")
        "dateline_dated": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^,()\d]{1,40}?),\s*(?P<date>[0-3]?\d[/-][01]?\d(?=\s)|[^\-\u2013\u2014()]{3,35}?)\s*(?:--|[\u2013\u2014-])\s+"),
        # "Dakar, le 29 mai 2018 Le musée ...", "Madrid, 3 de marzo de 2021. El ...": a known
        # place and a full day with its year, then the lead's first word, with no dash between
        # (checked: the date alone after the comma, an article before it at most)
        "dateline_dated_glued": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^,()\d]{1,40}?),\s*(?P<date>[^\-\u2013\u2014().:;]{3,35}?(?:19|20)\d\d)\.?\s+" + _LEAD_OPENS),
        # "Accra, Feb. 21, GNA -": place, date and agency without parentheses
        # "Puerto Príncipe, 25 Dic. ABN.-": the agency after the date without a comma
        "dateline_agency": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^,()\d]{1,40}?),\s*(?P<date>[^,()]{3,30}?)(?:,\s*|\s+)(?P<agency>[A-Z][\w.&' ]{1,30}?)\s*(?:--|[\u2013\u2014-])\s+"),
        # "GENEVA, Switzerland, 3 March 2021/Example Wire (EW)/ -- ", "TORONTO, ON, le 9 mars 2022
        # /Fil Exemple/ - ": a press-release wire's dateline, the wire's name between slashes
        # after the day (checked: a day printed in the date)
        "dateline_wire": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^,()/\d]{1,40}?)(?:,\s*(?P<region>[A-ZÀ-ÝĐ][^,()/\d]{0,35}?))?,\s*"
                                    r"(?P<date>[^/]{3,40}?)\s*/\s*(?P<agency>[^/\d]{2,60}?)\s*/\s*(?:--|[\u2013\u2014-])?\s*"),
        # "KINSHASA — The ...": a place in capitals and a dash, no agency, no date
        # "Jakarta: President ...": a known place and a colon (checked against the gazetteer)
        # ("NEW YORK [US]: ...": the place's country in square brackets before the colon)
        # (French typography spaces the colon: "Nations unies : Le ...", "Bamako\u00a0: Les
        # ..."; a name's later words may be lowercase, "Nations unies", the whole checked
        # against the gazetteer or the seats' names)
        "dateline_colon": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][\w.'-]+(?: [^\W\d_][\w.'-]+){0,2})(?:\s*\[[^\[\]\d]{2,30}\])?[ \u00a0\u202f]?:\s+" + _LEAD_OPENS),
        # "Juba, Apr 16: Some ...": a known place, its day and a colon (checked: the date is a
        # day and month, its year printed or not, and nothing else)
        # ("Nairobi, March 3, 2021: The ...": the year after the day's comma; "Kathmandu / Oct
        # 15: The ...": a slash for the comma)
        "dateline_dated_colon": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^,()\d:/]{1,40}?)(?:,|\s*/)\s*(?P<date>[^:,()]{3,25}?(?:,\s*(?:1[89]|20)\d\d)?):\s+" + _LEAD_OPENS_NO_GUILLEMET),
        # ("SANTO DOMINGO.- La ...": the Spanish stop and dash)
        "dateline_place": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ .'-]{2,40}?)(?:,\s*(?P<region>[A-Z][\w .'-]{1,30}?))?\s*(?:--|[\u2013\u2014]|(?<=[A-ZÀ-ÝĐ])\.-)\s+"),
        # "Bangui - Le ...", "GOMA - The ...": a place as written, a spaced hyphen or dash, no
        # agency, no date (checked: a city the gazetteer knows); "Goma, – The ...": its comma
        # kept where the day between it and the dash was left out
        "dateline_place_spaced": re.compile(rf"^{_LEAD_PLACE},?\s+(?:--|[-\u2013\u2014])\s+{_LEAD_OPENS}"),
        # "ALGER- La ...", "Oran- Le ...": a place and a hyphen glued to it, a space after
        # (checked: a city the gazetteer knows)
        "dateline_place_glued_dash": re.compile(rf"^{_LEAD_PLACE}-\s+{_LEAD_OPENS}"),
        # "Santiago. El ...": a place and a full stop opening the lead (checked: a city the
        # gazetteer knows)
        "dateline_place_stop": re.compile(rf"^{_LEAD_PLACE}\.\s+{_LEAD_OPENS}"),
        # "Córdoba/Seiscientos militares ...": a place and a slash glued to the lead's first
        # word, as some Spanish regional papers print their dateline (checked: a city the
        # gazetteer knows, no place it knows after the slash (_slash_dateline); "Madrid/Barcelona"
        # with no lead after it is a route, "Goma/Bukavu Les ..." two towns, not a dateline)
        "dateline_place_slash": re.compile(rf"^{_LEAD_PLACE}/{_LEAD_OPENS}(?=\S+ \S+ \S+)"),
        # "Naciones Unidas.- La ...", "México.- El ...": a place in ordinary case closed by the
        # Spanish stop and dash, as in capitals ("dateline_place") (checked: _stop_dash_place)
        "dateline_place_stop_dash": re.compile(rf"^{_LEAD_PLACE}\.-\s*{_LEAD_OPENS}"),
        # "Juba, South Sudan — The ...": a known place and its country, a dash, no agency
        # ("GOMA, Congo - The ...": a spaced hyphen for the dash, as AP's copy prints it)
        # ("El Cairo, Egipto.- Un ...": the Spanish stop and dash glued to the country)
        "dateline_country": re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^,()\d]{1,40}?),\s*(?P<region>[A-ZÀ-ÝĐ][^,()\d.]{1,35}?)\s*(?:(?:--|[\u2013\u2014]|(?<=\s)-)\s+|(?<=[^\W\d_])\.-\s*" + _LEAD_OPENS + r")"),
    }


def _lead_credit_patterns() -> dict:
    """The patterns of an outlet credited at a lead's opening or a text's end, by name: its
    name alone before a dash ("outlet_opening") or a colon ("outlet_colon_opening"), its web
    domain before the dateline's place ("dateline_site_first"), a closing credit after a
    dash at the last paragraph's end ("footer_source"). Checked against the reference by the
    steps that use them."""
    return {
        # "(QĐND) - Sáng 3-3, ...", "VOV.VN - ...", "(CNN) -- ...": the lead opens with the
        # outlet's name alone (checked against the reference)
        "outlet_opening": re.compile(r"^\(?(?P<agency>[^()\s][^()]{0,28}?)\)?\s*(?:--|[-\u2013\u2014])\s+(?=\w|[\"\u201c\u00ab])"),
        # "Reuters: The ...", "France 24 : Les ...": the outlet's name alone and a colon opening
        # the lead, as a blog reposting a wire story prints it (checked: an outlet the reference
        # knows, no place; French typography spaces the colon)
        "outlet_colon_opening": re.compile(r"^(?P<agency>[^\W_][^():]{0,28}?)[ \u00a0\u202f]?:\s+" + _LEAD_OPENS),
        # "EXAMPLE.CO.ID, JAKARTA -- The ...", "Example.com, Lima - El ...": the outlet's site
        # credited by its web domain before the dateline's place (checked: _site_first_dateline)
        "dateline_site_first": re.compile(r"^(?P<agency>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,}),\s*"
                                          r"(?P<place>[A-ZÀ-ÝĐ][^,()\[\]\d]{1,40}?)\s*(?:--|[-\u2013\u2014])\s+"),
        # (" – VNA/VI", " - AFP/JR": the agency, then a slash and its desk's or writer's initials)
        "footer_source": re.compile(r"[\s.](?:--|[\u2013\u2014-])\s*\(?(?P<value>[A-Z][\w.+&' ]{1,30}?)(?:\s*/\s*[A-ZÀ-ÝĐ]{1,4})?\)?\.?$"),
    }


def _teaser_marker(line: str) -> bool:
    """Whether a line is a marker of teasers to other articles (vocabulary "teaser_markers",
    whole, compared folded: "Related articles", "Lire aussi")."""
    folded = fold(line)
    return _line_patterns()["teaser"].fullmatch(folded) is not None


def teaser_line(line: str) -> bool:
    """Whether a line is a teaser to another article: a marker (vocabulary
    "inline_teaser_markers", compared folded), a separator, then the other article's headline
    or site ("Read more: Harbour Post - https://harbourpost.org/...", "LIRE AUSSI : ...")."""
    return _line_patterns()["teaser_line"].match(fold(line)) is not None


def opens_with_byline(line: str) -> bool:
    """Whether a line opens with a byline word (vocabulary "byline_openers": "By", "Par",
    "Por", "Tác giả"), followed by a space, or with a label crediting the writers and its
    colon (vocabulary "byline_colon_labels": "Texto:", "Thực hiện:") before names
    (_credits_names): an author's credit, not a site's line nor a kicker ("Reportage : Au
    cœur du camp")."""
    m = _line_patterns()["byline_opening"].match(line)
    return m is not None and (m["label"] is None or _credits_names(line[m.end():]))


def byline_match(line: str) -> re.Match | None:
    """The match of the byline pattern (_line_patterns "byline": an opener or a colon label,
    then the credit in group "value") on a whole line, None where it does not match or where a
    colon label ("Reportage:", "Texto:"; vocabulary byline_colon_labels) opens no names
    (_credits_names: "Reporting: Inside the camp" is a kicker and its headline)."""
    m = _line_patterns()["byline"].match(line)
    if m is None or (m["label"] is not None and not _credits_names(m["value"])):
        return None
    return None if _lower_case_credit(m["value"]) else m


def _lower_case_credit(value: str) -> bool:
    """Whether the words after a byline opener go on in lower case: the opener is then a
    preposition opening a sentence ("Por su parte, los vecinos", "Par ailleurs, la mission",
    "By then, the convoy"), not a writer's credit, which names people or an outlet. A credit
    may open on a writer's role in lower case before the name ("Par notre envoyée spéciale
    Marie Dupont", "Por nuestro enviado especial Luis Vargas"), or on a connector of names
    ("Por la Redacción"; vocabulary name_connectors): the words are a sentence's where the
    first that is no connector opens in lower case and either no word opens on a capital or
    a comma closes the lower-case words before the first that does ("Por su parte, el
    ministro Juan Pérez"). Input: the text after the opener; output: True or False."""
    connectors = reference().words("name_connectors")
    words = [w for w in value.split() if w.strip(",;:")]
    first = next((w.strip(",;:") for w in words if fold(w.strip(",;:")) not in connectors), "")
    if not first[:1].islower():
        return False
    for word in words:
        if word[:1].isupper():
            return False
        if word.endswith(","):
            return True
    return True


def _credits_names(value: str) -> bool:
    """Whether the words after a credit label read as writers' names up to their date or a
    separator: each word opening on a capital, but for the connectors of names and the joiners
    of two names (vocabulary name_connectors, credit_name_joiners: "Jean de la Croix", "Minh
    Anh và Quốc Bảo") and dashes, slashes and "&" between them ("Minh Anh – Quốc Bảo").
    Input: the text after the label's colon; output: True or False."""
    head = re.split(r"[|\d]", value, maxsplit=1)[0]
    words = [w.strip(",;") for w in head.split()]
    words = [w for w in words if w and w not in ("-", "\u2013", "\u2014", "/", "&")]
    lowered = reference().words("name_connectors") | reference().words("credit_name_joiners")
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or fold(w) in lowered for w in words)


NAVIGATION_SEPARATORS = ("|", "\u203a", "\u00bb", " > ", " / ", "\u2022")


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _is_navigation(line: str, before_title: bool) -> bool:
    """A menu or breadcrumb ("Home | World | Africa", "Go to Contents"), or a one- or
    two-word section name above the headline. Cached: a line is asked again by the headline's
    and the prose's readers and by segment."""
    # (the marks of a trail whose items the copy lost, opening a headline's line, "» »
    # Headline", part nothing: without_trail_marks)
    separators = sum(without_trail_marks(line).count(s) for s in NAVIGATION_SEPARATORS)
    if separators >= 2 and len(line.split()) <= 3 * (separators + 1):
        return True
    if separators >= 3 and _mostly_short_parts(line):
        return True  # a breadcrumb ending with a long crumb (the headline, printed again)
    words = _LETTERS.findall(fold(line))
    menu = reference().words("navigation_words")
    if 2 <= len(words) <= 12 and sum(w in menu for w in words) * 2 > len(words) and not line.endswith(TERMINAL):
        return True
    # ("par Example": a byline, not a section's name)
    return (before_title and words_in(line) <= 2 and not any(map(str.isdigit, line)) and not line.endswith(ANY_SCRIPT_TERMINAL)
            and not opens_with_byline(line))


# The fewest headlines a ticker line strings together, and the fewest words of each.
STRIP_HEADLINES = 3
STRIP_HEADLINE_WORDS = 4


def _title_case_headline(line: str) -> bool:
    """A headline in Title Case: STRIP_HEADLINE_WORDS words or more, every one capitalised
    but for short connectors (_is_title_case), no sentence end."""
    return len(line.split()) >= STRIP_HEADLINE_WORDS and not line.endswith(TERMINAL) and _is_title_case(line)


# The fewest Title Case headlines on lines in a row that make a list of other stories.
HEADLINE_LIST_RUN = 3


def headline_list_rows(lines: list[str]) -> frozenset[int]:
    """Indexes of the lines that stand in a run of HEADLINE_LIST_RUN lines or more in a row,
    each a headline in Title Case (_title_case_headline: "Chine-UE : Les Deux Parties
    Renforcent Leur Dialogue" / "Mali : Un Convoi Visé Près De Gao" / ...): a list of other
    stories' headlines, as a page prints its related or latest news; segment reads them as
    teasers once the text has begun. A single Title Case line (a name-and-title caption) is
    no such run."""
    rows: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if line and _title_case_headline(line):
            run.append(i)
            continue
        # (a roll of people, each row a rank and a name, is text: roll_of_names)
        if len(run) >= HEADLINE_LIST_RUN and not roll_of_names([lines[j] for j in run]):
            rows.update(run)
        run = []
    return frozenset(rows)


# The most words of the name a roll's row prints after its rank or title (titled_name_row):
# given names and family names, as the longest full names print ("Pierre Tamane Boubane",
# "Cheikh Ahmeth Fadel Diouf").
ROLL_NAME_WORDS = 4
# The languages whose everyday words a roll's names seldom hold (roll_of_names; each is read
# with English by entities.is_common_word).
_ROLL_LANGUAGES = ("fr", "es")
# The marks a list's row may open on: a bullet or a dash.
_ROW_BULLETS = "-\u2013\u2014\u2022*\u00b7 "


def _roll_name(line: str) -> list[str] | None:
    """The words of the name a roll's row prints after its rank or title (titled_name_row), or
    None when the row is not of that shape."""
    words = line.strip(_ROW_BULLETS).split()
    titles = reference().words("titles")
    start = 0
    while start < len(words):
        span = next((n for n in (3, 2, 1) if start + n <= len(words)
                     and fold(" ".join(words[start:start + n])).rstrip(".") in titles), 0)
        if not span:
            break
        start += span
    name = words[start:]
    connectors = reference().words("name_connectors")
    capitalised = [w for w in name if w[:1].isupper()]
    shaped = (start > 0 and 2 <= len(capitalised) <= ROLL_NAME_WORDS and name[0][:1].isupper() and name[-1][:1].isupper()
              and all(w[:1].isupper() or fold(w) in connectors for w in name) and not line.rstrip().endswith(TERMINAL))
    return capitalised if shaped else None


def titled_name_row(line: str) -> bool:
    """Whether a row prints a person's rank or title (vocabulary "titles", any language but
    the diacritic-sensitive ones, one or more in a row: "Caporal", "Brigadier General") then a
    capitalised name of two to ROLL_NAME_WORDS words and nothing more, maybe after a bullet
    ("- Caporal Ousseynou Diallo", "Matelot Pierre Tamane Boubane"): the shape of a row of a
    roll of people (the fallen a story lists, a unit's officers; roll_of_names). Name
    connectors may stand inside the name ("Sergent Henry de la Vega")."""
    return _roll_name(line) is not None


def roll_of_names(rows: list[str]) -> bool:
    """Whether rows (lines, as printed) are a roll of people, which headline_list_rows must not
    take for other stories' headlines in Title Case: each a titled_name_row, and fewer than
    half of them holding an everyday word of English, French or Spanish (entities.is_common_word)
    that is not a listed given name (vocabulary "given_names"). A short headline opening on a
    title says what its person did ("- General Okello Visits Bentiu", "- Minister Kato Resigns
    Today"); a roll's family name is now and then a word too ("- Sargento Luis Blanco")."""
    names = [_roll_name(row) for row in rows]
    if not names or any(name is None for name in names):
        return False
    given = reference().words("given_names")
    everyday = sum(1 for name in names
                   if any(fold(w) not in given and is_common_word(w.lower(), language) for w in name for language in _ROLL_LANGUAGES))
    return 2 * everyday < len(names)


def headline_strip(line: str) -> bool:
    """Whether a line strings other stories' headlines together with a bullet or a bar ("Port
    reopens after storm • Council passes budget • Fans queue for final"), as a site's news
    ticker prints them: STRIP_HEADLINES parts or more, each of STRIP_HEADLINE_WORDS words or
    more and no sentence (no stop closing it)."""
    parts = [part.strip() for part in re.split(r"\s[\u2022|]\s", line)]
    return (len(parts) >= STRIP_HEADLINES and all(len(part.split()) >= STRIP_HEADLINE_WORDS for part in parts)
            and not any(part.endswith((".", "!", "?", "\u2026")) for part in parts))


def _mostly_short_parts(line: str) -> bool:
    """Whether most parts of a line cut at its menu separators are of three words or fewer
    ("Accueil | Opérations | Europe | Brèves | <a headline>"): a menu or breadcrumb, however
    long its last part."""
    parts = [p for p in re.split("|".join(re.escape(s) for s in NAVIGATION_SEPARATORS), line) if p.strip()]
    return len(parts) >= 4 and sum(len(p.split()) <= 3 for p in parts) * 3 >= len(parts) * 2


def publication_date_line(line: str) -> bool:
    """Whether a line is a date line (is_date_line) that is no update's stamp ("Updated:
    May 4, 2021"; vocabulary metadata_labels "updated"; update_stamp)."""
    return is_date_line(line) and not update_stamp(line)


def _date_labels(keys: tuple[str, ...] = ("date", "updated"), over: int = 0) -> list[str]:
    """The labels of vocabulary metadata_labels under keys (by default the date and update
    labels: "published", "mis à jour"), as listed, without a closing colon; only those of more
    than over characters as listed where over is given (the short ones, "date", "ngày", stand
    before any day). The one reader of those labels for the stamp patterns below."""
    labels = reference().vocabulary["metadata_labels"]
    return [w.rstrip(":") for key in keys for w in labels[key] if len(w) > over]


@lru_cache(maxsize=1)
def _stamp_labels() -> tuple[re.Pattern, ...]:
    """Date labels and update labels (vocabulary metadata_labels "date", "updated") anywhere
    in folded text, as words; not the short words that stand before any day as well ("ngày",
    "date", "time": "Cập nhật: Thứ Hai, ngày 4/3/2024" is an update's stamp)."""
    return tuple(re.compile(r"\b(?:" + alternation(fold(w) for w in _date_labels((key,), over=4)) + r")\b")
                 for key in ("date", "updated"))


def update_stamp(line: str) -> bool:
    """Whether a date line (str) is an update's stamp: the label nearest before its first day
    is an update's ("Updated: May 4, 2021", "This article was last updated on May 4, 2021", "Publié il y a 2 heures, mis à jour le
    4 mai 2021": the day printed is the update's), or, with no label before the day, the line
    opens with an update label, or the first label after its day is an update's and no other
    day follows it ("Nov 14, 2025 (Updated)", "14/11/2025 10:20 Cập nhật": the label closes the
    stamp of the day before it; "May 3, updated May 4" labels the day after it), unless that
    label opens the update's own hour ("2025-11-14 09:05 Last Updated At:11:40", "Mis à jour à
    12h10": _update_own_hour; the day before it is the publication's)."""
    days = [d for d in find_dates(line) if d.kind == "date" and d.value.day]
    if days:
        before = fold_same_length(line[:days[0].start]).lower()
        published, updated = (max((m.end() for m in rx.finditer(before)), default=-1) for rx in _stamp_labels())
        if max(published, updated) >= 0:
            return updated >= published  # ("Updated today · Published May 5": the publication's day)
        after = fold_same_length(line[days[0].end:]).lower()
        published, updated = (rx.search(after) for rx in _stamp_labels())  # the first label of each kind after the day
        if (updated and (published is None or updated.start() < published.start())
                and not any(d.start >= days[0].end + updated.start() for d in days[1:])):
            # "2025-11-14 09:05 Last Updated At:11:40": the label opens the update's own hour,
            # so the day before it is the publication's; one closing the line stamps that day
            return not _update_own_hour().match(after[updated.end():])
    return bool(_line_patterns()["updated_prefix"].match(fold(line)))


_NUMBERS_ONLY = re.compile(r"\d{1,2}[/-]\d{1,2}")

def _listed_words(section: str, folded: bool) -> str:
    """A regular-expression alternation (text.alternation) of the words every language lists
    in one vocabulary section ({language: [word]}), each once: folded when `folded` (for text
    compared folded), else as written. KeyError for a section the vocabulary lacks."""
    words = [w for listed in reference().vocabulary[section].values() for w in listed]
    return alternation({fold(w) for w in words} if folded else set(words))


@lru_cache(maxsize=1)
def _update_own_hour() -> re.Pattern:
    """What follows an update's label when the label opens the update's own hour, on folded
    text: a word maybe (vocabulary "update_hour_leads": "at", "à", "a las", "lúc") and a
    colon, then a clock ("Last Updated At:11:40", "Mis à jour à 12h10", "Actualizado a las
    12:10", "Cập nhật lúc 12:10")."""
    return re.compile(r"\s*(?:(?:" + _listed_words("update_hour_leads", True) + r")\s*)?[:\-–]?\s*(?:[01]?\d|2[0-3])\s?[:h]\s?[0-5]\d\b")


# The languages whose future markers are looked for before a date line's day (the line's
# language is not known where lines are read).
FUTURE_LANGUAGES = ("en", "fr", "es", "vi")


def _future_before(before: str) -> bool:
    """Whether the words before a line's first day (two or more: a label, "Published", is
    one) speak of the future in one of FUTURE_LANGUAGES (dates.future_tense: "will leave
    on", "partirá el", "sẽ lên đường ngày"): the day is one to come, never the page's."""
    if len(re.findall(r"[^\W\d_]+", before)) < 2:
        return False
    return any(future_tense(before, language) for language in FUTURE_LANGUAGES)


@lru_cache(maxsize=1)
def _other_day_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a headline's future marker before a lowercase word, dates.yaml "headline_future_markers";
    a label of another day than the page's as the line's last words, "event_day_labels" and
    "copy_time_labels" (an aggregator's "lấy tự động vào lúc"), or a
    widget's label and its colon, "widget_day_labels", maybe a weekday after it ("Weather:
    Sunday, 24 May"): "Markets | 24 May" without the colon may be a section's name over the
    article's own date line), every language's, the labels matched on folded text."""
    words = reference().date_words
    markers = alternation(w for listed in (words.get("headline_future_markers") or {}).values() for w in listed)
    labels = _day_label_alternation("event_day_labels", "copy_time_labels")
    widgets = _day_label_alternation("widget_day_labels")
    # a weekday, whole or short (weekday_abbreviations: read only here, right before the day)
    short = [w for listed in (words.get("weekday_abbreviations") or {}).values() for item in listed for w in ([item] if isinstance(item, str) else item)]
    days = alternation(fold(w) for w in [*(w for listed in words["weekdays"].values() for w in listed), *short])
    return (re.compile(rf"(?<!\w)(?:{markers})\s+[a-zà-ÿ]"),
            re.compile(rf"(?<!\w)(?:(?:{labels})\s*[:\-–—]?|(?:{widgets})\s*:(?:\s*(?:{days})\b\W*)?)\s*(?:(?:{_listed_words('label_day_articles', True)})\s+)?"
                       rf"(?:{_LABEL_TIME})?$"))


# A time of day between a label and its day ("lấy tự động vào lúc 06:30:42 30/09/2024",
# "retrieved at 10:12, 3 May 2024"), folded text.
_LABEL_TIME = r"(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?\s*[,\-–]?\s*"


def _day_label_alternation(*keys: str) -> str:
    """The labels of dates.yaml under keys (each a table of lists by language: "event_day_labels",
    "copy_time_labels", "widget_day_labels"), every language's, folded, as one regular-expression
    alternation; a pattern matching nothing when none is listed."""
    words = reference().date_words
    return alternation(fold(w) for key in keys for listed in (words.get(key) or {}).values() for w in listed) or "(?!)"


@lru_cache(maxsize=1)
def _heading_label_pattern() -> re.Pattern:
    """A label closing a line printed above a date line, in folded lowercased text: a copy's
    label, its colon maybe ("... được lấy tự động vào lúc", "Retrieved on:"; dates.yaml
    copy_time_labels), or a label of a journey's, a deadline's or an event's day with its colon
    or a dash ("Fecha límite:", "Departure -"; event_day_labels). Without that colon the event
    labels are words a headline or a menu may close on ("El camino de regreso", "Le début de
    la fin", "Inicio"), over the page's own date line."""
    copies, events = _day_label_alternation("copy_time_labels"), _day_label_alternation("event_day_labels")
    return re.compile(rf"(?<!\w)(?:(?:{copies})\s*:?|(?:{events})\s*[:\-–—])$")


# The marks between the parts of a breadcrumb trail ("Home » World", "Trang chủ › Quốc tế"):
# a mark after another mark is none ("» » Headline": the marks of a trail whose items a copy
# lost, opening the headline's line; segment.without_trail_marks).
BREADCRUMB_MARKS = re.compile(r"[^\s\u00bb\u203a]\s*(?:\u00bb|\u203a|\s>\s)\s*\S")


def breadcrumb(text: str) -> bool:
    """Whether text holds a breadcrumb trail's mark between two words ("Tin tức » Thế giới",
    "Home > World"): a site's navigation, whose date beside it is the site's clock."""
    return bool(BREADCRUMB_MARKS.search(text))


def other_day_before(before: str) -> bool:
    """Whether the words before a line's first day make it another day than the page's: a
    headline's future ("Engineers to leave for Abyei on"; dates.yaml headline_future_markers)
    or a label of a journey's, a deadline's or an event's day right before it ("Departure:",
    "Date limite :", "Hạn chót:"; event_day_labels), or of a widget's data, refreshed when the
    page is looked at ("Exchange rates:", "Tỷ giá:"; widget_day_labels)."""
    future, label = _other_day_patterns()
    return bool(future.search(before) or label.search(fold(before).lower().rstrip()))


@lru_cache(maxsize=1)
def _clock_pattern() -> tuple[frozenset[str], re.Pattern]:
    """(the first words of dates.yaml clock_labels, folded, as a cheap prefilter; a clock
    label opening the words before a day or after a separator of the frame ("Home | Today:"),
    maybe a colon or a dash, maybe a weekday, then nothing but marks: the end of the words
    before a day), every language's. A label inside a phrase ("Las noticias de hoy martes, 3
    de marzo", a headline) is no clock."""
    words = reference().date_words
    labels = [fold(w) for listed in (words.get("clock_labels") or {}).values() for w in listed]
    days = alternation(fold(w) for listed in words["weekdays"].values() for w in listed)
    leads = alternation(fold(str(w)) for w in words.get("clock_day_leads") or ()) or "(?!)"
    return (frozenset(label.split()[0] for label in labels),
            re.compile(rf"(?:^|[|•·/])[^\w|•·/]*(?:{alternation(labels)})\s*[:\-–—,]?\s*(?:(?:{days})\b\W*)?(?:(?:{leads})\s+)?\W*$"))


def site_clock(before: str) -> bool:
    """Whether the words before a line's first day (str) end with the label of the clock a
    site prints in its frame ("Today: Thursday,", "Hôm nay: Thứ Năm,", "Aujourd'hui :";
    dates.yaml clock_labels), with no publication or update label before it ("Published
    today,"; vocabulary metadata_labels): the day the page is looked at, never its
    publication date. Source of the rule: news pages of two publishers (an English and a
    Vietnamese one) that print today's date at the top of their frame."""
    first, pattern = _clock_pattern()
    folded = fold(before).lower()
    if not first.intersection(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", folded)):
        return False  # (the cheap test: no label's first word)
    if not (match := pattern.search(folded)):
        return False
    # ("Published today, 23 May 2024": the page's own day, labelled as its publication's)
    return not any(rx.search(folded[:match.start()]) for rx in _stamp_labels())


# How many words may follow the day on a site's clock line ("… 23 May 2024 10:32 GMT+7").
CLOCK_TAIL_WORDS = 3


@lru_cache(maxsize=1)
def _widget_heading() -> re.Pattern:
    """A widget's label opening a short line, maybe one short word after it (a place's lead:
    "El tiempo en", "Weather in", "Thời tiết tại"), then its colon and what the widget shows
    ("El tiempo en: Mijas", "Météo : Dakar 31°"), the labels dates.yaml widget_day_labels,
    every language's, matched on folded text."""
    widgets = _day_label_alternation("widget_day_labels")
    return re.compile(rf"(?:{widgets})(?:\s+[^\W\d_]{{1,4}})?\s*:\s*(?P<shown>\S.*)$")


# How many words a widget's heading line may hold ("El tiempo en: Mijas 18°C").
WIDGET_LINE_WORDS = 6
# How many words may follow a widget heading's colon, what the widget shows ("Mijas", "Dakar
# 31°"); more is a headline's kicker and its words ("Bourse : le CAC 40 recule", "Weather:
# Storms batter the coast").
WIDGET_SHOWN_WORDS = 3


# How many words may stand before the day a credited lead opens with ("Ngày", "Sáng", "Le").
OPENING_DAY_WORDS = 1


def _opening_day(lead: str) -> str | None:
    """The day a lead opens with, as printed, then a comma ("Ngày 3/7, phái bộ ...", "Sáng
    3/7, ...", "Le 3 juillet, ..."): OPENING_DAY_WORDS word at most before it; None otherwise.
    Read only after an outlet's credit and a dash opening the lead (the dispatch's own day,
    as a dateline's)."""
    first = next((d for d in find_dates(lead[:40]) if d.kind == "date"), None)
    if first is None or not first.value.day or len(lead[:first.start].split()) > OPENING_DAY_WORDS:
        return None
    if not lead[first.end:].lstrip().startswith(","):
        return None
    return first.text


def other_day_heading(line: str) -> bool:
    """Whether a short line (WIDGET_LINE_WORDS words at most, or one closed by a label) says
    that the date line printed right under it is another day than the page's: a widget's
    heading (widget_heading: "El tiempo en: Mijas"), or a line closed by a label of another
    day (_heading_label_pattern: an aggregator's "Nội dung bài viết được lấy tự động vào lúc",
    or an event label with its colon, "Fecha límite:"; a headline or a menu item merely ending
    on such a word, "El camino de regreso", "Inicio", says nothing of the line under it)."""
    if widget_heading(line):
        return True
    return bool(_heading_label_pattern().search(fold(line).lower().rstrip()))


def widget_heading(line: str) -> bool:
    """Whether a short line (WIDGET_LINE_WORDS words at most) is the heading of a widget of
    the site's frame: a widget label, its colon and what it shows ("El tiempo en: Mijas",
    "Weather in: Leeds", "Thời tiết tại: Huế"; _widget_heading). A date line printed right
    under it is the widget's day, the day the page is looked at, never the page's date; what
    the widget shows is WIDGET_SHOWN_WORDS words at most (a kicker's headline, "Bourse : le CAC
    40 recule", is none). Source of the rule: a regional Spanish site printing its weather box,
    then today's date, above the headline."""
    if len(line.split()) > WIDGET_LINE_WORDS:
        return False
    m = _widget_heading().match(fold(line).lower().strip())
    return m is not None and len(m["shown"].split()) <= WIDGET_SHOWN_WORDS


def clock_line(line: str) -> bool:
    """Whether a short line (14 words at most) is the clock a site prints in its frame: a
    day with its year after a clock label (site_clock: "Today: Thursday, 23 May 2024",
    "Hôm nay: Thứ Năm, 23/5/2024"). Such a line is the page's furniture: no date line, no
    caption, no headline. After the day only CLOCK_TAIL_WORDS words may follow (a time, a
    zone, "year"): a sentence that opens on "Today, 12 March 2024, the mission ..." is text."""
    if not any(map(str.isdigit, line)):
        return False
    if len(line.split()) > 14 or not _clock_pattern()[0].intersection(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", fold(line).lower())):
        return False  # (the cheap test first: no label's first word)
    days = [d for d in find_dates(line) if d.kind == "date" and d.has_year and d.value.day]
    return bool(days) and len(line[days[0].end:].split()) <= CLOCK_TAIL_WORDS and site_clock(line[:days[0].start])


def is_date_line(line: str, strict: bool = False, under_headline: bool = False) -> bool:
    """Whether a line (str) is mostly a full date ("Thursday, 12 March 2023 10:30 GMT+7",
    "Publié le 12/03/2023 | site.org"); with strict (once the text has begun), only a line
    that is little else (8 words at most, against 14). A date beside a breadcrumb trail is
    the site's clock in its header, no page's date, but under_headline (the line is printed
    below the page's headline, before its text): there the trail and the date are the
    article's own ("Home > World • Friday 20 April 2018 at 15:02")."""
    if len(line.split()) > (8 if strict else 14) or line.endswith(("!", "?")) or _POST_SIGNATURE.search(line):
        return False
    if _NUMBERS_ONLY.fullmatch(line.strip()):
        return False  # a day and month in numbers alone ("1/12", "2-1") is a counter or a score as often as a day
    if (reading := _reading_time_end().search(line)) and _closes_on_day_or_time(line[:reading.start()]):
        line = line[:reading.start()]  # "Publié le 9 mai 2021 Lecture : 2 minutes.": furniture
    dates = [d for d in find_dates(line) if d.kind == "date" and (d.has_year or (not strict and d.value.day))]
    meridiem = _MERIDIEM_END.search(line)
    line = _MERIDIEM_END.sub("", line)  # "November 8, 2023 at 4:56 p.m.": the stop is the time's
    if _CLOCK_TIME.search(line):  # "14/05/2021 - 22:30 h.", "à 22h30 Lecture 3 min.": a unit's stop
        line = _unit_stop_end().sub("", line)
    # a full stop ends a sentence, but for the one of a month cut short closing the line ("15 Aug.")
    # and the one closing a release's place and date line ("Dublin, 7th November 2013.")
    if not dates or (line.endswith(".") and not (dates[-1].end >= len(line.rstrip(".")) and dates[-1].text[-1:].isalpha())
                     and not _place_date_stop(line, dates[-1])):
        return False
    rest = line[: dates[0].start] + line[dates[0].end:]
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if len(w) > 1]
    if _future_before(line[: dates[0].start]):
        return False  # "Peacekeepers will leave on 12 May 2025": a day to come, no page's date
    if breadcrumb(line[: dates[0].start]) and not under_headline:
        return False  # "Home » World 15.06.2023 09:12": the site's clock beside its trail, no page's date
    if other_day_before(line[: dates[0].start]):
        return False  # "Engineers to leave on 14 April 2023", "Deadline: 30 September 2022"
    if site_clock(line[: dates[0].start]):
        return False  # "Today: Thursday, 23 May 2024": the site's clock, the day the page is read
    # a date with its time of day ("Ban Thời sự-Thứ ba, ngày 19/11/2019 17:05 GMT+7") is a
    # page's date line even with a desk's name and the weekday beside it
    timed = not strict and _CLOCK_TIME.search(rest)
    if meridiem and len(words) > MERIDIEM_LINE_WORDS:
        return False  # "The council voted on March 3, 2022 at 4:56 p.m.": a sentence's stop
    return len(words) <= (4 if strict else 9 if timed else 6)


# The most letters of the lower-case word a place and date line may print between the place's
# comma and the date (a day's article or label: "le", "el", "ngày").
PLACE_DATE_LINK_LETTERS = 4


def _place_date_stop(line: str, date: DateMention) -> bool:
    """Whether a line closing on a stop right after its full date (date: its last date found,
    with its day and year) is a release's place and date line, no sentence: before the date
    only places, each closed by a comma, every word of them capitalised, and maybe one short
    lower-case word (PLACE_DATE_LINK_LETTERS letters at most: "le", "el", "ngày") after the
    last comma ("Cathal Brugha Barracks, Dublin, 7th November 2013.", "Dakar, le 29 mai
    2018.", "Madrid, 12 de marzo de 2019."), a weekday's name before the date counted as
    none ("Paris, le jeudi 3 mai 2018.", "Hà Nội, thứ Hai, ngày 12/3/2019."). A sentence's
    words before its date are not all capitalised ("The mission was set up on 25 April
    2013.")."""
    if not (date.has_year and date.value.day) or line.rstrip()[:-1].rstrip() != line[:date.end].rstrip():
        return False
    head = line[:date.start]
    # (the weekday printed last before the date, maybe after the link: "le jeudi", "thứ Hai, ngày")
    weekday = next((d for d in reversed(find_dates(head)) if d.kind == "weekday"), None)
    if weekday is not None and len(head[weekday.end:].replace(",", " ").split()) <= 1:
        head = head[:weekday.start].rstrip() + " " + head[weekday.end:].lstrip(" ,")
    *places, link = head.split(",")
    if not places or len(link.split()) > 1 or (link.strip() and (not link.strip().islower() or len(link.strip()) > PLACE_DATE_LINK_LETTERS)):
        return False
    stop = reference().words("stopwords")
    # (each place opens on a capitalised word that is no stop word, "In Bamako, on 25 April
    # 2013." is a sentence's fragment; a stop word inside a place's name may be in lower case:
    # "Ciudad de México, 12 de marzo de 2019.")
    return all((words := place.split()) and words[0][:1].isupper() and fold(words[0]) not in stop
               and all(w[:1].isupper() or fold(w) in stop for w in words[1:]) for place in places)


# A time of day's "a.m." or "p.m." closing a line: its stops end no sentence where the
# line holds, besides the date and the time, no more than MERIDIEM_LINE_WORDS words (a
# label and "at": "Published November 8, 2023 at 4:56 p.m."); more are a sentence's.
_MERIDIEM_END = re.compile(r"(?<=\d)\s?[ap]\.\s?m\.$", re.I)


@lru_cache(maxsize=1)
def _unit_stop_end() -> re.Pattern:
    """An abbreviated unit of time closing a line after a number, with its stop ("22:30 h.",
    "3 min."; vocabulary "time_unit_abbreviations"): the stop is the abbreviation's, no
    sentence's."""
    units = alternation(reference().vocabulary["time_unit_abbreviations"])
    return re.compile(rf"(?<=\d)\s?(?i:{units})\.$")
MERIDIEM_LINE_WORDS = 3


@lru_cache(maxsize=1)
def _reading_time_end() -> re.Pattern:
    """A page's reading time closing a line, with what parts it from the date before it
    (vocabulary "reading_time": a label before a number of up to three digits, "Lecture : 2
    minutes.", or a word after its unit, "4 min read"; the unit in full or cut short, a stop
    maybe). A number of minutes with neither label nor word ("the talks lasted 40 minutes.")
    is a sentence's and stays."""
    words = reference().vocabulary["reading_time"]
    labels, units, after = (alternation(words[key]) for key in ("labels", "units", "after"))
    number = rf"\d{{1,3}}\s*(?:{units})\b\.?"
    return re.compile(rf"(?i)[\s|·•,\u2013\u2014-]*(?:(?<!\w)(?:{labels})\s*:?\s*{number}(?:\s+(?:{after}))?"
                      rf"|(?<!\w){number}\s+(?:{after}))\s*\.?\s*$")


# A time zone or a half of the day closing a time ("10:30 GMT", "4:56 p.m.").
_TIME_CLOSE = re.compile(r"(?i)(?:\b[ap]\.?\s?m\.?|\b(?:gmt|utc)[+-]?\d*)$")


def _closes_on_day_or_time(head: str) -> bool:
    """Whether the stretch of a line before its reading time closes on a day or a time ("Publié
    le 9 mai 2021", "14/05/2021 - 22h30", "10:30 GMT"): only then is the reading time the date
    line's furniture. After other words ("El 14 de mayo de 2021 el juez dedicó | 40 minutos de
    lectura.", "Ngày 14/5/2021 ông đọc | 5 phút.") the minutes are a sentence's."""
    head = head.rstrip()
    if head[-1:].isdigit() or _TIME_CLOSE.search(head):
        return True
    dates = find_dates(head)
    return bool(dates) and dates[-1].end >= len(head)


# An embedded social-media post's signature, "— Jane Roe (@janeroe) March 3, 2020": the
# post's date, not the page's.
_POST_SIGNATURE = re.compile(r"\(@\w+\)")


# A time of day printed beside a date ("17:05", "10h42", "4:20 am").
_CLOCK_TIME = re.compile(r"(?<![\d/.:])(?:[01]?\d|2[0-3])\s?[:h]\s?[0-5]\d(?![\d/.])")


def _with_year(line: str) -> bool:
    """The line holds a full date with its year."""
    return any(d.kind == "date" and d.has_year and d.value.day for d in find_dates(line))


@lru_cache(maxsize=1)
def _headline_day_gap() -> re.Pattern:
    """A dash, colon, bar or comma, then a whole word maybe (vocabulary "headline_day_links",
    as written: "on", "le", "del"), spaces maybe, ending a headline's text before the day that
    closes it; the text may come with its trailing spaces or without them (stripped)."""
    return re.compile(r"\s*[-\u2013\u2014:|,]\s*(?:(?:" + _listed_words("headline_day_links", False) + r")(?!\w)\s*)?$")


def _headline_ending_on_a_day(line: str) -> str | None:
    """The line itself when it is a headline closed by a day printed without its year, after
    a dash or a colon ("Harbour Pilots' Day - June 12", "Journée des pilotes : 12 juin"): the
    words before the day make a headline (_is_headline). None for a line holding a year, a
    bare day, or words that make no headline."""
    days = [d for d in find_dates(line) if d.kind == "date"]
    if len(days) != 1 or days[0].has_year or days[0].value.day is None or line[days[0].end:].strip(" .,"):
        return None
    before = _headline_day_gap().sub("", line[:days[0].start].rstrip())
    if before == line[:days[0].start].rstrip() or len(before.split()) < 3 or not _is_headline(before):
        return None
    return line


def _header_day_outranked(stamp: str, header: str, update: bool) -> bool:
    """Whether the date a page printed above every headline (header: its line) is its site's
    header, the day the page was seen, once a date line of the article's own (stamp) is read
    under the headline, above the text (the caller's condition: a stamp below a paragraph of the
    text may be a teaser's): a publication date ("Published: June 12, 2019") on or before it
    (_not_later), or an update ("Updated on: June 12, 2019"; update True) strictly before it,
    since an article appears on or before its update and the header's day is later. False
    where either line holds no full date or the stamp is later."""
    if not _not_later(stamp, header):
        return False
    return not update or not _not_later(header, stamp)


def _timed_stamp_under_header_day(stamp: str, header: str) -> bool:
    """Whether a date line read right under the page's first one, both above every headline
    (the caller's condition), is the article's own stamp under the site's header: the stamp
    prints a clock time ("Monday, 12 April 2021 00:15"), the header none ("Tuesday Mar 4,
    2025": the day the page was seen), and the stamp's full date falls strictly before the
    header's (an article appears on or before the day its page is seen), and the header names
    no stamp's label (vocabulary metadata_labels "date", "updated": "Published Tuesday Mar 4,
    2025" is the article's own day, not the site's clock): _stamp_under_header_menu's check
    with the clock time standing in for the menu. False otherwise."""
    return bool(_CLOCK_TIME.search(stamp)) and not _CLOCK_TIME.search(header) and _stamp_under_header_menu(stamp, header)


def _stamp_under_header_menu(stamp: str, header: str) -> bool:
    """Whether a date line read above every headline, under the page's first date line and the
    site's menu printed between them (the caller's condition), is the article's own stamp:
    the header is the site's clock over its menu ("Jueves 25 de abril 2024 | Contáctenos", the
    day the page was seen), the stamp's full date falls strictly before it, and the header
    names no stamp's label (vocabulary metadata_labels "date", "updated"). Where no menu parts
    them, a stamp needs its clock time (_timed_stamp_under_header_day). False otherwise."""
    folded = fold_same_length(header).lower()
    return (not any(rx.search(folded) for rx in _stamp_labels())
            and _not_later(stamp, header) and not _not_later(header, stamp))


def _set_header_day_aside(layout: Layout, header: str | None, stamp: str, update: bool) -> None:
    """Moves the page's date to other_days and boilerplate where it is still the line printed
    above every headline (header; None for none) and a date line of the article's own read
    under the headline (stamp; update True for an update's) outranks it
    (_header_day_outranked). Layout is changed in place; nothing otherwise."""
    if header is not None and layout.metadata.get("date") == header and _header_day_outranked(stamp, header, update):
        layout.other_days.append(layout.metadata.pop("date"))
        layout.boilerplate.append(layout.other_days[-1])


def _not_later(line: str, earlier_line: str) -> bool:
    """Whether the full date (with its year) of line falls on or before that of earlier_line:
    an article's date is never after the date its site's header prints (today's)."""
    def day(text: str):
        found = next((d.value for d in find_dates(text) if d.kind == "date" and d.has_year and d.value.month), None)
        return (found.year, found.month, found.day or 0) if found else None

    new, old = day(line), day(earlier_line)
    return bool(new and old and new <= old)


# The fewest words of a paragraph of running prose, longer than any teaser's headline (a
# name of its own: PROSE_WORDS, defined further down for whole-page copies, is another count).
PROSE_PARAGRAPH_WORDS = 30


def _prose_paragraph(line: str) -> bool:
    """Whether a line is a paragraph of running prose: PROSE_PARAGRAPH_WORDS words or more,
    ending as a sentence ends (TERMINAL), holding more than one sentence."""
    stripped = line.rstrip()
    return len(stripped.split()) >= PROSE_PARAGRAPH_WORDS and stripped.endswith(TERMINAL) and re.search(r"[.!?]\s+\S", stripped) is not None


_ELLIPSES = ("...", "\u2026")


def _cut_summary(line: str, below: list[str]) -> bool:
    """Whether a line is a summary cut short with an ellipsis ("...", "\u2026") whose words,
    six at least, begin a line printed below it: a page's teaser of its own text, not the
    text's first paragraph."""
    if not line.endswith(_ELLIPSES):
        return False
    stem = line.rstrip(".\u2026 ")
    return len(stem.split()) >= 6 and any(other.startswith(stem) and len(other) > len(stem) for other in below)


# The fewest words of a sentence of the text's own running on after a lost teaser or under a
# subheading worded as a marker ("Other news" / "A clinic opened in Bor on 5 May."): a teaser's
# headline ends on no stop, and a blurb is not followed by another sentence of as many words;
# short paragraphs of the text's own, one sentence each, are.
TEXT_SENTENCE_WORDS = 6
# A line ending as a sentence of running text ends: its stop, then any closing quotation mark.
_SENTENCE_CLOSE = re.compile(r"(?<!\.\.)[.!?][\"\u201d\u00bb\u2019)]*$")


def _text_resumes(lines: list[str], index: int) -> bool:
    """Whether the article's text goes on after the teaser marker at lines[index], whose
    teaser the copy lost ("A lire aussi" alone on its line, then the next paragraph): the line
    above the marker and the two below it each end as a sentence ends (a stop, no ellipsis:
    _SENTENCE_CLOSE) and the two below hold TEXT_SENTENCE_WORDS words or more each. A block
    of teasers opens on a headline (no stop) or runs headline, blurb; two paragraphs of one
    sentence each, under a paragraph of the text, are the text's (news writes many paragraphs
    of a single sentence, which _prose_paragraph, asking for several, leaves out)."""
    after = lines[index + 1:index + 3]
    return (index > 0 and len(after) == 2 and _SENTENCE_CLOSE.search(lines[index - 1].rstrip()) is not None
            and all(_SENTENCE_CLOSE.search(line.rstrip()) and len(line.split()) >= TEXT_SENTENCE_WORDS for line in after))


def _one_teaser_after(lines: list[str], index: int) -> bool:
    """Whether the teaser marker at lines[index], inside the text, heads one other story only,
    the article's prose going on after it: the next line a headline (heading-like: no
    sentence's end), then a paragraph of running prose (_prose_paragraph), then a line that
    ends as a sentence does. A block of teasers (headline, blurb, headline...) or a blurb
    closing the page is not so followed."""
    after = lines[index + 1:index + 4]
    return (len(after) == 3 and _is_heading_like(after[0]) and _prose_paragraph(after[1])
            and not _is_heading_like(after[2]))


# A sentence's stop in the scripts whose marks TERMINAL (Latin's) misses: the ideographic and
# fullwidth stops of Chinese and Japanese, the corner brackets a Japanese quotation closes on,
# the Arabic question mark and Urdu full stop, the Devanagari danda, the Ethiopic, Armenian and
# Myanmar full stops. Source: Unicode's Sentence_Terminal property (PropList.txt).
ANY_SCRIPT_TERMINAL = TERMINAL + tuple("\u3002\uff0e\uff01\uff1f\uff61\u300d\u300f\u061f\u06d4\u0964\u0965\u1362\u0589\u104b")
# How many letters of a script written without spaces (text.UNSPACED_LETTER) make a word as a
# count of words reads one: a Chinese paragraph holds no space, and "one word" would make it a
# section's name.
UNSPACED_LETTERS_PER_WORD = 2


def words_in(line: str) -> int:
    """How many words a line holds: its words between spaces, and one more for every
    UNSPACED_LETTERS_PER_WORD letters of a script written without spaces (UNSPACED_LETTER), so that
    a line of Chinese counts as long as its English translation does."""
    count = len(line.split())
    return count if line.isascii() else count + len(UNSPACED_LETTER.findall(line)) // UNSPACED_LETTERS_PER_WORD


def _is_heading_like(line: str) -> bool:
    """A line of 25 words at most (words_in) not closed by a sentence's stop (in any script:
    ANY_SCRIPT_TERMINAL), and no paragraph closed by a glued sign-off (_signed_paragraph): a
    heading's shape."""
    return not line.endswith(ANY_SCRIPT_TERMINAL) and words_in(line) <= 25 and not _signed_paragraph(line)


# The most words of a headline printed alone above the text (a ministry's or a regional
# paper's long headline, with its colon and its acronym in brackets, runs past 25 words).
HEADLINE_MAX_WORDS = 40
# A bracket closing a headline, no sentence end within or right before it: an acronym, a
# unit's or a speaker's name ("... du détachement (DET 4/MISSION)", "« ... » (Jane Doe)").
_CLOSING_BRACKET = re.compile(r"(?<![.!?\u2026:;])\s*\([^().!?]*\)$")


# A quotation closing a headline, its closing mark right after a word (no stop before it:
# "Chief: “We will stay”", "Le chef : « Nous resterons »"), opened on the line; no sentence
# ends within the line.
_CLOSING_QUOTE = re.compile(r"(?<![.!?\u2026,;:\s])\s?[\"\u201d\u00bb]$")
_OPENING_QUOTE = re.compile(r"(?:^|[\s:(])[\"\u201c\u00ab]\s?\w")
_SENTENCE_INSIDE = re.compile(r"[.!?\u2026]\s+[" + LEAD_CAPITALS + "]")


def _is_headline(line: str) -> bool:
    """A heading, or a short question or exclamation printed as a headline; or, up to
    HEADLINE_MAX_WORDS words, a line with no sentence end, or closing on a bracket with none
    in it or before it (_CLOSING_BRACKET), or on a quotation opened on the line with no stop
    before its closing mark and no sentence ended within the line (_CLOSING_QUOTE: "Le chef
    de la mission : « Nous ne partirons pas tant que ... »")."""
    words = words_in(line)
    if _is_heading_like(line) or (line.endswith(("?", "!", "\uff1f", "\uff01")) and words <= 25):
        return True
    if words > HEADLINE_MAX_WORDS:
        return False
    if (match := _CLOSING_BRACKET.search(line)) and line[:match.start()].strip():
        return True
    if _CLOSING_QUOTE.search(line) and _OPENING_QUOTE.search(line) and not _SENTENCE_INSIDE.search(line):
        return True
    return not line.endswith(ANY_SCRIPT_TERMINAL) and not _signed_paragraph(line) and not _unstopped_paragraph(line)


# The fewest words of the whole sentence, and of the words after its stop, that make a line
# without a final stop a paragraph of the text (_unstopped_paragraph).
UNSTOPPED_SENTENCE_WORDS = 8
UNSTOPPED_TAIL_WORDS = 3


def _unstopped_paragraph(line: str) -> bool:
    """Whether a line is a paragraph of the text whose last sentence lost its stop (a copy of
    the page cut it, or the last words are a call to listen or watch: "... de graves
    conséquences. Ecoutez ci-dessous les précisions de Jane Doe"): a sentence of
    UNSTOPPED_SENTENCE_WORDS words or more closed by a stop and a capital, then
    UNSTOPPED_TAIL_WORDS words or more. A headline holds no whole sentence before more words
    ("S. Korea holds ...", "U.N. peacekeepers ...": an initial's or an abbreviation's stop
    follows a word or two). An abbreviation's stop ends no sentence wherever it falls in a long
    headline (text.abbreviation_stop: "... from the U.S. Congress ...", "... a EE. UU. para ...",
    "... tại TP. Hồ Chí Minh ...", "... de M. Jean Dupont ...")."""
    for inside in _SENTENCE_INSIDE.finditer(line):
        if line[inside.start()] == "." and abbreviation_stop(line[:inside.start()], line[inside.start() + 1:inside.start() + 1 + ABBREVIATION_AFTER]):
            continue
        if (len(line[:inside.start() + 1].split()) >= UNSTOPPED_SENTENCE_WORDS
                and len(line[inside.start() + 1:].split()) >= UNSTOPPED_TAIL_WORDS):
            return True
    return False


# The fewest words before a glued sign-off that make the line a paragraph of the text, no
# heading (_signed_paragraph).
SIGNED_SENTENCE_WORDS = 8


def _signed_paragraph(line: str) -> bool:
    """Whether a line is a paragraph of the text whose last sentence has the dispatch's
    sign-off glued after its stop ("... của hai bên. TTXVN", "... en el sur. EFE", "...
    despite the warnings. AFP": glued_signoff), SIGNED_SENTENCE_WORDS words or more before it:
    the text, though its stop no longer closes the line; no heading, no headline."""
    if len(line.split()) <= SIGNED_SENTENCE_WORDS or not any(mark in line for mark in ".!?\u2026"):
        return False
    glued = _GLUED_SIGNOFF.search(line)
    return bool(glued and len(line[:glued.start()].split()) >= SIGNED_SENTENCE_WORDS and glued_signoff(glued["tail"]))


def _is_title_case(line: str) -> bool:
    """Every word capitalised but for short connectors: a name-and-title caption."""
    connectors = _lowercase_in_names()
    words = [t.text for t in tokenize(line)]
    return len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or fold(w) in connectors for w in words)


@lru_cache(maxsize=None)
def _lowercase_in_names() -> frozenset[str]:
    return reference().words("name_connectors") | reference().words("stopwords")


_BLANK_LINE = re.compile(r"\n\s*\n")
_WIDE_GAP = re.compile(r"(?<=\S)(?:[ \t]{3,}|\t)(?=\S)")


# A year glued to the word after it, as pages join a date line and a label ("1 mars
# 2017Publicité", "12 de mayo de 2019Compartir"): a space goes between them.
_GLUED_YEAR = re.compile(r"(?<![\w])((?:19|20)\d\d)(?=[^\W\d_][^\W\d_A-ZÀ-ÝĐ])")
# A site's name glued to the numeric date after it ("La Gaceta16.08.2020 - 21:03h"): a space
# goes between them.
_GLUED_DATE = re.compile(r"(?<=[^\W\d_]{2})(?=[0-3]?\d([/.-])[01]?\d\1(?:19|20)\d\d(?!\d))")
# A written date's year glued to the same date printed in numbers after it ("21 de abril de
# 202221/04/2022"): a space goes between them where the two years are one.
_GLUED_TWIN_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=[0-3]?\d([/.-])[01]?\d\2\1(?!\d))")


# The shortest month name read glued after a word (_glued_month): "May", "Jan"; shorter
# abbreviations are parts of too many words.
GLUED_MONTH_LETTERS = 3


@lru_cache(maxsize=1)
def _glued_month() -> re.Pattern:
    """A capitalised month's name (dates.yaml "months", every language's, GLUED_MONTH_LETTERS
    letters or more) glued to the lower-case word before it and followed by a day or a year,
    as pages join a label and their date line ("4 min readMay 28, 2021", "Lecture 3
    minJuin 4, 2020"): the place where a space goes between them."""
    names = {name[:1].upper() + name[1:] for months in reference().date_words["months"].values()
             for names in months for name in names if len(name) >= GLUED_MONTH_LETTERS}
    return re.compile(r"(?<=[a-zß-öø-ÿđ]{2})(?=(?:" + alternation(names) + r")\.?\s+[0-3]?\d\b)")


@lru_cache(maxsize=1)
def _glued_written_date() -> re.Pattern:
    """A day written with its month's name and its year (dates.yaml "months", every language's,
    GLUED_MONTH_LETTERS letters or more; the day maybe with its ending, "day_number_endings",
    the year maybe after a joiner, "year_joiners") glued to the word before it, as pages join a
    byline's name and the date after it, the day's link to its month maybe between
    ("day_month_links": "By Agencies20 Oct 2012 1:39 AM GMT", "By Jane Roe1st of March 2021", "Por
    Redacción14 de mayo del 2021", "Par Marc Dubois1er juin 2019") or a short word and its day
    ("Publié le12 mai 2021"): the place where a space goes between them (sub with "\\g<word> ").
    The word is a name's, opening on a capital, or a word of two or three letters in lower
    case; a longer word in lower case with its number ("the covid19 March 2020 lockdown") is a
    term, and a word in capitals ("COVID19 Oct 2020") a name with its number: both left whole."""
    words = reference().date_words
    names = {name for months in words["months"].values()
             for names in months for name in names if len(name) >= GLUED_MONTH_LETTERS}
    endings, joiners = alternation(words["day_number_endings"]), alternation(words["year_joiners"])
    links = alternation({w for listed in (words.get("day_month_links") or {}).values() for w in listed})
    return re.compile(r"(?<![^\W\d_])(?P<word>[A-ZÀ-ÝĐ][a-zß-öø-ÿđ]+|[a-zß-öø-ÿđ]{2,3})(?=[0-3]?\d(?:" + endings
                      + r")?\.?\s+(?:(?:" + links + r")\s+)?(?i:" + alternation(names) + r")\.?,?\s+(?:(?:" + joiners
                      + r")\s+)?(?:19|20)\d\d(?!\d))")


# A time of day glued to the capitalised word after it, as a page's two stamps are copied
# ("Publié le 2 nov. 2023 à 16:00Mis à jour le 2 nov. 2023 à 16:16", "10:42Updated ..."):
# the second stamp goes on a line of its own.
_GLUED_TIME = re.compile(r"((?<![\d:])(?:[01]?\d|2[0-3])[:h][0-5]\d)(?=[A-ZÀ-ÝĐ][^\W\d_A-ZÀ-ÝĐ])")


# How far after a glued date label its date must begin and end (characters).
GLUED_LABEL_REACH = 40


def _capitalised_alternation(words) -> str:
    """An alternation (text.alternation) of words with their first letter capitalised, as a
    label or a byline word opening a line, or glued to the line before, prints them ("Updated",
    "By")."""
    return alternation(w[:1].upper() + w[1:] for w in words)


@lru_cache(maxsize=1)
def _glued_label() -> re.Pattern:
    """A date label (vocabulary metadata_labels "date", "updated"), capitalised, glued to the
    end of the line before it ("... (with inputs from Agencies)Updated: April 7, 2020"),
    followed by its colon."""
    words = _date_labels(over=3)
    capitalised = _capitalised_alternation(words)
    return re.compile(rf"(?:(?<=[^\W\d_A-ZÀ-ÝĐ])|(?<=\)))(?=(?:{capitalised})\s*:)")


# A byline or a wire dateline glued to the words before it, as copying a page's caption,
# byline and lead loses the breaks between them ("... Photo ReutersBy Jane RoeNAIROBI
# (Reuters) - The ..."): a byline word, capitalised, opening a name after a lower-case
# letter; a place in capitals followed by an agency in brackets and a dash after one.
@lru_cache(maxsize=1)
def _glued_byline_or_dateline() -> re.Pattern:
    openers = _capitalised_alternation(reference().vocabulary["byline_openers"])
    return re.compile(
        rf"(?<=[^\W\d_A-ZÀ-ÝĐ])(?:(?=(?:{openers})\s+[A-ZÀ-ÝĐ][^\W\d_]+\s+[A-ZÀ-ÝĐ])"
        r"|(?=[A-ZÀ-ÝĐ]{3,}(?:[-'][A-ZÀ-ÝĐ]+)*(?:[ ,]+[A-ZÀ-ÝĐ][^\W\d_]*){0,3},?\s*\([A-ZÀ-ÝĐ][^()]{1,30}\)\s*(?:--|[\u2013\u2014-])\s))"
    )


# A dateline in capitals glued to the writer's name of the byline opening its line, as a copy of
# the page loses the break between byline and lead ("By Jane DoeUNITED NATIONS — The ...", "Por
# Juan PérezBOGOTÁ (EFE) — ..."): the byline word (vocabulary byline_openers), a capitalised
# name of up to five words whose last letter is lowercase, then three capitals or more (more
# words in capitals may follow) and what closes a dateline: a dash, a comma, a bracket, ".-".
@lru_cache(maxsize=1)
def _glued_byline_dateline() -> re.Pattern:
    openers = _capitalised_alternation(reference().vocabulary["byline_openers"])
    return re.compile(
        rf"(?m)^(?:{openers})\s+[A-ZÀ-ÝĐ][^\W\d_]*(?:[ '-][A-ZÀ-ÝĐ][^\W\d_]*){{0,4}}?(?<=[^\W\d_A-ZÀ-ÝĐ])"
        r"(?=[A-ZÀ-ÝĐ]{3,}(?:[ -][A-ZÀ-ÝĐ]{2,})*(?:\s*[\u2013\u2014-]+\s|,\s|\s*\(|\.-))"
    )


def _break_glued_bylines(text: str) -> str:
    """text with a line break before each byline or wire dateline glued to the words before
    it (_glued_byline_or_dateline), a line break between a byline's name and the dateline in
    capitals glued after it (_glued_byline_dateline: "By Jane DoeUNITED NATIONS — ..."), and a
    space after a byline word glued to a name in capitals (_glued_capitals_byline: "ByREUTERS",
    "PorJUAN PÉREZ"), on a line of its own."""
    text = _glued_byline_or_dateline().sub("\n", text)
    text = _glued_byline_dateline().sub(lambda m: m.group() + "\n", text)
    if "visit" in text.lower():
        text = _glued_visit_call().sub("\n", text)
    if any(button in text for button in reference().vocabulary["follow_buttons"]):
        text = _credit_then_follow_button().sub(_without_follow_button, text)
    return _glued_capitals_byline().sub(lambda m: ("\n" if m.start() and text[m.start() - 1] != "\n" else "") + m["opener"] + " ", text)


def _without_follow_button(m: re.Match) -> str:
    """A credit line closed by the writer's follow button (_credit_then_follow_button), without
    the button's word; the line as it stands where it is no credit: a colon label without its
    colon ("Texto para Seguir"; vocabulary byline_colon_labels credit only before a colon), or
    a single word that is no outlet with the button's word a space after it (the writer's
    surname: "By Jane Follow")."""
    opener, name = m["opener"], m["name"].strip()
    spaced = m.string[m.end("name")].isspace()
    if ((m["colon"] is None and fold(opener) not in reference().words("byline_openers"))
            or (spaced and len(name.split()) == 1 and credit_outlets(name) != [name])):
        return m.group()
    return f"{opener} {name}" if m["colon"] is None else f"{opener} : {name}"


# A writer's or an outlet's credit line closed by the button that follows its writer
# (vocabulary follow_buttons: "Texte par : Jean DupontSuivre", "Texte par :RFISuivre", "By Jane
# Roe Follow"), glued to the name or a space after it, as a copy of a page keeps the button's
# word: a byline word or a colon label (vocabulary byline_openers, byline_colon_labels)
# opening the line, its colon maybe glued to the name, the name (groups opener, colon, name),
# then the button closing the line.
@lru_cache(maxsize=1)
def _credit_then_follow_button() -> re.Pattern:
    vocab = reference().vocabulary
    openers = _capitalised_alternation([*vocab["byline_openers"], *vocab["byline_colon_labels"]])
    buttons = alternation(vocab["follow_buttons"])
    return re.compile(rf"(?m)^(?P<opener>{openers})(?:\s*(?P<colon>:)\s*|\s+)(?P<name>[^\n:]{{2,60}}?[^\W_.])\s?(?:{buttons})[ \t]*$")


# A byline word glued to the writer's or the outlet's name printed in capitals after it, as a
# copy of a page loses the space a style sheet put between them ("ByREUTERS", "PorJUAN
# PÉREZ RTVE", "ParJEAN DUPONT"), at a line's start or right after the bracket or the stop
# closing a caption ("... (photo: Jane Roe/Reuters)ByREUTERS"; not after a letter: "StandByME"
# is a word): the byline word capitalised (vocabulary byline_openers of one word), then two
# capitals or more, or a capitalised word and another capitalised word after a space, a
# writer's name ("ByJane Roe", "ParJean Dupont").
@lru_cache(maxsize=1)
def _glued_capitals_byline() -> re.Pattern:
    openers = _capitalised_alternation(w for w in reference().vocabulary["byline_openers"] if " " not in w)
    return re.compile(rf"(?m)(?:^|(?<=[.)\]]))(?P<opener>{openers})(?=[A-ZÀ-ÝĐ]{{2}}|[A-ZÀ-ÝĐ][^\W\d_A-ZÀ-ÝĐ]+\s+[A-ZÀ-ÝĐ])")


# A second stamp on the line of the first ("Last Updated: May 15, 2021 / Published: May 14,
# 2021", "Mis à jour le 15/05/2021 - Publié le 14/05/2021"): a date or update label after a
# date's last digit and a separator; each stamp is read on a line of its own.
@lru_cache(maxsize=1)
def _second_stamp() -> re.Pattern:
    words = alternation(_date_labels(over=4))
    units = alternation(reference().vocabulary["time_unit_abbreviations"])
    # (a unit's stop may close the first stamp: "a las 08:00 h. Publicado el ...")
    return re.compile(rf"(?<=\d)(?P<unit>\s?(?i:{units})\.)?\s*(?:[/\u2013\u2014\u00b7,;-]|\s)\s*(?=(?i:{words})\b\s*:?\s*[\w\d])")


# The most characters of a date line (is_date_line: 14 words at most): two stamps are looked
# for no further on either side of a label, so a long line is never read whole at each label.
STAMP_LINE_CHARS = 200


def _break_second_stamps(text: str) -> str:
    """text with each date or update stamp that follows another on its line put on a line of
    its own (_second_stamp), where both parts are date lines (is_date_line) of STAMP_LINE_CHARS
    characters at most and a full date with its year follows the second label."""
    def cut(match: re.Match) -> str:
        text = match.string
        reach = max(0, match.start() - STAMP_LINE_CHARS)
        start = text.rfind("\n", reach, match.start()) + 1
        end = text.find("\n", match.end(), match.end() + STAMP_LINE_CHARS + 1)
        end = len(text) if end < 0 and len(text) - match.end() <= STAMP_LINE_CHARS else end
        if (start == 0 and reach > 0) or end < 0:
            return match.group()  # a part longer than any date line: no stamp
        after = text[match.end():end]
        # (both parts stamps: a sentence naming two days, "Reported on 3 May 2021, updated
        # figures on 4 May", stays whole)
        first = text[start:match.start()] + (match["unit"] or "")
        return (match["unit"] or "") + "\n" if (is_date_line(first) and is_date_line(after)
                                                and any(d.kind == "date" and d.has_year for d in find_dates(after))) else match.group()
    return _second_stamp().sub(cut, text)


def _break_glued_labels(text: str) -> str:
    """text with a line break before each date label glued to the words before it where a
    date with its year follows the label (_glued_label): the stamp is a line of its own."""
    if ":" not in text:
        return text
    def dated(match: re.Match) -> bool:
        after = text[match.end():match.end() + GLUED_LABEL_REACH]
        return any(d.kind == "date" and d.has_year for d in find_dates(after))
    starts = [m.start() for m in _glued_label().finditer(text) if dated(m)]
    for start in reversed(starts):
        text = text[:start] + "\n" + text[start:]
    return text


# A page copied as one run of words ("... headline Published 8 months ago on October 25, 2024
# By ..."): a date label, capitalised, after a lower-case word with no stop between them, the
# full date with its year within GLUED_LABEL_REACH characters after it and a capitalised word
# (or the line's end) after the date. The stamp is put on a line of its own.
@lru_cache(maxsize=1)
def _inline_stamp_label() -> re.Pattern:
    words = _capitalised_alternation(_date_labels(("date",), over=4))
    return re.compile(rf"(?<=[^\W\d_A-ZÀ-ÝĐ] )(?:{words})\b")


def _break_inline_stamps(text: str) -> str:
    """text with each stamp printed inside a run of words (_inline_stamp_label) on a line of
    its own."""
    cuts: list[tuple[int, int]] = []
    for m in _inline_stamp_label().finditer(text):
        reach = text[m.end():m.end() + GLUED_LABEL_REACH]
        if "\n" in reach:
            reach = reach[:reach.index("\n")]
        dated = [d for d in find_dates(reach) if d.kind == "date" and d.has_year and d.value.day]
        if not dated or re.search(r"[.!?;]", reach[:dated[0].start]):
            continue
        end = m.end() + dated[0].end
        if re.match(r"\s+[A-ZÀ-ÝĐ]|\s*$", text[end:end + 3]):
            cuts.append((m.start(), end))
    for start, end in reversed(cuts):
        text = text[:start].rstrip(" ") + "\n" + text[start:end] + "\n" + text[end:].lstrip(" ")
    return text


# A clock time closing a line ("14:11", "9h30", "10:15 am"), the end of a stamp.
_CLOSING_TIME = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])\s?[:h]\s?[0-5]\d(?:\s?(?:[ap]\.?\s?m\.?|h))?\s*$", re.I)
# The fewest words of a headline with the page's stamp glued on after it.
STAMPED_HEADLINE_WORDS = 3


def _stamped_headline(row: str) -> tuple[str, str] | None:
    """A headline with the page's stamp glued on after it ("Officers leave for Abyei
    22/09/2025 14:11"): (the headline, the stamp), where the line closes with a full date
    with its year and a clock time after it, the words before the date are
    STAMPED_HEADLINE_WORDS or more and close no sentence; None otherwise (a sentence ending
    with a day closes with its stop)."""
    if not (time := _CLOSING_TIME.search(row)):
        return None
    dated = [d for d in find_dates(row[:time.start()]) if d.kind == "date" and d.has_year and d.value.day]
    if not dated or row[dated[-1].end:time.start()].strip(" ,|-\u2013\u2014") or dated[-1].start == 0:
        return None
    head = row[:dated[-1].start].rstrip(" |-\u2013\u2014\u00b7")
    if breadcrumb(head):
        return None  # "Home » World 15.06.2023 09:12": a trail and the site's clock, no headline
    # (a comma joins a byline or a label to its date, "By Jane Roe, March 14, 2023 2:30 pm")
    if len(head.split()) < STAMPED_HEADLINE_WORDS or head.endswith(TERMINAL) or head.endswith(",") \
            or opens_with_byline(head) or any(d.kind == "date" for d in find_dates(head)):
        return None
    return head, row[dated[-1].start:].strip()


def split_lines(text: str) -> list[str]:
    """Non-empty lines; blocks of hard-wrapped lines (a plain-text archive) are joined first.
    A list of its own at each call; the lines of the last few texts are kept (a seed's text is
    split by segment, again for its site name, and by the extractor)."""
    return list(_split_lines(text))


@lru_cache(maxsize=8)
def _split_lines(text: str) -> tuple[str, ...]:
    return tuple(_split_lines_uncached(text))


# A year of the last two centuries, a digit, a wide gap: what a row must hold for the glued
# dates, years and months, and the wide gaps, to be looked for in it (_unglued_row).
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_ANY_DIGIT = re.compile(r"\d")


def _unglued_row(row: str) -> str:
    """A row of text with the spaces its glued dates, years and months lack put back, and its
    wide gaps made separators (" | "), its spaces normalised. Each pattern is tried only on a
    row that holds what it needs (a year, a digit, a tab or three spaces): spaces put in do not
    make a year appear."""
    if _ANY_YEAR.search(row):
        row = _GLUED_YEAR.sub(r"\1 ", _GLUED_TWIN_DATE.sub(r"\1 ", row))
        year = True
    else:
        year = False
    if _ANY_DIGIT.search(row):
        row = _glued_month().sub(" ", row)
    if year:
        row = _glued_written_date().sub(r"\g<word> ", _GLUED_DATE.sub(" ", row))
    if "\t" in row or "   " in row:
        row = _WIDE_GAP.sub(" | ", row)
    return normalize_space(row)


# A page's date line glued to the first words of the text under it, as a copy of the page
# loses the break between them ("25 juillet 2022Tôt ce lundi, ...", "29 de mayo de 2018"Nadie
# ataca ..."; seen in copies of a broadcaster's pages in French and Spanish): a line opening
# on a date whose year runs into a capital or an opening quote, with a text's worth of
# characters after it (a short label glued after a date line, "1 mars 2017Publicité", is
# _GLUED_YEAR's).
_YEAR_GLUED_ON = re.compile(r"(?:19|20)\d\d[\"\u201c\u00ab\u201eA-Z\u00c0-\u00dd\u0110]")
_GLUED_DATE_LINE = re.compile(r"(?m)^(?P<date>[^\n]{4,40}?(?:19|20)\d\d)(?=[\"\u201c\u00ab\u201eA-Z\u00c0-\u00dd\u0110][^\n]{40,})")


def _break_glued_date_lines(text: str) -> str:
    """text with a date line glued to the first words of the text under it
    (_GLUED_DATE_LINE) put on a line of its own, where the part before the glue is a date
    line (is_date_line). Looked for only in a text where a year runs into a capital or a
    quote (_YEAR_GLUED_ON)."""
    if not _YEAR_GLUED_ON.search(text):
        return text

    def cut(match: re.Match) -> str:
        return match["date"] + "\n" if is_date_line(match["date"]) else match["date"]

    return _GLUED_DATE_LINE.sub(cut, text)


# A page's date line run into the first sentence of the text under it, closed by a full stop
# (or the Spanish stop and dash) as a sentence is: "31/10/2017. Tras trece años, ...", "12 mai
# 2021. Après treize ans, ...", "May 12, 2021. After thirteen years, ...": a line opening on a
# full date whose year is followed by the stop, then a capital or an opening quote and a
# text's worth of characters.
_STOPPED_DATE_LINE = re.compile(r"(?m)^(?P<date>[^\n]{4,40}?(?:19|20)\d\d)\.-?[ \t]+(?=[\"\u201c\u00ab\u201eA-Z\u00c0-\u00dd\u0110][^\n]{40,})")
# A chronology's entry: a line opening on a date or a year alone and a stop, a colon or a
# dash ("2010: An earthquake ...", "Ngày 12/1/2010: ...", "2010 - Un terremoto ...").
_DATED_ENTRY = re.compile(r"(?m)^(?P<date>[^\n]{0,40}?(?:19|20)\d\d)[ \t]?(?:\.-?|:|[ \t][-\u2013\u2014])[ \t]+\S")


def _break_stopped_date_lines(text: str) -> str:
    """text with a date line run into the sentence under it and closed by a stop
    (_STOPPED_DATE_LINE: "31/10/2017. Tras trece años, ...") put on a line of its own, the
    stop dropped, where the part before the stop is a full date with its day and little else
    (is_date_line, strict), no line of running prose (_is_prose) is printed above it (it
    opens the text: a day opening a paragraph further down, "12 de enero de 2010. El
    terremoto ...", is a day the text recalls) and the text has only one line opening on a
    date or a year alone and a stop, a colon or a dash (_DATED_ENTRY): several
    ("12/05/2021. La misión ...", "Junio de 2010. El mandato ...", "2017: La misión ...")
    are a chronology's entries, each the day of its own happening,
    and stay as they are; so does a line opening on a date with no stop after it
    ("31/10/2017 fue un día de luto ...", a sentence whose subject is the day)."""
    found = [m for m in _STOPPED_DATE_LINE.finditer(text) if is_date_line(m["date"], strict=True)]
    if len(found) != 1 or sum(1 for e in _DATED_ENTRY.finditer(text)
                              if re.fullmatch(r"(?:19|20)\d\d", e["date"]) or is_date_line(e["date"], strict=True)) > 1:
        return text
    m = found[0]
    if (not any(d.kind == "date" and d.has_year and d.value.day for d in find_dates(m["date"]))
            or any(_is_prose(line) for line in text[:m.start()].split("\n"))):
        return text
    return text[:m.start()] + m["date"] + "\n" + text[m.end():]


# A picture written in Markdown alone on its line, as a converter of pages to Markdown
# writes it: "![its alternative text](its address "its title")", maybe inside a link to
# another page ("[![alt](picture)](link)").
_MARKDOWN_IMAGE = re.compile(r"(?m)^[ \t]*(?P<link>\[)?!\[(?P<alt>[^\]\n]*)\]\([^)\n]*\)(?(link)\]\([^)\n]*\))[ \t]*$")


def _once(words: str) -> str:
    """words with a phrase printed twice in a row said once ("Example headline Example
    headline" -> "Example headline"), as a page's picture joins its alternative text and its
    title, both the headline; other words as they are."""
    half, rest = divmod(len(words), 2)
    first, second = words[:half].strip(), words[half + rest:].strip() if rest else words[half:].strip()
    return first if first and normalize_space(first) == normalize_space(second) else words


# The fewest words of a phrase a row prints twice in a row that _glued_twin says once: a
# headline a copy of the page glued to itself (its title bar and its heading joined with no
# break, "Peacekeepers Killed in AmbushPeacekeepers Killed in Ambush"); a shorter twin
# ("Yes Yes", "Bora Bora") is a word's, left whole.
GLUED_TWIN_WORDS = 3


def _glued_twin(row: str) -> str:
    """A row of text that prints one phrase of GLUED_TWIN_WORDS words or more twice in a row,
    glued ("Example HeadlineExample Headline", the second copy opening on a capital after the
    first's last letter) or spaced ("Example Headline Example Headline"), said once; any other
    row as it is. A copy of a page loses the break between a headline's two printings (its
    title bar and its heading): the reader sees one headline. Run on every row of the text,
    not the page head's alone: split_lines reads the rows before the head is found, and a
    paragraph of the body a copy glued to itself is read once as well. Cheap: a row is halved
    once (_once), about 5 microseconds a row (the 731 rows of the dev texts in 4 ms)."""
    if len(row) < 2 * GLUED_TWIN_WORDS + 1 or not row[:1].isupper():
        return row
    once = _once(row)
    return once if once is not row and len(once.split()) >= GLUED_TWIN_WORDS else row


# A picture written as a page's element alone on its line, its alternative text in its alt
# attribute, as some copies of a page keep it: '<img src="a.jpg" alt="its alternative text">',
# '<image>its address alt="its alternative text"</image>'.
_ELEMENT_IMAGE = re.compile(r'(?m)^[ \t]*<(?:img|image)\b[^\n]*?\balt="(?P<alt>[^"\n]*)"[^\n<>]*(?:>|</image>)[ \t]*$')


def _picture_words(alt: str) -> str:
    """The words a reader is given for a picture from its alternative text: a phrase printed
    twice said once (_once), and a picture's credit closing it ("... (Photo: Jane Roe 2019)",
    _inline_credit) set on a line of its own under the rest, the credit of the picture, not a
    part of the words it shows (a headline, a legend)."""
    words = _once(normalize_space(alt))
    credit = next((m for m in _inline_credit().finditer(words) if m.end() == len(words)), None)
    if credit and (rest := words[:credit.start()].strip()):
        return f"{rest}\n{credit.group().strip()}"
    return words


def markdown_pictures(text: str) -> str:
    """text with each picture alone on its line, written in Markdown (_MARKDOWN_IMAGE) or as
    a page's element (_ELEMENT_IMAGE), replaced by its alternative text (_picture_words), the
    words a reader of the page is given for it: a headline or a legend, read as any line is.
    A picture without alternative text leaves an empty line."""
    if "![" in text:
        text = _MARKDOWN_IMAGE.sub(lambda m: _picture_words(m["alt"]), text)
    if "<im" in text:
        text = _ELEMENT_IMAGE.sub(lambda m: _picture_words(m["alt"]), text)
    return text


def _split_lines_uncached(text: str) -> list[str]:
    lines: list[str] = []
    text = markdown_pictures(text)
    text = _break_second_stamps(_break_glued_bylines(_break_glued_labels(_GLUED_TIME.sub("\\1\n", _break_inline_stamps(_break_stopped_date_lines(_break_glued_date_lines(rejoin_broken_names(text.translate(_INVISIBLE)))))))))
    blocks = [[_glued_twin(_unglued_row(r)) for r in block.split("\n") if r.strip()] for block in _BLANK_LINE.split(text)]
    printed = {row for rows in blocks for row in rows}
    read = []
    for rows in blocks:
        # (wide gaps inside a line separate menu items: they are kept visible as separators)
        # A short line of parts ("By Name | October 4, 2019 | 04:29 pm", "Source: X| date|Editor: Y")
        # is read part by part; menus of many parts stay whole and are recognised as menus; a
        # title bar ("Headline | Site") whose headline the page prints again alone stays whole.
        rows = [part for row in rows for part in (_parts(row) if not _title_bar(row, printed) else [row])]
        rows = [piece for row in rows for piece in _caption_shortcode(row)]
        rows = [piece for row in rows for piece in (_stamped_headline(row) or (row,))]
        rows = [piece for row in rows for piece in (_byline_and_mail(row) if "@" in row else (row,))]
        read.append(rows)
    width = hard_wrap_width(read)
    if width is None and len(read) >= WRAP_BLOCKS_APART and all(len(rows) == 1 for rows in read):
        # every row a block of its own: a hard-wrapped text whose rows a page set apart by
        # blank lines ("... who was missing in the" / "Central African Republic after an
        # ambush ..."), blank lines setting apart paragraphs no more than rows: its width is
        # read on the rows left inside a sentence, each with the row after it (a paragraph's
        # last row ends one, as any row may in such a text), and its rows joined as one block's
        # with no blank lines (a row ending a sentence may end a paragraph)
        apart = [rows[0] for rows in read]
        # the rows a wrapper may have cut: past the first (the headline), as wide as the
        # narrowest width and ending inside a sentence (not a byline's bare name, a date line)
        open_rows = [[row, following] for row, following in zip(apart[1:], apart[2:])
                     if len(row) >= WRAP_WIDTHS[0] and not row.endswith(TERMINAL)]
        # most rows left open go on in lowercase in the next, as a sentence cut by a wrapper
        # does; headlines stacked apart (other stories' in sentence case, "Mission chief
        # travels north" / "Council renews the mandate") each open on a capital
        going_on = sum(1 for _, following in open_rows if following[:1].islower())
        if going_on >= WRAP_APART_GOING_ON * len(open_rows) and (apart_width := hard_wrap_width(open_rows)) is not None:
            return _rejoin_rows_apart(apart, apart_width)
    for rows in read:
        # (a list of other stories' headlines in Title Case is no paragraph cut in rows)
        wrapped = (len(rows) >= 3 and all(50 <= len(r) <= 100 and not r.endswith(TERMINAL[:3]) for r in rows[:-1])
                   and not all(_title_case_headline(r) for r in rows))
        lines.extend([" ".join(rows)] if wrapped else rejoin_wrapped(rows, width, len(read) > 1) if width else rejoin_broken_sentences(rows))
    return lines


def _rejoin_rows_apart(rows: list[str], width: int) -> list[str]:
    """The rows of a hard-wrapped text whose every row the page set apart (_split_lines_uncached)
    joined into paragraphs by rejoin_wrapped at the width, blank lines setting apart no
    paragraphs; the first row (the headline) and a row shorter than the narrowest width
    (WRAP_WIDTHS) that closes no sentence nor opens in lowercase (a byline printing the
    writer's name alone, "Jane Roe"; a heading; a date line) are lines of their own, none of
    the rows before joined to them, unless the next row goes on in lowercase (a headline or a
    row cut in a copy: "The duo" / "discussed ..."). Returns the lines."""
    lines: list[str] = []
    run: list[str] = []
    for i, row in enumerate(rows):
        if i == 0 or (len(row) < WRAP_WIDTHS[0] and not row.endswith(TERMINAL) and not row[:1].islower()):
            lines += rejoin_wrapped(run, width, False) if run else []
            run = []
            if not (i + 1 < len(rows) and rows[i + 1][:1].islower()):
                lines.append(row)
                continue
        run.append(row)
    return lines + (rejoin_wrapped(run, width, False) if run else [])


# The fewest blocks of a text whose every row is a block of its own (blank lines between all
# rows) for it to be read as rows of a hard-wrapped text set apart (_split_lines_uncached).
WRAP_BLOCKS_APART = 8
# The least share of such a text's rows ending inside a sentence whose next row opens in
# lowercase (the sentence going on): a wrapper cuts prose mostly before a lowercase word.
WRAP_APART_GOING_ON = 0.5


# The fewest words of a row, and of the row after it, that make a sentence a stored page broke
# at a link or an inline tag (rejoin_broken_sentences): a headline, a menu item or a label is
# shorter.
BROKEN_ROW_WORDS = 8
BROKEN_NEXT_WORDS = 3
_ROW_GOES_ON = re.compile(r"[^\W\d_],?$")
# A row's last word as printed (rejoin_broken_sentences: a function word leaves the sentence open).
_LAST_WORD = re.compile(r"(?:^|\s)(?P<word>[^\W\d_][\w'\u2019-]*)$")


@lru_cache(maxsize=1)
def _row_break_words() -> tuple[frozenset[str], frozenset[str]]:
    """The function words a sentence a page broke at a link may leave its first row on
    (vocabulary stopwords: "as", "de la", "cet", "của"): folded, and as printed in the languages
    compared with their diacritics (reference.EXACT_LANGUAGES)."""
    ref = reference()
    return ref.words("stopwords"), frozenset().union(*(ref.exact_words("stopwords", lang) for lang in EXACT_LANGUAGES))


def _row_left_open(row: str) -> bool:
    """Whether a row ends where no sentence and no headline ends: on a comma after a word, or
    on a function word (_row_break_words). A row ending on a noun or a name ("... in the north
    of the country", "... in Geneva") may be a headline, a caption, a menu, a list item or a
    verse, whatever follows it."""
    if not _ROW_GOES_ON.search(row):
        return False
    if row.endswith(","):
        return True
    folded, exact = _row_break_words()
    word = _LAST_WORD.search(row)
    return bool(word) and (fold(word["word"]) in folded or word["word"].lower() in exact)
# A sentence's end within a row or closing it (a stop, maybe a closing quote or bracket after it).
_SENTENCE_ENDS = re.compile(r"[.!?\u2026][\"\u201d\u00bb)\]]*(?:\s|$)")


def rejoin_broken_sentences(rows: list[str]) -> list[str]:
    """The rows of one block of a text that is not hard-wrapped, a sentence a page broke in
    two rows at a link or an inline tag joined again ("... its troops, known as" / "blue
    helmets, would stay ..."): a row of BROKEN_ROW_WORDS words or more ending on a comma or a
    function word (_row_left_open: no stop, no colon, no noun or name a headline, a caption or
    a list item may end on) joins the next row when that row goes on in lowercase with
    BROKEN_NEXT_WORDS words or more and ends the sentence within it or at its close (a list
    of other stories' headlines, one printed in lowercase, ends none); neither row may be a
    list item, a byline or a date line (_furniture_row). rows: the block's rows (str, in
    order); returns its lines. Pure. Each check reads one row (a line already joined has
    words enough and is no furniture; its last row tells how it ends), so the work grows with
    the block's length, not its square, however many rows join."""
    lines: list[list[str]] = []
    for row in rows:
        line = lines[-1] if lines else None
        if (line and row[:1].islower() and len(row.split()) >= BROKEN_NEXT_WORDS and _SENTENCE_ENDS.search(row)
                and (len(line) > 1 or len(line[0].split()) >= BROKEN_ROW_WORDS)
                and _row_left_open(line[-1]) and not _furniture_row(row) and (len(line) > 1 or not _furniture_row(line[0]))):
            line.append(row)
        else:
            lines.append([row])
    return [" ".join(line) for line in lines]


# The widths a hard-wrapped text is cut at (a mail client's, an editor's, a copy from a
# PDF or a terminal: 40 to 110 characters), the characters a cut line may fall short of its
# width before the next word, and the share of a text's inner rows that must be cut so.
WRAP_WIDTHS = (40, 110)
WRAP_SLACK = 3
WRAP_SHARE = 0.6
# A row longer than this many times the width was not cut at it (hard_wrap_width).
WRAP_LONGER = 1.25
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u2013\u2014\u25aa\u25cf\u00b7>]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")


def _cut_at_width(row: str, following: str, width: int) -> bool:
    """Whether a row ends where a wrapper cut it: the next row's first word would not have
    fitted within the width (a word cut at a hyphen counts as fitting)."""
    head = following.split(" ", 1)[0] if following else ""
    return len(row) <= width and len(row) + 1 + len(head) > width - WRAP_SLACK


def hard_wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a text pasted as hard-wrapped lines was cut at, or None when it is no such
    text. blocks: the text's rows by block (blank lines apart). The width is the row length
    within WRAP_WIDTHS at which most inner rows (below) are cut, the narrowest of equals, so
    that a few longer unwrapped lines (comments pasted with a post) do not hide it; the text is hard-wrapped when, among the rows followed by another row
    of their block (the inner rows), at least four end where the next word would not have
    fitted and, with the shorter rows ending inside a sentence before a row going on in
    lowercase, a WRAP_SHARE of them are cut so, and most of those end inside a sentence (no final
    punctuation), and rows longer than WRAP_LONGER times the width number at most half the cut
    rows. A menu, a list of headlines, or a page copied with each paragraph on one line (a few
    headlines printed twice in a row among them) is none."""
    inner = [(row, rows[i + 1]) for rows in blocks for i, row in enumerate(rows[:-1])]
    widths = [len(row) for rows in blocks for row in rows if WRAP_WIDTHS[0] <= len(row) <= WRAP_WIDTHS[1]]
    if len(inner) < 4 or not widths:
        return None
    def cut_at(width: int) -> list[str]:
        return [row for row, following in inner if _cut_at_width(row, following, width)]
    width = max(sorted(set(widths)), key=lambda w: len(cut_at(w)))
    cut = cut_at(width)
    inside = [row for row in cut if not row.endswith(TERMINAL)]
    # a short row ending inside a sentence, the next row going on in lowercase, was cut too
    # (a copy that broke a paragraph after its first words: "The duo" / "discussed ...")
    short_cut = [row for row, following in inner if not _cut_at_width(row, following, width)
                 and not row.endswith(TERMINAL) and following[:1].islower()]
    if len(cut) < 4 or len(cut) + len(short_cut) < WRAP_SHARE * len(inner) or len(inside) < 0.5 * len(cut):
        return None
    # A wrapped text's rows are at most its width: rows far longer than it (whole paragraphs
    # of a page copied as text) outnumbering the cut rows say the few cut ones are headlines.
    longer = sum(1 for rows in blocks for row in rows if len(row) > width * WRAP_LONGER)
    return None if longer > len(cut) / 2 else width


def _furniture_row(row: str) -> bool:
    """A row a hard-wrapped text keeps alone: a list item, a byline, a line of a date."""
    return bool(_LIST_ITEM.match(row)) or opens_with_byline(row) or is_date_line(row)


def rejoin_wrapped(rows: list[str], width: int, blank_lines: bool) -> list[str]:
    """The rows of one block of a hard-wrapped text (hard_wrap_width gave its width) joined
    into paragraphs: a row joins the next when it was cut at the width (_cut_at_width) or
    when it ends inside a sentence and the next row goes on in lowercase (a line cut short
    in a copy). A row ending a sentence at the width joins the next only where the text
    sets its paragraphs apart by blank lines (blank_lines); otherwise it may end a paragraph.
    List items, bylines and date lines are never joined to; short rows (headings, page
    furniture) are kept; a row ending in a word's hyphen joins the next without a space.
    Returns the block's lines."""
    out: list[str] = []
    joining = False
    for i, row in enumerate(rows):
        if joining:  # a wrapper cuts a compound after its hyphen ("lieutenant-" / "colonel")
            compound = len(out[-1]) > 1 and out[-1][-1] == "-" and out[-1][-2].isalpha() and row[:1].isalpha()
            out[-1] = out[-1] + ("" if compound else " ") + row
        else:
            out.append(row)
        following = rows[i + 1] if i + 1 < len(rows) else ""
        joining = bool(following) and not _furniture_row(following) and not (i == 0 and _furniture_row(row)) and (
            (_cut_at_width(row, following, width) and (blank_lines or not row.endswith(TERMINAL)))
            or (not row.endswith(TERMINAL) and following[:1].islower()))
    return out


# A writer's e-mail address closing the byline's row, bracketed or after a separator or a
# space ("By Jane Roe (jroe@example.com)", "Par Jean Dupont - jdupont@example.fr").
_MAIL_CLOSING_ROW = re.compile(r"^(?P<byline>.+?)[\s,;:|\u2013\u2014-]*[(\[<]?\s*(?P<mail>[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\s*[)\]>]?$", re.I)
# The most words of the byline part of such a row.
MAILED_BYLINE_WORDS = 8


def _byline_and_mail(row: str) -> tuple[str, ...]:
    """A byline's row that prints the writer's e-mail address after the name (_MAIL_CLOSING_ROW:
    "By Jane Roe (jroe@example.com)", "Jane Roe <jroe@example.com>") cut in two rows, the
    byline and the bare address, as a page that prints them on two lines reads
    (_mailed_bylines); the byline opens with a byline word (opens_with_byline) or is a name of
    two to four capitalised words alone, MAILED_BYLINE_WORDS words at most. (row,) otherwise."""
    match = _MAIL_CLOSING_ROW.match(row.strip())
    if not match:
        return (row,)
    byline = match["byline"].strip()
    words = byline.split()
    if len(words) > MAILED_BYLINE_WORDS or not (opens_with_byline(byline) or (2 <= len(words) <= 4 and re.fullmatch(_NAME, byline))):
        return (row,)
    return (byline, match["mail"])


def _contact_label(name: str) -> bool:
    """Whether capitalised words printed before an e-mail address are a contact's label or an
    office's name, no writer's ("Media Contact", "Press Office", "Communications Unit"): a word
    of vocabulary contact_label_words or byline_desk_words among them, folded."""
    ref = reference()
    return holds_listed_word(fold(name).split(), ref.words("contact_label_words") | ref.words("byline_desk_words"),
                             any_word=True, any_pair=True)


def _title_bar(row: str, printed: set[str]) -> bool:
    """Whether a row of two parts ("Headline | The Example Ledger") is a title bar: its first
    part is printed again as a line of its own (the headline printed bare), or its first part
    is TITLE_BAR_HEAD_WORDS words or more and no byline and its second names an outlet
    (_names_outlet: "The Example Ledger", "Diario del Valle"), the page's only headline line
    (headline_site then gives the site's name)."""
    parts = [p.strip() for p in row.split("|")]
    if len(parts) != 2 or parts[0] == row:
        return False
    return parts[0] in printed or (len(parts[0].split()) >= TITLE_BAR_HEAD_WORDS and not opens_with_byline(parts[0])
                                   and _names_outlet(parts[1]))


# The fewest words of a headline printed before a site's name on a title bar's row.
TITLE_BAR_HEAD_WORDS = 3


def _names_outlet(site: str) -> bool:
    """Whether words a title bar prints after the headline name an outlet: one the reference
    knows (sources.yaml) or one that reads as an outlet's name (reads_as_outlet_name), no
    person's (given_name_and_one_word), with no word of a document's kind (vocabulary document_kind_words: "Press Release", "Daily Press
    Briefing", "Nota de Prensa" name the page's kind), and no section of the site
    (title_bar_site)."""
    ref = reference()
    unknown = (reads_as_outlet_name(site) and not given_name_and_one_word(site)
               and not holds_listed_word(fold(site).split(), ref.words("document_kind_words"), any_word=True, any_pair=True))
    return (bool(ref.find_source(site)) or unknown) and title_bar_site(site) is not None


def given_name_and_one_word(name: str) -> bool:
    """Whether a name is a widely borne given name (vocabulary given_names) and one more word:
    a person's ("Emily Post", "Daniel Press"), though the word is a newspaper's, so no outlet
    the reference lacks is read from it (_names_outlet, extract._inverted_report_outlet)."""
    words = name.split()
    return len(words) == 2 and fold(words[0]) in reference().words("given_names")


def headline_site(title: str) -> str | None:
    """The site's name a headline's line prints after its last separator ("Headline - The
    Example Ledger", "Headline | Diario del Valle") or before its first ("The Example Ledger:
    Headline"), where it names an outlet (_names_outlet, _outlet_name_first) and three words or
    more of the headline are left: the name, stripped; None otherwise. The site's name of a
    page whose title bar is its only headline line (segment)."""
    match = _SITE_SUFFIX.match(title)
    if match and len(match["head"].split()) >= TITLE_BAR_HEAD_WORDS and _names_outlet(site := match["site"].strip()):
        return site
    match = _SITE_PREFIX.match(title)
    if match and len(match["head"].split()) >= TITLE_BAR_HEAD_WORDS and _outlet_name_first(site := match["site"].strip()) \
            and title_bar_site(site) is not None:
        return site
    return None


# The most words of a site's tagline read for a word of its news (site_title_bar).
TAGLINE_OPEN_WORDS = 3


def site_title_bar(line: str) -> str | None:
    """The outlet's name a site's title bar prints before the site's tagline about its news
    ("Diario del Valle - Noticias de hoy y de última hora", "Báo Sông Hồng - Tin tức trong
    ngày, tin mới nhất", "Le Journal des Collines - Actualités et infos"): where the words
    before the first separator name an outlet (_outlet_name_first: known, or its kind's word
    first, "Diario", "Báo", "Le Journal", then capitalised words; _kind_word_then_capital: "Báo
    Đời sống Vùng cao") and the part after it holds,
    within its first TAGLINE_OPEN_WORDS words, a word of vocabulary site_tagline_words
    ("Noticias", "Tin tức", "Actualités", "News"), the name, stripped; None otherwise (a
    headline after an outlet's name, "Diario del Valle: Los cascos azules ...", holds none;
    a place the gazetteer knows before the dash, "Đài Loan - Tin tức ...", a topic's page
    on Taiwan, names no outlet).
    Such a line is the site's, no headline."""
    match = _SITE_PREFIX.match(line.strip())
    if not match:
        return None
    site = match["site"].strip()
    words = _LETTERS.findall(fold(match["head"]))[:TAGLINE_OPEN_WORDS]
    if not holds_listed_word(words, reference().words("site_tagline_words"), any_word=True, any_pair=True):
        return None
    if _known_place(site) and not reference().find_source(site):
        return None  # (a topic's page on a place whose name opens with an outlet's kind's word, "Đài Loan", Taiwan)
    return site if (_outlet_name_first(site) or _kind_word_then_capital(site)) and title_bar_site(site) is not None else None


def _kind_word_then_capital(site: str) -> bool:
    """Whether a name opens with an outlet's kind's word (vocabulary outlet_type_words: "Báo",
    "Tạp chí", "Đài") and a capitalised word after it, OUTLET_NAME_WORDS words at most: a
    Vietnamese outlet's name, which capitalises the first syllable of its words only ("Báo
    Đời sống Vùng cao", "Tạp chí Nông thôn"; "Báo cáo viên", a word of the language, is none)."""
    words = site.split()
    if not 2 <= len(words) <= OUTLET_NAME_WORDS:
        return False
    kinds = reference().words("outlet_type_words")
    return any(fold(" ".join(words[:k])) in kinds and words[k][:1].isupper() for k in (2, 1) if len(words) > k)


# A content-management caption left in the text: "[caption id=...]A photo's legend[/caption]".
_CAPTION_OPEN = re.compile(r"\[caption\b[^\]]*\]", re.I)
_CAPTION_CLOSE = re.compile(r"\[/caption\]", re.I)


def _caption_shortcode(row: str) -> list[str]:
    """A row holding a content-management caption ("[caption ...]Legend (Photo: X)[/caption]The
    text goes on") cut into the legend and the rest, each a line of its own; rows without one
    as they are."""
    if not _CAPTION_CLOSE.search(row):
        return [row]
    pieces = [_CAPTION_OPEN.sub(" ", piece).strip() for piece in _CAPTION_CLOSE.split(row)]
    return [piece for piece in pieces if piece]


# A credit inside parentheses or brackets, maybe spaced inside them: "(AP Photo/Petros K.)",
# "(Photo: UN/Jane Doe)", "( Photo : Jane Doe )",
# "[UN Photo/Jane Doe]", "(Rédigé par X)"; the credit's word ends there ("[PHOTOS]" is a kicker).
@lru_cache(maxsize=1)
def _inline_credit() -> re.Pattern:
    """The credit's pattern (group "who": the names credited); its words: vocabulary
    "inline_credit_words", as written, any case."""
    words = _listed_words("inline_credit_words", False)
    return re.compile(r"\s*[(\[]\s?(?:[A-Z]{2,}\s+)?(?i:" + words + r")\b\s*[:/]?\s*(?P<who>[A-ZÀ-ÝĐ][^()\[\]]{0,160})[)\]]")
# A byline without "By": two or more names joined by "/", "," or "&" ("Samuel Adwok/Filip Andersson").
_NAME = r"[A-ZÀ-ÝĐ][\w'\u2019-]+(?:\s+[A-ZÀ-ÝĐ][\w'\u2019-]+){1,3}"
_NAMES_LINE = re.compile(rf"^{_NAME}(?:\s*[/,&]\s*{_NAME})+$")


# A writer's name signing the text off, alone on a line after its last paragraph: "Anne
# Roe", "Tr.Thiệp - N.Thạnh" (a name shortened to an initial and a stop is one word).
_SIGNATURE_NAME = r"(?:[A-ZÀ-ÝĐ]\w{0,2}\.\s?[A-ZÀ-ÝĐ][\w'\u2019-]+|[A-ZÀ-ÝĐ][\w'\u2019-]+(?:\s+[A-ZÀ-ÝĐ][\w'\u2019.-]+){1,3})"
_SIGNATURE = re.compile(rf"^{_SIGNATURE_NAME}(?:\s*[-\u2013\u2014/,&]\s*{_SIGNATURE_NAME})*$")
# A writer's initials, each letter with its stop ("J.J.D.", "A. B."): a signature only with a
# note of the agencies the text was written from after it (signature).
_WRITER_INITIALS = re.compile(r"(?:[A-ZÀ-ÝĐ]\.\s?){2,4}")
# A writer's initials (two to four capitals, or as many letters each with its stop), a slash and
# an outlet's name: a sign-off line ("JR/ Example Dispatch", "A.B. / GuinéeMatin"; signature).
_INITIALS_SLASH = re.compile(r"^(?P<initials>[A-ZÀ-ÝĐ]{2,4}|(?:[A-ZÀ-ÝĐ]\.\s?){2,4})\s*/\s*(?P<outlet>[^/()]{2,40})$")


# A writer's name shortened to an initial (one or two letters and a stop, maybe a hyphened
# second one) and a name: "J. Roe", "J.-P. Martin", "V.Giang", "Tr.Thiệp" (initial_and_name).
_INITIAL_NAME = re.compile(r"(?P<initials>(?:[^\W\d_]{1,2}\.(?:-[^\W\d_]\.)?\s?){1,2})(?P<name>[^\W\d_][\w'’-]+)")
# A writer so named in brackets glued after the last sentence's stop ("... were wounded. (V.Giang)"),
# or two or three of them ("(V.Giang - T.Hà)").
_GLUED_INITIAL_WRITER = re.compile(r"(?<=[.!?\u2026\u201d\u00bb\"])\s+\((?P<name>[^()]{3,90})\)\s*$")


@lru_cache(maxsize=1)
def _bracketed_writers_separator() -> re.Pattern:
    """What parts the writers of a bracketed sign-off ("V.Giang - T.Hà", "J. Roe and K. Doe",
    "A. Gómez y B. Ruiz"): a comma, a dash between spaces, or a conjunction joining two
    writers of a byline (vocabulary byline_name_conjunctions) between spaces."""
    words = alternation(w for listed in reference().vocabulary["byline_name_conjunctions"].values() for w in listed)
    return re.compile(r"\s*,\s*|\s+[-\u2013\u2014]\s+|\s+(?:" + words + r")\s+")


def initials_and_names(text: str) -> str | None:
    """The writers a bracketed sign-off names, each by an initial and a name (initial_and_name:
    "J. Roe", "V.Giang"), one to three of them parted by a comma, a dash or a conjunction
    ("V.Giang - T.Hà", "J. Roe and K. Doe"): their names a comma apart ("V.Giang, T.Hà"), as
    a byline lists them; None where any part is no such name."""
    parts = _bracketed_writers_separator().split(text.strip())
    if not 1 <= len(parts) <= 3 or not all(initial_and_name(part) for part in parts):
        return None
    return ", ".join(part.strip() for part in parts)


def initial_and_name(name: str) -> bool:
    """Whether a name is a writer's shortened to an initial and a name ("J. Roe", "J.-P.
    Martin", "V.Giang", "Tr. Thiệp"), each part capitalised, and no place or outlet the
    reference knows so written ("U.S."), nor a name after a title's or a place's short form of
    two letters or more ("St. Louis", "Dr. Roe": text.sentence_abbreviations), after initials
    naming a body or a place ("U.S. Army": _initials_name_a_body), or after a compass word's
    initial where the gazetteer knows the place with the word whole ("N. Kivu"). Such a name
    reads as a person's."""
    m = _INITIAL_NAME.fullmatch(name.strip())
    if not m or not m["initials"][:1].isupper() or not m["name"][:1].isupper() or not m["name"][1:2].islower():
        return False
    if any(len(part) > 1 and fold(part).lower() in sentence_abbreviations() for part in re.split(r"[.\s-]+", m["initials"]) if part):
        return False
    if _initials_name_a_body(m["initials"]):
        return False  # "U.S. Army", "U.N. Photo", "EE.UU. Ejército": a body's or a place's short name
    ref = reference()
    # "N. Kivu", "S. Darfur": a compass word shortened to its initial (vocabulary compass_initials)
    # before the rest of a place's name the gazetteer knows with the word whole ("North Kivu")
    letter = m["initials"].strip().rstrip(".")
    compass = [str(word) for word, short in (ref.vocabulary.get("compass_initials") or {}).items() if str(short) == letter]
    if any(ref.gazetteer.whole(f"{word} {m['name']}") for word in compass):
        return False
    return not (ref.gazetteer.whole(name.strip()) or ref.find_source(name.strip()))


def _initials_name_a_body(initials: str) -> bool:
    """Whether a run of two or more initials ("U.N.", "EE.UU.", "ONU") is the short name of an
    outlet, a place or a body the reference knows, as printed or its letters run together
    ("UN", "EEUU"), not a writer's. A single letter is never so read."""
    ref = reference()
    initials = initials.strip()
    letters = re.sub(r"[.\s-]", "", initials)
    if len(letters) < 2:
        return False
    return bool(ref.find_source(letters) or ref.gazetteer.whole(letters) or ref.gazetteer.whole(initials))


def _initials_signoff(initials: str, outlet: str) -> str | None:
    """The byline a sign-off of a writer's initials and an outlet gives ("JR", "Example Dispatch"
    -> "JR (Example Dispatch)"), or None: the outlet is one the reference knows or a name read
    as an outlet's (reads_as_outlet_name, reads_as_unknown_outlet), and the initials are no
    outlet's, place's or body's name ("BBC", "U.N.", "ONU"). Source of the rule: sites that
    sign their writers' stories "initials/ Site" under the last paragraph, reposts keeping it."""
    ref = reference()
    initials = initials.strip()
    if _initials_name_a_body(initials):
        return None
    if not (ref.find_source(outlet) or reads_as_outlet_name(outlet) or reads_as_unknown_outlet(outlet)):
        return None
    return f"{initials} ({outlet})"


# A live blog's sign-off: the outlet's name in the possessive and the reporter's ("-Example
# News' Jane Roe", "\u2014 Example Post's Ana Gómez").
_POSSESSIVE_SIGNATURE = re.compile(rf"^[-\u2013\u2014]\s*(?P<outlet>[^'\u2019]{{2,40}})['\u2019]s?\s+(?P<name>{_NAME})$")


# A live blog's time stamp before an entry's headline ("15h17 : ...", "09:05 - ...").
_TIME_STAMP = re.compile(r"^(?:[01]?\d|2[0-3])\s?[h:.]\s?[0-5]\d(?!\d)\s*(?:[:|\u2022\u2013\u2014-]\s+|\s+(?=[A-Z\u00c0-\u00dd\u0110\"\u201c\u00ab]))")
# A numbered item of a list of links above the text ("1. Latest news", "2) Politics").
_NUMBERED_ITEM = re.compile(r"^(?P<n>\d{1,2})[.)]\s+\S")


# A clock glued to the word after it, as copied from a page's neighbouring fields ("09:47EFE
# Editor: ...", "18h05AFP ..."): the word, checked against the reference (without_time_stamp).
_CLOCK_GLUED_TO_WORD = re.compile(r"^(?:[01]?\d|2[0-3])[h:.][0-5]\d(?=(?P<word>[A-Z][\w-]*)\b)")


def without_time_stamp(line: str) -> str:
    """A headline without the time stamp a live blog prints before it ("15h17 : Un Casque
    bleu blessé" -> "Un Casque bleu blessé", "09:05 - Troops leave"), or without a clock glued
    to the news agency the page credits ("09:47EFE Editor: Ana Gil" -> "EFE Editor: Ana Gil":
    an agency of sources.yaml, kind "agency"; "10:30AM" is kept); the line as it is when none
    opens it or nothing of three words would be left."""
    match = _TIME_STAMP.match(line)
    if not match and (glued := _CLOCK_GLUED_TO_WORD.match(line)):
        row = reference().find_source(glued["word"])
        match = glued if row and row.get("kind") == "agency" else None
    if match and len(line[match.end():].split()) >= 3:
        return line[match.end():]
    return line


# A site's name after the headline, as a page's title bar prints it ("... - Africanews",
# "... | VnExpress", "... – Jeune Afrique"): the last separator of the line.
_SITE_SUFFIX = re.compile(r"^(?P<head>.+)\s(?:[|\u2013\u2014\u2022\u00b7-]|::)\s+(?P<site>[^|\u2013\u2014\u2022\u00b7]{2,40})$")


def without_site(title: str, names_site: Callable[[str], bool], printed: re.Pattern = _SITE_SUFFIX) -> str:
    """The title without the part its title bar prints beside the headline, after the last
    separator (printed: _SITE_SUFFIX) or before the first (_SITE_PREFIX), where
    names_site(that part, stripped) holds and three words or more of the headline are left:
    the headline, stripped; the title as it is otherwise. names_site is asked only when the
    title has that shape and those words."""
    match = printed.match(title)
    if match and len(match["head"].split()) >= 3 and names_site(match["site"].strip()):
        return match["head"].strip()
    return title


def title_bar_site(site: str) -> str | None:
    """The outlet's name a title bar prints after the headline ("Headline | The Valley
    Ledger"), stripped; None where it names a section of the site ("| Politics", "| World
    News", "| Health & Science"): every word a navigation or section word (vocabulary
    "navigation_words", "section_words") and the name no known outlet's."""
    site = site.strip()
    ref = reference()
    words = _LETTERS.findall(fold(site)) or [fold(site)]
    if section_name(words) and "." not in site and ref.find_source(site) is None:
        return None
    return site


def section_name(words: list[str]) -> bool:
    """Whether folded words are all a site's menu or section words (vocabulary
    "navigation_words", "section_words"), each as listed or in its plural ("Noticias
    Internacionales", "Régions", "Columns"): the name of a section, not of an outlet."""
    sections = reference().words("navigation_words") | reference().words("section_words")

    def listed(word: str) -> bool:
        return word in sections or (word.endswith("s") and (word[:-1] in sections or (word.endswith("es") and word[:-2] in sections)))
    return bool(words) and all(listed(w) for w in words)


# The fewest lines a page prints with its name appended for the name to be the site's.
SUFFIXED_LINES = 2


def suffixed_site(lines: list[str]) -> str | None:
    """The site's name a page appends to its pictures' legends or alt texts ("A patrol in
    the north. - Example Online"): the same name closing SUFFIXED_LINES lines or more after a
    dash or a bar, one of them printed bare as well (the legend, and its alt text with the
    site's name); None without one. A section's name (title_bar_site) is none."""
    printed = set(lines)
    heads: dict[str, list[str]] = {}
    for line in lines:
        if (m := _SITE_SUFFIX.match(line)) and len(m["site"].split()) <= 6:
            heads.setdefault(m["site"].strip(), []).append(m["head"].strip())
    for site, found in heads.items():
        if len(found) < SUFFIXED_LINES or not any(head in printed for head in found):
            continue
        if (name := title_bar_site(site)):
            return name
    return None


def without_site_name(line: str) -> str:
    """A headline without the name of the outlet a page's title bar prints after it
    ("Peacekeepers killed in Mali - Africanews" -> "Peacekeepers killed in Mali"): the part
    after the last separator is cut when the reference knows it as an outlet (sources.yaml)
    and three words or more are left; the line as it is otherwise."""
    return without_site(line, lambda site: bool(reference().find_source(site)))


def known_site_cut(line: str) -> str | None:
    """The outlet a heading's line prints beside its headline that _bare_heading cuts, one the
    reference knows ("Headline | Example News", "Headline - Example Radio": without_site_name):
    its name as sources.yaml spells it; None where nothing is cut. The site's name of a page
    whose title bar is its only headline line (segment), as headline_site gives it for an
    outlet the reference lacks."""
    line = without_kicker(without_time_stamp(line))
    if without_site_name(line) == line or not (match := _SITE_SUFFIX.match(line)):
        return None
    row = reference().find_source(match["site"].strip())
    return row["name"] if row else None


def _section_part(part: str) -> bool:
    """Whether a crumb of a trail, or a part a title bar prints after the headline, names a
    site's section: its words all menu or section words (section_name: "Internacional",
    "World News", "Thế giới")."""
    return bool(part.strip()) and section_name(_LETTERS.findall(fold(part)))


def without_trail(title: str) -> str:
    """The title read from a page without the navigation printed on its line: the crumbs of a
    breadcrumb trail before it, each a section or a place the gazetteer knows, one a section
    at least ("Inicio / Internacional / Cascos azules parten ..." -> "Cascos azules parten
    ..."; _CRUMB_SEPARATOR), and the sections a title bar prints after it ("... -
    Internacional", "... | Thế giới"); three words or more left, the title as it is
    otherwise. A headline's own slash, dash or bar ("Israël / Hamas : ...", "Peacekeepers
    open a field hospital - and a school") stays."""
    crumbs = _CRUMB_SEPARATOR.split(title)
    if (len(crumbs) >= 2 and len(crumbs[-1].split()) >= 3 and any(_section_part(c) for c in crumbs[:-1])
            and all(_section_part(c) or (len(c.split()) <= 3 and _known_place(c.strip())) for c in crumbs[:-1])):
        title = crumbs[-1].strip()
    while (shorter := without_site(title, _section_part)) != title:
        title = shorter
    return title


def bare_headline(title: str) -> str:
    """A headline as a page's markup or a scraper's record gives it, without what the text's
    headline loses on its line: a stamp glued before it (without_leading_stamp) or after it
    (_stamped_headline), a live blog's time
    stamp, a kicker ("EXCLUSIVE:", "VIDÉO -", a place in capitals), a known outlet's name
    (_bare_heading), an unknown outlet's name that reads as one (without_unknown_site_name) and
    the navigation printed on its line (without_trail)."""
    title = " ".join(title.split())
    if (stamped := _stamped_headline(title)):
        title = stamped[0]
    return without_trail(without_unknown_site_name(_bare_heading(without_leading_stamp(title))))


# A clock time after a day opening a headline's line ("à 10h15", "a las 10:15", "lúc 9:30"),
# maybe its zone, maybe a separator.
_STAMP_TAIL = re.compile(r"^[\s,]*(?:(?:[^\W\d_A-ZÀ-ÝĐ]{1,5}\s+){0,2}\d{1,2}[:h.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]?\d{0,2}\)?)?)?\s*(?:[|\u2013\u2014-]\s*)?")


def _headline_after(title: str, rest: str) -> str:
    """rest, what follows a mark cut from the opening of title (a stamp, a desk slug, a share
    label), where it holds three words or more that open as a headline (_opens_as_headline);
    title as it is otherwise."""
    return rest if len(rest.split()) >= 3 and _opens_as_headline(rest) else title


def without_leading_stamp(title: str) -> str:
    """The title without a page's stamp printed before the headline on its line with no
    separator the date reader cuts at ("03/03/2023 10:15 Peacekeepers hand over ..."): a full
    date with its day and year opening the line, maybe a clock time and a separator after it,
    then three words or more that open as a headline; the title as it is otherwise."""
    first = next(iter(sorted(find_dates(title), key=lambda d: d.start)), None)
    if not (first and first.start == 0 and first.kind == "date" and first.has_year and first.value.day):
        return title
    rest = title[first.end:]
    rest = rest[_STAMP_TAIL.match(rest).end():]
    return _headline_after(title, rest)


# A wire's desk slug printed before the headline on its line: words in capitals joined by
# hyphens, then a colon ("MALI-ONU-ATTAQUE : ..."), a slash ("UN-PEACEKEEPING/ ...") or a
# stop and a dash ("ONU-PAZ.- ..."), then the headline (without_desk_slug).
_DESK_SLUG = re.compile(r"^(?P<slug>[^\W\d_]{2,}(?:-[^\W\d_]{2,})+)(?P<mark>\s?:|/|\.-)\s*(?P<head>\S.*)$")
# The fewest capitalised words of a slug closed by a colon: "RDC-ONU : ..." may be a topic the
# site printed as part of its headline, an agency's slug names three topics or more.
SLUG_COLON_PARTS = 3


def without_desk_slug(title: str) -> str:
    """The title without a news agency's desk slug printed before the headline on its line
    (_DESK_SLUG, every word of it in capitals: "MALI-ONU-ATTAQUE : Trois Casques bleus tués
    ...", "UN-PEACEKEEPING/ Peacekeepers ...", "ONU-PAZ.- Los cascos azules ..."), where three
    words or more that open as a headline follow; a slug closed by a colon holds
    SLUG_COLON_PARTS words or more. The title as it is otherwise. A slug is the wire's filing
    code, which the copy of a small paper keeps: no part of the headline a reader is shown."""
    match = _DESK_SLUG.match(title)
    if not match or not match["slug"].isupper():
        return title
    if match["mark"].strip() == ":" and len(match["slug"].split("-")) < SLUG_COLON_PARTS:
        return title
    head = match["head"]
    return _headline_after(title, head)


@lru_cache(maxsize=1)
def _share_label() -> re.Pattern:
    """A share bar's label opening a line, on folded text (vocabulary "share_labels"), then a
    colon: group "head" what follows. A label of two words or more may have a network's name
    after it (one word: "Share on Facebook", "Compartir en Twitter"); a label of one word is
    closed by the colon itself, for one word after it makes a headline's kicker of a verb or
    of a preposition ("Share power: ...", "Email scam: ...", "In Mali: ...", "Enviar tropas: ...")."""
    words = [fold(w) for listed in reference().vocabulary["share_labels"].values() for w in listed]
    several = alternation({w for w in words if " " in w})
    one = alternation({w for w in words if " " not in w})
    return re.compile(r"^(?:(?:" + several + r")(?:\s+[^\W\d_]+)?|(?:" + one + r"))\s*:\s*(?P<head>\S.*)$")


def without_share_label(title: str) -> str:
    """The title without a share bar's label printed before the headline on its line ("Share
    on Facebook: Peacekeepers stay ...", "Partager : ...", "Chia sẻ: ...": _share_label), where
    three words or more that open as a headline follow; the title as it is otherwise. A copy
    of a page whose heading was lost keeps the headline in its share button's text."""
    match = _share_label().match(fold_same_length(title))
    if not match:
        return title
    head = title[match.start("head"):]
    return _headline_after(title, head)


def without_unknown_site_name(title: str) -> str:
    """The title read from a page without the name of an outlet the reference lacks that its
    title bar prints after the headline, where that name reads as an outlet's
    (reads_as_outlet_name: "... - Diario del Puerto", "... | Báo Bình Minh", "... - VietZone")
    and three words or more are left; the title as it is otherwise (without_site_name cuts a
    known outlet's name). Applied to the title once chosen: a title bar printed above the bare
    headline gives the site's name instead (_choose_title)."""
    if (cut := without_site(title, reads_as_outlet_name)) != title:
        return cut
    # the site's name printed first ("The Harbour Courier: <headline>", "VietZone | <headline>")
    return without_site(title, _outlet_name_first, _SITE_PREFIX)


# A site's name before the headline, as some title bars print it ("Example News | Headline",
# "Example News: Headline"): the first separator of the line.
_SITE_PREFIX = re.compile(r"^(?P<site>[^|:\u2013\u2014\u2022\u00b7]{2,40}?)(?:\s(?:[|\u2013\u2014\u2022\u00b7-]|::)|:)\s+(?P<head>.+)$")


def _outlet_name_first(site: str) -> bool:
    """Whether the words a title bar prints before the headline name an outlet: one the
    reference knows (sources.yaml), or one that reads as an outlet's name (reads_as_outlet_name)
    with its kind's word where outlets' names put it - a word of outlet_type_words first, after
    an article ("Diario del Puerto", "Le Journal des Dunes") or a newspaper's word last
    (news_title_words: "The Harbour Courier") - so that a place or a topic before a colon
    ("Times Square: ...", "Mali : ...") is none."""
    if reference().find_source(site):
        return True
    if not reads_as_outlet_name(site):
        return False
    words, ref = fold(site).split(), reference()
    if len(words) == 1:
        return True  # a web domain or a brand with a capital inside it
    while len(words) > 1 and words[0] in ref.words("name_articles"):
        words = words[1:]
    return words[0] in ref.words("outlet_type_words") or holds_listed_word(words, ref.words("news_title_words"))


# The most words of an outlet's name the reference lacks, read after a title bar's separator.
OUTLET_NAME_WORDS = 5
# A brand written in one word with a capital inside it ("ExampleNews", "RidgeTV",
# "GuinéeMatin": letters of any accent), not a surname's "Mc"/"Mac" ("McCarthy").
_MC_PREFIX = re.compile(r"Ma?c(?=[^\W\d_])")


def inner_capital(word: str) -> bool:
    """Whether one word of letters (any accents) holds a capital right after a small letter, as
    a brand is written ("ExampleNews", "RidgeTV", "GuinéeMatin", "ÉcoSahel"), not after a
    surname's "Mc" or "Mac" ("McKenzie", "MacDonald"). Letters only: no digit, no mark."""
    if not word.isalpha() or ((m := _MC_PREFIX.match(word)) and word[m.end()].isupper()):
        return False
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def reads_as_outlet_name(site: str) -> bool:
    """Whether the words a title bar prints after its last separator read as an outlet's name
    the reference does not know: a web domain ("Example.vn"), one word with a capital inside
    it as brands are written ("ExampleNews", "VietBF"), or up to OUTLET_NAME_WORDS words,
    each capitalised but for connectors, holding a word of an outlet's kind or of a
    newspaper's name (vocabulary outlet_type_words, news_title_words: "Diario del Puerto",
    "Báo Bình Minh", "The Harbour Courier"), compared with their diacritics (_outlet_word_forms:
    "Quốc Bảo", a person's name, holds no "báo"). A clause of the headline ("- and a school",
    "- UN says") is none."""
    words = site.split()
    if not 1 <= len(words) <= OUTLET_NAME_WORDS:
        return False
    if len(words) == 1 and (_WEB_DOMAIN.fullmatch(site) or inner_capital(site)):
        return True
    connectors = _lowercase_in_names()
    if not words[0][:1].isupper() or not all(w[:1].isupper() or w[:1].isdigit() or fold(w) in connectors for w in words):
        return False
    return holds_listed_word(_outlet_word_forms(words), _outlet_words_printed(), any_word=True, any_pair=True)


@lru_cache(maxsize=1)
def _outlet_words_printed() -> frozenset[str]:
    """The words of an outlet's kind or a newspaper's name (vocabulary outlet_type_words,
    news_title_words) lowercased with their diacritics, and folded too (for words a page prints
    without any)."""
    vocab = reference().vocabulary
    listed = {unicodedata.normalize("NFC", w).lower() for key in ("outlet_type_words", "news_title_words") for w in vocab[key]}
    return frozenset(listed | {fold(w) for w in listed})


def _outlet_word_forms(words: list[str]) -> list[str]:
    """Words as reads_as_outlet_name compares them with the listed ones: lowercased with their
    diacritics; a word printed without any (a page typed without accents, "Bao Nhan Dan") folded.
    Folded always, the Vietnamese name "Quốc Bảo" would hold "báo" (a newspaper)."""
    forms = []
    for word in words:
        printed = unicodedata.normalize("NFC", word).lower()
        forms.append(printed if printed != fold(printed) else fold(printed))
    return forms


@lru_cache(maxsize=None)
def _kicker_pattern() -> re.Pattern:
    words = alternation(_kicker_words())
    return re.compile(r"^[\W_]*(?:" + words + r")\s*(?::|\s[|\u2013\u2014-])\s+")


@lru_cache(maxsize=None)
def _kicker_words() -> frozenset[str]:
    """vocabulary headline_kickers, folded."""
    return frozenset(fold(w) for w in reference().vocabulary["headline_kickers"])


@lru_cache(maxsize=None)
def _bracketed_kicker_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a kicker in brackets opening a line, one closing it), folded: vocabulary headline_kickers."""
    words = alternation(_kicker_words())
    label = r"[\[(]\s*\+?\s*(?:" + words + r")\s*[\])]"
    return re.compile(r"^[\W_]*?" + label + r"\s*(?:[:|\u2013\u2014-]\s+)?"), re.compile(r"\s*" + label + r"\W*$")


# The fewest words after a kicker that is also a picture's credit word ("PHOTOS: ...") for
# the line to be read as a headline rather than a credit (_kicker_opening_headline).
KICKER_HEADLINE_WORDS = 4


def _kicker_opening_headline(line: str, unkicked: str) -> bool:
    """Whether a line that reads as a picture's credit ("Photos: UN/Jane Roe": vocabulary
    photo_credit_words, credit_alone) is rather a headline under a kicker of the same word
    ("PHOTOS: Kenyan engineers in Abyei receive UN medals", "FOTOS: Ingenieros kenianos
    condecorados"; vocabulary headline_kickers): the kicker cut (unkicked, without_kicker),
    KICKER_HEADLINE_WORDS words or more are left and they are no credited names
    (_credits_names: each word capitalised but for the joiners of names)."""
    return unkicked != line and len(unkicked.split()) >= KICKER_HEADLINE_WORDS and not _credits_names(unkicked)


def without_kicker(line: str) -> str:
    """A headline without the label a page prints before it to say what kind of item it is
    ("EXCLUSIVE: UN chief condemns ..." -> "UN chief condemns ...", "VIDÉO - Des Casques
    bleus ..."; vocabulary headline_kickers), or in brackets before or after it ("[VIDEO]
    Peacekeepers rebuild ...", "Peacekeepers rebuild ... [PHOTOS]", "(Vidéo) ..."); the line
    as it is when none opens it or fewer than three words would be left."""
    folded = fold_same_length(line)
    opening, closing = _bracketed_kicker_patterns()
    if (match := closing.search(folded)) and len(line[:match.start()].split()) >= 3:
        line, folded = line[:match.start()], folded[:match.start()]
    if (match := opening.match(folded)) and len(line[match.end():].split()) >= 3:
        return line[match.end():]
    match = _kicker_pattern().match(folded)
    if match and len(line[match.end():].split()) >= 3:
        return line[match.end():]
    return without_caps_kicker(without_glued_sections(line))


# A word of a breadcrumb trail whose items a copy glued together, each opening on a capital
# ("ActualitéInternational", "NewsWorld"): its items.
_GLUED_ITEMS = re.compile(r"[A-ZÀ-ÝĐ][a-zß-ÿđ]+")


def without_glued_sections(line: str) -> str:
    """A headline without the breadcrumb a copy glued before it, its section names run
    together in one word ("ActualitéInternational Le Conseil de sécurité ..." -> "Le Conseil
    de sécurité ...", "NewsWorld UN extends ..."): the first word made of two capitalised
    items or more, each a site's menu or section word (section_name), the headline after it
    opening on a capital and three words or more long. The line as it is otherwise (a brand
    with a capital inside, "YouTube", "PlayStation", names no section)."""
    first, _, rest = line.partition(" ")
    items = _GLUED_ITEMS.findall(first)
    if len(items) < 2 or "".join(items) != first or len(rest.split()) < 3 or not rest[:1].isupper():
        return line
    return rest if section_name([fold(item) for item in items]) else line


def without_caps_kicker(line: str) -> str:
    """A headline without the place or section name a page prints before it in capitals, on
    the same line ("MALI Deux Casques bleus tués par une mine" -> "Deux Casques bleus tués
    par une mine", "SOUTH SUDAN Troops leave Juba", "MONDE Les casques bleus ..."): one to
    three words in capitals, cut when they name a place the gazetteer knows (a country or
    city), a kicker of vocabulary headline_kickers or a site's section (section_name), the
    headline after them opens with a capitalised word or a figure, and three words or more
    are left; the line as it is otherwise (an acronym opening a headline, "UNIFIL Troops
    ...", names no place and stays). A section's word is cut only before a headline not in
    Title Case (_title_case) and when it opens no name the gazetteer knows with the words
    after it (_opens_known_name): "WORLD Cup Qualifier Moved ...", "INTERNATIONAL Criminal
    Court opens ..." stay whole."""
    words = line.split(" ")
    caps = 0
    while caps < min(3, len(words)) and len(words[caps]) >= 2 and words[caps].isupper() and words[caps].replace("-", "").replace("'", "").isalpha():
        caps += 1
    if not caps:
        return line
    kickers = _kicker_words()
    for size in range(caps, 0, -1):
        rest = words[size:]
        first = rest[0] if rest else ""
        if len(rest) < 3 or not (first[:1].isupper() or first[:1].isdigit()) or not (first[1:2].islower() or first[1:2].isdigit() or first.isdigit()):
            continue
        kicker = " ".join(words[:size])
        if _known_place(kicker.title()) or fold(kicker) in kickers:
            return " ".join(rest)
        if section_name(fold(kicker).split()) and not _title_case(rest) and not _opens_known_name(kicker, rest):
            return " ".join(rest)
    return line


# The fewest letters of a word that a headline in Title Case capitalises (shorter ones, "of",
# "the", "in", may stay in lower case).
TITLE_CASE_LETTERS = 4


def _title_case(words: list[str]) -> bool:
    """Whether a headline's words (as printed) are in Title Case: every word of
    TITLE_CASE_LETTERS letters or more opens on a capital ("Cup Qualifier Moved as Peacekeepers
    Guard the Stadium"). A section's word printed in capitals before such a headline cannot be
    told from the headline's own first word printed so ("WORLD Cup Qualifier ...")."""
    long = [w for w in words if len(w) >= TITLE_CASE_LETTERS and w[:1].isalpha()]
    return bool(long) and all(w[:1].isupper() for w in long)


def _opens_known_name(kicker: str, rest: list[str]) -> bool:
    """Whether a word printed in capitals before a headline (kicker) is the first word of a
    name the gazetteer knows with the headline's first words ("INTERNATIONAL Criminal Court
    ...", "WORLD Food Programme ..."), so no section's name."""
    whole = reference().gazetteer.whole
    return any(whole(" ".join([kicker.title(), *rest[:size]])) for size in range(1, min(3, len(rest)) + 1))


def _numbered_menu(lines: list[str]) -> set[int]:
    """Indices of the lines of a numbered list of short items counting up (1., 2., 3.), at
    least two: a list of links (trending topics, a site's menu) when it stands above the text.
    A numbered item alone made only of menu or section words ("1. Politics", "2. Monde":
    section_name) is a menu's item as well, the one a copy kept of the list."""
    menu: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        match = _NUMBERED_ITEM.match(line)
        short = match and len(line.split()) <= 9 and not line.endswith((".", "!", "?"))
        if short and (not run or int(match["n"]) == int(_NUMBERED_ITEM.match(lines[run[-1]])["n"]) + 1):
            run.append(index)
            continue
        if len(run) >= 2 or (len(run) == 1 and section_name(_LETTERS.findall(fold(re.sub(r"^\s*\d{1,2}[.)]\s+", "", lines[run[0]]))))):
            menu.update(run)
        run = [index] if short else []
    return menu


def agency_credit(line: str) -> tuple[str, str] | None:
    """A caption closed by a photo credit naming an outlet and a photographer with a slash
    ("Troops on patrol near Goma AFP/Jane Doe", "... Jane Doe / Reuters"): the caption and the
    credit; None unless one side of the slash is an outlet the reference knows (sources.yaml)
    and the other one to four capitalised words, after a caption of three words or more, and
    the line does not end as a sentence does."""
    if line.rstrip().endswith((".", "!", "?", ":", ";")):
        return None  # a sentence ("... a Reuters/Ipsos poll."), not a legend closed by its credit
    head, slash, tail = line.rpartition("/")
    tail_words = tail.strip().rstrip(".").split()
    words = head.split()
    if not slash or not 1 <= len(tail_words) <= 4 or len(words) < 4:
        return None
    ref = reference()
    tail_source = ref.find_source(" ".join(tail_words))
    for size in (2, 3, 1):  # a photographer's name is most often two words
        left = words[-size:]
        if len(words) - size < 3:
            continue
        if not all(w[:1].isupper() and re.fullmatch(r"[\w.'\u2019&-]+", w) for w in [*left, *tail_words]):
            continue
        if tail_source and all(w[:1].isupper() for w in left) or ref.find_source(" ".join(left)):
            if _desk_signature(" ".join(words[:-size]), tail_words):
                return None  # "... du Sud. – VNA/VI": the agency and its desk signing the text
            return " ".join(words[:-size]).rstrip(" ,.-\u2013\u2014"), " ".join(left) + "/" + " ".join(tail_words)
    return None


# A picture's legend closed, after its stop, by a photographer's credit in the agencies' form
# NAME / AGENCY: two to four capitalised words (the photographer), a slash, then one to four
# capitalised words (the agency, the outlet or the body that owns the picture), closing the line,
# maybe the whole credit in brackets ("... in Juba. (JANE ROE / UNMISS)").
_CREDIT_WORD = r"[A-Z\u00c0-\u00dd\u0110][\w'\u2019.&-]*"
_PHOTO_CREDIT_TAIL = re.compile(
    rf"[.!?]\s+(?P<open>\()?(?P<name>{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{1,3}})\s*/\s*"
    rf"(?P<owner>{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{0,3}})(?(open)\))\s*$")


def photo_credited_legend(line: str) -> bool:
    """Whether a line is a picture's legend closed, after its stop, by a photographer's credit
    in the agencies' form NAME / AGENCY ("Soldiers at the airfield in Juba. JANE ROE / UNMISS",
    "Un militaire à Bangui. Jean Dupont / AFP", the credit maybe in brackets): the
    photographer's two to four words in capitals, or, in Title Case, before an outlet the
    reference knows (sources.yaml). A line
    of Title Case words before the slash and words no known outlet's after it ("Talks in Juba.
    Joint Army / Police Patrols", "Entretien. Jean Dupont / ONU"), or with words after the
    letters, is none: a headline may print such a slash.
    Input: one line of the text; output: True or False."""
    match = _PHOTO_CREDIT_TAIL.search(line.rstrip())
    if not match:
        return False
    name, owner = match["name"], match["owner"]
    return any(map(str.isalpha, name)) and (name.upper() == name or reference().find_source(owner) is not None)


# The most words of a picture's legend closed by a news agency's name after its stop
# (legend_agency_credit); a longer line is a paragraph the agency signs off.
LEGEND_CREDIT_WORDS = 20
# The legend's stop, then the agency's name alone closing the line (maybe with its own stop).
_LEGEND_THEN_NAME = re.compile(r"^(?P<legend>.+?)\.\s+(?P<name>[^\s.][^.]{0,40}?)\.?$")


def legend_agency_credit(line: str) -> tuple[str, str] | None:
    """A picture's legend closed by a news agency's name alone after its full stop ("Soldiers
    of the mission near Tyre. AFP", "Des Casques bleus à Gao. REUTERS"; sources.yaml kind
    agency): (the legend, the agency as printed). None where the name is no agency's, the
    legend holds another sentence's stop, fewer than two words or more than
    LEGEND_CREDIT_WORDS, or the credit goes on after the name ("AFP / Jane Roe": a
    photographer's credit, agency_credit's). An agency sells pictures to every outlet: such a
    line credits the picture, not the story (tests/corpus/README)."""
    match = _LEGEND_THEN_NAME.match(line.strip())
    if not match:
        return None
    legend, name = match["legend"].strip(), match["name"].strip()
    words = legend.split()
    if not 2 <= len(words) <= LEGEND_CREDIT_WORDS or re.search(r"[.!?]\s", legend) or "/" in name:
        return None
    row = reference().find_source(name)
    if row is None or row.get("kind") != "agency":
        return None
    return legend, name


def _desk_signature(head: str, tail_words: list[str]) -> bool:
    """Whether an agency and initials after a slash close a sentence after a dash ("... du
    Sud. – VNA/VI"): the agency and its desk's or writer's initials signing the text, not a
    photo's credit (a photographer's name is written in words, "AFP/Jane Doe")."""
    return (len(tail_words) == 1 and tail_words[0].isupper() and tail_words[0].isalpha() and len(tail_words[0]) <= 4
            and re.search(r"[.!?\u2026][\"\u201d\u00bb)]*\s*(?:--|[-\u2013\u2014])\s*$", head) is not None)


@lru_cache(maxsize=None)
def _credit_pattern(kinds: bool = False, article: bool = False, word: bool = False) -> re.Pattern:
    """A short credit line as folded (fold_same_length), between any marks: a credit word
    (vocabulary source_credit_words: "Source", "Theo"), a colon or none, then the name in
    group "value". kinds=False: the credit word may be missing, the name opens with a letter
    or digit ("Source: Example Times", "Example Times"); kinds=True: the credit word is
    needed and the name opens with a word saying what kind of outlet it is (vocabulary
    outlet_type_words: "Theo Báo Example"), that word in group "kind". article=True: an
    article stands between the credit word and the name ("Avec l'AFP", "with the AP";
    vocabulary source_citing_articles). word=True: the credit word is needed ("avec AFP", not
    "AFP")."""
    vocab = reference().vocabulary
    articles = {fold(w) for listed in vocab["source_citing_articles"].values() for w in listed}
    between = (r"(?:(?:" + alternation(w for w in articles if not w.endswith("'")) + r")\s+|(?:"
               + alternation(w for w in articles if w.endswith("'")) + r"))") if article else ""
    credit = r"(?:" + alternation(fold(w) for w in vocab["source_credit_words"]) + r")\b\s*:?\s*" + between
    if kinds:
        kind = alternation(fold(w) for w in vocab["outlet_type_words"])
        return re.compile(r"^[\W_]*" + credit + r"(?P<value>(?P<kind>" + kind + r")\b.*?)[\W_]*$", re.I)
    if article or word:  # (the credit word is needed before the article)
        return re.compile(r"^[\W_]*" + credit + r"(?P<value>\w.*?)[\W_]*$")
    return re.compile(r"^[\W_]*(?:" + credit + r")?(?P<value>\w.*?)[\W_]*$")


@lru_cache(maxsize=None)
def _glued_credit_word() -> re.Pattern:
    """A credit word opening a line glued to a capitalised name after it ("SourceNaharnet",
    "FuenteEFE", "NguồnTTXVN"; vocabulary source_credit_words of one word)."""
    words = alternation(re.escape(w) for w in reference().vocabulary["source_credit_words"] if " " not in w)
    return re.compile(r"^[\W_]*(?i:" + words + r")(?=[A-ZÀ-ÝĐ])")


# (a plus joins two outlets only with a space before it and a name after: "Reuters + AFP"; "Vietnam+" is one outlet's name)
# (and a conjunction between spaces: vocabulary "credit_part_conjunctions", as written)
@lru_cache(maxsize=1)
def _credit_parts() -> re.Pattern:
    """What separates two outlets of a credit line: a comma, slash, semicolon, ampersand, a
    plus as said above, or a conjunction between spaces; spaces around it."""
    return re.compile(r"\s*(?:[,/;&]|(?<=\s)\+(?=\s*\w)|\s(?:" + _listed_words("credit_part_conjunctions", False) + r")\s)\s*")
# Marks a printed outlet's name may close on ("Vietnam+", "Yahoo!"), which the credit line's
# trailing marks would otherwise take: kept where the name with them is one the reference knows.
_NAME_CLOSING_MARKS = re.compile(r"[+!]+")


# A web address alone on its line ("https://www.example.org/news/2022/03/03/a.html",
# "www.example.org"): page furniture.
_LONE_ADDRESS = re.compile(r"\W{0,3}(?:https?://|www\.)[^\s/]+\.[a-z]{2,}(?:/\S*)?\W{0,3}", re.I)


def credit_line(line: str) -> str | None:
    """The outlet a line crediting a report's sources names ("(with AFP)", "Avec AFP et
    Reuters", "Con información de EFE.", "Theo TTXVN", "— Reuters", "Source : APS", "AFP/Edited
    by JR"): the first one, as printed; None unless every outlet the line lists is one the
    reference knows (sources.yaml) and the line is little else (vocabulary
    source_credit_words before them; a desk's or writer's credit after the first, _desk_credit)."""
    outlets = credit_outlets(line)
    return outlets[0] if outlets else None


def credit_outlets(line: str) -> list[str]:
    """Every outlet a credit line lists, as printed, in order ("Avec AFP et Reuters" -> ["AFP",
    "Reuters"]; a desk's or writer's credit after the first is none: "AFP/Edited by JR" ->
    ["AFP"]); [] where credit_line reads none."""
    if len(line.split()) > 10:
        return []
    if (glued := _glued_credit_word().match(line)):  # "SourceNaharnet", "FuenteEFE": the label glued to the name
        line = line[:glued.end()] + ": " + line[glued.end():]
    # (the name right after the credit word, "Source: Le Monde"; else after an article,
    # "Avec l'AFP")
    if (outlets := _credited_in(line, _credit_pattern()) or _credited_in(line, _credit_pattern(article=True))):
        return outlets
    # the site's unnamed newsroom signing (vocabulary anonymous_bylines), then the credit in
    # brackets ("La rédaction (avec AFP)", "Staff (with Reuters)"): the bracket's credit, its
    # credit word needed; a writer's name there ("Jean Dupont (avec AFP)") is a signature,
    # read with its writer elsewhere
    if (signed := _SIGNED_CREDIT.match(line.strip())) and fold(signed["head"].strip()) in reference().words("anonymous_bylines") \
            and _credit_pattern(word=True).match(fold_same_length(signed["credit"])):
        return credit_outlets(signed["credit"])
    # an outlet's name alone, then the same outlet spelled out in brackets ("DPA (Deutsche
    # Press Agency-Agencia de Prensa Alemana)", "AFP (Agence France-Presse)"): the name
    if (glossed := _SIGNED_CREDIT.match(line.strip())) and _spelled_out(glossed["head"].strip(), glossed["credit"]):
        return credit_outlets(glossed["head"])
    return []


def _spelled_out(name: str, gloss: str) -> bool:
    """Whether a bracket after an outlet's name spells the same outlet out: the whole of it, or
    one of the parts a dash or a slash joins ("Deutsche Press Agency-Agencia de Prensa
    Alemana", the name in two languages), names the outlet's sources.yaml row, or its words'
    initials are the name ("DPA": Deutsche Press Agency; _outlet_initials). False where the
    name alone is no outlet the reference knows (a person's, a body's: "Jean Dupont (Reuters)")."""
    row = reference().find_source(name)
    if row is None or credit_outlets(name) != [name]:
        return False
    parts = [gloss, *(part for part in re.split(r"\s*[-\u2013\u2014/;]\s*", gloss) if part)]
    return any((reference().find_source(part) or {}).get("id") == row["id"] or _outlet_initials(name, part) for part in parts)


# A signature, then a credit in brackets closing the line ("La rédaction (avec AFP)"):
# groups head (the signature) and credit (the bracket's words).
_SIGNED_CREDIT = re.compile(r"^(?P<head>[^()]{2,40}?)\s*\((?P<credit>[^()]{2,60})\)\W*$")


def _credited_in(line: str, pattern: re.Pattern) -> list[str]:
    """credit_outlets' outlets as one credit pattern reads the line, [] where it reads none."""
    match = pattern.match(fold_same_length(line))
    if not match:
        return []
    value = line[match.start("value"):match.end("value")]
    ref = reference()
    if (mark := _NAME_CLOSING_MARKS.match(line, match.end("value"))) and ref.find_source(value + mark.group()):
        value += mark.group()  # "Theo Vietnam+": the plus is the name's
    parts = [part for part in _credit_parts().split(value) if part]
    # "Redacción / EFE", "EFE / Redacción": the site's unnamed newsroom beside the outlet
    # (vocabulary anonymous_bylines) is none of the outlets the line lists
    if len(parts) > 1:
        newsroom = ref.words("anonymous_bylines")
        parts = [part for part in parts if fold(part.strip()) not in newsroom]
    # "Example News Agency/Recorded by JR": the desk's or writer's credit after the outlet's
    # is none of the outlets the line lists
    outlets = parts[:1] + [part for part in parts[1:] if not _desk_credit().match(fold(part))]
    if outlets and all(ref.find_source(part) for part in outlets):
        return [part.strip() for part in outlets]
    return []


@lru_cache(maxsize=1)
def _desk_credit() -> re.Pattern:
    """A writer's or editor's credit opening a part of a credit line, one to four words after
    it ("recorded by JR", "edited by Jane Roe"; vocabulary credit_writer_phrases,
    credit_editor_phrases, credit_desk_phrases), on folded text."""
    vocab = reference().vocabulary
    phrases = {fold(w) for key in ("credit_writer_phrases", "credit_editor_phrases", "credit_desk_phrases") for w in vocab[key]}
    return re.compile(r"(?:" + alternation(phrases) + r")\s+[\w.'-]+(?:\s+[\w.'-]+){0,3}\s*$")


# Whole-page copies: the article's running text opens with PROSE_RUN prose lines (of
# PROSE_WORDS words or more, with a sentence's stop) at most PROSE_GAP lines apart; its
# headline is among the HEADLINE_REACH lines above them. Pages copied whole print hundreds
# of menu and teaser lines first; a text whose headline sits within MENU_LINES lines of its
# top is read as it comes.
PROSE_WORDS = 15
PROSE_RUN = 2
PROSE_GAP = 3
HEADLINE_REACH = 15
MENU_LINES = 12
# The lines above the headline found that are still read: a date line or a byline among
# the KEPT_ABOVE lines right above it (the rest of them is a kicker, a section's name or
# teasers).
KEPT_ABOVE = 3


def _is_prose(line: str) -> bool:
    """A line of running text: PROSE_WORDS words or more and a sentence's stop in it or at
    its end; not a menu, a copyright line or a date line."""
    if len(line.split()) < PROSE_WORDS or "\u00a9" in line or _is_navigation(line, before_title=False):
        return False
    return bool(_SENTENCE_STOP.search(line))


# A sentence's stop: at the end of the line, or before the capital opening the next sentence
# (not the stop of "U.S. city").
_SENTENCE_STOP = re.compile(r"[.!?\u2026](?:[\"\u201d\u00bb\u2019)]*$|\s+[\"\u201c\u00ab(]?[A-ZÀ-ÝĐ])")


def _first_prose_run(lines: list[str], start: int = 0) -> int | None:
    """Index of the first line from start that opens a run of PROSE_RUN prose lines, each at
    most PROSE_GAP lines after the one before; None when the text holds no such run."""
    # Read line by line, each prose line closing the run of the PROSE_RUN last ones: the
    # lines below the first run are never looked at.
    run: list[int] = []
    for i in range(start, len(lines)):
        if not _is_prose(lines[i]):
            continue
        run = [*run[1 - PROSE_RUN:], i] if PROSE_RUN > 1 else [i]
        if len(run) == PROSE_RUN and all(b - a <= PROSE_GAP for a, b in zip(run, run[1:])):
            return run[0]
    return None


def _headline_above(lines: list[str], lead: int) -> int | None:
    """Index of the headline above a run of prose opening at lead (_headline_found), or of
    the headline printed in capitals right above the line found, where that line is its deck
    or its picture's legend (_caps_headline_over). None when no line above holds so."""
    found = _headline_found(lines, lead)
    return _caps_headline_over(lines, found) if found is not None else None


# The most lines between a headline printed in capitals and the deck under it (blank ones).
CAPS_DECK_GAP = 2
# The fewest content words a headline in capitals shares with the deck or legend under it.
CAPS_DECK_SHARED = 2


def _caps_headline_over(lines: list[str], found: int) -> int:
    """found, or the index of a line in capitals right above it (CAPS_DECK_GAP lines at
    most, blank ones between) that reads as a headline: CAPS_HEADLINE_WORDS words or more,
    no date or credit, no menu or byline, sharing CAPS_DECK_SHARED content words or more with
    the line found, which is then its deck or its picture's legend ("ARMY CHIEF HONOURS
    BATTALION 12 AT MEDALS PARADE" over "Soldiers of Battalion 12 receive their medals"). A
    kicker or a section's name in capitals is shorter; a site's slogan shares no word with
    the headline; a line found that the page prints twice nearby (its title bar, its heading)
    is the headline, under a banner or a section's name in capitals sharing its words. The rule
    of _choose_title, which reads a headline in capitals the same way where the text's head is
    read alone."""
    for i in range(found - 1, max(-1, found - 1 - CAPS_DECK_GAP), -1):
        line = _bare_heading(lines[i]).strip()
        if not line:
            continue
        if (_caps_over_deck(line, lines[found]) and _is_headline(line) and not _dated_or_credited(lines[i])
                and not _is_navigation(lines[i], before_title=False) and not byline_match(lines[i])
                and not _printed_twice(lines, found)):
            return i
        break
    return found


def _printed_twice(lines: list[str], index: int) -> bool:
    """Whether the headline a line prints (_bare_heading) is printed again by another line
    within HEADLINE_REACH lines of it, alone or beside the site's name after a bar or a
    dash (the page's heading, its title bar: "Headline | Site")."""
    heading = _bare_heading(lines[index]).strip()
    again = re.compile(r"(?:.*\s[|\u2013\u2014-]\s+)?" + re.escape(heading) + r"(?:\s+[|\u2013\u2014-]\s.*)?")
    return bool(heading) and any(j != index and again.fullmatch(lines[j].strip())
                                 for j in range(max(0, index - HEADLINE_REACH), min(len(lines), index + HEADLINE_REACH + 1)))


def _caps_over_deck(line: str, deck: str) -> bool:
    """Whether line, printed right above deck, is a headline in capitals over its deck or its
    picture's legend: CAPS_HEADLINE_WORDS words or more in capitals, opening with a letter or
    a figure, sharing CAPS_DECK_SHARED content words or more with the deck, itself not in
    capitals (_caps_headline_over)."""
    line = line.strip()
    return (line.isupper() and not deck.strip().isupper() and len(line.split()) >= CAPS_HEADLINE_WORDS
            and (line[:1].isalpha() or line[:1].isdigit())
            and len(_content_words(line) & _content_words(deck)) >= CAPS_DECK_SHARED)


# The fewest words of a short headline the page prints twice above the text ("Peacekeepers
# Honoured" as the page's title, then over the text): fewer than a headline's usual four.
SHORT_HEADLINE_WORDS = 2


def _headline_shaped(heading: str, line: str) -> bool:
    """Whether a line reads as a headline, whatever its length: its heading (heading: the line
    as _bare_heading gives it) is headline-like and opens as a headline does (_is_headline,
    _opens_as_headline, quotation marks around it set aside), and the line (as printed) holds
    no date or credit, and is no menu or byline. The shape _headline_found and
    _short_headline_printed_twice ask of a line, each with its own number of words."""
    bare = _unquoted(heading)
    # (a line closing on a comma is a sentence cut short, a paragraph a copy cut or the first
    # half of a headline split over two lines: no headline by itself)
    return (_is_headline(bare) and _opens_as_headline(bare) and not bare.rstrip().endswith(",")
            and not _dated_or_credited(line)
            and not _is_navigation(line, before_title=False) and not byline_match(line) and not opens_with_byline(line))


def _short_headline_printed_twice(lines: list[str], reach: range, text_words: set[str]) -> int | None:
    """Index of the lower copy of a short headline (SHORT_HEADLINE_WORDS to three words,
    opening as a headline, no date, credit, menu or byline) printed twice, word for word, among
    the lines in reach above the text, sharing a content word with the text's first lines: a
    press release's title printed as the page's title, then again over the text, with the
    issuer's name and the kind of release between ("Peacekeepers Honoured" / "Harbour Defence
    Force" / "Media Release" / "Peacekeepers Honoured"). None where no such line is printed
    twice."""
    seen: dict[str, int] = {}
    found = None
    for i in reach:
        line = _bare_heading(lines[i]).strip()
        if not SHORT_HEADLINE_WORDS <= len(line.split()) <= 3:
            continue
        if line in seen:
            if _content_words(line) & text_words:
                found = i
            continue
        if _headline_shaped(line, lines[i]):
            seen[line] = i
    return found


def _headline_found(lines: list[str], lead: int) -> int | None:
    """Index of the headline among the HEADLINE_REACH lines above a run of prose opening at
    lead: a heading-like line (four to thirty words, opening as a headline does, no full date
    or credit, not a menu or a byline) printed twice nearby and sharing a word with the run's
    first lines, else a short headline printed twice with no such heading sharing a word with
    the text above its first copy or under its second (_short_headline_printed_twice), else
    the first sharing two
    content words or more with the run's first lines, else the nearest sharing one word, else
    the first printed under a picture's legend and over the head's summary, date line or
    byline (_legend_over_headline). None when no line above holds so."""
    reach = range(max(0, lead - HEADLINE_REACH), lead)
    p = _line_patterns()
    # (a link to another story inside the text, "Read also: ...", is no word of the text's)
    text_words = _content_words(" ".join(line for line in lines[lead:lead + 5] if not p["teaser_line"].match(fold(line))))
    candidates = []
    for i in reach:
        line = _bare_heading(lines[i])
        if not 4 <= len(line.split()) <= 30 or not _headline_shaped(line, lines[i]):
            continue
        candidates.append((i, line))
    words = {i: _content_words(lines[i]) for i, _line in candidates}
    shared = {i: len(words[i] & text_words) for i in words}
    for i, line in candidates:
        # (a teaser printed twice, its picture's legend and its link, shares no word with the text)
        if shared[i] and any(j != i and (other == line or lines[j].endswith(" " + line)) and not _split_or_legend_copy(lines, i, j, shared, lead)
                             for j, other in enumerate(lines[reach.start:lead], reach.start)):
            return i
    # a short headline printed twice, where no longer heading sharing a word with the text
    # stands above its first copy or under its second: beside a section's name printed twice
    # (the menu, then the section's heading, or its label, then a tag: "Mission Updates"), the
    # headline printed once above or below both is the page's. Between the two copies stand a
    # release's issuer and kind ("Harbour Defence Force" / "Media Release"); a headline printed
    # there, between a section's two copies, is a known limit.
    if (short := _short_headline_printed_twice(lines, reach, text_words)) is not None:
        copy = _bare_heading(lines[short]).strip()
        first = next(j for j in reach if _bare_heading(lines[j]).strip() == copy)
        if not any(shared[i] and not first < i < short for i, _line in candidates):
            return short
    # the first heading sharing two words with the text: the headline opens the article's
    # header, above a standfirst or a caption that share words too (a teaser on the same
    # subject printed just above the headline is taken for it: a known limit)
    sharing = [i for i in shared if shared[i] >= 2]
    # Under a "related articles" heading printed above the article (a sidebar: vocabulary
    # "teaser_markers"), a teaser's headline shares a word or two with the text; the
    # article's own headline below it shares many more (twice as many, three more at least).
    related = max((j for j in reach if _teaser_marker(lines[j])), default=None)
    if related is not None:
        sharing = [i for i in sharing if i < related or not any(
            j > i and shared[j] >= max(2 * shared[i], shared[i] + 3) for j in sharing)]
    if sharing:
        # a section's name (capitalised words alone, SECTION_WORDS words at most: "Beach &
        # Resort News") gives way to a headline below it; a longer headline in Title Case
        # does not give way to a caption or standfirst under it
        worded = [i for i in sharing if not _section_like(lines[i])]
        first = (worded or sharing)[0]
        # a topic kicker above a shorter headline (Vietnamese: "Hoạt động gìn giữ hòa bình
        # Liên hợp quốc" above "Mũ nồi xanh ở lại các vị trí"): the headline's short syllables
        # are too few long words to be counted, but it shares more pairs of words with the
        # text's first lines than the kicker does (_most_echoed_pairs); a standfirst under a
        # headline is longer than it, and stays no headline
        heads = dict(candidates)
        below = [line for i, line in candidates if i > first and len(line.split()) <= len(heads[first].split())]
        if below and (echoed := _most_echoed_pairs([heads[first], *below], " ".join(lines[lead:lead + 5]))) \
                and echoed != heads[first]:
            return next(i for i, line in candidates if line == echoed and i > first)
        return first
    if candidates and shared[candidates[-1][0]] >= 1:
        # the nearest heading above the text, sharing a single word with it: a headline
        # worded otherwise than the lead ("A Paris-8, un peu de tension" / "À l'université...")
        return candidates[-1][0]
    # a heading sharing no word with the text, printed right above the lead picture's legend
    # closed by its photographer's credit ("Far from home, the long wait" / "... in Juba.
    # JANE ROE / UNMISS" / the text): the page's headline over its picture
    if candidates and _over_credited_legend(lines[candidates[-1][0] + 1:lead]):
        return candidates[-1][0]
    # a heading sharing no word with the text, but printed where a page's headline stands:
    # under the lead picture's legend and over the head's summary, date line or byline
    # (_legend_over_headline: "Peacekeepers on patrol." / "Calm returns to the villages" /
    # "• The mission keeps ..." / the text)
    return next((i for i, _line in candidates if i and _legend_over_headline(lines, i - 1)), None)


def _over_credited_legend(between: list[str]) -> bool:
    """Whether the lines between a heading and the text under it (between) are a picture's
    legend closed by a photographer's credit (photo_credited_legend), blank lines aside."""
    rows = [row for row in between if row.strip()]
    return bool(rows) and all(_credited_legend(row) for row in rows)


def _credited_legend(line: str) -> bool:
    """Whether a line is a picture's legend closed by its photographer's credit: in the
    agencies' form (photo_credited_legend, "... in Juba. JANE ROE / UNMISS") or after a
    credit's label (the caption's pattern "credit_tail", "... in Juba. Photo: Jane Roe /
    UNMISS", "... tại Juba. Ảnh: Nguyễn Văn An / TTXVN") or with a known outlet's name on
    either side of its slash (agency_credit, "... in Juba. REUTERS/Jane Roe"): none of them a
    headline, as _read_headline reads them."""
    return (photo_credited_legend(line) or _line_patterns()["credit_tail"].fullmatch(line.strip()) is not None
            or agency_credit(line) is not None)


# The fewest content words the headline above a line printed twice in a row shares with the
# text, for the pair to be its picture's legend (_split_or_legend_copy).
LEGEND_PAIR_SHARED = 2


def _split_or_legend_copy(lines: list[str], i: int, j: int, shared: dict[int, int], lead: int) -> bool:
    """Whether line j, read as a second copy of the heading at line i (_headline_found), is
    none: the whole headline of which line i is the second half, printed whole before it and
    then split over two lines (lines[j] is the line above i, then line i: "Minister of
    Defence, Ms. Jane Roe, Reviews the Battalion" / "Minister of Defence, Ms. Jane Roe," /
    "Reviews the Battalion"), where the line above i is no site's or section's name
    (_section_like); or line i's twin printed right above or under it, a picture's
    alt text and its legend, where the line above the pair is a heading sharing
    LEGEND_PAIR_SHARED content words or more with the text, and more than the pair does
    (shared: a heading's index -> the content words it shares with the text's first lines):
    the headline, over its picture ("Troops leave the town" / "Engineers - forty soldiers
    load their trucks" twice / the text). A headline printed twice in a row under a site's
    tagline, which shares no word with the text, or under another story's headline sharing
    no more words with the text than the pair ("Engineers rebuild the bridge" / "Troops leave
    the northern town" twice / the text), stays the headline; so does one under a topic
    kicker where the pair retells the lead (the text's lines from index lead) in more pairs
    of words than the kicker, in a language of short syllables whose words are too short to
    be counted (_most_echoed_pairs: "Hoạt động gìn giữ hòa bình Liên hợp quốc" / "Mũ nồi
    xanh ở lại các vị trí" twice / the text)."""
    line = lines[i].strip()
    above = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
    # (a line of capitalised words alone above the heading, _section_like, is the site's or a
    # section's name, glued before the headline in the page's title bar: "Harbour Courier
    # Troops leave the town" / "Harbour Courier" / "Troops leave the town"; no first half)
    if above is not None and lines[j].strip() == f"{lines[above].strip()} {line}" and not _section_like(lines[above]):
        return True
    if abs(i - j) != 1 or lines[j].strip() != line:
        return False
    over = next((k for k in range(min(i, j) - 1, -1, -1) if lines[k].strip()), None)
    if over is None or shared.get(over, 0) < max(LEGEND_PAIR_SHARED, shared.get(i, 0) + 1):
        return False
    return _most_echoed_pairs([lines[over].strip(), line], " ".join(lines[lead:lead + 5])) != line


# The most words of a section's name printed above a headline ("Riverside & Old Town News").
SECTION_WORDS = 5


def _section_like(line: str) -> bool:
    """A short line of capitalised words alone (SECTION_WORDS words at most, "&" and "-"
    aside): a section's name, or a short headline in Title Case."""
    words = [w for w in line.split() if any(map(str.isalpha, w))]
    return len(words) <= SECTION_WORDS and not any(w[:1].islower() for w in words)


def _bare_heading(line: str) -> str:
    """A heading line without its time stamp, its kicker and the site's name beside it: the
    headline it prints."""
    return without_site_name(without_kicker(without_time_stamp(without_cell_edges(without_trail_marks(line)))))


# Opening punctuation a headline may start with (a question's, an exclamation's, a quotation
# mark), and the quotation marks that may close it (text.OPENING_QUOTES, CLOSING_QUOTES).
_HEADLINE_OPENERS = "\u00bf\u00a1" + OPENING_QUOTES
_HEADLINE_CLOSERS = CLOSING_QUOTES


def _unquoted(line: str) -> str:
    """A headline without the opening punctuation of a question or a quotation ("¿Cuál...?",
    "« Il y a... »") and, where it opens with a quotation mark, without the one closing it:
    what is left is read as any other headline is."""
    bare = line.lstrip(_HEADLINE_OPENERS + " ")
    if bare != line.lstrip("\u00bf\u00a1"):
        bare = bare.rstrip(_HEADLINE_CLOSERS + " ")
    elif line.endswith(tuple(_HEADLINE_CLOSERS)) and any(q in line for q in "\u201c\u00ab\""):
        bare = bare.rstrip(_HEADLINE_CLOSERS + " ")  # a quotation closing the headline: 'exige: "váyanse"'
    return bare


def page_chrome(lines: list[str]) -> int:
    """How many lines at the top of a whole-page copy are the site's menus, teasers and
    header, above the article: those above its headline, when the headline sits MENU_LINES
    lines or more below the top; else 0 (the text is read from its first line)."""
    return _chrome_end(headline_line(lines))


def _chrome_end(headline: int | None) -> int:
    """page_chrome of the headline's index found (headline_line)."""
    return headline if headline is not None and headline >= MENU_LINES else 0


# The most lines of the head (a date line, a byline, share buttons) between a headline and
# the text under it, and the most words of a picture's legend printed above that headline
# (_legend_over_headline).
LEGEND_HEAD_LINES = 6
LEGEND_WORDS = 40


def _legend_over_headline(lines: list[str], index: int) -> bool:
    """Whether the line at index, right above the headline found (at index + 1), is the lead
    picture's legend printed without a photo marker ("Peacekeepers on patrol in the
    capital." / "Peacekeepers stay in their positions" / "March 12, 2024" / "By Jane Roe" /
    the text): one sentence of LEGEND_WORDS words at most, closed by its stop, and under the
    headline, within LEGEND_HEAD_LINES lines holding no prose, a date line or a byline before
    the text, or the headline's summary printed as a list ("• The mission keeps ...") right
    under it, then the text. A page prints its date, its byline and its summary under its
    headline: a sentence above them and the headline is no paragraph of the text (which opens
    under them)."""
    line = lines[index].strip()
    if not line.endswith((".", "!", "?")) or len(line.split()) > LEGEND_WORDS or len(_SENTENCE_END.findall(line)) > 1:
        return False
    summary = False  # the headline's summary as list items right under it
    for at, below in enumerate(lines[index + 2:index + 2 + LEGEND_HEAD_LINES + 1]):
        if _LIST_ITEM.match(below) and (at == 0 or summary):
            summary = True
            continue
        if _is_prose(below):
            return summary
        if is_date_line(below) or opens_with_byline(below):
            return True
    return False


# A sentence's end inside a line: a stop, then a space and a capital (_legend_over_headline).
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-ÝĐ]|[.!?]$")


# The lines from the top of a page where a subscription box is looked for; the most words of a
# call opening one ("Subscribe to continue reading"), of a greeting alone ("Hi there") and of a
# line of its price or a few words alone ("DESDE", "299", "$ 250 al mes*").
PROMPT_REACH = 60
PROMPT_CALL_WORDS = 12
PROMPT_GREETING_WORDS = 4
PROMPT_FILLER_WORDS = 4


@lru_cache(maxsize=1)
def _prompt_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The folded patterns of vocabulary "subscription_prompts": a greeting alone (its words,
    then a name of a word or two at most and a comma or a mark), a call opening a box (whole
    line), a word of the box (searched)."""
    vocab = reference().vocabulary["subscription_prompts"]
    greetings = _longest_first(re.escape(fold(w)) for w in vocab["greetings"])
    return (re.compile(rf"[\W_]*(?:{greetings})\b[^.?:;]{{0,20}}?[\s,!.\u2026]*"),
            re.compile("|".join(f"(?:{fold_pattern(p)})" for p in vocab["calls"])),
            re.compile("|".join(f"(?:{fold_pattern(p)})" for p in vocab["words"])))


_PROMPT_FILLER = re.compile(r"(?:[^\w\s]*\w{1,6}[^\w\s]*\s*){1,2}|.*[$\u20ac\u00a3].*")
# a mail address a copied page hid behind its placeholder ("[email protected]")
_PROTECTED_MAIL = re.compile(r"\[email\s+protected\]")


def subscription_prompt_rows(lines: list[str]) -> frozenset[int]:
    """The rows of lines (a page's, from its top) that a paywall's or subscription box prints
    above the article: opened by a greeting alone ("¡Hola !", "Bonjour,", "Hi there": PROMPT_GREETING_WORDS
    words at most) with a word of a box in the next two lines, or by a call of PROMPT_CALL_WORDS
    words at most ("Subscribe to continue reading", "¿Ya eres suscriptor? Inicia sesión"); then
    every line under it that holds a word of a box (its offer, plan, price or account), a price
    or a few words alone (PROMPT_FILLER_WORDS: "DESDE", "299", "/mes*"), a mail address (its
    help line) or a greeting again, but for a heading right above running prose that holds no
    box's word (the article's headline over its lead, even one with a box's word: "... renovar
    la suscripción ..."). Word lists: vocabulary "subscription_prompts", folded.
    Looked for in the first PROMPT_REACH lines, above the first line of running prose that is
    no box's (the text has begun). An empty set where the page prints no such box."""
    greeting, call, word = _prompt_patterns()

    def greets(row: str) -> bool:
        return len(row.split()) <= PROMPT_GREETING_WORDS and bool(greeting.fullmatch(fold(row)))

    def boxed(row: str) -> bool:
        folded = fold(row)
        return (bool(word.search(folded)) or greets(row) or bool(_LONE_MAIL.search(row)) or bool(_PROTECTED_MAIL.search(row))
                or (len(row.split()) <= PROMPT_FILLER_WORDS and bool(_PROMPT_FILLER.fullmatch(row.strip()))))

    rows: set[int] = set()
    reach = min(len(lines), PROMPT_REACH)
    i = 0
    while i < reach:
        row = lines[i]
        opens = (greets(row) and any(word.search(fold(below)) for below in lines[i + 1:i + 3])) or (
            len(row.split()) <= PROMPT_CALL_WORDS and bool(call.fullmatch(fold(row))))
        if not opens:
            if _is_prose(row):
                break  # the text has begun
            i += 1
            continue
        rows.add(i)
        i += 1
        while i < len(lines) and boxed(lines[i]):
            if (i + 1 < len(lines) and not _is_prose(lines[i]) and _is_prose(lines[i + 1]) and not boxed(lines[i + 1])
                    and not greets(lines[i])):
                break  # a heading right above running prose of no box: the article's headline, even with a box's word
            rows.add(i)
            i += 1
    return frozenset(rows)


def _without_prompts(lines: list[str]) -> list[str]:
    """lines with the rows of a subscription box (subscription_prompt_rows) left empty: its
    greeting no headline, its offer no prose; every other line at its index."""
    rows = subscription_prompt_rows(lines)
    return [("" if i in rows else row) for i, row in enumerate(lines)] if rows else lines


def headline_line(lines: list[str]) -> int | None:
    """Index of the headline above the article's first run of prose (_headline_above; a run
    with none above it is a teaser's, or the article's with its headline out of reach, and
    the next run counts only after a break of RUN_BREAK lines); None when none is found. The
    lines of a subscription box above the article are read as empty (_without_prompts)."""
    lines = _without_prompts(lines)
    start = 0
    while (lead := _first_prose_run(lines, start)) is not None:
        headline = _headline_above(lines, lead)
        if headline is not None:
            return headline
        # no headline above this run: a teaser's summary, or the article itself with its
        # headline out of reach; the next run counts only after a break of menu lines
        start = _run_end(lines, lead) + 1
    return None


# Lines with no prose between two runs of prose that part a teaser from the article.
RUN_BREAK = 8


def _run_end(lines: list[str], lead: int) -> int:
    """Index of the last prose line of the text that opens at lead: prose lines follow one
    another with fewer than RUN_BREAK other lines between them (subheadings, captions)."""
    end = lead
    for i in range(lead + 1, len(lines)):
        if i - end >= RUN_BREAK:
            break
        if _is_prose(lines[i]):
            end = i
    return end


# How near the top a ticker's heading ("Latest news", "Minuto a Minuto") opens a copied page.
TICKER_TOP = 3


def _ticker_headline(lines: list[str]) -> int | None:
    """Index of the article's headline under a ticker of the site's latest headlines (a
    teaser marker, vocabulary "teaser_markers", alone on one of the TICKER_TOP first lines,
    then pairs of another article's headline and summary): the last headline-like line above
    the first two paragraphs of prose in a row (a ticker's summaries stand one by one between
    headlines), a date line under it passed over; None without a ticker at the top, or without
    such a line."""
    top = next((i for i, line in enumerate(lines[:TICKER_TOP]) if _teaser_marker(line)), None)
    if top is None:
        return None
    lead = next((i for i in range(top + 1, len(lines) - 1) if _is_prose(lines[i]) and _is_prose(lines[i + 1])), None)
    if lead is None:
        return None
    return next((j for j in range(lead - 1, top, -1)
                 if not is_date_line(lines[j])  # "Xinhua, May 16, 2021" under the headline: its date line
                 and _is_headline(bare := _bare_heading(lines[j])) and _opens_as_headline(bare) and len(bare.split()) >= 4), None)


def _listed_story_day(lines: list[str], index: int) -> bool:
    """Whether the date line lines[index], above the text, is another story's in a block of
    related stories: under the last teaser marker above it (vocabulary "teaser_markers") every
    story listed prints its day (each heading between the marker and the line is followed by a
    date line), the line right above it a heading (that story's headline), and the line after
    it another story's headline or the article's own (a headline's shape, no byline, no prose,
    no date line). The article's own date line, under its headline, has the lead, a byline or
    the page's furniture after it; a block whose stories print no day ends with the article's
    headline, and the day under it is the article's."""
    if index < 2 or index + 1 >= len(lines):
        return False
    marker = next((i for i in range(index - 2, -1, -1) if _teaser_marker(lines[i])), None)
    if marker is None:
        return False
    listed = lines[marker + 1:index]
    if any(not is_date_line(a) and not is_date_line(b) for a, b in zip(listed, listed[1:])):
        return False  # two headings in a row: the block's stories print no day
    following = lines[index + 1]
    return (_is_heading_like(lines[index - 1]) and not is_date_line(lines[index - 1])
            and not (_is_prose(following) or _prose_paragraph(following)) and not is_date_line(following)
            and not opens_with_byline(following) and _opens_as_headline(following)
            and len(following.split()) >= _LISTED_HEADLINE_MIN_WORDS)


# The fewest words of a story's headline under a listed story's day (_listed_story_day): a
# shorter line there ("Share", "Listen", a writer's name) is the page's furniture.
_LISTED_HEADLINE_MIN_WORDS = 4


def segment(text: str) -> Layout:
    """Sort every line of a seed into its part of the page; nothing is dropped. A ticker of
    the site's latest headlines above the article (_ticker_headline) is its page's chrome.
    The page is read line by line from the top (_read_line), each line by the first step
    that takes it, then what needs the whole page is read (_finish_layout)."""
    r = _start_reading(text)
    for index, line in enumerate(r.lines):
        _read_line(r, index, line)
    _finish_layout(r, text)
    return r.layout


@dataclass
class _Reading:
    """segment's reading of a page: the page's lines once its chrome is cut (_start_reading),
    what is read of them once before the reading, and the state the reading carries from a
    line to the next (the steps _read_* take it and bring it up to date)."""
    layout: Layout
    lines: list[str]
    chrome: int | None  # where the text's part of the page begins (0 or None: no chrome cut)
    ticker: int | None  # the headline under a ticker of the site's latest headlines, if one was found
    above: list[str]  # the chrome's lines, cut off the page
    kept: list[str]  # the date lines and bylines among the chrome's last lines, kept on the page
    found_headline: str | None  # the headline headline_line found, bare (_bare_heading)
    # where the headline found is printed (a date line under it, before the text, is the
    # article's even beside a breadcrumb trail: is_date_line's under_headline)
    headline_at: int | None
    menu: set[int]  # the rows of a numbered menu (_numbered_menu)
    headline_list: frozenset[int]  # the rows of a list of other stories' headlines (headline_list_rows)
    # the index of the last line of running prose (-1 without one), read once: a signature
    # stands after it (asking each line below, at each line, is quadratic in the lines)
    last_prose: int
    printed: Counter  # how often the page prints each line, counted once
    prompts: frozenset[int]  # a subscription box above the article: furniture
    menu_rows: frozenset[int]  # a bulleted menu's rows (bulleted_menu_rows)
    body: list[str] = field(default_factory=list)
    body_at_headline: int = 0  # how many lines of text were read above the headline found
    signoffs: list[tuple[str, int]] = field(default_factory=list)  # credit lines under a paragraph, and the paragraphs read by then
    signoff_lines: list[str] = field(default_factory=list)  # those credit lines as printed, in the same order
    lone_addresses: list[tuple[str, bool, int]] = field(default_factory=list)  # (line, before the headline, paragraphs before it)
    pending_label: str | None = None  # a metadata label read alone, its value on the next line
    label_row: int = -1  # the line pending_label was read from
    headers: dict[str, int] = field(default_factory=dict)  # heading-like lines above the text: one is the headline
    cut_sites: dict[str, str] = field(default_factory=dict)  # a heading's bare line -> the known outlet its title bar printed beside it
    credit_row: int | None = None  # the line the last picture's credit alone was read from
    in_teasers: bool = False  # in a block of teasers under a marker
    teaser_headlines: int = 0  # lines left of a marker's one teaser inside the text (_one_teaser_after)
    head_teasers: bool = False  # in a block of related stories above the text, under the headline
    date_above_headline: bool = False  # the page's date line was printed above every headline
    masthead_date: str | None = None  # that line, while it is the page's date
    # a menu's line was read under masthead_date, before any headline: the date was printed
    # above the site's menu (its header's clock, the day the page was saved)
    menu_under_date: bool = False
    bar_headers: int = -1  # how many headings were read when masthead_date was (-1: not the site's name alone)
    seen_bylines: int = 0  # how many bylines were read before the line above
    # layout.captions as a set, brought up to date before it is asked (a line is looked up in
    # it, not compared with every caption before: that is quadratic in the captions)
    caption_set: set[str] = field(default_factory=set)
    captions_seen: int = 0  # how many of layout.captions are in it
    byline_row: int | None = None  # the line the last byline of the head was read from
    role_row: int | None = None  # the line of a writer's role printed under the writer's name
    outlet_row: int | None = None  # the line of an unknown outlet's name printed under a stacked byline
    head_legend: str | None = None  # a picture's legend printed right above the headline (_legend_over_headline)
    comment_thread: bool = False  # below the text, under a comment thread's heading ("3 comments")
    boxed: int = 0  # how many of the subscription box's lines were read (no lines of the page's head: a headline may stand under them)


def _start_reading(text: str) -> _Reading:
    """segment's starting state for a page's text: its lines (split_lines, a dateline set
    over two rows joined: _joined_colon_dateline), the headline found (headline_line, or the
    one under a ticker of headlines: _ticker_headline) and the page's chrome above it cut off
    (_chrome_end; but for its last date lines and bylines), the site's name read from a
    title bar in that chrome (_title_bar_site_above), and what is read of the lines once."""
    layout = Layout()
    lines = _joined_colon_dateline(split_lines(text))
    ticker = _ticker_headline(lines)
    headline_index = ticker if ticker is not None else headline_line(lines)
    chrome = ticker or _chrome_end(headline_index)
    if headline_index and not chrome and any(_teaser_marker(line) for line in lines[:headline_index]):
        # a "related stories" sidebar printed above the headline found, however near the top:
        # what is above the headline is the page's chrome
        chrome = headline_index
    found_headline = _bare_heading(lines[headline_index]) if headline_index is not None else None
    above: list[str] = []
    kept: list[str] = []
    if chrome:
        above = lines[:chrome]
        # (a ticker's summaries may print a day: none of its lines is the article's)
        kept = [line for line in above[-KEPT_ABOVE:] if is_date_line(line) or opens_with_byline(line)] if ticker is None else []
        lines = kept + lines[chrome:]
        layout.site_name = _title_bar_site_above(above, found_headline)
    headline_at = next((i for i, row in enumerate(lines) if _bare_heading(row) == found_headline), None) \
        if found_headline is not None else None
    return _Reading(
        layout=layout, lines=lines, chrome=chrome, ticker=ticker, above=above, kept=kept,
        found_headline=found_headline, headline_at=headline_at, menu=_numbered_menu(lines),
        headline_list=headline_list_rows(lines), last_prose=max((i for i, row in enumerate(lines) if _is_prose(row)), default=-1),
        printed=Counter(lines), prompts=subscription_prompt_rows(lines), menu_rows=bulleted_menu_rows(lines))


def _title_bar_site_above(above: list[str], found_headline: str | None) -> str | None:
    """The site's name printed in the page's title bar at the top ("Headline - Example News"),
    among the chrome's lines above: the first line printing the headline found, then a
    name of six words at most (title_bar_site); None without one."""
    for line in above:
        match = _SITE_SUFFIX.match(line)
        if match and match["head"].strip() == found_headline and len(match["site"].split()) <= 6:
            return title_bar_site(match["site"])
    return None


def _read_line(r: _Reading, index: int, line: str) -> None:
    """Read one line of the page (index: its place in r.lines) into its part of r.layout, or
    into r.body as the text: the first step that takes it, tried in this order (each step's
    rule in its docstring); a few steps take a part off the line (a date line, a credit) and
    pass the rest on."""
    if index == r.headline_at:
        r.body_at_headline = len(r.body)
    # whether the line above gave a byline, whichever step took that line
    bylined, r.seen_bylines = len(r.layout.bylines) > r.seen_bylines, len(r.layout.bylines)
    if _read_page_furniture(r, index, line):
        return
    line = _dated_byline(r, index, line)
    folded = fold(line)
    if (_read_photographer_credit(r, line) or _read_feed_credits(r, line, bylined) or _read_head_and_teasers(r, index, line, folded)
            or _read_labels(r, index, line, folded) or _read_credit_lines(r, index, line)):
        return
    under_headline = _under_headline(r, index)
    if (_read_head_writer_rows(r, index, line) or _read_navigation(r, index, line, folded, under_headline)
            or _read_bylines(r, index, line)):
        return
    if (line := _without_inline_credits(r, line)) is None:
        return
    if (line := _without_date_openings(r, index, line)) is None:
        return
    if (_read_date_line(r, index, line, under_headline) or _read_headline(r, index, line)
            or _read_picture_credits(r, index, line) or _read_signatures_and_captions(r, index, line)):
        return
    _read_text(r, line)


def _under_text(r: _Reading, index: int, line: str) -> bool:
    """Whether the line stands right under a paragraph of the text (the line above is the
    last one read into the body, running prose, not a picture's short legend), printed once
    on the page."""
    body = r.body
    return bool(body) and index > 0 and r.lines[index - 1] == body[-1] and _is_prose(body[-1]) and r.printed[line] == 1


def _below_headline(r: _Reading, index: int) -> bool:
    """Whether the line at index stands under the page's headline: a heading-like line (a
    headline's candidate) was read above the text, or the line is below the headline found."""
    return bool(r.headers) or (r.headline_at is not None and index > r.headline_at)


def _prose_above(lines: list[str], index: int) -> bool:
    """Whether running prose (_is_prose) is printed in the SIGNATURE_REACH lines above the
    line at index: a name there may sign the text off."""
    return any(_is_prose(before) for before in lines[max(0, index - SIGNATURE_REACH):index])


def _under_headline(r: _Reading, index: int) -> bool:
    """Whether the line at index stands right under the headline: a breadcrumb trail there
    with the article's date after it is its date line.
    (right under the headline found, no paragraph of the text read since it, only the
    headline itself read as a heading; the page's chrome above it may hold prose. A site's
    clock in its header is above the headline, or under the masthead's lines)
    (without a headline found, the line above printed again right under the trail is the
    headline, printed on both sides of it)"""
    lines = r.lines
    return ((r.headline_at is not None and index == r.headline_at + 1
             and all(row.startswith("## ") for row in r.body[r.body_at_headline:]))
            or (0 < index < len(lines) - 1 and lines[index - 1] == lines[index + 1]
                and _is_heading_like(lines[index - 1])))


# The most words of a site's contact bar ("Hotline: 0800 123 456 Email: desk@example.org").
CONTACT_BAR_WORDS = 20


@lru_cache(maxsize=1)
def _contact_bar() -> re.Pattern:
    """A contact's label (vocabulary "site_contact_labels"), maybe its stop and colon, then a
    number to call (six digits or more, spaces, stops, dashes and brackets between) or an
    e-mail address, closing the line or followed by a separator (a bar, a dash, a bullet, a
    comma) or by another contact's label, on folded lower-case text. A number that words
    follow ("hotline 1800 599 920 took 3,000 calls") is a sentence's, no bar's."""
    labels = alternation(fold(w).lower() for w in reference().vocabulary["site_contact_labels"])
    return re.compile(rf"(?<![^\W\d_])(?:{labels})\.?\s*:?\s*(?:\+?\(?\d(?:[\s.()/-]?\d){{5,}}\)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
                      rf"\s*(?:$|[|\u2022\u00b7,;/\u2013\u2014-]|(?:{labels})\b)")


@lru_cache(maxsize=1)
def _print_issue() -> re.Pattern:
    """A print edition's issue label (vocabulary "print_issue_labels"), maybe its stop, then
    its number (in figures, or in Roman ones after a volume's or a year's label) and no more
    figures after it (a telephone's number after "No." is none), on folded lower-case text."""
    labels = alternation(fold(w).lower() for w in reference().vocabulary["print_issue_labels"])
    return re.compile(rf"(?<![^\W\d_])(?:{labels})\.?\s*(?:\d{{1,5}}(?!\d)|[ivxlc]{{1,6}}\b)(?!\s?[\d.]\d)")


def site_contact_bar(line: str) -> bool:
    """Whether a line holds the contacts a site prints in its top bar: a contact's label and a
    number to call or an e-mail address after it ("Hotline: 0800 123 456", "Email:
    desk@example.org", "Tél. : 01 23 45 67 89"; _contact_bar), in a line of
    CONTACT_BAR_WORDS words at most that ends as no sentence does, opens with no byline
    (opens_with_byline: "By Jane Roe, Tel: ..." is the writer's contact) and names no print
    issue (_print_issue: "Vol. 12 No. 45 - Tel: ...", a print masthead). A date line with
    its weekday above every headline, with such a bar beside or under it, is the site's clock
    (_read_page_furniture). Input: one line; output: True or False."""
    stripped = line.strip()
    if len(stripped.split()) > CONTACT_BAR_WORDS or stripped.endswith((".", "!", "?")) or opens_with_byline(stripped):
        return False
    folded = fold(stripped).lower()
    return _contact_bar().search(folded) is not None and _print_issue().search(folded) is None


def _read_page_furniture(r: _Reading, index: int, line: str) -> bool:
    """The lines of the page's furniture read before anything else (consumed: True): a row of a
    subscription box (subscription_prompt_rows) or of a bulleted menu (bulleted_menu_rows),
    either of which, under a date line above every headline, puts that date above the site's
    chrome (_note_chrome_under_date: the site's clock, as under _read_navigation),
    and a line naming the place the reporter filed from ("Juba envoyé spécial": the
    dateline). Also notes whether a comment thread's heading was read below the text."""
    layout, body = r.layout, r.body
    if index in r.prompts or index in r.menu_rows:
        # (a subscription box's rows or a bulleted menu's under a date line printed above every
        # headline put the date above the site's chrome, as a menu's line does: _read_navigation)
        _note_chrome_under_date(r)
    if index in r.prompts:
        layout.boilerplate.append(line)
        r.boxed += 1
        return True
    if index in r.menu_rows:
        layout.boilerplate.append(line.strip())  # a bulleted menu's item ("• Mobile App"): the site's furniture
        return True
    if layout.title is None and not body and not r.headers and site_contact_bar(line):
        # the site's contact bar ("Hotline: ... Email: ...") under or beside a date line printed
        # above every headline: the date is the site's clock, as over a menu (_read_navigation)
        _note_chrome_under_date(r)
        layout.boilerplate.append(line)
        return True
    if layout.dateline is None and len(body) <= HEAD_PARAGRAPHS and (filed := _filed_from_line(line)) is not None:
        # "Juba envoyé spécial", "De notre envoyé spécial à Juba": the place the reporter
        # filed from, printed with the role on a line of its own in the head
        layout.dateline = filed
        layout.boilerplate.append(line)
        return True
    r.comment_thread = r.comment_thread or (bool(body) and comment_heading(line))
    return False


def _dated_byline(r: _Reading, index: int, line: str) -> str:
    """ "Publié le 12/03/2024 à 10h15 par Jean Dupont", "Published March 12, 2024 by Jane Roe":
    the page's date line, then its writer (the byline taken), maybe with the outlet after a bar
    ("... by Jane Roe | AFP": joined to the byline as _read_feed_credits joins an outlet under
    it). The line to read on: the date line alone where the writer was taken, else line as it
    was."""
    layout = r.layout
    if (len(line.split()) <= DATED_BYLINE_WORDS and (dated_by := _date_then_byline().match(line)) and is_date_line(dated_by["date"])
            and (not dated_by["outlet"] or ((outlet := _outlet_alone(dated_by["outlet"])) and not word_alias(outlet)))):
        layout.bylines.append(f"{dated_by['name']}, {outlet}" if dated_by["outlet"] else dated_by["name"])
        r.byline_row = index
        line = dated_by["date"]
    return line


def _read_feed_credits(r: _Reading, line: str, bylined: bool) -> bool:
    """A line naming the feed or the paper the story came from ("From U.S. News - Example
    Wire", "Publié dans Example Matin le 16 - 11 - 2018": metadata "source", and "date"), or
    the outlet printed right after a byline ("By Jane Roe | AFP": joined to it; bylined:
    whether the line above gave one, whichever step read it). Whether the line was taken."""
    layout = r.layout
    if len(line) <= FEED_CREDIT_LENGTH and (fed := _unlinked_feed_credit(line)):
        # "From U.S. News - Example Wire": the feed a page copied the story from, its outlet
        # the page's printed source
        layout.boilerplate.append(line)
        layout.metadata.setdefault("source", fed)
        return True
    if (published := published_in(line)):  # "Publié dans Example Matin le 16 - 11 - 2018"
        layout.boilerplate.append(line)
        layout.metadata.setdefault("source", published[0])
        layout.metadata.setdefault("date", published[1])
        return True
    if bylined and (outlet := _outlet_alone(line)) and not word_alias(outlet):
        # "By Jane Roe | AFP": the outlet printed after the byline, on its part of the row
        # (not a word that also names a page's part, "RSS", a feed's link: sources.yaml
        # word_aliases name the outlet only as a bracketed credit or a "Source:" line)
        layout.bylines[-1] = f"{layout.bylines[-1]}, {outlet}"
        return True
    return False


def _read_head_and_teasers(r: _Reading, index: int, line: str, folded: str) -> bool:
    """The lines above the text that are no part of it and the teasers to other stories: a
    numbered menu's row, the lead picture's legend over the headline (a caption), the lines
    of a teaser block, a picture's agency credit under its legend, a teaser marker with or
    without its teaser ("Lire aussi", vocabulary teaser_markers), a block of related stories
    under the headline. folded: the line folded (text.fold). Whether the line was taken."""
    layout, body, lines = r.layout, r.body, r.lines
    p = _line_patterns()
    if index in r.menu and not body and layout.title is None:
        layout.boilerplate.append(line)
        return True
    if not body and layout.title is None and r.headline_at == index + 1 and _legend_over_headline(lines, index):
        # "Peacekeepers on patrol in the capital." / the headline / its date line: the lead
        # picture's legend printed above the headline, no paragraph of the text
        layout.captions.append(line)
        r.head_legend = line
        return True
    if not body and layout.title is None and not r.headers and _cut_teaser_over_headline(lines, index):
        # "Sáng 12-3, thông tin từ Bộ Quốc phòng cho biết…" / the headline / the text: a
        # teaser the page cut with an ellipsis above the headline, no paragraph of the text
        layout.teasers.append(line)
        return True
    if r.in_teasers or r.teaser_headlines:
        r.teaser_headlines = max(0, r.teaser_headlines - 1)
        layout.teasers.append(line)
        return True
    if index and _picture_legend(lines[index - 1]) and lines[index - 1] in (*body[-1:], *layout.captions[-1:]) and _agency_alone(line):
        # "Un casco azul en Naqoura, en una imagen de archivo." / "EFE": the agency credits
        # the picture, its legend is a caption
        if body and body[-1] == lines[index - 1]:
            layout.captions.append(body.pop())
        layout.credits.append(line)
        return True
    if p["teaser_line"].match(folded):
        layout.teasers.append(line)  # one teaser inside the text: the text goes on
        return True
    if body and p["teaser"].fullmatch(folded):
        # a marker whose teaser the copy lost, the article's prose going on right after
        # it ("Lire aussi" then a paragraph of the text): the text goes on
        r.in_teasers = not ((index + 1 < len(lines) and _prose_paragraph(lines[index + 1])) or _text_resumes(lines, index))
        if r.in_teasers and _one_teaser_after(lines, index):
            # "Te puede interesar" / the other story's headline / the text going on: the
            # headline alone is the teaser
            r.in_teasers, r.teaser_headlines = False, 1
        layout.boilerplate.append(line)
        return True
    if not body and r.headers and layout.title is None and p["teaser"].fullmatch(folded):
        # a block of related stories between the headline and the text ("Related" and
        # their headlines): the heading-like lines under the marker, up to the text, are
        # other stories' headlines, no candidate for this one's
        r.head_teasers = True
        layout.boilerplate.append(line)
        return True
    if r.head_teasers:
        if not body and _is_heading_like(line) and not is_date_line(line) and not opens_with_byline(line):
            layout.teasers.append(line)
            return True
        r.head_teasers = False
    return False


# A line a page cut short with an ellipsis right after a word ("... tại Abyei, châu Phi…",
# "... said that the..."), and the fewest words of a teaser so cut: a summary's or a
# listing's opening, not a paragraph of the text; and how many lines under it (date lines
# and bylines between) the headline it stands over is looked for.
_CUT_WITH_ELLIPSIS = re.compile(r"[^\W\d_](?:\u2026|\.{3})$")
CUT_TEASER_WORDS = 5
CUT_TEASER_REACH = 3


def _cut_teaser_over_headline(lines: list[str], index: int) -> bool:
    """Whether the line at index is a teaser cut with an ellipsis (_CUT_WITH_ELLIPSIS,
    CUT_TEASER_WORDS words or more) printed above the headline: the first line under it that
    is no date line nor byline, within CUT_TEASER_REACH lines, reads as a headline (_is_headline,
    _opens_as_headline) of four words or more. A page listing its own summary's opening over
    the headline ("Sáng 12-3, thông tin từ Bộ Quốc phòng cho biết…" then the headline) prints
    it so; the text under the headline tells it whole. The headline is no longer (in characters:
    a word's length differs by language) than the teaser, cut where a summary's opening runs
    longer than a headline: a shorter line
    closing on an ellipsis over a longer one is a headline ending so on purpose over its deck
    ("Peacekeepers in Mali: a long goodbye…" over "The UN Mission Leaves Gao After Ten Years").
    A paragraph of the text closing on an
    ellipsis stands under the headline, and a line cut so with no headline under it is read
    as any line is."""
    line = lines[index]
    if len(line.split()) < CUT_TEASER_WORDS or not _CUT_WITH_ELLIPSIS.search(line):
        return False
    for after in lines[index + 1:index + 1 + CUT_TEASER_REACH]:
        if is_date_line(after) or opens_with_byline(after):
            continue
        return (len(after.split()) >= 4 and len(after) <= len(line) and _is_headline(after) and _opens_as_headline(after)
                and not _CUT_WITH_ELLIPSIS.search(after))
    return False


@lru_cache(maxsize=1)
def _press_office_pattern() -> re.Pattern:
    """A press office's name (vocabulary press_office_words), a dash or a slash, then the rest
    of the line (the body's name), on a line folded letter for letter."""
    words = alternation({fold(w) for w in reference().vocabulary["press_office_words"]})
    return re.compile(r"^[\W_]*(?:" + words + r")\s*(?:--|[-\u2013\u2014/|])\s*(?P<value>\S.{0,60}?)[\s.]*$")


# The most words of a body's name after a press office in its sign-off (a Vietnamese body's
# name counts its syllables: "Ủy ban nhân dân tỉnh Ví Dụ", seven).
PRESS_OFFICE_BODY_WORDS = 8


def press_office_signoff(line: str) -> str | None:
    """The body a press office's sign-off credits ("Oficina de Prensa - MINDEF" -> "MINDEF",
    "Press Office – Example Defence Force", "Service de presse / MINARM", "Văn phòng báo chí -
    Bộ Example"): the name after the dash or slash as printed, where it opens on a capital,
    holds no figure (a telephone number, a date), is no place the gazetteer knows ("Service
    de presse - Bamako"), is PRESS_OFFICE_BODY_WORDS words at most and reads as a body's
    (_body_name: not a person's, "Press Office - Jane Roe", nor a contact's label, "Media
    Contact"); None otherwise (the office alone names no body). The rule: a body's press
    office signing the text has it issue it, as "Source: Example Ministry" does (vocabulary
    press_office_words)."""
    if len(line) > 120 or not (m := _press_office_pattern().match(fold_same_length(line.strip()))):
        return None
    value = line.strip()[m.start("value"):m.end("value")].strip()
    if (not value[:1].isupper() or re.search(r"\d", value) or len(value.split()) > PRESS_OFFICE_BODY_WORDS
            or _known_place(value) or _known_place(value.split(",")[0].strip()) or not _body_name(value)):
        return None
    return value


# The most letters of a body's short form in capitals read after its press office ("MINDEF").
BODY_ACRONYM_LETTERS = 8


def _body_name(name: str) -> bool:
    """Whether a name (as printed) reads as a body's: its short form in capitals, letters only
    ("MINDEF", BODY_ACRONYM_LETTERS at most), a body or a mission the gazetteer knows, or a
    name holding a body's head word of any language (vocabulary organisation_heads, the
    Vietnamese compared with their tone marks: "Example Defence Force", "Ministerio de
    Defensa", "Bộ Example") or a word only bodies' names hold (entities.organisation_words_name).
    A person's name ("Jane Roe"), a contact's label ("Media Contact", "Liên hệ") reads as none."""
    from .entities import organisation_words_name
    ref = reference()
    if name.isalpha() and name.isupper() and 2 <= len(name) <= BODY_ACRONYM_LETTERS:
        return True
    if any(e.kind in ("organisation", "mission") for e in ref.gazetteer.whole(name)):
        return True
    words = re.findall(r"[^\W\d_]+", name)
    heads, exact = _organisation_heads()
    return (any(fold(w) in heads or w.lower() in exact for w in words)
            or any(organisation_words_name(name, language) for language in ("en", "fr", "es")))


@lru_cache(maxsize=1)
def _organisation_heads() -> tuple[frozenset[str], frozenset[str]]:
    """vocabulary organisation_heads (_body_name): folded, and as printed in lower case in the
    languages compared with their diacritics (reference.EXACT_LANGUAGES), read once."""
    ref = reference()
    return ref.words("organisation_heads"), frozenset().union(*(ref.exact_words("organisation_heads", language) for language in EXACT_LANGUAGES))


def _read_labels(r: _Reading, index: int, line: str, folded: str) -> bool:
    """A metadata label and its value (vocabulary metadata_labels: "Source:", "Publié le"),
    on one line or the value on the line right under it (pending_label; where another step
    took that line, a feed's credit, a filed-from line, the label's value is not printed and the
    line after is read as it would be): metadata "source", "author",
    "date", "updated", a picture's credit for "Source: Handout". folded: the line folded.
    Whether the line was taken."""
    layout, body, lines = r.layout, r.body, r.lines
    p = _line_patterns()
    if r.pending_label and r.label_row != index - 1:
        r.pending_label = None  # the line under the label was read by another step
    if r.pending_label:
        if r.pending_label == "source" and _supplied_picture(line):
            layout.credits.append(line)  # "Source:" / "Supplied" under a picture
        elif r.pending_label in ("source", "author") and (dated := _name_over_date(line)):
            # "By:" over "Jane Roe, May 28, 2015": the name, then the page's date, as when
            # the label and its value share a line
            layout.metadata.setdefault(r.pending_label, dated[0])
            layout.metadata.setdefault("date", dated[1])
        else:
            layout.metadata.setdefault(r.pending_label, line)
        r.pending_label = None
        return True
    label = next((key for key, rx in p["label_only"].items() if rx.fullmatch(folded)), None) \
        if len(folded.rstrip(":").rstrip()) <= p["label_longest"] else None
    if label and index + 1 < len(lines):
        if _label_value_fits(label, lines[index + 1]):
            r.pending_label, r.label_row = label, index
        else:  # "Actualizado" above the lead: a label whose value the page left out
            layout.boilerplate.append(line)
        return True
    # "Oficina de Prensa - MINDEF": a press office's sign-off credits its body
    # (the folded line tried first: most lines open on no office's name)
    if ("source" not in layout.metadata and _press_office_pattern().match(folded.strip())
            and (issuer := press_office_signoff(line))):
        layout.metadata["source"] = issuer
        return True
    # The labels are folded ("nguon", "cap nhat"): matched on the line folded letter for
    # letter, the value taken as printed.
    # (a label and its value take a colon and fewer than 200 characters)
    same = fold_same_length(line) if ":" in line and len(line) < 200 else None
    label_value = next(((k, m) for k, rx in p["label_value"].items() if (m := rx.fullmatch(same))), None) if same else None
    if label_value and len(line.split()) <= 15:
        value = line[label_value[1].start("value"):label_value[1].end("value")].strip()
        if label_value[0] in ("date", "updated") and not is_date_line(value):
            # "Published:Tuesday" with the date on the next line: the weekday is no date
            layout.boilerplate.append(line)
            return True
        if label_value[0] == "source" and _supplied_picture(value):
            layout.credits.append(line)  # "Source: Handout" under a picture
            return True
        if label_value[0] in ("source", "author") and (dated := name_and_date(value)):
            # "Source: Example News August 28, 2017 07:18 UTC": the name, then the day the
            # page took the story, its only date line where it prints no other
            value = dated[0]
            layout.metadata.setdefault("date", dated[1])
        if label_value[0] in ("date", "updated") and not body:
            # "Monday, March 3, 2025" above every headline, then "Published: June 12, 2019"
            # or "Updated: June 12, 2019" under it: the header's was the day the page was seen
            # (a stamp below the text's first paragraph may be another story's, a teaser's)
            _set_header_day_aside(layout, r.masthead_date, value, label_value[0] == "updated")
        layout.metadata.setdefault(label_value[0], value)
        return True
    if same and not body and (credited := outlet_before_label(line, same)) and _under_date_line(lines, index):
        # "Xinhua Editor: Jane Roe" under the page's date: the story's outlet, its "Source:"
        # label left out, then its editor's label and name (a related story's credit row
        # in a list above the headline, under its own headline, is none)
        layout.metadata.setdefault("source", credited[0])
        layout.metadata.setdefault(credited[1], credited[2])
        return True
    return False


def _under_date_line(lines: list[str], index: int) -> bool:
    """Whether the line printed last above line `index` of `lines` (blank lines left out) is
    a date line (is_date_line): a credit row read under the page's date."""
    above = next((line for line in reversed(lines[max(0, index - 3):index]) if line.strip()), "")
    return bool(above) and is_date_line(above)


# The labels read after an outlet's name on its credit row (outlet_before_label).
_LABELS_AFTER_OUTLET = ("editor", "author")


def outlet_before_label(line: str, same: str) -> tuple[str, str, str] | None:
    """An outlet's name, then the label of the story's editor or writer (vocabulary
    metadata_labels "editor", "author", with its colon) and its value, on one row ("Xinhua
    Editor: Jane Roe", "TTXVN Biên tập: Minh Anh"), as portals print a wire story's credit
    row under its date with the "Source:" label left out: (the outlet as sources.yaml names
    it, the label's key, the value as printed; its caller reads it under the page's date
    only, _under_date_line). The words before the label are all of an outlet's name the
    reference knows (a site section's, "World News Editor:", a person's or an unknown name
    is none). None otherwise. same: the line folded letter for letter (fold_same_length), as
    its caller read it for a label and its value (a colon and fewer than 200 characters)."""
    patterns = _line_patterns()["label_value"]
    for key in _LABELS_AFTER_OUTLET:
        for match in patterns[key].finditer(same):
            if match.start() == 0 or not same[match.start() - 1].isspace():
                continue  # (the label opens the row, or is the end of a word)
            name = line[:match.start()].strip(" |,;\u2013\u2014-")
            if name and (row := reference().find_source(name)):
                return row["name"], key, line[match.start("value"):match.end("value")].strip()
    return None


# How many lines after a dated title bar the headline it opens with is looked for, printed
# again alone (dated_title_bar_outlet).
TITLE_BAR_HEADLINE_REACH = 3


def dated_title_bar_outlet(line: str, after: list[str]) -> tuple[str, str] | None:
    """The day and the outlet a title bar of parts prints after the headline, as a press
    archive or an aggregator titles a story it took from an outlet ("Headline - 24 de
    febrero de 2017 - El Mercurio - Noticias - Archivo 123"): (the day as printed, the
    outlet's name as sources.yaml gives it). The bar's first part is the headline the page
    prints again alone right under it (after: the page's lines after the bar; one of the
    TITLE_BAR_HEADLINE_REACH first printed; a related story's bar, its headline printed
    again in a list under the text, is none), another part is a full date alone, and the
    part right after it an outlet the reference knows (a site section's name, "World News",
    or a person's is none). None otherwise."""
    parts = [part.strip() for part in _TITLE_BAR_SEPARATOR.split(line)]
    if len(parts) < 3 or parts[0] not in [a.strip() for a in after if a.strip()][:TITLE_BAR_HEADLINE_REACH]:
        return None
    for at in range(1, len(parts) - 1):
        dates = [d for d in find_dates(parts[at]) if d.kind == "date" and d.has_year and d.value.day]
        if len(dates) != 1 or fold(parts[at][:dates[0].start] + parts[at][dates[0].end:]).strip(" ,."):
            continue  # (the part is a full date and nothing else)
        if (row := reference().find_source(parts[at + 1])):
            return parts[at], row["name"]
    return None


# A call to visit an outlet's web site opening a line, then the site's address: groups call,
# address (visit_call_outlet).
@lru_cache(maxsize=1)
def _visit_call() -> re.Pattern:
    return re.compile(rf"^\W*(?P<call>{_visit_call_words()}){_VISIT_SCHEME}(?P<address>{_SITE_ADDRESS})\b", re.I)


# What follows a call to visit a site: an optional colon and scheme, then the site's address.
_VISIT_SCHEME = r"\s*:?\s*(?:https?://)?"
_SITE_ADDRESS = r"(?:[\w-]+\.)+[a-z]{2,}"


@lru_cache(maxsize=1)
def _visit_call_words() -> str:
    """The calls to visit an outlet's site (vocabulary visit_site_calls) as one alternation."""
    return alternation(reference().vocabulary["visit_site_calls"])


# The space between a paragraph's last sentence and a call to visit an outlet's site glued
# after its stop ("... no peace to keep. For more news, visit example.com ..."): the call
# goes on a line of its own (_break_glued_bylines), read by visit_call_outlet.
@lru_cache(maxsize=1)
def _glued_visit_call() -> re.Pattern:
    return re.compile(rf"(?<=[.!?])[ \t]+(?=(?i:{_visit_call_words()}){_VISIT_SCHEME}{_SITE_ADDRESS}\b)")


def visit_call_outlet(line: str) -> str | None:
    """The outlet a call to visit its web site names by its address ("For more news, visit
    example.com and #Example on all Social Media platforms.", "Visitez notre site :
    http://www.example.fr"; vocabulary visit_site_calls), as sources.yaml names it: the sign-off
    a broadcaster puts under its story or video, kept by the page that reposts it. None where
    the call names no address the reference knows (source_of_domain) or the line is long
    (CREDIT_CALL_WORDS words at most)."""
    if len(line.split()) > CREDIT_CALL_WORDS or not (m := _visit_call().match(line)):
        return None
    row = reference().source_of_domain(m["address"])
    return row["name"] if row else None


# The most words of a line with a call to visit an outlet's site (visit_call_outlet).
CREDIT_CALL_WORDS = 20


def _read_credit_lines(r: _Reading, index: int, line: str) -> bool:
    """A line crediting the text or its outlet: the page's address alone, a wire's credit row
    with the place filed from (the dateline), a writer's sign-off with the outlet after a
    credit's word, a credit line ("(with AFP)", "Theo TTXVN"), an unknown outlet's credit or
    sign-off under the text, a newsroom's credit; and a ticker or a list of other stories'
    headlines (teasers). Whether the line was taken."""
    layout, body, lines = r.layout, r.body, r.lines
    if not body and (dated := dated_title_bar_outlet(line, lines[index + 1:index + 1 + 2 * TITLE_BAR_HEADLINE_REACH])):
        # "Headline - 24 de febrero de 2017 - El Mercurio - Noticias - Archivo 123" over the
        # bare headline: the day and the outlet a press archive took the story from
        layout.boilerplate.append(line)
        layout.metadata.setdefault("date", dated[0])
        layout.metadata.setdefault("source", dated[1])
        return True
    if (visited := visit_call_outlet(line)) is not None:
        # "For more news, visit example.com and #Example on all platforms.": a broadcaster's
        # sign-off, as a repost of its video or its story keeps it, credits the outlet
        layout.boilerplate.append(line)
        layout.metadata.setdefault("source", visited)
        return True
    if _LONE_ADDRESS.fullmatch(line):  # the page's address, or a link, printed alone
        layout.boilerplate.append(line)
        r.lone_addresses.append((line, not body and layout.title is None, len(body)))
        return True
    if layout.dateline is None and len(body) <= 1 and (alone := agency_then_place(line)):
        # "Press Trust of India New Delhi", "PTI Kathmandu" alone above the lead: the wire's
        # credit row with the place the dispatch was filed from, its dateline
        layout.dateline = alone
        return True
    if layout.dateline is None and len(body) <= 1 and _AGENCY_PLACE_ALONE.match(line) and (alone := dateline_alone(line)):
        # "MAP-Rabat", "APA-Kigali (Rwanda)" alone above the lead: the agency's dateline,
        # not only its credit (read below as a credit line)
        layout.dateline = alone
        return True
    if (body and r.last_prose <= index and (opener := signoff_opener_size(line)) and (signed := signature(line.split(None, opener)[opener]))
            and signed.endswith(")") and not reference().find_source(signed[:signed.rfind(" (")])
            and _prose_above(lines, index)):
        # "Theo Minh Anh/VOV", "Theo Thu Hà (Báo Example)" under the text's last paragraph:
        # a writer and the outlet after a credit's word, the writer's sign-off (the outlet
        # read from it), not a credit line naming an outlet alone ("Theo TTXVN", below),
        # nor one naming an outlet the reference knows, then its paper or its agency ("Theo
        # Vietnamplus (TTXVN)": read below); a name alone after the word ("Theo Ánh
        # Dương") may be an outlet's and is read below
        layout.bylines.append(signed)
        return True
    if (credited := credit_line(line)):  # "(with AFP)", "Theo TTXVN": page furniture naming the source, not text
        layout.boilerplate.append(line)
        if _under_text(r, index, line) and len(credit_outlets(line)) == 1:
            # right under a paragraph of the text (not under a picture's short legend), printed
            # once (a gallery credits each picture), one outlet (the site wrote "Avec AFP et
            # Reuters" from two): a sign-off, if no paragraph follows
            r.signoffs.append((credited, len(body)))
            r.signoff_lines.append(line)
        if _glued_credit_word().match(line):  # "SourceNaharnet": the name is no word of its own
            layout.metadata.setdefault("source", credited)
        return True
    if (credited := unknown_credit(line)):  # "Theo Báo Example": an outlet the reference does not know
        layout.boilerplate.append(line)
        layout.metadata.setdefault("source", credited)
        return True
    if _under_text(r, index, line) and (credited := signoff_outlet(line)) and not _link_list_head(r.lines, index):
        # "— Horizon Example", "(La Brújula Example)", "Theo Ánh Dương" right under a
        # paragraph of the text: an outlet the reference does not know signing it off, if
        # no paragraph follows (_take_agency_signoff)
        layout.boilerplate.append(line)
        r.signoffs.append((credited, len(body)))
        r.signoff_lines.append(line)
        return True
    if (credited := newsroom_credit(line)):
        # "Tòa soạn Báo Example" in the page's furniture: the newsroom's outlet
        layout.boilerplate.append(line)
        layout.metadata.setdefault("source", credited)
        return True
    if headline_strip(line):
        layout.teasers.append(line)  # a ticker of other stories' headlines
        return True
    if index in r.headline_list and any(_is_prose(row) or _prose_paragraph(row) for row in body):
        layout.teasers.append(line)  # a list of other stories' headlines below the text
        return True
    return False


# A photographer's name, its surname in capitals after a capitalised first name, a slash and an
# agency's name: "Fabrice COFFRINI / AFP", "Jane ROE-SMITH / EFE" (photographer_slash_agency).
# (each word of capitals whole, a space or a hyphen between them: a run of capitals split
# any way would backtrack exponentially on a long line in capitals with no slash)
_PHOTOGRAPHER_SLASH = re.compile(r"^(?P<name>(?:[A-ZÀ-ÝĐ][^\W\d_A-ZÀ-ÝĐ]+[ -])+[A-ZÀ-ÝĐ]{2,}(?:[ -][A-ZÀ-ÝĐ]{2,})*)\s*/\s*(?P<agency>[^/()]{2,30})$")


def photographer_slash_agency(line: str) -> bool:
    """Whether a line is a picture's credit as news agencies print it: the photographer's
    first name capitalised, the surname in capitals, a slash and the agency ("Fabrice COFFRINI /
    AFP", "Ana María PÉREZ / EFE"; sources.yaml kind agency). A writer's byline writes the
    surname as the first name ("Jane Roe / AFP", read by signature) or the whole name in
    capitals; the agency credits the picture, not the story. False where a byline word opens
    the line ("Por Ana PÉREZ / EFE", "By Jane ROE / AFP": the writer's credit; opens_with_byline)."""
    m = _PHOTOGRAPHER_SLASH.match(line.strip())
    return bool(m) and not opens_with_byline(line.strip()) and (reference().find_source(m["agency"].strip()) or {}).get("kind") == "agency"


def _read_photographer_credit(r: _Reading, line: str) -> bool:
    """A picture's credit in the agencies' form alone on its line (photographer_slash_agency):
    a credit of the page's pictures, no byline. Whether the line was taken."""
    if not photographer_slash_agency(line):
        return False
    r.layout.credits.append(line.strip())
    return True


def _read_head_writer_rows(r: _Reading, index: int, line: str) -> bool:
    """The rows of the page's head around the byline: a kicker closed by its stop above the
    headline, a writer's name over the writer's role (the byline), a place over the agency
    or over the page's date line or after the byline (the dateline), a writer and an outlet
    joined by a slash (the byline and metadata "source"). Whether the line was taken."""
    layout, body, lines = r.layout, r.body, r.lines
    if not body and layout.title is None and len(line) <= KICKER_LINE_LENGTH and line.rstrip().endswith((".", ":")) \
            and fold(line.strip().rstrip(".:").strip()) in _kicker_words():
        # "VIDÉO.", "EN IMAGES.", "DIRECT :" alone above the headline: the story's kicker
        # closed by its stop, no paragraph of the text
        layout.boilerplate.append(line)
        return True
    if r.role_row == index or r.outlet_row == index:
        # "Ana Gómez | Corresponsal en Beirut": the writer's role under the name read as the
        # byline; a stacked byline's section and outlet (the outlet taken as the source)
        layout.boilerplate.append(line)
        return True
    if (not body and _below_headline(r, index) and (outlet_at := _stacked_outlet_row(lines, index)) is not None
            and not (index > 0 and fold(lines[index - 1].strip().rstrip(":").strip()).lower()
                     in reference().words("photo_credit_words"))
            and _stacked_writer(line)):
        # "Jane Roe" / "World" / "The Harbour Courier" under the headline: a stacked byline,
        # the writer's name, maybe the section's, then the outlet's name on lines of their own;
        # an outlet the reference knows is read on as its credit line ("Jane Roe" / "Reuters");
        # under a photo word's label ("Photo", "Foto:") the lines are a picture's credit
        layout.bylines.append(line)
        r.byline_row = index
        middle = lines[index + 1].strip()
        if (outlet_at == index + 2 and not _known_place(middle)
                and not (re.fullmatch(_NAME, middle) and _writer_named(middle))):
            # (a second writer's name between them, "Jane Roe" / "John Mensah" / "The Harbour
            # Courier", is no section: read next, over the same outlet; and a place, "Bogotá"
            # over "EFE", is the dispatch's dateline, read next)
            r.role_row = index + 1
        if not reference().find_source(lines[outlet_at].strip()):
            layout.metadata.setdefault("source", lines[outlet_at].strip())
            r.outlet_row = outlet_at
        return True
    if (not body and index + 1 < len(lines) and _below_headline(r, index)
            and _name_row(line) and _role_line(lines[index + 1])):
        # "Ana Gómez | Corresponsal en Beirut", "Jean Dupont | Journaliste" under the
        # headline: a writer's name over the writer's role is the byline
        layout.bylines.append(line)
        r.byline_row = r.role_row = index + 1
        return True
    if (not body and index + 1 < len(lines) and (handle := _HANDLE_ALONE.fullmatch(lines[index + 1].strip()))
            and not handle_of_body(handle["handle"])
            and not (index > 0 and _HANDLE_ALONE.fullmatch(lines[index - 1].strip()))
            and not (index + 3 < len(lines) and _HANDLE_ALONE.fullmatch(lines[index + 3].strip()))
            and _stacked_writer(line)):
        # "Ana Gómez Ruiz" over "@ElHeraldoAustral" at the page's head: a stacked byline, the
        # writer's name over a social network's handle; the handle is the outlet's account
        # (the page's source as printed) unless it spells the writer's own name; a body's
        # handle under a name ("@UN", "@CancilleriaEjemplo") is an official's post, no byline;
        # nor is a pair after or before another handle's: a list of names over their
        # handles (the site's columnists, its team)
        layout.bylines.append(line)
        r.byline_row = r.role_row = index + 1
        if not handle_of_writer(handle["handle"], line):
            layout.metadata.setdefault("source", handle["handle"])
        return True
    if (layout.dateline is None and index + 1 < len(lines) and not body
            and _below_headline(r, index)
            and (alone := _place_alone(line, _known_city)) is not None and _agency_alone(lines[index + 1])):
        # "MADRID" / "EFE", "BAMAKO" / "AFP" under the headline: a wire's dateline set in
        # two lines, the place the text was filed from over the agency's name (read next
        # as the credit)
        layout.dateline = alone
        return True
    if (layout.dateline is None and index + 1 < len(lines)
            and ((not body and _below_headline(r, index))
                 or (len(body) <= HEAD_PARAGRAPHS and index > 0 and credit_line(lines[index - 1])))
            and (alone := _place_alone(line, _known_city)) is not None and is_date_line(lines[index + 1])):
        # "Naqoura | 12 March 2024" under the headline: the city the text was filed from,
        # printed alone right before the page's date line; so too under the agency's credit
        # below a deck ("EFE | Bamako | 20/01/2019 13:02")
        layout.dateline = alone
        return True
    if (r.byline_row is not None and index == r.byline_row + 1 and layout.dateline is None and len(body) <= HEAD_PARAGRAPHS
            and (alone := _place_alone(line, _known_place)) is not None):
        # "Jane Roe | Geneva | March 3, 2022": the place printed alone right after the
        # byline is the one the text was filed from
        layout.dateline = alone
        return True
    if (len(body) <= HEAD_PARAGRAPHS and not layout.bylines and "/" in line and " / " not in line
            and (is_date_line(lines[index - 1] if index else "") or is_date_line(lines[index + 1] if index + 1 < len(lines) else ""))
            and (split := _writer_slash_outlet(line)) is not None):
        # "Ana Gómez/EFE | 3 de marzo de 2021" in the head of the page: the writer and the
        # outlet joined by a bare slash, printed beside the page's date
        layout.bylines.append(split[0])
        if split[1]:
            layout.metadata.setdefault("source", split[1])
        r.byline_row = index
        return True
    if (len(body) <= HEAD_PARAGRAPHS and not layout.bylines and " / " in line
            and (split := _outlet_slash_writer(line, lines[:index])) is not None):
        # "Example Diario / Ana Gómez Ruiz", "Jane Roe / The Example Ledger" in the head of
        # the page: the outlet credited beside its writer's name, not a menu's two items
        layout.bylines.append(split[1])
        layout.metadata.setdefault("source", split[0])
        r.byline_row = index
        return True
    return False


def _name_row(line: str) -> bool:
    """Whether a line of the page's head may print a writer's name alone, over the writer's
    role or outlet (_read_head_writer_rows): a name's shape (_NAME) of four words at most,
    opening with no byline's word, and no place nor outlet the reference knows."""
    return bool(re.fullmatch(_NAME, line) and len(line.split()) <= 4 and not opens_with_byline(line)
                and not _known_place(line) and not reference().find_source(line))


def _stacked_writer(line: str) -> bool:
    """Whether a line is a stacked byline's writer's name (_name_row), over an outlet's name
    or a social network's handle: no page heading (listed_heading) and a writer's name
    (_writer_named)."""
    return _name_row(line) and not listed_heading(line) and bool(_writer_named(line))


# The most words of a section's name between a stacked byline's writer and outlet ("World",
# "Internacional", "Thế giới": _stacked_outlet_row).
STACKED_SECTION_WORDS = 3


def _stacked_outlet_row(lines: list[str], index: int) -> int | None:
    """Where a stacked byline's outlet is printed under the writer's name at index: the next
    line, or the one after a section's name of one to STACKED_SECTION_WORDS words opening with
    a capital, with no closing stop and no digit ("World", "Thế giới"; the caller reads a
    place's name or a second writer's there as such); the outlet's line is an outlet the
    reference knows, printed whole ("Reuters", "EFE"), or a name shaped as an outlet's it does
    not know: opened by an article and holding a newspaper's word (unknown_outlet: "The
    Harbour Courier", "Le Courrier Lacustre"), or opened by a word of an outlet's kind
    (vocabulary outlet_type_words: "Báo Ví Dụ", "Diario Ejemplo") and read as an outlet's
    name (reads_as_unknown_outlet); a section's name holding a news word ("World News") is none.
    None where neither line is one."""
    if index + 1 < len(lines) and _stacked_outlet(lines[index + 1].strip()):
        return index + 1
    if index + 2 >= len(lines):
        return None
    section = lines[index + 1].strip()
    if (not 1 <= len(section.split()) <= STACKED_SECTION_WORDS or not section[:1].isupper()
            or section.endswith((".", "!", "?", ":")) or any(ch.isdigit() for ch in section)):
        return None
    return index + 2 if _stacked_outlet(lines[index + 2].strip()) else None


def _stacked_outlet(outlet: str) -> bool:
    """Whether a line (stripped) is a stacked byline's outlet (_stacked_outlet_row): an outlet
    the reference knows printed whole, or a name shaped as an outlet's it does not know."""
    words = outlet.split()
    row = reference().find_source(outlet)
    if row is not None:
        return fold(outlet) in {fold(a) for a in [row["name"], *row.get("aliases", [])]}
    return bool(words) and bool(unknown_outlet(words, reference().words("byline_outlet_words"))
                                or (len(words) >= 2 and fold(words[0]) in reference().words("outlet_type_words")
                                    and reads_as_unknown_outlet(outlet)))


# A social network's handle alone on a line: "@ExampleNews", "@jane_roe".
_HANDLE_ALONE = re.compile(r"@(?P<handle>[A-Za-z0-9_.]{2,30})")


def handle_of_writer(handle: str, name: str) -> bool:
    """Whether a social network's handle (without its "@": "anagomezruiz", "jroe_news")
    spells the writer's own name (name: "Ana Gómez Ruiz", "Jane Roe"): folded and in lower
    case, it holds the name's last word or another of its words of three letters or more
    ("thuhanguyen"), the first word or initial joined to another word, or it opens with the
    name's first word of three letters or more ("jane_r", "AnaGR"; not "Li" in
    "LibertyHarbour") or with the initials of all its words closed by no letter ("JR_writes",
    "jr"). Not a handle of other words ("ElHeraldoAustral"; "CRValle" for "Carlos Ruiz":
    initials run on into a word): an outlet's account."""
    spelled = fold(handle).lower()
    words = [w for w in (re.sub(r"[^a-z0-9]", "", fold(part).lower()) for part in name.split()) if w]
    if not words:
        return False
    joined = any(first + other in spelled for first in (words[0], words[0][:1]) for other in words[1:])
    initials = "".join(w[0] for w in words)
    return (words[-1] in spelled or joined or any(len(w) >= 3 and w in spelled for w in words[1:])
            or (len(words[0]) >= 3 and spelled.startswith(words[0]))
            or (len(words) > 1 and re.match(re.escape(initials) + r"(?![a-z])", spelled) is not None))


def handle_of_body(handle: str) -> bool:
    """Whether a social network's handle (without its "@") is a body's account, not an
    outlet's: it opens with the acronym of an organisation or a mission the tagger knows and
    the reference does not know as an outlet ("UN", "ONU_fr", "MONUSCO", "UNinVietNam": the
    run of capitals, or that run but its last letter where a word in lower case follows it),
    or its first word is a state body's (vocabulary state_masthead_heads: "CancilleriaEjemplo",
    "MinistereEjemplo")."""
    from .entities import find_in_sentence
    first = re.match(r"[A-Z]?[a-z]+", handle)
    if first and fold(first.group()).lower() in reference().words("state_masthead_heads"):
        return True
    run = re.match(r"[A-Z]{2,}", handle)
    if not run:
        return False
    acronyms = {run.group(), *([run.group()[:-1]] if len(run.group()) > 2 and handle[run.end():run.end() + 1].islower() else [])}
    return any(reference().find_source(acronym) is None
               and any(f.kind in ("organisation", "mission") and f.surfaces[:1] == [acronym]
                       for f in find_in_sentence(f"{acronym} said.", "en"))
               for acronym in acronyms)


def _read_navigation(r: _Reading, index: int, line: str, folded: str, under_headline: bool) -> bool:
    """A line of the site's navigation or boilerplate (vocabulary boilerplate_lines,
    _is_navigation), but for a breadcrumb trail with the article's date under the headline
    (under_headline) and a city's name alone over the lead before any text, its dateline
    (_city_dateline_over_lead); a menu's line under the masthead's date puts that date above
    the menu (menu_under_date). index: the line's place in r.lines; folded: the line folded.
    Whether the line was taken."""
    layout, body = r.layout, r.body
    p = _line_patterns()
    # (the headline headline_line found, a short one printed twice, "Peacekeepers Honoured",
    # is no section's name)
    if p["boilerplate"].fullmatch(folded) or (
            _is_navigation(line, before_title=layout.title is None and not body and line.strip() != r.found_headline)
            and not (under_headline and breadcrumb(line) and is_date_line(line, under_headline=True))
            and not (not body and layout.dateline is None and _city_dateline_over_lead(r.lines, index))):
        layout.boilerplate.append(line)
        _note_chrome_under_date(r)
        return True
    return False


def _note_chrome_under_date(r: _Reading) -> None:
    """Notes (r.menu_under_date) that a line of the site's chrome (a menu's, a bulleted
    menu's, a subscription box's) was read under the masthead's date (r.masthead_date, still
    the page's date), before any headline or text, and with no heading read since the date
    but the site's name (r.bar_headers): the date was printed above the site's chrome, its
    header's clock (the day the page was saved)."""
    if (len(r.headers) == r.bar_headers and r.layout.title is None and not r.body
            and r.layout.metadata.get("date") == r.masthead_date):
        r.menu_under_date = True


# A line wrapped whole in round brackets: its inner words.
_BRACKETED_WHOLE = re.compile(r"\((?P<inner>[^()]{3,120})\)")


def _read_bylines(r: _Reading, index: int, line: str) -> bool:
    """A line naming the text's writers: a byline with the page's date beside it (the date
    taken, a masthead's date set aside), a wire's closing or contribution credit, an outlet's
    desk, a byline without "By", names alone, a signature with its outlets under the last
    paragraph. A closing credit glued to a paragraph's last sentence names writers and the
    paragraph is read on. Whether the line was taken."""
    layout, body = r.layout, r.body
    p = _line_patterns()
    # "(Reportage : Jean Dupont, Radio Example)": a writer's credit under the last paragraph,
    # wrapped whole in brackets, read as the same credit without them
    # (a label and its colon only: a wire's bracketed credit of several roles, "(Reportage
    # Jane Roe, version française Jean Dupont)", is read by _read_signatures_and_captions)
    if body and r.last_prose <= index and (inner := _BRACKETED_WHOLE.fullmatch(line.strip())) \
            and (bracketed := byline_match(inner["inner"])) and bracketed["label"]:
        line = inner["inner"]
    if (m := byline_match(line.split(" | ")[0])) and len(line.split(" | ")[0].split()) <= 16:
        # "Par Jean Dupont - 03/03/2022", "By Jane Roe, March 3, 2022", "By The Associated
        # Press March 3, 2022 6:46 am": the date beside the name is the page's date line
        value = m["value"].strip()
        dated = next((d for d in find_dates(value) if d.kind == "date" and d.has_year and d.value.day and d.start > 0), None)
        byline = value[:dated.start].rstrip(" ,;|/\u2013\u2014\u2022\u00b7-") if dated else value
        if dated and (label := _date_label_at_end().search(fold_same_length(byline))):
            byline = byline[:label.start()].rstrip(" ,:|-\u2013\u2014")  # "By X Posted on <date>": the label goes
        byline = re.sub(r"(?:\s+[^\W\d_A-ZÀ-ÝĐ][\w']*)+$", "", byline) if dated else byline  # "Par X le 3 mars": "le" goes
        if dated and byline:
            stamp = value[dated.start:].strip()
            if r.masthead_date is not None and layout.metadata.get("date") == r.masthead_date and _not_later(stamp, r.masthead_date):
                # the date a bare line printed above every headline was the site's header
                # (today's date); the one beside the author's name is the article's
                layout.boilerplate.append(layout.metadata.pop("date"))
            layout.metadata.setdefault("date", stamp)
            layout.bylines.append(byline)
            r.byline_row = index
            return True
        if len(line.split(" | ")[0].split()) <= 12:
            layout.bylines.append(value)
            r.byline_row = index
            return True
    if (credited := closing_credit(line)) is not None:
        layout.bylines.extend(credited)  # a wire story's "(Reporting by ...; Editing by ...)"
        return True
    if body and (credited := contribution_credit(line)) is not None:
        # "AP writer Jane Roe in Harbourton contributed to this report.": writers of the page
        layout.bylines.extend(name for name in credited if name not in layout.bylines)
        return True
    if body and (glued := _GLUED_CLOSING_CREDIT.search(line)) and (credited := closing_credit(glued[1])):
        # "... to prevent an escalation. (Reporting by Jane Roe; Editing by Tom Ashby)": the
        # wire's closing credit glued to the last sentence of a paragraph names its writers;
        # the paragraph stays the text's
        layout.bylines.extend(name for name in credited if name not in layout.bylines)
    if (len(body) <= HEAD_PARAGRAPHS and index != r.headline_at and (body or _below_headline(r, index))
            and not opens_with_byline(line) and desk_outlet(line, bare=True)):
        # "Example Herald News Desk | Geneva | Updated: ...": the outlet's desk signing
        # the text where a writer's byline stands, under the headline and its standfirst
        # (never the headline itself: "UN Unveils New Desk")
        layout.bylines.append(line)
        r.byline_row = index
        return True
    if layout.title is None or not body:
        if (whole := byline_line(line)) is not None:
            # "Staff and agencies in Bunia", "From JANE ROE in Bunia": a byline line
            # without "By"
            layout.bylines.append(whole)
            return True
    if _NAMES_LINE.fullmatch(line) and len(line.split()) <= 10 and not p["credit_alone"].fullmatch(line):
        layout.bylines.append(line)
        return True
    if body and r.last_prose <= index and "(" in line and _inline_credit().search(line) and (signed := signature(line)):
        # "Ana Gómez (con información de EFE)" under the text's last paragraph: the writer's
        # signature and the outlets the text came from, no picture's credit
        layout.bylines.append(signed)
        return True
    return False


def _without_inline_credits(r: _Reading, line: str) -> str | None:
    """A picture's credit printed inside the line ("... (Photo: AFP)", _inline_credit): the
    credits taken, the rest a caption where it is short. The line left to read on, None
    where nothing is left of it."""
    layout = r.layout
    credits = [m.group("who").strip() for m in _inline_credit().finditer(line)]
    if credits:
        layout.credits.extend(credits)
        line = _inline_credit().sub("", line).strip()
        if line and len(line.split()) <= 40:  # a photo with its credit: a caption
            layout.captions.append(line.rstrip(" .") + ".")
            return None
    if not line:
        return None
    return line


def _without_date_openings(r: _Reading, index: int, line: str) -> str | None:
    """A date or dateline opening the line: a date label and an ISO day (metadata "date"), a
    headline led by the page's date, a wire's dateline alone ("MADRID, 15 Ago. (EUROPA PRESS)
    -"); and a site's clock or another day's line under a widget's heading (boilerplate). The
    line left to read on, None where it was taken whole."""
    layout, body, lines = r.layout, r.body, r.lines
    p = _line_patterns()
    if (m := p["inline_date"].match(line)):
        layout.metadata.setdefault("date", m["value"])
        line = line[m.end():]
    if (layout.title is None and not body and "date" not in layout.metadata and (m := _DATE_OPENING.match(line))
            and _whole_date(m["date"]) and len(line[m.end():].split()) >= 3 and _is_heading_like(line[m.end():])):
        # "21/03/08 - Liban : Les 30 ans de la FINUL": a headline led by the page's date
        layout.metadata["date"] = m["date"].strip()
        line = line[m.end():]
    if layout.dateline is None and len(body) <= 1 and (alone := dateline_alone(line)):
        # "MADRID, 15 Ago. (EUROPA PRESS) -" on a line of its own above the lead: the
        # dispatch's place and agency; its day is read as the page's date line below
        layout.dateline = alone
        if not is_date_line(line):
            return None
    if clock_line(line):
        layout.boilerplate.append(line)  # "Today: Thursday, 23 May 2024": the site's clock
        return None
    if index and other_day_heading(lines[index - 1]) and is_date_line(line):
        # the day under "El tiempo en: Mijas" (the widget's, today's), under "Fecha límite:"
        # or an aggregator's "lấy tự động vào lúc" (the copy's): another day than the page's
        layout.boilerplate.append(line)
        layout.other_days.append(line)
        return None
    return line


def _read_date_line(r: _Reading, index: int, line: str, under_headline: bool) -> bool:
    """A date line (is_date_line; loosely read under the headline and above the text): other
    stories' or a comment's stamp, a dateline's city and day, a writer's name before it, a
    reposted story's outlet, then an update's stamp or the page's date (_take_page_date).
    Whether the line was taken."""
    layout, body, lines = r.layout, r.body, r.lines
    # (a lead printed above the byline and the date, as a standfirst, has not begun the
    # text yet: a date line under it is still read as loosely as one above it)
    if is_date_line(line, strict=not under_headline and (len(body) > 1 or (bool(body) and "date" in layout.metadata)),
                    under_headline=under_headline):
        if body and _in_stamp_run(lines, index):
            layout.teasers.append(line)  # a list's stamps below the text: other stories'
            return True
        if r.comment_thread:
            layout.boilerplate.append(line)  # a reader's comment's stamp, under the thread's heading
            layout.comment_stamps.append(line)
            return True
        if not body and _listed_story_day(lines, index):
            layout.teasers.append(line)  # another story's day, in a block of related stories above the text
            return True
        _byline_before_date(layout, r.headers, lines[:index])
        _initials_before_date(r, lines[:index])
        if layout.dateline is None and (r.headers or layout.title) and len(body) <= 1 and (placed := city_date_line(line)):
            # "Kathmandu, December 14" alone under the headline, above the lead: the
            # dateline set on a line of its own, and the page's date
            layout.dateline = placed
        if not layout.bylines and (signed := writer_and_date(line, head_of_page=not body)):
            layout.bylines.append(signed[0])  # "Jane Roe Published June 4, 2022": the writer, then the date line
            line = signed[1]
        reposted = None if body else reposted_source_line(line)
        if reposted:
            # "3 March 2019 The Harbour Gazette" above the text: the day and the outlet of a
            # story another site reposts; the outlet is its source, and a date line the page
            # printed before it stays the page's own
            layout.metadata.setdefault("source", reposted[1])
            if "date" in layout.metadata:
                layout.boilerplate.append(line)
                return True
        _take_page_date(r, line)
        return True
    return False


def _take_page_date(r: _Reading, line: str) -> None:
    """A date line of the article's read (r: the reading; line: the date line, its writer's
    name cut off): an update's stamp (metadata "updated"), or the page's date (metadata
    "date"), weighed against a date printed above every headline (the site's header, the day
    the page was seen: set aside as boilerplate), a headline ending on its day, or a date line
    read before it (a later one under the headline, or one without its year, is
    boilerplate). Brings the masthead's state (masthead_date, date_above_headline,
    bar_headers, menu_under_date) up to date."""
    layout, body = r.layout, r.body
    if update_stamp(line):  # "Updated 21 March 2023 10:30": a later edit
        if not body:
            # a date above every headline later than the article's update: the header's
            # day of viewing, no publication date (an article appears on or before its update)
            _set_header_day_aside(layout, r.masthead_date, line, True)
        layout.metadata.setdefault("updated", line)
    elif ("date" in layout.metadata and not body and layout.title is None and not r.headers and _with_year(line)
            and (dayless := _headline_ending_on_a_day(layout.metadata["date"]))):
        # "Pilots' Day - June 12", then "June 13, 2021": a headline ending on the day it
        # is about, its year unprinted, then the page's full date line
        r.headers[dayless] = 1
        layout.metadata["date"] = line
    elif (r.date_above_headline and not body and not r.headers and layout.title is None and "date" in layout.metadata
            and (_timed_stamp_under_header_day(line, layout.metadata["date"])
                 or (r.menu_under_date and _stamp_under_header_menu(line, layout.metadata["date"])))):
        # "Tuesday Mar 4, 2025" / "Monday, 12 April 2021 00:15", both above every
        # headline: the site's header (the day the page was seen), then the article's
        # own stamp with its clock time
        _set_header_day_aside(layout, layout.metadata["date"], line, False)
        layout.metadata["date"] = line
        r.masthead_date = None
    elif ("date" in layout.metadata and (r.date_above_headline or r.masthead_date == layout.metadata["date"])
            and (r.headers or layout.title) and len(body) <= 1
            and _with_year(line) and not _with_year(layout.metadata["date"])):
        # "28 Marzo" above every headline (a widget's day, no year), then the headline,
        # maybe its standfirst, and "28 Noviembre, 2015": the full date under the
        # headline is the article's, the day without a year the site's
        layout.boilerplate.append(layout.metadata["date"])
        layout.metadata["date"] = line
        r.date_above_headline = False
        r.masthead_date = None
    elif "date" in layout.metadata and (not ((r.date_above_headline or r.menu_under_date) and (r.headers or layout.title) and not body)
                                        or (_with_year(layout.metadata["date"]) and not _with_year(line))):
        # (a day without its year under the headline, "from May 2", does not replace
        # the full date printed above it)
        layout.boilerplate.append(line)
    else:
        # A date above every headline, then another under the headline: the first is
        # the site's header (today's date, as many portals print it), the second the
        # article's.
        if "date" in layout.metadata:
            layout.boilerplate.append(layout.metadata["date"])
        layout.metadata["date"] = line
        r.date_above_headline = not r.headers and layout.title is None and not body
        # (a date line under the site's name alone, "El Diario del Sur", then its menu:
        # the masthead's date, read as one above every headline once the menu is read)
        r.masthead_date = line if layout.title is None else None
        # (the headings read so far, none but the site's name, "El Diario del Sur":
        # a menu read next, before any other heading, puts the date above the menu)
        r.bar_headers = len(r.headers) if r.masthead_date is not None and all(map(site_name_shaped, r.headers)) else -1
        r.menu_under_date = False


def _read_headline(r: _Reading, index: int, line: str) -> bool:
    """A line that may be the headline, above the text (headers, counted as printed), a line
    printed again, a summary cut short and printed in full below (a teaser), the title
    printed twice. Whether the line was taken."""
    layout, body, lines = r.layout, r.body, r.lines
    p = _line_patterns()
    # (the line is made bare only where a headline may still be: above the text, in the first lines)
    # (lines read as captions above it, a picture's legend printed twice with its credit,
    # "Cuartel general ..." / "Cuartel general ..." / "Photo Credit: ...", leave the
    # headline found by headline_line the page's headline)
    if (layout.title is None and not body and (layout.captions in ([], [r.head_legend]) or index == r.headline_at)
            and index - r.boxed < 12
            and _is_headline(headline := _bare_heading(line)) and not _dated_or_credited(line)
            # (a lead's first line opening with a wire's dateline, its lines broken at a
            # fixed width, is no headline)
            and not opens_with_wire_dateline(line)
            # (a kicker in brackets closing the headline, "[PHOTOS]", reads as a credit: the line without it is asked)
            and not p["credit_tail"].fullmatch(unkicked := without_kicker(line))
            and not (p["credit_alone"].fullmatch(line) and not _kicker_opening_headline(line, unkicked))
            and not agency_credit(unkicked)):
        if headline != line and (site := known_site_cut(line)):
            r.cut_sites.setdefault(headline, site)
        line = headline
        if line in r.headers:
            r.headers[line] += 1  # a headline printed twice
        else:
            r.headers[line] = 1
        return True
    if line in r.headers:
        r.headers[line] += 1  # printed again further down
        return True
    # (the lines below are gathered only for a line cut short: a copy per line is quadratic)
    if line.endswith(_ELLIPSES) and _cut_summary(line, lines[index + 1:]):
        layout.teasers.append(line)  # a summary cut short, printed again in full below
        return True
    if layout.title and line == layout.title:
        return True  # a headline printed twice
    return False


def _read_picture_credits(r: _Reading, index: int, line: str) -> bool:
    """A picture's credit alone, a caption with its credit at its end or an agency's credit,
    the short line right under a credit alone (a caption; not under a line between them that
    another step took, a date line, a byline), a line with a caption marker. Whether the
    line was taken."""
    layout = r.layout
    p = _line_patterns()
    if (m := p["credit_alone"].fullmatch(line)) and len(line.split()) <= 10:
        layout.credits.append(line)
        r.credit_row = index
        return True
    if (m := p["credit_tail"].fullmatch(line)) and len(line.split()) <= 80:
        layout.captions.append(m["caption"].strip(" .") + ".")
        layout.credits.append(m["value"].strip())
        return True
    if len(line.split()) <= 60 and (credited := agency_credit(line)):
        layout.captions.append(credited[0] + ".")
        layout.credits.append(credited[1])
        return True
    if not r.body and index < r.last_prose and (credited := legend_agency_credit(line)):
        # "Troops near Tyre. AFP" above the text: a picture's legend and its agency's credit
        # (the agency's name after the text's last sentence, even its only one, signs the
        # dispatch off)
        layout.captions.append(credited[0] + ".")
        layout.picture_captions.append(credited[0] + ".")
        layout.credits.append(credited[1])
        return True
    if (r.credit_row == index - 1 and len(line.split()) <= 30 and len(re.findall(r"[.!?](?:\s|$)", line)) <= 1
            and not opens_with_credited_dateline(line)):
        # (a line opening with a dispatch's credited dateline, "JUBA (AFP) — ...", is the lead)
        layout.captions.append(line)
        layout.picture_captions.append(line)
        return True
    if p["caption_marker"].search(line):
        layout.captions.append(line)
        layout.picture_captions.append(line)
        return True
    return False


def _read_signatures_and_captions(r: _Reading, index: int, line: str) -> bool:
    """A name signing the text off under its last paragraph (a byline; a reader's under a
    comment thread: boilerplate), a caption printed twice or glued to its credit, a headline
    printed twice under a kicker, a title-case line (a caption), a widget's labels without
    their values. Whether the line was taken."""
    layout, body, lines = r.layout, r.body, r.lines
    if r.comment_thread and body and signature(line):
        # a name under a comment thread's heading below the text: a reader's, over the
        # stamp and words of a comment, no writer signing the text off
        layout.boilerplate.append(line)
        return True
    if (body and (signed := signature(line)) and r.last_prose <= index
            and _prose_above(lines, index)
            and not (index + 1 < len(lines) and slogan_line(lines[index + 1]))):
        # (a name over the site's slogan, "Hebdomadaire d'informations générales", is the
        # site's, printed in its footer: no writer's)
        layout.bylines.append(signed)  # the writer signing the text off under its last paragraph
        return True
    next_line = lines[index + 1] if index + 1 < len(lines) else ""
    # a photo's legend printed twice, once bare and once with its credit glued on
    # ("... en el Líbano." / "... en el Líbano.Jane DoeEFE"): one caption
    if _caption_again(line, next_line):
        if line not in layout.captions:
            layout.captions.append(line)
        return True
    if len(layout.captions) > r.captions_seen:
        r.caption_set.update(layout.captions[r.captions_seen:])  # the captions taken so far, as a set
        r.captions_seen = len(layout.captions)
    if _glued_caption(line, r.caption_set):
        return True
    if (next_line == line and layout.title is None and not r.headers and body and all(_label_line(b) for b in body)
            and _is_headline(line) and not line.endswith(TERMINAL)):
        # a headline printed twice under a kicker ending on a colon ("Minister:"), which
        # the text began on: the kicker is furniture, the line the headline
        layout.boilerplate.extend(body)
        body.clear()
        r.headers[line] = 1
        return True
    if (next_line == line and len(line.split()) <= 40) or (line in r.caption_set):
        if line not in r.caption_set:
            layout.captions.append(line)  # a photo's caption printed twice (alt text and legend)
        return True
    if (not line.endswith(TERMINAL) and (next_line.startswith(line) or (_is_title_case(line) and len(line.split()) <= 20))
            and not opens_with_wire_dateline(line)):
        layout.captions.append(line)
        return True
    if not body and _empty_label_run(line, lines[index - 1] if index else "", next_line, layout.boilerplate):
        layout.boilerplate.append(line)  # a widget's labels, their values not printed: the text has not begun
        return True
    return False


def _read_text(r: _Reading, line: str) -> None:
    """A line of the text: the title chosen from the headers once the text begins, a
    subheading ("## "), a short section tag above the text (boilerplate), else a paragraph of
    the body."""
    layout, body = r.layout, r.body
    if layout.title is None and r.headers:
        _choose_title(layout, r.headers, line, r.found_headline)  # the text begins: the headline is above it
    if layout.title and line == layout.title:
        return
    if _is_heading_like(line) and body:
        body.append("## " + line)
        return
    if not body and words_in(line) < 6 and not line.endswith((".", "!", "?", "\u2026", ":", *ANY_SCRIPT_TERMINAL[len(TERMINAL):])):
        layout.boilerplate.append(line)  # a section tag or label above the text, not its first paragraph
        return
    body.append(line)


def _finish_layout(r: _Reading, text: str) -> None:
    """What segment reads once every line of the page is read (r: the reading's end state;
    text: the page's text): the title among the headers (_close_reading), then the steps that
    need the whole page (a date line read as text, the markup's date, the bylines, datelines,
    credits and sign-offs around the text, teasers closing it), the site's name
    (_site_name_from_furniture), the paragraphs (sentences glued at a stop parted), the
    headline's repairs, and the title bare of the site's name (_title_without_site)."""
    layout, body, lines = r.layout, r.body, r.lines
    _close_reading(r)
    _date_lines_as_text(layout, body, lines)
    if "date" not in layout.metadata and (stamp := markup_date(text)):
        layout.metadata["date"] = stamp  # the markup's publication time, the text printing no date line
    _mailed_bylines(layout, body, lines)
    _name_above_lead(layout, body, lines)
    _name_above_headline(layout, body, lines)
    _name_as_headline(layout, body, lines)
    _take_dateline(layout, body)
    _byline_places(layout)
    _take_feed_credit(layout, body)
    _take_glued_writer(layout, body)
    _take_footer_source(layout, body)
    _take_agency_signoff(layout, body, r.signoffs)
    _take_signoff_dateline(layout, body, r.signoffs, r.signoff_lines)
    _take_closing_teasers(layout, body)
    page_lines = split_lines(text)
    _site_name_from_furniture(layout, page_lines)
    layout.paragraphs = [_GLUED_SENTENCE.sub(_unglue, para) for para in body if para.strip()]
    _headline_under_kicker(layout)
    _echoed_headline(layout, page_lines)
    _headline_read_as_date(layout, page_lines)
    _wrapped_headline(layout, page_lines)
    _slogan_read_as_title(layout, page_lines)
    _title_without_site(layout, r.cut_sites)


def _close_reading(r: _Reading) -> None:
    """The end of the line-by-line reading: the title chosen among the headers where the text
    never began (_choose_title), whether the page's date was printed above the site's menu
    (layout.date_over_menu), the chrome's lines cut off (boilerplate, or teasers under a
    ticker) and the web addresses printed alone (layout.addresses)."""
    layout = r.layout
    if layout.title is None and r.headers:
        _choose_title(layout, r.headers, found_headline=r.found_headline)
    layout.date_over_menu = r.menu_under_date and r.masthead_date is not None and layout.metadata.get("date") == r.masthead_date
    if r.chrome:
        # the site's header and menus, after the furniture of the article itself: a date
        # printed there is the day the page was seen (today's), read only when the article
        # prints none
        # (a ticker's lines are other articles' headlines and summaries: teasers, whose days
        # are theirs)
        (layout.teasers if r.ticker is not None else layout.boilerplate).extend(line for line in r.above if line not in r.kept)
    layout.addresses = [
        *(line for line in (r.above if r.chrome else []) if line not in r.kept and _LONE_ADDRESS.fullmatch(line)),
        *(line for line, before, count in r.lone_addresses if before or count == len(r.body)),
        *(line for line in layout.teasers if _LONE_ADDRESS.fullmatch(line)),
    ]


def _site_name_from_furniture(layout: Layout, page_lines: list[str]) -> None:
    """The site's name where no title bar above the headline gave it: a name printed after
    the headline on the page's lines (suffixed_site), else the site's title bar in the
    furniture above the text ("Báo Sông Hồng - Tin tức trong ngày": site_title_bar)."""
    if layout.site_name is None:
        layout.site_name = suffixed_site(page_lines)
    if layout.site_name is None:
        layout.site_name = next((site for line in layout.boilerplate if (site := site_title_bar(line))), None)


def _title_without_site(layout: Layout, cut_sites: dict[str, str]) -> None:
    """The title bare: a leading stamp, a share bar's label and a wire's desk slug, the site's
    name, a trail and a cell's edges cut off (the site's name so cut is layout.site_name where
    none was read: the title bar as the only headline line, "Headline - The Example Ledger";
    cut_sites: a heading's bare line -> the known outlet's name cut from it when the line was
    read)."""
    if layout.title:
        unstamped = without_leading_stamp(layout.title)
        if layout.site_name is None:
            layout.site_name = headline_site(unstamped) or cut_sites.get(layout.title)
        headline = without_desk_slug(without_share_label(unstamped))
        layout.title = without_bullet(without_cell_edges(without_trail_marks(without_trail(without_named_site(
            without_unknown_site_name(headline), layout)))))
        if (closing := headline_closing_credit(layout.title)):
            layout.title = closing[0]
            layout.metadata.setdefault("source", closing[1])


# A bracket closing a headline's line: its words, then maybe a comma and a day
# (headline_closing_credit).
_CLOSING_CREDIT_BRACKET = re.compile(r"^(?P<head>.*\S)\s*\((?P<credit>[^(),]+?)(?:\s*,\s*(?P<day>[^()]+?))?\s*\)\s*$")


def headline_closing_credit(title: str) -> tuple[str, str] | None:
    """(the headline, the outlet as printed) where a bracket closing the headline's line
    credits a known outlet, alone or with the day it carried the story: a reprint or an
    aggregator crediting the story it took ("Peacekeepers leave Kidal (AFP)", "... quân đội
    (RFI, 30/08/2018)"), or in a credit's words ("(avec AFP)", "(Theo TTXVN)", "(Con
    información de EFE)"); the outlet as _bracketed_credit or credit_line reads it (sources.yaml
    knows it), printed as the outlet prints it (_outlet_printed: a word alias counts, "(El
    País)"; not "(map)" nor "(Map)", the headline's label, for the agency MAP).
    TITLE_BAR_HEAD_WORDS words or more left before the bracket. None for any other bracket: a
    body or a mission ("(MINUSMA)"), a place, a label ("(Video)", "(Part 2)"), a day alone, or
    an outlet followed by words that are no date."""
    if not (m := _CLOSING_CREDIT_BRACKET.match(title)) or len(_LETTERS.findall(m["head"])) < TITLE_BAR_HEAD_WORDS:
        return None
    if m["day"] is not None:
        days = [d for d in find_dates(m["day"]) if d.kind == "date"]
        if len(days) != 1 or fold(m["day"][:days[0].start] + m["day"][days[0].end:]).strip(" ,."):
            return None  # (the words after the comma are a day and nothing else)
    credited = _bracketed_credit(m["credit"]) or credit_line(m["credit"])
    if credited and not (_outlet_printed(credited) or (word_alias(credited) and reference().find_printed_source(credited))):
        return None  # (a label spelled as an acronym, "(map)", "(Map)": not the agency MAP)
    return (m["head"].rstrip(" -\u2013\u2014:|"), credited) if credited else None


# The bars a page laid out in table cells prints at the edges of a cell's text ("Headline |",
# "| Headline ||"): a cell's border, no part of the headline.
_CELL_EDGES = re.compile(r"^[\s|\u00a6]*\|[\s|\u00a6]*|[\s|\u00a6]*\|[\s|\u00a6]*$")


# A bullet opening a headline printed as a list's item ("• Headline", "▪ Headline", or
# glued to it, "•Headline"): a round or square mark, maybe a space. A dash or a figure may
# open a headline and is kept.
_TITLE_BULLET = re.compile(r"^\s*[\u2022\u25aa\u25cf\u25a0\u25e6\u2023\u00b7]\s*")


def without_bullet(title: str) -> str:
    """The title without the bullet a page prints before a headline set as a list's item
    ("• Nepal Army to be Deployed in Libya" -> "Nepal Army to be Deployed in Libya"; a
    blog's post listed with its mark). The title as it is where no bullet opens it, or where
    nothing is left after the bullet."""
    bare = _TITLE_BULLET.sub("", title, count=1)
    return bare if bare.strip() else title


# The marks of a breadcrumb trail opening a headline's line whose crumbs a copy lost (their
# text was links): "» » Headline", "› Headline". A headline never opens on a closing
# guillemet nor on a single right-pointing angle quotation mark.
_BARE_TRAIL_MARKS = re.compile(r"^[\s\u00bb\u203a]*[\u00bb\u203a]\s*")


def without_trail_marks(title: str) -> str:
    """The title without the breadcrumb marks that open its line with no crumb before them
    ("» » Dos cascos azules heridos" -> "Dos cascos azules heridos"): a trail whose items were
    links the copy dropped. The title as it is where no such mark opens it, or where nothing
    is left after them."""
    bare = _BARE_TRAIL_MARKS.sub("", title)
    return bare if bare.strip() else title


def without_cell_edges(title: str) -> str:
    """The title without the bars that open or close its line on a page laid out in table
    cells ("Peacekeepers stay in the south |" -> "Peacekeepers stay in the south"); a bar
    between two parts of the line stays (a title bar is read by without_site_name and
    without_trail). The title as it is where no bar opens or closes it, or where nothing but
    bars is left."""
    bare = _CELL_EDGES.sub("", title)
    return bare if bare.strip() else title


# A line's closing marks that end a sentence or a clause: no site name's.
TERMINAL_MARKS = (".", "!", "?", ":", ";", ",")
# A word of a name that holds a number: the number alone, of one to three digits ("Quân khu
# 9", "Canal 13"), or glued to letters ("M24", "TV5"); a year, a date or a clock is none.
_NAME_NUMBER = re.compile(r"\d{1,3}|[^\W\d_]+\d{1,3}[^\W\d_]*")


def numbers_of_a_name(words: list[str]) -> bool:
    """Whether the digits of a line's words (if any) are those of an outlet's name: every word
    holding a digit is a number of one to three digits or one glued to letters (_NAME_NUMBER),
    and a word of letters alone stands beside a bare number ("Quân khu 9", not "9" nor "12 15");
    a date ("15/04/2025"), a year ("2025") or a clock ("08:41") makes the line none."""
    numbered = [word for word in words if any(ch.isdigit() for ch in word)]
    if not numbered:
        return True
    if not all(_NAME_NUMBER.fullmatch(word) for word in numbered):
        return False
    return any(not any(ch.isdigit() for ch in word) for word in words) or all(not word.isdigit() for word in numbered)


def site_name_shaped(line: str, most_words: int = 4, connectors: bool = True, numbers: bool = True) -> bool:
    """Whether a line of a page (str, stripped) is shaped as a site's name on a line of its
    own (a masthead, the line over a slogan): one to most_words words, each opening on a
    capital or a bare number, or the line in capitals; no closing stop nor clause mark
    (TERMINAL_MARKS). connectors=True: the name's lower-case connectors (vocabulary
    "name_connectors": "de", "of") and "&" may stand between its words, uncounted; False:
    every word counts and opens on a capital. numbers=True: a name's number may stand
    (numbers_of_a_name: "Quân khu 9", "M24"), no date, year or clock; False: no digit at
    all. Returns a bool; what the line names (a section, a place, a byline) is the caller's
    to ask."""
    words = line.split()
    if connectors:
        listed = reference().words("name_connectors")
        words = [word for word in words if fold(word) not in listed and word != "&"]
    return (1 <= len(words) <= most_words and (line.isupper() or all(word[:1].isupper() or word.isdigit() for word in words))
            and not line.endswith(TERMINAL_MARKS)
            and (numbers_of_a_name(line.split()) if numbers else not any(ch.isdigit() for ch in line)))


# The most words of a page's first line read as the site's name over its slogan, and of a
# headline taken below the slogan in its place (_slogan_read_as_title).
SLOGAN_SITE_WORDS = 4
SLOGAN_HEADLINE_WORDS = 20
# A headline taken with no date line under it has this many words at least (a menu's item has
# fewer) and this many at most (_slogan_read_as_title).
SLOGAN_FREE_HEADLINE_WORDS = (4, 15)
# The most words of a menu's item standing between the slogan and the headline.
MENU_ITEM_WORDS = 3


def _slogan_read_as_title(layout: Layout, lines: list[str]) -> None:
    """Where the title read is the page's second line, right under a first line shaped as a
    site's name (site_name_shaped: one to SLOGAN_SITE_WORDS capitalised words, no lower-case
    connector, no stop, no digit; no section's name: "Example Post" over "The news of the
    valley"), it is the site's slogan, and the headline stands further down, above the text: the line right above the page's first date
    line under the slogan ("<headline>" / "March 5, 2024"), else the first line under the
    slogan, above the text (a line longer than SLOGAN_HEADLINE_WORDS words), of
    SLOGAN_FREE_HEADLINE_WORDS words (a menu's items are shorter, a lead's sentence
    longer or closed by a stop), no date, no breadcrumb, no label closed by a colon, with
    furniture between the slogan and it (a menu's item of MENU_ITEM_WORDS words at most, a
    date line, a breadcrumb: a line right under the slogan is the headline's summary). The
    headline taken shares more words with the text than the slogan does (segment's echo
    words: a site's slogan is about the site, the headline about the story) and leaves the
    paragraphs and the furniture; the slogan goes to the boilerplate. Nothing changes
    without such a headline. lines: the page's lines in order (split_lines). Changes layout
    in place."""
    page = [line.strip() for line in lines if line.strip()]
    if len(page) < 4 or not layout.title or page[1].lstrip("# ").strip() != layout.title:
        return
    first = page[0].lstrip("# ").strip()
    if (not site_name_shaped(first, SLOGAN_SITE_WORDS, connectors=False, numbers=False)
            or section_name(re.findall(r"[^\W\d_]+", fold(first)))):
        return

    def headline_like(line: str) -> bool:
        return (len(line.split()) <= SLOGAN_HEADLINE_WORDS and not is_date_line(line) and not breadcrumb(line)
                and not line.endswith(":") and len(line.split()) >= 3)

    below = [line.lstrip("# ").strip() for line in page[2:]]
    dated = next((at for at, line in enumerate(below) if is_date_line(line)), None)
    heading = None
    if dated and headline_like(below[dated - 1]):
        heading = below[dated - 1]
    else:
        # (above the text: the lines up to the first longer than a headline)
        low, high = SLOGAN_FREE_HEADLINE_WORDS
        head = below[:next((at for at, line in enumerate(below) if len(line.split()) > SLOGAN_HEADLINE_WORDS), len(below))]
        heading = next((line for line in head if headline_like(line) and low <= len(line.split()) <= high
                        and not line.endswith((".", "!", "?"))), None)
    if heading is None:
        return
    # (furniture between the two: a menu's item, a date line or a breadcrumb; a line right
    # under the title, "<headline>" / "<standfirst>", is the headline's summary)
    between = below[:below.index(heading)]
    if not any(len(line.split()) <= MENU_ITEM_WORDS or is_date_line(line) or breadcrumb(line) for line in between):
        return
    others = [para.removeprefix("## ") for para in layout.paragraphs if para.removeprefix("## ").strip() not in (heading, layout.title)]
    text = set().union(*(_echo_words(para) for para in others))
    if len(_echo_words(heading) & text) <= len(_echo_words(layout.title) & text):
        return  # the text echoes the line read as the title as much: it is the headline
    layout.boilerplate.append(layout.title)
    layout.title = heading
    for part in (layout.paragraphs, layout.captions, layout.boilerplate):
        for item in list(part):
            if item.removeprefix("## ").strip() == heading:
                part.remove(item)


# The most words of a site's name the page prints again, read after the title bar's separator.
NAMED_SITE_WORDS = 4


def without_named_site(title: str, layout: Layout) -> str:
    """The title without the name its title bar prints after the headline where the page
    prints that name again in its furniture - alone on a line, or as a whole word of a byline,
    a credit, a date line, a breadcrumb trail or a copyright line ("<headline> - VietBF" over
    "Go Back VietBF > World Box", "<headline> - Khabarhub" over "Khabarhub"):
    NAMED_SITE_WORDS words at most, capitalised, four letters at least, no place the gazetteer
    knows nor a section's name ("... - Mali" over a menu's "Mali" stays); three words or more
    left. The title as it is otherwise."""
    def printed_again(site: str) -> bool:
        if (len(site.split()) > NAMED_SITE_WORDS or len(site) < 4 or not site[:1].isupper() or _known_place(site)
                or section_name(_LETTERS.findall(fold(site)))):
            return False
        named = re.compile(rf"(?<!\w){re.escape(site)}(?!\w)")
        # (a line of tags or of other words of the page's furniture, "Tags: Guterres, Mali", is no
        # evidence: an attribution after the dash, "... - Guterres", stays)
        furniture = [*layout.bylines, *layout.credits, *layout.metadata.values(),
                     *(line for line in layout.boilerplate if line.strip() == site or breadcrumb(line) or "\u00a9" in line)]
        return any(line != title and named.search(line) for line in furniture)
    return without_site(title, printed_again)


# A letter or a digit of any script: a paragraph without one is no text (punctuation alone).
_ANY_WORD = re.compile(r"[^\W_]")


def _date_lines_as_text(layout: Layout, body: list[str], lines: list[str]) -> None:
    """Gives the text back the lines read as its date lines (layout.metadata "date" and
    "updated", each taken whole from a line of lines, and the date lines set aside as
    furniture after them: layout.boilerplate) where, without them, the text (body, a
    list of paragraphs changed in place) holds no paragraph with a letter or a digit: a
    seed's only sentence that ends on a day and lacks its full stop ("The convoy left Gao on
    4 May 2023", a page cut short) reads as a date line, and taking it away as furniture would
    leave no article. Sorting a line into the page's furniture never costs the text its every
    line: those lines are the text, in the order printed, and no longer the page's date (the
    day is the text's, read as any day of a text)."""
    if any(_ANY_WORD.search(row) for row in body):
        return
    taken = [key for key in ("date", "updated") if layout.metadata.get(key) in lines]
    if not taken:
        return
    # (a second date line is set aside as furniture when the page already has its date line)
    set_aside = [row for row in layout.boilerplate if row in lines and is_date_line(row)]
    restored = sorted({*(layout.metadata.pop(key) for key in taken), *set_aside}, key=lines.index)
    layout.boilerplate[:] = [row for row in layout.boilerplate if row not in set_aside]
    body[:] = [*(row for row in body if row.strip()), *restored]


# A headline the text echoes shares ECHOED_WORDS of its words or more with the running text;
# a line of the site's chrome read as the title (a masthead, a header stamp with the newsroom's
# telephone and e-mail, a label such as "ID :") shares UNECHOED_WORDS at most (_echoed_headline).
# Words of three letters or more, folded, stopwords left out (a Vietnamese word is a syllable).
ECHOED_WORDS = 3
UNECHOED_WORDS = 1
# The marks a list item opens on, before a headline printed as one ("• Headline").
_LIST_MARKS = " \u2022\u00b7*\u00bb\u2013\u2014-"


_ECHO_WORD = re.compile(r"[^\W\d_]{3,}")


def _echo_words(line: str) -> set[str]:
    stop = reference().words("stopwords")
    return {w for w in _ECHO_WORD.findall(fold(line)) if w not in stop}


# The most words of the second line of a headline broken in two.
WRAPPED_HEADLINE_WORDS = 15


def _wrapped_headline(layout: Layout, lines: list[str]) -> None:
    """Joins a headline broken over two lines ("Peacekeepers begin pulling out of the last camp
    in" / "northern Mali after a decade"): where the line right after the title opens with a
    small letter, holds two to WRAPPED_HEADLINE_WORDS words (WRAPPED_HEADLINE_FIRST_WORDS at
    least, and a word the lead retells, _retold_by_lead, unless the title ends on a
    stopword, vocabulary "stopwords": a preposition, an article, a conjunction - no headline
    ends so) and is no sentence's end, date line,
    byline, menu, label or copyright, that line is the headline's end, taken from the
    paragraphs, boilerplate or captions it was read into. A title opening with a small letter
    is the second half of one (_wrapped_headline_above), unless its first word has a capital
    inside it, a name's written form ("eSwatini sends troops"); so is a title right under a
    Title Case line closing on a comma, which is no headline by itself (_headline_shaped,
    _under_comma_line: "Minister of Defence, Ms. Jane Roe," / "Reviews the Battalion").
    lines: the page's lines in order (split_lines). Changes layout in place."""
    title = layout.title
    words = title.split() if title else []
    # (a first word with a capital inside it is a name's written form, "iPhone", "eSwatini",
    # "al-Shabaab", no headline's second half)
    if words and ((title[:1].islower() and not any(ch.isupper() for ch in words[0][1:])) or _under_comma_line(title, lines)):
        _wrapped_headline_above(layout, lines)
        return
    if not words:
        return
    at = next((i for i, line in enumerate(lines) if line.strip() == title), None)
    if at is None or at + 1 >= len(lines):
        return
    rest = lines[at + 1].strip()
    # (a headline broken after a word it may end on, "Le Bénin envoie 300 soldats" / "au sein
    # de la mission au Mali": its second line holds WRAPPED_HEADLINE_FIRST_WORDS words at
    # least, a label or a single word under a headline fewer)
    fewest = 2 if fold(words[-1]) in reference().words("stopwords") else WRAPPED_HEADLINE_FIRST_WORDS
    if not (rest[:1].islower() and fewest <= len(rest.split()) <= WRAPPED_HEADLINE_WORDS and not rest.endswith(TERMINAL)
            and not any(mark in rest for mark in (":", "|", "\u00a9")) and not is_date_line(rest) and not find_dates(rest)
            and not opens_with_byline(rest) and not _is_navigation(rest, before_title=False)):
        return
    # (under a headline that may end where it does, a small-letter line is more often the
    # page's furniture, "il y a 3 heures", "listen to this article", "réservé aux abonnés",
    # than its end: taken only where the lead retells it, as it retells a headline)
    if fewest > 2 and not _retold_by_lead(rest, layout.paragraphs):
        return
    found = False
    for part in (layout.paragraphs, layout.boilerplate, layout.captions):
        for item in (rest, "## " + rest):
            if item in part:
                part.remove(item)
                found = True
    if found:  # (a line read as a byline, a credit or a date is no headline's end)
        layout.title = f"{title} {rest}"


# The fewest words of the first line of a headline broken in two after a word a headline may
# end on (a section's name above a headline has fewer).
WRAPPED_HEADLINE_FIRST_WORDS = 3


def _retold_by_lead(line: str, paragraphs: list[str]) -> bool:
    """Whether the lead (the first of paragraphs other than line itself and subheadings)
    shares a content word (_content_words) or a pair of consecutive words, not both
    stopwords (_word_pairs: a Vietnamese word of two syllables), with line: the end of a
    headline broken in two does, page furniture under a headline ("temps de lecture 4 min",
    "nghe bài viết này") does not."""
    lead = next((p for p in paragraphs if p not in (line, "## " + line) and not p.startswith("## ")), "")
    if _content_words(line) & _content_words(lead):
        return True
    stop = reference().words("stopwords")
    return any(not (a in stop and b in stop) for a, b in _word_pairs(line) & _word_pairs(lead))


def _under_comma_line(title: str, lines: list[str]) -> bool:
    """Whether the first line printing title (lines: the page's non-empty lines, split_lines)
    stands right under a line in Title Case (_title_case) closing on a comma: a headline's
    first half ("Minister of Defence, Ms. Jane Roe,"), where a picture's description or a
    sentence cut short on its comma is in sentence case ("Soldiers of the battalion wait at
    the gate,")."""
    at = next((i for i, line in enumerate(lines) if line.strip() == title), None)
    return bool(at) and lines[at - 1].rstrip().endswith(",") and _title_case(lines[at - 1].split())


def _wrapped_headline_above(layout: Layout, lines: list[str]) -> None:
    """Joins a headline broken over two lines after a word a headline may end on ("Uruguay
    despide a 230 soldados" / "rumbo a la misión en el Congo"), where the title taken opens
    with a small letter: no headline does, so it is the headline's second half, and the line
    right above it its first where that line opens with a capital, holds
    WRAPPED_HEADLINE_FIRST_WORDS to WRAPPED_HEADLINE_WORDS words, ends on no stop, colon or
    other end mark (TERMINAL) and is no date line, byline, menu, section's name,
    copyright or person's name alone (_writer_named: a columnist's name above the
    headline, _name_above_headline); it is taken from the boilerplate or captions it was
    read into; a title opening with a capital is joined so to a Title Case line above closing
    on a comma (_under_comma_line). lines: the
    page's lines in order (split_lines). Changes layout in place."""
    title = layout.title
    at = next((i for i, line in enumerate(lines) if line.strip() == title), None)
    if not at:
        return
    first = lines[at - 1].strip()
    if not (first[:1].isupper() and WRAPPED_HEADLINE_FIRST_WORDS <= len(first.split()) <= WRAPPED_HEADLINE_WORDS
            and not first.endswith((*TERMINAL, ":")) and not any(mark in first for mark in ("|", "\u00a9"))
            and not is_date_line(first) and not opens_with_byline(first) and not _is_navigation(first, before_title=True)
            and not section_name(fold(first).split())
            and not (re.fullmatch(_NAME, first) and _writer_named(first))):
        return
    found = False
    for part in (layout.boilerplate, layout.captions):
        if first in part:
            part.remove(first)
            found = True
    if found:  # (a line read as a paragraph, a byline or a date is no headline's start)
        layout.title = f"{first} {title}"


# The fewest words besides its date of a headline that the date reader took for a date line.
DATED_HEADLINE_WORDS = 5
# A separator between the parts of a page's title bar.
_TITLE_BAR_SEPARATOR = re.compile(r"\s[|\u2013\u2014-]\s")


# A bracket closing a line ("... (7 November 2024)", "... [12 de marzo de 2023]").
_CLOSING_BRACKETED = re.compile(r"[(\[](?P<inside>[^()\[\]]{6,40})[)\]]\s*$")


def closing_bracketed_day(line: str, alone: bool = True) -> DateMention | None:
    """The full date a line closes on in brackets ("Incident near the border (7 November
    2024)", "Communiqué sur la FINUL (mardi 12 mars 2023)", "... [12/3/2023]"), as a press
    office's headline prints its statement's day or a report's: such a bracket closes no
    sentence. alone=True: the bracket holds that date alone, maybe a weekday or a day's article
    before it (the headline's own day); alone=False: a few other words may stand beside it
    ("(rapport du 12 mars 2023)", "(since 7 November 2024)": still no sentence's end). Input:
    the line; output: the date's mention, its offsets within the bracket's inside, or None (no
    bracket of 6 to 40 characters closing the line, a span, two dates; with alone, other words:
    "(AFP, 7 November 2024)")."""
    m = _CLOSING_BRACKETED.search(line)
    if not m:
        return None
    inside = m["inside"]
    found = [d for d in find_dates(inside) if d.kind == "date" and d.has_year and d.value.day and d.value_end is None]
    if len(found) != 1:
        return None
    if alone and fold(inside[found[0].end:]).strip(" .,"):
        return None
    before = inside[:found[0].start]
    if alone and re.search(r"[^\W\d_]{3,}", fold(before)) and weekday_number(before.strip(" ,")) is None:
        return None
    return found[0]


def _headline_read_as_date(layout: Layout, lines: list[str]) -> None:
    """Where no title was read and the page's first line of its own (nothing but menus and
    furniture above it) is a headline ending on a full date - read as the page's date line, or
    kept as the text's first paragraph for the date it carries - that line is the title when
    it reads as a headline: it opens as one, closes no sentence, holds DATED_HEADLINE_WORDS
    words or more besides its dates, and the text echoes ECHOED_WORDS of its words or more
    ("Security Council extends the mission's mandate until 31 August 2024", "Les Casques bleus
    célèbrent 75 ans de service le 29 mai 2023", or the day in a bracket closing it, "Incident
    near the border (7 November 2024)": closing_bracketed_day); not a title bar of parts, two separators or
    more, or one holding a line the text begins with (the bare headline). A date line stays as
    read; a paragraph leaves the text. lines: the page's lines in order (split_lines). Changes layout in place."""
    if layout.title is not None:
        return
    dated = layout.metadata.get("date")
    first = layout.paragraphs[0] if layout.paragraphs and not layout.paragraphs[0].startswith("## ") else None
    furniture = set(layout.boilerplate)
    for line, is_paragraph in ((dated, False), (first, True)):
        if not line or (line.endswith(TERMINAL) and closing_bracketed_day(line, alone=False) is None) or not any(
                d.kind == "date" and d.has_year for d in find_dates(line)):
            continue  # (a bracket closing on the day, "... (7 November 2024)", closes no sentence)
        at = next((i for i, row in enumerate(lines) if row.strip() == line.strip()), None)
        if at is None or any(row.strip() not in furniture for row in lines[:at]):
            continue  # (only menus above it: the page's first line of its own)
        if len(_TITLE_BAR_SEPARATOR.findall(line)) >= 2 or any(
                para != line and len(para.split()) >= 3 and para.removeprefix("## ") in line for para in layout.paragraphs[:3]):
            continue  # a title bar of parts ("Headline - 24 de febrero de 2017 - Site - Noticias") over the bare headline
        rest = line
        for found in sorted(find_dates(line), key=lambda d: d.start, reverse=True):
            rest = rest[:found.start] + " " + rest[found.end:]
        prose = [para for para in layout.paragraphs if para != line and _is_prose(para.removeprefix("## "))]
        body = set().union(*(_echo_words(para) for para in prose)) if prose else set()
        if (_opens_as_headline(line) and len(_LETTERS.findall(rest)) >= DATED_HEADLINE_WORDS
                and len(_echo_words(line) & body) >= ECHOED_WORDS):
            layout.title = line.strip()
            if is_paragraph:
                layout.paragraphs.pop(0)
            return


def _headline_under_kicker(layout: Layout) -> None:
    """Where no title was read and the text begins on a kicker closed by a colon ("Dispuso del
    buque para repatriar los equipos del batallón:", "Ottawa to send more troops:"; no prose,
    HEADLINE_MAX_WORDS words at most) with a heading right under it that reads as a headline
    (three words or more), that heading is the title and the kicker page furniture: the text
    began on the line above its headline. Changes layout in place."""
    if layout.title is not None or len(layout.paragraphs) < 3:
        return
    kicker, heading = layout.paragraphs[0], layout.paragraphs[1]
    if not (kicker.rstrip().endswith(":") and not kicker.startswith("## ") and not _is_prose(kicker)
            and len(kicker.split()) <= HEADLINE_MAX_WORDS and heading.startswith("## ")):
        return
    heading = heading[3:].strip()
    if len(heading.split()) >= 3 and _is_headline(heading) and _opens_as_headline(heading):
        layout.boilerplate.append(kicker)
        layout.title = heading
        del layout.paragraphs[:2]


def _standfirst_of(title: str, above: list[str], line: str, lead: str = "") -> bool:
    """Whether a line is the standfirst of the headline printed on the last line above it that
    holds anything (_standfirsts, lead the text's first paragraph: a summary under its
    headline, no headline of its own)."""
    prior = next((row.strip() for row in reversed(above) if row.strip()), "")
    return bool(prior) and _bare_heading(prior.lstrip(_LIST_MARKS).strip()) == title and line in _standfirsts([title, line], lead)


def _echoed_headline(layout: Layout, lines: list[str]) -> None:
    """Where the title read from the page is a line of its chrome that the text never
    echoes (UNECHOED_WORDS of its words at most in the running text: a masthead, a header
    stamp with the newsroom's contacts, a label and its value above the headline), or where
    no title was read and the first paragraph is such a line (not prose), take as the title
    the headline-like line above the text's first paragraph of prose that the text echoes
    (ECHOED_WORDS or more; of several, the most echoed, the nearest the text on a tie),
    bare of a list mark ("\u2022 Headline"), of a time stamp and of the site's name. The
    title put aside goes to the boilerplate, and so do the short lines that are no prose
    above the headline taken; the headline leaves the paragraphs, captions and boilerplate.
    A title the text echoes little but more than its chrome (a pun: "Saving lives") is
    kept, and so is a short one (SHORT_HEADLINE_WORDS to three words) printed twice above the
    text that echoes it. lines: the page's lines in order (split_lines). Changes layout in place."""
    prose = [para for para in layout.paragraphs if _is_prose(para.removeprefix("## "))]
    if not prose:
        return
    title = layout.title
    if title is None:
        first = layout.paragraphs[0].removeprefix("## ")
        if _is_prose(first):
            return  # the text begins at once: its title is derived from the lead
        title = first
    # most titles are echoed by the first paragraphs: read on only until the text echoes more
    # than UNECHOED_WORDS of the title's words
    others = [para for para in prose if para != title]
    title_words, echoed = _echo_words(title), set()
    for para in others:
        echoed |= title_words & _echo_words(para)
        if len(echoed) > UNECHOED_WORDS:
            return
    body = set().union(*(_echo_words(para) for para in others))
    lead = prose[0].removeprefix("## ").strip()[:30]
    first_prose = next((i for i, line in enumerate(lines) if lead and lead in line), None)
    if first_prose is None:
        return
    if (layout.title is not None and echoed and SHORT_HEADLINE_WORDS <= len(title.split()) <= 3
            and sum(line.strip() == title for line in lines[:first_prose]) >= 2):
        # a short headline printed twice above the text that echoes it ("Peacekeepers
        # Honoured"): the page's title and heading (a longer line printed twice is a section's
        # name as often, "Quốc phòng an ninh", and gives way to a headline the text echoes more)
        return
    best: tuple[int, int, str] | None = None
    for index, line in enumerate(lines[:first_prose]):
        heading = _bare_heading(line.strip().lstrip(_LIST_MARKS).strip())
        if heading == title or len(heading.split()) < 3 or is_date_line(heading) or not _is_headline(heading):
            continue
        if heading.rstrip().endswith(","):
            continue  # a sentence cut short on a comma (_headline_shaped): no headline
        if _credited_legend(heading):
            continue  # a picture's legend closed by its photographer's credit: no headline
        if layout.title is not None and _standfirst_of(title, lines[:index], heading, prose[0].removeprefix("## ")):
            continue  # the headline's summary printed under it: the headline stays
        if layout.title is not None and _caps_over_deck(title, heading):
            continue  # the deck or legend under a headline printed in capitals: the headline stays
        shared = len(_echo_words(heading) & body)
        if shared >= ECHOED_WORDS and (best is None or shared >= best[0]):
            best = (shared, index, heading)
    if best is None:
        return
    _, at, heading = best
    if layout.title is not None:
        layout.boilerplate.append(layout.title)
    layout.title = heading
    above = {line.strip() for line in lines[:at]}
    for part in (layout.paragraphs, layout.captions, layout.boilerplate):
        for item in list(part):
            bare = item.removeprefix("## ").strip()
            if bare.lstrip(_LIST_MARKS).strip() == heading or (
                    part is layout.paragraphs and bare in above and not _is_prose(bare)):
                part.remove(item)
                if part is layout.paragraphs and bare.lstrip(_LIST_MARKS).strip() != heading:
                    layout.boilerplate.append(bare)


# An e-mail address alone on its line (a writer's, printed under the byline).
_LONE_MAIL = re.compile(r"[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.I)


def _mailed_bylines(layout: Layout, body: list[str], lines: list[str]) -> None:
    """A writer's name on a line of its own with the writer's e-mail address alone on the
    next ("Jane Roe" over "jroe@example.com"): the name is a byline and the address page
    furniture (where extract reads the outlet's domain from), neither a heading of the text
    nor a caption. A contact's label or an office's name ("Media Contact", "Press Office":
    _contact_label) is no writer's: furniture with its address. body: the text's paragraphs so far, changed in place;
    lines: the page's lines in order."""
    for index in range(1, len(lines)):
        mail, above = lines[index].strip(), lines[index - 1].strip()
        if not (_LONE_MAIL.fullmatch(mail) and re.fullmatch(_NAME, above) and len(above.split()) <= 4
                and not _known_place(above)):
            continue
        placed = False
        for part in (body, layout.captions, layout.boilerplate):
            for item in (above, "## " + above):
                if item in part:
                    part.remove(item)
                    placed = True
        if not placed:
            continue
        for item in (mail, "## " + mail):
            if item in body:
                body.remove(item)
        # (a contact's label or an office's name: furniture, as its address is)
        (layout.boilerplate if _contact_label(above) else layout.bylines).append(above)
        layout.boilerplate.append(mail)


# The most words of a writer's name printed alone above the lead (_name_above_lead).
LEAD_NAME_WORDS = 4
# How many of the text's first paragraphs the name may stand above: the lead, or the lead after
# a standfirst of STANDFIRST_WORDS words at most.
LEAD_NAME_REACH = 2


def _name_above_lead(layout: Layout, body: list[str], lines: list[str]) -> None:
    """A writer's name on a line of its own right above the lead's first paragraph, below the
    headline (and its standfirst and picture), printed once or twice in a row (a portrait's
    text, then the name): the byline, not page furniture. The name opens with a given name
    (vocabulary "given_names"), is of two to LEAD_NAME_WORDS capitalised words and no place
    or page heading, and the text never names its surname (a caption naming the person
    pictured, whom the story names); read only where no byline was found. Seen on Spanish newspaper pages
    ("Titular" / "Entradilla" / "Pie de foto / AGENCIA" / "Ana Pérez" / "El texto ...").
    body: the text's paragraphs, lines: the page's lines in order; layout changed in place."""
    if layout.bylines or not body or not layout.title:
        return
    for index, paragraph in enumerate(body[:LEAD_NAME_REACH]):
        if index and len(body[0].split()) > STANDFIRST_WORDS:
            return
        lead = next((i for i, line in enumerate(lines) if line == paragraph), None)
        if lead is None or lead < 2:
            continue
        name = lines[lead - 1].strip()
        part = next((p for p in (layout.boilerplate, layout.captions) if name in p), None)
        if part is None or len(name.split()) > LEAD_NAME_WORDS or not re.fullmatch(_NAME, name):
            continue
        if not _opens_with_given_name(name.split()) or _known_place(name) or listed_heading(name):
            continue
        if _named_again(name.split()[-1], body):
            continue  # a picture's caption naming the person the story is about
        start = lead - 2 if lines[lead - 2].strip() == name else lead - 1
        if layout.title not in lines[:start]:
            continue
        while name in part:
            part.remove(name)
        layout.bylines.append(name)
        return


def _name_as_headline(layout: Layout, body: list[str], lines: list[str]) -> None:
    """A writer's name taken for the headline where the copy of the page lost the headline:
    the name alone on the page's first line, right above the lead's first paragraph
    ("Jane Roe" / "The mission said ..."), as a feed's record or a saved article body prints
    it. It is the byline, and the page prints no headline (the title is left to be derived from
    the text). The name is of two to LEAD_NAME_WORDS capitalised words read as a person's
    (_writer_named), no place or page heading, and the text never names its surname (a story
    about that person, "Roe said ..."), nor everyday words of the lead's language
    (_everyday_phrase_over_lead: "Paz Duradera", "Hòa Bình", a short headline); read only where
    no byline was found. body: the text's
    paragraphs, lines: the page's lines in order; layout changed in place."""
    if layout.bylines or not body or not lines:
        return
    name = lines[0].strip()
    part = next((p for p in (layout.boilerplate, layout.captions) if name in p), None)
    if not name or (layout.title or "").strip() != name and (layout.title is not None or part is None):
        return  # (the name was taken for the headline, or read into the furniture with no headline found)
    if len(lines) < 2 or lines[1].strip() != body[0].strip() or not _is_prose(body[0]):
        return
    if len(name.split()) > LEAD_NAME_WORDS or not re.fullmatch(_NAME, name) or _known_place(name) or listed_heading(name):
        return
    if not _writer_named(name) or _named_again(name.split()[-1], body) or _everyday_phrase_over_lead(name, body[0]):
        return
    while part is not None and name in part:
        part.remove(name)
    layout.bylines.append(name)
    layout.title = None


def _everyday_phrase_over_lead(name: str, lead: str) -> bool:
    """Whether a capitalised pair the tagger reads as a person's over the lead reads as a short
    headline instead: over a Vietnamese lead, a name not opening on a listed family name
    (vocabulary family_names; "Hòa Bình", peace, "Thắng Lợi", victory, against "Nguyễn Văn
    Minh"); over another, every word an everyday word of the lead's language and none a listed
    given name (entities.everyday_words_name: "Paz Duradera", "Victoria Amarga", "Esperanza
    Viva", a given name the lists leave out because it is a word too, against "Jane Vidal")."""
    if _vietnamese_letters(lead):
        return fold(name.split()[0]) not in reference().words("family_names")
    from .entities import everyday_words_name
    from .language import detect_language  # (its model is loaded only where a page needs it)
    return everyday_words_name(name, detect_language(lead))


# The most lines printed above a columnist's name over the headline: the site's name and the
# section's label ("El Diario" / "Opinión" / "Marta Ortega Ruiz" / the headline).
HEAD_LABEL_LINES = 2


def _name_above_headline(layout: Layout, body: list[str], lines: list[str]) -> None:
    """A columnist's name on a line of its own right above the headline (the site's name and
    a section's label maybe above it, HEAD_LABEL_LINES lines at most besides date lines: under
    more, the name is a menu's or a list of topics' last item), as opinion pages print it
    ("Marta Ortega Ruiz" / "La frontera que nadie vigila" / the text): the byline, not page
    furniture. The same checks as _name_above_lead:
    the name opens with a given name (vocabulary "given_names"), is of two to LEAD_NAME_WORDS
    capitalised words and no place or page heading, and neither the headline nor the text
    names any of its surnames, the words after its given names (the person the story is about:
    "Ortega asume el mando" under "Marta Ortega Ruiz", a Spanish name's first surname being
    the one a text calls its bearer by); read only where no byline was found. body: the text's
    paragraphs, lines: the page's lines in order; layout changed in place."""
    if layout.bylines or not body or not layout.title:
        return
    head = next((i for i, line in enumerate(lines) if line.strip() == layout.title), None)
    printed = [line.strip() for line in lines[:head] if line.strip()] if head else []
    above = printed[-1] if printed else None
    if above is None or above == layout.title:
        return
    part = next((p for p in (layout.boilerplate, layout.captions) if above in p), None)
    if part is None or len(above.split()) > LEAD_NAME_WORDS or not re.fullmatch(_NAME, above):
        return
    if not _opens_with_given_name(above.split()) or _known_place(above) or listed_heading(above):
        return
    if sum(not is_date_line(line) for line in printed[:-1]) > HEAD_LABEL_LINES:
        return  # (under more lines but the day's, a menu's or a list of topics' last item)
    given = reference().words("given_names")
    if any(_named_again(word, [layout.title, *body]) for word in above.split()[1:] if fold(word) not in given):
        return  # the person the story is about, named above its headline
    while above in part:
        part.remove(above)
    layout.bylines.append(above)


@lru_cache(maxsize=1)
def _byline_place_pattern() -> re.Pattern:
    words = alternation(re.escape(w) for w in reference().vocabulary["byline_place_words"])
    return re.compile(r"^(?P<who>.+?),?\s+(?:" + words + r")\s+(?P<place>[A-ZÀ-ÝĐ][\w'.-]*(?:\s+[A-ZÀ-ÝĐ][\w'.-]*){0,2})\s*$")


def byline_place(byline: str) -> tuple[str, str] | None:
    """(writer, place) of a byline closing on the place the writer filed from, a place the
    gazetteer knows after a word of vocabulary byline_place_words ("Jane Roe in Bunia" ->
    ("Jane Roe", "Bunia")); None otherwise ("Jane Roe in Example Town": no place known)."""
    match = _byline_place_pattern().match(byline.strip())
    if not match or not _known_place(match["place"]):
        return None
    return match["who"].strip(), match["place"]


@lru_cache(maxsize=1)
def _from_opener() -> re.Pattern:
    openers = alternation(re.escape(w) for w in reference().vocabulary["byline_from_openers"])
    return re.compile(r"^(?i:" + openers + r")\s+(?P<name>[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ'.-]+(?:\s+[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ'.-]+){1,3})(?=\s|$)")


# A writer's name as byline_line reads it on a line with no byline word: two to four words,
# each opening with a capital ("Jane Roe", "Jean-Pierre O'Neil Dupont")
_WRITER_NAME = r"[A-ZÀ-ÝĐ][\w'.-]*(?:\s+[A-ZÀ-ÝĐ][\w'.-]*){1,3}"


@lru_cache(maxsize=1)
def _writer_and_wires() -> re.Pattern:
    """A writer's name (group "name"), a conjunction (vocabulary "writer_wire_conjunctions",
    as written: "and", "et", "y") and one word (group "rest"), the whole text."""
    return re.compile(rf"^(?P<name>{_WRITER_NAME})\s+(?:{_listed_words('writer_wire_conjunctions', False)})\s+(?P<rest>[^\W\d_]+)$")


def byline_line(line: str) -> str | None:
    """The byline a line prints without a byline word, or None: a page's word for no single
    writer (vocabulary anonymous_bylines: "Staff and agencies") with or without the place
    filed from; a writer's name in capitals after an opener (vocabulary byline_from_openers:
    "From JANE ROE in Bunia" -> "JANE ROE in Bunia")."""
    line = line.strip()
    if len(line.split()) > 10:
        return None
    if (match := _from_opener().match(line)):
        rest = line[match.end():].strip()
        return line[match.start("name"):].strip() if not rest or byline_place(line[match.start("name"):]) else None
    placed = byline_place(line)
    who = placed[0] if placed else line
    anonymous = reference().words("anonymous_bylines")
    if fold(who) in anonymous and (placed or len(who.split()) > 1):
        return line
    # "Jane Roe @janeroe": a writer's name and the writer's handle on a social network
    if re.fullmatch(rf"{_WRITER_NAME}\s+@[\w.]{{2,30}}", who) \
            and not reference().find_source(who.rsplit(" ", 1)[0]):
        return line
    # "Jean Dupont avec AFP", "Jane Roe with Reuters": a writer's name, a word introducing an
    # outlet (vocabulary byline_outlet_words), then outlets the reference knows
    if (withed := re.match(rf"^(?P<name>{_WRITER_NAME})\s+(?P<word>[^\W\d_A-ZÀ-ÝĐ]+)\s+(?P<outlets>.{{2,60}})$", who)):
        ref = reference()
        outlets = [part for part in _credit_parts().split(withed["outlets"]) if part]
        if (fold(withed["word"]) in ref.words("byline_outlet_words") and outlets and all(ref.find_source(o) for o in outlets)
                and not ref.find_source(withed["name"]) and not _known_place(withed["name"])):
            return line
        # "Jean Dupont pour Horizon Example", "Ana Gómez para El Faro Example": an outlet the
        # reference does not know, after a writer's name (_writer_named)
        if (byline_outlet_name([withed["word"], *withed["outlets"].split()]) and not ref.find_source(withed["name"])
                and not _known_place(withed["name"]) and not ref.gazetteer.whole(withed["name"])
                and _writer_named(withed["name"])):
            return line
    # "Jean Dupont, envoyé spécial à Bamako", "Jane Roe, Africa Correspondent": a writer's
    # name, then the writer's role (vocabulary byline_roles, first or last)
    if (named := re.match(rf"^(?P<name>{_WRITER_NAME}),\s+(?P<role>[^,]{{3,60}})$", who)):
        if opens_or_ends_on_role(named["role"].split()) and not _known_place(named["name"]) \
                and not reference().find_source(named["name"]):
            return line
    # "Jane Roe and agencies": a writer's name and the page's word for the wires
    joined = _writer_and_wires().match(who)
    return line if joined and fold(joined["rest"]) in anonymous else None


# The most words of an outlet's name before its desk's words (desk_outlet).
DESK_OUTLET_WORDS = 4
# The paragraphs (a standfirst, a summary) the head of a page may print above the byline of
# its outlet's desk and the place the text was filed from (segment).
HEAD_PARAGRAPHS = 2


# The most characters of a kicker printed alone on its line with a stop ("VIDÉO.").
KICKER_LINE_LENGTH = 30
# The most words of a line printing a writer's role under the name (_role_line).
ROLE_LINE_WORDS = 6


def _place_alone(line: str, known: Callable[[str], bool]) -> Dateline | None:
    """The dateline of a line printing a place alone (three words at most, a capital first,
    the stops and dashes at its edges off): the place, if known (_known_city or _known_place,
    given as known), with no date and no agency; else None."""
    place = line.strip(" .,;:-\u2013\u2014")
    if len(line.split()) <= 3 and line[:1].isupper() and known(place):
        return Dateline(_place_case(place), None, None)
    return None


@lru_cache(maxsize=1)
def _filed_from_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The folded patterns of a line printing a reporter's role and the place the story was
    filed from (vocabulary filed_from_roles): the place first, maybe its country in brackets,
    maybe a comma, maybe an opener, then the role ("juba envoye special", "bamako,
    correspondance"); an opener maybe, the role, a link word, then the place ("de notre envoye
    special a juba"). The place is the group "place", cut from the line as printed."""
    vocab = reference().vocabulary["filed_from_roles"]

    def either(words: list[str]) -> str:
        return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    roles, openers, links = either(vocab["roles"]), either(vocab["openers"]), either(vocab["links"])
    place_first = re.compile(rf"(?P<place>[^\W\d_][^,()]{{1,40}}?)(?:\s*\([^()]{{2,40}}\))?\s*,?\s+(?:(?:{openers})\s+)?(?:{roles})\s*\.?")
    role_first = re.compile(rf"(?:(?:{openers})\s+)?(?:{roles})\s+(?:{links})\s+(?P<place>[^\W\d_][^,()]{{1,40}}?)\s*\.?")
    return place_first, role_first


def _filed_from_line(line: str) -> Dateline | None:
    """The dateline of a line that prints a reporter's role and the place the story was filed
    from, with no name (_filed_from_patterns: "Juba envoyé spécial", "Goma, envoyée spéciale",
    "Bangui (Centrafrique), envoyé spécial", "De notre envoyé spécial à Juba", "Enviado
    especial a Beirut"): the place, when the gazetteer knows it (_known_place); else None (a
    writer's name before the role is a byline: "Jean Dupont, envoyé spécial")."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > 10:
        return None
    same = fold_same_length(stripped)
    for pattern in _filed_from_patterns():
        if (match := pattern.fullmatch(same)):
            place = stripped[match.start("place"):match.end("place")].strip()
            if place[:1].isupper() and _known_place(place):
                return Dateline(_place_case(place), None, None)
    return None


def _role_line(line: str) -> bool:
    """Whether a line prints a writer's role: ROLE_LINE_WORDS words at most, the first or the
    last one a role's word (vocabulary byline_roles: "Corresponsal en Beirut", "Journaliste",
    "Senior Correspondent"), no stop closing it."""
    words = line.strip().split()
    if not words or len(words) > ROLE_LINE_WORDS or line.rstrip().endswith((".", "!", "?")):
        return False
    return opens_or_ends_on_role(words)


def opens_or_ends_on_role(words: list[str]) -> bool:
    """Whether the first or the last of words (a line's or a byline part's words as printed,
    at least one) is a word of a writer's role (vocabulary byline_roles): "Africa
    Correspondent", "envoyé spécial à Bamako", "Corresponsal en Beirut"."""
    roles = reference().words("byline_roles")
    return fold(words[0]) in roles or fold(words[-1]) in roles


@lru_cache(maxsize=None)
def _desk_words(bare: bool) -> tuple[tuple[int, str], ...]:
    """desk_outlet's words of a desk, (their number of words, folded), most words first, read
    once: vocabulary outlet_desk_words, and outlet_staff_words but for a bare line."""
    vocabulary = reference().vocabulary
    desks = vocabulary["outlet_desk_words"] + ([] if bare else vocabulary["outlet_staff_words"])
    return tuple((len(desk.split()), fold(desk)) for desk in sorted(desks, key=lambda w: -len(w.split())))


def desk_outlet(line: str, bare: bool = False) -> str | None:
    """The outlet whose desk signs a byline or a credit line ("Example Herald News Desk", "By
    Example Times Web Desk", "Example Herald Staff" -> "Example Herald", "Example Times"): one
    to DESK_OUTLET_WORDS capitalised words (or digits) before words of a desk closing the line
    (vocabulary outlet_desk_words; outlet_staff_words but for a bare line: a line printed
    without a byline word, where a headline may end on "Staff"), a byline word maybe before
    them; None where nothing stands before the desk's words, or what stands there is a
    section's name (section_name: "Foreign Desk"), a place the gazetteer knows ("Lagos
    Bureau"), a page's word for no writer (vocabulary anonymous_bylines) or longer. So too
    for a newsroom's word before the name (vocabulary outlet_desk_openers: "Rédaction Le
    Courrier des Lacs" -> "Le Courrier des Lacs"), lower-case connectors inside the name."""
    words = line.strip(" .,;:|-\u2013\u2014").split()
    opened = _line_patterns()["byline_opening"].match(line.strip() + " ")
    if opened and len(words) > 1:
        words = line.strip()[opened.end():].strip(" .,;:|-\u2013\u2014").split()
    folded = [fold(w) for w in words]
    ref = reference()

    def outlet_of(name: list[str]) -> str | None:
        outlet = " ".join(name)
        return None if _names_no_outlet(outlet) else outlet

    for size, desk in _desk_words(bare):
        if len(words) <= size or " ".join(folded[-size:]) != desk:
            continue
        name = words[:-size]
        if len(name) > DESK_OUTLET_WORDS or not all(w[:1].isupper() or w[:1].isdigit() for w in name):
            return None
        return outlet_of(name)
    # the newsroom's word before the name ("Rédaction Le Courrier des Lacs": vocabulary
    # outlet_desk_openers), the name's connectors in lower case ("des", "del")
    connectors = ref.words("name_connectors")
    for opener in sorted(ref.words("outlet_desk_openers"), key=lambda o: -len(o.split())):
        size = len(opener.split())
        if len(words) <= size or " ".join(folded[:size]) != opener:
            continue
        name = words[size:]
        if (len(name) > DESK_OUTLET_WORDS or not (name[0][:1].isupper() and name[-1][:1].isupper())
                or not all(w[:1].isupper() or w[:1].isdigit() or fold(w) in connectors for w in name)):
            return None
        return outlet_of(name)
    return None


def _byline_places(layout: Layout) -> None:
    """Take the place a byline closes on off it ("Jane Roe in Bunia"): the writer's name
    stays in the byline, the place is the dateline where the text prints none."""
    for index, byline in enumerate(layout.bylines):
        if (placed := byline_place(byline)):
            layout.bylines[index] = placed[0]
            if layout.dateline is None:
                layout.dateline = Dateline(_place_case(placed[1]), None, None)


# The most words of a credit glued after a photo's legend printed a second time.
GLUED_CREDIT_WORDS = 6


@lru_cache(maxsize=1)
def _credit_phrases() -> tuple[re.Pattern, re.Pattern]:
    vocab = reference().vocabulary
    writer = alternation(vocab["credit_writer_phrases"])
    editor = alternation(vocab["credit_editor_phrases"])
    return (re.compile(rf"^(?i:{writer})\s+(?P<names>[A-ZÀ-ÝĐ].*)$"), re.compile(rf"^(?i:{editor})\b"))


@lru_cache(maxsize=1)
def _credit_name_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the place a writer filed from closing a name: vocabulary "credit_place_words" and a
    capital; the joiners between names: "credit_name_joiners" or "&"), compiled once."""
    vocab = reference().vocabulary
    places, joiners = alternation(vocab["credit_place_words"]), alternation(vocab["credit_name_joiners"])
    return re.compile(rf"\s+(?:{places})\s+[A-ZÀ-ÝĐ].*$"), re.compile(rf"\s+(?:{joiners})\s+|\s*&\s*")


# A bracket closing a paragraph after its last sentence's stop, where a wire story prints its
# closing credit glued to the text ("... an escalation. (Reporting by Jane Roe)").
_GLUED_CLOSING_CREDIT = re.compile(r"[.!?\"\u201d\u00bb]\s+(\([^()]{5,200}\))\s*$")


def closing_credit(line: str) -> list[str] | None:
    """The writers a wire story's closing credit in brackets names ("(Reporting by Jane Roe
    and Ann Lee; Editing by Tom Ashby)" -> ["Jane Roe", "Ann Lee"]; "(Rédigé par Jane Roe,
    version française Paul Martin, édité par Ann Lee)" -> ["Jane Roe", "Paul Martin"]): the
    names after a writer's phrase (vocabulary "credit_writer_phrases"), not those after an
    editor's ("credit_editor_phrases"). None where the line is no such credit."""
    line = line.strip()
    if not ((line.startswith("(") and line.endswith(")")) or (line.startswith("[") and line.endswith("]"))):
        return None
    writer, editor = _credit_phrases()
    place, joiner = _credit_name_patterns()
    bare_writer, bare_editor = _bare_credit_roles()
    names: list[str] = []
    found = False
    editing = False  # names after a bare role of editing alone are an editor's
    for part in re.split(r"\s*[;,]\s*", line[1:-1].strip()):
        if bare_writer.fullmatch(part) or bare_editor.fullmatch(part):
            # "[Traducción y edición, Ana Gil]": the role alone, the names in the next part
            found, editing = True, bool(bare_editor.fullmatch(part))
            continue
        if editor.match(part):
            found = True
            continue
        if editing and not writer.match(part):
            continue  # "[Edición, Ana Gil]": the editor's names
        editing = False
        if (m := writer.match(part)):
            found = True
            # ("Jane Roe in Harbourton": where the writer filed from goes)
            names.extend(place.sub("", n.strip()) for n in joiner.split(m["names"]) if n.strip())
        elif (m := _credit_desk_pattern().match(part)) and all(
                re.fullmatch(_NAME, n.strip()) for n in joiner.split(m["names"]) if n.strip()):
            # "Paul Martin pour le service français": the translator's; bare names before are
            # writers too ("(Article traduit pour le service français)" names no one)
            found = True
            names.extend(n.strip() for n in joiner.split(m["names"]) if n.strip())
        elif all(re.fullmatch(_NAME, n.strip()) for n in joiner.split(part)):
            # "(Reporting by Jane Roe, Ann Lee; ...)": a second name; "(Jane Roe; Paul Martin
            # pour le service français)": a name before the desk's phrase (kept till one is found)
            names.extend(n.strip() for n in joiner.split(part))
        else:
            return None  # a bracket of another kind ("(Photo: ...)", an aside)
    return names if found else None


@lru_cache(maxsize=1)
def _bare_credit_roles() -> tuple[re.Pattern, re.Pattern]:
    """(a writer's role printed alone in a closing credit: vocabulary "credit_bare_writer_roles",
    "Traducción y edición"; an editor's: "credit_bare_editor_roles", "Edición"), each matched
    against a whole part of the credit, case aside, compiled once."""
    vocab = reference().vocabulary
    return (re.compile(rf"(?i:{alternation(vocab['credit_bare_writer_roles'])})"),
            re.compile(rf"(?i:{alternation(vocab['credit_bare_editor_roles'])})"))


@lru_cache(maxsize=1)
def _credit_desk_pattern() -> re.Pattern:
    """Names (joined by vocabulary "credit_name_joiners") then a desk's phrase closing a part of
    a closing credit (vocabulary "credit_service_phrases": "Paul Martin pour le service
    français"), compiled once."""
    desks = alternation(reference().vocabulary["credit_service_phrases"])
    return re.compile(rf"^(?P<names>[A-ZÀ-ÝĐ][^;,()]*?)\s+(?i:{desks})$")


@lru_cache(maxsize=1)
def _contribution_pattern() -> re.Pattern:
    """A whole line crediting contributing writers: up to five words (an agency's name), a
    word of vocabulary "credit_contributor_words", the names, then a verb of
    "credit_contribution_verbs" and at most five words after it ("to this report"), compiled once.
    Groups: outlet (the words before the trade's word, maybe empty), names."""
    vocab = reference().vocabulary
    trade = alternation(vocab["credit_contributor_words"])
    verbs = alternation(vocab["credit_contribution_verbs"])
    return re.compile(rf"^(?P<outlet>(?:[\w'&.-]+\s+){{0,5}}?)(?i:{trade})\s+(?P<names>[A-ZÀ-ÝĐ].{{2,200}}?)\s+(?i:{verbs})(?:\s+[^\s()]+){{0,5}}\W*$")


def contribution_credit(line: str) -> list[str] | None:
    """The writers a closing credit of contributors names, as printed without the places they
    filed from ("AP writer Jane Roe in Harbourton contributed to this report." -> ["Jane
    Roe"]; "Associated Press writers Ann Lee and Tom Ash contributed." -> ["Ann Lee", "Tom
    Ash"]). The words are vocabulary "credit_contributor_words" and
    "credit_contribution_verbs"; the places "credit_place_words", the joiners
    "credit_name_joiners" or a comma. None where the line is no such credit, or where a part
    between the joiners is no name of two to four capitalised words."""
    match = _contribution_pattern().match(line.strip())
    if not match:
        return None
    place, joiner = _credit_name_patterns()
    names = []
    parts: list[str] = []
    for part in re.split(r"\s*,\s*", match["names"]):
        # the region after a writer's place ("Jane Roe in Harbourton, Ala., and ..."): the place's
        if parts and place.search(parts[-1]) and _region_after_place(part):
            continue
        parts.append(part)
    for part in parts:
        # (" " first: a part opening on its joiner after a comma, ", and Tom Ash", splits too)
        for name in joiner.split(" " + part):
            name = place.sub("", name.strip()).strip()
            if not name:
                continue
            if not re.fullmatch(_NAME, name):
                return None
            names.append(name)
    return names or None


# A region's abbreviation as written after a city ("Ala.", "Calif.", "N.Y.", "D.C.").
_REGION_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,4}\.|(?:[A-Z]\.){2,3}")


def _region_after_place(part: str) -> bool:
    """Whether a part of a contributors' credit between commas is the region or country of the
    place a writer filed from, printed after it ("Harbourton, Ala.", "Goma, Congo"): an
    abbreviation (_REGION_ABBREVIATION), a place the gazetteer knows, or one capitalised word
    alone (AP spells a short state out, "Austin, Texas", and writes "Goma, Congo", a name the
    gazetteer gives to neither Congo), nothing else: a writer's name has two words at least
    (_NAME: "Tom Ash")."""
    part = part.strip()
    return bool(_REGION_ABBREVIATION.fullmatch(part) or _ONE_WORD_REGION.fullmatch(part)) or _known_place(part)


# A region printed as one capitalised word after a writer's place ("Texas", "Congo").
_ONE_WORD_REGION = re.compile(r"[A-ZÀ-ÝĐ][^\W\d_]+")

@lru_cache(maxsize=1)
def _outlet_contribution_pattern() -> re.Pattern:
    """A whole line crediting an outlet itself with contributing: one to five words (the
    outlet's name), a verb of vocabulary "credit_contribution_verbs" and at most five words
    after it ("The Associated Press contributed to this report."), compiled once. Groups:
    outlet, after (the words after the verb)."""
    verbs = alternation(reference().vocabulary["credit_contribution_verbs"])
    return re.compile(rf"^(?P<outlet>[\w'&.+-]+(?:\s+[\w'&.+-]+){{0,4}}?)\s+(?i:{verbs})(?P<after>(?:\s+[^\s()]+){{0,5}})\W*$")


def contribution_outlet(line: str) -> str | None:
    """The words a closing credit of contributors prints before the writers' trade, which name
    the outlet they write for ("Associated Press writers Ann Lee and Tom Ash contributed." ->
    "Associated Press"; "AP writer Jane Roe ..." -> "AP"), or the outlet a line credits itself
    with contributing ("The Associated Press contributed to this report." -> "The Associated
    Press"), stripped; None where the line is neither (contribution_credit,
    _outlet_contribution_pattern), credits the outlet with pictures ("AFP contributed photos")
    or prints no words there ("Writers Ann Lee ...")."""
    if contribution_credit(line) is None:
        match = _outlet_contribution_pattern().match(line.strip())
        # "AFP contributed photos to this report.": a picture's credit, no story's (vocabulary
        # picture_words, read as a caption's words are: holds_listed_word, a plural's "s" aside)
        words = re.findall(r"[^\W\d_]+", fold(match["after"])) if match else []
        if not match or holds_listed_word(words + [w.removesuffix("s") for w in words], reference().words("picture_words"),
                                          any_word=True):
            return None
        return match["outlet"].strip()
    match = _contribution_pattern().match(line.strip())
    return match["outlet"].strip() or None

# How many lines under the text's last paragraph a signature may stand (a picture, its legend
# and its credit between them); further down, a name alone is the footer's.
SIGNATURE_REACH = 3


# A plain capitalised word: a surname, as after a given name spelled as a credit's word ("Theo
# Walker", "Theo Leggett"), not a Vietnamese writer's name of two words or more ("Theo Minh Anh").
_PLAIN_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+")


def signoff_opener_size(line: str) -> int:
    """How many words of a line are a credit's word opening a sign-off before a writer's name
    (vocabulary signoff_credit_openers, compared as printed, lowercased: "Theo Minh Anh/VOV",
    "Theo Hải Yến (TTXVN)", "Theo Arms-Expo"), 0 where none opens it. A given name spelled the
    same and followed by one plain word before the line's slash, bracket, comma or dash is a
    writer's own ("Theo Walker/Reuters", "By Theo Leggett, BBC"; "Théo Dupont" is no credit's
    word either): 0. Input: a line or a byline; output: a count of words."""
    words = line.split()
    for opener in reference().words("signoff_credit_openers"):
        size = len(opener.split())
        if len(words) > size and " ".join(words[:size]).lower() == opener and words[size][:1].isupper():
            name = re.split(r"\s*[/(,;]|\s[-\u2013\u2014]\s", " ".join(words[size:]), maxsplit=1)[0].split()
            if len(name) == 1 and _PLAIN_WORD.fullmatch(name[0]):
                return 0
            if _western_name_after_credit_word(name):
                return 0  # "Theo James Walker/Reuters": the writer's given name
            return size
    return 0


# A run of capitalised words (letters only, apostrophes within), as a person's name is written.
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĐ][^\W\d_]*(?:['’][^\W\d_]+)?")


def _vietnamese_syllable() -> re.Pattern:
    """A folded Vietnamese syllable, as a pattern to match whole (entities.vietnamese_syllable)."""
    return vietnamese_syllable()


def _western_name_after_credit_word(name: list[str]) -> bool:
    """Whether the words after a sign-off's credit word ("Theo") are a writer's name of another
    language than Vietnamese, so that the credit word is the writer's given name: capitalised
    words, none hyphenated, one of them at least not shaped as a Vietnamese syllable ("James
    Walker", "Ruiz Blanco"; not "Minh Anh", "Hải Yến"), and the run no outlet's name ("The
    Guardian", "Al Jazeera": the reference's, or shaped as one). Input: the name's words;
    output: a truth value. Source of the rule: a Vietnamese name is made of syllables alone."""
    if len(name) < 2 or not all(_NAME_WORD.fullmatch(word) for word in name):
        return False
    syllable = _vietnamese_syllable()
    if all(syllable.fullmatch(fold(word).lower()) for word in name):
        return False
    run = " ".join(name)
    return not (reference().find_source(run) or reads_as_outlet_name(run))


@lru_cache(maxsize=1)
def _source_labels() -> frozenset[str]:
    """The labels of a source's credit (vocabulary metadata_labels "source": "Source",
    "Nguồn", "Fuente"), folded."""
    return frozenset(fold(w) for w in reference().vocabulary["metadata_labels"]["source"])


def signature(line: str) -> str | None:
    """The byline a closing signature line gives, or None: a writer's name (or names) alone
    on a line ("Anne Roe", "Tr.Thiệp - N.Thạnh" -> "Tr.Thiệp, N.Thạnh"), a writer and an
    agency the reference knows joined by a slash ("Minh Hà/TTXVN" -> "Minh Hà (TTXVN)"), or a live blog's
    sign-off naming a known outlet in the possessive ("-Example News' Jane Roe" -> "Jane Roe,
    Example News"). A line naming a place, a country, an organisation, a mission or an outlet
    the reference knows, or read as a newspaper's name (opening with an article, vocabulary
    "name_articles", or holding a word of one, "news_title_words"), is no writer's name, nor is
    a heading made of everyday words, one at least among the commonest, opening with no given
    name (vocabulary "given_names"): "Trending Now", "Editor's Picks" (_everyday_heading), nor a
    line opening on a source's label ("Nguồn Internet": vocabulary metadata_labels "source").
    Read only after the text's last paragraph (the
    caller's part): there a name alone signs the text, as the foot of a wire story or a press
    release does."""
    line = line.strip()
    ref = reference()
    # "Nguồn Internet", "Source Internet": a source's label (vocabulary metadata_labels
    # "source") opening the line is a credit, no writer's name
    if line.split() and fold(line.split()[0]).rstrip(":") in _source_labels():
        return None
    # "Theo Minh Anh/VOV", "Theo Hải Yến (TTXVN)": a credit's word (vocabulary
    # signoff_credit_openers) before the writer and the outlet, no part of the writer's name
    if (opener := signoff_opener_size(line)):
        rest = line.split(None, opener)[opener]
        if (signed := signature(rest)):
            return signed
        # "Theo Vietnamplus (TTXVN)", "Theo Dân Trí/Báo Dân Trí": an outlet the reference knows,
        # then its agency or paper: both outlets, read from the byline's brackets; no writer
        if ((m := re.match(r"^(?P<name>[^/()]{2,40}?)\s*(?:\((?P<inner>[^()]{2,40})\)|/\s*(?P<after>[^/()]{2,40}))$", rest))
                and ref.find_source(m["name"]) and ref.find_source(outlet := (m["inner"] or m["after"]).strip())):
            return f"{m['name']} ({outlet})"
        return None
    # "(J. Roe)", "(V.Giang - T.Hà)": writers' initials and names in brackets signing the text off
    if line.startswith("(") and line.endswith(")") and (writers := initials_and_names(line[1:-1])):
        return writers
    # "Minh Anh (theo AFP)", "Minh Anh (tổng hợp)": the writer, then a note of how the text
    # was put together (vocabulary signature_notes) or the outlet it came from after a credit
    # word (source_credit_words); the outlet is read as a credit elsewhere
    if (m := re.match(r"^(?P<name>[^()]{3,60}?)\s*\((?P<note>[^()]{2,40})\)$", line)):
        note = fold(m["note"]).strip()
        credit_words = ref.words("source_credit_words")
        if note in ref.words("signature_notes") or note in ref.words("byline_roles"):
            # ("Minh Anh (PV)", "Ana Gil (corresponsal)": the writer's role, vocabulary byline_roles)
            return signature(m["name"])
        initials = m["name"].strip()
        if len(note.split()) > 1 and note in credit_words and _WRITER_INITIALS.fullmatch(initials):
            # "J.J.D. (avec agences)": a writer's initials signing a text put together from the
            # agencies' copy; initials alone on a line are not read so, nor a body's or a
            # place's acronym ("U.N.", "U.S.")
            letters = re.sub(r"[.\s]", "", initials)
            known = ref.find_source(letters) or ref.gazetteer.whole(letters) or ref.gazetteer.whole(initials)
            return None if known else initials
        if (ref.find_source(m["note"].strip()) or reads_as_outlet_name(m["note"].strip())) and (signed := signature(m["name"])):
            # "Hải Yến (TTXVN)", "Thu Hà (Báo Ví Dụ)": the writer and the agency or the
            # newspaper (a name shaped as an outlet's, reads_as_outlet_name)
            return f"{signed} ({m['note'].strip()})"
        word = next((w for w in sorted(credit_words, key=len, reverse=True) if note.startswith(w + " ")), None)
        if word and (signed := signature(m["name"])):
            outlet = m["note"].strip()[len(word):].strip()
            # "(theo Reuters, AFP)", "(avec AFP et Reuters)": the outlets the text came from,
            # the first of them read as the byline's outlet where the reference knows them all
            parts = [part for part in _credit_parts().split(outlet) if part]
            return f"{signed} ({parts[0]})" if parts and all(ref.find_source(part) for part in parts) else signed
    # "JR/ Example Dispatch", "A.B. / GuinéeMatin": a writer's initials, a slash and the
    # outlet, the sign-off a site prints for its own writer (kept by a site reposting the
    # story); initials naming a body or a place ("U.N./ ...", "ONU/ ...") sign nothing
    if (m := _INITIALS_SLASH.match(line)) and (signed := _initials_signoff(m["initials"], m["outlet"].strip())):
        return signed
    # "Minh Hà/TTXVN", "Jane Roe / AFP": the writer, a slash, then the agency the reference
    # knows; the agency is read from the byline's brackets as its outlet
    # (or a dash between spaces: "Hồng Nhung - VOV"); the writer's role there ("Hoàng Nam -
    # PV", vocabulary byline_roles) is no outlet: the writer alone
    if ((m := re.match(r"^(?P<name>[^/()]{3,60}?)\s+[-\u2013\u2014]\s+(?P<role>[^/()\-\u2013\u2014]{2,30})$", line))
            and fold(m["role"]).strip() in ref.words("byline_roles")):
        return signature(m["name"])
    if (m := re.match(r"^(?P<name>[^/()]{3,60}?)(?:\s*/\s*|\s+[-\u2013\u2014]\s+)(?P<outlet>[^/()\-\u2013\u2014]{2,40})$", line)) \
            and (ref.find_source(m["outlet"].strip()) or reads_as_outlet_name(m["outlet"].strip())) \
            and (signed := signature(m["name"])):
        return f"{signed} ({m['outlet'].strip()})"
    if (m := _POSSESSIVE_SIGNATURE.match(line)) and ref.find_source(m["outlet"].strip()):
        return f"{m['name']}, {m['outlet'].strip()}"
    if line.isupper():
        # "JANE ROE": a name signed in capitals, where the entity finder reads it (written as
        # a name) as a person's; a heading in capitals ("FOLLOW US") is none
        if not _capitals_signature(line):
            return None
        line = line.title()
    if not _SIGNATURE.match(line):
        return None
    names = _signed_names(line)
    menu, articles, titles = ref.words("navigation_words"), ref.words("name_articles"), ref.words("news_title_words")
    for name in names:
        folded = [fold(w) for w in name.split()]
        if (ref.find_source(name) or ref.gazetteer.whole(name) or any(w in menu for w in folded)
                or folded[0] in articles or holds_listed_word(folded, titles, any_word=True)):
            return None  # a place, a body, a menu, or a newspaper's name ("The Valley Herald")
        if _everyday_heading(name):
            return None  # a heading of the page's furniture ("Trending Now", "Latest Headlines")
    return ", ".join(names)


def _signed_names(line: str) -> list[str]:
    """The names a signature line joins by a dash, slash, comma or "&" before a capital
    ("Jane Roe / Ana Gil" -> ["Jane Roe", "Ana Gil"]), stripped, empty pieces left out."""
    return [n.strip() for n in re.split(r"\s*[-\u2013\u2014/,&]\s*(?=[A-ZÀ-ÝĐ])", line) if n.strip()]


def _everyday_heading(name: str) -> bool:
    """Whether a capitalised line reads as a heading, not a person's name: every word an
    everyday word of English (entities.is_dictionary_word; the signature's language is not
    known), one at least among the commonest (entities.is_common_word: "now", "latest"), or
    every word a listed heading word of another language (listed_heading: "Autres Infos"); its
    first word no given name (vocabulary "given_names": "Peter Young" is a name)."""
    words = re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", name)
    if not words or _opens_with_given_name(words):
        return False
    return listed_heading(name) or (all(is_dictionary_word(w, "en") for w in words)
                                    and any(is_common_word(w, "en") for w in words))


def _opens_with_given_name(words: list[str]) -> bool:
    """Whether the first of a line's words (as printed) is a given name (vocabulary
    "given_names"): "Peter Young", "Juan Pérez" read as a person's name, not a heading or a place;
    a compound given name too, each part of its hyphen one ("Jean-Marc Lefèvre")."""
    if not words:
        return False
    given = reference().words("given_names")
    first = fold(words[0])
    return first in given or ("-" in first and all(part in given for part in first.split("-")))


def listed_heading(name: str) -> bool:
    """Whether a line read as a writer's name is a page heading in a language besides English:
    every word one of vocabulary "page_heading_words" ("AUTRES INFOS", "Redes Sociales",
    "Lo más leído"; "TÌM DỊCH VỤ": Vietnamese syllables as printed, with their tone marks, two
    or more), its first word no given name (vocabulary "given_names"). name: the line as
    printed, any case; a cheap set test on its folded words."""
    words = fold(name).replace("-", " ").split()
    if not words or _opens_with_given_name(words):
        return False
    listed = reference().words("page_heading_words")
    if all(w.strip(".:;,!?'\u2019\"()") in listed for w in words):
        return True
    # (Vietnamese syllables compared as printed, lower case, their tone marks kept; two at
    # least: one syllable alone, "Trang", "Liên", may be a writer's given name)
    printed = unicodedata.normalize("NFC", name.lower()).replace("-", " ").split()
    return len(printed) >= 2 and all(w.strip(".:;,!?'\u2019\"()") in _vietnamese_heading_words() for w in printed)


@lru_cache(maxsize=1)
def _vietnamese_heading_words() -> frozenset[str]:
    """vocabulary page_heading_words' Vietnamese syllables, lower case with their tone marks
    (NFC): folded, "vụ" (a service) would be "Vũ" (a family name)."""
    return frozenset(unicodedata.normalize("NFC", w.lower()) for w in reference().vocabulary["page_heading_words"].get("vi") or ())


# The languages whose given names the entity finder is asked about for a signature in capitals.
SIGNATURE_LANGUAGES = ("en", "fr", "es")


def _capitals_signature(line: str) -> str | None:
    """The writer's names a signature in capitals gives, written as names ("JANE ROE" ->
    "Jane Roe"), where the entity finder reads each as a person's in one of
    SIGNATURE_LANGUAGES; None otherwise."""
    from .entities import find_in_sentence  # (the entity finder reads the reference, as this module does)

    titled = line.title()
    if not _SIGNATURE.match(titled):
        return None
    names = _signed_names(titled)
    for name in names:
        if not any(f.kind == "person" and name in f.surfaces for language in SIGNATURE_LANGUAGES
                   for f in find_in_sentence(name, language)):
            return None
    return ", ".join(names)


# The most words a line saying where and when a story was published holds (published_in).
PUBLISHED_IN_WORDS = 14
# The most words of the outlet's name in such a line.
PUBLISHED_IN_NAME_WORDS = 6


@lru_cache(maxsize=1)
def _published_in_opening() -> re.Pattern:
    """The opening phrase of a line saying where a story was published (vocabulary
    published_in_phrases, every language's), as a pattern on folded text."""
    phrases = {fold(w) for listed in reference().vocabulary["published_in_phrases"].values() for w in listed}
    return re.compile(r"^[\W_]*(?:" + alternation(phrases) + r")\s+")


def published_in(line: str) -> tuple[str, str] | None:
    """A line saying which outlet published the story and on which day ("Publié dans Example
    Matin le 16 - 11 - 2018", "Published in The Example Review on May 3, 2021"; vocabulary
    published_in_phrases): (the outlet's name as printed, the date as printed), or None. The
    words between the name and the day (vocabulary published_in_date_words, printed in lower
    case: "le", "on", "ngày") are neither; the name is capitalised, PUBLISHED_IN_NAME_WORDS
    words at most, and the day is full (with its year); a print edition's notice ("paru
    dans l'édition du 12 juin") names no outlet.
    Source of the rule: pages of a news aggregator crediting the outlet each story is from."""
    if len(line.split()) > PUBLISHED_IN_WORDS:
        return None
    match = _published_in_opening().match(fold_same_length(line))
    if not match:
        return None
    cut = name_and_date(line[match.end():])
    if cut is None:
        return None
    closing = reference().words("published_in_date_words")
    words = cut[0].split()
    while words and not words[-1][:1].isupper() and fold(words[-1]) in closing:
        words.pop()
    if not words or len(words) > PUBLISHED_IN_NAME_WORDS or not words[0][:1].isupper() or not is_date_line(cut[1]):
        return None
    return " ".join(words), cut[1]


def name_and_date(value: str) -> tuple[str, str] | None:
    """A labelled value printing a name, then a full date ("Example News August 28, 2017
    07:18 UTC", "Jane Roe - 3/3/2022"), cut into the name and the date with what follows it;
    None where no full date follows a name."""
    dated = next((d for d in find_dates(value) if d.kind == "date" and d.has_year and d.value.day and d.start > 0), None)
    if dated is None:
        return None
    name = value[:dated.start].rstrip(" ,;|/\u2013\u2014\u2022\u00b7-")
    return (name, value[dated.start:].strip()) if name else None


def reposted_source_line(line: str) -> tuple[str, str] | None:
    """A date line closed by an outlet's name with nothing between ("3 March 2019 The Harbour
    Gazette", "2 mars 2019 Le Courrier du Sahel"), as a site reposting another outlet's story
    prints the story's day and its source: (the date, the outlet's name). The name is one the
    reference knows (sources.yaml) or one that reads as an outlet's (reads_as_outlet_name: a
    word of an outlet's kind or a newspaper's name); a person's name, opened by a given name
    ("3 March 2019 Jane Roe"), a site section's name ("World News", section_name), a place or
    a release's kind ("7 November 2024 Press Release", _names_release_kind) is none. None
    otherwise."""
    dated = next((d for d in find_dates(line) if d.kind == "date" and d.has_year and d.value.day), None)
    if dated is None or fold(line[:dated.start]).strip(" ,.-"):
        return None
    name = line[dated.end:].strip(" ,;|/\u2013\u2014\u2022\u00b7-")
    words = name.split()
    if (not words or not words[0][:1].isupper() or _opens_with_given_name(words) or find_dates(name)
            or section_name(fold(name).split()) or _known_place(name) or _names_release_kind(name)):
        return None  # (a site section's name, "World News", a place or a release's kind is none)
    if not (reference().find_source(name) or reads_as_outlet_name(name)):
        return None
    return line[:dated.end].strip(), name


def _names_release_kind(name: str) -> bool:
    """Whether words name the kind of a release rather than an outlet, holding a label of
    vocabulary press_release_labels as a run of whole words, compared folded ("Press Release",
    "Security Council Press Statement", "Nota de Prensa": a body's page printing its release's
    day and kind, no reposted outlet). Input: the words as printed; output: True or False."""
    words = fold(name).lower().split()
    labels = reference().words("press_release_labels")
    return any(" ".join(words[i:j]) in labels for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def writer_and_date(line: str, head_of_page: bool = False) -> tuple[str, str] | None:
    """A date line opened by its writer's name and a word saying what follows ("Jane Roe
    Published June 4, 2022", "Jane Roe (interview) 29/04/2025 - 17:18": a date label of
    vocabulary metadata_labels, or a role in brackets of byline_bracket_roles): (the name,
    the date line after it). None unless the name is two to four capitalised words, no
    place's, outlet's or site section's (section_name) the reference knows, and one of those
    words stands between it and the full date. With head_of_page (no paragraph of the text
    read yet), a name opened by a given name (vocabulary given_names) needs no such word
    ("Jane Roe 4 June 2022", "Juan Pérez, 4 de junio de 2022", as student and club papers
    print the writer and the day on one line)."""
    cut = name_and_date(line)
    if cut is None:
        return None
    head, marked = cut[0], False
    if (role := _BRACKET_AT_END.search(head)) and fold(role["role"]).strip() in reference().words("byline_bracket_roles"):
        head, marked = head[:role.start()].rstrip(), True
    elif (label := _date_label_at_end().search(fold_same_length(head))):
        head, marked = head[:label.start()].rstrip(" ,:|-\u2013\u2014"), True
    elif head_of_page and _opens_with_given_name(head.split()):
        marked = True
    if not marked or not re.fullmatch(_NAME, head) or _known_place(head) or reference().find_source(head) \
            or section_name(fold(head).split()):
        return None  # (a section's name, "World News Published June 4, 2022", is none)
    return head, cut[1]


_BRACKET_AT_END = re.compile(r"\s*\((?P<role>[^()]{1,30})\)\s*$")


@lru_cache(maxsize=1)
def _date_label_at_end() -> re.Pattern:
    """A date label (vocabulary metadata_labels "date": "Published", "Posted on") closing
    folded text, with the space before it."""
    labels = {fold(w) for w in _date_labels(("date",))}
    return re.compile(r"\s(?:" + alternation(labels) + r")\s*:?\s*$")


def _caption_again(line: str, later: str) -> bool:
    """Whether a later line is the same legend printed again with a short credit glued on
    ("Troops at the base." / "Troops at the base.Jane DoeAFP"), or set off by a credit mark
    after a space ("Troops at the base. / JANE DOE", "... la base. · dr"; CREDIT_MARKS): the
    later line opens with the whole of the first (of four words or more, ending as a
    sentence) and adds no more than GLUED_CREDIT_WORDS words, with no space after the first
    line's stop unless a credit mark opens what it adds."""
    if not later or later == line or len(line.split()) < 4 or not line.endswith((".", "!", "?")) or not later.startswith(line):
        return False
    tail = later[len(line):]
    return (bool(tail.strip()) and (not tail[:1].isspace() or tail.lstrip()[:1] in CREDIT_MARKS)
            and len(tail.split()) <= GLUED_CREDIT_WORDS)


# The marks a page sets between a picture's legend and its credit, a space before them
# ("... en el Líbano. / JANE DOE", "... à Bangui. . dr", "... in Juba. | AFP", "© AFP").
CREDIT_MARKS = "/|©·.–—"


def _glued_caption(line: str, captions: set[str]) -> bool:
    """Whether the line is one of the captions before it printed again with a short credit
    glued on (_caption_again): such a caption is the line up to one of its stops, with no
    more than GLUED_CREDIT_WORDS words after it, so only those prefixes are looked up in the
    set of captions (work bounded by the line, not by how many captions came before).
    captions: the captions so far, as printed."""
    end = len(line)
    while (stop := max(line.rfind(".", 0, end), line.rfind("!", 0, end), line.rfind("?", 0, end))) >= 0:
        if len(line[stop + 1:].split()) > GLUED_CREDIT_WORDS:
            return False
        if line[:stop + 1] in captions and _caption_again(line[:stop + 1], line):
            return True
        end = stop
    return False


# The most words a label's value printed on the line below it may hold ("Source" / "Agence
# France-Presse", "By" / "Jane Doe and John Roe"); a longer line is the text going on.
LABEL_VALUE_WORDS = 12


def _supplied_picture(value: str) -> bool:
    """Whether a source label's value only says how a picture came ("Supplied", "Handout",
    "File": vocabulary "supplied_picture_words"), naming no outlet."""
    return fold(value).strip(" .:;,()[]") in reference().words("supplied_picture_words")


def _name_over_date(line: str) -> tuple[str, str] | None:
    """name_and_date of a line under a bare writer's or source's label ("Jane Roe, May 28,
    2015"), where what stands before the date reads as a name: no weekday ("Saturday, May 28,
    2015") nor a date label ("Publicado el 28 Noviembre, 2015"), which leave the label empty."""
    dated = name_and_date(line)
    if dated is None or not re.fullmatch(_NAME, dated[0]) or find_dates(dated[0]) \
            or _date_label_at_end().search(fold_same_length(dated[0])):
        return None
    return dated


def _label_value_fits(label: str, value: str) -> bool:
    """Whether the line below a label printed alone ("Updated", "Actualizado", "Source") is
    its value: a date line for a date label (date, updated), a short line for the others.
    A page that prints the label and leaves its value out ("Actualizado" above the lead)
    would otherwise lose its first paragraph. A date line under a label of another kind ("Por:"
    over "28 Noviembre, 2015") is no writer's or outlet's name: the page left the label empty,
    and the date line is read as one; a name before the date ("By:" over "Jane Roe, May 28, 2015",
    _name_over_date) is the value."""
    if label in ("date", "updated"):
        return is_date_line(value)
    return (len(value.split()) <= LABEL_VALUE_WORDS and not value.endswith(TERMINAL[:3])
            and (not is_date_line(value, strict=True) or (label in ("source", "author") and _name_over_date(value) is not None)))


def _byline_before_date(layout: Layout, headers: dict[str, int], above: list[str]) -> None:
    """"Jane Doe • 31 August 2018": a name printed just above (or beside) the page's date
    line is its byline, not a heading."""
    previous = next((line for line in reversed(above) if line.strip(" ".join(NAVIGATION_SEPARATORS))), "")
    if not (re.fullmatch(_NAME, previous) and len(previous.split()) <= 4) or _known_place(previous):
        return
    if _line_patterns()["boilerplate"].fullmatch(fold(previous.strip())):
        return  # "Short Url" above "Updated 25 June 2024": a button of the page, no writer
    if previous in headers:
        del headers[previous]
    elif previous in layout.boilerplate[-2:]:  # a two-word name reads as a section name
        layout.boilerplate.remove(previous)
    else:
        return
    # (a two-word byline, "By AFP", reads as a section name above the headline: its name
    # goes without the byline word)
    opened = byline_match(previous)
    layout.bylines.append(opened["value"].strip() if opened else previous)


def _initials_before_date(r: _Reading, above: list[str]) -> None:
    """ "J. P." then "Miércoles, 3 de septiembre 2025, 11:05": a writer's initials
    (_WRITER_INITIALS) printed alone just above the page's date line, in the page's head (at
    most HEAD_PARAGRAPHS lines of text read above them: a headline, a summary), are its byline,
    as a writer's name printed there is (_byline_before_date), no paragraph of the text; a
    place's or a body's abbreviation the reference knows ("R.D.C.", "U.N.": a section's or a
    tag's label) is none, and so is a word for the newsroom's reporter abbreviated ("P.V.",
    phóng viên: vocabulary anonymous_bylines)."""
    previous = next((line for line in reversed(above) if line.strip()), "").strip()
    body = r.body
    if body and len(body) - 1 <= HEAD_PARAGRAPHS and body[-1].strip() == previous and _WRITER_INITIALS.fullmatch(previous) \
            and not reference().gazetteer.whole(previous) \
            and fold(re.sub(r"[.\s]", "", previous)) not in reference().words("anonymous_bylines"):
        body.pop()
        r.layout.bylines.append(previous)


def _dated_or_credited(line: str) -> bool:
    """A line carrying a full date or a credit is page furniture, never the headline (a
    picture's legend closed by an agency's name is credited: legend_agency_credit; so is one
    closed by a photographer's credit NAME / AGENCY: photo_credited_legend)."""
    return ("\u00a9" in line or any(d.kind == "date" and d.has_year for d in find_dates(line)) or legend_agency_credit(line) is not None
            or photo_credited_legend(line))


def _parts(row: str) -> list[str]:
    parts = [p.strip() for p in row.split("|") if p.strip()]
    if 2 <= len(parts) <= 4 and len(row.split()) <= 30:
        return _stamps_rejoined(parts)
    return [row]


@lru_cache(maxsize=1)
def _label_clock_part() -> re.Pattern:
    """A part of a row that is a date or update label (vocabulary metadata_labels "date",
    "updated") and at most a clock, on folded lowercased text: "Last updated: 10:00",
    "Mis à jour : 10h00", "Cập nhật:"."""
    labels = alternation(fold(w).lower() for w in _date_labels())
    clock = r"\d{1,2}\s?[:h.]\s?\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?"
    return re.compile(rf"(?:{labels})\s*:?\s*(?:{clock})?\s*:?")


def _stamps_rejoined(parts: list[str]) -> list[str]:
    """The parts of a row cut at its bars, a stamp's label and clock joined again to the day
    printed after the bar ("Last updated: 10:00 | 12/05/2023" is one update stamp: read
    apart, its day would be a date line of its own, taken for the publication's)."""
    out: list[str] = []
    for part in parts:
        if out and _label_clock_part().fullmatch(fold(out[-1]).lower()) and find_dates(part):
            out[-1] = f"{out[-1]} | {part}"
        else:
            out.append(part)
    return out


def _content_words(line: str) -> set[str]:
    stop = reference().words("stopwords")
    return {w for w in re.findall(r"[^\W\d_]{4,}", fold(line)) if w not in stop}


# A word printed with a capital, the text's first and one opening a sentence left out.
_NAMED_WORD = re.compile(r"(?<![.!?:\u201c\u00ab\"]\s)(?<![.!?:\u201c\u00ab\"])\b[A-ZÀ-ÝĐ][^\W\d_]*")


def _named_words(text: str) -> set[str]:
    """The words a text prints with a capital inside a sentence (a name's: "Malí", "Naciones",
    "Kidal"), folded: its first word and a word opening a sentence or a quote are left out."""
    return {fold(m.group()) for m in _NAMED_WORD.finditer(text) if m.start() > 0}


# The separators of a breadcrumb's crumbs ("Home / World", "Accueil › Monde", "Inicio | Mundo").
_CRUMB_SEPARATOR = re.compile(r"\s(?:/|\||\u203a|\u00bb|>)\s")


# The most words of a kicker ending on a colon above a headline ("Defence minister:").
LABEL_WORDS = 4


def _label_line(line: str) -> bool:
    """Whether a line is a short label or kicker ending on a colon ("Minister:", "Bộ trưởng:"),
    LABEL_WORDS words at most."""
    return line.rstrip().endswith(":") and len(line.split()) <= LABEL_WORDS


# The marks opening a menu's item printed as a bulleted list ("• Mobile App"); a dash opens a
# line of a text's own list or a reply as often.
_MENU_BULLETS = "\u2022\u00b7\u25aa\u25cf"
# The most words of a bulleted menu's item.
MENU_ITEM_WORDS = 4


def _menu_item(line: str) -> bool:
    """Whether a line reads as an item of a menu printed as a bulleted list: a bullet
    (_MENU_BULLETS), then one to MENU_ITEM_WORDS words each opening on a capital, no stop
    closing them ("• Email Service", "• Ứng Dụng Di Động"). Two such lines one under the other
    are the site's menu, unless the text prints the list (bulleted_menu_rows)."""
    stripped = line.strip()
    if not stripped or stripped[0] not in _MENU_BULLETS:
        return False
    words = stripped.lstrip(_MENU_BULLETS + " ").split()
    return (1 <= len(words) <= MENU_ITEM_WORDS and not stripped.endswith(TERMINAL)
            and all(word[:1].isupper() for word in words))


def bulleted_menu_rows(lines: list[str]) -> frozenset[int]:
    """The rows of lines (a page's) that are a site's menu printed as a bulleted list: two
    _menu_item lines or more one under the other ("• Email Service" over "• Mobile App"), but
    for a list the text prints of its own: one the line above introduces with a colon ("The
    contingents come from these countries:") or one naming a place the gazetteer knows, a
    country or a city ("• Nepal", "• Gao"). An empty set where the page prints no menu."""
    rows: set[int] = set()
    start = 0
    while start < len(lines):
        if not _menu_item(lines[start]):
            start += 1
            continue
        end = start
        while end + 1 < len(lines) and _menu_item(lines[end + 1]):
            end += 1
        above = next((lines[row] for row in range(start - 1, -1, -1) if lines[row].strip()), "")
        introduced = above.rstrip().endswith(":")
        if end > start and not introduced and not any(
                _known_place(lines[row].strip().lstrip(_MENU_BULLETS + " ")) for row in range(start, end + 1)):
            rows.update(range(start, end + 1))
        start = end + 1
    return frozenset(rows)


def _empty_label(line: str) -> bool:
    """Whether a line is a bare label ending on a colon (_label_line) that names no place nor
    a body's seat (a dateline printed alone, "Juba:", "UNITED NATIONS:") and holds no figure:
    "Visitors:", "Partager :", "Chia sẻ:"."""
    bare = line.rstrip(" :")
    return (_label_line(line) and bool(bare) and not any(ch.isdigit() for ch in line)
            and not _known_place(bare) and not _seat_place(bare))


def _empty_label_run(line: str, previous: str, next_line: str, boilerplate: list[str]) -> bool:
    """Whether a line is one of two bare labels or more printed one under the other
    (_empty_label; previous and next_line: the page's lines around it, boilerplate: the
    furniture read so far): a widget's labels whose values the page left out ("Visitors:"
    over "Online:"), furniture above the text. A single label stays where it is read (a
    kicker above the headline, "Minister:")."""
    if not _empty_label(line):
        return False
    return _empty_label(next_line) or (bool(boilerplate) and boilerplate[-1] == previous and _empty_label(previous))


def _opens_as_headline(line: str) -> bool:
    """Whether a line opens as a headline does, not in capitals throughout: with a capital,
    or with a figure ("2 UN peacekeepers killed in Mali", "15 casques bleus blessés")."""
    line = line.lstrip(_HEADLINE_OPENERS + " ")
    return (line[:1].isupper() or line[:1].isdigit()) and not line.isupper()


# The fewest words and characters of a standfirst printed under the headline without a closing
# stop, and how many times the headline's length it runs to at least: a summary is a sentence,
# a headline short.
STANDFIRST_MIN_WORDS = 15
STANDFIRST_MIN_CHARS = 100
STANDFIRST_RATIO = 2.5
# A summary of DECK_MIN_WORDS words or more under a headline of DECK_ABOVE_CHARS characters or
# more (longer than a kicker, in characters: a Vietnamese kicker runs to many short
# syllables), DECK_RATIO times as long in words and in characters, is a standfirst too
# ("Uruguay despide a sus cascos azules rumbo al Congo" over "El contingente de 200 efectivos
# partirá el lunes desde la base aérea de Carrasco").
DECK_MIN_WORDS = 12
DECK_ABOVE_CHARS = 45
DECK_RATIO = 1.5


# The most words of a label printed before the headline on its line ("Share this article:").
HEADLINE_LABEL_WORDS = 5


def _label_prefix(prefix: str) -> bool:
    """Whether the words a line prints before a headline are a label: HEADLINE_LABEL_WORDS
    words at most, closed by a colon or a separator (":", "|", a dash, "»", ">", "/")."""
    prefix = prefix.rstrip()
    return bool(prefix) and prefix[-1] in ":|-\u2013\u2014\u00bb>/" and 1 <= len(prefix[:-1].split()) <= HEADLINE_LABEL_WORDS


def _standfirsts(headers: list[str], lead: str = "") -> set[str]:
    """The standfirsts among the heading-like lines above the text (in the page's order): a
    line of STANDFIRST_MIN_WORDS words and STANDFIRST_MIN_CHARS characters or more,
    STANDFIRST_RATIO times as long as the line printed right before it at least (in
    characters: a Vietnamese headline of many short syllables under a kicker is none), where
    that line reads as this article's headline - it
    opens as one (_opens_as_headline), holds two words or more, is no label ending on a colon
    and no section's name, and shares a content word with the long line or the lead (lead: the
    text's first paragraph; a site's tagline shares none) - "Adiós a Haití" above "Tras trece
    años de servicio en la misión ..., el último contingente regresó a Chile". A summary
    printed under its headline needs no full stop to be one; it is no headline for being the
    longer line."""
    found: set[str] = set()
    for above, line in zip(headers, headers[1:]):
        words, above_words = len(line.split()), above.split()
        # (in characters as well as words: a Vietnamese headline runs to many short syllables)
        # (a shorter summary under a headline longer than a kicker, DECK_ABOVE_CHARS
        # characters or more: DECK_MIN_WORDS words and DECK_RATIO times the headline's, in
        # words and in characters)
        long_enough = (words >= STANDFIRST_MIN_WORDS and len(line) >= STANDFIRST_MIN_CHARS and len(line) >= STANDFIRST_RATIO * len(above)) \
            or (words >= DECK_MIN_WORDS and len(above) >= DECK_ABOVE_CHARS and words >= DECK_RATIO * len(above_words)
                and len(line) >= DECK_RATIO * len(above))
        if (long_enough
                and len(above_words) >= 2
                and _opens_as_headline(above) and not above.rstrip().endswith(":")
                and not section_name(_LETTERS.findall(fold(above)))
                and _content_words(above) & (_content_words(line) | _content_words(lead))):
            found.add(line)
    return found


# The fewest pairs of words a headline shares with the lead to be read as the one it echoes
# (_most_echoed_pairs).
ECHOED_PAIRS = 2


def _word_pairs(line: str) -> set[tuple[str, str]]:
    """The pairs of consecutive words of a line, folded, letters only ("Mũ nồi xanh" ->
    {("mu", "noi"), ("noi", "xanh")}); a pair of a Vietnamese text is mostly one word of two
    syllables."""
    words = re.findall(r"[^\W\d_]+", fold(line))
    return set(zip(words, words[1:]))


def _most_echoed_pairs(lines: list[str], lead: str) -> str | None:
    """The line among lines (heading-like lines above the text) sharing the most pairs of
    consecutive words with the lead (_word_pairs), ECHOED_PAIRS at least and strictly more than
    any other line: the headline the lead retells, over a topic kicker above it that names
    only the subject ("Hoạt động gìn giữ hòa bình Liên hợp quốc" above "Mũ nồi xanh ở lại các
    vị trí", whose lead opens "Mũ nồi xanh ở lại các vị trí ..."). Read only where the lead is
    written in a language of short syllables (vocabulary "syllable_languages", by
    language.detect_language): there a headline's words are mostly too short to count as
    content words (_content_words); in other languages a shorter line under the headline
    that retells the lead is a subheading or a deck. None without such a line or without a
    lead."""
    from .language import detect_language  # (its model is loaded only where a page needs it)

    pairs = _word_pairs(lead)
    if not pairs:
        return None
    shared = sorted(((len(_word_pairs(line) & pairs), line) for line in lines), key=lambda pair: -pair[0])
    if not shared or shared[0][0] < ECHOED_PAIRS or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    # (the language asked last, where a line has won: detecting it is the costly step)
    return shared[0][1] if detect_language(lead) in reference().words("syllable_languages") else None


# The fewest words of a headline printed in capitals (a kicker or a masthead in capitals has fewer).
CAPS_HEADLINE_WORDS = 5


def _header_twice(line: str, headers: dict[str, int], lead_words: set[str]) -> bool:
    """Whether a heading-like line the page prints twice is its site's or its blog's name, no
    headline: it shares no content word (_content_words) with the lead (lead_words: the lead's
    content words), it holds some (a name of long words: a headline in a language of short
    syllables may share none), and another heading-like line of five words or more shares one
    ("PARADA MILITAR 2010" printed in a blog's header and its widget, then the post's date and
    "MISIONES MILITARES EN HAITI: ..." over a lead telling of Haiti). headers: the heading-like
    lines above the text -> how many times each is printed. A name prints each of its words
    with a capital ("PARADA MILITAR 2010", "Notes From The Garrison"): a line with no word of
    four letters or more after its first but a stop word, or one printed in lower case, is
    worded as a headline ("A farewell in Gao", "Adieu à Gao", its title bar's and its heading's,
    over a deck that tells of the lead) and stays one."""
    own = _content_words(line)
    stop = reference().words("stopwords")
    later = [word for word in re.findall(r"[^\W\d_]{4,}", line.split(maxsplit=1)[-1] if " " in line.strip() else "")
             if fold(word) not in stop]
    if not later or any(word[0].islower() for word in later):
        return False
    return bool(own) and not own & lead_words and any(
        other != line and len(other.split()) >= 5 and _content_words(other) & lead_words for other in headers)


def _choose_title(layout: Layout, headers: dict[str, int], lead: str = "", found_headline: str | None = None) -> None:
    """The headline among the heading-like lines above the text: one printed twice, else the
    first that reads like a headline (five words or more: a section's name has fewer; no
    kicker closed by a colon) and shares two words or more with the lead (lead: the
    text's first paragraph; a standfirst printed under the headline shares them too, a
    site's tagline above it does not; a line of capitalised words alone, tags or Title Case,
    is not taken so), else the longest that reads like a headline (not a
    kicker in capitals, not a tagline of the site); the others are page furniture.
    found_headline: the line a whole-page copy's headline was found on (page_chrome), taken
    before the others where it is among them."""
    lead_words = _content_words(lead)
    standfirsts = _standfirsts(list(headers), lead)
    # (a line of capitalised words alone is a list of tags, or a headline in Title Case that
    # the longest rule reads well enough)
    # (a kicker closed by a colon above the headline, "Dispuso del buque para repatriar los
    # equipos del batallón:", is none, whatever words it shares)
    # (a headline printed in capitals, CAPS_HEADLINE_WORDS words or more sharing two of the
    # lead's words, opens as a headline does: a kicker or a masthead in capitals is shorter)
    def opens(line: str) -> bool:
        return _opens_as_headline(line) or (line.isupper() and len(line.split()) >= CAPS_HEADLINE_WORDS
                                             and len(_content_words(line) & lead_words) >= 2)

    first_sharing = next((line for line in headers if opens(line) and len(line.split()) >= 5 and line not in standfirsts
                          and not line.rstrip().endswith(":") and (line.isupper() or any(w[:1].islower() for w in line.split()))
                          and len(_content_words(line) & lead_words) >= 2), None)
    if first_sharing is None:
        # (words of a language of short syllables, Vietnamese, are mostly shorter than a content
        # word: the headline the lead echoes is the one sharing most pairs of words with it, a
        # topic kicker above it, longer, shares fewer: _most_echoed_pairs)
        first_sharing = _most_echoed_pairs([line for line in headers if opens(line) and line not in standfirsts
                                            and not line.rstrip().endswith(":")], lead)

    # (where none shares two words with the lead, a line sharing one outranks a longer one
    # sharing none: other stories' headlines listed above the article's, "Most read", share
    # none, the article's headline, worded otherwise than its lead, some; a name the lead
    # prints, a country's, a body's, is no such word: other stories of the same beat share it)
    lead_common = lead_words - _named_words(lead)

    def score(line: str) -> tuple:
        words = len(line.split())
        return (line == found_headline, line in twice, opens(line), line not in standfirsts, words >= 4,
                line == first_sharing, bool(_content_words(line) & lead_common), words)

    # The site's title bar, its name and its tagline ("Diario del Valle - Noticias de hoy"),
    # among other heading lines: the site's name, no headline (site_title_bar).
    for line in list(headers):
        if len(headers) > 1 and (site := site_title_bar(line)):
            headers.pop(line)
            layout.site_name = layout.site_name or site
            layout.boilerplate.append(line)

    # A title bar ("Headline | Site") above the headline printed bare: one headline, and
    # the part after the separator is the site's name.
    for line in list(headers):
        match = _SITE_SUFFIX.match(line)
        head = match["head"].strip() if match else None
        if head and head != line and head in headers and len(match["site"].split()) <= 6:
            headers[head] += headers.pop(line)
            layout.site_name = layout.site_name or title_bar_site(match["site"])
            layout.boilerplate.append(line)

    # A breadcrumb whose last crumb is the headline ("Home / World / Troops leave Juba"),
    # above the headline printed bare: one headline, and the breadcrumb is navigation.
    for line in list(headers):
        crumbs = [c.strip() for c in _CRUMB_SEPARATOR.split(line)]
        if len(crumbs) >= 2 and crumbs[-1] != line and crumbs[-1] in headers:
            headers[crumbs[-1]] += headers.pop(line)
            layout.boilerplate.append(line)

    # A label or a button's text before the headline printed bare ("Share this article:
    # <headline>", "Chia sẻ: <headline>"): one headline, the labelled line furniture.
    for line in list(headers):
        bare = next((other for other in headers if other != line and len(other.split()) >= 3 and line.endswith(other)
                     and _label_prefix(line[:-len(other)])), None)
        if bare is not None:
            headers[bare] += headers.pop(line)
            layout.boilerplate.append(line)

    # (a line printed twice, counted once the steps above merged its title bar, breadcrumb
    # or label into it, is the headline, unless it shares no word with the lead while a line
    # of five words or more among the others does: a blog's or a site's name printed in its
    # header and again in a widget, the post's headline under them: _header_twice)
    twice = {line for line in headers if headers[line] > 1 and not _header_twice(line, headers, lead_words)}
    best = max(headers, key=score)
    # a headline in capitals printed right above the line chosen, which is then its deck or
    # its picture's legend (_caps_over_deck)
    order = list(headers)
    # (not over a line printed twice, the title bar's and the heading's: the headline under a
    # banner or a section's name in capitals)
    if order.index(best) and headers[best] <= 1 and _caps_over_deck(order[order.index(best) - 1], best):
        best = order[order.index(best) - 1]
    if len(best.split()) >= 2 or len(headers) == 1:
        layout.title = best
    # (the deck or legend under a headline printed in capitals is the article's, no furniture
    # of the site's whose names would credit the page)
    for line in headers:
        if line != layout.title:
            (layout.captions if layout.title and _caps_over_deck(layout.title, line) else layout.boilerplate).append(line)
    headers.clear()


# A wire dateline alone on its line: place, maybe its country in brackets, maybe a day (after
# a comma, or after a space alone: "MADRID 15 Ago."), the agency in brackets, maybe a dash
# ("MADRID, 15 Ago. (EUROPA PRESS) -", "HARBOURTON (Reuters)", "Goma (Example Land) (AFP) -").
_DATELINE_ALONE = re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^,()\[\]\d]{1,40}?)(?:\s*[(\[][^()\[\]\d]{2,30}[)\]](?=\s*[(,]))?"
                             r"(?:(?:,\s*|\s+(?=\d))(?P<date>[^()]{1,30}?))?\s*"
                             r"\((?P<agency>[^()]{2,30})\)\s*(?:(?:--|[\u2013\u2014-])\s*(?P<after>[^()\-\u2013\u2014]{6,30}?)\s*)?(?:--|[\u2013\u2014:-])?\s*$")


# A dateline with no agency alone on its line, the lead on the next: a place, maybe its
# country after a comma, and the dash or the Spanish stop and dash that closes a dateline
# ("HARBOURTON, Exampleland —", "CIUDAD EJEMPLO.-"); checked by _place_dateline_alone.
_PLACE_DATELINE_ALONE = re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^,()\[\]\d.:;!?\u2013\u2014-]{1,40}?)"
                                   r"(?:,\s*(?P<region>[A-ZÀ-ÝĐ][^,()\[\]\d.:;!?\u2013\u2014-]{1,35}?))?"
                                   r"\s*(?:--|[\u2013\u2014]|\.-|(?<=\s)-)\s*$")

# The agency first, then the place and its day, alone on a line ("(TTXVN) Hà Nội, 4/3").
_AGENCY_FIRST_ALONE = re.compile(r"^\((?P<agency>[^()]{2,30})\)\s*(?P<place>[A-ZÀ-ÝĐ][^,()\[\]\d]{1,40}?),\s*"
                                 r"(?P<date>[^()\-\u2013\u2014]{1,30}?)\s*(?:--|[\u2013\u2014:-])?\s*$")


def agency_place_dateline(match: re.Match) -> bool:
    """Whether a match of _AGENCY_PLACE ("APA-Kigali (Rwanda)", "MAP-Rabat") is a news
    agency's dateline: its short form names a news agency the reference knows (sources.yaml
    kind "agency"; "ONU-Femmes", "UN-Habitat" are no agency) and its place is one the
    gazetteer knows or printed in capitals, its day (when printed after a comma) a date."""
    row = reference().find_source(match["agency"].strip(" ."))
    place = match["place"].strip()
    if not row or row.get("kind") != "agency" or _looks_like_sentence(place):
        return False
    if not (_known_place(place) or place.isupper() and len(place) > 2):
        return False
    return not match["date"] or bool(find_dates(match["date"]))


_AGENCY_PLACE_ALONE = re.compile(rf"^{_AGENCY_PLACE_DATED}(?:--|\.-|[\u2013\u2014:,-])?\s*$")


# The most words of a wire's credit row naming the agency and the place (_agency_then_place).
AGENCY_PLACE_ROW_WORDS = 8


def agency_then_place(line: str) -> Dateline | None:
    """The dateline of a credit row that names a news agency, then the place the dispatch was
    filed from, and nothing else ("Press Trust of India New Delhi", "PTI Kathmandu", "IANS
    United Nations"): the agency one sources.yaml lists as such (kind "agency"), the place a
    city or country of the gazetteer or a body's seat (_seat_place), at most
    AGENCY_PLACE_ROW_WORDS words and no figure. None otherwise (an outlet that is no agency,
    "Example Times London", is a masthead's row; a name after the agency is a writer's)."""
    words = line.strip().split()
    if not 2 <= len(words) <= AGENCY_PLACE_ROW_WORDS or any(ch.isdigit() for ch in line):
        return None
    ref = reference()
    for size in range(len(words) - 1, 0, -1):
        place = " ".join(words[size:])
        if not place[:1].isupper() or not (_known_place(place) or _seat_place(place)):
            continue
        row = ref.find_source(" ".join(words[:size]))
        if row and row.get("kind") == "agency":
            return Dateline(_place_case(place), None, " ".join(words[:size]))
    return None


def dateline_alone(line: str) -> Dateline | None:
    """The dateline a line prints alone above the lead (_DATELINE_ALONE), its agency one the
    reference knows and its place no sentence, printed in capitals or known to the gazetteer
    (a photographer's credit, "Ana Lee (AFP)", names no place); the day may follow the
    agency's bracket between dashes ("MONTEVIDEO (Example) – 04.03.2024 –"), or the agency
    come first, before a known place and its day ("(TTXVN) Hà Nội, 4/3"), or its short form be
    joined to the place by a hyphen ("APA-Kigali (Rwanda)": agency_place_dateline); None otherwise."""
    line = line.strip()
    # "APA-Kigali (Rwanda)", "MAP-Rabat, 3 mars 2024": the agency joined to the place
    if (m := _AGENCY_PLACE_ALONE.match(line)) and agency_place_dateline(m):
        country = m["region"].strip() if m["region"] and _known_country(m["region"].strip()) else None
        date = (m["date"] or "").strip(" ,") or None
        return Dateline(_place_case(m["place"]), date, m["agency"].strip(" ."), country)
    if (m := _AGENCY_FIRST_ALONE.match(line)) and (agency := _bracketed_credit(m["agency"])) \
            and _known_place(m["place"].strip()) and _day_dated(m["date"]):
        return Dateline(_place_case(m["place"]), m["date"].strip(" ,"), agency)
    m = _DATELINE_ALONE.match(line)
    if not m:
        return _place_dateline_alone(line)
    if _looks_like_sentence(m["place"]) or not reference().find_source(m["agency"].strip()):
        return None
    if not (m["place"].strip().isupper() or _known_place(m["place"].strip())):
        return None
    date = (m["date"] or "").strip(" ,") or None
    if date is None and m["after"] and _whole_date(m["after"]):
        date = m["after"].strip()
    return Dateline(_place_case(m["place"]), date if date and find_dates(date) else None, m["agency"].strip())


def _city_dateline_over_lead(lines: list[str], index: int) -> bool:
    """Whether lines[index] is a city's name alone as a dateline, over the lead's prose on the
    next line ("GENEVA —", "BAMAKO.-", "Bamako.-"; _place_dateline_alone): a city the gazetteer
    knows, in capitals or closed by the Spanish stop and dash, not a menu's one word ("Mali
    —", a country, is a section's name as often)."""
    line = lines[index].strip()
    return (index + 1 < len(lines) and _is_prose(lines[index + 1])
            and (alone := _place_dateline_alone(line)) is not None and alone.country is None
            and _known_city(alone.place) and not any(e.kind == "country" for e in reference().gazetteer.whole(alone.place))
            and (line.split()[0].isupper() or line.endswith(".-")))


def _place_dateline_alone(line: str) -> Dateline | None:
    """The dateline with no agency a line prints alone above the lead (_PLACE_DATELINE_ALONE:
    "HARBOURTON, Exampleland —", "CIUDAD EJEMPLO, PAÍS.-"): its place a city or country the
    gazetteer knows, and the country after the comma, where one is printed, one it knows; the
    Dateline (place, no day, no agency, that country), None otherwise (a section's name in
    capitals, "MUNDO -", a heading)."""
    m = _PLACE_DATELINE_ALONE.match(line.strip())
    if not m or not _known_place(place := m["place"].strip()):
        return None
    region = (m["region"] or "").strip()
    if region and not _known_country(region):
        return None
    return Dateline(_place_case(place), None, None, _place_case(region) if region else None)

def bracketed_date(text: str) -> str | None:
    """text (str, what a dateline prints in brackets where an agency stands) when it is a
    full date and nothing else ("28/MAY/2013", "14 de abril de 2019": some sites date a
    dispatch so, "CITY (date).-"), stripped; None otherwise (an agency's name)."""
    text = text.strip(" .")
    dates = [d for d in find_dates(text) if d.kind == "date" and d.has_year and d.value.day]
    return text if dates and dates[0].start == 0 and dates[0].end == len(text) else None


def bracketed_day(text: str) -> str | None:
    """text (str, what a dateline prints in brackets where an agency stands, or as its date
    before a colon) when it is a day and a month and nothing else, its year printed or not
    ("14 March", "9 juin"; "JUBA, Tuesday (14 March) -" after a weekday; "Juba, Apr 16:"),
    stripped; None otherwise (an agency's name, a clause holding a date)."""
    text = text.strip(" .")
    dates = [d for d in find_dates(text) if d.kind == "date" and d.value.day]
    return text if dates and dates[0].start == 0 and dates[0].end == len(text) else None


# The fewest date lines in a row, below the start of the text, that are a list's stamps (other
# stories' days, "2025-05-06 02:29 1,204 views" line after line) rather than the article's
# date line; a page's own stamps come one or two together (published, updated).
STAMP_RUN = 3


@lru_cache(maxsize=1)
def _comment_heading_pattern() -> re.Pattern | None:
    """A comment thread's heading (vocabulary comment_section_headings, every language), on
    folded text: maybe a count before it, a count in brackets or what the comments are on
    after it ("3 comments", "Bình luận (4)", "12 responses to “The title”"). None when
    the list is empty."""
    table = reference().vocabulary.get("comment_section_headings") or {}
    words = {fold(w) for listed in table.values() for w in listed}
    if not words:
        return None
    return re.compile(r"\W*(?:\d+\s+)?(?:" + alternation(words) + r")(?:\s*\(\d+\))?(?:\s+(?:" + _listed_words("comment_heading_links", True) + r")\s+\S.{0,150})?\W*")


def comment_heading(line: str) -> bool:
    """Whether a line heads a comment thread ("3 comments", "Commentaires", "5 comentarios",
    "Bình luận (4)", "12 responses to “The title”"; vocabulary comment_section_headings):
    the readers' names and stamps under it are not the page's writer and date."""
    pattern = _comment_heading_pattern()
    return bool(pattern and len(line) <= 200 and pattern.fullmatch(fold(line).strip()))


def _in_stamp_run(lines: list[str], index: int) -> bool:
    """Whether lines[index] (a date line) is one of STAMP_RUN or more date lines in a row
    (is_date_line, strict)."""
    start = index
    while start > 0 and index - start < STAMP_RUN and is_date_line(lines[start - 1], strict=True):
        start -= 1
    end = index + 1
    while end < len(lines) and end - start < STAMP_RUN and is_date_line(lines[end], strict=True):
        end += 1
    return end - start >= STAMP_RUN


# Two or three agencies' short forms joined by a hyphen or a slash in a dateline's brackets
# ("AFP-NA", "EFE/NA", "DPA-AP-NA"): checked by joint_credit.
_JOINT_CREDIT = re.compile(r"[A-Z][A-Za-z]{1,7}(?:\s?[-/]\s?[A-Z][A-Za-z]{1,7}){1,2}")


def joint_credit(agency: str) -> str | None:
    """The outlet whose copy a joint credit carries: two or three agencies' short forms joined by
    a hyphen or a slash in a dateline's brackets, as a paper taking a wire's dispatch through
    its national agency prints it ("JUBA (AFP-NA).", "NAIROBI (EFE/NA) -"), read as a slash's
    credit is (reference.slash_credit_row: an agency of world reach over a national one, else
    the last the reference knows). Input: the bracket's words; output: the outlet's name as
    sources.yaml spells it ("Agence France-Presse"), or None (a single name, no part the
    reference knows)."""
    agency = agency.strip()
    if not _JOINT_CREDIT.fullmatch(agency):
        return None
    row = reference().slash_credit_row(re.sub(r"\s?[-/]\s?", "/", agency))
    return row["name"] if row else None


def agency_dateline(match: re.Match) -> bool:
    """Whether a match of the "dateline" line pattern (place, maybe its day, an outlet in
    brackets, a dash: "UNITED NATIONS, Nov. 26 (Xinhua) --", "New York (VNA) -") is a wire's
    dateline: the outlet one the reference knows, or the place in capitals or one the
    gazetteer knows (_known_places: two cities joined by a slash, as a dispatch filed from
    both prints them, "Ciudad A/Ciudad B, 29 Mar. (XYZ).-"). A place of more than a few
    words is a sentence's opening, not a place; capitals that are a known mission's
    acronym, with no known outlet in the brackets, open a section ("MONUC (DRC): ...")."""
    place = match["place"].strip()
    if _looks_like_sentence(place):
        return False
    if reference().find_source(match["agency"].strip()) or joint_credit(match["agency"]) or _known_places(place):
        return True
    if place.isupper():
        # a mission's acronym before a gloss in brackets opens a section ("MONUC
        # (DRC): In 2003, ..."): no place a story is filed from ("UNITED NATIONS (XNA)" is one)
        return not any(e.kind == "mission" for e in reference().gazetteer.whole(place))
    # "Boston, 12 sept 2025 (Example Media) – ...": a place, its day written whole with the
    # year, then a name in brackets the reference does not know (a small site's own code,
    # an agency's): the whole day makes the opening a dateline, whose name credits it
    if match["date"] and _dated_alone(match["date"]) and _dated_place(place) and _bracketed_name(match["agency"]):
        return True
    # "Naciones Unidas (example.com).- ...": an outlet's web domain in the agency's
    # brackets credits that site, known to the reference or not, after a place so shaped
    return bool(web_domain_name(match["agency"])) and _stop_dash_place(place)


# The most words of a name in a dateline's brackets the reference does not know, and of its
# place (_name_shaped: "Radio Fleuve Ouest", "Voz del Litoral").
BRACKETED_NAME_WORDS = 4


def _name_shaped(words: str) -> bool:
    """Whether words (as printed) are shaped as a proper name: one to BRACKETED_NAME_WORDS
    words, the first capitalised, each capitalised but for the connectors of names
    (vocabulary name_connectors, stopwords), no figure ("Harbour Light News", "Voz del
    Litoral"; not "heure locale", not "3 soldiers")."""
    parts = words.split()
    connectors = _lowercase_in_names()
    return (0 < len(parts) <= BRACKETED_NAME_WORDS and parts[0][:1].isupper() and not any(c.isdigit() for c in words)
            and all(w[:1].isupper() or fold(w) in connectors for w in parts))


def _dated_place(place: str) -> bool:
    """Whether the words before a dateline's whole day and a name in brackets the reference
    does not know may be its place: shaped as a name (_name_shaped), neither a byline ("By
    Jane Roe, May 14, 2021 (...)", "Por María López, ..."; opens_with_byline), nor a person's
    name (given_name_and_one_word: "John Roe, May 14, 2021 (...)"), nor a weekday
    ("Monday, May 14, 2021 (...)") nor a label or a role (_bracket_non_name_words:
    "Actualizado, 5 de junio de 2023 (...)")."""
    return (_name_shaped(place) and not opens_with_byline(place) and weekday_number(place) is None
            and not given_name_and_one_word(place) and not _bracket_non_name_words().search(fold(place)))


def _no_credit_in_brackets(words: str) -> bool:
    """Whether the words in a dateline's brackets, which the reference does not know as an
    outlet, credit nothing: a gloss in lower case ("(heure locale)", "(hora local)"; a web
    domain, "(example.com)", credits its site) or a place the gazetteer knows ("(Argentina)":
    the place's country)."""
    words = words.strip()
    return (words[:1].islower() and not web_domain_name(words)) or _known_place(words)


def _bracketed_name(words: str) -> bool:
    """Whether the words in a dateline's brackets name an outlet the reference does not
    know: shaped as a name (_name_shaped), neither a place the gazetteer knows ("(Argentina)":
    the place's country) nor a day ("(14 March)") nor a person's name ("(Jane Roe)":
    given_name_and_one_word, a writer's or a photographer's credit), holding no word that names none
    (_bracket_non_name_words: "(AP Photo)", "(Correspondent)", "(Actualizado)", "(Hora Local)"),
    nor a headline's kicker or a section's name whole (vocabulary headline_kickers,
    section_words: "(Exclusive)", "(Opinión)", "(Editorial)")."""
    words = words.strip()
    folded = fold(words)
    return (_name_shaped(words) and not _known_place(words) and bracketed_day(words) is None
            and not given_name_and_one_word(words) and not _bracket_non_name_words().search(folded)
            and folded not in _kicker_or_section_words())


@lru_cache(maxsize=1)
def _kicker_or_section_words() -> frozenset[str]:
    """The folded headline kickers and section names (vocabulary headline_kickers,
    section_words), one set: brackets holding one whole name no outlet."""
    return frozenset(reference().words("headline_kickers") | reference().words("section_words"))


@lru_cache(maxsize=None)
def _bracket_non_name_words() -> re.Pattern:
    """The folded words or phrases (a pattern of whole words, searched in the folded brackets)
    that, in a dateline's brackets, make them no outlet's name, however capitalised: a
    writer's role (vocabulary byline_roles, filed_from_roles "roles": "(Correspondent)",
    "(Corresponsal)", "(Correspondance)"), a picture's word
    (picture_words: "(AP Photo)", an agency credited for a picture only), an update's label
    (metadata_labels "updated": "(Updated)", "(Actualizado)") or a gloss of the hour
    (dateline_bracket_glosses: "(Hora Local)", "(Giờ Địa Phương)")."""
    ref = reference()
    listed = [*ref.vocabulary["filed_from_roles"]["roles"], *ref.vocabulary["metadata_labels"]["updated"]]
    words = (ref.words("byline_roles") | ref.words("picture_words") | ref.words("dateline_bracket_glosses")
             | frozenset(fold(w) for w in listed))
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)")


def opens_with_wire_dateline(line: str) -> bool:
    """Whether a line opens with a wire's dateline followed by words of the lead ("LA PAZ
    (XYZ).- Los soldados ...", "BAMAKO (AFP) - Deux ..."): the first line of a lead whose
    lines the copy broke at a fixed width, never a headline (agency_dateline)."""
    match = _line_patterns()["dateline"].match(line)
    return bool(match) and bool(line[match.end():].strip()) and agency_dateline(match)


@lru_cache(maxsize=1)
def _follow_glued_pattern() -> re.Pattern:
    """Two to four words, a call to follow an outlet (vocabulary follow_prompts), the outlet's
    name (a few words), a dash, then the lead opening on a capital or a quotation mark."""
    prompts = alternation(reference().vocabulary["follow_prompts"])
    return re.compile(rf"(?P<name>\S+(?:\s+\S+){{1,3}}?)\s+(?i:{prompts})\s+(?P<outlet>[^\s\-\u2013\u2014][^\-\u2013\u2014]{{0,40}}?)"
                      rf"\s*[\-\u2013\u2014]\s*(?P<rest>[\"\u201c\u00ab]?[^\W\d_].*)", re.S)


# How many paragraphs from the text's top a name glued to a follow call is looked for in.
FOLLOW_CALL_REACH = 8


def _follow_glued(lead: str) -> tuple[str, str, str] | None:
    """(the writer's name, the outlet a call to follow names, the lead) where a lead opens with
    a name of capitalised words glued to a call to follow the outlet and a dash ("Lâm Ngọc
    Theo dõi báo trên Example -Sau một năm ...", "Jane Roe Follow us on Example News - The
    mission ..."): a byline whose page printed the call between the name and the text; else
    None, also where the words before the call are a site section's name, a kicker's words, a
    place or an outlet ("Breaking News Follow us on ...", "Live Updates ..."). Source of the
    rule: a Vietnamese newspaper's page as an aggregator copied it."""
    m = _follow_glued_pattern().match(lead)
    if m is None or not m["rest"].lstrip("\"\u201c\u00ab")[:1].isupper():
        return None
    if not all(word[:1].isupper() and word.isalpha() for word in m["name"].split()):
        return None
    folded = fold(m["name"]).lower()
    if section_name(folded.split()) or folded in _kicker_words() or _known_place(m["name"]) or reference().find_source(m["name"]):
        return None  # "Breaking News Follow us on ...", "Live Updates ...": a section's or a kicker's words, no writer
    return m["name"], m["outlet"].strip(), m["rest"]


def _take_dateline(layout: Layout, body: list[str]) -> None:
    """Take the dateline off the first paragraph: the first of its printed forms that holds
    (none where the dateline was printed alone above the lead: dateline_alone). layout is
    filled in place (dateline, metadata "source" and "date", bylines, lead_day) and body's
    paragraphs lose what was read off them; the steps are tried in this order, most of them
    ending the reading where they hold."""
    if not body:
        return
    if _take_byline_outlet_opening(layout, body):
        return
    _take_follow_call(layout, body)
    if _take_date_first_opening(layout, body):
        return
    _take_bracketed_credit(layout, body)
    _take_dashed_bracket_credit(layout, body)
    if _take_site_first_dateline(layout, body) or _take_name_then_credit(layout, body) or _take_outlet_opening(layout, body):
        return
    if layout.dateline is not None:
        return
    _take_printed_dateline(layout, body)


def _take_byline_outlet_opening(layout: Layout, body: list[str]) -> bool:
    """"by XINHUA BUENOS AIRES, Aug. 25 (Xinhua) -- ...", "Por EFE Madrid, 3 mar (EFE).- ...": a
    byline word and an outlet the reference knows, glued before the dateline opening the
    lead, credit the outlet; kept only where a dateline follows them (the rest of the lead is
    read by _take_dateline again; where it finds none, all that trial wrote on layout, its
    metadata, bylines and lead_day, is put back). Whether the opening was taken (body[0] then
    holds the lead after the dateline)."""
    if not (opened := _line_patterns()["byline_opening"].match(body[0])) or layout.dateline is not None:
        return False
    ref = reference()
    rest = body[0][opened.end():].strip()
    words = rest.split()
    for count in range(1, min(BYLINE_OUTLET_WORDS, len(words) - 1) + 1):
        if not ref.find_source(" ".join(words[:count])):
            continue
        trial = [rest.split(None, count)[count], *body[1:]]
        before = dict(layout.metadata), list(layout.bylines), layout.lead_day
        _take_dateline(layout, trial)
        if layout.dateline is None:
            layout.metadata, layout.bylines, layout.lead_day = before
            continue
        layout.metadata.setdefault("source", " ".join(words[:count]))
        body[:] = trial
        return True
    return False


def _take_follow_call(layout: Layout, body: list[str]) -> None:
    """"Lâm Ngọc Theo dõi báo trên Example -Sau một năm ...": the writer's name, then a call to
    follow the outlet (vocabulary follow_prompts) and a dash, glued before the lead
    (_follow_glued): the byline, and the outlet the call names where the reference knows it
    (metadata "source"); the paragraph keeps the lead alone.
    (the paragraph may come under a few lines of a copier's notice read as text: the form is
    looked for in the first FOLLOW_CALL_REACH paragraphs)"""
    for index, paragraph in enumerate(body[:FOLLOW_CALL_REACH]):
        if (glued := _follow_glued(paragraph)) is not None:
            name, outlet, rest = glued
            if name not in layout.bylines:
                layout.bylines.append(name)
            if (row := reference().find_source(outlet)):
                layout.metadata.setdefault("source", row["name"])
            body[index] = rest
            break


def _take_date_first_opening(layout: Layout, body: list[str]) -> bool:
    """A lead opening with its day, before any place: a day and a place in brackets (the
    dateline), a day and an outlet in brackets (the date line and the source), or the page's
    whole date and a dash (the date line). Whether one was taken off body[0]."""
    ref = reference()
    # "December 28, 2022 (JUBA) – ...", "March 3 (MALAKAL)- ...": the day first, then the place
    # in capitals in brackets (a place, not an outlet the reference knows), then a dash: the
    # dateline, its day the dispatch's.
    # (the day alone before the brackets: "TEHRAN, Nov. 27 (XNA) –" or "Harbourton, 5 March
    # 2024 (XNA) -" prints the place first, and the capitals in brackets are an agency's)
    if ((m := _DATE_PLACE_OPENING.match(body[0])) and _day_dated(m["date"]) and not ref.find_source(m["place"].strip())
            and len(dated := [d for d in find_dates(m["date"]) if d.kind == "date"]) == 1
            and not re.match(r"\s*[A-ZÀ-ÝĐ]{2,}[A-ZÀ-ÝĐ .'-]*,", m["date"][:dated[0].start])
            and not _place_before_day(m["date"][:dated[0].start])):
        layout.dateline = Dateline(_place_case(m["place"].strip()), m["date"].strip(" ,"), None)
        body[0] = body[0][m.end():]
        return True
    # "Oct. 28 (Example Wire) -- ...", "March 3, 2021 (EW) - ...": the day alone, then an
    # outlet the reference knows in brackets, then a dash: a wire's dateline printed without a
    # place, its day the dispatch's date line and the outlet its credit.
    # (the outlet in capitals or as its name is spelled: "(Example Wire)"; one the reference
    # does not know where it reads as an outlet or the page prints it again alone on a line, _unlisted_dated_credit,
    # after a day with no weekday before it: "Monday, May 14, 2021 (Example) -" may be a byline's
    # or an update's label and its writer's)
    if ((m := _day_credit_opening(body[0])) and "date" not in layout.metadata
            and (ref.find_source(m["credit"].strip())
                 or (weekday_number(m["date"].split()[0].strip(" ,.")) is None
                     and _unlisted_dated_credit(m["credit"], [body[0][m.end():], *body[1:], *layout.boilerplate, *layout.teasers])))):
        layout.metadata["date"] = m["date"].strip(" ,")
        layout.metadata.setdefault("source", m["credit"].strip())
        body[0] = body[0][m.end():]
        return True
    # "24 November 2017 – Four peacekeepers ...": the page's date opening the lead, with a
    # dash and no place, is its date line.
    if (m := _DATE_OPENING.match(body[0])) and "date" not in layout.metadata and _whole_date(m["date"]):
        layout.metadata["date"] = m["date"].strip()
        body[0] = body[0][m.end():]
        return True
    return False


def _take_bracketed_credit(layout: Layout, body: list[str]) -> None:
    """"(MENAFN- Kuwait News Agency (KUNA)) NEW YORK, Oct 15 (KUNA) -- ...", "(Belga) Un
    Casque bleu ...": an outlet credited in brackets before the lead's first word
    (_bracketed_credit) is its metadata "source"; a dateline may follow it. Else "(TTXVN) Hà
    Nội, 4/3 - ..." opening the paragraph after a standfirst or two: the agency's credit, then
    a dated dateline (read by the forms of _take_printed_dateline). The credit is cut off its
    paragraph."""
    if (m := _BRACKETED_OPENING.match(body[0])) and (credited := _bracketed_credit(m["credit"])):
        layout.metadata.setdefault("source", credited)
        body[0] = body[0][m.end():]
    elif "source" not in layout.metadata:
        for index in range(1, min(3, len(body))):
            if ((m := _BRACKETED_OPENING.match(body[index])) and (credited := _bracketed_credit(m["credit"]))
                    and (dated := _line_patterns()["dateline_dated"].match(body[index][m.end():]))
                    and _known_place(dated["place"].strip()) and _day_dated(dated["date"])):
                layout.metadata["source"] = credited
                body[index] = body[index][m.end():]
                break


def _take_dashed_bracket_credit(layout: Layout, body: list[str]) -> None:
    """"(Example) - The port ...", "(Báo Example) – Sáng nay ...": a name in brackets and a dash
    opening the lead credit the outlet (metadata "source", where none was read), known to the
    reference or not (a place so printed is a dateline's, left to _take_printed_dateline).
    ("(Example).- Puerto Example, 5 mar - ...": a stop may close the brackets before the dash,
    and the dateline follows.)
    The same opening the paragraph after a picture's caption or a standfirst (short
    paragraphs before it, CREDITED_LEAD_REACH at most): "Caption.\\n(Example) - The lead"."""
    for index in range(min(CREDITED_LEAD_REACH, len(body))):
        if index and len(body[index - 1].split()) > STANDFIRST_WORDS:
            break
        if ((m := _DASHED_BRACKET_OPENING.match(body[index])) and _dashed_credit(m["credit"])
              and not _known_place(m["credit"]) and "source" not in layout.metadata):
            layout.metadata["source"] = m["credit"].strip()
            body[index] = body[index][m.end():]
            break


def _take_site_first_dateline(layout: Layout, body: list[str]) -> bool:
    """"EXAMPLE.CO.ID, JAKARTA -- ...": the site's web domain, then the dateline's place
    (_site_first_dateline): the dateline, the domain its agency. Whether it was taken."""
    if "." in body[0][:SITE_FIRST_REACH] and (m := _site_first_dateline(body[0])):
        layout.dateline = Dateline(_place_case(m["place"]), None, m["agency"])
        body[0] = body[0][m.end():]
        return True
    return False


def _take_name_then_credit(layout: Layout, body: list[str]) -> bool:
    """"Harbour Daily – AFP: The ...": a name that is no place (the site's own), a dash, then an
    outlet the reference knows closed by a colon: the report is credited to that outlet
    (metadata "source"; a place before the dash is the dateline's, read by
    _take_printed_dateline with _CREDIT_AFTER_PLACE).
    (under a few short lines of the site's furniture read as text so far: "Loading...";
    not under a sentence, "Revue de presse – Example : ..." then being the text's own (a
    heading, "## ...", may stand above it); and
    not after a picture's credit word, "Photo – AFP: Troops on patrol": vocabulary
    photo_credit_words, the picture's credit, not the text's)
    Whether the reading of the lead ends here: the credit opened the first paragraph (its
    lead_day then read)."""
    ref = reference()
    for index in range(min(NAME_CREDIT_LEAD_REACH, len(body))):
        if index and not body[index - 1].startswith("## ") and len(body[index - 1].split()) > NAME_CREDIT_FURNITURE_WORDS:
            break
        if ((m := _NAME_THEN_CREDIT_COLON.match(body[index])) and "source" not in layout.metadata
                and fold(m["name"].split()[0]) not in ref.words("photo_credit_words")
                and not _known_place(m["name"].strip()) and ref.find_printed_source(m["agency"].strip())):
            layout.metadata["source"] = m["agency"].strip()
            body[index] = body[index][m.end():]
            if index == 0:
                layout.lead_day = _opening_day(body[0])
                return True
            break
    return False


def _take_outlet_opening(layout: Layout, body: list[str]) -> bool:
    """An outlet's name opening the lead, as its credit, not a place: alone before a dash
    ("(QĐND) - Sáng 3-3, ...", "VOV.VN - ..."), alone before a colon ("Reuters: The ..."), or
    an outlet's short form in capitals ("NDO - Sáng nay ..."). The outlet is metadata
    "source" and the day the lead opens with its lead_day (_opening_day). Whether one was
    taken off body[0]."""
    p = _line_patterns()
    # An outlet's name alone opening the lead is its credit, not a place.
    if (m := p["outlet_opening"].match(body[0])) and len(m["agency"].split()) <= 4 and _outlet_named(m["agency"]):
        _outlet_opens_lead(layout, body, m)
        return True
    # "Reuters: The mission said ...": an outlet's name the reference knows, alone before a
    # colon opening the lead, credits the report as "(Reuters) -" does; a known place so
    # printed is a dateline's ("Beirut: ...", read below), a label naming no outlet the lead's
    # own word; another paragraph opened by another outlet's name and a colon makes the text a
    # press review ("Le Monde : ..." / "Libération : ..."), no outlet's report.
    if ((c := p["outlet_colon_opening"].match(body[0])) and len(c["agency"].split()) <= 4
            and _outlet_printed(c["agency"]) and not _known_place(c["agency"].strip())
            and not _press_review(body, _outlet_row(c["agency"]))):
        _outlet_opens_lead(layout, body, c)
        return True
    # "NDO - Sáng nay ...", "TP - Cống hiến ...": an outlet's short form in capitals, no
    # bracket, signing the lead; a place, body or mission so printed is a dateline's or the
    # lead's own word.
    # ("ND – Một trong ..." under "Báo Nhân Dân" the furniture printed: the short form of the
    # outlet already found, its initials, signs the lead too; no place)
    if (m and _short_outlet_form(m["agency"]) and not body[0].startswith("(")
            and ("source" not in layout.metadata or _outlet_initials(m["agency"].strip(), layout.metadata["source"]))
            and not _named_again(m["agency"].strip(), [body[0][m.end():], *body[1:]])):
        _outlet_opens_lead(layout, body, m)
        return True
    return False


def _outlet_opens_lead(layout: Layout, body: list[str], opening: re.Match) -> None:
    """An outlet's name opening the lead (opening: its match on body[0], the name in its
    "agency" group) credits the report: the name is metadata "source" (where none was read),
    the lead goes on after it, and the day the lead opens with is its lead_day
    (_opening_day)."""
    layout.metadata.setdefault("source", opening["agency"].strip())
    body[0] = body[0][opening.end():]
    layout.lead_day = _opening_day(body[0])


@lru_cache(maxsize=None)
def _dateline_forms() -> tuple:
    """The printed forms of a dateline opening the lead, in the order they are tried: (the
    name of its pattern in _line_patterns, the check its match must pass: a callable taking the
    re.Match, truthy where the form holds). Built once: the checks ask the reference when
    called."""
    return (
        ("dateline_agency_place", agency_place_dateline),
        ("dateline_wire", lambda m: _day_dated(m["date"]) and (m["place"].strip().isupper() or _known_place(m["place"].strip()))),
        ("dateline", agency_dateline),
        ("dateline_agency", lambda m: find_dates(m["date"]) and reference().find_source(m["agency"].strip(" ."))),  # "Accra, Feb. 21, GNA -"
        ("dateline_caps", lambda m: find_dates(m["date"])),  # "BEIJING, Dec. 7 --"
        ("dateline_caps_country", lambda m: _known_country(m["region"].strip()) and find_dates(m["date"])),  # "GAO, Mali, Dec. 7, 2021 -"
        ("dateline_caps_colon", lambda m: any(d.kind == "date" and d.value.day for d in find_dates(m["date"]))),
        ("dateline_caps_bare", lambda m: _day_dated(m["date"]) and not reference().find_source(m["place"].strip())),  # "HARBOURTON Nov 20 The"
        # "Abuja, March 3 (NAN) The"; "Puerto Example, 14 may (Prensa Latina) El": a place the
        # gazetteer lacks, dated to a day
        ("dateline_bare", lambda m: (m["place"].strip().isupper() or _known_place(m["place"].strip()) or _day_dated(m["date"]))
         and (reference().find_source(m["agency"].strip()) or joint_credit(m["agency"]))),
        ("dateline_dated", lambda m: _known_place(m["place"].strip()) and (any(
            d.kind == "date" and d.has_year and d.value.day for d in find_dates(m["date"])) or _day_alone(m["date"]))),  # "Bunia, le 11 juillet 2019 -"
        ("dateline_dated_glued", lambda m: _known_place(m["place"].strip()) and _dated_alone(m["date"])),  # "Dakar, le 29 mai 2018 Le"
        # "KINSHASA --"; a story's kind in capitals ("FOCUS — ...", "PHỎNG VẤN – ...": vocabulary
        # headline_kickers) labels the item, as before a spaced hyphen (_caps_place)
        ("dateline_place", lambda m: m["place"].strip().isupper() and len(m["place"].split()) <= 4
         and fold(m["place"].strip()) not in _kicker_words()),
        # (before a spaced hyphen, only the city's own country: "GOMA, Congo -")
        ("dateline_country", lambda m: _known_city(m["place"].strip()) and (
            _names_city_country(m["place"].strip(), m["region"].strip())
            or (_known_country(m["region"].strip()) and not re.search(r"(?<![-.])-\s*$", m[0])))),
        # "Bangui - Le ...", "Santiago. El ...": a city (a country so printed, "Mali - Three
        # peacekeepers ...", is the story's kicker)
        # "KOLOVANE - Le ...": a place in capitals before a spaced hyphen, as before a dash
        # ("dateline_place"), known to the gazetteer or not, unless a kicker or a country
        ("dateline_place_spaced", lambda m: _known_city(m["place"].strip()) or _caps_place(m["place"].strip())
         or _seat_place(m["place"].strip())),
        ("dateline_place_glued_dash", lambda m: _known_city(m["place"].strip())),
        ("dateline_place_stop", lambda m: _known_city(m["place"].strip())),
        ("dateline_place_slash", _slash_dateline),
        ("dateline_place_stop_dash", lambda m: _stop_dash_place(m["place"].strip())),
        # "Jakarta: President ...", "UNITED NATIONS: At least ..." (the seat of a body,
        # _seat_place); a country so printed ("Mali: Three peacekeepers ...", "Liban : ...")
        # is the story's subject tag, as before a spaced hyphen
        ("dateline_colon", lambda m: _known_city(m["place"].strip()) or _seat_place(m["place"].strip())),
        ("dateline_dated_colon", lambda m: _known_place(m["place"].strip()) and bracketed_day(m["date"]) is not None),
    )


def _take_printed_dateline(layout: Layout, body: list[str]) -> None:
    """The dateline opening the lead, in the first of its printed forms that holds
    (_dateline_forms), taken off its paragraph as a Dateline (_printed_dateline); a standfirst
    or two may come before it, so a dated or credited dateline is also looked for in the next
    paragraphs."""
    p = _line_patterns()
    forms = _dateline_forms()
    for index, paragraph in enumerate(body[:3]):
        # (after a standfirst: a dated or credited dateline, a known place and its day
        # ("Nicosia, 22 jun.- "), or a known place and a colon, "Beirut: Israeli forces ...")
        # (after a one-line summary, a place and a dash, "KINSHASA -- ...", "UNITED NATIONS -
        # ...", only a city the gazetteer knows or the seat of a body: _after_summary_place)
        tried = forms if index == 0 else [f for f in forms if f[0] in _AFTER_STANDFIRST] + (
            [(name, _after_summary_place) for name in _AFTER_SUMMARY_DASHED]
            if all(len(before.split()) <= STANDFIRST_WORDS and len(_SENTENCE_STOPS.findall(before)) <= 1
                   for before in body[:index]) else [])
        for name, holds in tried:
            match = p[name].match(paragraph)
            if match and holds(match):
                layout.dateline, body[index] = _printed_dateline(name, match, paragraph)
                return


def _printed_dateline(name: str, match: re.Match, paragraph: str) -> tuple[Dateline, str]:
    """The dateline a form of _dateline_forms matched (name: the form's pattern's name; match:
    its match opening paragraph), and the paragraph's rest after it. Its date, agency and
    country as printed, checked: a weekday in the region's place is the date's, a date that
    find_dates cannot read is dropped, a day in brackets is the date, not the agency; an
    outlet the reference knows printed after the place ("La Paz. EFE.- ...") is the agency, a
    whole day between two dashes after it the date."""
    ref = reference()
    groups = match.groupdict()
    date = (groups.get("date") or "").strip(" ,") or None
    region = (groups.get("region") or "").strip()
    if region and weekday_number(region) is not None:
        # "HARBOURTON, Friday, May 14 (Reuters) -": the weekday is the date's
        date = f"{region}, {date}" if date else region
    if date and not find_dates(date):
        date = None  # "GAO, Mali (AP) —": a region, not a date
    agency = (groups.get("agency") or "").strip() or None
    if agency and not ref.find_source(agency) and (first := joint_credit(agency)):
        agency = first  # "(AFP-NA)": the wire the national agency passed on (as "AFP/NA")
    if agency and (day := bracketed_date(agency)):
        date, agency = date or day, None  # "NUEVA YORK (28/MAY/2013).-": the day in brackets
    elif agency and (day := bracketed_day(agency)) and (date is None or weekday_number(date) is not None):
        # "JUBA, Tuesday (14 March) -": the weekday's day and month in brackets
        date, agency = f"{date} {day}" if date else day, None
    if agency and not ref.find_source(agency) and _no_credit_in_brackets(agency):
        agency = None  # "Lyon, 3 mars 2024 (heure locale) -": a gloss; "(Argentina)": the place's country
    if agency and name == "dateline_wire":
        # "Example Wire (EW)": the wire's name, its short form in brackets left out
        agency = re.sub(r"\s*\([^()]*\)$", "", agency).strip() or agency
    rest = paragraph[match.end():]
    # "La Paz. EFE.- Los ...", "Bamako - AFP - Les ...": a place alone, then an
    # outlet the reference knows closed by its own stop and dash: the dateline's
    # credit, not the lead's first word
    # ("Kidal – Le point : ...": words of the text spelled like an outlet, no credit)
    if agency is None and (credit := _CREDIT_AFTER_PLACE.match(rest)) and ref.find_printed_source(credit["agency"].strip()):
        agency, rest = credit["agency"].strip(), rest[credit.end():]
    # "CITY (Agency) – 04.03.2024 – The ...": a wire dateline, then the day printed
    # whole between two dashes, the dateline's date
    if date is None and (opening := _DATE_OPENING.match(rest)) and _whole_date(opening["date"]):
        date, rest = opening["date"].strip(), rest[opening.end():]
    return Dateline(_place_case(match["place"]), date, agency, _dateline_country(region, groups.get("date"))), rest


# An outlet's name credited in a lead's opening (up to 31 characters from a capital letter):
# the same in both of the lead's credits below.
_CREDITED_OUTLET = r"(?P<agency>[A-Z][\w&' ]{1,30}?)"
# An outlet's name opening the lead right after a dateline's place and closed by a stop and
# dash, a dash or a colon ("La Paz. EFE.- Los ...", "Bamako - AFP - Les ...", "Kidal – AFP:
# Les ..."): checked against the reference by _take_dateline.
_CREDIT_AFTER_PLACE = re.compile(rf"^{_CREDITED_OUTLET}\s*(?:\.-|--|[\u2013\u2014-]|:)\s+(?=\S)")
# A name (four words at most, no stop), a dash, then an outlet's name closed by a colon, opening
# the lead ("Harbour Daily – AFP: The ..."): checked against the reference by _take_dateline
# (where the name is a known place, the place is the dateline's and the outlet is read with
# _CREDIT_AFTER_PLACE).
_NAME_THEN_CREDIT_COLON = re.compile(r"^(?P<name>[^\W_][\w'&]*(?:[ \t]+[\w'&]+){0,3}?)\s*(?:--|[-\u2013\u2014])\s*"
                                     rf"{_CREDITED_OUTLET}\s*:\s+(?=\S)")


# The dateline's forms looked for in a paragraph after the first (a standfirst may come
# before the lead): those dated or credited, and a known place with a colon.
_AFTER_STANDFIRST = frozenset({"dateline_wire", "dateline", "dateline_agency", "dateline_caps", "dateline_dated", "dateline_colon"})
# The forms of a place and a dash with no agency nor date ("KINSHASA -- ...", "UNITED NATIONS -
# ...", "Goma, Congo - ..."), also looked for in the paragraph after one or two summaries of one
# sentence each (STANDFIRST_WORDS words at most), the place checked by _after_summary_place.
_AFTER_SUMMARY_DASHED = ("dateline_place", "dateline_place_spaced", "dateline_country")
# A sentence's stop and the space after it (how many sentences a summary line holds).
_SENTENCE_STOPS = re.compile(r"[.!?\u2026][\"\u201d\u00bb\u2019)]*\s+(?=\S)")


def _after_summary_place(match: re.Match) -> bool:
    """Whether a place and a dash opening the paragraph after a one-line summary under the
    headline ("KINSHASA -- ...", "UNITED NATIONS - ...", "Goma, Congo - ...") is a dateline:
    a city the gazetteer knows (and, with a country after it, that city's country:
    _names_city_country) or the seat of a body (_seat_place). A stretch in capitals the
    gazetteer does not know ("UPDATE - ...") is a kicker there. Input: a match of one of
    _AFTER_SUMMARY_DASHED; output: True or False."""
    place = match["place"].strip()
    region = (match.groupdict().get("region") or "").strip()
    if region:
        return _known_city(place) and _names_city_country(place, region)
    return _known_city(place) or _seat_place(place)



@lru_cache(maxsize=1)
def _markup_date_pattern() -> re.Pattern:
    """A publication key of page markup (vocabulary markup_date_keys) and its ISO 8601 time:
    quoted before a colon (JSON), a meta tag's property or name before its content, or a
    <time>'s datetime attribute; the key in group "key" (none for <time>), the time in "value"."""
    keys = alternation(re.escape(k) for k in reference().vocabulary["markup_date_keys"])
    value = r"(?P<value>(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?)"
    return re.compile(r"(?:[\"'](?P<key>" + keys + r")[\"']\s*:\s*[\"']"
                      r"|(?:property|name|itemprop)\s*=\s*[\"'](?P<key2>" + keys + r")[\"'][^<>]{0,40}?content\s*=\s*[\"']"
                      r"|\bdatetime\s*=\s*[\"'])" + value + r"[\"']")


def markup_date(text: str) -> str | None:
    """The publication time the page's markup declares where the text holds a copy of it
    (a scraper's JSON record, a meta tag, a <time datetime>: _markup_date_pattern), as
    written ("2022-01-17T19:37:52"); a local time before a UTC one (vocabulary
    markup_utc_key_endings: "date_gmt"), the UTC one where only it is given. None without one."""
    if "=" not in text and '":' not in text and "':" not in text:
        return None  # no markup copied into the text
    endings = tuple(reference().vocabulary["markup_utc_key_endings"])
    found = [(m["key"] or m["key2"] or "", m["value"]) for m in _markup_date_pattern().finditer(text)]
    local = [value for key, value in found if not key.lower().endswith(endings)]
    return (local or [value for _key, value in found] or [None])[0]


# A date and a dash opening the lead ("24 November 2017 – ", "March 3, 2022 -- ").
# How many paragraphs from the top a bracketed credit and a dash may open ("(Example) - "),
# the paragraphs before it being a caption or a standfirst of STANDFIRST_WORDS words at most.
CREDITED_LEAD_REACH = 3
# The paragraphs looked at for a lead opened by a name, a dash and an outlet's credit with a
# colon ("Harbour Daily – AFP: ..."), the site's furniture above it still read as text.
NAME_CREDIT_LEAD_REACH = 5
# The most words of each line of furniture above such a lead ("Loading...", "°C,"; a heading
# marked "## " aside): a longer line is the text's own (a lead, a standfirst), and what follows
# it no opening.
NAME_CREDIT_FURNITURE_WORDS = 3
STANDFIRST_WORDS = 40
# A dateline with the day first: "December 28, 2022 (JUBA) –", "12 de mayo (BANGUI) -".
_DATE_PLACE_OPENING = re.compile(r"^(?P<date>[^\-\u2013\u2014()\n]{3,40}?)\s*\((?P<place>[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ .'-]{1,40})\)\s*(?:--|[\u2013\u2014-])\s*(?=[\w\"\u201c\u00ab])")
# The day, then an outlet's name in brackets, then a dash ("Nov. 4 (Example Wire) -- ").
_DATE_CREDIT_OPENING = re.compile(r"^(?P<date>[^\-\u2013\u2014()\n]{3,40}?)\s*\((?P<credit>[A-ZÀ-ÝĐ][^()\n]{1,40})\)\s*(?:--|[\u2013\u2014-])\s*(?=[\w\"\u201c\u00ab])")
_DATE_OPENING = re.compile(r"^(?P<date>[^\-\u2013\u2014()]{6,40}?)(?:\s*(?:--|[\u2013\u2014-])\s+|(?<=\.)-)(?=[\w\"\u201c\u00ab])")


def _day_dated(value: str | None) -> bool:
    """Whether a dateline's date names a day ("14 may", "March 3, 2022"), year or not."""
    return bool(value) and any(d.kind == "date" and d.value.day for d in find_dates(value))


# The most words of an outlet's name a byline word may credit before the dateline opening the
# lead ("by XINHUA BUENOS AIRES, ...", _take_dateline).
BYLINE_OUTLET_WORDS = 3


# The most letters of the article a dateline may print before its day ("le 29 mai 2018",
# "el 3 de marzo de 2021"): a longer word before the day is a clause's, not a dateline's.
DATELINE_ARTICLE_LETTERS = 3


def _dated_alone(value: str) -> bool:
    """Whether a dateline's date, printed with no dash after it, is one full date (day, month
    and year) ending the value, an article at most before it ("le 29 mai 2018", "3 de marzo
    de 2021", "May 29, 2018"); a clause holding a date ("since 29 May 2018") is none."""
    dates = [d for d in find_dates(value) if d.kind == "date" and d.has_year and d.value.day]
    if len(dates) != 1 or value[dates[0].end:].strip(" ,."):
        return False
    before = value[:dates[0].start].strip()
    return not before or (before.isalpha() and before.islower() and len(before) <= DATELINE_ARTICLE_LETTERS)


def _day_alone(value: str) -> bool:
    """Whether a dateline's date is one day and month and nothing else, the year unprinted:
    in numbers ("4/3", "14-11", "ngày 4/3") or with the month's name or short name ("22 jun.", "3 feb");
    a count or a clause ("300", "3 soldiers") is none."""
    value = value.strip(" ,")
    dates = [d for d in find_dates(value) if d.kind == "date" and d.value.day]
    # (a short word may stand before the day: "ngày 4/3", "le 4/3")
    return (len(dates) == 1 and re.fullmatch(r"(?:[^\W\d_]{1,5}\s+)?", value[:dates[0].start]) is not None
            and not value[dates[0].end:].strip(" ."))


def _whole_date(value: str) -> bool:
    """Whether a value is one full date (day, month and year) and little else: a weekday
    before it ("Friday, 24 November 2017") or one word after it at most, not a clause holding
    a date nor a place and a date (a dateline)."""
    dates = [d for d in find_dates(value) if d.kind == "date" and d.has_year and d.value.day]
    if len(dates) != 1:
        return False
    before = fold(value[:dates[0].start]).strip(" ,.")
    if before and weekday_number(before) is None:
        return False  # "DAKAR, 25/07/22": a place before the date is a dateline, read as one
    rest = value[dates[0].end:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1


# An outlet's credit in brackets opening the lead, maybe behind the name of the platform
# that syndicates it ("(MENAFN- Kuwait News Agency (KUNA))", "(Belga)"), before a capital.
_BRACKETED_OPENING = re.compile(r"^\((?P<credit>(?:[^()]|\([^()]*\)){2,80})\)\s*" + _LEAD_OPENS)


_DASHED_BRACKET_OPENING = re.compile(r"^\((?P<credit>[^()]{2,40})\)\.?\s*[-\u2013\u2014]{1,2}\s+" + _LEAD_OPENS)
# The words of an outlet's name in a credit: capitalised, or a web address's ("Example.vn").
_CREDIT_WORD = re.compile(r"[A-ZÀ-ÝĐ0-9][\w'\u2019&.+-]*")


# A web domain written in lower case, as sites print their own in a credit ("example.vn",
# "example.com.ar").
_LOWERCASE_DOMAIN = re.compile(r"(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}")


def _credit_name(name: str) -> bool:
    """Whether a credit's name reads as an outlet's: one to four words, each capitalised
    ("Example Times", "PLVN", "Example.vn"), or a web domain alone in lower case
    ("example.vn"); not a sentence nor a headline's kicker (vocabulary headline_kickers:
    "(Video)", "(UPDATED)")."""
    words = name.split()
    if len(words) == 1 and _LOWERCASE_DOMAIN.fullmatch(words[0]):
        return True
    return (1 <= len(words) <= CREDIT_NAME_WORDS and all(_CREDIT_WORD.fullmatch(w) for w in words)
            # "(Video) - ", "(UPDATED) - ", "(UPDATE 2) - ": a kicker, numbered or not
            and re.sub(r"\s+\d+$", "", fold(name)) not in _kicker_words())


# The most letters of an acronym read as an outlet's credit ("(VLN) - ").
CREDIT_ACRONYM_LETTERS = 6


def _day_credit_opening(line: str) -> re.Match | None:
    """The match of _DATE_CREDIT_OPENING on a line opening with a day, a name in brackets and
    a dash, where what stands before the brackets is the day alone ("Oct. 28", _day_alone) or
    one whole date with nothing but a weekday before it ("April 8, 2020", "Monday, May 14,
    2021", _whole_date); None otherwise: a legend's words holding a month ("Troops in Bor,
    April 2020 (Jane Roe) – ...") open no dispatch."""
    m = _DATE_CREDIT_OPENING.match(line)
    if m and (_day_alone(m["date"]) or _whole_date(m["date"]) and not fold(m["date"][:find_dates(m["date"])[0].start]).strip(" ,.")):
        return m
    return None


def opens_with_credited_dateline(line: str) -> bool:
    """Whether a line opens with a dispatch's credited dateline, as a lead does and a picture's
    legend does not: a day, an outlet in brackets and a dash ("April 8, 2020 (Example) — ...":
    _day_credit_opening, the day alone or a whole date before the brackets), or a place, an
    outlet in brackets and a dash that agency_dateline accepts ("JUBA (AFP) — ...", "Juba, 8
    April (Xinhua) - ..."). Input: the line; output: True or False."""
    if _day_credit_opening(line):
        return True
    return bool((m := _line_patterns()["dateline"].match(line)) and agency_dateline(m))


def _unlisted_dated_credit(name: str, paragraphs: list[str]) -> bool:
    """Whether a name in brackets between the day opening a lead and a dash ("April 8, 2020
    (Harbourpedia) — The ...") credits an outlet the reference does not know: a credit's name
    (_credit_name) the gazetteer knows as nothing (a place, "(Juba)", is a dateline's; a body or
    a mission, "(UNMISS)", the story's subject), that reads as an outlet's (_dashed_credit: "(Harbour
    Courier)", "(Báo Example)") or that the page prints again alone on a line of its own, as
    its furniture prints its name (paragraphs: the text after the opening and the page's
    furniture and teasers read so far: a related story's credit, a logo's line). The name
    printed again inside the text's sentences is no outlet's sign: the story names its places,
    bodies and people again ("(Port Lantern) — ... the mayor of Port Lantern said", _named_again).
    A name holding a word of a document's kind (vocabulary document_kind_words: "(Press
    Release)", "(Daily Briefing)", "(Thông Cáo Báo Chí)") names the item, no outlet, though
    it holds "press" or "news". Input: the name as printed, the paragraphs after it; output:
    True or False."""
    name = name.strip()
    ref = reference()
    if (not _credit_name(name) or ref.gazetteer.whole(name)
            or holds_listed_word(fold(name).split(), ref.words("document_kind_words"), any_word=True, any_pair=True)):
        return False
    key = fold(name)
    return _dashed_credit(name) or any(fold(para.strip().lstrip("#").strip(" .,;:|©")) == key for para in paragraphs)


def _dashed_credit(name: str) -> bool:
    """Whether a name in brackets before a dash opening the lead ("(Báo Example) - ") is an
    outlet's credit: a credit's name (_credit_name) that the reference knows as an outlet, or
    that reads as one - a word of an outlet's kind or of a newspaper's name (vocabulary
    outlet_type_words, news_title_words), an acronym ("VLN", CREDIT_ACRONYM_LETTERS letters
    at most) or a web domain ("Example.vn"). A place the reference lacks ("(Port Loko) -")
    is none of these."""
    if not _credit_name(name):
        return False
    name = name.strip()
    # a web domain, known or not ("Example.vn"), reads as an outlet's
    if _outlet_named(name) or re.search(r"\w\.[a-z]{2,}$", name, re.I):
        return True
    if name.isalpha() and name.isupper() and len(name) <= CREDIT_ACRONYM_LETTERS:
        return True
    ref = reference()
    words = fold(name).split()
    kinds = ref.words("outlet_type_words") | ref.words("news_title_words")  # words and two-word phrases
    return holds_listed_word(words, kinds, any_word=True, any_pair=True)


# The most words of an outlet's name read from a credit the reference does not know.
CREDIT_NAME_WORDS = 4


# The most words of an outlet's name a sign-off or a credit line prints where the reference
# does not know the outlet (signoff_outlet).
SIGNOFF_NAME_WORDS = 5


@lru_cache(maxsize=4096)
def reads_as_unknown_outlet(name: str, tagger: bool = True) -> bool:
    """Whether a name printed alone where an outlet signs (a sign-off, a credit word's line)
    reads as the name of an outlet the reference does not know: two to SIGNOFF_NAME_WORDS
    words, each capitalised but the connectors (vocabulary name_connectors: "El Faro del
    Sur"), no digit; a name shaped as an outlet's (unknown_outlet: "Le Courrier du Nord",
    "Harbour Post"), or one that is not a person's (opening with a given name or a family
    name, vocabulary given_names, family_names, or read as a person's or a place's by the
    tagger: "Jane Roe", "Horizon Example", "Nguyễn Văn An"), nor a name the gazetteer or the
    tagger reads as a place's or a body's ("Ministry of Defence"), nor one of everyday words
    or a body's words (entities.everyday_words_name, organisation_words_name: "Read More"),
    nor a writer's role or a desk's (vocabulary byline_roles, byline_desk_words,
    anonymous_bylines: "Staff Reporter"), nor a heading of the page's furniture
    (listed_heading), nor a picture's credit (vocabulary photo_credit_words), nor a body's
    name (its last word one of vocabulary organisation_heads and no newspaper's: "The Daily
    Bread Foundation"), nor a given name and one word ("Mark Daily"), nor an initial or a
    short form of two letters and one name ("J. Roe", "S. Kivu", "St. Louis"). tagger=False:
    the tagger's reading is not asked (where the line's shape says an outlet follows,
    byline_outlet_name)."""
    ref = reference()
    words = name.split()
    if not 2 <= len(words) <= SIGNOFF_NAME_WORDS or any(ch.isdigit() for ch in name):
        return False
    connectors = ref.words("name_connectors")
    if not words[0][:1].isupper() or not all(w[:1].isupper() for w in words if fold(w) not in connectors):
        return False
    if any(w.lower().strip(".,;:") in ref.vocabulary["photo_credit_words"] for w in words) or listed_heading(name):
        return False
    if initials_and_names(name) or _INITIAL_NAME.fullmatch(name.strip()):
        # "J. Roe", "J. Roe, K. Doe": writers' initials and names; "S. Kivu", "St. Louis",
        # "Dr. Roe": a short form and one name, a place's or a person's, never an outlet's
        return False
    folded = [fold(w.strip(".,;:")) for w in words]
    # ("Staff Reporter", "News Desk": a writer's role or a desk signing, no outlet's name)
    signing = ref.words("byline_roles") | ref.words("byline_desk_words")
    if any(f in signing for f in folded) or fold(name) in ref.words("anonymous_bylines"):
        return False
    # ("The Daily Bread Foundation", "Times Square Alliance": a body's name, its last word a
    # body's head, vocabulary organisation_heads, and no newspaper's, outlet_type_words,
    # news_title_words: "Harbour Post" stays an outlet's, even with an outlet's word in it)
    named = [f for f in folded if f not in connectors]
    if named[-1] in ref.words("organisation_heads") - ref.words("outlet_type_words") - ref.words("news_title_words"):
        return False
    # ("Mark Daily": a given name and one more word is a person's, an outlet's word or not)
    if len(named) == 2 and named[0] in ref.words("given_names"):
        return False
    joins = ref.words("byline_outlet_words")
    # (unknown_outlet reads a byline's part after its word introducing an outlet: any one
    # stands before the name here)
    if unknown_outlet([min(joins), *words], joins) or reads_as_outlet_name(name):
        return True  # the name holds an outlet's word ("Dispatch", "Courrier", "Báo")
    if folded[0] in ref.words("given_names") or folded[0] in ref.words("family_names") or ref.gazetteer.whole(name):
        return False
    if not tagger:
        return True
    # (the tagger's reading of the name as a sentence's subject: a person's name, "Jane Roe",
    # "Horizon Example" alike, may be a writer's signature, so only a name it reads as no
    # person's is an outlet's: "Ridgeline Example", "Ánh Dương")
    from .entities import everyday_words_name, find_in_sentence, organisation_words_name
    # (nor words of every day, "Read More", "Staff Reporter", nor a body's, "Ministry of ...")
    significant = " ".join(w for w in words if fold(w) not in connectors)
    if any(everyday_words_name(significant, language) or organisation_words_name(name, language) for language in ("en", "fr", "es")):
        return False
    found = find_in_sentence(f"{name} said.", "en")
    # (a place inside the name, "Kigali Today", leaves it an outlet's; a name read whole as a
    # person's, a place's or a body's, "Ministry of Defence", does not)
    return not any(f.kind != "unresolved" and fold(" ".join(f.surfaces[:1])) in (fold(name), fold(" ".join(words[1:])))
                   for f in found)


def _names_no_outlet(name: str) -> bool:
    """Whether a name printed where an outlet may sign (str: before a desk's words, beside a
    writer's name across a slash) names something else: a section's name ("Foreign Desk",
    "Opinión": section_name), a place the gazetteer knows ("Lagos Bureau", "Madrid") or a
    page's word for no writer (vocabulary anonymous_bylines: "Redacción"). For desk_outlet and
    _outlet_slash_writer."""
    return bool(section_name([fold(w) for w in name.split()]) or _known_place(name)
                or fold(name) in reference().words("anonymous_bylines"))


def _outlet_slash_writer(line: str, above: list[str]) -> tuple[str, str] | None:
    """(outlet, writer) of a byline printing an outlet and its writer's name on either side of
    a spaced slash ("Example Diario / Ana Gómez Ruiz", "Jane Roe / The Example Ledger"), or None.
    The writer's name is two to four capitalised words read as a person's (_writer_named), no
    outlet, place or body the reference knows; the outlet is one the reference knows, a name
    shaped as an outlet's (reads_as_outlet_name), or the name the page printed alone on a line
    above (its masthead, "Example Diario" over "Example Diario / Ana Gómez Ruiz"), and never a
    section's name, a place or a word for no writer the reference does not know as an outlet
    (_names_no_outlet: "Opinión / Ana Gómez", a menu's item printed above too)."""
    parts = [part.strip() for part in line.split(" / ")]
    if len(parts) != 2 or not all(parts):
        return None
    ref = reference()
    printed = {fold(row).strip() for row in above}
    for outlet, writer in (parts, parts[::-1]):
        if not (re.fullmatch(_WRITER_NAME, writer) and 2 <= len(writer.split()) <= 4):
            continue
        if ref.find_source(writer) or _known_place(writer) or ref.gazetteer.whole(writer) or not _writer_named(writer):
            continue
        known = ref.find_source(outlet) is not None
        if _names_no_outlet(outlet) and not known:
            continue  # "Opinión / Ana Gómez", "Madrid / Ana Gómez": a section or a place, no outlet
        if known or reads_as_outlet_name(outlet) or (
                fold(outlet) in printed and len(outlet.split()) <= OUTLET_NAME_WORDS and outlet[:1].isupper()):
            return outlet, writer
    return None


def _writer_slash_outlet(line: str) -> tuple[str, str] | None:
    """(writer, outlet) of a byline joining the writer's name and the outlet with a bare slash
    ("Ana Gómez/EFE", "Paul Kaboré/Horizons"), or None. The writer is two to four capitalised
    words read as a person's (_writer_named), no outlet or place the reference knows; the
    outlet one to OUTLET_NAME_WORDS words opening with a capital, one the reference knows, or
    else read as no person's (a second writer: "Ana Gómez/Pedro Ruiz"), no place's or body's
    the gazetteer knows, no section's name or word for no writer (_names_no_outlet) and no
    word of a picture (vocabulary picture_words: "UN Photo"); a writer's role after the
    slash (vocabulary byline_roles: "Corresponsal", "Envoyé spécial") gives (writer, ""). The
    caller asks it of a line printed beside the page's date only (a picture's credit prints
    the same shape)."""
    writer, slash, outlet = (part.strip() for part in line.partition("/"))
    if not slash or "/" in outlet or not outlet[:1].isupper() or len(outlet.split()) > OUTLET_NAME_WORDS:
        return None
    if not (re.fullmatch(_WRITER_NAME, writer) and 2 <= len(writer.split()) <= 4):
        return None
    ref = reference()
    if ref.find_source(writer) or _known_place(writer) or ref.gazetteer.whole(writer) or not _writer_named(writer):
        return None
    if ref.find_source(outlet) is not None:
        return writer, outlet
    if (not re.fullmatch(r"[^\W\d_][\w'\u2019.&-]*(?:\s+[\w'\u2019.&-]+)*", outlet) or _writer_named(outlet)
            or _known_place(outlet) or ref.gazetteer.whole(outlet) or _names_no_outlet(outlet)):
        return None
    # (a picture's credit, "Jane Roe/UN Photo", names no outlet nor writer; the writer's
    # role, "Ana Gómez/Corresponsal", "Jean Dupont/Envoyé spécial", names the writer only)
    folded = fold(outlet)
    if holds_listed_word(folded.split(), ref.words("picture_words"), any_word=True, any_pair=True):
        return None
    if folded in ref.words("byline_roles") or opens_or_ends_on_role(outlet.split()):
        return writer, ""
    return writer, outlet


@lru_cache(maxsize=4096)
def _writer_named(name: str) -> bool:
    """Whether a name printed where a writer signs reads as a person's: opening with a given
    name (vocabulary given_names) or read whole as a person's by the tagger ("Jane Roe")."""
    if fold(name.split()[0]) in reference().words("given_names"):
        return True
    from .entities import find_in_sentence
    return any(f.kind == "person" and fold(" ".join(f.surfaces[:1])) == fold(name) for f in find_in_sentence(f"{name} said.", "en"))


def byline_outlet_name(words: list[str]) -> str | None:
    """The name of an outlet the reference does not know closing a byline after the writer's
    name and a word introducing an outlet (vocabulary byline_outlet_words: "for", "pour",
    "para"), the words after that word: "Jane Roe for Example Horizon", "Ana Gómez para La
    Brújula Example" -> the outlet's name as printed. The byline's shape says an outlet
    follows, so a name the tagger might read as a person's is taken; still not a place's or a
    body's the gazetteer knows ("para Naciones Unidas"), everyday words ("for the first
    time", "for President"), a person's opening with a given name, nor a writer's role
    (reads_as_unknown_outlet; two words at least: "for President"). None otherwise, and where the word after the introducing one
    is a lower-case article ("pour la Mission": who the writer is)."""
    ref = reference()
    joins = ref.words("byline_outlet_words")
    if len(words) < 2 or not words[0].islower() or fold(words[0]) not in joins or fold(words[0]) in ref.words("byline_outlet_articles"):
        return None
    name = " ".join(words[1:]).strip(" .,;:-\u2013\u2014")
    if not name[:1].isupper():
        return None
    return name if reads_as_unknown_outlet(name, tagger=False) else None


# A sign-off closing the text on a line of its own: the outlet's name after a dash, or in
# brackets ("— Example Ledger", "(Horizon Example)").
# A web domain in lower case alone on a line, without "http" or "www." ("example.com.ar",
# "tinvidu.com.vn"), maybe closed by a stop: a sign-off's outlet under the text (signoff_outlet).
# (labels of letters, digits and inner hyphens joined by single dots: no backtracking between
# overlapping parts)
_BARE_DOMAIN_LINE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,6}\.?")
_SIGNOFF_LINE = re.compile(r"^\s*(?:(?:--|[\u2013\u2014-])\s*(?P<dashed>[^()\s][^()]*?)|\((?P<bracketed>[^()]+)\))\s*\.?\s*$")


def _vietnamese_letters(text: str) -> bool:
    """Whether text holds a letter that only Vietnamese writes among the corpus's languages
    (a letter with a breve, a horn or a stroke, or a tone mark beyond Latin-1: "ư", "đ", "ả")."""
    return any(ord(ch) > 0xFF and unicodedata.category(ch).startswith("L") for ch in unicodedata.normalize("NFC", text))


def _link_list_head(lines: list[str], index: int) -> bool:
    """Whether the line at index is a web domain alone (_BARE_DOMAIN_LINE) over another domain
    or web address alone ("example.org" over "example.net" or "https://example.net/data"): the
    first of a list of links under the text, no sign-off."""
    return (bool(_BARE_DOMAIN_LINE.fullmatch(lines[index].strip())) and index + 1 < len(lines)
            and bool(_BARE_DOMAIN_LINE.fullmatch(lines[index + 1].strip()) or _LONE_ADDRESS.fullmatch(lines[index + 1].strip())))


def no_site_domain(key: str) -> bool:
    """Whether a domain printed (lowercase, no "www.") names no news site: a site where pages
    are shared or a public mail service (vocabulary "shared_link_domains", "webmail_domains"),
    or a file's name ("logo.png": "file_name_extensions")."""
    ref = reference()
    return (key in ref.words("shared_link_domains") or key in ref.words("webmail_domains")
            or key.rsplit(".", 1)[-1] in ref.words("file_name_extensions"))


def signoff_outlet(line: str) -> str | None:
    """The outlet a sign-off line names where the reference does not know it, as printed: an
    outlet's name after a dash or in brackets ("— Horizon Example", "(La Brújula Example)"),
    or after a credit word of the page's language (vocabulary source_credit_words: "Theo
    Ánh Dương") or a newsroom's word (vocabulary newsroom_credit_words: "Tòa soạn Báo Example"),
    its name read as an outlet's (reads_as_unknown_outlet: not a writer's, a place's or a
    body's); or a web domain alone in lower case, without "http" or "www." (_BARE_DOMAIN_LINE:
    "example.com.ar"), as printed, not a file's name nor a site where pages are shared
    (no_site_domain); None otherwise. Only a line under the text's last paragraph is a
    sign-off (the caller's check; and not the first of a list of links, _link_list_head)."""
    line = line.strip()
    if len(line.split()) > SIGNOFF_NAME_WORDS + 2 or _copyright_marked(line):
        return None  # (a copyright line names its holder: extract.copyright_holder)
    if _BARE_DOMAIN_LINE.fullmatch(line):
        # "elheraldoaustral.com.ar" alone under the last paragraph: the outlet's web domain,
        # without "http" or "www.", where the text came from (_take_agency_signoff); not a
        # file's name or a site where pages are shared ("annual-report.pdf", "youtube.com")
        return None if no_site_domain(line.rstrip(".")) else line.rstrip(".")
    if (m := _SIGNOFF_LINE.match(line)):
        name = (m["dashed"] or m["bracketed"]).strip()
        if _vietnamese_letters(name) and not reads_as_outlet_name(name):
            # ("(Minh Anh)", "— Vĩnh Long": a Vietnamese writer's pen name or a province
            # signs so; an outlet only with its kind's word, "(Báo Example)")
            return None
        return name if reads_as_unknown_outlet(name) else None
    if (credited := newsroom_credit(line)):
        return credited
    match = _credit_pattern(article=False).match(fold_same_length(line))
    if not match or match.start("value") == len(line) - len(line.lstrip()):
        return None  # (no credit word before the name)
    name = line[match.start("value"):match.end("value")].strip()
    return name if reads_as_unknown_outlet(name) else None


@lru_cache(maxsize=1)
def _copyright_mark_pattern() -> re.Pattern:
    marks = alternation(reference().vocabulary.get("copyright_marks") or ())
    return re.compile(rf"^\s*(?:{marks})", re.I)


def _copyright_marked(line: str) -> bool:
    """Whether a line opens with a copyright mark (vocabulary copyright_marks: "©", "(c)",
    "Copyright", "Bản quyền")."""
    return _copyright_mark_pattern().match(line) is not None


@lru_cache(maxsize=1)
def _newsroom_pattern() -> re.Pattern:
    words = alternation(fold(w) for w in reference().vocabulary["newsroom_credit_words"])
    return re.compile(r"^[\W_]*(?:" + words + r")\s+(?P<value>\w[^:]*?)[\W_]*$", re.I)


def newsroom_credit(line: str) -> str | None:
    """The outlet a line names after a newsroom's word (vocabulary newsroom_credit_words:
    "Tòa soạn Báo Example" -> "Báo Example", "Tòa soạn Ánh Dương" -> "Ánh Dương"), as printed:
    a name opening with an outlet's kind (vocabulary outlet_type_words, any case: "báo Example"
    -> "Báo Example"), or one the reference knows, or one that reads as an outlet's
    (reads_as_unknown_outlet); None otherwise, and for the newsroom's address after a colon
    ("Tòa soạn: 12 Example Street")."""
    if len(line.split()) > SIGNOFF_NAME_WORDS + 3:
        return None
    match = _newsroom_pattern().match(fold_same_length(line))
    if not match:
        return None
    name = line[match.start("value"):match.end("value")].strip()
    kinds = reference().words("outlet_type_words")
    words = name.split()
    kind = next((k for k in range(len(words), 0, -1) if fold(" ".join(words[:k])) in kinds), 0)
    if kind and len(words) > kind and all(w[:1].isupper() for w in words[kind:]):
        return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
    if _outlet_named(name) or reads_as_unknown_outlet(name):
        return name
    return None


def unknown_credit(line: str) -> str | None:
    """The outlet a short credit line names where the reference does not know it: a credit
    word (vocabulary source_credit_words: "Theo", "Nguồn", "Source") before a name that
    opens with a word saying what kind of outlet it is (vocabulary outlet_type_words:
    "Báo", "Tạp chí", "Đài") - "Theo Báo Example" -> "Báo Example"; None otherwise."""
    if len(line.split()) > 10:
        return None
    if (addressed := _addressed_credit().match(fold_same_length(line))):
        # "Nguồn EXTV: https://extv.example/a.htm", "Source Example News: https://...": the
        # name before the colon, the address of its page after it, as aggregators credit
        name = line[addressed.start("value"):addressed.end("value")].strip()
        words = name.split()
        if 1 <= len(words) <= CREDIT_NAME_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return name
        return None
    match = _credit_pattern(kinds=True).match(fold_same_length(line))
    if not match:
        return None
    name = line[match.start("value"):match.end("value")].strip()
    rest = name[match.end("kind") - match.start("value"):].split()
    return name if 1 <= len(rest) <= CREDIT_NAME_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in rest) else None


@lru_cache(maxsize=1)
def _addressed_credit() -> re.Pattern:
    """A credit line naming an outlet before a colon and the address of the outlet's page after
    it, on folded text: a credit word (vocabulary source_credit_words: "Nguồn", "Source",
    "Fuente"), the name in group "value", a colon, a web address closing the line."""
    credit = alternation(fold(w) for w in reference().vocabulary["source_credit_words"])
    return re.compile(r"^[\W_]*(?:" + credit + r")\s+(?P<value>[^:\s][^:]{0,60}?)\s*:\s*(?:https?://|www\.)\S+\s*$", re.I)


def _bracketed_credit(credit: str) -> str | None:
    """The outlet a bracketed credit opening the lead names, as printed: "Belga" -> "Belga";
    "MENAFN- Kuwait News Agency (KUNA)" -> "Kuwait News Agency" (the outlet after the
    syndicating platform and its dash, without its own abbreviation); "TTXVN/Vietnam+" (an
    agency and its portal joined by a slash) -> the last one known. None unless the
    reference knows it (sources.yaml)."""
    parts = re.split(r"\s*[-\u2013\u2014]\s+|-\s*(?=[A-Z])|\s*/\s*", credit, maxsplit=1)
    for part in reversed(parts):
        name = re.sub(r"\s*\([^()]*\)\s*$", "", part).strip()
        if name and len(name.split()) <= 5 and _outlet_named(name):
            return name
    return None


def unknown_outlet(words: list[str], joins: frozenset[str]) -> str | None:
    """The name of an outlet the reference does not know, as a part of a byline after the
    writer's name prints it: opened by an article or a word that introduces an outlet
    (vocabulary "byline_outlet_words": "The", "for", "pour Le", "para El") and holding a word
    of a newspaper's name (vocabulary "news_title_words": Ledger, Gazette, Diario) as its
    last word or its last before a link word (vocabulary "outlet_name_links": "Journal of
    Commerce", "Diario de Valle Alto"), or opened by a word of an outlet's kind (vocabulary
    "outlet_type_words": "Diario Libre"), or holding one right after an article of the
    languages that print it there (vocabulary "noun_first_outlet_articles": "Le Courrier
    Fluvial"; not English "The Daily Bread Foundation") - "for The Example Ledger" -> "The
    Example Ledger";
    None for a writer's name ("Mark Daily"), a description of the writer opened by a lower-case
    article (vocabulary "byline_outlet_articles": "the Leader of the Opposition") or another
    body ("The Times Square Alliance")."""
    if len(words) < 2 or fold(words[0]) not in joins:
        return None
    ref = reference()
    articles = ref.words("byline_outlet_articles")
    while words and fold(words[0]) in joins and words[0][:1].islower():
        if fold(words[0]) in articles:
            return None  # "the Leader of ...", "la présidente de ...": who the writer is
        words = words[1:]  # "for", "pour": the outlet's name keeps its article ("The", "Le")
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    folded = [fold(w.strip(" .,;:-\u2013\u2014")) for w in words]
    links = ref.words("outlet_name_links")
    head = folded[:next((k for k in range(1, len(folded)) if folded[k] in links), len(folded))]
    title_words, kinds = ref.words("news_title_words"), ref.words("outlet_type_words")
    # the news word last ("The Example Ledger"), or right after the article where the language
    # prints it before its adjective ("Le Courrier Fluvial", "La Voz Ribereña")
    named = (holds_listed_word(head, title_words)
             or (folded[0] in articles and len(folded) > 1 and folded[1] in kinds)
             or (folded[0] in ref.words("noun_first_outlet_articles") and len(folded) > 1 and folded[1] in title_words) or folded[0] in kinds)
    return " ".join(words).strip(" .,;:-\u2013\u2014") if named else None


def _outlet_alone(line: str) -> str | None:
    """An outlet printed alone on a line ("AFP", "| Reuters", "| The Example Ledger"), as
    printed: one the reference knows, or one it does not whose name reads as an outlet's
    (unknown_outlet: "The Example Ledger", "Le Courrier Fluvial"); None otherwise."""
    name = line.strip(" |/\u2013\u2014-")
    if not 1 <= len(name.split()) <= 4:
        return None
    if reference().find_source(name):
        return name
    return unknown_outlet(name.split(), reference().words("byline_outlet_words"))


def word_alias(name: str) -> bool:
    """Whether a name is one of the word aliases of the outlet the reference finds for it
    (sources.yaml word_aliases: "RSS", also a page's news feed; "TP", also "thành phố"), in
    any case."""
    row = reference().find_source(name)
    return bool(row) and fold(name.strip()) in {fold(w) for w in row.get("word_aliases") or ()}


# The most letters of an outlet's short form signing the lead without brackets ("NDO - ").
SHORT_FORM_LETTERS = 4


def _short_outlet_form(name: str) -> bool:
    """Whether a word in capitals opening the lead before a dash is an outlet's short form
    ("NDO", "TP", "GD&TĐ": an ampersand may join two parts): two to SHORT_FORM_LETTERS
    capitals, not a place, body or mission the gazetteer knows ("GAO", "UN", "MINUSMA") nor a
    headline's kicker ("LIVE")."""
    name = name.strip()
    return (re.fullmatch(r"[A-ZÀ-ÝĐ]+(?:&[A-ZÀ-ÝĐ]+)?", name) is not None
            and 2 <= len(name.replace("&", "")) <= SHORT_FORM_LETTERS
            and not reference().gazetteer.whole(name) and fold(name) not in _kicker_words())


# The most words of a picture's legend above its agency's credit.
LEGEND_WORDS = 40


def _picture_legend(line: str) -> bool:
    """Whether a line reads as a picture's legend: LEGEND_WORDS words at most, one of them a
    word of a picture (vocabulary picture_words: "imagen", "file photo", "ảnh")."""
    words = re.findall(r"[^\W\d_]+", fold(line))
    return len(words) <= LEGEND_WORDS and holds_listed_word(words, reference().words("picture_words"), any_word=True, any_pair=True)


def _agency_alone(line: str) -> bool:
    """Whether a line prints an agency's name alone ("EFE", "AFP"; sources.yaml kind agency)."""
    name = _outlet_alone(line)
    return bool(name) and (reference().find_source(name) or {}).get("kind") == "agency"


def _outlet_initials(code: str, source: str) -> bool:
    """Whether a short form in capitals ("ND", "TTO") is the initials of an outlet's name as
    printed ("Nhân Dân", "Tuổi Trẻ Online") or of a name the reference gives the same outlet
    (sources.yaml name and aliases): the outlet's own code signing its lead. Folded (accents,
    "Đ" as "D"); a name of one word has no initials ("AFP" is no code of "Reuters")."""
    letters = fold(code).upper()
    row = reference().find_source(source)
    names = [source, *((row.get("name"), *(row.get("aliases") or ())) if row else ())]
    for name in names:
        words = re.findall(r"[^\W\d_]+", fold(name or ""))
        if len(words) >= 2 and "".join(w[0] for w in words).upper() == letters:
            return True
    return False


def _named_again(word: str, paragraphs: list[str]) -> bool:
    """Whether the text names `word` again after its opening ("SPLA - ... the SPLA said"): a
    body or a place the story is about, not the outlet signing it."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    return any(pattern.search(para) for para in paragraphs)


# How far into a lead a web domain opening it may reach (_site_first_dateline's prefilter).
SITE_FIRST_REACH = 40

_WEB_DOMAIN = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,}")


def web_domain_name(name: str) -> bool:
    """Whether a name (str) is shaped as a web domain, all of it: a label, dots, and a last
    label of two letters or more ("example.com", "EXAMPLE.CO.ID"); "U.S." and "St. Louis"
    are not. Seen in leads crediting their own site ("Naciones Unidas (example.com).-")."""
    return bool(_WEB_DOMAIN.fullmatch(name.strip()))


def _site_first_dateline(paragraph: str) -> re.Match | None:
    """The opening of a lead that credits the site by its web domain before the dateline's
    place ("EXAMPLE.CO.ID, JAKARTA -- The ...", "Example.com, Lima - El ..."; Indonesian and
    Latin American sites print it so): the match of _line_patterns "dateline_site_first",
    its groups agency (the domain as printed) and place, where the place is in capitals or
    one the gazetteer knows and is no sentence; None otherwise."""
    m = _line_patterns()["dateline_site_first"].match(paragraph)
    if not m:
        return None
    place = m["place"].strip()
    if _looks_like_sentence(place) or not (place.isupper() or _known_place(place)):
        return None
    return m


def _outlet_named(name: str) -> bool:
    """Whether a name is an outlet's the reference knows, by name or web domain ("VOV.VN")."""
    return _outlet_row(name) is not None


def _outlet_row(name: str) -> dict | None:
    """The sources.yaml row of an outlet's name as printed (spaces around it aside): by its
    name, an alias or a domain (reference.find_source), else, for a web address, by the domain
    it is a subdomain of (reference.source_of_domain: "M.VOV.VN"); None for no known outlet."""
    ref = reference()
    name = name.strip()
    return ref.find_source(name) or (ref.source_of_domain(name) if "." in name else None)


def _outlet_printed(name: str) -> bool:
    """Whether a name opening the lead before a colon is an outlet's as the reference spells
    it ("Reuters", "VOA News", "France 24"), in capitals ("REUTERS") or by its web domain
    ("VOV.VN"). One word in title case spelling an acronym ("Ani", "Map", "Mena") is a word or
    a speaker's given name there, words in lower case where the outlet's name has capitals
    ("El país", "Le point": reference.find_printed_source) are the lead's own, and a word
    alias (sources.yaml word_aliases, also a word of a web page: "RSS", a feed's link; "El
    Tiempo", the weather's section; "TP", a city) names no outlet there. name: as printed."""
    ref = reference()
    name = name.strip()
    if "." in name and ref.source_of_domain(name):
        return True
    row = ref.find_printed_source(name)
    if not row or fold(name) in {fold(w) for w in row.get("word_aliases") or ()}:
        return False
    return " " in name or name.isupper() or name in (row["name"], *(row.get("aliases") or ()))


def _press_review(body: list[str], row: dict | None) -> bool:
    """Whether a paragraph after the lead opens, as the lead does, with an outlet's name and a
    colon (_outlet_printed), of another outlet than the lead's (row, its sources.yaml row): a
    press review going through papers ("Le Monde : ..." / "Libération : ..."), where the
    lead's outlet is the first paper reviewed. An interview repeating one outlet's name before
    its questions ("RFI : ...") is none. body: the text's paragraphs."""
    pattern = _line_patterns()["outlet_colon_opening"]
    for paragraph in body[1:]:
        if (m := pattern.match(paragraph)) and _outlet_printed(m["agency"]):
            other = _outlet_row(m["agency"])
            if other and (row is None or other["id"] != row["id"]):
                return True
    return False


def _dateline_country(region: str, date: str | None) -> str | None:
    """The country a dateline prints after its place, as printed: its region when the gazetteer
    knows it as a country ("GAO, Mali (AP) —"), else the words before the first comma of its
    date when they are one ("KAYES, Mali, March 3, 2024 -", the date pattern having taken
    them, or its whole date when a country stands where the day would, "BISSAU, Guinea-Bissau
    (AP) —"); None for a weekday, a province or nothing. region, date: the dateline pattern's
    groups as matched."""
    if region and weekday_number(region) is None and _known_country(region):
        return region
    lead = re.match(r"\s*([^,\d]{2,40}?)\s*(?:,|$)", date or "")
    return lead[1].strip() if lead and _known_country(lead[1].strip()) else None


def _known_country(name: str) -> bool:
    return any(e.kind == "country" for e in reference().gazetteer.whole(name))


def _known_city(name: str) -> bool:
    return any(e.kind == "city" for e in reference().gazetteer.whole(name))


def _caps_place(place: str) -> bool:
    """Whether a stretch printed before a spaced hyphen opening the lead ("KOLOVANE - Le ...",
    "PUERTO ALMENDRA - La ...") reads as a dateline's place in capitals: one to four words all
    in capitals, not a kicker of vocabulary headline_kickers ("EXCLUSIF - ...") nor anything
    the gazetteer knows but a city: a country ("MALI - ...", the story's kicker), a mission or
    an organisation by its acronym ("MINUSMA - ...", "ONU - ...", the subject of the lead).
    Input: the stretch, stripped; output: True or False."""
    gazetteer = reference().gazetteer
    return (place.isupper() and 1 <= len(place.split()) <= 4 and fold(place) not in _kicker_words()
            and (all(e.kind == "city" for e in (*gazetteer.whole(place), *gazetteer.whole(place.title())))
                 or _seat_place(place)))


# A city's name, a comma, then the rest of the line (city_date_line).
_CITY_COMMA = re.compile(r"^(?P<place>[A-ZÀ-ÝĐ][^\W\d_]*(?:[ '-][A-ZÀ-ÝĐ][^\W\d_]*){0,2}),\s+(?P<date>\S.*)$")


@lru_cache(maxsize=1)
def _day_articles() -> tuple[str, ...]:
    return tuple(w.lower() for w in reference().date_words.get("day_number_articles") or ())


def city_date_line(line: str) -> Dateline | None:
    """The dateline of a line printing a city the gazetteer knows, a comma and a day with its
    month and nothing else but a year or a time, maybe after an article (dates.yaml
    "day_number_articles": "Kathmandu, December 14", "GOMA, 3 mars 2021 10:30", "Paris, le 3
    mars 2021"), as pages set a dispatch's dateline on a line of its own above the lead; None
    otherwise (a country, "Mali, 3 mars", is a section's or a region's word as often; a
    sentence; a place the gazetteer does not know)."""
    m = _CITY_COMMA.match(line.strip())
    if not m or not _known_city(m["place"]) or _known_country(m["place"]):
        return None
    days = [d for d in find_dates(m["date"]) if d.kind == "date" and d.value.day and d.value.month]
    if (not days or m["date"][: days[0].start].strip().lower() not in ("", *_day_articles())
            or not is_date_line(m["date"]) or len(m["date"].split()) > 6):
        return None
    return Dateline(_place_case(m["place"]), m["date"].strip())


def _known_place(place: str) -> bool:
    return any(e.kind in ("city", "country") for e in reference().gazetteer.whole(place))


# The most words after a dateline's slash read as a second place ("Goma/Bukavu", "Bamako/Gao",
# "Puerto Príncipe/Santo Domingo de Guzmán").
SLASH_PLACE_WORDS = 3


def _slash_dateline(m: re.Match) -> bool:
    """Whether a place and a slash glued to the next word ("Córdoba/Doscientos militares ...",
    pattern dateline_place_slash) are the dateline: a city the gazetteer knows, and the words
    after the slash open on no place it knows. Two places so joined ("Goma/Bukavu : la
    population ...", "Bamako/Gao Les vols ...") name the stretch or both towns the story is
    about: a reader reads no dateline followed by a lead opening on the second place."""
    if not _known_city(m["place"].strip()):
        return False
    words = m.string[m.end():].split()[:SLASH_PLACE_WORDS]
    return not any(_known_place(" ".join(words[:n]).strip(" :;,.-\u2013\u2014")) for n in range(1, len(words) + 1))


# A place and a colon alone on a line ("New Delhi:", "United Nations:"), and the lead's opening
# on the line after it (_joined_colon_dateline).
_COLON_PLACE_LINE = re.compile(r"(?P<place>[A-ZÀ-ÝĐ][\w.'-]+(?: [^\W\d_][\w.'-]+){0,2})[ \u00a0\u202f]?:")
_LEAD_OPENING = re.compile(r"[\"\u201c\u00ab" + LEAD_CAPITALS + r"]")
# How many lines from the top of the page a dateline set alone may stand at.
COLON_DATELINE_REACH = 15
# The fewest words of the lead under it.
COLON_DATELINE_LEAD_WORDS = 12


def _joined_colon_dateline(lines: list[str]) -> list[str]:
    """lines (split_lines) with a dateline a page set on a line of its own with its colon ("New
    Delhi:", "United Nations:"; a city the gazetteer knows or a seat, _seat_place) joined to the
    lead under it ("New Delhi: Six peacekeepers ..."), so it is read as the colon dateline the
    lead opens with; within the first COLON_DATELINE_REACH lines, before a lead of
    COLON_DATELINE_LEAD_WORDS words or more opening on a capital and closing on a sentence's
    mark (TERMINAL: a long headline under a city's kicker, "New York:", stays the headline). A name printed so more than
    once on the page ("Santiago:" over each answer of an interview) is a speaker's, no place; two
    places so printed ("Goma:", then "Bukavu:") head the parts of a round-up.
    The list itself otherwise."""
    alone = [m["place"] for line in lines if line.rstrip().endswith(":") and (m := _COLON_PLACE_LINE.fullmatch(line.strip()))]
    if len({place for place in alone if _known_place(place) or _seat_place(place)}) > 1:
        return lines  # "Goma:", then "Bukavu:": the headings of a round-up's parts, no dateline
    for index, line in enumerate(lines[:COLON_DATELINE_REACH]):
        if index + 1 >= len(lines) or not (m := _COLON_PLACE_LINE.fullmatch(line.strip())):
            continue
        place, lead = m["place"], lines[index + 1].strip()
        if sum(other.strip() == line.strip() for other in lines) > 1:
            continue  # "Santiago:" over each of her answers: a speaker's name in an interview, no place
        if ((_known_city(place) or _seat_place(place)) and not _known_country(place)
                and _LEAD_OPENING.match(lead) and len(lead.split()) >= COLON_DATELINE_LEAD_WORDS
                and lead.endswith(TERMINAL)):
            return [*lines[:index], line.strip() + " " + lead, *lines[index + 2:]]
    return lines


def _seat_place(place: str) -> bool:
    """Whether a dateline's place is the seat of a body that wires name as the place a
    dispatch was filed from, the United Nations' headquarters ("UNITED NATIONS (AP) --",
    "UNITED NATIONS: At least ...", "United Nations - The ..."): vocabulary
    dateline_seat_names, compared folded; the body's acronym ("UN - ...", "ONU : ...") is the
    lead's subject or a kicker, never listed. Input: the place as printed; output: True or False."""
    return fold(place).strip() in reference().words("dateline_seat_names")


def _names_city_country(city: str, region: str) -> bool:
    """Whether the words after a dateline's city name the country the gazetteer places that
    city in, by a whole word run of one of the country's names in any language, as wires
    print a country whose short name the gazetteer leaves out as ambiguous ("GOMA, Congo -",
    Goma being in the Democratic Republic of the Congo). Input: the city and the words after
    its comma, stripped; output: True or False (a run of lowercase words, a region or
    another country: False)."""
    words = fold(region).split()
    if not words or not region[:1].isupper() or len(words) > 3:
        return False
    countries = reference().countries
    for entry in reference().gazetteer.whole(city):
        row = countries.get(entry.code) if entry.kind == "city" else None
        if row is None:
            continue
        names = [row["name"], *(n for lang in row.values() if isinstance(lang, dict) for n in lang.get("names") or [])]
        for name in names:
            folded = fold(name).replace("-", " ").split()
            if any(folded[i:i + len(words)] == words for i in range(len(folded) - len(words) + 1)):
                return True
    return False


def _place_before_day(before: str) -> bool:
    """Whether the text before a dateline's day is a place the gazetteer knows and its comma
    ("Harbourton, " in "Harbourton, 5 March (XNA) -"): the dateline then prints its place
    first, and the capitals in brackets after the day are an agency's, not a place."""
    before = before.strip()
    return before.endswith(",") and _known_places(before.rstrip(" ,"))


def _known_places(place: str) -> bool:
    """Whether a dateline's place is one the gazetteer knows (a city or a country), or places
    joined by a slash each so known, as a dispatch filed from two cities prints them
    ("Ciudad A/Ciudad B")."""
    return _known_place(place) or ("/" in place and all(_known_place(part.strip()) for part in place.split("/")))


# The most words of a place in ordinary case before the Spanish stop and dash
# (_stop_dash_place).
STOP_DASH_PLACE_WORDS = 4


def _stop_dash_place(place: str) -> bool:
    """Whether the words opening a lead before the Spanish stop and dash ("México.-",
    "Naciones Unidas.-", "Ciudad de México.-") are a dateline's place: one word that is a
    city or a country the gazetteer knows, or two to STOP_DASH_PLACE_WORDS words each
    capitalised but for the connectors of names (vocabulary name_connectors, stopwords),
    neither a person's name (its first word a given name: "Juan Pérez.-") nor a page heading
    (listed_heading: "Última Hora.-"). A label so closed ("Nota.-") is none. Seen in Mexican
    pages ("Naciones Unidas.- La ONU rindió ...", "México.- El país ha aportado ...")."""
    words = place.split()
    if len(words) == 1:
        return _known_place(place)
    connectors = _lowercase_in_names()
    return (len(words) <= STOP_DASH_PLACE_WORDS and words[0][:1].isupper()
            and all(w[:1].isupper() or fold(w) in connectors for w in words)
            and not _opens_with_given_name(words) and not listed_heading(place))


def _looks_like_sentence(place: str) -> bool:
    return len(place.split()) > 5


def _place_case(place: str) -> str:
    place = place.strip(" ,")
    return place.title() if place.isupper() else place


@lru_cache(maxsize=1)
def _feed_credit_pattern() -> re.Pattern:
    """An auto-posting blog's line crediting the news feed it copied the story from: a word of
    vocabulary feed_credit_words, the feed's title, the story's web address closing the line
    ("from World Headlines - Example Times https://example.link/x1"), on folded text. Groups:
    feed, address."""
    words = {fold(w) for listed in reference().vocabulary["feed_credit_words"].values() for w in listed}
    return re.compile(r"(?:" + alternation(words) + r")\s*:?\s+(?P<feed>\S.{1,200}?)\s+(?P<address>https?://\S+)\s*")


# Marks parting a feed's title from the outlet's name closing it ("World Headlines - Example
# Times", "Top stories | Example Daily").
_FEED_TITLE_PARTS = re.compile(r"\s+[-\u2013\u2014|:]\s+")


def feed_credit(line: str) -> str | None:
    """The outlet a feed's credit line names (_feed_credit_pattern): the last part of the
    feed's title the reference knows ("... World News - Example Times" -> "Example Times"),
    else the first outlet the title names, else the outlet whose web domain hosts the
    address, as the reference names it; None where the line is no such credit or names no
    outlet the reference knows (a link shortener's host is none)."""
    match = _feed_credit_pattern().fullmatch(fold_same_length(line.strip()))
    if not match:
        return _unlinked_feed_credit(line)
    ref = reference()
    feed = line.strip()[match.start("feed"):match.end("feed")]
    if re.search(r"[.!?]\s", feed):
        return None  # a sentence ends inside it: running text that closes on a link, no feed's title
    for part in reversed(_FEED_TITLE_PARTS.split(feed)):
        if (row := ref.find_source(part)):
            return row["name"]
    if (row := ref.sources_in(feed)):
        return row["name"]
    address = line.strip()[match.start("address"):match.end("address")]
    host = re.sub(r"^https?://", "", address).split("/")[0].lower()
    return row["name"] if (row := ref.source_of_domain(host)) else None


# The most words of a date line closed by its writer (_date_then_byline): a date line's
# (is_date_line: 14), a byline word and a name of four words. A longer line is no such line, and
# is not matched at all: the pattern's two lazy runs make a match quadratic in the line's length
# (a page of one line of 2 MB held normalize for minutes).
DATED_BYLINE_WORDS = 14 + 1 + 4 + 5  # (+ 5: a bar, then an outlet of four words at most)


@lru_cache(maxsize=1)
def _date_then_byline() -> re.Pattern:
    """A date line closed by its writer's name after a byline word ("Publié le 12/03/2024 à
    10h15 par Jean Dupont", "Published March 12, 2024 by Jane Roe"; vocabulary byline_openers
    of one word; "11 de octubre de 2024 Por: Ana Torres", a colon after the byline word), maybe
    an outlet after a bar ("... by Jane Roe | AFP"): groups date (with a digit), name (two to
    four capitalised words) and outlet (the words after the bar, or None)."""
    openers = alternation(w for w in reference().vocabulary["byline_openers"] if " " not in w)
    return re.compile(r"^(?P<date>.*?\d.*?)\s+(?i:" + openers + r")(?:\s*:)?\s+(?P<name>[A-ZÀ-ÝĐ][\w'.\u2019-]+(?:\s+[A-ZÀ-ÝĐ][\w'.\u2019-]+){1,3})(?:\s*\|\s*(?P<outlet>[^|]{2,40}?))?\s*$")


# The most words of a feed's title before the outlet's name in a credit line without the
# story's address (_unlinked_feed_credit), and the most characters of such a line.
FEED_TITLE_WORDS = 5
FEED_CREDIT_LENGTH = 80


@lru_cache(maxsize=1)
def _unlinked_feed_pattern() -> re.Pattern:
    """_unlinked_feed_credit's line on folded text: a feed word, the feed's title (group feed),
    a dash or a bar, the outlet's name (group outlet)."""
    words = {fold(w) for listed in reference().vocabulary["feed_credit_words"].values() for w in listed}
    return re.compile(r"(?:" + alternation(words) + r")\s*:?\s+(?P<feed>\S.*?)\s+[-\u2013\u2014|]\s+(?P<outlet>[^-\u2013\u2014|]+?)[\s.]*", re.I)


def _unlinked_feed_credit(line: str) -> str | None:
    """The outlet a feed's credit names where the line prints no address ("From U.S. News -
    Reuters", "Vía Noticias del mundo - EFE"): a word of vocabulary feed_credit_words, a
    feed's title of one to FEED_TITLE_WORDS words, a dash or a bar, then an outlet the
    reference knows closing the line -> its name; None otherwise (running text, an outlet
    unknown: without the address nothing else says the line is a credit)."""
    match = _unlinked_feed_pattern().fullmatch(fold_same_length(line.strip()))
    if not match:
        return None
    feed = line.strip()[match.start("feed"):match.end("feed")]
    if not 1 <= len(feed.split()) <= FEED_TITLE_WORDS or re.search(r"[!?]|[^\W\d_]{3,}\.\s", feed):
        return None
    row = reference().find_source(line.strip()[match.start("outlet"):match.end("outlet")])
    return row["name"] if row else None


def _take_feed_credit(layout: Layout, body: list[str]) -> None:
    """A feed's credit line an auto-posting blog prints under the copied text (feed_credit):
    taken out of the text into the furniture, its outlet the page's printed source where no
    other is (layout.footer_source). The headline such a blog prints right under that line (a
    heading-like line) is the page's title where none was found above the text."""
    for index, para in enumerate(body):
        line = para.removeprefix("## ")
        if len(line.split()) > 40:
            continue
        # (a feed's title holding " | " comes split in two lines, as a title bar's is)
        joined = line + " | " + body[index + 1].removeprefix("## ") if index + 1 < len(body) else ""
        taken = 1 if (outlet := feed_credit(line)) else 2 if joined and (outlet := feed_credit(joined)) else 0
        if not taken:
            continue
        layout.boilerplate.append(line if taken == 1 else joined)
        if not layout.metadata.get("source") and not layout.footer_source:
            layout.footer_source = outlet
        below = body[index + taken] if index + taken < len(body) else ""
        if layout.title is None and below.startswith("## ") and not below.endswith(TERMINAL) and len(below.split()) >= 4:
            layout.title = below.removeprefix("## ")
            del body[index + taken]
        del body[index:index + taken]
        return


# The most words of a site's slogan line under its name (slogan_line).
SLOGAN_WORDS = 10


@lru_cache(maxsize=1)
def _slogan_pattern() -> re.Pattern:
    return re.compile(rf"^\W*(?:{alternation(reference().words('outlet_slogan_openers'))})(?!\w)")


def slogan_line(line: str) -> bool:
    """Whether a line is a site's slogan, printed under its name in the page's header or
    footer: SLOGAN_WORDS words at most, no closing stop, opening with a word of a
    publication's kind (vocabulary outlet_slogan_openers: "Hebdomadaire d'informations
    générales", "El diario de la frontera", "Tạp chí của ...") that running words in lower
    case go on from. That word alone ("Magazine", "Le Magazine": a menu's item) or before a
    capitalised name ("Báo Nhân Dân", "Daily News Egypt": a publication's name) is no slogan."""
    line = line.strip().lstrip("# ").strip()
    if not 0 < len(line.split()) <= SLOGAN_WORDS or line.endswith((".", "!", "?")):
        return False
    opened = _slogan_pattern().match(fold_same_length(line))
    rest = re.search(r"[^\W\d_]", line[opened.end():]) if opened else None
    return rest is not None and rest.group().islower()


def _take_agency_signoff(layout: Layout, body: list[str], signoffs: list[tuple[str, int]]) -> None:
    """A news agency's credit printed alone right under the last paragraph of the text ("AFP",
    "(Reuters)", "Con información de EFE"), only headings (related articles, the site's
    slogan) and furniture after it: the sign-off of an agency's dispatch the page republished,
    its source (layout.footer_source), over the copying site's own copyright line further
    down. signoffs: the credit lines read right under a paragraph, each with the number of
    paragraphs read by then. Nothing where the page prints a source label or another footer
    source, where a paragraph of the text follows the credit (a picture's credit between two
    paragraphs), or where the outlet credited is no agency (reference kind "agency")."""
    if layout.metadata.get("source") or layout.footer_source or not signoffs:
        return
    credited, read = signoffs[-1]
    if any(not para.startswith("## ") for para in body[read:]):
        return
    row = reference().find_source(credited)
    if row is None and _BARE_DOMAIN_LINE.fullmatch(credited) and (by_domain := reference().source_of_domain(credited)):
        # a web domain the reference knows ("example.fr" under the text): its outlet, whatever
        # its kind, since a domain names one site alone
        layout.footer_source = by_domain["name"]
    elif row is not None and row.get("kind") == "agency":
        layout.footer_source = row["name"]
    elif row is None:
        # an outlet the reference does not know (signoff_outlet): the source as printed,
        # under the site's own name where the page prints it (extract._source)
        layout.footer_source = credited


# A dispatch's place and its agency in brackets printed as its sign-off under the text
# ("NACIONES UNIDAS, (AFP)", "Bamako (EFE)."): checked by _take_signoff_dateline.
_SIGNOFF_DATELINE = re.compile(r"(?P<place>[A-ZÀ-ÝĐ][^,()\d.:;!?]{1,40}?),?\s*\((?P<agency>[^()]{2,30})\)\.?")
# The most words of a sign-off's place.
SIGNOFF_PLACE_WORDS = 4


def _signoff_place_shaped(place: str) -> bool:
    """Whether words in capitals before an agency's brackets under the text may be a place the
    gazetteer lacks: no word of a credit's label (vocabulary source_credit_words: "SOURCE
    (AFP)", "FUENTE, (EFE)") and more than one word or more than SIGNOFF_INITIALS letters (a
    writer's or a desk's initials: "JAG (EFE)"; a short town's name is the gazetteer's)."""
    if fold(place) in reference().words("source_credit_words"):
        return False
    return len(place.split()) > 1 or len(re.sub(r"\W", "", place)) > SIGNOFF_INITIALS


# The most letters of a writer's or a desk's initials signing a text off ("JAG", "EFE/MRS").
SIGNOFF_INITIALS = 3


def _take_signoff_dateline(layout: Layout, body: list[str], signoffs: list[tuple[str, int]], lines: list[str]) -> None:
    """The dateline a page printed at the foot of the text, as some copying sites move a wire's
    dateline there: the last sign-off line (signoffs, as printed in lines) a place and the
    agency in brackets ("NACIONES UNIDAS, (AFP)", "Bamako (EFE)"), only headings after it.
    The line may also stand as the text's last paragraph, a line of its own (body, changed in
    place: the line leaves the text, its agency the footer's source where none was read).
    The place in capitals (no credit's label nor initials: _signoff_place_shaped) or a city the
    gazetteer knows, SIGNOFF_PLACE_WORDS words at most;
    the agency one the reference knows. Nothing where the text opens with a dateline of its
    own (layout.dateline already read) or where a paragraph follows the line."""
    if layout.dateline is not None or len(lines) != len(signoffs):
        return
    if signoffs and not any(not para.startswith("## ") for para in body[signoffs[-1][1]:]):
        line, in_body = lines[-1], False
    elif len(body) > 1:
        line, in_body = body[-1], True  # (a line of its own the text's reader kept as its last paragraph)
    else:
        return
    m = _SIGNOFF_DATELINE.fullmatch(line.strip())
    if m is None or not (row := reference().find_source(m["agency"].strip())):
        return
    place = m["place"].strip()
    if len(place.split()) <= SIGNOFF_PLACE_WORDS and ((place.isupper() and _signoff_place_shaped(place)) or _known_city(place)):
        layout.dateline = Dateline(_place_case(place), None, m["agency"].strip())
        if in_body:
            body.pop()
            if not layout.metadata.get("source") and not layout.footer_source:
                layout.footer_source = row["name"]


# A paragraph the page cut short: an ellipsis closing it, right after a word or a space
# ("... where two buses were stra...", "... sont restés bloqués \u2026").
_CUT_SHORT = re.compile(r"[^\W_]\s?(?:\.{3}|\u2026)$")


# The fewest lines cut short by an ellipsis, one after another, closing the page, that are a
# list of other stories' teasers (one or two closing on an ellipsis are the text's own), when
# one of them at least opens on its headline in capitals (_opens_on_caps_headline).
CUT_TEASER_RUN = 3

# An ellipsis closing a list of short items, "and so on" ("gạo, mì tôm, nước uống, chăn
# màn...", "sus barcas, sus redes, sus casas..."): two items or more of at most three words
# each, after a comma, before the ellipsis.
_LIST_TRAILING_OFF = re.compile(r"(?:,\s*[^\s,]+(?:\s+[^\s,]+){0,2}){2}\s?(?:\.{3}|\u2026)$")


def _opens_on_caps_headline(line: str) -> bool:
    """Whether a line opens on a headline printed in capitals, CAPS_HEADLINE_WORDS words with
    letters or more and none in lower case ("2025" and "(N2)" among them), with words after
    it, its summary run into it ("FLOODS CUT THE COASTAL ROAD Heavy rain ...")."""
    words = line.split()
    caps = lettered = 0
    while caps < len(words) and not any(c.islower() for c in words[caps]):
        lettered += any(c.isalpha() for c in words[caps])
        caps += 1
    return lettered >= CAPS_HEADLINE_WORDS and caps < len(words)


def _cut_teaser_line(line: str) -> bool:
    """Whether a paragraph closing the page may be a teaser's line, its headline and its
    summary cut short by an ellipsis (_CUT_SHORT): not a bulleted or numbered point
    (_LIST_ITEM), nor a quotation opening on its mark ("« On a tout perdu..."), nor a sentence
    whose ellipsis closes a list of short items, "and so on" (_LIST_TRAILING_OFF): those are
    the text's own lines cut short by their writer."""
    line = line.rstrip()
    return bool(_CUT_SHORT.search(line) and not _LIST_ITEM.match(line)
                and not line.startswith(("\"", "\u201c", "\u00ab", "\u201e", "'", "\u2018"))
                and not _LIST_TRAILING_OFF.search(line))


def _take_closing_teasers(layout: Layout, body: list[str]) -> None:
    """Moves the teasers of related stories closing the page from the text (body, changed in
    place) to layout.teasers: each a subheading ("## " line) followed by a paragraph cut short
    with an ellipsis (_CUT_SHORT), the last lines of the text, one pair after another, below
    a paragraph of running prose (_is_prose) that stays; or a run of CUT_TEASER_RUN lines or
    more closing the text, each cut short, headline and summary on one line, one headline at
    least in capitals (_opens_on_caps_headline), none a bulleted point, a quotation or a list
    trailing off (_cut_teaser_line). An ellipsis
    closing the text with no headline above it ("and then..."), or two, are the text's own."""
    taken: list[str] = []
    while (len(body) >= 3 and body[-2].startswith("## ") and not body[-1].startswith("## ")
           and _CUT_SHORT.search(body[-1].rstrip())
           and any(_is_prose(para) for para in body[:-2] if not para.startswith("## "))):
        taken[:0] = [body[-2].removeprefix("## "), body[-1]]
        del body[-2:]
    # A run of CUT_TEASER_RUN lines or more closing the page, each cut short, none a
    # subheading: one teaser a line, its headline and its summary run together ("CONSEIL DES
    # MINISTRES DU VENDREDI Le Conseil s'est réuni…"), one of them at least in capitals (the
    # text's own sentences trailing off, "nobody dared to sleep…", open on none), below
    # running prose that stays; a bulleted point, a quotation or a list's "and so on" is the
    # text's (_cut_teaser_line).
    run = 0
    while run < len(body) and not body[-1 - run].startswith("## ") and _cut_teaser_line(body[-1 - run]):
        run += 1
    if (run >= CUT_TEASER_RUN and any(map(_opens_on_caps_headline, body[-run:]))
            and any(_is_prose(para) for para in body[:-run] if not para.startswith("## "))):
        taken[:0] = body[-run:]
        del body[-run:]
    layout.teasers.extend(taken)


# The last paragraphs of the text looked at for a writer's name glued after the final stop
# (_take_glued_writer): the article's last one may stand over a few lines of the page's own
# (a notice on its video player, a comment widget) that read as paragraphs.
GLUED_WRITER_PARAGRAPHS = 3


def _take_glued_writer(layout: Layout, body: list[str]) -> None:
    """A writer's initial and name in brackets, or two or three writers' (initials_and_names),
    glued after the final stop of one of the text's last GLUED_WRITER_PARAGRAPHS paragraphs,
    the last so signed ("... were wounded. (V.Giang)", "... la ligne. (M. Diallo)", "...
    bị thương. (V.Giang - T.Hà)"): the writers signing the article off (a byline), taken out of
    the paragraph. A bracketed name of another shape (a place, an outlet, a note) is left
    where it is."""
    for index in range(len(body) - 1, max(len(body) - 1 - GLUED_WRITER_PARAGRAPHS, -1), -1):
        if (glued := _GLUED_INITIAL_WRITER.search(body[index])) and (writers := initials_and_names(glued["name"])):
            layout.bylines.append(writers)
            body[index] = body[index][:glued.start()].rstrip()
            return


def _take_footer_source(layout: Layout, body: list[str]) -> None:
    """A source printed at the end: a last line "Source: X", or " – X" closing the last paragraph."""
    if layout.metadata.get("source") or not body:
        return
    match = _line_patterns()["footer_source"].search(body[-1])
    # (" – With AFP", " - Avec AFP": a credit's words before the outlet's name)
    if match and (named := match["value"] if reference().find_source(match["value"]) else credit_line(match["value"])):
        layout.footer_source = named.strip()
        body[-1] = body[-1][: match.start()].rstrip() + ("" if body[-1][: match.start()].rstrip().endswith(TERMINAL) else ".")
        return
    if (glued := _GLUED_SIGNOFF.search(body[-1])) and (named := glued_signoff(glued["tail"])):
        layout.footer_source = named
        body[-1] = body[-1][: glued.start()].rstrip()


# The words after the last sentence's stop closing the text's last paragraph, where a copy
# glued the dispatch's sign-off or its source line ("... en el Líbano. EFE", "... tại cuộc
# họp. Nguồn: Example"): read by glued_signoff.
_GLUED_SIGNOFF = re.compile(r"(?<=[.!?\u2026\u201d\u00bb\"])\s+(?P<tail>[^.!?\s][^.!?]{0,60}?)\s*\.?$")


def glued_signoff(tail: str) -> str | None:
    """The outlet the words glued after the last sentence of the text credit, as printed: a
    credit word and an outlet ("Fuente: EFE", "Nguồn: Example" - credit_line for one the
    reference knows, signoff_outlet for one it does not), or a news agency's short form alone
    in capitals ("EFE", "AFP": reference kind "agency"; another name so printed may be the
    sentence's own last word). None otherwise, for more than SIGNOFF_NAME_WORDS + 2 words, and
    for a bracketed credit ("(PNA/Xinhua) ABC/xyz"): the closing credit reader reads those,
    with the writers' initials after them and the agency whose copy a slash names."""
    tail = tail.strip()
    if not tail or len(tail.split()) > SIGNOFF_NAME_WORDS + 2 or "(" in tail or ")" in tail:
        return None
    if (credited := credit_line(tail)) and credited.strip() != tail:
        return credited.strip()
    if (credited := signoff_outlet(tail)):
        return credited
    row = reference().find_source(tail) if tail.isupper() and len(tail.split()) == 1 else None
    return tail if row is not None and row.get("kind") == "agency" else None
