"""Scraper output: a .json file holding one article (or a list), a .jsonl file holding one article per line, as trafilatura and news-please write them, or as a WordPress site's REST API gives its posts (read through wordpress_view)."""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

import lxml.html

from ..seeds import SeedError
from .address import read_address, web_address
from .known import Known, author_names, date_value, language_code, outlet_name
from .sitename import headline, is_site_author, site_keys, site_only

# The keys each scraper writes, in the order they are tried (trafilatura --json, news-please).
TEXT_KEYS = ("text", "maintext", "raw_text")
_KEYS_OF_TEXT = ", ".join(f"'{key}'" for key in TEXT_KEYS)  # as messages name them
TITLE_KEYS = ("title", "title_page", "title_rss")
URL_KEYS = ("url", "source")  # trafilatura writes the page's address under "source"
DATE_KEYS = ("date", "date_publish")
AUTHOR_KEYS = ("authors", "author")
# (a site's name as other scrapers write it: "site_name", "publisher", the latter maybe a
# schema.org object with its "name")
SOURCE_KEYS = ("sitename", "site_name", "publisher", "source-hostname", "source_domain", "hostname")


@dataclass(frozen=True)
class Record:
    """One scraped article: its record as parsed, and where it is in its file (line 1 for a
    .json file; its line for a .jsonl file)."""

    fields: dict
    line: int


def records_of_json(text: str) -> list[Record]:
    """The articles of a .json file: one object, or a list of them, or an object that is no
    article (no text key) holding them as the list under one of its keys, as a scraper's or a
    news API's export wraps them ({"status": "ok", "articles": [...]}; see _wrapped). Raises
    SeedError when it is not JSON or holds no object."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise SeedError(f"not JSON (line {error.lineno}: {error.msg})") from None
    if isinstance(value, dict) and (inner := _wrapped(value)) is not None:
        value = inner
    items = value if isinstance(value, list) else [value]
    records = [Record(wordpress_view(item), 1) for item in items if isinstance(item, dict)]
    if not records:
        raise SeedError(f"JSON without an article: expected an object with one of {_KEYS_OF_TEXT}")
    return records


def _wrapped(value: dict) -> list | None:
    """The list of articles an object that is no article wraps: with none of TEXT_KEYS, the
    one value of it that is a list of objects of which one has a text; None for an article, or
    for an object with no such list or with two (which is the articles' is not guessed)."""
    if any(key in value for key in TEXT_KEYS):
        return None
    lists = [item for item in value.values() if isinstance(item, list)
             and any(isinstance(entry, dict) and any(isinstance(entry.get(key), str) for key in TEXT_KEYS) for entry in item)]
    return lists[0] if len(lists) == 1 else None


def records_of_jsonl(text: str) -> tuple[list[Record], list[str]]:
    """The articles of a .jsonl file, one per non-blank line, and one line per line that is not
    a JSON object (the others are still read)."""
    records, problems = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON ({error.msg}), left out")
            continue
        if not isinstance(value, dict):
            problems.append(f"line {number}: not a JSON object, left out")
            continue
        records.append(Record(wordpress_view(value), number))
    return records, problems


# WordPress's REST API (developer.wordpress.org/rest-api/reference/posts/): a post's title,
# content and excerpt are objects whose "rendered" key holds their HTML; its address is "link";
# with ?_embed its writers are "_embedded" -> "author" (objects with a "name"); with the Yoast
# SEO plugin, "yoast_head_json" holds the page's og:site_name and author.
_RENDERED_KEYS = ("title", "content")
# The elements whose end ends a paragraph of a post's content (HTML's block elements).
_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li blockquote figcaption pre tr section article header footer".split())


def wordpress_view(fields: dict) -> dict:
    """A record as the keys above read it: a WordPress REST post ({"title": {"rendered": ...},
    "content": {"rendered": "<p>...</p>"}, "link": ..., "date": ..., "author": 3}) becomes
    {"title": the title's HTML, "text": the content as text (rendered_text; no "text" when it
    holds none, read_record then names the post's empty content), "url": its
    "link", "date", "authors": the names under "_embedded" / "author" (else Yoast's "author"),
    "site_name": Yoast's og_site_name}, with the record's other keys; any other record is
    returned as it is (the same object, so its fingerprint does not change)."""
    if not any(_rendered(fields.get(key)) is not None for key in _RENDERED_KEYS) or any(key in fields for key in TEXT_KEYS):
        return fields
    view = {key: value for key, value in fields.items() if key not in ("title", "excerpt", "author", "link")}
    if (title := _rendered(fields.get("title"))) is not None:
        view["title"] = title
    if (content := _rendered(fields.get("content"))) is not None and (text := rendered_text(content)):
        view["text"] = text  # (the "content" kept: read_record names a post whose content holds no text)
    if isinstance(fields.get("link"), str) and "url" not in fields:
        view["url"] = fields["link"]
    embedded = fields.get("_embedded") if isinstance(fields.get("_embedded"), dict) else {}
    yoast = fields.get("yoast_head_json") if isinstance(fields.get("yoast_head_json"), dict) else {}
    writers = [item for item in embedded.get("author") or [] if isinstance(item, dict) and isinstance(item.get("name"), str)]
    if writers:
        view["authors"] = [item["name"] for item in writers]
    elif isinstance(yoast.get("author"), str):
        view["authors"] = yoast["author"]
    if isinstance(yoast.get("og_site_name"), str) and not any(key in fields for key in SOURCE_KEYS):
        view["site_name"] = yoast["og_site_name"]
    return view


def _rendered(value) -> str | None:
    """The HTML of a WordPress field ({"rendered": "..."}), None for anything else."""
    return value["rendered"] if isinstance(value, dict) and isinstance(value.get("rendered"), str) else None


def rendered_text(fragment: str) -> str:
    """HTML of a post's body as text: one line per paragraph (each block element's end and each
    <br> end a line), character references read, scripts and styles left out, spaces made
    single; "" for a fragment with no text."""
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in list(root.iter("script", "style", "noscript")):
        element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _BLOCKS or element.tag == "br":
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def entry_key(record: Record) -> str | None:
    """What identifies the article inside its file, whatever line it is on: its address, else
    None (the caller then uses the hash of its text)."""
    return web_address(_first(record.fields, URL_KEYS))


def read_record(record: Record, known: Known, problems: list[str] | None = None) -> str:
    """The article's text (title, blank line, paragraphs separated by blank lines), adding the
    record's url, title, authors, date, outlet and language to known with the origin
    "collector" (the collector's own tool wrote them). A date or language the record gives
    that is none (a number, "03/12/2023", "Klingonese") is left out (the row's, the address's or the text's is read),
    with one line appended to problems, as metadata.csv's ("the scraper's 'date' 1702389780
    is not a date ...: left out, ..."). Raises SeedError without text."""
    fields = record.fields
    body = _first(fields, TEXT_KEYS)
    if (not isinstance(body, str) or not body.strip()) and _rendered(fields.get("content")) is not None:
        raise SeedError("a WordPress post whose content holds no text")
    if not isinstance(body, str) or not body.strip():
        keys = ", ".join(map(repr, list(fields)[:8])) + (", ..." if len(fields) > 8 else "")
        raise SeedError(f"a scraped record without text (none of {_KEYS_OF_TEXT}; its keys: {keys or 'none'})")
    url = web_address(_first(fields, URL_KEYS))
    # The scraper copies the page's metadata as it is: the site's name after the headline
    # ("Title | DW"), the outlet or "Anonymous" as the author.
    keys = site_keys(url, *(fields.get(k) for k in SOURCE_KEYS if isinstance(fields.get(k), str)))
    # (a title that is only the site's or a section's name is none: the next key's, else the text's first line)
    title = next((bare for key in TITLE_KEYS if isinstance(fields.get(key), str)
                  and not site_only(bare := headline(plain_title(fields[key]), keys), keys)), "")
    known.add("url", url, "collector", _said(fields, URL_KEYS))
    known.add("title", title, "collector", _said(fields, TITLE_KEYS))
    authors = _first(fields, AUTHOR_KEYS)
    authors = author_names(authors) if isinstance(authors, (str, list, dict)) else []
    known.add("authors", [name for name in authors if not is_site_author(name, keys)], "collector", _said(fields, AUTHOR_KEYS))
    written = _first(fields, DATE_KEYS)
    date = date_value(written)
    if written is not None and date is None and problems is not None:
        problems.append(f"{_said(fields, DATE_KEYS)} {written!r} is not a date (write it as 2016-01-11, 2016-01 or 2016, "
                        "or a day in words): left out, the date read from elsewhere")
    known.add("date", date.edtf() if date else None, "collector", _said(fields, DATE_KEYS))
    for key in SOURCE_KEYS:
        value = fields.get(key)
        if isinstance(value, dict):  # {"@type": "Organization", "name": "Example Times"}
            value = value.get("name") if isinstance(value.get("name"), str) else None
        if isinstance(value, str) and (name := outlet_name(value)):
            known.add("source", name, "collector", f"the scraper's '{key}'")
            break
    else:
        host = next((fields[k] for k in SOURCE_KEYS if isinstance(fields.get(k), str) and fields[k].strip()), None)
        if host and (address := read_address(f"https://{host.strip()}/")):
            known.add("source", address.domain, "domain", f"the scraper's domain {host.strip()} (an outlet the sources reference does not know)")
    language = language_code(fields.get("language"))
    if language is None and fields.get("language") not in (None, "") and problems is not None:
        problems.append(f"the scraper's 'language' {fields['language']!r} is not a language (write an ISO 639-1 code "
                        "such as en, fr, es, vi): left out, the language read from elsewhere")
    known.add("language", language, "collector", "the scraper's 'language'")
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(([title] if title else []) + lines) + "\n"


# A markup tag a scraper left in a title ("<b>", "</em>").
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def plain_title(title: str) -> str:
    """A scraper's title as the page prints it: its HTML character references read ("&amp;",
    "&#8217;" -> "&", "’"), the markup tags it kept taken out, its spaces made single."""
    return " ".join(_TAG.sub(" ", html.unescape(title)).split())


def _first(fields: dict, keys: tuple[str, ...]):
    return next((fields[k] for k in keys if fields.get(k) not in (None, "", [])), None)


def _said(fields: dict, keys: tuple[str, ...]) -> str:
    key = next((k for k in keys if fields.get(k) not in (None, "", [])), keys[0])
    return f"the scraper's '{key}'"
