"""What an article's web address tells: the outlet (by its domain) and the date in its path, with its precision."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from ..datevalue import PartialDate
from ..reference import reference
from ..text import alternation, web_address  # noqa: F401  (one definition, used by check too)

# Dates written in a path, tried in this order (htmldate's own COMPLETE_URL first: /2016/01/11/,
# /2016-01-11-). A run of digits that starts with YYYYMMDD and goes on (an article number,
# "/201708141032640196-") and a year with its month alone ("/2017/07/") are the forms
# htmldate leaves out; each must be a whole path segment or the start of one.
RUN_TOGETHER_DAY = re.compile(r"/((?:199\d|20[0-3]\d))(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d*(?:[-_/.]|$)")
# A year segment, then the month and day run together in the next one ("/2022/1124/", as
# some broadcasters' sites write them), the segment whole.
YEAR_THEN_MONTH_DAY = re.compile(r"/((?:199\d|20[0-3]\d))/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|$)")
YEAR_AND_MONTH = re.compile(r"/((?:199\d|20[0-3]\d))[/_-](0?[1-9]|1[0-2])(?:/|$)")
# A day run into the words of the path's last segment, after a hyphen or an underscore
# ("/News-title-20221228-0008.html", "/tieu-de-20181015174547670.htm"): the site's stamp,
# maybe with its time of day run on (hhmm, hhmmss and milliseconds), then the segment's end
# or another hyphen or a stop; never in a segment before the last (a folder of numbers).
SLUG_DAY = re.compile(r"[-_]((?:199\d|20[0-3]\d))(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4,9})?(?=[-_.]|$)(?!.*/)")
# The forms read after all those above (so that no address they date reads otherwise), each
# starting a part of the path or after a hyphen or an underscore in it, and ending it or
# followed by a hyphen, an underscore or a stop:
# - a day, a month and a year as numbers, run together or joined by one mark ("-25092024",
#   "/07-11-2019", "/03_05_2021"): read day first as dates.find_dates reads a numeric date,
#   month first where the address's outlet writes so, and a second number over 12 is the day;
NUMERIC_DAY_MONTH_YEAR = re.compile(r"(?:^|(?<=[-_/]))(\d{2})([-_.]?)(\d{2})\2((?:199\d|20[0-3]\d))(?=[-_./]|$)")
# - a year run into its month as a whole part of the path ("/201911/"): the month only.
YEAR_MONTH_RUN = re.compile(r"/((?:199\d|20[0-3]\d))(0[1-9]|1[0-2])(?:/|$)")
# - last, a year alone as a folder of the path, a word's segment after it ("/noticia/2017/slug",
#   "/news/2019/slug"): the year only, no month nor day.
LONE_YEAR = re.compile(r"/((?:199\d|20[0-3]\d))/(?=[^\W\d_])")
_ANY_YEAR = re.compile(r"(?:199\d|20[0-3]\d)")
EARLIEST_YEAR = 1990  # htmldate's default earliest date: the web before it printed no news


@dataclass(frozen=True)
class Address:
    """A web address as evidence. outlet: the reference name of the outlet whose domain it
    is, or None; domain: its registrable domain ("opex360.com"); date: the date in its path
    (day, month or year precision) or None, and date_text: the part of the path it was read from."""

    url: str
    domain: str | None
    outlet: str | None
    date: PartialDate | None
    date_text: str | None


def read_address(url: str, today: datetime.date | None = None) -> Address | None:
    """What the address says, or None when it is not a web address. The outlet comes from
    the sources reference (a host or any parent domain of it, build/newsdossier/reference/
    sources.yaml), else a peace operation a label of the host names below its registrable
    domain (_mission_of_host); the registrable domain from courlan.extract_domain (public-suffix aware,
    "news.bbc.co.uk" -> "bbc.co.uk"); the date from the path only (never the host or the
    query), not before 1990 nor after today."""
    url = web_address(url)
    if url is None:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    import courlan  # on first use: importing it (urllib3, tld) takes about 0.2 s

    domain = courlan.extract_domain(url) or host.removeprefix("www.")
    row = reference().source_of_domain(host)
    month_first = bool(row and row.get("country") in (reference().date_words.get("month_first_countries") or ()))
    date, text = path_date(parts.path, today, month_first)
    return Address(url, domain, row["name"] if row else _mission_of_host(host, domain), date, text)


def _mission_of_host(host: str, domain: str | None) -> str | None:
    """The acronym of the peace operation (missions.yaml, its English or French acronym, in
    capitals as the reference spells it) a label of the host names below the registrable
    domain: a mission's own site on its parent organisation's domain ("abcd.unmissions.org",
    "www.abcd.example.org") is the mission's page, not the parent's. None where no label is a
    mission's acronym."""
    if not domain or not host.endswith("." + domain):
        return None
    labels = host.removesuffix("." + domain).split(".")
    for mission in reference().missions.values():
        for acronym in (mission.acronym, mission.acronym_fr):
            if acronym.lower() in labels:
                return acronym
    return None


def path_date(path: str, today: datetime.date | None = None, month_first: bool = False) -> tuple[PartialDate | None, str | None]:
    """The date a path gives and the part of it that gives it: ("/2016/01/11/x" -> 2016-01-11),
    ("/201708141032640196-x" -> 2017-08-14), ("/2022/1124/x" -> 2022-11-24), ("/2017/07/x" -> 2017-07), ("/title-20221228-0008.html"
    -> 2022-12-28, SLUG_DAY); then, where none of these is in the path, the other orders:
    ("/title-25092024" -> 2024-09-25, NUMERIC_DAY_MONTH_YEAR, day first unless month_first: the
    outlet's country writes the month first, reference dates.yaml "month_first_countries"),
    ("/x-14-fevrier-2012", "/2011jun07/x", "/x-march-9-2020" -> a day with its month's name, in
    the month names of reference dates.yaml "months"), ("/201911/x" -> 2019-11, YEAR_MONTH_RUN); last, a year folder alone before a word's segment
    ("/noticia/2017/slug" -> 2017, LONE_YEAR: year precision).
    (None, None) when none, or when the date is not a real one, before 1990 or after today."""
    today = today or datetime.date.today()
    from htmldate.extractors import COMPLETE_URL  # on first use: importing htmldate takes about 0.2 s of CPU

    for pattern in (COMPLETE_URL, RUN_TOGETHER_DAY, YEAR_THEN_MONTH_DAY, YEAR_AND_MONTH, SLUG_DAY):
        match = pattern.search(path)
        if not match:
            continue
        numbers = [int(g) for g in match.groups()]
        year, month, day = (numbers + [None])[:3]
        if (found := _real_date(year, month, day, today)):
            return found, match.group().strip("/-_.")
    return _other_order_date(path, today, month_first)


def _real_date(year: int, month: int, day: int | None, today: datetime.date) -> PartialDate | None:
    """The date when it is a real one, not before 1990 nor after today; else None."""
    try:
        first_day = datetime.date(year, month, day or 1)
    except ValueError:
        return None
    if year < EARLIEST_YEAR or first_day > today:
        return None
    return PartialDate(year, month, day)


def _other_order_date(path: str, today: datetime.date, month_first: bool) -> tuple[PartialDate | None, str | None]:
    """path_date's forms in other orders than year first (see there), the first that gives a
    real date; (None, None) when none does."""
    if not _ANY_YEAR.search(path):
        return None, None  # every form has a year of four digits: most addresses end here
    for match in NUMERIC_DAY_MONTH_YEAR.finditer(path):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        day, month = (second, first) if (month_first and first <= 12) or second > 12 else (first, second)
        if (found := _real_date(year, month, day, today)):
            return found, match.group().strip("/-_.")
    from ..dates import _month_table
    from ..text import fold

    plain = unquote(path)
    folded = plain.lower() if plain.isascii() else fold(plain).lower()
    for match in _named_month_pattern().finditer(folded):
        day = int(match["day"] or match["day2"] or match["day3"])
        year = int(match["year"] or match["year2"] or match["year3"])
        month = _month_table()[match["month"] or match["month2"] or match["month3"]]
        if (found := _real_date(year, month, day, today)):
            return found, match.group().strip("/-_.")
    for match in YEAR_MONTH_RUN.finditer(path):
        if (found := _real_date(int(match[1]), int(match[2]), None, today)):
            return found, match.group().strip("/-_.")
    for match in LONE_YEAR.finditer(path):
        if int(match[1]) >= EARLIEST_YEAR and int(match[1]) <= today.year:
            return PartialDate(int(match[1])), match.group(1)
    return None, None


@lru_cache(maxsize=1)
def _named_month_pattern() -> re.Pattern:
    """A day with its month's name and a year in a folded path: day, month, year ("14-fevrier-2012");
    year, month, day, marks between or none ("2011jun07"); month, day, year ("march-9-2020").
    The month's name is any of reference dates.yaml "months" of three letters or more, folded."""
    from ..dates import _month_table

    names = alternation([n for n in _month_table() if len(n) >= 3 and n.isalpha()])
    year = r"(?:199\d|20[0-3]\d)"
    start, end = r"(?:^|(?<=[-_/]))", r"(?=[-_./]|$)"
    return re.compile(
        rf"{start}(?P<day>[0-3]?\d)[-_](?P<month>{names})[-_](?P<year>{year}){end}"
        rf"|{start}(?P<year2>{year})[-_]?(?P<month2>{names})[-_]?(?P<day2>[0-3]?\d){end}"
        rf"|{start}(?P<month3>{names})[-_](?P<day3>[0-3]?\d)[-_](?P<year3>{year}){end}")
