"""Each page carries its language: an article's page is `<html lang>` of the article's
`language` field, every other page the site's (theme.language), so that browsers, screen
readers and Pagefind (which indexes and stems each language apart) read French as French."""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import example_project
from newsdossier.search import language_tag, page_languages


@pytest.mark.parametrize(("code", "tag"), [
    ("fr", "fr"),
    ("en", "en"),
    ("vi", "vi"),
    ("FR", "fr"),  # Pagefind keys its indexes by the lowercased attribute
    ("pt-BR", "pt-br"),
    ("pt_BR", "pt-br"),
    ("zh-Hant", "zh-hant"),
    (" es ", "es"),
])
def test_a_well_formed_language_code_is_the_pages_tag(code, tag):
    assert language_tag(code, "en") == tag


@pytest.mark.parametrize("code", [None, "", "und", "unknown", "xx", "f", "fr!", "français", "12", "<fr>", 7])
def test_a_missing_unknown_or_malformed_code_gives_the_sites_language(code):
    assert language_tag(code, "en") == "en"


def test_only_the_pages_in_another_language_than_the_sites_are_listed():
    assert page_languages({"articles/a.md": "fr", "articles/b.md": "en", "articles/c.md": None, "articles/d.md": "ES"}, "en") == {
        "articles/a.md": "fr", "articles/d.md": "es"}


# -- the built site (the example corpus) ------------------------------------------------

def _languages() -> dict[str, str]:
    """Article id -> its `language` field, from the example project's data/."""
    found = {}
    for path in (example_project() / "data" / "articles").glob("*.md"):
        meta = YAML(typ="safe").load(path.read_text(encoding="utf-8").split("---", 2)[1])
        found[meta["id"]] = meta["language"]
    return found


def _html_lang(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    start = text.index("<html lang=\"") + len("<html lang=\"")
    return text[start:text.index("\"", start)]


def test_the_example_corpus_has_a_french_article():
    assert "fr" in _languages().values()


def test_each_article_page_is_in_its_articles_language(built_site: Path):
    for article_id, language in _languages().items():
        assert _html_lang(built_site / "articles" / article_id / "index.html") == language, article_id


def test_every_other_page_is_in_the_sites_language(built_site: Path):
    articles = {built_site / "articles" / article_id / "index.html" for article_id in _languages()}
    pages = [p for p in built_site.rglob("*.html") if p not in articles and "pagefind" not in p.parts]
    assert len(pages) > 10
    for page in pages:
        assert _html_lang(page) == "en", page


def test_the_header_of_a_french_page_keeps_the_sites_language(built_site: Path):
    """The theme's labels (header, search button) are in the site's language on every page."""
    french = next(i for i, language in _languages().items() if language == "fr")
    text = (built_site / "articles" / french / "index.html").read_text(encoding="utf-8")
    assert '<header class="md-header" data-md-component="header" lang="en">' in text
    english = next(i for i, language in _languages().items() if language == "en")
    assert '<header class="md-header" data-md-component="header">' in (built_site / "articles" / english / "index.html").read_text(encoding="utf-8")


def test_pagefind_keeps_an_index_for_each_language(built_site: Path):
    import json
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == set(_languages().values()) | {"en"}
    assert entry["languages"]["fr"]["wasm"] == "fr"  # French pages stemmed by French rules
