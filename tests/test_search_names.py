"""A search for an entity's name or alias of several words lists the entity's page first.

Pagefind matches every word of a query as the start of a word, each on its own: typed as the
French alias of the United Nations, "unies" is searched as "uni", which also starts "United",
"union" and the acronyms of missions (UNIFIL, UNAMID), and a mission's page holding "Nations"
and such a word among its names ranked above the page the alias names. The plugin gives each
entity page one word per name of several words (search.name_word), which the page's search
asks for when the query is such a name.

The browser tests build a project from the benchmark's generator (bench/generate.py: a fixed
seed and day, so the corpus is the same every run): several languages, people sharing
surnames, missions whose names start alike."""
from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page

from conftest import ROOT, served_folder, run
from newsdossier.search import STEM_MARK, name_word, name_words

sys.path.insert(0, str(ROOT / "bench"))
from generate import write_corpus  # noqa: E402

SEEDS = 150  # small enough to build in a minute, large enough for names that start alike


# -- the one word of a name (pure) ---------------------------------------------------------

@pytest.mark.parametrize(("name", "word"), [
    ("Nations unies", "nations_unies__"),
    ("Conseil de sécurité", "conseil_de_securite__"),  # accents folded as Pagefind folds a query
    ("Lê Chí Vịnh", "le_chi_vinh__"),  # stacked marks
    ("Côte d'Ivoire", "cote_divoire__"),  # the apostrophe dropped, as Pagefind drops it from a query
    ("Timor-Leste Defence Force", "timorleste_defence_force__"),  # so is the hyphen
    ("Đặng  Văn   Minh", "đang_van_minh__"),  # Đ has no decomposition; runs of spaces
])
def test_a_name_of_several_words_becomes_one_word(name, word):
    assert name_word(name) == word


@pytest.mark.parametrize("name", ["MINUSMA", "Lacroix", "  Guterres ", "U.N."])
def test_a_name_of_one_word_gets_none(name):
    assert name_word(name) is None


@pytest.mark.parametrize(("shorter", "longer"), [
    ("Mission des Nations Unies au Soudan", "Mission des Nations Unies au Soudan du Sud"),
    ("Amadou Coulibaly", "Amadou Coulibaly Diallo"),
])
def test_a_names_word_is_no_prefix_of_a_longer_names(shorter, longer):
    """Pagefind matches a query's word as the start of the index's words: the shorter name's
    word must not reach the longer name's."""
    assert not name_word(longer).startswith(name_word(shorter))


def test_the_words_of_several_names_come_once_each_in_order():
    assert name_words(["United Nations", "UN", "Nations unies", "nations  UNIES"]) == ["united_nations__", "nations_unies__"]


def test_a_names_word_ends_with_the_mark_no_stemmer_changes():
    assert name_word("Security Council").endswith(STEM_MARK)


# -- in the browser, on a generated project --------------------------------------------------

@pytest.fixture(scope="module")
def generated_site(tmp_path_factory) -> Path:
    """A project of SEEDS generated seed files, normalized and built: its site folder."""
    project = tmp_path_factory.mktemp("names-project")
    write_corpus(project / "seeds", SEEDS, seed=1, today=date(2026, 1, 1))
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    run("newsdossier", "normalize", cwd=project, check=True)
    result = run("mkdocs", "build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def generated_url(generated_site: Path):
    with served_folder(generated_site) as url:
        yield url


_LINKS = "[...document.querySelectorAll('pagefind-modal a.pf-result-link')].map((a) => a.getAttribute('href'))"


def settled_results(page: Page, query: str) -> list[str]:
    """Type the query in the search and return the result links once the list has stayed the
    same for a second (the list is drawn as each result's excerpt arrives, and again when the
    whole search is done)."""
    page.locator("pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal input[type=search]")
    box.wait_for(state="visible")
    box.press_sequentially(query, delay=20)
    page.locator("pagefind-modal a.pf-result-link").first.wait_for(state="attached")
    links: list[str] = []
    unchanged = 0
    for _ in range(150):  # at most 30 s
        now = page.evaluate(_LINKS)
        unchanged = unchanged + 1 if now == links else 0
        links = now
        if links and unchanged >= 5:
            break
        page.wait_for_timeout(200)
    return links


@pytest.mark.browser
@pytest.mark.parametrize(("query", "expected"), [
    ("Nations unies", "/actors/united-nations/"),  # a French alias: "unies" also starts UNIFIL's, UNAMID's names
    ("Lê Chí Vịnh", "/actors/le-chi-vinh/"),  # a person's name with its accents: events name him in their titles
    ("Le Chi Vinh", "/actors/le-chi-vinh/"),  # without them
    ("Naciones Unidas", "/actors/united-nations/"),  # a Spanish alias
    ("Mission des Nations Unies au Soudan", "/missions/unmis/"),  # a mission's name that starts a longer one's
], ids=["fr alias", "vi name", "vi name unaccented", "es alias", "name starting a longer one"])
def test_a_name_or_alias_lists_the_entity_it_names_first(page: Page, generated_url: str, query, expected):
    page.goto(generated_url + "/")
    links = settled_results(page, query)
    assert links[:1] == [expected], f"{query!r}: {links[:5]}"
