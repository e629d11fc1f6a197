"""Saved web pages (.html, .htm): the article's text and the page's own metadata, read by trafilatura and htmldate."""
from __future__ import annotations

import copy
import json
import re
import unicodedata
from functools import lru_cache

import htmldate
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from ..dates import find_dates
from ..seeds import Decoded, SeedError, decode_seed
from ..segment import credit_line, is_date_line, publication_date_line, reads_as_outlet_name, update_stamp
from .address import web_address
from .known import Known, author_names, date_value, host_of, language_code, outlet_name
from .sitename import declared_site_name, headline, is_site_author, name_key, site_keys, site_only, title_bar_parts, without_tagline

# The elements that declare the page's address (its canonical link, og:url), each with the
# attribute holding it.
_ADDRESS_HOLDERS = (('link[@rel="canonical"]', "href"), ('meta[@property="og:url"]', "content"),
                    ('meta[@name="og:url"]', "content"))
# Elements that hold the page's address: left out when the markup's date is read, so a date
# that htmldate would take from the address is counted as the address's, not the markup's.
ADDRESS_ELEMENTS = "|".join(f"//{element}" for element, _attribute in _ADDRESS_HOLDERS)
# The page's address as its markup declares it.
ADDRESS_VALUES = "|".join(f"//{element}/@{attribute}" for element, attribute in _ADDRESS_HOLDERS)
# The page's frame around the article (HTML's <footer>, <nav>, <aside> and the ARIA landmarks
# of the same roles): the dates there are other stories' (a link to one with its <time>, a
# footer's "last updated"), left out when the markup's date is read; the page's <head>, its
# JSON-LD and the article's own <time> stay, in its own <footer> and <aside> too (a footer
# inside an <article> is that article's, HTML's rule: "Posted on <time>"; an aside inside
# one is related to it, HTML's rule for <aside>: "Filed <time>").
PAGE_FRAME_ELEMENTS = ("//body//footer[not(ancestor::article)]|//body//nav|//body//aside[not(ancestor::article)]"
                       "|//body//*[@role='contentinfo']"
                       "|//body//*[@role='navigation']|//body//*[@role='complementary']")
# The address a browser saved the page from, in the comment it writes at the page's top
# (the "mark of the web" of Internet Explorer and Chrome's "Webpage, HTML only": "<!-- saved
# from url=(0062)https://example.org/2021/05/04/story/ -->", the number its length).
SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(?P<url>[^\s>]+?)\s*-->", re.I)
# How far into the file that comment is looked for (it opens the file, before the doctype).
SAVED_FROM_REACH = 2048
# The site's name as the page declares it (the Open Graph protocol, ogp.me): trafilatura
# prefers a longer name from JSON-LD (a publisher's company: "Ediciones EL PAÍS S.L.").
SITE_NAME = '//meta[@property="og:site_name"]/@content|//meta[@name="og:site_name"]/@content'


# How far into a page its charset declaration is looked for: the HTML standard's prescan reads
# the first 1024 bytes ("Determining the character encoding", step "prescan a byte stream").
PRESCAN_BYTES = 1024
# The byte order marks, before any declaration (the HTML standard's encoding sniffing, step 1).
BYTE_ORDER_MARKS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.S)
_META = re.compile(rb"<meta[\s/][^>]*>?", re.I)
_ATTRIBUTE = re.compile(rb"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")
_CHARSET_IN_CONTENT = re.compile(rb"""charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))""", re.I)


def declared_charset(raw: bytes) -> str | None:
    """The encoding a saved page (its bytes) declares, as a Python codec name: its byte order
    mark, else the first <meta charset> or <meta http-equiv="Content-Type" content="...;
    charset=..."> of its first PRESCAN_BYTES bytes, comments skipped (the HTML standard's
    encoding sniffing without a transport layer: a saved page has no HTTP header), its label
    read as the WHATWG Encoding Standard reads it (_codec: vocabulary.yaml's table, else Python's codec of that
    name). None without a declaration, or with a label no codec knows."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return encoding
    head = _COMMENT.sub(b"", raw[:PRESCAN_BYTES])
    for tag in _META.finditer(head):
        attributes: dict[bytes, bytes] = {}
        for match in _ATTRIBUTE.finditer(tag.group()[5:]):
            attributes.setdefault(match[1].lower(), next((v for v in match.groups()[1:] if v is not None), b""))
        label = attributes.get(b"charset")
        if label is None and attributes.get(b"http-equiv", b"").strip().lower() == b"content-type":
            found = _CHARSET_IN_CONTENT.search(attributes.get(b"content", b""))
            label = next((v for v in found.groups() if v is not None), None) if found else None
        if label is not None:
            return _codec(label.decode("ascii", "replace").strip().lower())
    return None


def _codec(label: str) -> str | None:
    """The Python codec a charset label names, None for none. Labels the WHATWG Encoding
    Standard ("Encodings" table) reads as another encoding than Python's codec of that name
    come first (vocabulary.yaml "charset_label_codecs": a page declaring Latin-1 or ASCII is
    Windows-1252, Latin-5 Windows-1254; one declaring UTF-16 in its markup is UTF-8, the HTML
    standard's prescan); Python's codecs that are no character set of the web
    (vocabulary.yaml "charset_not_of_pages": "base64", "unicode_escape", "utf-7") give None."""
    import codecs

    overrides, not_of_pages = _charset_tables()
    if label in overrides:
        return overrides[label]
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("_", "-") in not_of_pages:
        return None
    return overrides.get(info.name.replace("_", "-"), info.name)


@lru_cache(maxsize=1)
def _charset_tables() -> tuple[dict[str, str], frozenset[str]]:
    """(label -> codec, codecs of no page) from vocabulary.yaml's "charset_label_codecs" (codec
    -> its labels) and "charset_not_of_pages"."""
    from ..reference import reference

    vocabulary = reference().vocabulary
    overrides = {str(label).lower(): str(codec) for codec, labels in (vocabulary.get("charset_label_codecs") or {}).items()
                 for label in labels}
    return overrides, frozenset(str(name).lower() for name in vocabulary.get("charset_not_of_pages") or [])


def _utf8_characters(raw: bytes) -> bool:
    """Whether the bytes are valid UTF-8 (with characters outside ASCII, the caller has seen):
    text in a single-byte encoding almost never is (seeds._utf8_with_bad_bytes says why)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# A leading XML declaration, which lxml does not accept on text already decoded.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_page(raw: bytes) -> Decoded:
    """A saved page's bytes as text, and how they were read (seeds.Decoded): by the encoding
    the page declares (declared_charset: its byte order mark, else its <meta> charset), else,
    without a declaration or where its bytes are not valid in the one declared (a page saved
    as Latin-1 under <meta charset="utf-8">), as a text seed is read (seeds.decode_seed: UTF-8,
    also with a few bad bytes, else an encoding guessed from the bytes, named in .encoding for
    a person to check). A page read in the charset it declares, whichever it is, is read as
    its markup says, with no note (nothing for a person to check); the note says how the page
    was read where its declaration was wrong, or absent and the bytes are not UTF-8. Raises
    SeedError when the bytes are no text in any encoding."""
    declared = declared_charset(raw)
    if declared not in (None, "utf-8") and not raw.isascii() and _utf8_characters(raw):
        declared = None  # UTF-8 under another declaration (re-saved, the <meta> kept): read as UTF-8
    if declared is not None:
        try:
            text = raw.decode("utf-8-sig" if declared == "utf-8" else declared)
        except (UnicodeError, LookupError):  # (a codec that reads no page: as a wrong declaration)
            decoded = decode_seed(raw)
            why = f"not valid in the charset it declares ({declared})"
            return Decoded(decoded.text, f"{why}; " + (decoded.note or "decoded as UTF-8"), decoded.encoding or "utf-8", decoded.bad_bytes)
        text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
        return Decoded(_XML_DECLARATION.sub("", text))  # as declared: nothing to tell
    decoded = decode_seed(raw)
    return Decoded(_XML_DECLARATION.sub("", decoded.text), decoded.note, decoded.encoding, decoded.bad_bytes)


def read_page(raw: bytes, known: Known, decoded: Decoded | None = None) -> str:
    """The article's text of a saved page (its title, a blank line, its paragraphs separated
    by blank lines), adding what the page's markup says to known (origin "markup"): url
    (canonical link or og:url, else the address a browser saved the page from: saved_from), title, authors, date, site name, language (<html lang>).
    The bytes are decoded by the page's declared charset (decode_page, unless decoded, its
    result, is given), and trafilatura reads the text. Raises SeedError when the page holds
    no article text, or its bytes are no text."""
    decoded = decoded or decode_page(raw)
    tree = load_html(decoded.text)
    if tree is None:
        raise SeedError("not a web page that can be read (no HTML found)")
    document = bare_extraction(copy.deepcopy(tree), with_metadata=True, include_comments=False, include_tables=False)
    if document is None or not (document.text or "").strip():
        raise SeedError("a web page with no article text that trafilatura can find")
    # (trafilatura finds no address on some pages that declare one: read from the markup then)
    url = web_address(document.url) or next((a for v in tree.xpath(ADDRESS_VALUES) if (a := web_address(str(v)))), None)
    # (a page without its own address keeps the one the browser saved it from)
    saved = None if url else saved_from(raw)
    url = url or saved
    address = known.best("url")
    address = str(address.value) if address else url
    og_site_name = next((str(v).strip() for v in tree.xpath(SITE_NAME) if str(v).strip()), None)
    if og_site_name:
        sitename = without_tagline(og_site_name, site_keys(address))  # "Name | Local news, weather"
    else:
        # Without og:site_name, trafilatura falls back on the host or a Twitter handle
        # ("@timesofisrael" -> "Timesofisrael"): the address's evidence, not the markup's.
        sitename = declared_site_name(document.sitename, site_keys(address))
    keys = site_keys(address, sitename, document.sitename)
    title = page_headline(tree, document.title, keys)
    known.add("url", url, "markup", "the address the browser saved the page from" if saved else "the page's canonical link or og:url")
    known.add("title", title, "markup", "the page's title")
    authors = [name for name in author_names(document.author) if not is_site_author(name, keys)]
    if authors:  # (a reader's name over a comment, a related story's writer: see credited_on_page)
        authors = [name for name in authors if credited_on_page(tree, name, document.text, title)]
    known.add("authors", authors, "markup", "the page's author metadata")
    # An outlet the page credits where a writer's name goes ("Theo TTXVN", "The Associated
    # Press"): the source's evidence, kept as the text's credit line where trafilatura left it out
    credits = [name for name in author_names(document.author) if credit_line(name)]
    date, time = _markup_date(tree)
    known.add("date", date, "markup", "the page's date metadata (htmldate)")
    known.add("time", time, "markup", "the page's date metadata (htmldate)")
    # A bare domain as site name is the address's evidence too (ingest.known.Known.with_address).
    sitename = None if host_of(sitename) else outlet_name(sitename)
    known.add("source", sitename, "markup", "the page's site name (og:site_name)")
    known.add("language", language_code(tree.get("lang")), "markup", "the page's lang attribute")
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    if lines and not any(publication_date_line(line) for line in lines) and (stamp := _header_date_line(tree, lines, title)):
        lines = [stamp, *lines]  # the date the page prints under its headline, left out of the text
    lines += [name for name in credits[:1] if lines and not any(name in line for line in lines)]
    if lines and (rights := _frame_copyright_line(tree, lines)):
        lines = [*lines, rights]  # the site's copyright line in the page's footer, left out of the text
    return "\n\n".join(([title] if title else []) + lines) + "\n"


# How many pieces of text after the page's headline are looked at for its date line.
HEADER_REACH = 12
# The pieces of text after each headline of the page, outside scripts and styles.
_AFTER_HEADLINE = ("following::text()[normalize-space()][not(ancestor::script or ancestor::style)]"
                   f"[position() <= {HEADER_REACH}]")


def saved_from(raw: bytes) -> str | None:
    """The address a browser saved the page from (bytes of the saved page): the "saved from
    url" comment at its top (SAVED_FROM), None without one or when it is no web address
    (a page saved from a local file: "about:internet")."""
    match = SAVED_FROM.search(raw[:SAVED_FROM_REACH])
    return web_address(match["url"].decode("utf-8", "replace")) if match else None


# How many lines a deck (a summary under the headline, set without a closing stop) may take at
# the top of a page's text, above the byline block trafilatura leaves out.
DECK_LINES = 2
# The marks that close a sentence of the article's text (a deck under the headline has none).
_SENTENCE_END = re.compile(r"[.!?…:;][\"'»”’)\]]*$")


def _header_date_line(tree, lines: list[str], title: str | None = None) -> str | None:
    """The date line the page prints in its header, between its headline (<h1>) and the
    article's text (lines: its lines, headline left out), where trafilatura left it out of the text
    ("Published May 3, 2021 10:00 AM" in a block of its own beside the byline), where the text
    prints no publication date line of its own: a line that is mostly a date with its year
    (segment.is_date_line), the first that is no update's stamp (segment.update_stamp: "Mis à
    jour le ..." over "Publié le ..."), else the first. The first <h1> holding text is the
    headline; on a page with none, the first <h2> or <h3> printing the page's headline (title),
    as older blog themes print it ("<h2 class="entry-title">"); None where the page has none,
    or prints no such line before the text begins. The text begins at its first line, or past
    a deck trafilatura kept (up to DECK_LINES opening lines without a sentence's closing stop,
    "Convoys now wait a week at the border", printed above the byline block)."""
    headline_element = _headline_element(tree, title)
    if headline_element is None:
        return None
    deck = []
    for line in lines[:DECK_LINES]:
        if _SENTENCE_END.search(line):
            break
        deck.append(line)
    first_line = lines[len(deck)] if len(deck) < len(lines) else lines[0]

    def begins(text: str, line: str) -> bool:
        return text.startswith(line) or line.startswith(text[:60])

    stamps = []
    for piece in headline_element.xpath(_AFTER_HEADLINE):
        line = " ".join(str(piece).split())
        if begins(first_line, line):
            break  # the text has begun
        if any(begins(top, line) for top in deck):
            continue  # the deck under the headline
        whole = _whole_line(piece)
        for line in dict.fromkeys((whole, line) if whole else (line,)):
            # ("Publié dans <a>Example Matin</a> le 16 - 11 - 2018": the line the link stands in)
            if is_date_line(line) and any(d.kind == "date" and d.has_year and d.value.day for d in find_dates(line)):
                stamps.append(line)
                break
        if stamps and not update_stamp(stamps[-1]):
            return stamps[-1]
    # ("Mis à jour le 06/04/2021 à 10:37" over "Publié le 05/04/2021 à 17:08": the publication's
    # line, where the header prints one after the update's stamp; the update's where it is alone)
    return stamps[0] if stamps else None


def _headline_element(tree, title: str | None = None):
    """The element printing the page's headline: its first <h1> holding text; on a page with
    none, the first <h2> or <h3> printing the page's headline (title), as older blog themes
    print it ("<h2 class="entry-title">"); None where the page has none."""
    headline_element = next((h for h in tree.iter("h1") if "".join(h.itertext()).strip()), None)
    if headline_element is None and title:
        wanted = " ".join(title.split())
        headline_element = next((h for h in tree.iter("h2", "h3") if " ".join("".join(h.itertext()).split()) == wanted), None)
    return headline_element


# How many pieces of text after the page's headline a writer's byline is looked for in (past
# the sharing buttons, the photo and its caption a page prints between its headline and byline).
BYLINE_REACH = 40
_BYLINE_AFTER_HEADLINE = ("following::text()[normalize-space()][not(ancestor::script or ancestor::style)]"
                          f"[position() <= {BYLINE_REACH}]")
# What a page declares about itself in its markup: its <head>'s meta values and title, its
# structured data (JSON-LD), wherever the page puts them.
_DECLARED_VALUES = ('//head//meta/@content|//head/title//text()'
                    '|//script[@type="application/ld+json"]//text()')


def credited_on_page(tree, name: str, text: str | None, title: str | None = None) -> bool:
    """Whether a writer's name that trafilatura read as the page's author (name) is one the
    page credits for the article: declared in its markup (a <meta> value of its <head>, its
    title, its JSON-LD), printed in its header (the BYLINE_REACH pieces of text after its
    headline, _headline_element) or in the article's text trafilatura read (text). trafilatura
    also takes an author from the page's body by its class names (an element "author",
    "byline", "username"), which on a whole saved page is often the name over a reader's
    comment ("Alcalino Hace 28 minutos"), a comment form's "Username" or a related story's
    writer: none of these stands in those places. Compared folded (text.fold: case,
    diacritics), as a whole word (text.has_whole_word, a hyphen joining: a reader "Ali" is not
    credited by "Mali", nor "Jane Roe" by "Jane Roe-Smith"). tree: the page's parsed markup."""
    from ..text import fold, has_whole_word

    key = fold(" ".join(name.split()))
    if not key:
        return False

    def names(line: str) -> bool:
        return has_whole_word(fold(" ".join(line.split())), key, "-")

    if names(text or ""):
        return True
    if any(names(str(value)) for value in tree.xpath(_DECLARED_VALUES)):
        return True
    headline_element = _headline_element(tree, title)
    if headline_element is None:
        return False
    lines = [line for line in (" ".join(line.split()) for line in (text or "").split("\n")) if line and line != title]
    first_line = lines[0] if lines else ""
    for piece in headline_element.xpath(_BYLINE_AFTER_HEADLINE):
        line = " ".join(str(piece).split())
        if first_line and (first_line.startswith(line) or line.startswith(first_line[:60])):
            return False  # the text has begun: what follows is the article's and the page's rest
        if names(line):
            return True
    return False


# Elements a line of text runs on through (a link, a stress, a time inside a sentence).
INLINE_ELEMENTS = frozenset({"a", "span", "time", "b", "strong", "em", "i", "abbr", "small", "font"})


def _whole_line(piece) -> str | None:
    """The text of the block a piece of text (an lxml text result) stands in, spaces folded,
    through the inline elements around it (INLINE_ELEMENTS): the line a reader sees, of which
    the piece may be only the part after a link. None where the block is longer than a line
    (FOOTER_LINE_REACH characters) or the piece has no element."""
    parent = piece.getparent() if hasattr(piece, "getparent") else None
    if parent is not None and getattr(piece, "is_tail", False) and not (isinstance(parent.tag, str) and parent.tag.lower() in INLINE_ELEMENTS):
        parent = parent.getparent()  # the text after a block stands in the block around it
    while parent is not None and isinstance(parent.tag, str) and parent.tag.lower() in INLINE_ELEMENTS:
        parent = parent.getparent()
    if parent is None:
        return None
    text = " ".join("".join(parent.itertext()).split())
    return text if text and len(text) <= FOOTER_LINE_REACH else None


# The page's footer outside its article (HTML's <footer>, the ARIA contentinfo landmark): where
# a site prints its copyright line ("© 2021 Le Journal. Tous droits réservés.").
PAGE_FOOTER_ELEMENTS = "//body//footer[not(ancestor::article)]|//body//*[@role='contentinfo']"
# How long a piece of a footer is read as one line at most (a copyright line is short).
FOOTER_LINE_REACH = 200


def _frame_copyright_line(tree, lines: list[str]) -> str | None:
    """The site's copyright line the page prints in its footer (PAGE_FOOTER_ELEMENTS), which
    trafilatura leaves out of the text with the rest of the page's frame: "© Le Journal 2021.
    Tous droits réservés." in a <footer> beside the legal links. It names the outlet that
    publishes the page as a copyright line of a text does (extract.copyright_holder), so the
    text keeps it, at its end. None where the text (lines) already holds a copyright line, or
    the footer has none: the shortest piece of the footer (an element's whole text, spaces
    folded) that is a copyright line naming a holder. The marks are vocabulary.yaml's
    copyright_marks."""
    from ..extract import copyright_holder  # (extract imports this package: read on first use)
    from ..reference import reference
    from ..text import fold

    marks = tuple(fold(mark) for mark in reference().words("copyright_marks"))
    if any(copyright_holder(line) for line in lines if any(mark in fold(line) for mark in marks)):
        return None  # the text prints its own
    found = None
    for footer in tree.xpath(PAGE_FOOTER_ELEMENTS):
        for element in footer.iter():
            if not isinstance(element.tag, str):
                continue  # a comment or processing instruction
            piece = " ".join("".join(element.itertext()).split())
            if not piece or len(piece) > FOOTER_LINE_REACH or not any(mark in fold(piece) for mark in marks):
                continue  # (the cheap test first: no mark, no copyright line)
            if copyright_holder(piece) and (found is None or len(piece) < len(found)):
                found = piece
    return found


def _markup_date(tree) -> tuple[str | None, str | None]:
    """The publication date the page's markup declares (htmldate, markup only: meta tags,
    <time>, JSON-LD; not the text, not the address, not the page's frame: PAGE_FRAME_ELEMENTS): (the date as EDTF, its time as ISO 8601
    with the UTC offset the markup writes, "2023-11-09T04:30:00+0000"; the time is None where
    the markup gives no offset, a date alone reading as midnight); (None, None) without one."""
    tree = copy.deepcopy(tree)
    for element in tree.xpath(f"{ADDRESS_ELEMENTS}|{PAGE_FRAME_ELEMENTS}"):
        if element.getparent() is not None:
            element.getparent().remove(element)
    _without_media_dates(tree)
    _without_modified_marks(tree)
    found = htmldate.find_date(tree, extensive_search=False, original_date=True, url="", outputformat=MARKUP_TIME)
    value = date_value(found) if found else None
    if not value:
        return None, None
    return value.edtf(), found if re.search(r"[+-]\d{4}$", found) else None


# schema.org types of a picture, a video or a sound in a page's JSON-LD: their dates are the
# file's (a photo put online the day before the story), not the article's.
MEDIA_TYPES = frozenset({"ImageObject", "VideoObject", "AudioObject", "MediaObject", "Photograph"})
MEDIA_DATE_KEYS = ("datePublished", "dateModified", "dateCreated", "uploadDate")


# Where a page's markup marks its publication's day and its last edit's (schema.org microdata,
# the Open Graph article tags): htmldate reads the first <time> it meets, the edit's included.
_PUBLISHED_MARKS = ('//*[@itemprop="datePublished"]|//meta[@property="article:published_time"]'
                    '|//meta[@name="article:published_time"]')
_MODIFIED_MARKS = ('//*[@itemprop="dateModified"]|//meta[@property="article:modified_time"]'
                   '|//meta[@name="article:modified_time"]|//meta[@property="og:updated_time"]')


def _without_modified_marks(tree) -> None:
    """Takes the elements the markup marks as the page's last edit (_MODIFIED_MARKS:
    itemprop="dateModified", article:modified_time) out of the page (a copy), in place, where
    the markup also marks the publication's day (_PUBLISHED_MARKS), so htmldate does not read
    the edit's day printed before it (<time itemprop="dateModified"> above <time
    itemprop="datePublished">, as a header prints "Updated ... Published ..."). An element
    holding a publication mark stays. A page marking only its last edit keeps it: htmldate's
    reading is left as it is."""
    if not tree.xpath(_PUBLISHED_MARKS):
        return
    for element in tree.xpath(_MODIFIED_MARKS):
        parent = element.getparent()
        if parent is not None and not element.xpath('.//*[@itemprop="datePublished"]'):
            parent.remove(element)


def _without_media_dates(tree) -> None:
    """Takes the dates of the pictures, videos and sounds (schema.org MEDIA_TYPES) out of the
    page's JSON-LD blocks, in place, so htmldate does not read a photo's upload day as the
    article's date. A block that is not JSON is left as it is."""
    def strip(value) -> bool:
        changed = False
        if isinstance(value, dict):
            kinds = value.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if MEDIA_TYPES.intersection(k for k in kinds if isinstance(k, str)):
                for key in MEDIA_DATE_KEYS:
                    changed = value.pop(key, None) is not None or changed
            for item in value.values():
                changed = strip(item) or changed
        elif isinstance(value, list):
            for item in value:
                changed = strip(item) or changed
        return changed

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        if not script.text or not any(kind in script.text for kind in MEDIA_TYPES):
            continue  # no media object named: nothing to take out
        try:
            value = json.loads(script.text)
        except ValueError:
            continue
        if strip(value):
            script.text = json.dumps(value)


# The form htmldate gives the markup's date in: with its time and UTC offset where known.
MARKUP_TIME = "%Y-%m-%dT%H:%M:%S%z"


# Where a page writes its headline besides the title trafilatura reads, in the order looked
# at when that title is only the site's name: the social cards' titles, the title bar, the
# first headings.
HEADLINE_HOLDERS = ('//meta[@property="og:title"]/@content|//meta[@name="og:title"]/@content',
                    '//meta[@name="twitter:title"]/@content|//meta[@property="twitter:title"]/@content',
                    "//head/title//text()", "//body//h1", "//body//h2")
# The fewest words of a headline read from another holder than trafilatura's title.
HOLDER_HEADLINE_WORDS = 3
# The most words of a kicker printed inside the <h1> before the headline the title bar prints.
KICKER_SPAN_WORDS = 3


def _printed_headlines(tree) -> list[str]:
    """The headline as the page's <h1> prints it (_headline_element): its whole text and its
    first piece of text (a headline whose <h1> also holds a comment count or a logo), spaces
    folded; [] without an <h1>."""
    element = _headline_element(tree)
    if element is None:
        return []
    pieces = [" ".join(str(piece).split()) for piece in element.xpath(".//text()")]
    return list(dict.fromkeys(text for text in (" ".join(" ".join(pieces).split()), next((p for p in pieces if p), "")) if text))


def _without_bar_tail(found: str, printed: list[str], whole: str | None = None) -> str:
    """A title (found) without the parts its title bar adds after the headline the page prints
    elsewhere ("Headline | Jane Roe", "Headline - Jane Roe and John Doe", "Headline » Local »
    News » Example Courier": the writers, the sections, a site name the site keys do not know):
    the longest of printed (the social cards' titles, the <h1>) that holds
    HOLDER_HEADLINE_WORDS words or more and that found begins with, a title-bar separator
    (_SEPARATOR_AT_START; not a colon, which a headline holds: "Mali: ...") right after it;
    found itself where none does, or where the page's <h1> prints found whole (whole, its text
    with spaces folded): a headline holding a separator of its own ("Peacekeepers in Mali - the
    last convoy leaves"), whose <h1> sets its first part in a link or whose social card
    shortens it to that part."""
    if whole and " ".join(found.split()) == whole:
        return found
    cut = [text for text in printed if len(text.split()) >= HOLDER_HEADLINE_WORDS and len(text) < len(found)
           and found.startswith(text) and _SEPARATOR_AT_START.match(found[len(text):])]
    return max(cut, key=len) if cut else found


# A title bar's separator opening what is left of a title after its headline (sitename._SEPARATOR).
_SEPARATOR_AT_START = re.compile(r"\s+[|\-–—·•»]\s+|\s*[|｜]\s*")


def page_headline(tree, title: str | None, keys: frozenset[str]) -> str:
    """The page's headline: trafilatura's title without the site's name around it (headline),
    or the title bar's headline where that title only adds KICKER_SPAN_WORDS words before it
    (a kicker inside the <h1>). Where what is left is only the site's or a section's name
    (sitename.site_only), or a part the page's title bar prints beside the headline that
    reads as an outlet's name (segment.reads_as_outlet_name: a logo in the <h1>, "Headline -
    Example Courier" in <title>), the first of the other holders (HEADLINE_HOLDERS) whose
    text, without the site's names (that one included), holds HOLDER_HEADLINE_WORDS words or
    more and is no such name; "" when none does (the text's own first line is read then).
    tree: the page's parsed markup; keys: site_keys of the page."""
    found = headline(title, keys)
    bars = [" ".join(str(v).split()) for holder in HEADLINE_HOLDERS[:3] for v in tree.xpath(holder)]
    parts = {name_key(part) for bar in bars if len(split := title_bar_parts(bar)) > 1 for part in split}

    def no_headline(text: str) -> bool:
        return site_only(text, keys) or (name_key(text) in parts and reads_as_outlet_name(text))

    if not no_headline(found):
        # a kicker the page prints inside its <h1> ("<span>Mali</span> Headline"), which the
        # title bar leaves out: the title bar's headline
        bare_bars = [headline(bar, keys) for bar in bars]
        kicked = next((bar for bar in bare_bars if len(bar.split()) >= HOLDER_HEADLINE_WORDS and found.endswith(" " + bar)
                       and len(found[:-len(bar)].split()) <= KICKER_SPAN_WORDS), None)
        printed = _printed_headlines(tree)
        return kicked or _without_bar_tail(found, [*bare_bars, *printed], printed[0] if printed else None)
    keys = keys | {name_key(found)} if found else keys
    for holder in HEADLINE_HOLDERS:
        for value in tree.xpath(holder):
            text = " ".join((value if isinstance(value, str) else "".join(value.itertext())).split())
            candidate = headline(text, keys)
            if len(candidate.split()) >= HOLDER_HEADLINE_WORDS and not no_headline(candidate):
                return candidate
    return ""
