"""EDTF date values: build them, check them, sort them and show them at their precision."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

MONTH_NAMES = [calendar.month_name[i] for i in range(13)]
MONTH_ABBR = [calendar.month_abbr[i] for i in range(13)]

# The forms normalize writes: a day, a month or a year, the year possibly unknown (XXXX).
_SIMPLE = re.compile(r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or the year; the year itself may be unknown."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year" if self.year is not None else "unknown"

    def edtf(self) -> str:
        year = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"

    def with_year(self, year: int | None) -> "PartialDate":
        return PartialDate(year, self.month, self.day)


def edtf_of(start: PartialDate, end: PartialDate | None = None) -> str:
    """The EDTF text of a date or of a span of two dates."""
    if end is None or end == start:
        return start.edtf()
    return f"{start.edtf()}/{end.edtf()}"


@lru_cache(maxsize=4096)
def parse_simple(value: str) -> tuple[PartialDate, PartialDate] | None:
    """The two ends of the EDTF forms normalize writes, or None for anything else."""
    parts = value.split("/")
    if len(parts) > 2:
        return None
    ends = []
    for part in parts:
        match = _SIMPLE.fullmatch(part)
        if not match:
            return None
        year = None if match["y"] == "XXXX" else int(match["y"])
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] else None
        if month is not None and not 1 <= month <= 12:
            return None
        if day is not None:
            last = calendar.monthrange(year or 2000, month)[1]
            if not 1 <= day <= last:
                return None
        ends.append(PartialDate(year, month, day))
    return ends[0], ends[-1]


def _edtf():
    """edtf's parse_edtf and EDTFParseException, imported on first use: most dates are simple
    (parse_simple) and never reach it, and importing edtf (pyparsing, dateutil) took about a
    quarter of a second of a normalize with one seed changed."""
    from edtf import parse_edtf
    from edtf.parser.edtf_exceptions import EDTFParseException

    return parse_edtf, EDTFParseException


@lru_cache(maxsize=4096)
def validate(value: str) -> str | None:
    """None when the value is valid EDTF, else what is wrong with it."""
    if parse_simple(value):
        return None
    if all(_SIMPLE.fullmatch(part) for part in value.split("/")):
        return "not an EDTF date (no such month or day)"
    parse_edtf, EDTFParseException = _edtf()
    try:
        parse_edtf(value)
    except (EDTFParseException, ValueError, TypeError):
        return f"not an EDTF date ({_why_not_edtf(value)})"
    return None


# Plain-word reasons for a value no EDTF form reads, first match wins: (pattern, True when it
# must match the whole value, else anywhere in it, reason). The parser's own message ("Error at
# position 2: Invalid input or format near ...") names a character offset and echoes the value
# cut short, which tells a person editing data/ nothing they can act on.
_WHY_NOT_EDTF = (
    (re.compile(r"[^\W\d_]{2,}"), False, "written in words: EDTF writes a date in digits, year first"),
    (re.compile(r"\d{1,2}\D\d{1,2}\D\d{4}"), True, "the day or month comes first: EDTF writes the year first"),
    (re.compile(r"\d{4}\D?\d{1,2}\D?\d{1,2}"), True,
     "EDTF joins year, month and day with hyphens, month and day in two digits; a slash joins an interval's two ends"),
)


def _why_not_edtf(value: str) -> str:
    """What is wrong with a value no EDTF form reads, in words a person editing data/ can act
    on: the first reason of _WHY_NOT_EDTF whose pattern matches the value (spaces around it
    stripped), else that no EDTF form reads it. Never raises."""
    stripped = value.strip()
    for pattern, whole, reason in _WHY_NOT_EDTF:
        if (pattern.fullmatch if whole else pattern.search)(stripped):
            return reason
    return "no EDTF form reads it"


@lru_cache(maxsize=4096)
def sort_key(value: str | None) -> tuple:
    """Order dates by their earliest day; a date with no known year sorts last."""
    if not value:
        return (2, 0, 0, 0, "")
    simple = parse_simple(value)
    if simple:
        start = simple[0]
        if start.year is None:
            return (1, 0, start.month or 0, start.day or 0, value)
        return (0, start.year, start.month or 0, start.day or 0, value)
    parse_edtf, EDTFParseException = _edtf()
    try:
        lower = parse_edtf(value).lower_strict()
        return (0, lower.tm_year, lower.tm_mon, lower.tm_mday, value)
    except (EDTFParseException, ValueError, TypeError, AttributeError):
        return (2, 0, 0, 0, value)


def day_number(value: str | None) -> int | None:
    """A count of days for measuring how far apart two dates are (unknown parts count as 0);
    None when the year is unknown."""
    order, year, month, day, _ = sort_key(str(value) if value else None)
    return year * 372 + month * 31 + day if order == 0 else None


def ends_before(value: str | None, other: str | None) -> bool:
    """Whether every day of the EDTF date or span `value` comes before every day of `other`
    (both as normalize writes them: parse_simple). False when either is missing, unreadable
    or of unknown year: nothing is known to come first. A month or a year counts as its
    whole length ("2021-12" ends on 31 December)."""
    first, second = (parse_simple(value) if value else None), (parse_simple(other) if other else None)
    if first is None or second is None or first[1].year is None or second[0].year is None:
        return False
    end, start = first[1], second[0]
    last_month = end.month or 12
    last_day = end.day or calendar.monthrange(end.year, last_month)[1]
    return (end.year, last_month, last_day) < (start.year, start.month or 1, start.day or 1)


def year_of(value: str | None) -> int | None:
    simple = parse_simple(value) if value else None
    return simple[0].year if simple else None


def _show_one(date: PartialDate) -> str:
    year = str(date.year) if date.year is not None else "year unknown"
    if date.month is None:
        return year
    if date.day is None:
        return f"{MONTH_NAMES[date.month]} {year}" if date.year is not None else f"{MONTH_NAMES[date.month]} ({year})"
    if date.year is not None:
        return f"{date.day} {MONTH_NAMES[date.month]} {year}"
    return f"{date.day} {MONTH_NAMES[date.month]} ({year})"


@lru_cache(maxsize=4096)
def display(value: str | None) -> str:
    """A date as a reader sees it, at its precision: "7-8 December 2021", "February 2022"."""
    if not value:
        return "date unknown"
    simple = parse_simple(value)
    if not simple:
        return value
    start, end = simple
    if start == end:
        return _show_one(start)
    if start.year == end.year and start.month == end.month and start.day and end.day:
        tail = _show_one(end)
        return f"{start.day}\u2013{tail}"
    return f"{_show_one(start)} \u2013 {_show_one(end)}"
