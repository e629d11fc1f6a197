"""Saved web pages (.html, .htm): the article's text and the page's own metadata, read by trafilatura and htmldate."""
from __future__ import annotations

import copy

import htmldate
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from ..seeds import SeedError
from .address import web_address
from .known import Known, author_names, date_value, host_of, language_code, outlet_name

# Elements that hold the page's address: left out when the markup's date is read, so a date
# that htmldate would take from the address is counted as the address's, not the markup's.
ADDRESS_ELEMENTS = '//link[@rel="canonical"]|//meta[@property="og:url"]|//meta[@name="og:url"]'


def read_page(raw: bytes, known: Known) -> str:
    """The article's text of a saved page (its title, a blank line, its paragraphs separated
    by blank lines), adding what the page's markup says to known (origin "markup"): url
    (canonical link or og:url), title, authors, date, site name, language (<html lang>).
    The bytes are decoded by the page's declared charset, else detected (trafilatura's
    load_html). Raises SeedError when the page holds no article text."""
    tree = load_html(raw)
    if tree is None:
        raise SeedError("not a web page that can be read (no HTML found)")
    document = bare_extraction(copy.deepcopy(tree), with_metadata=True, include_comments=False, include_tables=False)
    if document is None or not (document.text or "").strip():
        raise SeedError("a web page with no article text that trafilatura can find")
    title = (document.title or "").strip()
    known.add("url", web_address(document.url), "markup", "the page's canonical link or og:url")
    known.add("title", title, "markup", "the page's title")
    known.add("authors", author_names(document.author), "markup", "the page's author metadata")
    known.add("date", _markup_date(tree), "markup", "the page's date metadata (htmldate)")
    # trafilatura gives the host as site name when the page declares none: that is the
    # address's evidence (ingest.known.Known.with_address), not the markup's.
    sitename = None if host_of(document.sitename) else outlet_name(document.sitename)
    known.add("source", sitename, "markup", "the page's site name (og:site_name)")
    known.add("language", language_code(tree.get("lang")), "markup", "the page's lang attribute")
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(([title] if title else []) + lines) + "\n"


def _markup_date(tree) -> str | None:
    """The publication date the page's markup declares (htmldate, markup only: meta tags,
    <time>, JSON-LD; not the text, not the address), as EDTF, or None."""
    tree = copy.deepcopy(tree)
    for element in tree.xpath(ADDRESS_ELEMENTS):
        element.getparent().remove(element)
    found = htmldate.find_date(tree, extensive_search=False, original_date=True, url="")
    value = date_value(found) if found else None
    return value.edtf() if value else None
