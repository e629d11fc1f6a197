"""What an article's web address tells: the outlet (by its domain) and the date in its path, with its precision."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..datevalue import PartialDate
from ..reference import reference
from ..text import web_address  # noqa: F401  (one definition, used by check too)

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
EARLIEST_YEAR = 1990  # htmldate's default earliest date: the web before it printed no news


@dataclass(frozen=True)
class Address:
    """A web address as evidence. outlet: the reference name of the outlet whose domain it
    is, or None; domain: its registrable domain ("opex360.com"); date: the date in its path
    (day or month precision) or None, and date_text: the part of the path it was read from."""

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
    date, text = path_date(parts.path, today)
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


def path_date(path: str, today: datetime.date | None = None) -> tuple[PartialDate | None, str | None]:
    """The date a path gives and the part of it that gives it: ("/2016/01/11/x" -> 2016-01-11),
    ("/201708141032640196-x" -> 2017-08-14), ("/2022/1124/x" -> 2022-11-24), ("/2017/07/x" -> 2017-07), ("/title-20221228-0008.html"
    -> 2022-12-28, SLUG_DAY); (None, None) when
    none, or when the date is not a real one, before 1990 or after today."""
    today = today or datetime.date.today()
    from htmldate.extractors import COMPLETE_URL  # on first use: importing htmldate takes about 0.2 s of CPU

    for pattern in (COMPLETE_URL, RUN_TOGETHER_DAY, YEAR_THEN_MONTH_DAY, YEAR_AND_MONTH, SLUG_DAY):
        match = pattern.search(path)
        if not match:
            continue
        numbers = [int(g) for g in match.groups()]
        year, month, day = (numbers + [None])[:3]
        try:
            first_day = datetime.date(year, month, day or 1)
        except ValueError:
            continue
        if year < EARLIEST_YEAR or first_day > today:
            continue
        return PartialDate(year, month, day), match.group().strip("/-_.")
    return None, None
