"""The raw files the site publishes (the seeds, the data files), and a readable page of each.

A raw file is served by whatever static host publishes the site, and most (Python's
http.server, `mkdocs serve`) send a .txt, .md or .yaml file with no character set: the browser
then reads UTF-8 as Windows-1252 and shows "secrÃ©taire". So each raw file gets a page of its
own beside it, `<published path>.html`: a small HTML document that declares its encoding
(`<meta charset="utf-8">`, HTML Living Standard 4.2.5.4) and the text's language, holds the
text in a <pre> whose lines can be linked (`#L12`), and links the raw file, kept byte for byte
for download. Pages of the site link the readable page."""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .corpus import Corpus
from .seeds import SeedError, SeedListing, decode, list_seeds, looks_binary, published_seed
from .store import Project

VIEW_SUFFIX = ".html"


@dataclass(frozen=True)
class Source:
    """A raw file the site publishes: `path` is where (relative to the site's root), `source`
    the file on disk, `language` the ISO 639-1 code of its text when known ("" when not: the
    registries mix languages), `what` a few words for the page's heading."""

    path: str
    source: Path
    language: str = ""
    what: str = ""
    articles: tuple[str, ...] = ()  # ids of the articles made from it, linked from its page
    depends: tuple[Path, ...] = ()  # other files its page is made from (a seed's article files: its language)

    @property
    def view(self) -> str:
        return view_path(self.path)


def view_path(published: str) -> str:
    """The readable page of a raw file published at `published`: the same path with ".html"
    added ("seeds/a.txt" -> "seeds/a.txt.html"). A published seed or data file never ends in
    .html (seeds.published_seed adds .txt to a saved page), so no view takes another's place."""
    return published + VIEW_SUFFIX


class ReadableSeeds(SeedListing):
    """A SeedListing whose links go to each seed's readable page ("/seeds/<name>.html"), which
    declares its encoding, instead of the raw copy (what pages link, see the module's doc)."""

    def href(self, name) -> str:
        return view_path(super().href(name))


def readable(listing: SeedListing) -> ReadableSeeds:
    """The same listing, linking the seeds' readable pages."""
    return ReadableSeeds(listing.served, listing.unread)


def published_sources(project: Project, corpus: Corpus) -> list[Source]:
    """Every raw file the site publishes, in a stable order: each seed of seeds/ (under
    seeds.published_seed's name), the registries data/*.yaml, and each article's file in
    data/articles/. A seed's language is its article's (several articles of one seed that
    disagree: none); a data file that is gone (serving the last good data) is left out."""
    made: dict[str, list] = {}
    for article in sorted(corpus.articles.values(), key=lambda a: a.id):
        made.setdefault(str(article.meta.get("seed")), []).append(article)
    sources = []
    for seed in list_seeds(project.seeds):
        articles = made.get(seed.name, [])
        language = _one({str(a.meta.get("language") or "") for a in articles})
        sources.append(Source(published_seed(seed.name), seed, language, "seed file, as collected",
                              tuple(a.id for a in articles), tuple(a.path for a in articles)))
    for path in sorted(project.data.glob("*.yaml")):
        if path.is_file():
            sources.append(Source(path.relative_to(project.root).as_posix(), path, "", "registry"))
    for article in sorted(corpus.articles.values(), key=lambda a: a.id):
        if article.path.is_file():
            sources.append(Source(article.path.relative_to(project.root).as_posix(), article.path,
                                  str(article.meta.get("language") or ""), "article data file", (article.id,)))
    return sources


def _one(values: set[str]) -> str:
    return next(iter(values)) if len(values) == 1 else ""


def source_text(raw: bytes) -> tuple[str, str | None]:
    """The text of a raw file as a reader should see it, and a note on how it was decoded:
    UTF-8 when it is, else as normalize reads a seed (seeds.decode: UTF-16, Windows-1252...).
    Bytes that are no text give an empty text and a note saying so."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is not None and not text.startswith("\ufeff"):
        if looks_binary(text):  # as seeds.decode tells text from binary data
            return "", "not shown: binary data (control characters), not text"
        return text, None
    try:
        return decode(raw)
    except SeedError as error:
        return "", f"not shown: {error}"


def text_view(text: str, title: str, raw_href: str, language: str = "", what: str = "", note: str | None = None,
              links: tuple[tuple[str, str], ...] = ()) -> str:
    """A self-contained HTML page showing `text` as it is (every character escaped, so markup
    in a seed is shown, never run), each line an anchor `L<n>` (1-based) so a link can point at
    a line. `raw_href`: the relative address of the raw file it shows. No script, no outside
    resource. links: (relative address, label) of pages to go to (the site's home, the
    article). Output: the page, to be written as UTF-8."""
    lang = f' lang="{html.escape(language)}"' if language else ""
    lines = html.escape(text).split("\n")  # escaping keeps every "\n": each line as escaped alone, in one call
    if lines and lines[-1] == "":
        lines.pop()
    body = "\n".join(f'<span id="L{n}">{line}</span>' for n, line in enumerate(lines, 1))
    about = html.escape(what) + " · " if what else ""
    said = f"<p>{html.escape(note)}</p>\n" if note else ""
    nav = "".join(f' · <a href="{html.escape(href, quote=True)}">{html.escape(label)}</a>' for href, label in links)
    return _page(title, raw_href, lang, about, said, body, nav)


def _page(title: str, raw_href: str, lang: str, about: str, said: str, body: str, nav: str) -> str:
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<link rel="icon" href="data:,">\n'  # no request for a /favicon.ico the site does not have
        "<style>body{font-family:system-ui,sans-serif;margin:1rem;color:#1a1a1a;background:#fff}"
        "h1{font-size:1.2rem;overflow-wrap:anywhere}"
        "pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.9rem;line-height:1.45}"
        "pre span:target{background:#fff3a8}a{color:#0b57a4}"
        "@media (prefers-color-scheme: dark){body{color:#e6e6e6;background:#1e1e1e}a{color:#9cc3ff}"
        "pre span:target{background:#5a4b00}}</style>\n"
        "</head>\n<body>\n<header>\n"
        f"<h1>{html.escape(title)}</h1>\n"
        f'<p>{about}<a href="{html.escape(raw_href, quote=True)}">raw file</a> (the bytes as published, to download){nav}</p>\n'
        f"{said}</header>\n<main>\n"
        f"<pre{lang}>{body}</pre>\n"
        "</main>\n</body>\n</html>\n"
    )


def render_view(source: Source, raw_href: str | None = None, directory_urls: bool = True) -> str:
    """The readable page of a published raw file (see text_view), linking the site's home and
    the articles made from the file (relative addresses, as MkDocs writes them with or without
    use_directory_urls); the raw file is linked by its name, beside the page, unless raw_href
    says otherwise. Reads the file."""
    text, note = source_text(source.source.read_bytes())
    up = "../" * source.path.count("/")
    home = up or "./"
    links = [(home if directory_urls else up + "index.html", "site home")]
    for article_id in source.articles:
        page = f"articles/{quote(article_id)}/" if directory_urls else f"articles/{quote(article_id)}.html"
        links.append((up + page, "article page"))
    return text_view(text, source.path, raw_href or quote(Path(source.path).name), source.language, source.what, note, tuple(links))
