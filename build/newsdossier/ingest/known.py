"""What came with an article besides its text (the collector's metadata, the page's markup, its address), each value with its origin."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field


from ..datevalue import PartialDate
from ..reference import reference
from ..text import fold
from .address import read_address, web_address

# Where a value came from, best first. collector: seeds/metadata.csv or the scraper's record;
# markup: the saved page's own metadata (<title>, og:*, article:published_time, <html lang>);
# address: the article's web address (an outlet known by its domain, a date in the path);
# domain: the address's registrable domain, the outlet not being in the sources reference;
# text: found in the article's text by the extractor.
ORIGINS = ("collector", "markup", "address", "domain", "text")

_ISO_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")
_AUTHOR_SEPARATORS = re.compile(r"\s*[;|]\s*|\s*,\s*")


@dataclass(frozen=True)
class Value:
    """One known value: value (str; a list of str for authors), origin (one of ORIGINS) and
    what it rests on, in words ("seeds/metadata.csv line 3", "article:published_time")."""

    value: object
    origin: str
    rests_on: str


@dataclass
class Known:
    """The candidate values of an article's url, date, source, title, authors and language
    that did not come from its text, best first per field. Dates are EDTF text (2016-01-11,
    2017-07); "time" is the markup's time of that date, ISO 8601 with its UTC offset
    ("2023-11-09T04:30:00+0000"), where the markup writes one. Built by the readers of each form (ingest.html, ingest.scraped,
    ingest.metadata); settled against the text's own values by ingest.precedence."""

    values: dict[str, list[Value]] = field(default_factory=dict)

    def add(self, name: str, value, origin: str, rests_on: str) -> None:
        """Add a candidate after those already known (so: add the better origins first).
        Empty values are ignored."""
        if value in (None, "", []):
            return
        self.values.setdefault(name, []).append(Value(value, origin, rests_on))

    def best(self, name: str, origins: tuple[str, ...] = ORIGINS) -> Value | None:
        """The first candidate of the field from one of these origins, or None."""
        return next((v for v in self.values.get(name, ()) if v.origin in origins), None)

    def with_address(self) -> "Known":
        """The same, plus what the best url says: its outlet (origin address) or registrable
        domain (origin domain), and the date in its path (origin address)."""
        url = self.best("url")
        address = read_address(str(url.value)) if url else None
        if address is None:
            return self
        if address.outlet:
            self.add("source", address.outlet, "address", f"the domain of {address.url}")
        elif address.domain and address.domain not in reference().words("publishing_platform_domains"):
            # (a publishing platform's domain is the platform's, not the blog's publisher)
            self.add("source", address.domain, "domain", f"the domain of {address.url} (an outlet the sources reference does not know)")
        if address.date:
            self.add("date", address.date.edtf(), "address", f"{address.date_text} in {address.url}")
        return self

    def settle_date(self, text_date: tuple[str, str, str]) -> tuple[str, str, str]:
        """The article's date (EDTF, basis, what it rests on) given the text's own: see
        ingest.precedence.settle_date, which also gives its origin."""
        from .precedence import settle_date

        return settle_date(text_date, self)[:3]


def date_value(text) -> PartialDate | None:
    """A date as a collector or a page writes it: ISO 8601 at day, month or year precision,
    with or without a time ("2016-01-11", "2017-07", "2017-08-14 10:32:00",
    "2021-03-09T08:15:00+00:00"), or a day spelled out in words that dateparser reads
    ("11 January 2016", "14 août 2017"). None when it is not a real date."""
    text = str(text or "").strip()
    if not text:
        return None
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(match[k]) if match[k] else None for k in ("y", "m", "d"))
        try:
            datetime.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return PartialDate(year, month, day)
    if text.replace("/", "").replace(".", "").replace("-", "").isdigit():
        return None  # 01/02/2016: day or month first? Not guessed
    import dateparser

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return PartialDate(parsed.year, parsed.month, parsed.day) if parsed else None


def language_code(value) -> str | None:
    """ISO 639-1 code of a language as written in metadata: "fr", "fr-FR", "fr_CA", "fra",
    "French", "français" (pycountry's ISO 639-3 table); None when unknown."""
    text = str(value or "").strip()
    if not text:
        return None
    import pycountry  # on first use: a seed that names its language

    primary = re.split(r"[-_]", text)[0].lower()
    if len(primary) == 2 and pycountry.languages.get(alpha_2=primary):
        return primary
    try:
        found = pycountry.languages.lookup(primary if len(primary) == 3 else text)
    except LookupError:
        return None
    return getattr(found, "alpha_2", None)


def author_names(value) -> list[str]:
    """Authors as a list: a list as given, or text separated by ';', '|' or ','. A person as
    a scraper copies schema.org's markup, an object with its "name" ({"@type": "Person",
    "name": "Jane Roe"}), alone or in the list, is that name; an item that is neither a name
    nor such an object (null, a number, an object without a name, an object of a type that is
    no person: {"@type": "Organization", "name": "..."}, the outlet or a body credited) is none.
    A name given twice in other letter cases ("Jane Roe" from a meta tag, "JANE ROE" from the
    byline a page prints in capitals) is one author, spelt as first given in mixed case where
    it is."""
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, (list, tuple)):
        names = [_person_name(v) for v in value]
    else:
        names = _AUTHOR_SEPARATORS.split(str(value or "").strip())
    spellings: dict[str, list[str]] = {}
    for name in names:
        if name:
            spellings.setdefault(fold(" ".join(name.split())), []).append(name)
    return [next((n for n in found if not n.isupper() and not n.islower()), found[0]) for found in spellings.values()]


def _person_name(item) -> str:
    """One item of a list of authors as its name ("" for none): a string, or an object's "name"
    where the object is a person (schema.org's "@type" Person, or no "@type"): an Organization's
    or a NewsMediaOrganization's name is the outlet's or a body's, no writer's."""
    if isinstance(item, dict):
        kind = item.get("@type")
        kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
        item = item.get("name") if kind is None or "Person" in kinds else None
    return item.strip() if isinstance(item, str) else ""


def outlet_name(value) -> str | None:
    """An outlet as the sources reference names it ("Xinhuanet" -> "Xinhua"), else as written;
    a bare domain ("fr.sputniknews.com", "example.ch/") is an address, not a name: None."""
    text = str(value or "").strip().rstrip("/")
    if not text:
        return None
    row = reference().find_source(text)
    if row:
        return row["name"]
    if re.fullmatch(r"[\w-]+(\.[\w-]+)+", text):
        row = reference().source_of_domain(text)
        return row["name"] if row else None
    return text


def host_of(value) -> str | None:
    """A domain written alone ("fr.sputniknews.com", "example.ch/" with the slash closing a
    host) as an address to read, or None."""
    text = str(value or "").strip().rstrip("/")
    if re.fullmatch(r"[\w-]+(\.[\w-]+)+", text):
        return web_address(f"https://{text}/")
    return None
