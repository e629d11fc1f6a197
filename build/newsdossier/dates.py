"""Find the dates printed in text: candidate spans by pattern, each turned into a PartialDate."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .datevalue import PartialDate
from .reference import EXACT_LANGUAGES, listed_languages, listed_word_forms, reference, reference_word_form
from .text import alternation, any_language_alternation, fold, fold_same_length, longest_apart, longest_first, spaced_alternation

MIN_YEAR, MAX_YEAR = 1900, 2099


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: where, as printed, and its value (a span when end is set)."""

    start: int
    end: int
    text: str
    value: PartialDate
    value_end: PartialDate | None = None
    kind: str = "date"  # date | year | weekday

    @property
    def has_year(self) -> bool:
        return self.value.year is not None


def _matched_forms(name: str, latin: bool = True) -> tuple[str, ...]:
    """The folded forms of a month's name that find_dates matches in its text folded letter for
    letter (fold_same_length): for a name in the Latin script (latin=True), fold's form and,
    where it differs, the letter-for-letter one; for another script's name (dates.yaml
    "other_script_months") the letter-for-letter form alone."""
    folded, same = fold(name), fold_same_length(name)
    if not latin:
        return (same,)
    return (folded,) if same == folded else (folded, same)


@lru_cache(maxsize=None)
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for months in reference().date_words["months"].values():
        for number, names in enumerate(months, start=1):
            for name in names:
                table.setdefault(fold(name), number)
    return table


@lru_cache(maxsize=None)
def _matched_month_table() -> dict[str, int]:
    """The month names find_dates matches in a folded text, in their _matched_forms, to the
    month's number: dates.yaml "months" and "other_script_months" ("أكتوبر", "تشرين الأول")."""
    table: dict[str, int] = {}
    words = reference().date_words
    for key, latin in (("months", True), ("other_script_months", False)):
        for months in (words.get(key) or {}).values():
            for number, names in enumerate(months, start=1):
                for name in names:
                    for form in _matched_forms(name, latin):
                        table.setdefault(form, number)
    return table


@lru_cache(maxsize=None)
def _abbreviated_months() -> frozenset[str]:
    """The month names of dates.yaml "months" that only abbreviate one (listed after a
    month's first, full name, and no language's full name), in their _matched_forms: "dec",
    "sept", "janv"; not "may", "mars", "june", full names as well."""
    months = reference().date_words["months"].values()
    full = {form for rows in months for names in rows for form in _matched_forms(names[0])}
    return frozenset(form for rows in months for names in rows for name in names[1:]
                     for form in _matched_forms(name)) - full


@lru_cache(maxsize=None)
def _day_word_table() -> dict[str, int]:
    """Folded ordinal words written for a day of the month before its month's name (reference
    dates.yaml "day_words": Spanish "el primero de junio", French "le premier juin"), to the
    day's number."""
    return {fold(word): int(day) for word, day in (reference().date_words.get("day_words") or {}).items()}


@lru_cache(maxsize=None)
def _day_words_before_of() -> dict[str, int]:
    """Folded ordinal words written for a day only before "of" and the month's name (reference
    dates.yaml "day_words_before_of": "the first of May", "the twenty-first of June"), to the
    day's number; a compound keeps its hyphen (_day_word_value reads it printed with a space)."""
    return {fold(word): int(day) for word, day in (reference().date_words.get("day_words_before_of") or {}).items()}


def _day_word_value(word: str) -> int:
    """The day's number of an ordinal day word as find_dates matched it (folded): a word of
    _day_word_table, or of _day_words_before_of printed with its hyphen or a space
    ("twenty first"). KeyError for another word."""
    if word in _day_word_table():
        return _day_word_table()[word]
    return _day_words_before_of()[re.sub(r"\s+", "-", word)]


@lru_cache(maxsize=None)
def _times_of_day() -> frozenset[str]:
    """Vietnamese times of day printed before a day and month as "ngày" is ("sáng 28/6", the
    morning of 28 June), lowercase with their diacritics (reference dates.yaml
    "times_of_day_before_day")."""
    return frozenset(word.lower() for word in reference().date_words.get("times_of_day_before_day") or ())


@lru_cache(maxsize=None)
def _prefix_folds() -> frozenset[str]:
    """The day prefixes (_day_prefixes) folded, as the patterns match them."""
    return frozenset(fold(w) for w in _day_prefixes())


@lru_cache(maxsize=None)
def _day_prefixes() -> frozenset[str]:
    """Vietnamese words printed before a day number from 1 to 10 ("mùng 2 tháng 9", "ngày mồng
    1/5"), lowercase with their diacritics (reference dates.yaml "day_prefixes")."""
    return frozenset(unicodedata.normalize("NFC", word).lower() for word in reference().date_words.get("day_prefixes") or ())


@lru_cache(maxsize=None)
def _listed_words(section: str) -> str:
    """A regular-expression alternation (text.alternation) of the words every language lists
    in one table of dates.yaml ({language: [word]}: "day_range_words", "month_alone_leads"),
    folded, each once, for text compared folded. KeyError for a table dates.yaml lacks."""
    return alternation({fold(w) for listed in reference().date_words[section].values() for w in listed})


@lru_cache(maxsize=None)
def _slash_day_words() -> frozenset[str]:
    """The words of dates.yaml "day_slash_month_words", every language's, lowercase with their
    diacritics (NFC): a day and month in figures after one of them is a date ("ngày 21/9",
    "le 21/09", "Hôm nay (19/11)")."""
    return frozenset(unicodedata.normalize("NFC", w).lower() for listed in reference().date_words["day_slash_month_words"].values() for w in listed)


def _slash_day_word(printed: str, folded: str) -> bool:
    """Whether a word before a day and month in figures (printed: as printed, lowercase NFC;
    folded: its fold) is one of _slash_day_words: printed as listed, with its diacritics, or
    printed with none at all where a listed word folds to it (a text typed without them,
    "ngay 21/9"). A word differing from a listed one only by its marks is another word: "tới
    nay 2/3" (up to now, two thirds), not "tối nay 2/3" (tonight, 2 March)."""
    return printed in _slash_day_words() or (printed == folded and folded in _slash_day_folds())


@lru_cache(maxsize=None)
def _slash_day_folds() -> frozenset[str]:
    """The words of _slash_day_words folded (no diacritics: "ngay", "hom nay")."""
    return frozenset(fold(w) for w in _slash_day_words())


def _day_prefix_alternation() -> str:
    """The folded day prefixes (_day_prefixes) as a regular-expression alternation; a pattern
    matching nothing when there are none."""
    return alternation(fold(w) for w in _day_prefixes()) or r"(?!)"


def _times_of_day_alternation() -> str:
    """The folded times of day (_times_of_day) as a regular-expression alternation, longest
    first; a pattern matching nothing when there are none."""
    return alternation(fold(w) for w in _times_of_day()) or r"(?!)"


def _day_word_alternation() -> str:
    """The ordinal day words as a regular-expression alternation, longest first: those of
    _day_word_table, and those of _day_words_before_of only where " of " follows (a compound's
    hyphen may be printed as a space); a pattern matching nothing when there are none."""
    branches = [alternation(_day_word_table())] if _day_word_table() else []
    if _day_words_before_of():
        words = sorted(_day_words_before_of(), key=len, reverse=True)
        branches.append("(?:" + "|".join(re.escape(w).replace(r"\-", "[- ]") for w in words) + r")(?=\s+of\s)")
    return "|".join(branches) or r"(?!)"


@lru_cache(maxsize=None)
def _day_word_pattern() -> re.Pattern:
    """Any of the ordinal day words (_day_word_table) as a whole folded word."""
    return re.compile(r"\b(?:" + _day_word_alternation() + r")\b")


@lru_cache(maxsize=None)
def _weekday_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for days in reference().date_words["weekdays"].values():
        for number, name in enumerate(days):
            table.setdefault(fold(name), number)
    return table


def date_word(word: str) -> bool:
    """Whether a word (any case and accents) is a month or weekday name of dates.yaml
    ("March", "lundi", "diciembre")."""
    folded = fold(word)
    return folded in _month_table() or folded in _weekday_table()


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    months = sorted(_matched_month_table(), key=len, reverse=True)
    # Month names are matched on folded text (ASCII, lowercase), so positions line up
    # only when folding keeps lengths; _fold_same_length guarantees that.
    month = r"(?P<month>" + alternation(months) + r")\.?"  # (a tree of the names: alternation)
    month2 = month.replace("?P<month>", "?P<month2>")
    # "1º" is folded to "1o", and "1°" (find_dates) too; Spanish "1.º" to "1.o"; "1ro." and
    # "1ero" of the Americas with their stop (dates.yaml "day_number_endings")
    endings = alternation({fold(e) for e in reference().date_words.get("day_number_endings") or ()} - {"o"})
    day = r"(?P<day>[0-3]?\d)(?:(?:" + endings + r")(?<=ro)\.|" + endings + r"|\.?o)?"
    day2 = r"(?P<day2>[0-3]?\d)(?:" + _listed_words("span_day_endings") + r")?(?!-\w)"  # not "a 15-member delegation"
    year = r"(?P<year>(?:19|20)\d\d)"
    # Spanish and Portuguese "2 de febrero de 2022", "3 de marzo del 2024" (dates.yaml "year_joiners")
    de = r"(?:\s+(?:" + "|".join(re.escape(fold(w)) for w in reference().date_words["year_joiners"]) + r"))?"
    of = r"(?:\s+(?:" + _listed_words("day_month_links") + r"))?"  # and English "the 13th of July"
    range_sep = r"\s*(?:-|\u2013|\u2014|" + _listed_words("day_range_words") + r")\s*"
    cross_sep = r"\s+(?:" + _listed_words("cross_month_range_words") + r")\s+(?:" + _listed_words("cross_month_articles") + r")\s+"
    articles = alternation([fold(w) for w in reference().date_words.get("day_number_articles") or ()])
    span_joiners = reference().date_words.get("day_span_joiners") or {}

    def joiners(side: str, language: str | None = None) -> str:
        """The words of one side of dates.yaml "day_span_joiners", folded: of the language, or
        of every language; a branch that never matches when none are listed."""
        table = span_joiners.get(side) or {}
        listed = table.get(language) or () if language else [w for words in table.values() for w in words or ()]
        return alternation([fold(w) for w in listed]) or "(?!)"
    # before the year: a comma or not, the comma maybe set off by a space ("May 30 , 2023", as
    # some sites print their date lines), then a space
    comma = r"(?:\s?,)?\s+"
    day_words = _day_word_alternation()
    times = _times_of_day_alternation()
    prefixes = _day_prefix_alternation()
    prefix = r"(?:(?P<pre>" + prefixes + r")\s+)?"  # "ngày mồng 10": a day prefix after "ngày"
    return {
        "iso": re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)(?:-(?P<day>[0-3]\d))?(?![\d-])(?:[ T]\d\d:\d\d(?::\d\d)?)?"),
        # "2021/05/14", "2021.5.14": year first with slashes or stops, as East Asian sites write
        # it (always year, month, day); the day is needed ("2020/21" is a season)
        "year_first": re.compile(r"(?<![\d/.])\b(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<mnum>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)\b(?![/.]?\d)"),
        # (the separator may stand between two spaces, the same each time: "16 - 11 - 2018",
        # as an aggregator prints the day it picked a story up)
        "numeric": re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.-]|\s[/-]\s)\s?(?P<b>[0-3]?\d)(?P=sep)\s?(?P<year>(?:19|20)\d\d)\b"),
        # "25/7/22", "25.07.22": a two-digit year, never inside a longer run of numbers
        "numeric_short": re.compile(r"(?<![\d/.-])\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d\d)\b(?![/.-]?\d)"),
        # "Dec.26" as wire copy prints it ("TIANJIN, Dec.26 --"): a month's stop may stand for the space
        "month_day": re.compile(r"\b" + month + r"(?:\s+|(?<=\.)(?=\d))" + day + r"(?:" + range_sep + day2 + r")?\b(?:" + comma + year + r")?"),
        # a day written as an ordinal word ("el primero de junio", "le premier juin": dates.yaml "day_words")
        "day_month": re.compile(
            r"\b(?:" + day + r"|(?P<dayword>" + day_words + r"))(?:" + range_sep + day2 + r")?(?:" + of + r"|,)\s+" + month
            + r"(?:" + de + comma + year + r")?\b"
        ),
        # "entre el 10 y el 12 de mayo", "between the 10th and the 12th of May": a span of two
        # days opened by a "between" word of dates.yaml "day_span_joiners" (any language's),
        # the joiner, one of its "and" words, taking the article the second day takes ("el 10
        # y el 12 de mayo" alone names two days)
        "between_days": re.compile(
            r"\b(?:" + joiners("between") + r")\s+(?:(?:"
            + articles + r")\s+)?" + day + r"\s+(?:" + joiners("and")
            + r")\s+(?:" + articles + r")\s+" + day2 + r"(?:" + of + r"|,)\s+" + month
            + r"(?:" + de + comma + year + r")?\b"
        ),
        # "el 10 y el 12 de mayo", "le 10 et le 12 mai" with no "between" word before: two days
        # listed, the first printed without its month (find_dates reads it with the second's);
        # so "du 10 et du 12 mai", "del 10 y del 12 de mayo" (dates.yaml "listed_day_of_articles")
        "listed_days": re.compile(
            r"\b" + day + r"\s+(?:" + joiners("and") + r")\s+(?:" + articles + r"|" + _listed_words("listed_day_of_articles") + r")\s+" + day2
            + r"(?:" + of + r"|,)\s+" + month + r"(?:" + de + comma + year + r")?\b"
        ),
        # Vietnamese "từ 21-22/10", "từ ngày 24 đến 25/10", "từ ngày 28/9 đến 2/10": a span of
        # days with no year whose last day is printed in figures without "ngày" (the words
        # opening and joining it: the Vietnamese "from" and "to" words of dates.yaml
        # "day_span_joiners"); with a year printed the
        # numeric form finds the last day and events.join_year_spans the first
        "vi_day_span": re.compile(
            r"\b(?:" + joiners("from", "vi") + r")\s+(?:ngay\s+)?(?P<day>[0-3]?\d)(?:/(?P<m1>[01]?\d))?\s*(?:-|\u2013|\b(?:" + joiners("to", "vi")
            + r")\b)\s*(?:ngay\s+)?(?P<day2>[0-3]?\d)[/-](?P<mnum>[01]?\d)\b(?![/.-]?\d)"
        ),
        # Vietnamese "ngày 3 và 5/8": two days listed after "ngày", the first printed without
        # its month, joined by the Vietnamese "and" words of dates.yaml "day_span_joiners" (as
        # "le 3 et le 5 août", listed_days); the second's month and year are the first's
        "vi_listed_days": re.compile(
            r"\bngay\s+(?P<day>[0-3]?\d)\s+(?:" + joiners("and", "vi") + r")\s+(?P<day2>[0-3]?\d)[/-](?P<mnum>[01]?\d)"
            r"(?:[/-](?P<year>(?:19|20)\d\d))?\b(?![/.-]?\d)"
        ),
        # a "between" word of dates.yaml "day_span_joiners" (any language's), an article maybe,
        # right before a day: "between 4 March and 19 June" opens a span (_pair_of_days)
        "between_opener": re.compile(r"(?<![\w-])(?:" + joiners("between") + r")\s+(?:(?:" + articles + r")\s+)?$"),
        # "30 November to 2 December 2021", "del 28 de febrero al 2 de marzo de 2018": a span across two months
        "cross_month": re.compile(
            r"\b" + day + of + r"\s+" + month + r"(?:" + range_sep + r"|" + cross_sep + r")" + day2 + of + r"\s+" + month2
            + r"(?:" + de + comma + year + r")?\b"
        ),
        # Vietnamese "ngày 21 tháng 9 năm 2021", and a day/month with no year after a date
        # word ("ngày 21/9", "le 21/09", "el 21/9")
        # and the same without "ngày" where the year follows ("Thứ Năm, 4 tháng 7, 2019", a
        # page's date line; without the year "2 tháng 10" may count months)
        # (its year also joined by a full stop as in vi_month: "ngày 5 tháng 2.2003")
        "vi_words": re.compile(r"(?:\b(?:ngay\s+" + prefix + r"|(?P<word>" + prefixes + r")\s+)(?P<day>[0-3]?\d)\s+thang\s+(?P<mnum>[01]?\d)(?:(?:\s+nam\s+|\.)(?P<year>(?:19|20)\d\d)(?!\d))?"
                               r"|(?<![\w/.,-])(?P<day_y>[0-3]?\d)\s+thang\s+(?P<mnum_y>[01]?\d)(?:\s+nam\s+|,\s*)(?P<year_y>(?:19|20)\d\d))\b"),
        # (a weekday is such a word too: "Thứ Sáu, 14/5", "vendredi 14/5"; the date may stand
        # in brackets after it, set beside the day it names: "thứ Sáu (14/5)")
        "day_slash_month": re.compile(r"\b(?P<word>" + _listed_words("day_slash_month_words") + r"|" + times + r"|" + prefixes + r"|" + "|".join(sorted(_weekday_table(), key=len, reverse=True))
                                      + r"),?\s+(?P<br>\(\s*)?" + prefix + r"(?P<day>[0-3]?\d)/(?P<mnum>[01]?\d)\b(?![/.]\d)(?(br)(?=\s*\)))"),
        # Vietnamese "ngày 1-10" (day-month with a hyphen), "tháng 9/2024" or "tháng 9-2024", "tháng 6 năm 2025",
        # "tháng 11" (a month alone), "tháng 6 và tháng 7", "từ tháng 6 đến tháng 7" (a span)
        # ("tối 21-11", the evening of 21 November, as "ngày 21-11"; "sáng 21.4", "ngày 24.3":
        # the full stop some papers join them with, only after "ngày" or a time of day, as a
        # decimal or a unit's number "2.3" follows other words)
        "vi_day_dash": re.compile(r"\b(?P<word>ngay|" + times + r"|" + prefixes + r")\s+" + prefix + r"(?P<day>[0-3]?\d)[-.](?P<mnum>[01]?\d)\b(?![-/.]\d)"),
        # also a date widget's month and year copied glued or apart at a line's end
        # ("Tháng 102018", "Tháng 10 2018"), and month and year joined by a full stop as some
        # papers print them ("hồi tháng 2.2003": the year's four digits, no decimal)
        "vi_month": re.compile(r"\bthang\s+(?P<mnum>[01]?\d)(?:\s*[/-]\s*(?P<year>(?:19|20)\d\d)|\.(?P<year6>(?:19|20)\d\d)(?!\d)|\s+nam\s+(?P<year2>(?:19|20)\d\d)"
                               r"|(?:(?P<year4>(?:19|20)\d\d)|\s+(?P<year5>(?:19|20)\d\d))(?=[ \t]*(?:\n|$)))?\b(?![/.-]\d)"
                               r"(?:\s+(?:" + _listed_words("month_span_joiners") + r"|-)\s+(?:(?:" + _listed_words("month_part_words") + r")\s+)?thang\s+(?P<mnum2>[01]?\d)\b(?:\s*/\s*(?P<year3>(?:19|20)\d\d))?(?![/.-]\d))?"),
        # "28/MAY/2013", "28-May-2013": a day, a month's name and a year joined by one
        # slash, stop or hyphen
        "day_mon_year": re.compile(r"(?<![\w/.-])(?P<day>[0-3]?\d)(?P<sep>[/.-])" + month.replace(r")\.?", ")") + r"(?P=sep)" + year + r"(?![\w/.-]*\d)"),
        # "04Mar2024", "15ENE2023": a day, a month's name and a year run together, as some
        # agencies stamp a dispatch ("04Mar2024.- The ...")
        "day_mon_glued": re.compile(r"(?<![\w/.-])(?P<day>[0-3]?\d)" + month.replace(r")\.?", ")") + year + r"(?![\w/.-]*\d)"),
        # a day and month in numbers and nothing else (a dateline's day, "Hà Nội, 3/3 (TTXVN)",
        # "Hà Nội, 3-3 (TTXVN)")
        "day_month_alone": re.compile(r"^\s*(?P<a>[0-3]?\d)[/-](?P<b>[01]?\d)\s*$"),
        "month_year": re.compile(r"\b" + month + de + r",?\s+" + year + r"\b"),
        "month_alone": re.compile(r"\b(?:" + _listed_words("month_alone_leads") + r")\s*" + month + r"\b"),
        # two months alone joined as a span by words of dates.yaml "day_span_joiners" ("between
        # April and May", "entre avril et mai", "entre abril y mayo"), no year printed after
        # the second (that form is month_year's, joined by events)
        "months_between": re.compile(r"\b(?:" + joiners("between") + r")\s+" + month + r"\s+(?:" + joiners("and") + r")\s+"
                                     + month2 + r"\b(?!" + de + comma + r"(?:19|20)\d\d)"),
        "year": re.compile(r"\b" + year + r"\b"),
        "weekday": re.compile(r"\b(?P<wd>" + "|".join(sorted(_weekday_table(), key=len, reverse=True)) + r")\b"),
    }


# The most characters of a line holding a Vietnamese day and month printed without "ngày"
# and no weekday before them, for the line to be a date line ("4 tháng 7 năm 2019 08:15").
VI_BARE_DATE_LINE = 40


def _vi_bare_date_line(folded: str, start: int, end: int) -> bool:
    """Whether a Vietnamese day, month and year printed without "ngày" (folded[start:end],
    "4 thang 7 nam 2019") is a date line's: after a weekday ("Thứ Năm, ...") or on a line of
    VI_BARE_DATE_LINE characters at most (besides a label before it: "Cập nhật:") that it
    opens; in a sentence the same words may count
    months ("chậm 3 tháng 6 năm 2019": three months, then June 2019)."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    before = folded[line_start:start].strip(" ,|-\u2013\u2014")
    if before and any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
                      for w in _weekday_table()):
        return True
    opens = not before or before.endswith(":")  # "Cập nhật: 4 tháng 7 năm 2019": a label before it
    return opens and line_end - line_start <= VI_BARE_DATE_LINE + len(before)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if day is None:
        return True
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return False
    return True


def two_digit_year(year: int) -> int:
    """The full year of a two-digit one, by the POSIX strptime %y rule (also Python's):
    69-99 are 1969-1999, 00-68 are 2000-2068."""
    return year + (1900 if year >= 69 else 2000)


_DIGIT = re.compile(r"\d")


# The forms of _patterns that print a year ("(?:19|20)\d\d") and those that print a month's
# name (_month_table), besides a digit or a day word: find_dates tries them only on a text
# printing one (_YEAR_PRINTED, _month_name_pattern), most lines having neither.
_YEAR_FORMS = frozenset({"iso", "year_first", "numeric", "day_mon_year", "day_mon_glued", "month_year", "year"})
_MONTH_FORMS = frozenset({"month_day", "day_month", "between_days", "listed_days", "cross_month", "day_mon_year", "day_mon_glued", "month_year",
                          "month_alone"})
# and the Vietnamese forms that print "tháng" (month), folded
_THANG_FORMS = frozenset({"vi_words", "vi_month"})
_YEAR_PRINTED = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=None)
def _month_name_pattern() -> re.Pattern:
    """Any month's name (_matched_month_table), anywhere in a folded text, inside a word or not."""
    return re.compile(alternation(_matched_month_table()))


@lru_cache(maxsize=None)
def _vi_month_name_pattern() -> tuple[re.Pattern | None, dict[str, int]]:
    """The Vietnamese months written as words after "tháng" ("tháng Ba", "tháng Mười Một";
    reference dates.yaml "vi_month_names", capitalised as papers print them, so that "ba
    tháng" or "tháng năm" stay counts and words): the pattern, its name in group "name", and
    each name's month number; (None, {}) when none is listed."""
    names = reference().date_words.get("vi_month_names") or {}
    if not names:
        return None, {}
    # the second word of a two-word name is often printed lowercase ("tháng Mười một")
    table = {re.sub(r"\s+", " ", n).lower(): int(v) for n, v in names.items()}

    def shape(name: str) -> str:
        first, *rest = name.split()
        return r"\s+".join([re.escape(first), *(f"(?i:{re.escape(w)})" for w in rest)])

    shapes = [shape(n) for n in sorted(names, key=len, reverse=True)]
    pattern = re.compile(r"(?<!\w)(?i:tháng)\s+(?P<name>" + "|".join(shapes) + r")(?!\w)")
    return pattern, table


# The word after a month's name and what follows it (_vi_name_goes_on).
_VI_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)(?P<after>\s+\d)?")


def _vi_name_goes_on(text: str, name: str, end: int) -> bool:
    """Whether a one-word month's name after "tháng" (name, ending at end in text) is followed
    by a capitalised word, not the year's word before a year: the first word of a proper name
    ("6 tháng Ba Lan", Poland; "tháng Hai Bà Trưng", a district), no month ("tháng Ba Năm 2024"
    is March). A two-word month ("tháng Mười Một") is never a name's opening."""
    m = _VI_NEXT_WORD.match(text, end)
    if len(name.split()) > 1 or m is None or not m["word"][:1].isupper():
        return False
    return not (fold(m["word"]).lower() == "nam" and m["after"])


def _vi_month_names_as_numbers(text: str, folded: str) -> str:
    """folded (text folded to the same length) with each Vietnamese month written as a word
    after "tháng" (_vi_month_name_pattern: "tháng Ba", "tháng Mười Một") printed as its number
    padded with spaces before it to the word's length ("thang  3"), so that the numeric forms
    read it and a mention ends where the word does. A month's word followed by another
    capitalised word opens a name ("tháng Ba Lan", "tháng Hai Bà Trưng": _vi_name_goes_on) and
    stays a word."""
    if "th" not in folded:
        return folded
    pattern, table = _vi_month_name_pattern()
    if pattern is None:
        return folded
    out = folded
    for m in pattern.finditer(text):
        if _vi_name_goes_on(text, m["name"], m.end()):
            continue  # "sau 6 tháng Ba Lan ...": "Ba Lan" (Poland) is a place's name, no March
        number = str(table[re.sub(r"\s+", " ", m["name"]).lower()])
        start, end = m.start("name"), m.end("name")
        out = out[:start] + number.rjust(end - start) + out[end:]
    return out


@lru_cache(maxsize=None)
def _led_ambiguous_months() -> dict[str, tuple[frozenset[str], bool, frozenset[str]]]:
    """From dates.yaml "ambiguous_months_after_lead": for each folded lead word after which an
    ambiguous month name may stand for its month, (the folded names of its language, whether
    they must be printed with a capital, the folded words after which a name is a person's)."""
    table = reference().date_words.get("ambiguous_months_after_lead") or {}
    led = {}
    for entry in table.values():
        names = frozenset(form for m in entry.get("names") or () for form in _matched_forms(m))
        after = frozenset(fold(w) for w in entry.get("not_before") or ())
        for word in entry.get("leads") or ():
            led[fold(word)] = (names, bool(entry.get("capitalised")), after)
    return led


def _led_ambiguous_month(lead: str, folded: str, printed: str, following: str = "") -> bool:
    """Whether an ambiguous month name (dates.yaml "ambiguous_months") named alone after a lead
    word of "month_alone_leads" is the month: the lead one of "ambiguous_months_after_lead"
    (a span's bound, "since", "depuis"), the name a full one of the lead's language listed
    there ("since Mars was sighted" is the planet), printed with a capital where the language
    says so ("since March", not "since may be"), and not followed by a word of its
    "not_before" ("since May took office": a person). lead: the folded text from the lead word
    to the name; folded: the name as find_dates matched it; printed: the same stretch of the
    text as printed; following: the folded text after the name."""
    entry = _led_ambiguous_months().get(" ".join(lead.split()))
    if entry is None:
        return False
    names, capitalised, after = entry
    word = next(iter(following.split(None, 1)), "")
    return folded in names and (not capitalised or printed[:1].isupper()) and word not in after


@lru_cache(maxsize=None)
def _month_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Folded month names that are also common words (reference dates.yaml "ambiguous_months"),
    and those that stand for a month only beside a day and a year ("word_months", and every
    name of "other_script_months": everyday words as often, "آب" a father)."""
    words = reference().date_words
    other = (name for months in (words.get("other_script_months") or {}).values() for names in months for name in names)
    return (frozenset(form for m in words["ambiguous_months"] for form in _matched_forms(m)),
            frozenset([*(form for m in words.get("word_months") or () for form in _matched_forms(m)),
                       *(form for m in other for form in _matched_forms(m, latin=False))]))


def _order_of_weekday(text: str, start: int, end: int, year: int, a: int, b: int) -> tuple[int, int] | None:
    """(day, month) of a numeric date whose two first numbers (a, b) may be read either way,
    in the one order on which the weekday printed beside it (printed_weekday) falls; None when
    no weekday is printed or both or neither order fits it."""
    weekday = printed_weekday(text, DateMention(start, end, text[start:end], PartialDate(year)))
    if weekday is None:
        return None
    fits = [(day, month) for day, month in ((a, b), (b, a))
            if _valid(year, month, day) and date(year, month, day).weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


@lru_cache(maxsize=None)
def _counted_people_patterns() -> tuple[re.Pattern, re.Pattern] | None:
    """(a word of approximation ending right before a number, a noun of people starting right
    after one), folded, every language at once (reference dates.yaml "count_approximations",
    "counted_people_nouns"); None when either list is empty."""
    words = reference().date_words
    leads = [fold_same_length(w) for ws in (words.get("count_approximations") or {}).values() for w in ws]
    nouns = [fold_same_length(w) for ws in (words.get("counted_people_nouns") or {}).values() for w in ws]
    if not leads or not nouns:
        return None
    return (re.compile(r"(?<![\w'])(?:" + alternation(leads) + r")\s+$"),
            re.compile(r"\s+(?:" + alternation(nouns) + r")(?![\w-])"))


def _counted_people(folded: str, start: int, end: int) -> bool:
    """Whether the four-digit number at folded[start:end] counts people rather than naming a
    year: a word of approximation right before it and a noun of people right after it ("about
    1900 men", "près de 2000 soldats"; a medal ceremony "of about 1900 men and women" read as
    an event of the year 1900). folded: the text as fold_same_length gives it."""
    patterns = _counted_people_patterns()
    if patterns is None:
        return False
    lead, noun = patterns
    return lead.search(folded, max(0, start - 40), start) is not None and noun.match(folded, end) is not None


def _pair_of_days(between: str, first: tuple, last: tuple) -> bool:
    """Whether two days of two months joined by `between` (folded text: "and", " y ") are two
    dates rather than one span: the joiner is a word of dates.yaml "day_pair_words" ("27 May and
    26 July", "los 27 de mayo y 26 de julio") and the second day is not the day after the first
    ("30 April and 1 May" runs on: one span); find_dates keeps a span too when a "between" word
    opens it ("between 4 March and 19 June", "entre les 4 mars et 19 juin"). first, last: (year
    or None, month, day); a missing year is compared in a leap year. Seen in held-out Spanish wire copy condemning
    the attacks of two days."""
    if between.strip() not in _day_pair_words():
        return False
    try:
        one = date(first[0] or 2000, first[1], first[2])
        other = date(last[0] or one.year, last[1], last[2])
        if other < one and last[0] is None:
            other = date(one.year + 1, last[1], last[2])  # "31 December and 1 January"
    except ValueError:
        return False
    return other - one != timedelta(days=1)


@lru_cache(maxsize=None)
def _day_pair_words() -> frozenset[str]:
    """dates.yaml "day_pair_words" of every language, folded."""
    return frozenset(fold(w) for listed in (reference().date_words.get("day_pair_words") or {}).values() for w in listed)


@lru_cache(maxsize=2048)
def find_dates(text: str, month_first: bool = False) -> tuple[DateMention, ...]:
    """Every date printed in the text, longest form first where spans overlap, in text order.
    A numeric date ("25/7/22", "05.03.2019") is read day first unless month_first (the
    order of the United States and a few others: reference dates.yaml "month_first_countries");
    a two-digit year by two_digit_year. Cached: a line is asked about several times (date
    line? headline?), a text by several rules."""
    folded = _vi_month_names_as_numbers(text, fold_same_length(text))
    if "\u00b0" in text:  # a degree sign written for the ordinal sign ("1° de mayo"): read as "º"
        folded = "".join("o" if c == "\u00b0" else f for c, f in zip(text, folded))
    patterns = _patterns()
    months = _matched_month_table()
    ambiguous, word_months = _month_word_sets()
    found: list[DateMention] = []
    # every form but a month or weekday named alone prints a digit (\d) or a day word ("primero de
    # junio"): without one, only those two are tried
    digits = _DIGIT.search(folded) is not None or _day_word_pattern().search(folded) is not None
    year_printed = digits and _YEAR_PRINTED.search(folded) is not None
    month_printed = _month_name_pattern().search(folded) is not None
    thang_printed = "thang" in folded

    def tried(name: str) -> bool:
        return ((name not in _YEAR_FORMS or year_printed) and (name not in _MONTH_FORMS or month_printed)
                and (name not in _THANG_FORMS or thang_printed))

    def matches(name: str):
        return patterns[name].finditer(folded) if digits and tried(name) else ()

    def add(start, end, value, value_end=None, kind="date"):
        found.append(DateMention(start, end, text[start:end], value, value_end, kind))

    for m in (*matches("iso"), *matches("year_first")):
        year, month = int(m["year"]), int(m["mnum"])
        day = int(m["day"]) if m["day"] else None
        if _valid(year, month, day):
            add(m.start(), m.end(), PartialDate(year, month, day))
    for name in ("numeric", "numeric_short"):
        for m in matches(name):
            a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
            if len(m["year"]) == 2:
                year = two_digit_year(year)
            # Day first, as most of the world writes it; month first where the writer's
            # country does (month_first); either way, a number over 12 can only be the day.
            day, month = (b, a) if (month_first and a <= 12) or b > 12 else (a, b)
            if a <= 12 and b <= 12 and a != b and (fits := _order_of_weekday(text, m.start(), m.end(), year, a, b)):
                day, month = fits  # "Monday, 03/04/2024": only 4 March 2024 is a Monday
            if _valid(year, month, day):
                add(m.start(), m.end(), PartialDate(year, month, day))
    for m in matches("cross_month"):
        year = int(m["year"]) if m["year"] else None
        first = (months[m["month"]], int(m["day"]))
        last = (months[m["month2"]], int(m["day2"]))
        # "30 December to 2 January 2022": the printed year is the last day's
        first_year = year - 1 if year and first > last else year
        if (_pair_of_days(folded[m.end("month"):m.start("day2")], (first_year, *first), (year, *last))
                and not patterns["between_opener"].search(folded, max(0, m.start() - 20), m.start())):
            # "27 May and 26 July": two days named each, each found alone below; a year printed
            # after the last is the first's too ("on 4 March and 19 June 2023"); "between 4
            # March and 19 June" stays a span
            if first_year is not None and _valid(first_year, *first):
                add(m.start(), m.end("month"), PartialDate(first_year, *first))
            continue
        if _valid(first_year, *first) and _valid(year, *last):
            add(m.start(), m.end(), PartialDate(first_year, *first), PartialDate(year, *last))
    for name in ("month_day", "day_month"):
        for m in matches(name):
            month = months[m["month"]]
            year = int(m["year"]) if m["year"] else None
            if year is None and m["month"] in word_months:
                continue  # French "des 4 casques", not Indonesian "4 Des"
            if name == "month_day" and folded[m.end("month"):m.start("day")] == "." and m["month"] not in _abbreviated_months():
                continue  # "renewed in March.3 new battalions": a full name's stop run into the next sentence
            day = int(m["day"]) if m["day"] else _day_word_value(m["dayword"])
            # a comma between the day and the month only in a date written with commas
            # throughout ("26, Abril, 2022"), never before a month alone ("chapter 3, March")
            if name == "day_month" and "," in text[m.end("day2") if m["day2"] else m.end("day") if m["day"] else m.end("dayword"):m.start("month")] and not (
                    year and "," in text[m.end("month"):m.start("year")]):
                continue
            if not _valid(year, month, day):
                continue
            end_value = None
            end = m.end()
            if m["day2"]:
                day2 = int(m["day2"])
                if _valid(year, month, day2) and day2 > day:
                    end_value = PartialDate(year, month, day2)
                elif name == "month_day" and re.search(r"[^\W\d]", text[m.end("day"):m.start("day2")]):
                    end = m.end("day")  # "Nov. 5 a 15...": a word, not a span; keep the single date
                else:
                    continue
            add(m.start(), end, PartialDate(year, month, day), end_value)
    for m in matches("between_days"):
        month, day, day2 = months[m["month"]], int(m["day"]), int(m["day2"])
        year = int(m["year"]) if m["year"] else None
        if _valid(year, month, day) and _valid(year, month, day2) and day2 > day:
            add(m.start("day"), m.end(), PartialDate(year, month, day), PartialDate(year, month, day2))
    for m in matches("listed_days"):
        # "atacaron el depósito el 3 y el 5 de mayo": the first day, of the second's month
        # (the second found alone below); after a "between" word, between_days' span
        month, day, day2 = months[m["month"]], int(m["day"]), int(m["day2"])
        year = int(m["year"]) if m["year"] else None
        if (_valid(year, month, day) and _valid(year, month, day2) and day2 > day
                and not patterns["between_opener"].search(folded, max(0, m.start() - 20), m.start())):
            add(m.start("day"), m.end("day"), PartialDate(year, month, day))
    for m in matches("vi_listed_days"):
        # "các cuộc tấn công ngày 3 và 5/8": two days of the second's month (no "ngày" before
        # the second for the day forms below to find it)
        day, day2, month = int(m["day"]), int(m["day2"]), int(m["mnum"])
        year = int(m["year"]) if m["year"] else None
        if _valid(year, month, day) and _valid(year, month, day2) and day2 > day:
            add(m.start("day"), m.end("day"), PartialDate(year, month, day))
            add(m.start("day2"), m.end(), PartialDate(year, month, day2))
    for m in matches("vi_day_span"):
        day, day2, month = int(m["day"]), int(m["day2"]), int(m["mnum"])
        first_month = int(m["m1"]) if m["m1"] else month
        joiner = folded[m.end("m1") if m["m1"] else m.end("day"):m.start("day2")]
        if "ngay" not in folded[m.start():m.start("day")] and not re.fullmatch(r"\s*[-\u2013]\s*", joiner):
            continue  # "tăng từ 3 đến 4/5 số phiếu": from three to four fifths, no days
        if _valid(None, first_month, day) and _valid(None, month, day2) and (first_month, day) < (month, day2):
            add(m.start("day"), m.end(), PartialDate(None, first_month, day), PartialDate(None, month, day2))
    for m in matches("vi_month"):
        if text[m.start():m.start() + 5].lower() != "th\u00e1ng":  # "thắng" (to win) folds alike
            continue
        year = m["year"] or m["year2"] or m["year3"] or m["year4"] or m["year5"] or m["year6"]
        month = int(m["mnum"])
        if not 1 <= month <= 12:
            continue
        value = PartialDate(int(year) if year else None, month)
        end_value = None
        if m["mnum2"] and 1 <= int(m["mnum2"]) <= 12 and int(m["mnum2"]) != month:
            end_value = PartialDate(int(year) if year else None, int(m["mnum2"]))
            if m["year3"] and not (m["year"] or m["year2"]):
                value = PartialDate(int(m["year3"]) - (1 if month > int(m["mnum2"]) else 0), month)
        add(m.start(), m.end(), value, end_value)
    for name in ("vi_words", "day_slash_month", "vi_day_dash"):
        for m in matches(name):
            groups = m.groupdict()
            printed = {key: unicodedata.normalize("NFC", text[m.start(key):m.end(key)]).lower() for key in ("word", "pre") if groups.get(key)}
            if any(folded[m.start(key):m.end(key)] in _prefix_folds() and word not in _day_prefixes() for key, word in printed.items()):
                continue  # "mong 2 tháng 9" (to hope for two months ...), not "mồng 2 tháng 9" (2 September)
            if name in ("day_slash_month", "vi_day_dash") and not _slash_day_word(printed["word"], m["word"]) and \
                    printed["word"] not in _times_of_day() and printed["word"] not in _day_prefixes() and \
                    (name != "day_slash_month" or weekday_number(m["word"]) is None):
                continue  # "sang 2/3" (over to two thirds), not "sáng 2/3" (the morning of 2 March)
            if groups.get("day_y"):  # "4 tháng 7, 2019": the form without "ngày", its year printed
                if not _vi_bare_date_line(folded, m.start(), m.end()):
                    continue  # "chậm 3 tháng 6 năm 2019": a count of months in a sentence
                year, month, day = int(groups["year_y"]), int(groups["mnum_y"]), int(groups["day_y"])
            else:
                year = int(m["year"]) if groups.get("year") else None
                month, day = int(m["mnum"]), int(m["day"])
            if _valid(year, month, day):
                start = m.start("day") if name == "day_slash_month" or (name == "vi_day_dash" and m["word"] != "ngay") else m.start()
                add(start, m.end(), PartialDate(year, month, day))
    for m in (*matches("day_mon_year"), *matches("day_mon_glued")):
        year, month, day = int(m["year"]), months[m["month"]], int(m["day"])
        if _valid(year, month, day):
            add(m.start(), m.end(), PartialDate(year, month, day))
    for m in matches("day_month_alone"):
        a, b = int(m["a"]), int(m["b"])
        day, month = (b, a) if month_first and a <= 12 and b <= 31 else (a, b)
        if _valid(None, month, day):
            add(m.start("a"), m.end("b"), PartialDate(None, month, day))
    for m in matches("month_year"):
        if m["month"] in word_months:
            continue  # French "des 2000 soldats", "dès 2013": a word month needs its day ("4 Des 2019")
        add(m.start(), m.end(), PartialDate(int(m["year"]), months[m["month"]]))
    for m in (patterns["months_between"].finditer(folded) if month_printed else ()):
        first, last = months[m["month"]], months[m["month2"]]
        if first != last and m["month"] not in word_months and m["month2"] not in word_months:
            add(m.start("month"), m.end(), PartialDate(None, first), PartialDate(None, last))
    for m in (patterns["month_alone"].finditer(folded) if month_printed else ()):
        if m["month"] in word_months:  # "la fin des années 1990"
            continue
        if m["month"] in ambiguous and not _led_ambiguous_month(
                folded[m.start():m.start("month")], m["month"], text[m.start("month"):m.end("month")],
                folded[m.end("month"):m.end("month") + 20]):
            continue  # "this may take weeks": the verb; "since March" is the month
        add(m.start("month"), m.end(), PartialDate(None, months[m["month"]]))
    for m in matches("year"):
        if _counted_people(folded, m.start(), m.end()):
            continue  # "about 1900 men and women": a count, no year
        add(m.start(), m.end(), PartialDate(int(m["year"])), kind="year")
    for m in patterns["weekday"].finditer(folded):
        if " ".join(m["wd"].split()) in _ordinal_weekday_names() and (
                _ordinal_after_noun(text, m.start()) or _ordinal_day_of(text, m.start(), m.end())):
            continue  # "lần thứ hai": the second time, not Monday; "ngày thứ hai của": the second day
        add(m.start(), m.end(), PartialDate(None), kind="weekday")

    # Keep the longest mention where two overlap (a year inside a full date is not a second date).
    return tuple(longest_apart(found))


@lru_cache(maxsize=1)
def _ordinal_noun_pattern() -> re.Pattern | None:
    """A noun of reference dates.yaml "weekday_ordinal_nouns" ending the text before a
    weekday's name, a space between; None where the list is empty."""
    nouns = [unicodedata.normalize("NFC", n).lower() for words in (reference().date_words.get("weekday_ordinal_nouns") or {}).values()
             for n in words]
    return re.compile(r"(?<!\w)(?:" + alternation(nouns) + r")\s+$") if nouns else None


@lru_cache(maxsize=None)
def _ordinal_weekday_names() -> frozenset[str]:
    """The folded weekday names of reference dates.yaml "weekday_ordinal_names", which are
    ordinal numbers as well ("thu hai": Monday and "second")."""
    return frozenset(fold(name) for names in (reference().date_words.get("weekday_ordinal_names") or {}).values() for name in names)


def _ordinal_after_noun(text: str, start: int) -> bool:
    """Whether the Vietnamese weekday's name at start ("thứ hai") follows a noun it counts
    ("lần thứ hai", the second time; "năm thứ ba", the third year): an ordinal number, not a
    day (_ordinal_noun_pattern). text: the text as printed; start: where the name begins."""
    pattern = _ordinal_noun_pattern()
    return pattern is not None and pattern.search(unicodedata.normalize("NFC", text[max(0, start - 20):start]).lower()) is not None


@lru_cache(maxsize=1)
def _ordinal_day_patterns() -> tuple[re.Pattern, re.Pattern] | None:
    """(a day noun of reference dates.yaml "weekday_ordinal_day_nouns", "ngày", ending the
    text before a weekday's name; a word of "weekday_ordinal_day_followers" opening the text
    after it, no noun of "weekday_ordinal_day_weeks" right after that: "của tuần trước" keeps
    the weekday), lowercased NFC; None where a list is empty."""
    def words(table: str) -> list[str]:
        return [unicodedata.normalize("NFC", w).lower()
                for listed in (reference().date_words.get(table) or {}).values() for w in listed]
    nouns, followers = words("weekday_ordinal_day_nouns"), words("weekday_ordinal_day_followers")
    weeks = words("weekday_ordinal_day_weeks")
    if not nouns or not followers:
        return None
    week = r"(?!\s+(?:" + alternation(weeks) + r")(?!\w))" if weeks else ""
    return (re.compile(r"(?<!\w)(?:" + alternation(nouns) + r")\s+$"),
            re.compile(r"\s+(?:" + alternation(followers) + r")(?!\w)" + week))


def _ordinal_day_of(text: str, start: int, end: int) -> bool:
    """Whether the Vietnamese weekday's name from start to end ("thứ hai") counts a day: after
    "ngày" and before a word of dates.yaml "weekday_ordinal_day_followers" ("ngày thứ hai của
    chuyến thăm", the second day of the visit; "ngày thứ ba liên tiếp", the third day in a
    row), not Monday or Tuesday; a week after the follower keeps the weekday ("ngày thứ Hai
    của tuần trước", Monday of last week). text: the text as printed."""
    patterns = _ordinal_day_patterns()
    if patterns is None:
        return False
    before, after = patterns
    return (before.search(unicodedata.normalize("NFC", text[max(0, start - 10):start]).lower()) is not None
            and after.match(unicodedata.normalize("NFC", text[end:end + 20]).lower()) is not None)


@lru_cache(maxsize=None)
def _relative_pattern() -> tuple[re.Pattern, dict[str, int]]:
    table = {fold(word): offset for words in reference().date_words["relative_days"].values() for word, offset in words.items()}
    return re.compile(r"\b(?:" + alternation(table) + r")\b"), table


def _words_of(table: dict, language: str) -> list[str]:
    """The words a table of dates.yaml lists for a language ({language: [word, ...]}), or
    every language's when it lists none for that one (a text in a language the table lacks
    still meets words of the others)."""
    return list(table.get(language) or [w for words in table.values() for w in words or []])


@lru_cache(maxsize=None)
def _move_joiners(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The "from" words, "to" words and verbs of dates.yaml "weekday_move_joiners" of a
    language (all languages' when it has none), lowercased."""
    table = reference().date_words.get("weekday_move_joiners") or {}

    def words(side: str) -> frozenset[str]:
        return frozenset(_lower(w) for w in _words_of(table.get(side) or {}, language))
    return words("from"), words("to"), words("verbs")


# What ends a clause before a weekday: the verb of a move is looked for after it only.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|[.!?](?=\s|$)")


def moved_from_weekdays(text: str, language: str = "und") -> set[tuple[int, int]]:
    """The (start, end) offsets of the weekdays a happening was moved away from: a verb of
    dates.yaml "day_setting_verbs" or of "weekday_move_joiners" "verbs" before, then a "from" word, the weekday, a "to" word and
    another weekday (dates.yaml "weekday_move_joiners": "postponed from Wednesday to
    Thursday", "reportée de lundi à jeudi", "aplazada del lunes al jueves", "hoãn từ thứ Hai
    sang thứ Năm"), the verb in the clause of the "from" word (no comma, semicolon, colon,
    bracket, dash or sentence end between them: "The summit, planned in May, runs from Monday
    to Wednesday" moves nothing). The happening is on the second day; the first dates
    nothing. Empty set when the text moves none."""
    setting = _past_tense_words(language)[5]
    froms, tos, verbs = _move_joiners(language)
    weekdays = [d for d in find_dates(text) if d.kind == "weekday"]
    moved = set()
    for one, other in zip(weekdays, weekdays[1:]):
        gap = _lower(text[one.end:other.start]).split()
        before = _lower(_CLAUSE_BREAK.split(text[:one.start])[-1]).split()
        if (len(gap) == 1 and gap[0] in tos and before and before[-1] in froms
                and any(w.strip(",;:()\"") in verbs or setting is not None and setting.fullmatch(w.strip(",;:()\""))
                        for w in before[:-1])):
            moved.add((one.start, one.end))
    return moved


def relative_day(text: str, anchor: PartialDate | None, language: str = "und", near: int | None = None,
                 planned: bool = False) -> PartialDate | None:
    """A day named relative to the article's date ("on Tuesday", "yesterday", "hier"),
    resolved against that date, never against today; None without a day-precise anchor.
    A weekday in a clause about the future (future_tense: the text from the date named
    before it) is the next such day, else the last one (news reports the past). Of several
    days named, the one nearest the offset near (the event's word: "killed on Saturday, the
    mission said yesterday" is Saturday near "killed"), else the first word like "yesterday",
    else the first weekday. planned: the event the day dates is told as to come (its own verb
    in the future: "el martes, la ministra mantendrá un encuentro"), so a weekday without a
    past word beside it is the next one, wherever the future verb stands. A weekday with a
    day number that no such day within reach has ("el sábado 31") gives None, no plain weekday.
    A weekday a happening was moved from (moved_from_weekdays) dates nothing: the day it was
    moved to does. language: ISO 639-1 code of the text."""
    if anchor is None or not (anchor.year and anchor.month and anchor.day):
        return None
    folded = fold_same_length(text)
    pattern, table = _relative_pattern()
    words = list(pattern.finditer(folded))
    weekdays: list[tuple[DateMention, int]] = []  # each with where its clause starts
    clause_start = 0
    for mention in find_dates(text):
        if mention.kind == "weekday":
            weekdays.append((mention, clause_start))
        clause_start = mention.end
    moved = moved_from_weekdays(text, language)
    for index in reversed(range(len(weekdays) - 1)):
        if (weekdays[index][0].start, weekdays[index][0].end) in moved:
            # "moved from Wednesday to Thursday": Thursday, read in the clause of the move
            weekdays[index + 1] = (weekdays[index + 1][0], weekdays[index][1])
            del weekdays[index]
    if words and (near is None or not weekdays
                  or min(abs(m.start() - near) for m in words) <= min(abs(w[0].start - near) for w in weekdays)):
        word = min(words, key=lambda m: abs(m.start() - near)) if near is not None else words[0]
        return shift_days(anchor, table[word.group()])
    if not weekdays:
        return None
    mention, start = min(weekdays, key=lambda w: abs(w[0].start - near)) if near is not None else weekdays[0]
    before, after = text[start:mention.start], text[mention.end:mention.end + 25]
    past = _next_to_past_word(before, after, language)
    ahead = (planned or future_tense(before + " " + " ".join(after.split()[:1]), language) or scheduled(before, language)) and not past
    number = day_number_after(after)
    if number is not None:
        # "el sábado 24", "dimanche 24": the day of that number falling on that weekday; "el
        # sábado 31" with no Saturday the 31st within reach: no day rather than a wrong one
        return _numbered_weekday(weekday_number(mention.text), number, anchor, forward=ahead)
    week = weekday_week(text, mention.start, mention.end, language)
    if week is not None:
        # "on Tuesday last week", "mardi prochain": that weekday of the week named; "Tuesday of
        # the week before" counts from the day the text gives before it, else dates nothing
        base = date_given_before(text[:week[0]], None, anchor, language) if week[3] else anchor
        return _weekday_of_week(weekday_number(mention.text), base, week[2]) if base is not None else None
    resolved = resolve_weekday(weekday_number(mention.text), anchor, forward=ahead)
    if resolved == anchor and (past or _next_to_past_word(before, after, language, "next_markers")):
        # "last Friday" / "vendredi prochain" written on a Friday: a week before or after
        return shift_days(anchor, -7 if past else 7)
    return resolved


@lru_cache(maxsize=None)
def _weekday_week_gap(language: str) -> re.Pattern:
    """What may stand between a weekday and the week printed after it: spaces and maybe a
    joiner of dates.yaml "weekday_week_joiners" of the language (any non-exact language's
    when it has none), lowercased as the text it is matched against."""
    words = listed_word_forms(reference().date_words.get("weekday_week_joiners") or {}, language)
    return re.compile(r"\s+(?:(?:" + alternation(words) + r")\s+)?" if words else r"\s+")


def weekday_week(text: str, start: int, end: int, language: str = "und") -> tuple[int, int, int] | None:
    """The week a weekday printed at text[start:end] falls in, when the text names it beside
    the weekday: a week of dates.yaml "relative_periods" right after it (a joiner of
    "weekday_week_joiners" between, or none: "Tuesday last week", "mardi de la semaine
    dernière", "el martes de la semana pasada", "thứ Ba tuần trước"), or right before it with
    at most a comma and a word leading a date between ("last week on Tuesday"), or a word of
    "next_week_markers" beside it ("next Tuesday", "mardi prochain"). Returns (start, end,
    weeks, anaphoric): the offsets of the weekday with the words of its week, the week's offset
    (-1 the week before, 1 the week after), and whether it counts from a date the text gives
    (a phrase of "anaphoric_periods": "the week before", "la semaine précédente") rather than
    from the article's; None when no week is named beside it. language: ISO 639-1 code of the
    text."""
    pattern, table = _period_pattern(language)
    compared = _compared_words(text, language, same_length=True)
    if pattern is not None and len(compared) == len(text):
        gap = _weekday_week_gap(language).match(compared, end)
        after = pattern.match(compared, gap.end()) if gap else None
        if after is not None and table[after.group()][0] == "week":
            return start, after.end(), table[after.group()][1], after.group() in _period_phrases("anaphoric_periods", language)
        before = None
        for before in pattern.finditer(compared, max(0, start - 50), start):
            pass
        if (before is not None and table[before.group()][0] == "week"
                and _lead_gap(language).fullmatch(compared, before.end(), start) is not None):
            return before.start(), end, table[before.group()][1], before.group() in _period_phrases("anaphoric_periods", language)
    if _next_to_past_word(text[:start], text[end:], language, "next_week_markers"):
        return start, end, 1, False
    return None


def _weekday_of_week(weekday: int | None, anchor: PartialDate, weeks: int) -> PartialDate | None:
    """That weekday (0 = Monday) of the ISO week weeks before (negative) or after the week of
    a day-precise anchor; None for a less precise one."""
    if weekday is None or not (anchor.year and anchor.month and anchor.day):
        return None
    day = date(anchor.year, anchor.month, anchor.day)
    resolved = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks, days=weekday)
    return PartialDate(resolved.year, resolved.month, resolved.day)


@lru_cache(maxsize=None)
def _marker_pattern(section: str, language: str, endings: bool = True) -> re.Pattern | None:
    """Whole-word pattern of one dates.yaml word list for a language (all languages but the
    diacritic-sensitive ones when it has none), matching lowercased text with or without
    accents; with the language's future-tense endings for "future_markers"."""
    words_table = reference().date_words.get(section) or {}
    languages = listed_languages(words_table, language)
    forms = {form for lang in languages for w in words_table[lang] for form in (w.lower(), fold(w))}
    if language in EXACT_LANGUAGES:
        forms = {w.lower() for w in words_table.get(language) or ()}
    words = longest_first(forms)
    # a whole word; a clitic ("'ll") is glued to the word before it
    alternatives = [r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words if not w.startswith("'")) + ")"] if words else []
    alternatives += [re.escape(w) for w in words if w.startswith("'")]
    if endings and section == "future_markers" and (ending := (reference().date_words.get("future_tense_endings") or {}).get(language)):
        alternatives.append(r"(?<![\w'])(?:" + ending + ")")
    if not alternatives:
        return None
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?![\w'])")


@lru_cache(maxsize=1)
def _this_before_weekday() -> re.Pattern:
    """A word for "this" (dates.yaml "this_before_weekday", every language's: "this", "ce",
    "esta") and spaces, ending lowercased text, not after a letter or an apostrophe."""
    return re.compile(r"(?<![\w'])(?:" + _listed_words("this_before_weekday") + r")\s+$")


@lru_cache(maxsize=1)
def _day_month_link_gap() -> re.Pattern:
    """Spaces and commas, then a word joining a day or period to what follows (dates.yaml
    "day_month_links", every language's: "of", "de") and spaces maybe, on folded text."""
    return re.compile(r"[\s,]*(?:(?:" + _listed_words("day_month_links") + r")\s+)?")


def _lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower().replace("\u2019", "'")


def _compared_words(text: str, language: str, same_length: bool = False) -> str:
    """text in the form the date readers compare words in, a right single quote read as an
    apostrophe: lowercased with its diacritics (_lower) for an exact language
    (EXACT_LANGUAGES), else folded (its length may change; with same_length, by
    fold_same_length, it does not)."""
    if language in EXACT_LANGUAGES:
        return _lower(text)
    return (fold_same_length(text) if same_length else fold(text)).replace("\u2019", "'")


def future_tense(clause: str, language: str = "und") -> bool:
    """Whether a clause speaks of the future: a future marker ("will", "va", "está previsto",
    Vietnamese "sẽ") or a simple-future verb form of the language (dates.yaml
    "future_markers", "future_tense_endings")."""
    words = _marker_pattern("future_markers", language, endings=False)
    if words and words.search(_lower(clause)):
        return True
    # a verb ending is looked for in lowercase words only: a name is no verb ("Naqoura", not "-ura")
    ending = _future_ending(language)
    if ending is None:
        return False
    auxiliaries, present = _conditional_auxiliaries(language)
    words = unicodedata.normalize("NFC", clause).split()
    lowercase = " ".join(w for i, w in enumerate(words) if w[:1].islower() and not (
        w in auxiliaries and (i + 1 == len(words) or words[i + 1].strip(",.;:") not in present)))
    return bool(ending.search(lowercase))


@lru_cache(maxsize=None)
def _future_ending(language: str) -> re.Pattern | None:
    """A word of the simple future or the conditional of the language (dates.yaml
    "future_tense_endings"), compiled; None for a language without one. The word may carry an
    elided pronoun or conjunction glued by an apostrophe ("s'adressera", "l'accueillera", "lorsqu'arrivera"): the
    verb is the rest of it."""
    ending = (reference().date_words.get("future_tense_endings") or {}).get(language)
    return re.compile(r"(?<![\w'\u2019])(?:[^\W\d_]{1,6}['\u2019])?(?:" + ending + r")(?![\w'\u2019])") if ending else None


@lru_cache(maxsize=None)
def _conditional_auxiliaries(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The conditional forms of the auxiliary have in the language (dates.yaml
    "conditional_auxiliaries": "auraient", "habría"), lowercased, with and without a comma
    after them: with a participle they tell the past ("auraient dû rentrer", "habrían
    llegado"), so they are no future ending; and the words after which such a form is a
    present to come (dates.yaml "present_after_auxiliary": "aurait lieu")."""
    forms = [_lower(w) for w in (reference().date_words.get("conditional_auxiliaries") or {}).get(language, ())]
    present = (reference().date_words.get("present_after_auxiliary") or {}).get(language, ())
    return frozenset(forms + [f + "," for f in forms]), frozenset(present)


def deadline_before(before: str, language: str = "und") -> bool:
    """Whether the text before a date ends with a word that makes the date a deadline or the
    end of a span ("until", "jusqu'au", "hasta el", "trước ngày"; dates.yaml
    "deadline_markers"), maybe with an article after it ("by the", "avant le"). language:
    ISO 639-1 code of the text."""
    named = _deadline_named_pattern(language)
    if named is not None and named.search(_lower(before[-90:])):
        return True  # "whose deadline for withdrawal is December 31", "el plazo ... es el"
    pattern = _marker_pattern("deadline_markers", language)
    if pattern is None:
        return False
    tail = _lower(before[-40:])
    gap = _deadline_gap()
    return any(gap.fullmatch(tail, m.end()) for m in pattern.finditer(tail))


def done_by(sentence: str, start: int, end: int, language: str = "und") -> bool:
    """Whether the date at sentence[start:end], after a deadline marker (deadline_before), is
    the day a happening was done by rather than a deadline: a marker of dates.yaml
    "done_by_markers" ("by") right before it, and a pluperfect auxiliary of "done_by_perfect"
    ("had") in the clause that tells the happening, either the clause the marker closes ("had
    completed its withdrawal by the end of November": no clause break nor a word of
    "done_by_not_between", an infinitive's "to", between the auxiliary and the marker) or,
    when the marker and its date open the sentence ("By the end of November, the contingent
    had left"), the clause after its comma. Not when a word of "done_by_unmet" follows the
    auxiliary in that clause ("had planned its withdrawal by", "had hoped it would be complete
    by": a plan or a wish, the date what was aimed at), nor when the clause is a condition: a
    word of "done_by_conditions" before the auxiliary ("if the battalion had completed ... by"),
    or the auxiliary opening the sentence ("Had the battalion completed ... by November, ..."),
    nor when it tells a toll reached by the date: a figure or a word of "done_by_tallies" in it
    ("more than 300 peacekeepers had been killed by", "since the mission began"). The rulebook: a happening the text says was done by a date is dated by it; a deadline not
    yet met dates nothing. language: ISO 639-1 code."""
    table = reference().date_words
    markers = (table.get("done_by_markers") or {}).get(language) or ()
    perfect = {w.lower() for w in (table.get("done_by_perfect") or {}).get(language) or ()}
    not_between = {w.lower() for w in (table.get("done_by_not_between") or {}).get(language) or ()}
    unmet = {w.lower() for w in (table.get("done_by_unmet") or {}).get(language) or ()}
    conditions = {w.lower() for w in (table.get("done_by_conditions") or {}).get(language) or ()}
    tallies = {w.lower() for w in (table.get("done_by_tallies") or {}).get(language) or ()}
    if not markers or not perfect:
        return False
    before = _lower(sentence[:start])
    marker = re.compile(r"(?<![\w'])(?:" + alternation({m.lower() for m in markers}) + r")(?![\w'])")
    gap = _deadline_gap()
    found = next((m for m in marker.finditer(before[-40:]) if gap.fullmatch(before[-40:], m.end())), None)
    if found is None:
        return False
    at = len(before) - len(before[-40:]) + found.start()
    clause = re.split(r"[,;:()\u2013\u2014]", before[:at])[-1].split()
    if not before[:at].strip():
        # the marker opens the sentence: the clause after the date's comma tells what was done
        after = _lower(sentence[end:]).lstrip()
        if not after.startswith(","):
            return False
        clause = re.split(r"[,;:()\u2013\u2014]", after[1:])[0].split()
        last = max((i for i, w in enumerate(clause) if w in perfect), default=None)
        return last is not None and _done_by_clause(clause, last, unmet, conditions, tallies)
    last = max((i for i, w in enumerate(clause) if w in perfect), default=None)
    inverted = before.split()[:1] == [clause[last]] if last is not None else False  # "Had the battalion ..."
    return (last is not None and not inverted and not any(w in not_between for w in clause[last + 1:])
            and _done_by_clause(clause, last, unmet, conditions, tallies))


def _done_by_clause(clause: list[str], last: int, unmet: set[str], conditions: set[str], tallies: set[str]) -> bool:
    """Whether the clause's words (lowercased), whose pluperfect auxiliary is clause[last], tell a
    happening done rather than a plan or a wish (a word of unmet after the auxiliary: "had
    planned", "would"), a condition (a word of conditions before it: "if") or a toll reached by
    the date (a figure, or a word of tallies, anywhere in it: "more than 300 peacekeepers had
    been killed by", "since the mission began"); done_by's test."""
    return (not any(w.strip("'\"“”") in unmet for w in clause[last + 1:]) and not any(w in conditions for w in clause[:last])
            and not any(w.replace(",", "").replace(".", "").isdigit() or w in tallies for w in clause))


@lru_cache(maxsize=None)
def _deadline_named_pattern(language: str) -> re.Pattern | None:
    """A deadline named by its noun, ending a text: the noun, then at most six words and a
    copula (dates.yaml "deadline_nouns", "deadline_copulas", "deadline_gap_words"): "the
    deadline for withdrawal is", "la date limite du retrait est le", "el plazo para la retirada
    es el", "thời hạn rút quân là ngày"; or the noun set for a day by a preposition
    ("deadline_set_links"), with at most one word (an adjective: "thời hạn mới") or a
    complement of its own ("deadline_complements" and up to three words: "el nuevo límite de
    la misión para el") between, so that a clause told after the noun ("Vencido el plazo el
    Gobierno convocó elecciones para el") sets no deadline. No clause end between. None for a
    language listing none."""
    words = reference().date_words
    nouns = (words.get("deadline_nouns") or {}).get(language) or ()
    copulas = (words.get("deadline_copulas") or {}).get(language) or ()
    links = (words.get("deadline_set_links") or {}).get(language) or ()
    complements = (words.get("deadline_complements") or {}).get(language) or ()
    if not nouns or not (copulas or links):
        return None
    gap_words = {w for listed in (reference().date_words.get("deadline_gap_words") or {}).values() for w in listed}
    word = r"\s+[^\s,.;:]+"
    ends = []
    if copulas:
        ends.append(rf"(?:{word}){{0,6}}?\s+(?:" + alternation({_lower(w) for w in copulas}) + ")")
    if links:
        complement = (r"|\s+(?:" + alternation({_lower(w) for w in complements}) + rf")(?:{word}){{1,3}}") if complements else ""
        ends.append(rf"(?:(?:{word})?{complement})\s+(?:" + alternation({_lower(w) for w in links}) + ")")
    return re.compile(r"(?<![\w'])(?:" + alternation({_lower(w) for w in nouns}) + r")(?:" + "|".join(ends)
                      + r")\s+(?:(?:" + alternation({_lower(w) for w in gap_words}) + r")\s+)?$")


def deadline_word(text: str, language: str = "und") -> int | None:
    """Offset of the first word of the text that makes what follows a deadline or the end of
    a span (dates.yaml "deadline_markers": "until", "jusqu'au", "hasta"); None without one.
    language: ISO 639-1 code of the text."""
    pattern = _marker_pattern("deadline_markers", language)
    match = pattern.search(_lower(text)) if pattern else None
    return match.start() if match else None


@lru_cache(maxsize=None)
def _deadline_gap() -> re.Pattern:
    """What may stand between a deadline marker and its date: spaces, or a word or phrase of
    dates.yaml "deadline_gap_words" (an article, "ngày", "the end of"; any language's, with
    and without accents)."""
    words = {w for listed in (reference().date_words.get("deadline_gap_words") or {}).values() for w in listed}
    return re.compile(r"\s*(?:(?:" + alternation(words | {fold(w) for w in words}) + r")\s+)?")


def scheduled(before: str, language: str = "und") -> bool:
    """Whether the text before a weekday ends with a verb of a scheduled happening in the
    present (dates.yaml "scheduled_present": "The Council meets on", "se réunit", "se reúne
    el") and at most four words, no comma, after it: news writing puts what is planned for
    a named day in the present, so the day is the next one. language: ISO 639-1 code."""
    pattern = _marker_pattern("scheduled_present", language)
    if pattern is None:
        return False
    text = _lower(before)
    return any(re.fullmatch(r"(?:\s+[\w'\u2019]+){0,4}\s*", text[m.end():]) for m in pattern.finditer(text))


def _next_to_past_word(before: str, after: str, language: str, section: str = "past_markers") -> bool:
    """ "last Thursday", "jeudi dernier", "el pasado jueves": a past word just by the weekday
    (or a word of another dates.yaml section: "next_markers", "next Friday")."""
    pattern = _marker_pattern(section, language)
    words = [*_lower(before).split()[-1:], *_lower(after).split()[:1]]
    return bool(pattern and any(pattern.fullmatch(w.strip(",.;:")) for w in words))


_MARKER_SECTIONS = ("next_markers", "past_markers")


def with_day_markers(text: str, mention: DateMention, language: str = "und") -> tuple[int, int]:
    """The (start, end) of a weekday mention widened over the words by it that only place it
    in time (dates.yaml "next_markers", "past_markers"): "this coming Tuesday", "el próximo
    martes", "mardi prochain", "thứ Ba tới", "last Friday"; with "this", "este", "ce" before a
    marker before it; not a marker after it opening a period of its own ("Thursday next week":
    dates.yaml "relative_periods"). Other mentions, and weekdays with no marker by them, keep
    their own span. language: ISO 639-1 code of the text."""
    start, end = mention.start, mention.end
    if mention.kind != "weekday":
        return start, end
    patterns = [p for p in (_marker_pattern(section, language) for section in _MARKER_SECTIONS) if p is not None]
    before = re.search(r"(\S+)\s+$", text[:start])
    if before and any(p.fullmatch(_lower(before.group(1))) for p in patterns):
        start = before.start()
        this = _this_before_weekday().search(_lower(text[:start]))
        if this:
            start = this.start()
    after = re.match(r"\s+([^\s,.;:]+)", text[end:])
    # "mardi prochain", but not the "next" of "Thursday next week" (a period of its own)
    periods = (reference().date_words.get("relative_periods") or {}).get(language) or {}
    rest = _lower(text[end + (after.start(1) if after else 0):])
    if after and any(p.fullmatch(_lower(after.group(1))) for p in patterns) and not any(
            rest.startswith(_lower(phrase)) for phrase in periods):
        end += after.end()
    return start, end


def past_marked(text: str, mention: DateMention, language: str = "und") -> bool:
    """Whether a day and month printed without a year has a past word right beside it
    (dates.yaml "past_date_markers": "el pasado 27 de noviembre", "le 27 novembre dernier"):
    the last such day before the article's. language: ISO 639-1 code of the text."""
    if mention.value.year is not None or not mention.value.day:
        return False
    return _next_to_past_word(text[:mention.start], text[mention.end:], language, "past_date_markers")


@lru_cache(maxsize=None)
def _past_tense_words(language: str) -> tuple:
    """(past auxiliaries, words blocking them, past forms, pattern of a past verb ending,
    pattern of an infinitive or gerund, pattern of a verb setting a day to come, words
    making a present phrase after an auxiliary, participles of the auxiliaries) of a
    language, lowercased with accents kept (dates.yaml "past_tense_auxiliaries",
    "past_tense_blockers", "past_tense_forms", "past_tense_endings", "nonfinite_endings",
    "day_setting_verbs", "present_after_auxiliary", "auxiliary_participles"); empty for a
    language without them."""
    words = reference().date_words

    def listed(section: str) -> frozenset[str]:
        return frozenset(unicodedata.normalize("NFC", w.lower()) for w in (words.get(section) or {}).get(language) or ())

    def pattern(section: str) -> re.Pattern | None:
        ending = (words.get(section) or {}).get(language)
        return re.compile(ending) if ending else None
    return (listed("past_tense_auxiliaries"), listed("past_tense_blockers"), listed("past_tense_forms"),
            pattern("past_tense_endings"), pattern("nonfinite_endings"), pattern("day_setting_verbs"),
            listed("present_after_auxiliary"), listed("auxiliary_participles"))


# How many words before a verb's last word are searched for its past auxiliary ("ont été
# tués", "has since been deployed").
PAST_AUXILIARY_REACH = 3


def past_tense(before: str, verb: str, language: str = "und") -> bool:
    """Whether a verb is told in the past: verb is the verb's words as printed ("killed",
    "sont arrivés"), before the text of the sentence before it. Past when one of the
    PAST_AUXILIARY_REACH words before the verb's last word is a past auxiliary ("were
    killed", "ont été tués", "fueron asesinados", "đã thiệt mạng") with no blocking word
    nearer the verb ("has to meet", "a décidé de se rendre"), or when a word of the verb has
    a past form ("killed", "murieron", "met"); never when its last word is an infinitive or
    a gerund ("ha decidido viajar"), nor for a verb setting a day to come ("was
    postponed"). dates.yaml "past_tense_*", "nonfinite_endings" and "day_setting_verbs"
    lists of the language (none for a language without them: False). Says nothing of a
    future marker elsewhere in the clause: callers check future_tense first."""
    auxiliaries, blockers, forms, ending, nonfinite, setting, present_phrase, participles = _past_tense_words(language)
    verb_words = [w.strip(",;:()\"“”«»") for w in _lower(verb).split()]
    if not verb_words or nonfinite and nonfinite.fullmatch(verb_words[-1]):
        return False  # "ha decidido viajar"
    preceding = _lower(before).split() + verb_words[:-1]
    if verb_words[-1] in present_phrase:  # "a lieu" tells the present, "a eu lieu" the past
        return bool(preceding) and preceding[-1] in participles
    if setting and any(setting.fullmatch(w) for w in verb_words):
        return False  # "was postponed to 21 February": a day set, still to come
    for word in reversed(preceding[-PAST_AUXILIARY_REACH:]):
        word = word.strip(",;:()\"“”«»")
        # an elided word glued to the next: "d'être" (a blocker), "s'est" (an auxiliary)
        elided, _, glued = word.rpartition("'")
        if word in blockers or elided and elided + "'" in blockers:
            return False
        if word in auxiliaries or glued in auxiliaries:
            return True
    return any(w in forms or ending and ending.fullmatch(w) for w in verb_words)


def shift_days(anchor: PartialDate, days: int) -> PartialDate:
    """A day (PartialDate with its month and day) so many days later (earlier when days is
    negative). With its year unknown the day is counted in a leap year (29 February stands)
    and the year stays unknown. Raises TypeError on a date without its day."""
    day = date(2000 if anchor.year is None else anchor.year, anchor.month, anchor.day) + timedelta(days=days)
    return PartialDate(None if anchor.year is None else day.year, day.month, day.day)



def weekday_number(name: str) -> int | None:
    return _weekday_table().get(fold(name))


# How many days before the article's date a month told as to come may end and still be of
# the article's year: a page's date may be its last update's or a repost's, a day or a few
# after the announcement's ("will leave at the end of June" dated 2 July).
PLANNED_MONTH_GRACE_DAYS = 3


def _month_span_end(value: PartialDate, value_end: PartialDate | None, year: int) -> date:
    """The last day of a month printed without its year (value), or of the last month of a
    span of them (value_end: "end of June and early July"), read in the given year; a span's
    end month before its start month is in the next year."""
    month = value.month
    if value_end is not None and value_end.month and value_end.year is None:
        year, month = (year + 1, value_end.month) if value_end.month < value.month else (year, value_end.month)
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def resolve_year(mention: DateMention, anchor: PartialDate | None, forward: bool | None = None,
                 grace_days: int = 0) -> tuple[PartialDate, PartialDate | None]:
    """Give a date printed without its year the year that puts it nearest the anchor date;
    with forward=True (a planned event, "will leave on 3 January") the nearest on or after a
    day-precise anchor, with forward=False the nearest on or before it (or at most grace_days
    after it: an article's date may be a little late); a month printed alone ("in
    November") told in the past likewise against the anchor's month, one told as to come
    ("at the end of June") in the year that puts its last day, or that of the span it
    begins ("end of June and early July"), on or after the anchor's day (its month's first
    when it has none) less PLANNED_MONTH_GRACE_DAYS."""
    value, value_end = mention.value, mention.value_end
    if value.year is not None or anchor is None or anchor.year is None:
        return value, value_end
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(year, value.month, value.day):
            continue
        candidate = date(year, value.month, value.day or 15)
        reference_day = date(anchor.year, anchor.month or 7, anchor.day or 1 if anchor.month else 1)
        if forward is not None and anchor.day and value.day and (
                candidate < reference_day if forward else candidate > reference_day + timedelta(days=grace_days)):
            continue
        if forward and anchor.month and not value.day and value.month:
            if _month_span_end(value, value_end, year) + timedelta(days=PLANNED_MONTH_GRACE_DAYS) < date(
                    anchor.year, anchor.month, anchor.day or 1):
                continue  # a month to come: "at the end of June" ends on or after the article's date
        elif forward is False and anchor.month and not value.day and value.month and (
                (year, value.month) > (anchor.year, anchor.month)):
            continue  # a month alone: "in November" told in the past is the last November
        distance = abs((candidate - reference_day).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        return value, value_end
    year = best[1]
    end = value_end.with_year(year + (1 if value_end and value_end.month and value_end.month < value.month else 0)) if value_end else None
    return value.with_year(year), end


@lru_cache(maxsize=None)
def _period_pattern(language: str) -> tuple[re.Pattern | None, dict[str, tuple[str, int]]]:
    """Phrases of dates.yaml "relative_periods" of a language (all the non-exact ones when it
    has none), compared lowercased (with diacritics for an exact language, else folded)."""
    periods = reference().date_words.get("relative_periods") or {}
    exact = language in EXACT_LANGUAGES
    languages = listed_languages(periods, language)
    convert = reference_word_form(exact)
    table = {convert(phrase): (unit, int(offset)) for lang in languages for phrase, (unit, offset) in periods[lang].items()}
    if not table:
        return None, table
    return re.compile(r"(?<![\w'])(?:" + alternation(table) + r")(?![\w'])"), table



def relative_year_after(text: str, end: int, language: str = "und") -> bool:
    """Whether a year named relative to the article's (dates.yaml "relative_periods" of unit
    year: "last year", "l'année dernière", "del año pasado") follows offset end of the text
    right away, so that a month printed before it is that year's ("in December last year",
    "en décembre de l'année dernière"). language: ISO 639-1 code of the text."""
    pattern, table = _period_pattern(language)
    if pattern is None:
        return False
    after = text[end:end + 40]
    compared = _compared_words(after, language)
    gap = _day_month_link_gap().match(compared)
    match = pattern.match(compared, gap.end())
    return match is not None and table[match.group()][0] == "year"


@lru_cache(maxsize=1)
def _link_ending() -> re.Pattern:
    """A word joining a month to the year after it (dates.yaml "day_month_links", every
    language's: "of", "de") ending a folded text, with the space before it and spaces after."""
    return re.compile(r"\s(?:" + _listed_words("day_month_links") + r")\s*$")


def _month_start(text: str) -> int | None:
    """Offset of a month printed without its year that ends text (spaces after it allowed):
    a month name of dates.yaml "months" alone ("April", "avril", "abril"), or a date
    find_dates reads with its month and no year, with its day or without ("31 March", "31 de
    marzo", "ngày 31/3", "tháng 4"); None without one."""
    word = re.search(r"([^\W\d_]+)\s*$", text)
    if word is not None and fold(word.group(1)) in _month_table():
        # "by 31 March": the day printed before the month is the deadline's too
        dated = next((d for d in reversed(find_dates(text)) if d.end == word.end(1)), None)
        return dated.start if dated is not None and not dated.value.year else word.start(1)
    dated = next(reversed(find_dates(text)), None) if text.strip() else None
    if (dated is not None and not text[dated.end:].strip() and dated.value.month and not dated.value.year):
        return dated.start
    return None


@lru_cache(maxsize=2048)
def deadline_relative_years(text: str, language: str = "und") -> tuple[tuple[int, int], ...]:
    """Where the text names a year relative to the article's (dates.yaml "relative_periods"
    of unit year) right after a month, its day printed or not (_month_start), that a deadline
    marker leads (deadline_before: "by March next year", "by 31 March next year", "d'ici mars
    de l'année prochaine", "antes de marzo del próximo año", "trước tháng 3 năm sau"): (start, end) offsets of each such year phrase, a year after the
    article's only. That year is the deadline month's, and the rulebook has a deadline not yet
    met date nothing, so the year dates nothing either; a year before the article's ("completed
    its withdrawal by March last year") is a bound gone by, and a month a happening was done by
    (done_by) is no deadline. relative_period and relative_spans pass such a year over: it names
    no period of its own, neither the happening's as a bare year nor another day's of the
    sentence ("will close its office on 15 December, and ... by March next year": 15 December
    of the article's year). () where the compared form of the text does not keep its offsets.
    Remembered for the last texts asked for. language: ISO 639-1 code of the text."""
    pattern, table = _period_pattern(language)
    if pattern is None:
        return ()
    compared = _compared_words(text, language, same_length=True)
    if len(compared) != len(text):
        return ()
    spans = []
    for match in pattern.finditer(compared):
        unit, offset = table.get(match.group(), ("", 0))
        if unit != "year" or not isinstance(offset, int) or offset <= 0:
            continue  # "by March last year": a bound gone by, met or missed, no deadline to come
        before = compared[:match.start()]
        linked = _link_ending().search(before)
        head = text[:linked.start() if linked else len(before.rstrip())]
        month = _month_start(head)
        if month is None:
            continue
        if deadline_before(text[:month], language) and not done_by(text, month, len(head), language):
            spans.append(match.span())
    return tuple(spans)


@lru_cache(maxsize=None)
def _lead_gap(language: str) -> re.Pattern:
    """What may stand between a relative year and a day printed after it: a comma and a word
    leading a date (vocabulary "date_lead_words" of the language, any language's when it has
    none: "on", "le", "el", "vào ngày"), lowercased as the text it is matched against."""
    words = listed_word_forms(reference().vocabulary.get("date_lead_words") or {}, language)
    lead = r"(?:(?:" + spaced_alternation(words) + r")\s+)?" if words else ""
    return re.compile(r"[\s,]*" + lead)


def relative_year_before(text: str, start: int, language: str = "und") -> bool:
    """Whether a year named relative to the article's (dates.yaml "relative_periods" of unit
    year) stands right before offset start of the text, with at most a comma and a word
    leading a date between (_lead_gap), so that a day and month printed at start are that
    year's ("last year on August 13", "l'an dernier, le 13 août", "el año pasado, el 13 de
    agosto", "năm ngoái vào ngày 13/8"): the order of relative_year_after reversed.
    language: ISO 639-1 code of the text."""
    pattern, table = _period_pattern(language)
    if pattern is None:
        return False
    before = text[max(0, start - 50):start]
    compared = _compared_words(before, language)
    last = None
    for last in pattern.finditer(compared):
        pass
    return (last is not None and table[last.group()][0] == "year"
            and _lead_gap(language).fullmatch(compared, last.end()) is not None)


@lru_cache(maxsize=None)
def _count_before_pattern(language: str) -> re.Pattern | None:
    """A number word (vocabulary "number_words"; not digits: "ngày 5 tháng sau" is the 5th
    of next month) or a word of an uncounted quantity (dates.yaml "period_count_words")
    ending the text: "sáu" in "trong vòng sáu tháng tới" counts months, so "tháng tới" there
    is no "next month"; nor is "tháng sau" in "vài tháng sau đó", a few months later."""
    table = reference().vocabulary.get("number_words") or {}
    vague = reference().date_words.get("period_count_words") or {}
    words = listed_word_forms(table, language) | listed_word_forms(vague, language, languages_of=table)
    return re.compile(r"(?<![\w'])(?:" + spaced_alternation(words) + r")\s+$") if words else None


def _counted(compared: str, start: int, language: str) -> bool:
    """Whether a relative period at offset start of compared text follows a number word or a
    word of quantity (_count_before_pattern): a count of periods ("sáu tháng tới": the six
    months to come; "vài tháng sau đó": a few months later), not one period."""
    pattern = _count_before_pattern(language)
    return bool(pattern and pattern.search(compared[max(0, start - 20):start]))

def relative_period(text: str, anchor: PartialDate | None, language: str = "und",
                    planned: bool = False, previous: str | None = None) -> tuple[PartialDate, PartialDate | None] | None:
    """A week, month or year named relative to the article's date ("last week", "la semaine
    dernière", "el mes pasado", Vietnamese "tuần trước"), as its first and
    last day for a week (ISO weeks, Monday first) or a weekend (weekend: "this weekend", "ce
    week-end"), its month or its year otherwise; None
    without one or without an anchor precise enough (a day for a week, a month for a month).
    A phrase of dates.yaml "anaphoric_periods" ("the month before", "le mois précédent", "el
    mes anterior") counts instead from the date the text gives before it, else from the one
    the sentence before (previous) gives (date_given_before); None without either. One of
    "anaphoric_moments" ("at that time") is that date itself, as precise as it was given (a
    day, a month, a year, or a span: "from 2 to 5 May"), not only its year. When planned, a
    date given before without its year is read ahead of the anchor ("will leave on 30
    September. At that time, ..."), not back from it.
    A phrase of dates.yaml "planned_periods" ("later this week", "cuối năm nay") counts only
    when planned (the happening is told as to come). language: ISO 639-1 code of the text."""
    if anchor is None or anchor.year is None:
        return None
    pattern, table = _period_pattern(language)
    compared = _compared_words(text, language)
    planned_only = () if planned else _period_phrases("planned_periods", language)
    # "by March next year": the deadline month's year, no period (deadline_relative_years)
    deadlines = deadline_relative_years(text, language) if len(compared) == len(text) else ()
    match = next((m for m in pattern.finditer(compared) if not _counted(compared, m.start(), language)
                  and m.group() not in planned_only and m.span() not in deadlines), None) if pattern else None
    if match is None:
        return None
    unit, offset = table[match.group()]
    if match.group() in _period_phrases("anaphoric_periods", language):
        # "In June 2020 ... The month before": May 2020, not the month before the article's
        given = _span_given_before(text[:match.start()] if len(compared) == len(text) else "", previous, anchor,
                                   language, forward=planned)
        if given is None:
            return None
        if match.group() in _period_phrases("anaphoric_moments", language):
            return given  # "The convoy left on Monday. At that time, ...": that Monday (a span all of it)
        anchor = given[0]
    if unit == "week" and anchor.month and anchor.day:
        day = date(anchor.year, anchor.month, anchor.day)
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
        sunday = monday + timedelta(days=6)
        return PartialDate(monday.year, monday.month, monday.day), PartialDate(sunday.year, sunday.month, sunday.day)
    if unit == "weekend" and anchor.month and anchor.day:
        return weekend(date(anchor.year, anchor.month, anchor.day), offset, planned)
    if unit == "month" and anchor.month:
        index = anchor.year * 12 + anchor.month - 1 + offset
        return PartialDate(index // 12, index % 12 + 1), None
    if unit == "year":
        return PartialDate(anchor.year + offset), None
    return None


@lru_cache(maxsize=None)
def _period_phrases(section: str, language: str) -> frozenset[str]:
    """The phrases of a dates.yaml section that lists some of relative_periods' phrases by
    language ("anaphoric_periods": "the month before", counted from a date given before;
    "planned_periods": "later this week", a date only for a happening told as to come), of a
    language (all the non-exact ones when it has none), lowercased as _period_pattern compares
    them."""
    return frozenset(listed_word_forms(reference().date_words.get(section) or {}, language))


def names_anaphoric_period(text: str, language: str = "und") -> bool:
    """Whether the text names a period counted from a date it gives before (dates.yaml
    "anaphoric_periods": "the month before", "le mois précédent", "el mes anterior"), not a
    count of periods. language: ISO 639-1 code of the text."""
    pattern, _table = _period_pattern(language)
    if pattern is None:
        return False
    compared = _compared_words(text, language)
    phrases = _period_phrases("anaphoric_periods", language)
    return any(m.group() in phrases and not _counted(compared, m.start(), language) for m in pattern.finditer(compared))


def date_given_before(before: str, previous: str | None, anchor: PartialDate | None,
                      language: str = "und") -> PartialDate | None:
    """The date a text gives before a phrase that counts from it: the last date (a day, a month
    or a year) printed in before (the sentence up to the phrase), else a day it names relative
    to the article's (relative_day: "on Thursday"), else the same in previous (the sentence
    before); one printed without its year takes the year that puts it last on or before the
    anchor (resolve_year). None when neither gives one, or its year stays unknown. language:
    ISO 639-1 code of the text."""
    given = _span_given_before(before, previous, anchor, language)
    return given[0] if given else None


def _span_given_before(before: str, previous: str | None, anchor: PartialDate | None, language: str = "und",
                       forward: bool = False) -> tuple[PartialDate, PartialDate | None] | None:
    """date_given_before with the last day of the date when it is a span ("from 2 to 5 May":
    2 May and 5 May; None as the second for a single date); forward: a date printed without its
    year is read on or after the anchor (a happening told as to come), not on or before it."""
    for part in (before, previous or ""):
        mentions = [m for m in find_dates(part) if m.kind in ("date", "year")]
        if mentions:
            value, value_end = resolve_year(mentions[-1], anchor, forward=forward)
            return (value, value_end) if value.year is not None else None
        if part.strip() and (day := relative_day(part, anchor, language)) is not None:
            return day, None
    return None


def weekend(day: date, offset: int = 0, planned: bool = False) -> tuple[PartialDate, PartialDate]:
    """The Saturday and Sunday a weekend phrase names from an article of that day: offset 0
    ("this weekend", "over the weekend", "ce week-end", "este fin de semana") the last weekend
    begun on or before the article's day (a happening told as past); -1 ("last weekend") the
    last weekend ended before the article's day (on a Sunday, the one before the weekend under
    way); 1 ("next weekend") the first one begun after it. planned: the happening is told as
    to come, so offset 0 is the first weekend not yet over on the article's day."""
    saturday = day - timedelta(days=day.weekday()) + timedelta(days=5)  # the Saturday of its week
    if offset < 0 or offset == 0 and not planned and day.weekday() < 5:
        saturday -= timedelta(days=7)
    elif offset > 0 and day.weekday() >= 5:
        saturday += timedelta(days=7)
    sunday = saturday + timedelta(days=1)
    return PartialDate(saturday.year, saturday.month, saturday.day), PartialDate(sunday.year, sunday.month, sunday.day)


def relative_spans(text: str, language: str = "und") -> list[tuple[int, int]]:
    """Where the text names a date relative to the article's ("yesterday", "on Tuesday",
    "la semaine dernière", "hôm qua"): (start, end) offsets of each, in text order, for the
    words relative_day and relative_period read. language: ISO 639-1 code of the text.
    A new list at each call, from the spans remembered per text and language (the readers of
    events ask for a sentence's spans several times over)."""
    return list(_relative_spans(text, language))


@lru_cache(maxsize=2048)
def _relative_spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """relative_spans, as a tuple remembered for the last texts and languages asked for."""
    deadlines = deadline_relative_years(text, language)  # "by March next year": no period of its own
    spans = [m.span() for m in _relative_pattern()[0].finditer(fold_same_length(text))]
    # a weekday with its week ("Tuesday last week") is one span: the week alone names no day
    weekdays = [weekday_week(text, d.start, d.end, language) or (d.start, d.end) for d in find_dates(text) if d.kind == "weekday"]
    # a night across two weekdays ("dans la nuit de mercredi à jeudi") is one span of both
    # (one pass: a weekday taken into a night is not paired again with the one after it; the
    # text looked at starts after the weekday before the pair, so that a night told just
    # before, "nuit de lundi à mardi, a annoncé mardi ... mercredi", is not taken for this pair's)
    nights, at = [], 0
    while at < len(weekdays):
        first = weekdays[at]
        floor = max(0, first[0] - _NIGHT_WORD_REACH, weekdays[at - 1][1] if at else 0)
        if at + 1 < len(weekdays) and weekday_night_span(text[floor:weekdays[at + 1][1]], language) is not None:
            nights.append((first[0], weekdays[at + 1][1]))
            at += 2
        else:
            nights.append(first)
            at += 1
    weekdays = nights
    spans += [(lo, hi) for lo, hi, *_weeks in weekdays]
    spans += relative_night_spans(text)  # "overnight", "dans la nuit" alone
    pattern, _table = _period_pattern(language)
    if pattern is not None:
        compared = _compared_words(text, language, same_length=True)
        if len(compared) == len(text):
            spans += [m.span() for m in pattern.finditer(compared) if not _counted(compared, m.start(), language)
                      and not any(lo <= m.start() and m.end() <= hi for lo, hi, *_weeks in weekdays)]
    return tuple(sorted(set(spans) - set(deadlines)))


@lru_cache(maxsize=None)
def _night_joiners(language: str) -> re.Pattern | None:
    """The joiners of dates.yaml "weekday_night_joiners" of a language (all languages' when it
    has none), as a pattern of the whole gap between two weekdays; lowercased only, not
    folded, in a language whose accents tell words apart (reference.EXACT_LANGUAGES)."""
    words = _words_of(reference().date_words.get("weekday_night_joiners") or {}, language)
    if not words:
        return None
    form = _lower if language in EXACT_LANGUAGES else fold  # "sáng" (morning) is no "sang" (over to)
    return re.compile(r"\s+(?:" + "|".join(re.escape(form(w)) for w in sorted(words, key=len, reverse=True)) + r")\s+")


# How far before the first weekday of a night a word of the night is looked for, in characters.
_NIGHT_WORD_REACH = 40


@lru_cache(maxsize=None)
def _night_words(language: str) -> re.Pattern | None:
    """The words of dates.yaml "weekday_night_words" of a language (all languages' when it has
    none), as a pattern of the end of the text before a weekday: the word, then at most two
    words ("the night of ", "dans la nuit de ", "đêm ")."""
    words = _words_of(reference().date_words.get("weekday_night_words") or {}, language)
    if not words:
        return None
    form = _lower if language in EXACT_LANGUAGES else fold
    return re.compile(r"(?<!\w)(?:" + alternation({form(w) for w in words}) + r")(?:\s+[^\W\d]+){0,2}\s+$")


def weekday_night_span(text: str, language: str = "und") -> tuple[int, int] | None:
    """The two weekdays (0 = Monday) of a night told by the days it runs across: a word of the
    night (dates.yaml "weekday_night_words", at most two words before), a weekday, a joiner of
    dates.yaml "weekday_night_joiners" and the weekday right after it ("the night of Wednesday
    to Thursday", "la nuit de mercredi à jeudi", "la noche del miércoles al jueves", "đêm thứ
    Tư rạng sáng thứ Năm"); None when the text names no such pair: two days joined so without
    a night are a move or a span ("moved from Wednesday to Thursday", "reportée de mercredi à
    jeudi"). text: any text; the first such pair counts."""
    pattern, night = _night_joiners(language), _night_words(language)
    if pattern is None or night is None:
        return None
    folded = fold_same_length(text)
    exact = _lower(text) if language in EXACT_LANGUAGES else folded
    if len(exact) != len(text):
        exact = folded
    weekdays = [d for d in find_dates(text) if d.kind == "weekday"]
    for one, other in zip(weekdays, weekdays[1:]):
        a, b = weekday_number(one.text), weekday_number(other.text)
        if (a is not None and b is not None and b == (a + 1) % 7 and pattern.fullmatch(exact, one.end, other.start)
                and night.search(exact[max(0, one.start - _NIGHT_WORD_REACH):one.start])):
            return a, b
    return None


# How far after a word of the night a date makes the night that day's, in characters ("dans
# la nuit de jeudi", "in the night of 13 to 14").
_NIGHT_DAY_REACH = 12


@lru_cache(maxsize=None)
def _relative_night_pattern() -> re.Pattern | None:
    """The phrases of dates.yaml "relative_nights" of every language, folded, as one pattern."""
    words = [fold(w) for words in (reference().date_words.get("relative_nights") or {}).values() for w in words]
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)")


def relative_night_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names a night alone (dates.yaml "relative_nights": "overnight", "dans la
    nuit", "durante la noche"), with no date or weekday starting within a few characters
    after it ("dans la nuit de jeudi", "in the night of 13 to 14" are that day's night):
    (start, end) offsets, in text order, empty when none."""
    pattern = _relative_night_pattern()
    if pattern is None:
        return []
    folded = fold_same_length(text)
    spans = [m.span() for m in pattern.finditer(folded)]
    if not spans:
        return []
    dates = find_dates(text)
    return [(lo, hi) for lo, hi in spans if not any(hi <= d.start <= hi + _NIGHT_DAY_REACH for d in dates)]


def relative_night(text: str, anchor: PartialDate | None, planned: bool = False, previous: str | None = None,
                   language: str = "und") -> tuple[PartialDate, PartialDate] | None:
    """The night a text names alone (relative_night_spans: "overnight", "dans la nuit"), in an
    article whose day is known (anchor): the night before it, as the span of the day before
    and the article's day, the way a night told by its two days is one; None without such a
    word, without a day-precise anchor, for a happening told as to come (planned), or when
    the text before the word or the sentence before it (previous) gives a date
    (date_given_before: "On Tuesday, rebels attacked a post. Overnight, they burned a
    village" is Tuesday's night, not the article's)."""
    if planned or anchor is None or not (anchor.year and anchor.month and anchor.day):
        return None
    spans = relative_night_spans(text)
    if not spans or date_given_before(text[:spans[0][0]], previous, anchor, language) is not None:
        return None
    return shift_days(anchor, -1), anchor


@lru_cache(maxsize=None)
def _small_hours_pattern(language: str) -> re.Pattern | None:
    """The words of dates.yaml "small_hours_words" of a language (all languages' when it has
    none), folded, ending a text with at most two short words after them ("madrugada del ",
    "early hours of "): the text before a weekday whose small hours it names."""
    words = [fold(w) for w in _words_of(reference().date_words.get("small_hours_words") or {}, language)]
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?:\s+\w{1,4}){0,2}\s+$")


def small_hours_of(text: str, day: PartialDate, language: str = "und") -> bool:
    """Whether the text names the small hours of the weekday `day` falls on ("in the early
    hours of Tuesday", "en la madrugada del martes"; dates.yaml "small_hours_words"): a
    weekday of that day printed right after such words. day: a day-precise date."""
    pattern = _small_hours_pattern(language)
    if pattern is None or not day.day:
        return False
    weekday = date(day.year, day.month, day.day).weekday()
    folded = fold_same_length(text)
    return any(m.kind == "weekday" and weekday_number(m.text) == weekday
               and pattern.search(folded[max(0, m.start - _NIGHT_WORD_REACH):m.start])
               for m in find_dates(text))


@lru_cache(maxsize=None)
def _weekday_span_joiners(language: str) -> tuple[tuple[tuple[frozenset[str], frozenset[str]], ...], frozenset[str]]:
    """The openers and joiners of dates.yaml "day_span_joiners" of a language (all
    languages' when it has none), lowercased, in pairs that go together: (("from" words, "to"
    words), ("between" words, "and" words)), and the articles of "day_number_articles"."""
    table = reference().date_words.get("day_span_joiners") or {}

    def words(side: str) -> frozenset[str]:
        return frozenset(_lower(w) for w in _words_of(table.get(side) or {}, language))
    pairs = ((words("from"), words("to")), (words("between"), words("and")))
    return pairs, frozenset(_lower(w) for w in reference().date_words.get("day_number_articles") or ())


def _weekday_span_pairs(text: str, language: str) -> list[tuple[DateMention, DateMention]]:
    """The pairs of weekdays the text prints as a span (weekday_spans tells the rule), each as
    (first weekday's mention, second's), in text order; shared by weekday_spans and
    weekday_span_end."""
    pairs, articles = _weekday_span_joiners(language)
    weekdays = [d for d in find_dates(text) if d.kind == "weekday"]
    moved = moved_from_weekdays(text, language)
    found = []
    for one, other in zip(weekdays, weekdays[1:]):
        if (one.start, one.end) in moved or weekday_number(one.text) == weekday_number(other.text):
            continue
        gap = [w for w in _lower(text[one.end:other.start]).split() if w not in articles]
        before = [w for w in _lower(_CLAUSE_BREAK.split(text[:one.start])[-1]).split() if w not in articles]
        if len(gap) == 1 and before and any(gap[0] in tos and before[-1] in froms for froms, tos in pairs):
            found.append((one, other))
    return found


def weekday_spans(text: str, language: str = "und") -> list[tuple[int, int]]:
    """Where the text prints a span of two weekdays (dates.yaml "day_span_joiners", each
    weekday maybe with its article: "from Thursday to Sunday", "du jeudi au dimanche", "entre el
    jueves y el domingo", "từ thứ Năm đến Chủ nhật"): (start, end) of each, from the first
    weekday to the second; [] for none. The opener and the joiner go together ("from" … "to",
    "between" … "and": "del lunes y el jueves" is two days). A move ("aplazada del lunes al
    jueves") is none."""
    return [(one.start, other.end) for one, other in _weekday_span_pairs(text, language)]


def weekday_span_end(text: str, day: PartialDate, language: str = "und") -> PartialDate | None:
    """The last day of a span of weekdays that opens on day (a weekday the text prints,
    resolved by relative_day): a "from" word before the weekday, a "to" word after it and a
    second weekday, or "between" and "and" (dates.yaml "day_span_joiners", each maybe with
    its article: "from Thursday to Sunday", "du jeudi au dimanche", "entre el jueves y el
    domingo", "từ thứ Năm đến Chủ nhật"): the first such weekday after day. None when day is
    not such a first day, the opener and the joiner do not go together ("del lunes y el
    jueves": two days), or a happening was moved from it (moved_from_weekdays: "aplazada del
    lunes al jueves")."""
    if not (day.year and day.month and day.day):
        return None
    opened = date(day.year, day.month, day.day).weekday()
    for one, other in _weekday_span_pairs(text, language):
        first, last = weekday_number(one.text), weekday_number(other.text)
        if first == opened and last is not None:
            return shift_days(day, (last - first) % 7)
    return None


@lru_cache(maxsize=None)
def _bare_day_pattern(language: str) -> tuple[re.Pattern, tuple[str, ...]] | None:
    """The phrases of dates.yaml "bare_day_phrases" of a language around a day's number with
    no month ("el pasado día 29", "ngày 29 vừa qua"), lowercased as _lower gives a text, and
    the side of each ("past", "next", "either"): the day's number of phrase n in group
    "day<n>"; None where the language lists none."""
    table = (reference().date_words.get("bare_day_phrases") or {}).get(language) or {}
    # "el día 3 del viaje": a day counted in something else, no day of a month
    others = [_lower(w) for w in table.get("not_followed_by") or ()]
    unless = rf"(?!\s+(?:{'|'.join(map(re.escape, others))})(?!\w))" if others else ""
    shapes, sides = [], []
    for side in ("past", "next", "either"):
        for phrase in table.get(side) or ():
            lead, _, tail = _lower(phrase).partition("{day}")
            shapes.append(rf"(?<!\w){re.escape(lead)}(?P<day{len(sides)}>[0-3]?\d)(?![\d/.-]){re.escape(tail)}(?!\w){unless}")
            sides.append(side)
    return (re.compile("|".join(f"(?:{shape})" for shape in shapes)), tuple(sides)) if shapes else None


def bare_day(text: str, anchor: PartialDate | None, language: str = "und", planned: bool = False) -> PartialDate | None:
    """A day named by its number alone, its month the article's or the one next to it
    (dates.yaml "bare_day_phrases": "el pasado día 29", "el día 29", "ngày 29 vừa qua", "ngày
    5 tới"): the last such day up to the article's day, or the next one when the phrase or the
    happening (planned) looks ahead; None without a day-precise anchor, when the text prints
    no such phrase, or the number is no day of the months in reach; None too after a word of
    the language's "not_preceded_by" ("desde el día 1": a state's start). A "next" phrase
    ending on a word of "verb_before_name" before a capitalised name ("ngày 5 tới Hà Nội":
    "tới" the verb "go to") names the day alone, read as an "either" phrase is."""
    if anchor is None or not (anchor.year and anchor.month and anchor.day):
        return None
    phrases = _bare_day_pattern(language)
    lowered = _lower(text)
    match = phrases[0].search(lowered) if phrases is not None else None
    if match is None:
        return None
    shape, printed = next((n, value) for n, value in enumerate(match.groups()) if value is not None)
    number, side = int(printed), phrases[1][shape]
    table = (reference().date_words.get("bare_day_phrases") or {}).get(language) or {}
    # "desde el día 1": the start of a state that lasts, no happening's day
    before = lowered[max(0, match.start() - 20):match.start()]
    if any(re.search(rf"(?<!\w){re.escape(_lower(w))}\s*$", before) for w in table.get("not_preceded_by") or ()):
        return None
    # "bay ngày 5 tới Hà Nội": "tới" before a name is the verb "go to", not "coming"
    last_word = match.group(0).split()[-1] if match.group(0).split() else ""
    after = text[match.end():match.end() + 3].lstrip()
    if side == "next" and last_word in {_lower(w) for w in table.get("verb_before_name") or ()} and after[:1].isupper():
        side = "either"  # the day alone: the last one, or the next for a planned happening
    ahead = side == "next" or (side == "either" and planned)
    today = date(anchor.year, anchor.month, anchor.day)
    for months in (range(0, 3) if ahead else range(0, -3, -1)):
        index = anchor.year * 12 + anchor.month - 1 + months
        try:
            day = date(index // 12, index % 12 + 1, number)
        except ValueError:
            continue
        if (day >= today) if ahead else (day <= today):
            return PartialDate(day.year, day.month, day.day)
    return None


def month_of_relative_day(text: str, anchor: PartialDate, language: str = "und", near: int | None = None,
                          planned: bool = False) -> PartialDate | None:
    """The month of an article dated to its month only (anchor: year and month, no day) when
    text names a day relative to the article's date (relative_day: "on Friday", "yesterday",
    "hier", "este viernes", "hôm thứ Sáu"), else None: which day it is the text does not tell,
    but the rulebook dates such a happening by what the article's date gives ("a weekday in an
    article whose year is unknown gives only XXXX-05"), its month. The day is looked for
    against a day of that month (its 15th), so a day word is read as relative_day reads it."""
    if not (anchor.year and anchor.month) or anchor.day:
        return None
    proxy = PartialDate(anchor.year, anchor.month, 15)
    if relative_day(text, proxy, language, near=near, planned=planned) is None:
        return None
    return PartialDate(anchor.year, anchor.month)


def relative_span(text: str, anchor: PartialDate | None, language: str = "und", near: int | None = None,
                  planned: bool = False, previous: str | None = None) -> tuple[PartialDate, PartialDate | None] | None:
    """A date named relative to the article's date, as (start, end or None): a day
    (relative_day: "yesterday", "on Thursday", "este sábado"; planned as there), else a night
    told alone (relative_night: "overnight", "dans la nuit", "durante la madrugada": the day
    before and the article's day; the small hours of a weekday, small_hours_of: "en la
    madrugada del martes", the day before and that day), else a week,
    month or year (relative_period: "last week", "el mes pasado"; "the month before" from the
    date the text or the sentence before it, previous, gives); None if the text names none.
    In an article dated to its month only, a day named relative to its date ("on Friday",
    "yesterday", "este viernes") falls in that month as far as the text tells: the month
    (month_of_relative_day)."""
    if anchor is not None and anchor.year and anchor.month and not anchor.day:
        month = month_of_relative_day(text, anchor, language, near=near, planned=planned)
        if month is not None:
            return month, None
    day = relative_day(text, anchor, language, near=near, planned=planned)
    if day is not None:
        last = weekday_span_end(text, day, language)
        if last is not None:
            return day, last  # "del jueves al domingo": Thursday to Sunday
        night = weekday_night_span(text, language)
        if night is not None and day.day and date(day.year, day.month, day.day).weekday() in night:
            first = day if date(day.year, day.month, day.day).weekday() == night[0] else shift_days(day, -1)
            return first, shift_days(first, 1)
        if day.day and small_hours_of(text, day, language):
            return shift_days(day, -1), day  # "en la madrugada del martes": the night to Tuesday
        return day, None
    night = relative_night(text, anchor, planned=planned, previous=previous, language=language)
    if night is not None:
        return night
    day = bare_day(text, anchor, language, planned=planned)
    if day is not None:
        return day, None  # "el pasado día 29", "ngày 29 vừa qua"
    return relative_period(text, anchor, language, planned=planned, previous=previous)


def weekday_years(month: int, day: int, weekday: int, first_year: int, last_year: int) -> list[int]:
    """The years from first_year to last_year (both included) in which that day of that month
    falls on that weekday (0 = Monday): "Tuesday 14 March" is 2017 or 2023 between 2015 and
    2024. Proleptic Gregorian calendar (Python's datetime)."""
    years = []
    for year in range(first_year, last_year + 1):
        try:
            if date(year, month, day).weekday() == weekday:
                years.append(year)
        except ValueError:
            continue
    return years


@lru_cache(maxsize=None)
def _weekday_abbreviations() -> dict[str, int]:
    """Folded short weekday names (dates.yaml "weekday_abbreviations": "Fri", "ven", "vie"),
    0 = Monday: read only right beside a date (printed_weekday), never alone, where "sun",
    "sat" and "wed" are words."""
    table: dict[str, int] = {}
    for days in (reference().date_words.get("weekday_abbreviations") or {}).values():
        for number, names in enumerate(days):
            for name in ([names] if isinstance(names, str) else names):
                table.setdefault(fold(name), number)
    return table


def printed_weekday(text: str, mention: DateMention) -> int | None:
    """The weekday printed with a date ("Tuesday (14 March)", "le lundi 3 octobre", "martes,
    14 de marzo", "March 14, Tuesday", "Thứ Ba, ngày mồng 5/3"; its short name right before it, "Fri, 09/08/2017",
    dates.yaml "weekday_abbreviations"), 0 = Monday; None when none is printed right beside it."""
    before = fold_same_length(text[max(0, mention.start - 24):mention.start])
    after = fold_same_length(text[mention.end:mention.end + 14])
    name_before, name_after, short_before = _printed_weekday_patterns()
    match = name_before.search(before) or name_after.match(after)
    if match:
        return weekday_number(match.group(1))
    if short_before is not None and (match := short_before.search(before)):
        return _weekday_abbreviations()[match.group(1)]
    return None


@lru_cache(maxsize=None)
def _printed_weekday_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern | None]:
    """printed_weekday's patterns, on folded text, built once: a weekday's name ending the text
    before a date (maybe "le", "el", "ngày" between, and a Vietnamese day prefix after "ngày":
    "Thứ Ba, ngày mồng 5/3"; dates.yaml day_prefixes), one opening the text after it, and a
    short name ending the text before it (dates.yaml "weekday_abbreviations"; None when none
    is listed)."""
    names = alternation(_weekday_table())
    short = _weekday_abbreviations()
    return (re.compile(r"\b(" + names + r")\W{0,3}(?:" + _listed_words("weekday_date_articles") + r")?\W{0,3}(?:(?:" + _day_prefix_alternation() + r")\s+)?$"),
            re.compile(r"^\W{0,3}(" + names + r")\b"),
            re.compile(r"(?:^|[^\w.])(" + alternation(short) + r")\.?,?\s{0,2}$") if short else None)


# a day number right after a weekday ("sábado 24", "dimanche 24,", "Sunday 24th"), with no
# month after it (find_dates reads "sábado 24 de septiembre" as a full date); a full stop may
# end the sentence after it ("murieron el domingo 3."), but not open a decimal ("3.5")
@lru_cache(maxsize=None)
def _day_after_weekday() -> re.Pattern:
    """The day number right after a weekday's name (dates.yaml "before_day_number_words",
    "day_number_endings", "hour_markers"): group 1 the number; not a time, a share, a
    decimal or a part of a longer number or date."""
    table = reference().date_words
    before = alternation(set(table.get("before_day_number_words") or ()))
    endings = alternation(set(table.get("day_number_endings") or ()))
    hours = alternation(set(table.get("hour_markers") or ()))
    return re.compile(r"\s+(?:(?:" + before + r")\s+)?([0-3]?\d)(?:" + endings + r")?(?![\w/:-]|\.\d|\s*(?:(?:"
                      + hours + r")\b|%|,\d))", re.I)


@lru_cache(maxsize=None)
def _after_day_number() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Patterns read after the day number of "el sábado 24" (dates.yaml, any language's
    words): what may follow it (a stop, a bracket, the end, or a word of
    "after_day_number_words" opening the rest of the clause); a connective of
    "day_number_connectives" followed by a weekday's or a month's name (an article of
    "day_number_articles" between); and a number opening what follows (no time: "10h")."""
    table = reference().date_words
    articles = set(table.get("day_number_articles") or ())
    names = set(_weekday_table()) | set(_month_table())
    hours = alternation(set(table.get("hour_markers") or ()))
    follow = re.compile(r"\s*(?:([.,;:)\]\u2013\u2014-]|$)|(?:" + any_language_alternation(table, "after_day_number_words", folded=True)
                        + r")(?![\w']))", re.I)
    joined = re.compile(r"\s*(?:" + any_language_alternation(table, "day_number_connectives", folded=True) + r")\s+(?:(?:"
                        + alternation(articles) + r")\s+)?(?:" + alternation(names) + r")(?![\w'])", re.I)
    number = re.compile(r"\s*\d+(?!\s*(?:(?:" + hours + r")\b|(?:" + hours + r")\d|:\d))")
    return follow, joined, number


def _closes_day_number(after: str, end: int) -> bool:
    """Whether the text after a weekday's day number (from end) lets that number be a day
    (_after_day_number): a stop, a word opening the rest of the clause not followed by a
    number ("el sábado 3 a 1" is a score), or a connective joining another weekday or month."""
    follow, joined, number = _after_day_number()
    match = follow.match(after, end)
    if match is not None:
        return bool(match.group(1) is not None or not number.match(after, match.end()))
    return bool(joined.match(fold_same_length(after), end))


def day_number_after(after: str) -> int | None:
    """The day number printed right after a weekday's name (after: the text following the
    name; "sábado 24 en Lima" gives 24), read as a day only when a stop or a word that may
    follow a day comes next (_closes_day_number); None otherwise ("el sábado 5 soldados
    murieron": a count, not a day)."""
    match = _day_after_weekday().match(after)
    if match is None or not _closes_day_number(after, match.end()):
        return None
    return int(match.group(1))


WEEKDAY_DAY_REACH = 62  # days around the anchor within which "el sábado 24" is looked for (two months)


def weekday_with_day(weekday: int | None, after: str, anchor: PartialDate, forward: bool = False) -> PartialDate | None:
    """The day a weekday followed by a day number names ("el sábado 24", "dimanche 24",
    "Saturday 24th"; after: the text right after the weekday's name; the number followed by
    a stop, a preposition or a conjunction, _after_day_number): the last day on or
    before the anchor (or, forward, the first on or after it) within WEEKDAY_DAY_REACH days whose
    day of the month is that number and whose weekday is that weekday (0 = Monday); None
    without a number there, or when no such day lies within reach (a number that is no day)."""
    number = day_number_after(after)
    return None if number is None else _numbered_weekday(weekday, number, anchor, forward)


def _numbered_weekday(weekday: int | None, number: int, anchor: PartialDate, forward: bool) -> PartialDate | None:
    """weekday_with_day for a day number already read: from the nearest such weekday
    (resolve_weekday), a week at a time, while within WEEKDAY_DAY_REACH days."""
    nearest = None if weekday is None else resolve_weekday(weekday, anchor, forward)
    if nearest is None:
        return None
    day, start = date(nearest.year, nearest.month, nearest.day), date(anchor.year, anchor.month, anchor.day)
    step = timedelta(days=7 if forward else -7)
    while abs((day - start).days) <= WEEKDAY_DAY_REACH:
        if day.day == number:
            return PartialDate(day.year, day.month, day.day)
        day += step
    return None


def resolve_weekday(weekday: int, anchor: PartialDate, forward: bool = False) -> PartialDate | None:
    """The most recent such weekday on or before a day-precise anchor (news report the past),
    or with forward the next one on or after it (a clause about the future)."""
    if not (anchor.year and anchor.month and anchor.day):
        return None
    day = date(anchor.year, anchor.month, anchor.day)
    if forward:
        resolved = day + timedelta(days=(weekday - day.weekday()) % 7)
    else:
        resolved = day - timedelta(days=(day.weekday() - weekday) % 7)
    return PartialDate(resolved.year, resolved.month, resolved.day)
