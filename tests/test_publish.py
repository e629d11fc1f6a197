"""Publishing: the raw seed and data files each get a readable page that declares its encoding
(a browser shows French right whatever the server sends), and the site works when served under
a sub-path (site_url https://example.org/dossier/): pages, assets, downloads, search and links."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page, expect

from conftest import served_folder, copy_project, example_project, fetch, run, serving
from newsdossier.corpus import load_corpus
from newsdossier.publish import Source, published_sources, render_view, source_text, text_view, view_path
from newsdossier.store import Project

FRENCH_WORD = "secrétaire"  # in the French article of the example corpus


# --- the readable page of a raw file (pure) -------------------------------------------------------


def test_the_page_declares_utf8_first_and_the_text_language():
    page = text_view("Le secrétaire général\nNguyễn Chí Vịnh", "seeds/a.txt", "a.txt", language="fr")
    head = page.split("<head>", 1)[1]
    assert head.lstrip().startswith('<meta charset="utf-8">')  # within the first 1024 bytes, as HTML requires
    assert '<pre lang="fr">' in page
    assert "Le secrétaire général" in page and "Nguyễn Chí Vịnh" in page


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "</pre><a href='javascript:alert(1)'>x</a>",
])
def test_markup_in_a_seed_is_shown_never_run(text):
    page = text_view(text, "seeds/page.html.txt", "page.html.txt")
    assert "<script>alert" not in page and "<img" not in page and "<a href='javascript" not in page
    assert "&lt;" in page


def test_each_line_can_be_linked():
    page = text_view("one\ntwo\nthree\n", "data/actors.yaml", "actors.yaml")
    assert re.findall(r'<span id="(L\d+)">', page) == ["L1", "L2", "L3"]


@pytest.mark.parametrize(("text", "lines"), [
    pytest.param("a < b & c\n\"quoted\" 'single'\n", ["a &lt; b &amp; c", "&quot;quoted&quot; &#x27;single&#x27;"], id="escaped-each-line"),
    pytest.param("no end of line", ["no end of line"], id="no-final-newline"),
    pytest.param("first\n\nthird\n\n", ["first", "", "third", ""], id="blank-lines-kept"),
    pytest.param("", [], id="empty"),
    pytest.param("carriage\r\nreturn <b>\r\n", ["carriage\r", "return &lt;b&gt;\r"], id="windows-line-ends"),
])
def test_each_line_is_shown_escaped_in_its_own_anchor(text, lines):
    page = text_view(text, "seeds/a.txt", "a.txt")
    body = page.split("<pre>", 1)[1].split("</pre>", 1)[0]
    assert re.findall(r'<span id="L(\d+)">(.*?)</span>', body, re.S) == [(str(n), line) for n, line in enumerate(lines, 1)]


@pytest.mark.parametrize(("raw", "expected"), [
    ("Le secrétaire général".encode("utf-8"), "Le secrétaire général"),
    ("Le secrétaire général, à Bouaké".encode("cp1252"), "Le secrétaire général, à Bouaké"),  # fr, Windows-1252
    ("El secretario, misión de paz".encode("utf-16"), "El secretario, misión de paz"),  # es, UTF-16 with BOM
    ("Nguyễn Chí Vịnh".encode("utf-8-sig"), "Nguyễn Chí Vịnh"),  # vi, UTF-8 with BOM
])
def test_a_raw_file_in_any_encoding_is_shown_as_text(raw, expected):
    text, _note = source_text(raw)
    assert text.strip() == expected


def test_bytes_that_are_no_text_say_so():
    text, note = source_text(b"\x00\x01\x02binary" * 100)
    assert text == "" and note.startswith("not shown")


def test_a_windows_1252_seed_is_shown_decoded(tmp_path):
    seed = tmp_path / "ancien.txt"
    seed.write_bytes("Le secrétaire général adjoint".encode("cp1252"))
    page = render_view(Source("seeds/ancien.txt", seed, "fr", "seed file", ("a1",)))
    assert "Le secrétaire général adjoint" in page
    assert 'href="ancien.txt"' in page and 'href="../articles/a1/"' in page and 'href="../"' in page


def test_no_view_takes_the_place_of_a_published_file():
    assert view_path("seeds/page.html.txt") == "seeds/page.html.txt.html"
    assert view_path("data/articles/a.md") == "data/articles/a.md.html"


def test_every_seed_and_data_file_is_published_with_its_article_language():
    project = Project(example_project())
    corpus = load_corpus(project)
    sources = published_sources(project, corpus)
    paths = {s.path: s for s in sources}
    for article in corpus.articles.values():
        seed = paths[f"seeds/{article.meta['seed']}"]
        assert seed.language == article.meta["language"] and article.id in seed.articles
        assert paths[f"data/articles/{article.path.name}"].language == article.meta["language"]
    assert {"data/actors.yaml", "data/missions.yaml", "data/events.yaml"} <= set(paths)


# --- the built site --------------------------------------------------------------------------------


def test_every_raw_file_has_its_page_and_stays_byte_for_byte(built_site: Path):
    project = example_project()
    for seed in sorted((project / "seeds").iterdir()):
        assert (built_site / "seeds" / seed.name).read_bytes() == seed.read_bytes()
        page = (built_site / "seeds" / f"{seed.name}.html").read_bytes()
        assert page.decode("utf-8").count('<meta charset="utf-8">') == 1
    for data in [*sorted((project / "data").glob("*.yaml")), *sorted((project / "data" / "articles").glob("*.md"))]:
        relative = data.relative_to(project)
        assert (built_site / relative).read_bytes() == data.read_bytes()
        assert (built_site / f"{relative}.html").is_file()


def _french_article() -> str:
    corpus = load_corpus(Project(example_project()))
    return next(a.id for a in sorted(corpus.articles.values(), key=lambda a: a.id) if a.meta["language"] == "fr")


# --- in the browser -----------------------------------------------------------------------------------


def _follow_to_the_french_text(page: Page, base: str, link: str) -> None:
    page.goto(f"{base}/articles/{_french_article()}/")
    page.get_by_role("link", name=link, exact=True).first.click()
    expect(page.locator("pre")).to_contain_text(FRENCH_WORD)
    assert page.evaluate("document.characterSet") == "UTF-8"
    assert page.locator("pre").get_attribute("lang") == "fr"
    assert "Ã" not in page.locator("pre").inner_text()


@pytest.mark.browser
@pytest.mark.parametrize("link", ["seed text", re.compile(r"^data\/articles\/.*\.md$")], ids=["seed", "data file"])
def test_french_shows_right_from_a_plain_static_server(page: Page, site_url: str, link):
    """Python's http.server sends a .txt with no character set, as many static hosts do."""
    _follow_to_the_french_text(page, site_url, link)
    screenshots = Path(__file__).parent / "screenshots"
    screenshots.mkdir(exist_ok=True)
    page.screenshot(path=str(screenshots / f"raw-file-view-{'seed' if isinstance(link, str) else 'data'}.png"))


@pytest.mark.browser
def test_french_shows_right_under_mkdocs_serve(page: Page, tmp_path):
    project = copy_project(example_project(), tmp_path / "project")
    with serving(project, tmp_path / "temp", f"articles/{_french_article()}/") as server:
        _follow_to_the_french_text(page, server.base, "seed text")
        page.get_by_role("link", name="raw file").click()  # the bytes as collected, still there
        assert page.url.endswith(".txt")


# --- under a sub-path ---------------------------------------------------------------------------------

SUB_PATH = "/dossier/"


@pytest.fixture(scope="module")
def sub_path_url(tmp_path_factory):
    """The example site built with site_url https://example.org/dossier/ and served from the
    folder above it, so only /dossier/... answers."""
    work = tmp_path_factory.mktemp("sub-path")
    project = copy_project(example_project(), work / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"^(site_description:.*)$", r"\1\nsite_url: https://example.org/dossier/", text, count=1, flags=re.M), encoding="utf-8")
    root = work / "root"
    built = run("mkdocs", "build", "--strict", "-d", str(root / SUB_PATH.strip("/")), cwd=project)
    assert built.returncode == 0, built.stderr
    with served_folder(root) as url:
        yield f"{url}{SUB_PATH}"


def _page_types() -> list[str]:
    project = example_project()
    corpus = load_corpus(Project(project))
    article = _french_article()
    actor = next(a for a in corpus.actors if corpus.actors[a].get("status") != "rejected" and not corpus.actors[a].get("same_as"))
    mission = next(m for m in corpus.missions if corpus.missions[m].get("status") != "rejected")
    event = next(e for e in corpus.events if corpus.events[e].get("status") != "rejected")
    seed = corpus.articles[article].meta["seed"]
    return ["", "timeline/", "articles/", f"articles/{article}/", "actors/", f"actors/{actor}/", "missions/",
            f"missions/{mission}/", "events/", f"events/{event}/", "review/", "data/", f"seeds/{seed}.html",
            f"data/articles/{article}.md.html", "articles/by-language/", "404.html"]


@pytest.fixture
def watched(page: Page):
    """A browser page recording every request that failed or answered 400 or more, and every
    request for another host."""
    page.bad = []
    page.on("response", lambda r: r.status >= 400 and not r.url.endswith("/404.html") and page.bad.append(f"{r.status} {r.url}"))
    # a request the browser cancels when a click leaves the page (a search result's fragment
    # still loading) is not a file that failed to load: a missing one answers 404 above
    page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "") and page.bad.append(f"failed {r.url}: {r.failure}"))
    page.on("request", lambda r: urlsplit(r.url).hostname not in ("127.0.0.1", None) and page.bad.append(f"outside {r.url}"))
    return page


@pytest.mark.browser
@pytest.mark.parametrize("path", _page_types())
def test_under_a_sub_path_every_page_loads_all_it_needs_and_links_resolve(watched: Page, sub_path_url: str, path: str):
    watched.goto(sub_path_url + path)
    watched.wait_for_load_state("networkidle")
    assert watched.bad == []
    hrefs = watched.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    broken = []
    for href in sorted(set(hrefs)):
        parts = urlsplit(href)
        if parts.hostname != "127.0.0.1" or parts.scheme not in ("http", "https"):
            continue  # an article's own address, javascript: back links
        address = href.split("#")[0]
        if not parts.path.startswith(SUB_PATH):
            broken.append(f"outside the sub-path: {href}")
            continue
        status = watched.request.get(address).status
        if status >= 400:
            broken.append(f"{status} {href}")
    assert broken == []


@pytest.mark.browser
def test_under_a_sub_path_search_loads_its_index_and_leads_to_the_page(watched: Page, sub_path_url: str):
    watched.goto(sub_path_url)
    watched.locator("pagefind-modal-trigger button").click()
    box = watched.locator("pagefind-modal input[type=search]")
    expect(box).to_be_focused()
    box.press_sequentially("Lacroix", delay=20)
    results = watched.locator("pagefind-modal a.pf-result-link")
    expect(results.first).to_be_attached()
    href = results.first.get_attribute("href")
    assert urljoin(sub_path_url, href).startswith(sub_path_url), href
    results.first.click()
    expect(watched.locator("h1")).to_be_visible()
    assert urlsplit(watched.url).path.startswith(SUB_PATH)
    watched.wait_for_load_state("networkidle")
    assert watched.bad == []


@pytest.mark.browser
def test_under_mkdocs_serve_dirty_an_edited_data_file_shows_on_its_page(page: Page, tmp_path):
    """A dirty rebuild writes a readable page again when its file changed (and only then)."""
    project = copy_project(example_project(), tmp_path / "project")
    article = _french_article()
    data = project / "data" / "articles" / f"{article}.md"
    with serving(project, tmp_path / "temp", f"articles/{article}/", "--dirty") as server:
        view = f"{server.base}/data/articles/{article}.md.html"
        page.goto(view)
        expect(page.locator("pre")).to_contain_text(FRENCH_WORD)
        # leave the page first: mkdocs serve's live reload would reload it during the next goto
        page.goto("about:blank")
        data.write_text(data.read_text(encoding="utf-8").replace(FRENCH_WORD, "secrétaire (corrigé à la main)", 1), encoding="utf-8")
        server.wait_for(lambda: "corrigé à la main" in (fetch(view) or ""), "the edited data file on its page")
        page.goto(view)
        expect(page.locator("pre")).to_contain_text("secrétaire (corrigé à la main)")
