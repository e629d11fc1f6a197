"""Site search (Pagefind, run by the plugin): words typed without their accents find the pages
that print them with accents, in every language, and typed with accents still do; the search
runs from the site itself, no request leaving the machine.

The browser tests build a scratch project from the seeds in tests/fixtures/search/ (French,
English and Spanish articles naming people with Vietnamese and Spanish names)."""
from __future__ import annotations

import importlib
import re
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect
from ruamel.yaml import YAML

from conftest import ROOT, _QuietHandler, served_folder, example_project, run
from newsdossier.corpus import in_use, load_corpus
from newsdossier.graph import build_graph
from newsdossier.store import Project
from newsdossier.search import (STEM_MARK, ascii_spelling, cross_language_stems, entity_names, extra_spellings, index_glob, index_parts, IndexPart, pagefind_fold,
                                searched_page,
                                snowball_stemmer)

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


# -- the other languages' stems of a page's words (pure) ------------------------------------

# Words of our own with their stems by the Snowball algorithm of their language (the same
# from the Snowball project's C implementation, PyStemmer, and its pure-Python one).
SNOWBALL_STEMS = [
    ("en", "peacekeepers", "peacekeep"), ("en", "negotiations", "negoti"), ("en", "generously", "generous"),
    ("en", "hospitals", "hospit"), ("en", "happily", "happili"),
    ("fr", "négociations", "négoci"), ("fr", "hôpitaux", "hôpital"), ("fr", "généreusement", "géner"),
    ("fr", "inquiétantes", "inquiet"), ("fr", "élections", "élect"),
    ("es", "negociaciones", "negoci"), ("es", "hospitales", "hospital"), ("es", "generosamente", "gener"),
    ("es", "preocupantes", "preocup"), ("es", "elecciones", "eleccion"),
    ("pt-br", "negociações", "negoc"), ("pt-br", "hospitais", "hospit"),
    ("de", "verhandlungen", "verhandl"), ("de", "krankenhäuser", "krankenhaus"),
]


@pytest.mark.parametrize(("language", "word", "stem"), SNOWBALL_STEMS)
def test_a_language_with_a_snowball_algorithm_gets_its_stemmer(language, word, stem):
    assert snowball_stemmer(language).stemWord(word) == stem


@pytest.mark.parametrize(("language", "word", "stem"), SNOWBALL_STEMS)
def test_the_stems_are_the_same_whichever_implementation_is_present(language, word, stem):
    # snowballstemmer hands out PyStemmer's C stemmers when it is installed, its own
    # pure-Python ones otherwise: both must give the Snowball stem.
    module = {"en": "english", "fr": "french", "es": "spanish", "pt-br": "portuguese", "de": "german"}[language]
    pure = importlib.import_module(f"snowballstemmer.{module}_stemmer")
    assert getattr(pure, f"{module.capitalize()}Stemmer")().stemWord(word) == stem
    stemmer_c = pytest.importorskip("Stemmer")
    assert stemmer_c.Stemmer(module).stemWord(word) == stem


@pytest.mark.parametrize("language", ["vi", "zh", "ko", "qq"])
def test_a_language_without_one_gets_none(language):
    assert snowball_stemmer(language) is None


@pytest.mark.parametrize(("page", "language", "stem"), [
    # English words on an English page, as French rules stem them (a search typed on a French
    # page): Porter2 cuts "security" to "secur", French rules leave it whole
    ("<p>the Security Council</p>", "en", "security"),
    ("<p>peacekeeping</p>", "en", "peacekeeping"),
    ("<p>field hospitals</p>", "en", "hospital"),
    # Spanish words on a Spanish page, as English rules stem them
    ("<p>las operaciones</p>", "es", "operacion"),
])
def test_a_word_the_pages_own_stem_does_not_reach_gets_the_other_languages_stem(page, language, stem):
    assert stem + STEM_MARK in cross_language_stems(page, language, ["en", "fr", "es"])


@pytest.mark.parametrize(("page", "language"), [
    ("<p>les Nations unies</p>", "fr"),  # "nation", "uni": English rules stem them alike
    ("<p>a salué</p>", "fr"),  # English "salu" is the French stem too
    ("<p>operations</p>", "en"),  # French "oper" is reached by the English "oper"
])
def test_no_stem_where_the_pages_own_stem_already_reaches(page, language):
    words = cross_language_stems(page, language, ["en", "fr"])
    assert not {"nation_", "uni_", "salu_", "oper_"} & set(words)


@pytest.mark.parametrize("kept", [1, 2, 10_000])
def test_stems_are_the_same_whatever_the_words_kept_between_pages(monkeypatch, kept):
    # The stems worked out for one page's words are kept for the next pages (search._FOREIGN),
    # and the table starts again when it holds more than FOREIGN_WORDS: the pages' stems stay
    # what a first look at each word gives.
    from newsdossier import search
    monkeypatch.setattr(search, "_FOREIGN", {})
    monkeypatch.setattr(search, "FOREIGN_WORDS", kept)
    pages = [("<p>the field hospitals of the security mission</p>", "en"), ("<p>las operaciones de paz</p>", "es"),
             ("<p>hospitals and operations</p>", "en")]
    first = [cross_language_stems(page, language, ["en", "fr", "es"]) for page, language in pages]
    again = [cross_language_stems(page, language, ["en", "fr", "es"]) for page, language in pages]
    assert first == again
    assert {"hospital_", "security_"} <= set(first[0]) and "operacion_" in first[1]
    # a table is started again before a page once it holds more than FOREIGN_WORDS words
    assert len(search._FOREIGN[("en", ("fr", "es"))]) <= kept + len("hospitals and operations".split())


def test_no_stems_for_a_site_in_one_language_or_languages_without_a_stemmer():
    assert cross_language_stems("<p>security peacekeeping</p>", "en", ["en"]) == []
    assert cross_language_stems("<p>security peacekeeping</p>", "en", ["en", "vi"]) == []


def test_stems_come_once_each_from_the_text_not_the_markup():
    words = cross_language_stems('<p title="hospitals">security <a href="/security/">Security</a> SECURITY</p>', "en", ["en", "fr"])
    assert words == ["security_"]


def test_an_entitys_names_are_its_name_acronyms_and_aliases_once_each():
    mission = {"id": "unisfa", "acronym": "UNISFA", "acronym_fr": "FISNUA", "name": "United Nations Interim Security Force for Abyei",
               "name_fr": "Force intérimaire de sécurité des Nations Unies pour Abyei", "aliases": ["UNISFA", " U.N. Interim Security Force "]}
    assert entity_names(mission) == ["United Nations Interim Security Force for Abyei", "UNISFA",
                                     "Force intérimaire de sécurité des Nations Unies pour Abyei", "FISNUA", "U.N. Interim Security Force"]
    assert entity_names({"id": "x", "name": "Nations unies", "aliases": None}) == ["Nations unies"]


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


def _source(page: Path, site: Path) -> str:
    """The source path of a generated page from its output ("actors/x/index.html" -> "actors/x.md")."""
    folder = page.parent.relative_to(site).as_posix()
    return "index.md" if folder == "." else f"{folder}.md"


def test_every_searched_page_is_indexed_and_the_404_page_is_not(search_project: Path):
    site = search_project / "site"
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert not (site / "search" / "search_index.json").exists()  # the theme's own search is off
    left_out = 0
    for page in site.rglob("index.html"):
        if page.is_relative_to(site / "pagefind"):
            continue
        searched = searched_page(_source(page, site))
        assert ("data-pagefind-body" in page.read_text(encoding="utf-8")) == searched, page
        left_out += not searched
    assert left_out  # each speaker's quotes page, at least
    assert "data-pagefind-body" not in (site / "404.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("source", [
    "index.md", "quotes.md", "timeline.md", "actors/index.md", "articles/by-source.md",
    "articles/00340.md", "actors/jane-doe.md", "missions/unmiss.md", "events/2016-01-02-a-vote.md",
    "review/warnings/2.md", "review/unread-seeds/1.md", "review/unresolved/3.md", "review/candidate-actors/2.md",
])
def test_the_home_section_and_entry_pages_are_searched(source):
    assert searched_page(source)


@pytest.mark.parametrize("source", [
    "actors/jane-doe/2016.md", "missions/unmiss/2016-2.md", "timeline/2011.md", "quotes/2014-3.md",
    "quotes/person/jane-doe.md", "quotes/person/jane-doe/2015.md",
    "articles/by-year/2011.md", "articles/by-source/the-daily-example.md", "articles/by-source/the-daily-example/2012.md",
])
def test_the_years_and_parts_of_long_lists_are_not_searched(source):
    assert not searched_page(source)


def _listing_pages(site: Path) -> list[Path]:
    """The pages whose lists only repeat articles' titles: the by-source and by-language pages
    (lists or tables, whatever the corpus's size), the network page and every event page."""
    return [site / "articles" / "by-source" / "index.html", site / "articles" / "by-language" / "index.html",
            site / "network" / "index.html", *sorted((site / "events").glob("*/index.html"))]


@pytest.mark.parametrize("which", ["by-source", "by-language", "network", "events"])
def test_a_page_that_lists_articles_is_not_found_by_their_titles(search_project: Path, which):
    """A search for a headline's words finds the article first, not every page that lists it:
    the article titles such a page repeats are not words of it for the search."""
    from newsdossier.search import indexed_text
    site = search_project / "site"
    titles = {" ".join(_front_matter(p)["title"].split()) for p in (search_project / "data" / "articles").glob("*.md")}
    listing = [p for p in _listing_pages(site) if which in p.relative_to(site).as_posix()]
    assert listing and all(p.is_file() for p in listing)
    for page in listing:
        html = page.read_text(encoding="utf-8")
        heading = " ".join(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)).split())
        text = " ".join(indexed_text(html).split())
        repeated = sorted(t for t in titles if t in text and t != heading and t in " ".join(html.split()))
        assert not repeated, (page, repeated)


@pytest.mark.parametrize("page", [
    '<h1>Talks in the capital <span class="nd-badge nd-candidate" title="x">candidate</span></h1>',
    '<li><a href="/a/">Talks</a> · <span class="nd-badge nd-inferred">inferred</span> the capital</li>',
    '<p><span class="nd-badge nd-confirmed">confirmed</span>Talks in the capital</p>',
])
def test_a_status_badge_is_not_a_word_of_the_page(page):
    from newsdossier.search import indexed_text
    words = indexed_text(page).split()
    assert "Talks" in words and not {"candidate", "inferred", "confirmed"} & set(words)


def test_every_ignored_element_carries_a_value_pagefind_accepts(search_project: Path):
    """Pagefind reads data-pagefind-ignore as "index" or "all" and warns once per element about
    any other value (Python-Markdown writes a bare attribute as its own name)."""
    values = {m.group(1) for page in (search_project / "site").rglob("*.html")
              for m in re.finditer(r'data-pagefind-ignore(?:="([^"]*)")?', page.read_text(encoding="utf-8"))}
    assert values and values <= {"index", "all", None}


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
    with served_folder(search_project / "site") as url:
        yield url


ANSWERED = re.compile(r"^(\d[\d,]* results?|No results) for ")
"""Pagefind's English summary once it has answered, not while it is still searching."""


def search(page: Page, query: str):
    """Open the search from the header, type the query as a reader would, and return the
    results list once Pagefind has answered."""
    page.locator("pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal input[type=search]")
    expect(box).to_be_focused()
    box.press_sequentially(query, delay=20)
    summary = page.locator("pagefind-modal .pf-summary")
    expect(summary).to_contain_text(query)
    # "Searching for <query>..." also names the query: wait for the count or "No results".
    expect(summary).to_have_text(ANSWERED)
    return page.locator("pagefind-modal a.pf-result-link")


def details_loaded(page: Page, seconds: float = 30) -> int:
    """Scroll to each result still drawn as a placeholder (Pagefind draws a result as a skeleton
    and loads its details, link included, only when it comes into view) until none is left or
    `seconds` pass; returns how many are left. A placeholder has no link yet, so links read before
    it loads miss a result that is there (on a loaded machine, more than half a second after it
    came into view)."""
    placeholders = page.locator("pagefind-modal .pf-result:has(.pf-skeleton)")
    deadline = time.monotonic() + seconds
    while placeholders.count() and time.monotonic() < deadline:
        try:
            placeholders.first.scroll_into_view_if_needed(timeout=2000)
        except PlaywrightError:  # drawn again (loaded, or a new answer) while scrolling to it
            pass
        page.wait_for_timeout(100)
    return placeholders.count()


def result_links(page: Page, until: str) -> list[str]:
    """The addresses of the results shown, scrolling down the list as a reader does (Pagefind
    loads a result's details only when it comes into view, and the list shows a part at a
    time, with a button for more) until `until` is among them or no more results come."""
    links = page.locator("pagefind-modal a.pf-result-link")
    more = page.locator("pagefind-modal .nd-search-more")
    expect(links.first).to_be_attached()
    shown: list[str] = []
    while True:
        details_loaded(page)
        current = [links.nth(i).get_attribute("href") for i in range(links.count())]
        if not current and not shown:
            # the list is drawn again as the last keystroke's search answers: an empty read
            # between two drawings is no answer; wait for the results to be there again
            expect(links.first).to_be_attached()
            continue
        if until in current:
            return current
        if current == shown:
            if not more.is_visible():
                return current
            more.click()
            page.wait_for_timeout(500)
            current = []
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
@pytest.mark.parametrize("query", ["Nguyen", "mission"])
def test_the_results_read_are_every_result_counted_on_a_slow_machine(reader: Page, query):
    """The harness reads every result the summary counts even when Pagefind is slow to load a
    result's details (the processor slowed twentyfold, the window a few results high): a result
    still drawn as a placeholder when the links are read was missed, and a search test failed
    on a busy machine though the result was there."""
    reader.set_viewport_size({"width": 420, "height": 320})
    cdp = reader.context.new_cdp_session(reader)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 20})
    try:
        search(reader, query)
        counted = int(re.match(r"\d+", reader.locator("pagefind-modal .pf-summary").inner_text().replace(",", "")).group())
        assert len(result_links(reader, until="/no/such/page/")) == counted
    finally:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})


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


# -- searching the example corpus from an English and a French page ------------------------
# The site built from the example corpus (conftest's built_site, site_url): a French article
# among English ones. Pagefind keeps an index per language; the search asks them all, the
# query stemmed by the rules of the page it is typed on.

def _example() -> dict[str, str]:
    """Site paths in the example project: 'fr' and 'en' (an article in each language),
    'actor:<id>', 'mission:<id>', and 'person:<name>'."""
    project = example_project()
    found = {}
    for path in sorted((project / "data" / "articles").glob("*.md")):
        meta = _front_matter(path)
        found.setdefault(meta["language"], f"/articles/{meta['id']}/")
    for actor in YAML(typ="safe").load((project / "data" / "actors.yaml").read_text(encoding="utf-8")):
        found[f"actor:{actor['id']}"] = f"/actors/{actor['id']}/"
        found[f"person:{actor['name']}"] = f"/actors/{actor['id']}/"
    for mission in YAML(typ="safe").load((project / "data" / "missions.yaml").read_text(encoding="utf-8")):
        found[f"mission:{mission['id']}"] = f"/missions/{mission['id']}/"
    return found


EXAMPLE_SEARCHES = [
    ("saluer", "fr"),  # the French article says "a salué": French word forms, stemmed as French
    ("souligner", "fr"),  # "a souligné"
    ("secretaire", "fr"),  # "secrétaire", typed without its accent
    ("securite", "fr"),  # "sécurité"
    ("Nguyen Chi Vinh", "person:Nguyen Chi Vinh"),
    ("FISNUA", "mission:unisfa"),  # the French acronym
    ("Force interimaire de securite", "mission:unisfa"),  # the French name, without accents
    ("Nations unies", "actor:united-nations"),  # a French alias
    ("Soudan du Sud", "actor:south-sudan"),
    ("Security Council", "actor:security-council"),  # English words typed on the French page too
    ("field hospital", "en"),  # the English article says "field hospitals": English word forms, stemmed as English
]
FROM_PAGES = {"English page": "en", "French page": "fr"}


@pytest.fixture(scope="module")
def example_pages() -> dict[str, str]:
    return _example()


def _top(page: Page, query: str, until: str, count: int = 3) -> list[str]:
    search(page, query)
    return result_links(page, until=until)[:count]


@pytest.mark.browser
@pytest.mark.parametrize("where", FROM_PAGES)
@pytest.mark.parametrize(("query", "expected"), EXAMPLE_SEARCHES, ids=[q for q, _ in EXAMPLE_SEARCHES])
def test_a_search_from_a_page_in_either_language_finds_the_page_in_the_first_three(page: Page, site_url: str, example_pages, where, query, expected):
    assert expected in example_pages, f"the example corpus built no page for {expected}"
    page.goto(site_url + example_pages[FROM_PAGES[where]])
    assert page.locator("html").get_attribute("lang") == FROM_PAGES[where]
    top = _top(page, query, example_pages[expected])
    assert example_pages[expected] in top, f"{expected} is not in the first three results for {query!r} from the {where}: {top}"


def _aliases(project: Path) -> list[tuple[str, str]]:
    """(name, page) for every name and alias of the example registries (entity_names) that has
    a page (an actor nothing names has none: graph.actors_with_pages)."""
    found = []
    shown = build_graph(load_corpus(Project(project))).actors_with_pages
    for section, registry in (("actors", "actors.yaml"), ("missions", "missions.yaml")):
        for entry in YAML(typ="safe").load((project / "data" / registry).read_text(encoding="utf-8")):
            if not in_use(entry) or (section == "actors" and entry["id"] not in shown):  # rejected, or merged into another (its page points there)
                continue
            found += [(name, f"/{section}/{entry['id']}/") for name in entity_names(entry)]
    return found


@pytest.mark.browser
@pytest.mark.parametrize("where", FROM_PAGES)
def test_every_name_and_alias_of_the_registries_finds_its_page_in_the_first_three(page: Page, site_url: str, example_pages, where):
    """Every name, acronym and alias in actors.yaml and missions.yaml. Names of two letters or
    fewer ("UN", "U.N.") are left out: they are also words of the text ("un" in French) and
    the start of many more ("United", "unies"), and rank below the pages that print them often."""
    page.goto(site_url + example_pages[FROM_PAGES[where]])
    missed = []
    names = [(name, path) for name, path in _aliases(example_project()) if sum(c.isalnum() for c in name) > 2]
    assert len(names) > 10
    for name, path in names:
        page.keyboard.press("Escape")
        page.goto(site_url + example_pages[FROM_PAGES[where]])
        top = _top(page, name, path)
        if path not in top:
            missed.append((name, path, top))
    assert missed == []


@pytest.mark.browser
def test_the_search_dialog_and_its_button_have_accessible_names(page: Page, site_url: str, example_pages):
    """axe-core's rules "aria-dialog-name" and "button-name": the dialog and the button that
    opens it are named, in the site's language, also on a French page."""
    for where in ("en", "fr"):
        page.goto(site_url + example_pages[where])
        button = page.locator("pagefind-modal-trigger button")
        expect(button).to_have_attribute("aria-label", "Search")
        button.click()
        dialog = page.locator("pagefind-modal dialog")
        expect(dialog).to_be_visible()
        expect(dialog).to_have_accessible_name("Search")


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_the_search_dialog_has_one_close_button_beside_the_box(page: Page, site_url: str, example_pages, width):
    """The dialog's header holds the search box and one close button beside it, on a desktop
    and a phone screen (a header made twice put a second close button under the box)."""
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(site_url + example_pages["en"])
    page.locator("pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal input[type=search]")
    expect(box).to_be_focused()
    closes = page.locator("pagefind-modal .pf-modal-close")
    assert closes.count() == 1
    assert page.locator("pagefind-modal .pf-modal-header-content").count() == 1
    if closes.first.is_visible():
        field, close = box.bounding_box(), closes.first.bounding_box()
        assert close["y"] < field["y"] + field["height"] and close["x"] >= field["x"] + field["width"]


def test_without_javascript_there_is_no_search_button(built_site: Path):
    """The button is made by the script once the search is configured: the page as served
    holds only an empty, hidden slot for it (no dead control without JavaScript)."""
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<div class="md-header__option nd-search" data-nd-search hidden></div>' in html
    assert "<pagefind-modal-trigger" not in html.split("<script", 1)[0]


@pytest.mark.browser
def test_results_from_every_language_are_links_on_this_site(page: Page, site_url: str, example_pages):
    """Results from the merged index of the other language link to the site's pages like the
    others (a path from the site's root, not another address)."""
    page.goto(site_url + example_pages["en"])
    search(page, "secretaire")
    links = result_links(page, until=example_pages["fr"])
    assert example_pages["fr"] in links
    assert all(link.startswith("/") and not link.startswith("//") for link in links), links


# -- the search loaded before the reader opens it ---------------------------------------------

def _metadata_files(site: Path) -> set[str]:
    """The addresses (from the site's root) of every index's metadata file in the built site."""
    import json
    found = set()
    for entry in (site / "pagefind").rglob("pagefind-entry.json"):
        folder = entry.parent.relative_to(site).as_posix()
        found |= {f"/{folder}/pagefind.{language['hash']}.pf_meta" for language in json.loads(entry.read_text(encoding="utf-8"))["languages"].values()}
    return found


def _wait_for_requests(page: Page, fetched: list[str], wanted: set[str], seconds: float = 20) -> set[str]:
    """The wanted paths not yet requested once they all are, or `seconds` have passed."""
    for _ in range(int(seconds * 10)):
        if not wanted - {urlsplit(url).path for url in fetched}:
            return set()
        page.wait_for_timeout(100)
    return wanted - {urlsplit(url).path for url in fetched}


@pytest.mark.browser
def test_the_search_loads_by_itself_once_the_page_is_idle_and_from_the_site_only(page: Page, site_url: str, built_site: Path):
    """Without any click, pointer or key: Pagefind's script, its WebAssembly, and the entry and
    metadata of every index are fetched, so that a first query only fetches its words' chunks;
    and nothing is asked of another host."""
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url + "/")
    wanted = {"/pagefind/pagefind.js", "/pagefind/pagefind-worker.js", "/pagefind/pagefind-entry.json"} | _metadata_files(built_site)
    assert len(wanted) > 4
    assert _wait_for_requests(page, fetched, wanted) == set()
    assert any(urlsplit(url).path.startswith("/pagefind/wasm.") for url in fetched)
    assert all(urlsplit(url).hostname == "127.0.0.1" for url in fetched), [url for url in fetched if urlsplit(url).hostname != "127.0.0.1"]


@pytest.mark.browser
def test_with_the_data_saver_on_the_search_loads_only_when_the_reader_comes_to_it(page: Page, site_url: str):
    fetched: list[str] = []
    page.add_init_script("Object.defineProperty(navigator, 'connection', { value: { saveData: true } })")
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.goto(site_url + "/", wait_until="networkidle")
    assert "/pagefind/pagefind.js" not in fetched
    page.locator("pagefind-modal-trigger button").hover()
    assert _wait_for_requests(page, fetched, {"/pagefind/pagefind.js"}) == set()


@pytest.mark.browser
@pytest.mark.parametrize("missing", [
    pytest.param(lambda path: not path.startswith("/pagefind/pagefind-component-ui."), id="whole-index"),
    pytest.param(lambda path: path == "/pagefind/pagefind-entry.json", id="entry"),
])
def test_a_search_whose_preload_failed_loads_again_when_the_reader_opens_it(page: Page, site_url: str, missing):
    """The index is not there when the page preloads it (not yet written under `mkdocs serve`,
    or being swapped for a new one; the search's own script already loaded): once it is,
    opening the search loads it and answers."""
    refused: list[str] = []

    def wanted(url: str) -> bool:
        path = urlsplit(url).path
        return path.startswith("/pagefind/") and missing(path)

    def refuse(route):
        refused.append(route.request.url)
        route.fulfill(status=404, body="")

    page.route(wanted, refuse)
    page.goto(site_url + "/")
    for _ in range(200):
        if refused:
            break
        page.wait_for_timeout(100)
    assert refused
    page.wait_for_load_state("networkidle")
    page.unroute(wanted)
    search(page, "FISNUA")
    expect(page.locator("pagefind-modal .pf-summary")).to_have_text(re.compile(r"^\d[\d,]* results? for "))


PRELOADED_SEARCHES = [
    ("Nations unies", "actor:united-nations"),  # an alias
    ("secretaire", "fr"),  # an accent-folded word ("secrétaire")
    ("saluer", "fr"),  # a French word form ("a salué")
]


@pytest.mark.browser
@pytest.mark.parametrize(("query", "expected"), PRELOADED_SEARCHES, ids=[q for q, _ in PRELOADED_SEARCHES])
def test_a_query_typed_once_the_search_has_loaded_finds_its_page(page: Page, site_url: str, built_site: Path, example_pages, query, expected):
    """The same search, with everything loaded in the background before the reader opens it."""
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url + example_pages["en"])
    assert _wait_for_requests(page, fetched, _metadata_files(built_site)) == set()
    top = _top(page, query, example_pages[expected])
    assert example_pages[expected] in top, f"{expected} is not in the first three results for {query!r}: {top}"


# -- a long list of results is shown a part at a time ------------------------------------------

def _listed(page: Page) -> int:
    return page.locator("pagefind-modal ul.pf-results > li").count()


def _total(page: Page) -> int:
    return int(re.search(r"\d+", page.locator("pagefind-modal .pf-summary").inner_text().replace(",", "")).group())


@pytest.mark.browser
def test_the_results_are_listed_thirty_at_a_time_with_a_button_for_more(page: Page, site_url: str, example_pages):
    """Pagefind lists every result at once, which for a common word in a large corpus is
    thousands of list items and seconds of layout before the first shows: the search lists the
    first 30, the summary gives the whole count, and a button lists 30 more."""
    page.goto(site_url + example_pages["en"])
    search(page, "the")
    total = _total(page)
    assert total > 30, f"the example site has {total} pages with 'the': too few to test the button"
    more = page.locator("pagefind-modal .nd-search-more")
    expect(page.locator("pagefind-modal ul.pf-results > li")).to_have_count(30)
    expect(more).to_be_visible()
    expect(more).to_have_text("Load more results")
    more.click()
    expect(page.locator("pagefind-modal ul.pf-results > li")).to_have_count(min(60, total))
    assert more.is_visible() == (total > 60)


@pytest.mark.browser
def test_a_new_query_lists_its_first_thirty_again_and_no_button_when_all_are_listed(page: Page, site_url: str, example_pages):
    page.goto(site_url + example_pages["en"])
    search(page, "the")
    # the reader clicks the button under the first thirty once they are drawn (a click while
    # the first list is still being drawn on a loaded machine left it at thirty)
    expect(page.locator("pagefind-modal ul.pf-results > li")).to_have_count(30)
    page.locator("pagefind-modal .nd-search-more").click()
    # the next thirty are searched for again and drawn: on a machine at load 7 that took longer
    # than expect's default 5 s twice in the fresh-clone runs (a bound on the wait, not a measure)
    expect(page.locator("pagefind-modal ul.pf-results > li")).not_to_have_count(30, timeout=20_000)
    box = page.locator("pagefind-modal input[type=search]")
    box.fill("FISNUA")
    expect(page.locator("pagefind-modal .pf-summary")).to_contain_text("FISNUA")
    expect(page.locator("pagefind-modal .pf-summary")).to_have_text(ANSWERED)
    assert 0 < _listed(page) <= 30
    assert _listed(page) == _total(page)
    expect(page.locator("pagefind-modal .nd-search-more")).to_be_hidden()


# -- the HTML files Pagefind reads (pure) ------------------------------------------------------

@pytest.mark.parametrize(("pages", "others", "glob"), [
    # a folder of pages only is read whole; the views of seeds and data files are not read
    (["index.html", "articles/1/index.html", "articles/by-year/2011/index.html", "actors/x/index.html"],
     ["seeds/1.txt.html", "data/articles/1.md.html"],
     "{actors/**/*.html,articles/**/*.html,index.html}"),
    # a folder holding a page and views: its page alone
    (["data/index.html", "index.html"], ["data/actors.yaml.html"], "{data/index.html,index.html}"),
    # a page whose name the glob would read as a pattern brings its whole folder
    (["notes/a[1]/b/index.html"], ["notes/x.txt.html"], "{notes/**/*.html}"),
    # a folder whose pages one folder down are read and deeper ones not: one pattern for those
    (["index.html", "actors/a/index.html", "actors/b/index.html", "actors/index.html"],
     ["actors/a/2016/index.html", "seeds/1.txt.html"],
     "{actors/*/index.html,actors/index.html,index.html}"),
    # ... unless a file not read has that shape too: the pages one by one
    (["articles/1/index.html", "articles/by-source/index.html"], ["articles/by-year/index.html"],
     "{articles/1/index.html,articles/by-source/index.html}"),
    # ... or, at the top of the site, every file
    (["{x}.html"], [], "**/*.{html}"),
    ([], ["seeds/1.txt.html"], "**/*.{html}"),
])
def test_pagefind_reads_the_pages_and_not_the_other_html_files(pages, others, glob):
    assert index_glob(pages, others) == glob


def test_a_site_of_at_most_size_pages_is_read_in_one_run():
    pages, others = ["index.html", "actors/a/index.html", "actors/b/index.html"], ["seeds/1.txt.html"]
    assert index_parts(pages, others, {}, "en", 3) == index_glob(pages, others)


def _check_parts(parts, pages, languages, size):
    """The properties every parted index holds: part 0 is the bundle itself, every page in
    exactly one part, no part over `size`, each part's languages those of its pages, and each
    language in as few parts as hold its pages."""
    assert isinstance(parts, list)
    assert [part.folder for part in parts] == ["", *(f"part-{n}" for n in range(1, len(parts)))]
    placed = [page for part in parts for page in part.pages]
    assert sorted(placed) == sorted(pages)
    assert all(len(part.pages) <= size for part in parts)
    assert all({languages.get(page, "en") for page in part.pages} == set(part.languages) for part in parts)
    for language in {languages.get(page, "en") for page in pages}:
        count = sum(languages.get(page, "en") == language for page in pages)
        assert sum(language in part.languages for part in parts) == -(-count // size), language


@pytest.mark.parametrize(("pages", "languages", "size"), [
    # a language's pages together
    pytest.param(["index.html", "actors/a/index.html", "actors/b/index.html", "articles/1/index.html", "articles/2/index.html"],
                 {"articles/1/index.html": "fr", "articles/2/index.html": "fr"}, 3, id="two-languages"),
    # a language of more pages than `size` spread over the fewest parts; a small language beside it
    pytest.param(["index.html", "actors/a/index.html", "actors/b/index.html", "actors/c/index.html", "articles/1/index.html"],
                 {"articles/1/index.html": "vi"}, 3, id="language-larger-than-a-part"),
    # a page name a glob would read as a pattern is a page like any other
    pytest.param(["index.html", "actors/a/index.html", "actors/b/index.html", "{x}.html"], {}, 2, id="pattern-name"),
])
def test_a_large_sites_index_is_written_in_parts_by_language(pages, languages, size):
    parts = index_parts(pages, ["seeds/1.txt.html", "data/articles/1.md.html"], languages, "en", size)
    _check_parts(parts, pages, languages, size)


def test_the_parts_hold_every_page_once_at_most_size_each_and_few_indexes():
    """Four languages, one of them larger than a part: every page in one part, none over the
    size, each language's pages in as few parts as hold them (the search opens one index per
    language of each part)."""
    pages = ["index.html", *(f"articles/{n:05d}/index.html" for n in range(2000)), *(f"actors/{n}/index.html" for n in range(900))]
    languages = {f"articles/{n:05d}/index.html": ("fr", "es", "vi", "en")[n % 4] for n in range(2000)}
    parts = index_parts(pages, [], languages, "en", 1000)
    assert [part.folder for part in parts][:2] == ["", "part-1"]
    placed = [page for part in parts for page in part.pages]
    assert sorted(placed) == sorted(pages)
    assert all(len(part.pages) <= 1000 for part in parts)
    assert all({languages.get(page, "en") for page in part.pages} == set(part.languages) for part in parts)
    assert sum(len(part.languages) for part in parts) == 5  # English (1,401 pages) in two parts, each other language in one
    english = [len(part.pages) for part in parts if part.languages == ("en",)]
    assert len(english) == 2 and max(english) - min(english) <= 1


@pytest.mark.parametrize(("english", "french"), [(8900, 3400), (4000, 4000), (2500, 100)])
def test_by_default_no_index_a_reader_searches_holds_more_than_two_thousand_pages(english, french):
    """Pagefind's search costs each index the square of its pages holding a word (every page is
    matched against every entry of the word): a large site's pages of one language are dealt to
    parts of at most 2,000 pages by default, not one index of several thousand."""
    pages = ["index.html", *(f"articles/{n:05d}/index.html" for n in range(english + french))]
    languages = {f"articles/{n:05d}/index.html": "fr" for n in range(english, english + french)}
    parts = index_parts(pages, [], languages, "en")
    assert isinstance(parts, list) and all(len(part.pages) <= 2000 for part in parts)
    assert sum(len(part.languages) for part in parts) == -(-(english + 1) // 2000) + -(-french // 2000)


@pytest.mark.parametrize("added, language, same", [
    ("articles/99999/index.html", "fr", True),  # a page of a language the parts hold: only the pages read change
    ("actors/new/index.html", "en", True),
    ("articles/99999/index.html", "vi", False),  # a language new to the site: an index more
])
def test_what_the_pages_print_of_the_parts_changes_only_with_their_folders_or_languages(added, language, same):
    """Under `mkdocs serve --dirty` every page is written again when what the pages print of
    the parts changes (their folders and languages): a page added in a language the parts
    already hold changes which pages a part reads, not what any page prints."""
    from newsdossier.search import parts_shown
    pages = ["index.html", *(f"articles/{n:05d}/index.html" for n in range(40)), *(f"actors/{n}/index.html" for n in range(30))]
    languages = {f"articles/{n:05d}/index.html": ("fr", "en")[n % 2] for n in range(40)}
    before = index_parts(pages, [], languages, "en", 25)
    after = index_parts(pages + [added], [], {**languages, added: language}, "en", 25)
    assert (parts_shown(before) == parts_shown(after)) is same
    assert parts_shown(None) is None


def test_a_parted_run_reads_a_view_of_its_pages_only(tmp_path):
    """Each part's Pagefind run reads a folder holding its pages at their own paths (so the
    addresses in the index are the site's); index_site removes it afterwards (tested below)."""
    from newsdossier.search import VIEW, _link_pages
    site = tmp_path / "site"
    for path in ("index.html", "articles/1/index.html", "actors/a/index.html"):
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(f"<p>{path}</p>", encoding="utf-8")
    _link_pages(site, site / VIEW, ["articles/1/index.html", "index.html", "actors/missing/index.html"])
    held = sorted(str(path.relative_to(site / VIEW)) for path in (site / VIEW).rglob("*.html"))
    assert held == ["articles/1/index.html", "index.html"]
    assert (site / VIEW / "articles/1/index.html").read_text(encoding="utf-8") == "<p>articles/1/index.html</p>"


def _fake_pagefind(read: list):
    """A stand-in for one Pagefind run: notes the pages it reads (those its folder holds, or
    those of the folder its glob of literal paths names, search.part_glob) and writes a bundle."""
    def run(folder, output, glob, cancel, fresh, niceness=0):
        named = set(glob[1:-1].split(",")) if glob else None
        read.append(sorted(path for path in (str(path.relative_to(folder)) for path in folder.rglob("*.html"))
                           if named is None or path in named))
        output.mkdir(parents=True, exist_ok=True)
        (output / "pagefind.js").write_text("", encoding="utf-8")
    return run


def _small_site(tmp_path):
    site = tmp_path / "site"
    for path in ("index.html", "articles/1/index.html", "actors/a/index.html"):
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(f"<p>{path}</p>", encoding="utf-8")
    parts = [IndexPart("", ("index.html", "articles/1/index.html"), ("en",)), IndexPart("part-1", ("actors/a/index.html",), ("en",))]
    return site, parts


@pytest.mark.parametrize("through", ["glob", "view"])
def test_a_parted_index_reads_each_parts_view_and_removes_it(tmp_path, monkeypatch, through):
    """Each part's run reads its pages only: through a glob naming them (search.part_glob), or,
    where a path is not one a glob names as itself, a folder of links to them, removed after."""
    from newsdossier import search as module
    site, parts = _small_site(tmp_path)
    read: list = []
    monkeypatch.setattr(module, "_run_pagefind", _fake_pagefind(read))
    if through == "view":
        monkeypatch.setattr(module, "part_glob", lambda pages: None)
    module.index_site(site, glob=parts)
    assert read == [["articles/1/index.html", "index.html"], ["actors/a/index.html"]]
    assert not (site / module.VIEW).exists()
    assert (site / module.BUNDLE / "part-1" / "pagefind.js").is_file()


def test_a_view_that_cannot_be_written_raises_a_search_error_and_leaves_nothing(tmp_path, monkeypatch):
    """A failure other than a missing page while a later part's view is made (no permission,
    disk full): SearchIndexError naming the folder, no half-written new bundle, no view."""
    from newsdossier import search as module
    site, parts = _small_site(tmp_path)
    real_link = module._link_pages

    def link(site_dir, view, pages):
        if "actors/a/index.html" in pages:
            (view / "actors").mkdir(parents=True)
            raise PermissionError(13, "Permission denied", str(view / "actors" / "a"))
        real_link(site_dir, view, pages)

    monkeypatch.setattr(module, "_link_pages", link)
    monkeypatch.setattr(module, "_run_pagefind", _fake_pagefind([]))
    monkeypatch.setattr(module, "part_glob", lambda pages: None)  # every part read from a view (a path no glob names as itself)
    with pytest.raises(module.SearchIndexError, match=re.escape(str(site / module.VIEW))):
        module.index_site(site, glob=parts)
    assert sorted(path.name for path in site.iterdir()) == ["actors", "articles", "index.html"]


def test_the_built_site_is_indexed_from_its_pages_only(search_project: Path):
    """Every page of the site is in the index, and only pages (no view of a seed or data file)."""
    import json
    site = search_project / "site"
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    indexed = sum(language["page_count"] for language in entry["languages"].values())
    bodies = [page for page in site.rglob("*.html") if "data-pagefind-body" in page.read_text(encoding="utf-8")]
    assert any(site.joinpath("seeds").rglob("*.html"))
    assert indexed == len(bodies)


def test_related_lists_are_left_out_of_the_search_index(built_site: Path):
    """An article or event page's list of related ones holds other pages' titles: Pagefind is
    told to skip it (data-pagefind-ignore), so a page is found by its own words only."""
    checked = 0
    for page in [*(built_site / "articles").glob("*/index.html"), *(built_site / "events").glob("*/index.html")]:
        tree = lxml.html.fromstring(page.read_text(encoding="utf-8"))
        headings = tree.xpath("//*[@id='related-articles' or @id='related-events']")
        if not headings:
            continue
        listing = headings[0].getnext()
        assert listing is not None and listing.get("data-pagefind-ignore") is not None, page
        assert listing.xpath(".//li//a"), page  # the list itself is inside, not left behind
        checked += 1
    if not checked:
        pytest.skip("this corpus has no article or event with related ones")


# -- a site whose index is written in parts ----------------------------------------------------

@pytest.fixture(scope="module")
def parted_site(search_project: Path, tmp_path_factory) -> Path:
    """The search fixture built again with parts of at most 10 pages (search_part_pages), as a
    large site's index is written."""
    project = tmp_path_factory.mktemp("parted") / "project"
    shutil.copytree(search_project, project, ignore=lambda folder, names: ["site"] if Path(folder) == search_project else [])
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      templates: templates\n" in text
    config.write_text(text.replace("      templates: templates\n", "      templates: templates\n      search_part_pages: 10\n"), encoding="utf-8")
    result = run("mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_a_parted_index_holds_every_page_once(parted_site: Path):
    import json
    from newsdossier.search import VIEW
    assert not (parted_site / VIEW).exists()
    bundle = parted_site / "pagefind"
    parts = [bundle, *sorted(path for path in bundle.glob("part-*") if path.is_dir())]
    assert len(parts) > 2
    indexed = 0
    holding: dict[str, list[Path]] = {}  # the parts holding an index of each language
    for part in parts:
        entry = json.loads((part / "pagefind-entry.json").read_text(encoding="utf-8"))
        indexed += sum(language["page_count"] for language in entry["languages"].values())
        for language in entry["languages"]:
            holding.setdefault(language, []).append(part)
    bodies = [page for page in parted_site.rglob("*.html") if "data-pagefind-body" in page.read_text(encoding="utf-8")]
    assert indexed == len(bodies)
    # the fixture's articles in other languages than the site's are fewer than a part holds:
    # each such language is one index, in one part
    assert {"fr", "es"} <= set(holding)
    assert all(len(holding[language]) == 1 for language in holding if language != "en"), holding


@pytest.fixture(scope="module")
def parted_url(parted_site: Path):
    with served_folder(parted_site) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("where", ["/", "french"])
@pytest.mark.parametrize(("query", "expected"), [SEARCHES[0], SEARCHES[6], SEARCHES[15], SEARCHES[17], SEARCHES[-1]],
                         ids=lambda value: value if isinstance(value, str) else None)
def test_a_parted_index_finds_the_pages_of_every_part_from_a_page_in_either_language(page: Page, parted_url: str, pages, where, query, expected):
    page.goto(parted_url + (pages[FR] if where == "french" else where))
    search(page, query)
    for name in expected:
        assert pages[name] in result_links(page, until=pages[name]), f"{name} is not among the results for {query!r}"


class _HeldEntries(_QuietHandler):
    """Serves a site, holding each request for a part's entry (part-N/pagefind-entry.json)
    until another such request comes in beside it, or `HOLD_S` seconds pass: `together` is the
    most of them the server held at once."""

    HOLD_S = 1.0
    lock = threading.Condition()
    waiting = 0
    together = 0

    def do_GET(self):
        held = re.search(r"/part-\d+/(?:\./)?pagefind-entry\.json(?:\?|$)", self.path)
        if held:
            cls = type(self)
            with cls.lock:
                cls.waiting += 1
                cls.together = max(cls.together, cls.waiting)
                cls.lock.notify_all()
                cls.lock.wait_for(lambda: cls.waiting > 1, timeout=self.HOLD_S)
            super().do_GET()
            with cls.lock:
                cls.waiting -= 1
            return
        super().do_GET()


@pytest.mark.browser
@pytest.mark.parametrize("where", ["/", "french"])
def test_the_parts_of_a_parted_index_are_loaded_at_once_not_one_after_another(page: Page, parted_site: Path, pages, where):
    """The search merges the other parts' indexes together: each part's entry is asked for
    while another's is still on its way (one after another, the server would never hold two)."""
    _HeldEntries.waiting = _HeldEntries.together = 0
    with served_folder(parted_site, _HeldEntries) as url:
        page.goto(url + (pages[FR] if where == "french" else where))
        results = search(page, "securite")
        expect(results.first).to_be_visible()
    assert _HeldEntries.together > 1


def _parts_holding(site: Path, language: str) -> set[str]:
    """The addresses (from the site's root, "/pagefind/part-1/") of the parts of a parted index
    that hold an index of `language`."""
    import json
    return {"/" + entry.parent.relative_to(site).as_posix() + "/" for entry in (site / "pagefind").rglob("pagefind-entry.json")
            if language in json.loads(entry.read_text(encoding="utf-8"))["languages"]}


@pytest.mark.browser
@pytest.mark.parametrize(("where", "language", "cores"), [("/", "en", 16), ("french", "fr", 16), ("/", "en", 3), ("/", "en", 2), ("/", "en", 1)])
def test_a_parted_index_is_searched_by_a_worker_for_each_index_in_the_pages_language(page: Page, parted_url: str, parted_site: Path,
                                                                                      pages, where, language, cores):
    """Each index in the page's language starts a Pagefind of its own, in a web worker of its
    own (its part's copy of Pagefind's worker script), as many as the reader's cores less one:
    so many searches run at once. Pages of the other languages are still found, from every
    part (the test above)."""
    fetched: list[str] = []
    page.add_init_script(f"Object.defineProperty(navigator, 'hardwareConcurrency', {{ value: {cores} }})")
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.goto(parted_url + (pages[FR] if where == "french" else where))
    results = search(page, "securite")
    expect(results.first).to_be_visible()
    workers = {path[: -len("pagefind-worker.js")] for path in fetched if path.endswith("/pagefind-worker.js")}
    holding = _parts_holding(parted_site, language)
    assert len(holding) > 2 or language != "en"  # the fixture's English pages fill several parts
    assert workers <= holding and len(workers) == min(len(holding), max(cores - 1, 1))


# -- the text Pagefind indexes of a page (pure) ---------------------------------------------

@pytest.mark.parametrize(("page", "text"), [
    ("<p>Troops &amp; police</p>", "Troops & police"),
    ("<p>own</p><blockquote><p>quoted</p></blockquote><p>after</p>", "own after"),  # a skipped tag
    ('<p>own <span class="nd-said x">said</span> after</p>', "own after"),  # a skipped class among others
    ('<div data-pagefind-ignore><div><p>inner</p></div><p>still</p></div><p>after</p>', "after"),  # nested alike
    ('<div data-pagefind-ignore="all"><p>x</p></div>kept', "kept"),
    ('<div class="nd-ties" data-pagefind-ignore="data-pagefind-ignore"><p>x</p></div>kept', "kept"),  # as md_in_html writes it
    ('<div class="nd-ties" data-pagefind-ignore markdown><br><img src="a.png"><p>x</p></div>kept', "kept"),  # void elements inside
    ('<figure class="nd-network"><svg><path d="M0"/><text>Name</text></svg></figure>kept', "kept"),  # self-closing inside
    ('<h2 id="a">Heading<a class="headerlink" href="#a">&para;</a></h2>', "Heading"),
    ('<div data-pagefind-ignore-not="x">kept</div>', "kept"),  # another attribute of a like name
    ("<p>one<br>two</p>", "one two"),
])
def test_the_indexed_text_leaves_out_what_pagefind_skips(page, text):
    from newsdossier.search import indexed_text
    assert " ".join(indexed_text(page).split()) == text


def test_a_pages_spellings_and_stems_come_from_its_indexed_text_only():
    page = '<p>Nguyễn security</p><blockquote><p>Đức peacekeeping</p></blockquote>'
    assert extra_spellings(page) == []
    assert cross_language_stems(page, "en", ["en", "fr"]) == [w for w in cross_language_stems("<p>Nguyễn security</p>", "en", ["en", "fr"])]
    assert not any(word.startswith("peacekeep") for word in cross_language_stems(page, "en", ["en", "fr"]))


@pytest.mark.parametrize("page", [
    '<p>the word headerlink and nd-said in text</p><blockquote>q</blockquote><p>after</p>',  # class names as words
    '<blockquote><blockquote>inner</blockquote>still</blockquote><p>after</p>',  # nested alike
    '<BLOCKQUOTE>upper</BLOCKQUOTE><blockquotes>kept</blockquotes>',  # case; a longer name is another element
    '<p title="nd-said">kept</p><span class="nd-saidx">kept too</span>',  # the name in another attribute, a longer class
    '<p data-x="a<b" class="nd-said">gone</p><p>after</p>',  # a "<" inside a tag: walked tag by tag
    '<div class="nd-quotes"><p>never closed',  # the rest of the page inside a skipped element
    '<p>one</p><br class="nd-said"/><p>two</p>',  # self-closing
])
def test_the_indexed_text_is_the_same_read_tag_by_tag_or_not(page):
    from newsdossier.search import _walked_text, indexed_text
    assert indexed_text(page).split() == _walked_text(page).split()


@pytest.mark.parametrize("page", [
    '<p>the word headerlink and nd-said in text</p><blockquote>q</blockquote><p>after</p>',  # class names as words
    '<BlockQuote class="nd-said">q</BlockQuote><blockquotes>kept</blockquotes>',  # case; a longer name
    '<span class="nd-said nd-badge">a</span><a class="headerlink" data-pagefind-ignore>b</a>',  # several in one tag
    '<p>nd-saidnd-said headerlinkheaderlink</p>',  # one after another, no space between
    '<p>no mark at all</p>',
    '',
])
def test_the_places_that_may_open_a_skipped_element_are_those_of_the_pattern(page):
    # every match of _MAYBE_SKIPPED, in order (and any other place one of its strings is written)
    from newsdossier.search import _MAYBE_SKIPPED, _maybe_skipped
    found = _maybe_skipped(page)
    assert found == sorted(found)
    assert {match.start() for match in _MAYBE_SKIPPED.finditer(page)} <= set(found)
    assert all(_MAYBE_SKIPPED.match(page, at) or _MAYBE_SKIPPED.search(page[at:at + 30]) for at in found)


@pytest.mark.parametrize("page", [
    '<p>a <span class="nd-badge">candidate</span> b</p><h2 id="x">T<a class="headerlink" href="#x">&para;</a></h2>',
    '<div class="nd-ties" data-pagefind-ignore="all"><p>x <span class="nd-said">y</span></p></div><p>kept</p>',
    '<p title="nd-said">kept</p><span class="nd-saidx">kept too</span><Blockquote>q</Blockquote>',
])
def test_the_indexed_text_is_the_walked_one_where_marks_crowd(page):
    from newsdossier.search import _walked_text, indexed_text
    assert indexed_text(page).split() == _walked_text(page).split()
