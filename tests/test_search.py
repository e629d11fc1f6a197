"""Site search (Pagefind, run by the plugin): words typed without their accents find the pages
that print them with accents, in every language, and typed with accents still do; the search
runs from the site itself, no request leaving the machine.

The browser tests build a scratch project from the seeds in tests/fixtures/search/ (French,
English and Spanish articles naming people with Vietnamese and Spanish names)."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect
from ruamel.yaml import YAML

from conftest import ROOT, _QuietHandler, run
from newsdossier.search import ascii_spelling, extra_spellings, pagefind_fold

FIXTURES = Path(__file__).parent / "fixtures" / "search"


# -- the spellings Pagefind's folding misses (pure) ---------------------------------------

@pytest.mark.parametrize(("word", "folded"), [
    ("Sécurité", "securite"),  # fr
    ("Bouaké", "bouake"),
    ("Nguyễn", "nguyen"),  # vi: stacked marks
    ("Văn", "van"),
    ("Peña", "pena"),  # es
    ("Đức", "đuc"),  # vi: Đ has no decomposition, it stays
])
def test_pagefind_folding_drops_combining_marks_only(word, folded):
    assert pagefind_fold(word) == folded


@pytest.mark.parametrize(("word", "spelling"), [
    ("Đức", "Duc"),  # vi
    ("Đặng", "Dang"),  # vi: a stroke and a dot below
    ("Łódź", "Lodz"),  # pl
    ("Straße", "Strasse"),  # de
    ("manœuvre", "manoeuvre"),  # fr ligature
    ("Søren", "Soren"),  # da
    ("Þór", "Thor"),  # is
    ("Işık", "Isik"),  # tr dotless i
])
def test_a_latin_letter_without_decomposition_gets_an_ascii_spelling(word, spelling):
    assert ascii_spelling(word) == spelling


@pytest.mark.parametrize("word", [
    "Bouaké", "Sécurité", "Nguyễn", "Peña", "misión",  # folded by Pagefind itself
    "peacekeepers", "UNISFA", "2022",  # plain ASCII
    "Москва", "القاهرة", "北京",  # other scripts: no transliteration
])
def test_no_extra_spelling_where_pagefind_folds_the_word_or_for_other_scripts(word):
    assert ascii_spelling(word) is None


def test_extra_spellings_come_from_the_text_once_each_in_order():
    html = '<h1 id="x">Nguyễn Văn Đức</h1><p title="Œuvre">Le général <a href="/actors/đ/">Đức</a> &amp; Łódź; đức</p>'
    assert extra_spellings(html) == ["Duc", "Lodz", "duc"]


# -- the built site --------------------------------------------------------------------

def _front_matter(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8").split("---", 2)[1])


@pytest.fixture(scope="module")
def search_project(tmp_path_factory) -> Path:
    """A scratch project whose seeds are the search fixtures, normalized and built."""
    project = tmp_path_factory.mktemp("search-project")
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(FIXTURES, project / "seeds")
    run("newsdossier", "normalize", cwd=project, check=True)
    result = run("mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="module")
def pages(search_project: Path) -> dict[str, str]:
    """Site paths by what they are: 'article:<seed stem>', 'person:<name>', 'mission:<id>'."""
    found = {}
    for path in (search_project / "data" / "articles").glob("*.md"):
        meta = _front_matter(path)
        found[f"article:{Path(meta['seed']).stem}"] = f"/articles/{meta['id']}/"
    for actor in YAML(typ="safe").load((search_project / "data" / "actors.yaml").read_text(encoding="utf-8")):
        if actor.get("kind") == "person":
            found[f"person:{actor['name']}"] = f"/actors/{actor['id']}/"
    for mission in YAML(typ="safe").load((search_project / "data" / "missions.yaml").read_text(encoding="utf-8")):
        found[f"mission:{mission['id']}"] = f"/missions/{mission['id']}/"
    return found


def test_every_generated_page_is_indexed_and_the_404_page_is_not(search_project: Path):
    site = search_project / "site"
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert not (site / "search" / "search_index.json").exists()  # the theme's own search is off
    for page in site.rglob("index.html"):
        assert "data-pagefind-body" in page.read_text(encoding="utf-8"), page
    assert "data-pagefind-body" not in (site / "404.html").read_text(encoding="utf-8")


def test_a_page_carries_the_ascii_spellings_of_its_words_as_hidden_metadata(search_project: Path, pages):
    html = (search_project / "site" / pages["person:Nguyễn Văn Đức"].strip("/") / "index.html").read_text(encoding="utf-8")
    assert '<span data-pagefind-meta="spellings:Duc" hidden></span>' in html


# -- searching in the browser ----------------------------------------------------------

FR, EN, ES = "article:fr_securite-bouake", "article:en_abyei-engineers", "article:es_bangui-mision"
SEARCHES = [
    # French words, without and with their accents
    ("securite", [FR, "person:Nguyễn Văn Đức"]),
    ("Sécurité", [FR, "person:Nguyễn Văn Đức"]),
    ("bouake", [FR, "person:Nguyễn Văn Đức"]),
    ("Bouaké", [FR, "person:Nguyễn Văn Đức"]),
    # a Vietnamese name, in part and whole, without and with its marks (Đ does not decompose)
    ("Nguyen", [FR, "person:Nguyễn Văn Đức"]),
    ("Nguyen Van Duc", [FR, "person:Nguyễn Văn Đức"]),
    ("nguyen van duc", [FR, "person:Nguyễn Văn Đức"]),
    ("Nguyễn Văn Đức", [FR, "person:Nguyễn Văn Đức"]),
    ("Duc", [FR, "person:Nguyễn Văn Đức"]),
    ("Dang", [EN, "person:Đặng Thị Huyền"]),  # found only through the page's extra spellings
    ("Dang Thi Huyen", [EN, "person:Đặng Thị Huyền"]),
    ("Đặng Thị Huyền", [EN, "person:Đặng Thị Huyền"]),
    # English words, and an accented word in an English text
    ("engineers", [EN]),
    ("cafe", [EN]),
    ("café", [EN]),
    # Spanish
    ("Jose Pena Nunez", [ES, "person:José Peña Núñez"]),
    ("mision", [ES, "person:José Peña Núñez"]),
    # a mission by its French acronym
    ("FISNUA", ["mission:unisfa"]),
]


@pytest.fixture(scope="module")
def search_url(search_project: Path):
    handler = functools.partial(_QuietHandler, directory=str(search_project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def search(page: Page, query: str):
    """Open the search from the header, type the query as a reader would, and return the
    results list once Pagefind has answered."""
    page.locator("pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal input[type=search]")
    expect(box).to_be_focused()
    box.press_sequentially(query, delay=20)
    expect(page.locator("pagefind-modal .pf-summary")).to_contain_text(query)
    return page.locator("pagefind-modal a.pf-result-link")


def result_links(page: Page, until: str) -> list[str]:
    """The addresses of the results shown, scrolling down the list as a reader does (Pagefind
    loads a result's details only when it comes into view) until `until` is among them or no
    more results come."""
    links = page.locator("pagefind-modal a.pf-result-link")
    expect(links.first).to_be_attached()
    shown: list[str] = []
    while True:
        current = [links.nth(i).get_attribute("href") for i in range(links.count())]
        if until in current or current == shown:
            return current
        shown = current
        links.last.scroll_into_view_if_needed()
        page.wait_for_timeout(500)


@pytest.fixture
def reader(page: Page, search_url: str):
    """A browser page on the search fixture site that records every request for another host."""
    page.outside = []
    page.on("request", lambda request: urlsplit(request.url).hostname not in ("127.0.0.1", None) and page.outside.append(request.url))
    page.goto(search_url + "/")
    return page


@pytest.mark.browser
@pytest.mark.parametrize(("query", "expected"), SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search_finds_the_pages_with_or_without_accents(reader: Page, pages, query, expected):
    search(reader, query)
    for name in expected:
        assert name in pages, f"the fixture built no page for {name}"
        assert pages[name] in result_links(reader, until=pages[name]), f"{name} is not among the results for {query!r}"
    assert reader.outside == []


@pytest.mark.browser
def test_search_results_screenshot(reader: Page, pages, tmp_path_factory):
    """A picture of the results for a reader to look at (the path is printed with -s)."""
    results = search(reader, "Nguyen Van Duc")
    expect(results.first).to_have_attribute("href", pages["person:Nguyễn Văn Đức"])
    shot = tmp_path_factory.getbasetemp() / "search-results.png"
    reader.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    assert reader.outside == []
