"""Which value an article keeps when the collector, the page, the address and the text disagree, and what is kept beside it.

The order, per field (the collector's word outranks the tool's guess):

- date: collector, markup, a date printed in the text (explicit), the address, a date the
  text lets infer. A date printed in the text the day before the markup's is kept over it
  (the markup gives the time in UTC, the page prints the local day); so is an address's day,
  the day before the markup's, where the text prints none. An address that gives only the month (or the year: "/2017/slug") keeps the text's inferred day
  when it falls in that month (or year) (not a day taken only because the lead names it: an event's), and a day the text prints as its own without the year (a
  dateline's "7 oct") takes the year of an address that gives that year (and the same
  month, if any); a day the text only names (an event's) does not.
- source: collector, markup, the outlet of the address's domain, the text, the address's
  bare domain (an outlet the reference does not know); a bare domain the text gives (its
  e-mail addresses') comes after the address's. A site name in the markup that the
  sources reference does not know gives way to the outlet it knows by the address's domain,
  so one outlet has one name across the corpus. A news agency the text credits (a dateline's
  "(AP)", a sign-off "AFP") outranks the site's own name (markup, a scraper's site name, the
  address): the site printed the agency's dispatch (_dispatch_of_agency).
- title, authors, language, url: collector, markup, the text.

A date printed in the text that is another day than the one kept goes to `date_printed`,
an outlet the text names that is not the one kept goes to `source_printed`: both are listed
on the review page, never dropped.
"""
from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

from ..datevalue import parse_simple
from ..reference import reference
from .known import Known
from ..text import fold
from .sitename import name_key

DECLARED = ("collector", "markup")
SAID = {
    "collector": "the collector's metadata",
    "markup": "the page's markup",
    "address": "the page's address",
    "domain": "the page's address",
    "text": "the text",
}


def settle_date(text_date: tuple[str, str, str], known: Known) -> tuple[str, str, str, str]:
    """The article's date from the text's own (EDTF, basis, what it rests on) and the known
    values: (EDTF, basis, what it rests on, origin). A date declared by the collector or the
    page has the basis "explicit"; one read from the address, "inferred"."""
    date, basis, rests_on = text_date
    if declared := known.best("date", DECLARED):
        time = known.best("time", ("markup",))
        if (declared.origin == "markup" and basis == "explicit" and time and _utc_morning(str(time.value))
                and _day_before(date, str(declared.value))):
            # "2023-11-09T04:30:00Z" in the markup, "November 8, 2023 at 11:30 p.m." printed:
            # the markup's time in UTC falls on the next day; the page shows the local day
            return date, basis, f"{rests_on} (the markup's {time.value} is its time in UTC)", "text"
        address = known.best("date", ("address",))
        if (declared.origin == "markup" and not _printed(text_date) and time and _utc_morning(str(time.value))
                and address and _day_before(str(address.value), str(declared.value))):
            # "2020-02-25T02:25:00Z" in the markup, /2020/02/24/ in the address, no day printed
            # in the text: the site files the page under its local day, the day before
            return (str(address.value), "explicit",
                    f"{SAID['address']}: {address.rests_on} (the markup's {time.value} is its time in UTC)", "address")
        return str(declared.value), "explicit", f"{SAID[declared.origin]}: {declared.rests_on}", declared.origin
    if basis == "explicit" and date:
        return date, basis, rests_on, "text"
    if address := known.best("date", ("address",)):
        if basis == "inferred" and _within(date, str(address.value)) and not rests_on.startswith(LEAD_DAY):
            return date, basis, f"{rests_on}; in the {'year' if len(str(address.value)) == 4 else 'month'} the address gives ({address.rests_on})", "text"
        if _printed(text_date) and (dated := _year_of_address(date, str(address.value))):
            # "7 oct (EFE)" in the text, /2020/10/ in the address: 7 October 2020
            return dated, "inferred", f"{rests_on}; the year from the address ({address.rests_on})", "text"
        # Not printed for the article, read from where it was put online: inferred, and so
        # listed on the review page with what it rests on.
        return str(address.value), "inferred", f"{SAID['address']}: {address.rests_on}", "address"
    return date, basis, rests_on, "text"


# What the extractor says of a day it took only because the lead names it (an event's day,
# the latest the first paragraph names: extract._article_date): in the month an address
# gives, that month is kept, the day being the event's, not the page's.
LEAD_DAY = "the latest day the first paragraph names"
# A time in UTC ("2023-11-09T04:30:00+0000", "...Z"): its hour.
_UTC_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ](?P<hour>\d\d):\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)$")
# The hour in UTC before which a page's local day, west of Greenwich (UTC-12 at the
# farthest), may still be the day before.
UTC_MORNING_END = 12


def _utc_morning(time: str) -> bool:
    """Whether a time the markup declares (ISO 8601) is in UTC, with its offset written, and
    before UTC_MORNING_END o'clock: the only kind whose day may be the one after the page's
    local day. A time with another offset is the local one already; a date alone, or a time
    without an offset, says nothing of it."""
    match = _UTC_TIME.match(time.strip())
    return bool(match) and int(match["hour"]) < UTC_MORNING_END


def _day_before(printed: str, declared: str) -> bool:
    """The printed date (YYYY-MM-DD) is the day before the declared one: the page's local day
    of a time its markup gives in UTC, later than the local time (a page west of Greenwich
    put online in the evening)."""
    a, b = parse_simple(printed), parse_simple(declared)
    if not a or not b or not (a[0].year and a[0].day and b[0].year and b[0].day) or len(printed) != 10:
        return False
    try:
        return (datetime.date(b[0].year, b[0].month, b[0].day) - datetime.date(a[0].year, a[0].month, a[0].day)).days == 1
    except ValueError:
        return False


def _year_of_address(day: str, address: str) -> str | None:
    """A day the text prints without its year (XXXX-MM-DD) dated by the address's year, when
    the address gives that year alone or with the same month: "XXXX-10-07" and "2020-10" give
    "2020-10-07"; None otherwise."""
    if len(day) != 10 or not day.startswith("XXXX-") or not address[:4].isdigit():
        return None
    if len(address) == 4 or (len(address) == 7 and address[5:7] == day[5:7]):
        return address[:4] + day[4:]
    return None


def _within(date: str, period: str) -> bool:
    """A day (YYYY-MM-DD) inside a month (YYYY-MM), or a day or a month inside a year (YYYY),
    that an address gives."""
    return len(period) in (4, 7) and len(date) in (7, 10) and len(date) > len(period) and date.startswith(period + "-")


def _same_day(kept: str, printed: str) -> bool:
    """The printed date says the same as the kept one, at the coarser of their precisions; a
    day apart is the same day (time zones and the night desk: a dispatch dated the 8th is put
    online the 9th), also when the printed day has no year."""
    a, b = parse_simple(kept), parse_simple(printed)
    if not a or not b:
        return kept == printed
    x, y = a[0], b[0]
    if x.day and y.day and x.year:
        try:
            gap = abs((datetime.date(x.year, x.month, x.day) - datetime.date(y.year or x.year, y.month, y.day)).days)
        except ValueError:
            return False
        return gap <= 1 or (y.year is None and gap >= 364)
    return all(p is None or q is None or p == q for p, q in ((x.year, y.year), (x.month, y.month), (x.day, y.day)))


def same_day(kept: str, printed: str) -> bool:
    """Whether a printed date (EDTF, as normalize writes `date_printed`) says the same as the
    kept one (`date`), as normalize decides it (_same_day): at the coarser of their precisions,
    a day apart counting as the same day. Unreadable dates are the same only when equal."""
    return _same_day(str(kept or ""), str(printed or ""))


def same_outlet(kept, printed) -> bool:
    """Whether two outlet names are one outlet: the same entry of the sources reference (its
    names and aliases), or, for an outlet it does not know, the same name whatever its case."""
    return _outlet_key(kept) == _outlet_key(printed)


def _printed(text_date: tuple[str, str, str]) -> bool:
    """The text's date was printed (above the text or in its dateline), with or without its
    year, not inferred from what the text says."""
    date, basis, rests_on = text_date
    return bool(date) and (basis == "explicit" or rests_on.startswith(("printed", "dateline")))


# A web domain written alone ("example.com.ar"): what the text gives of an outlet it does
# not name (its e-mail addresses' domain).
_BARE_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)


def _outlet_key(name) -> str:
    row = reference().find_source(str(name or ""))
    return row["id"] if row else str(name or "").strip().casefold()


def _title_of_subdomain(name: str, known: Known) -> bool:
    """Whether a site name the page declares is a title the outlet of the address's domain
    publishes on a subdomain named after it ("Madame Example" on madame.example.fr, where
    the reference knows example.fr as "Example"): a word of the name spells the label the
    host adds to the outlet's domain, the name holds no company's legal form (vocabulary
    "corporate_forms") nor the outlet's own name ("Example Sport" on sport.example.fr is a
    section of Example). Labels of a site's editions (www, m, amp, a language code: vocabulary
    "edition_subdomains") name no title."""
    url = known.best("url")
    address = known.best("source", ("address",))
    if url is None or address is None:
        return False
    host = (urlsplit(str(url.value)).hostname or "").lower()
    labels = host.split(".")
    row = reference().source_of_domain(host)
    domains = [d for d in (row.get("domains") or []) if host.endswith("." + d)] if row else []
    if not domains:
        return False
    added = labels[:len(labels) - len(max(domains, key=len).split("."))]
    editions = reference().words("edition_subdomains")
    words = {name_key(word) for word in re.findall(r"[^\W_]+", name)}
    if re.search(rf"(?<!\w){re.escape(fold(row['name']))}(?!\w)", fold(name)):
        return False  # "Example Sport" on sport.example.fr: a section of the outlet
    if any(key in words and key not in editions and len(key) > 2 for key in map(name_key, added)):
        from ..extract import without_corporate_form  # (extract reads ingest.sitename)

        return not without_corporate_form(name)[1]
    return False


def _site_name(value) -> bool:
    """Whether a known source names the site the article was found on, not an outlet a person
    typed for it: the page's markup (og:site_name), a scraper's site name or host, the outlet
    of the address's domain. A collector's own metadata row (seeds/metadata.csv) names the
    source the researcher decided on."""
    return value.origin in ("markup", "address") or (value.origin == "collector" and value.rests_on.startswith("the scraper's"))


def _dispatch_of_agency(text_source: str, chosen, cited: bool) -> bool:
    """Whether the outlet the text credits as its own source is a news agency (kind "agency"
    in the sources reference: a dateline's "(AP)", a sign-off "AFP", "Theo TTXVN") that the
    site it was found on republished: the site's name (_site_name) is another outlet, not an
    agency itself. Such a story's source is the agency (as a careful reader credits a
    republished dispatch). An agency the running text cites ("told AFP", "(Yonhap)" closing a
    paragraph) is as good as printed (extract._cited_source); another outlet only cited (cited)
    is none.
    Source of the rule: saved pages and scraper records of sites printing agencies' dispatches."""
    if not text_source or cited or not _site_name(chosen):
        return False
    ref = reference()
    credited, site = ref.find_source(text_source), ref.find_source(str(chosen.value))
    return (credited is not None and credited.get("kind") == "agency"
            and (site is None or (site["id"] != credited["id"] and site.get("kind") != "agency")))


def settle(fields: dict, text_date: tuple[str, str, str], known: Known | None, source_cited: bool = False) -> dict:
    """The article's fields with what came with it applied, and the origin of each value.
    fields: the extractor's (title, title_basis, date, date_basis, date_source, source,
    language, authors, ...); text_date: the text's own date before any known one was applied
    (the extractor keeps it). Returns a new dict with, besides: url, url_origin, *_origin for
    date, source, title, authors and language (only where the value is not empty), and
    date_printed / source_printed where the text disagrees with the value kept.
    source_cited: the text's source is only an outlet its running text cites ("told the
    BBC"), not one the page prints as its own: the page's bare domain outranks it."""
    known = known or Known()
    out = dict(fields)
    date, basis, rests_on, origin = settle_date(text_date, known)
    out.update(date=date, date_basis=basis, date_source=rests_on, date_origin=origin if date else None)
    if origin != "text" and _printed(text_date) and not _same_day(date, text_date[0]):
        out["date_printed"] = text_date[0]

    text_source = fields.get("source") or ""
    chosen = known.best("source", (*DECLARED, "address"))
    if (chosen is not None and chosen.origin == "markup" and reference().find_source(str(chosen.value)) is None
            and not _title_of_subdomain(str(chosen.value), known)):
        # An outlet the reference knows by the page's domain keeps its one name: a site name
        # it does not know is the company's or a handle's ("Ediciones EL PAÍS S.L."), unless
        # it is a title of its own the outlet publishes on a subdomain.
        chosen = known.best("source", ("address",)) or chosen
    domain = known.best("source", ("domain",))
    if chosen is not None and _dispatch_of_agency(text_source, chosen, source_cited):
        # "(AP) —", "AFP" signing off, "Theo TTXVN" on a page whose markup, scraper or address
        # names the site: the site published the agency's dispatch, the story is the agency's
        out["source"], out["source_origin"] = text_source, "text"
    elif chosen is None and text_source and not (domain and (_BARE_DOMAIN.fullmatch(text_source) or source_cited)):
        out["source"], out["source_origin"] = text_source, "text"
    elif chosen is None and domain:
        # (a bare domain the text gives, an e-mail address's, or an outlet its running text
        # only cites, gives way to the page's own)
        out["source"], out["source_origin"] = str(domain.value), "domain"
        if text_source and text_source.casefold() != str(domain.value).casefold():
            out["source_printed"] = text_source
    elif chosen is not None:
        out["source"], out["source_origin"] = str(chosen.value), chosen.origin
        if text_source and _outlet_key(text_source) != _outlet_key(chosen.value):
            out["source_printed"] = text_source
    for name in ("title", "authors", "language"):
        declared = known.best(name, DECLARED)
        if declared is not None:
            out[name] = declared.value if name != "authors" else list(declared.value)
            out[f"{name}_origin"] = declared.origin
        elif fields.get(name) not in (None, "", [], "und"):
            out[f"{name}_origin"] = "text"
    if declared := known.best("title", DECLARED):
        out["title_basis"] = "printed"
        out["title"] = str(declared.value)
    url = known.best("url")
    out["url"], out["url_origin"] = (str(url.value), url.origin) if url else (None, None)
    return out
