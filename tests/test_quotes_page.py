"""Quotes on the site: each speaker's quotes on their page, a corpus-wide quotes page filterable
by speaker, split per year when long; every sentence marked with its article's language."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import markdown
import pytest

from conftest import ROOT
from newsdossier.corpus import Article, Corpus
from newsdossier.graph import build_graph
from newsdossier.quotelist import by_speaker, corpus_quotes, language_tag, page_speakers, top_speakers
from newsdossier.render import render_site

LISTS = ("authors", "actors", "missions", "missions_inferred", "events")


def _quote(speaker: str, sentence: str, kind: str = "reported") -> dict:
    return {"speaker": speaker, "kind": kind, "sentence": sentence}


def _article(article_id: str, date: str | None, quotes: list[dict], language: str = "en") -> Article:
    meta = {k: [] for k in LISTS}
    meta.update(id=article_id, title=f"Title {article_id}", date=date, language=language, source="Wire",
                actors=sorted({q["speaker"] for q in quotes if q["speaker"] in ("ana", "ben", "old")}), quotes=quotes)
    return Article(meta, "Text.", Path(f"{article_id}.md"))


def small_corpus() -> Corpus:
    corpus = Corpus()
    corpus.actors = {
        "ana": {"id": "ana", "name": "Ana Díaz", "kind": "person", "status": "confirmed"},
        "ben": {"id": "ben", "name": "Ben Okafor", "kind": "person", "status": "candidate"},
        "old": {"id": "old", "name": "Ana D.", "kind": "person", "status": "candidate", "same_as": "ana"},
        "gone": {"id": "gone", "name": "Gone", "kind": "person", "status": "rejected"},
    }
    corpus.missions = {"minusma": {"id": "minusma", "acronym": "MINUSMA", "name": "Mission", "status": "candidate"}}
    corpus.articles = {
        "a2": _article("a2", "2022-05-01", [_quote("old", "« La paix <b>avance</b> », a-t-elle dit.", "direct"),
                                            _quote("gone", "Quelqu'un a parlé.")], language="fr"),
        "a1": _article("a1", "2021-03-01", [_quote("ana", "Ana said peace holds."), _quote("ben", "Ben said # not a heading."),
                                            _quote("minusma", "The mission said it would stay.")]),
        "a3": _article("a3", None, [_quote("", "An official said talks went on.")], language="unknown"),
    }
    return corpus


def test_corpus_quotes_come_in_date_order_with_their_speakers_page():
    quotes = corpus_quotes(build_graph(small_corpus()))
    assert [(q.article.id, q.speaker) for q in quotes] == [
        ("a1", ("actors", "ana")), ("a1", ("actors", "ben")), ("a1", ("missions", "minusma")),
        ("a2", ("actors", "ana")),  # a merged actor's quote is its survivor's
        ("a2", None),  # a rejected speaker has no page
        ("a3", None),  # undated, last
    ]


@pytest.mark.parametrize(("value", "tag"), [("fr", "fr"), ("en", "en"), ("pt-BR", "pt-BR"), ("unknown", ""), ("", ""), (None, ""), ("und", ""), ("f r", "")])
def test_a_language_becomes_a_lang_value_only_when_it_is_a_tag(value, tag):
    assert language_tag(value) == tag


def test_speakers_are_listed_by_name_the_unnamed_last_and_counted():
    graph = build_graph(small_corpus())
    listed = page_speakers(graph, corpus_quotes(graph))
    assert [(name, count) for _node, name, count in listed] == [("Ana Díaz", 2), ("Ben Okafor", 1), ("MINUSMA", 1), ("unnamed speaker", 2)]


def test_top_speakers_are_those_quoted_most():
    groups = by_speaker(corpus_quotes(build_graph(small_corpus())))
    assert top_speakers(groups, 1) == [("actors", "ana")]
    assert len(top_speakers(groups, 10)) == 3


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_site(small_corpus(), ROOT / "templates")


def _html(page: str) -> str:
    return markdown.markdown(page, extensions=["tables", "attr_list", "md_in_html"])


def _quote_blocks(html: str) -> list[str]:
    return re.findall(r'<p class="nd-quote" .*?</p>', html, re.S)


def test_an_actor_page_lists_what_the_person_said_with_kind_article_date_and_language(pages):
    html = _html(pages["actors/ana.md"])
    blocks = _quote_blocks(html)
    assert len(blocks) == 2
    french = next(b for b in blocks if "La paix" in b)
    assert re.search(r'<span class="nd-said nd-direct" lang="fr">« La paix', french)
    assert "&lt;b&gt;avance&lt;/b&gt;" in french or "&#60;b&#62;" in french  # markup in a quote is text
    assert "direct quote" in french and 'href="/articles/a2.md"' in french and "1 May 2022" in french
    english = next(b for b in blocks if "peace holds" in b)
    assert 'lang="en"' in english and "reported speech" in english and "1 March 2021" in english


def test_a_mission_quoted_has_its_quotes_on_its_page(pages):
    assert "The mission said it would stay." in pages["missions/minusma.md"]


def test_an_actor_never_quoted_has_no_quotes_section():
    corpus = small_corpus()
    corpus.actors["quiet"] = {"id": "quiet", "name": "Quiet", "kind": "person", "status": "candidate"}
    corpus.articles["a1"].meta["actors"].append("quiet")  # named by an article (an actor nothing names has no page)
    assert "## Quotes" not in render_site(corpus, ROOT / "templates")["actors/quiet.md"]


def test_a_quote_whose_article_has_no_language_tag_carries_no_lang(pages):
    block = next(b for b in _quote_blocks(_html(pages["quotes.md"])) if "talks went on" in b)
    assert "lang=" not in block and "unnamed speaker" in block


def test_the_quotes_page_lists_every_quote_by_date_with_a_filter_and_a_link_per_speaker(pages):
    page = pages["quotes.md"]
    html = _html(page)
    blocks = _quote_blocks(html)
    assert len(blocks) == 6
    assert [re.search(r'data-speaker="([^"]*)"', b).group(1) for b in blocks] == [
        "actors/ana", "actors/ben", "missions/minusma", "actors/ana", "unnamed", "unnamed"]
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", html) == ["2021", "2022", "Year unknown"]
    # without JavaScript: the filter is hidden, each speaker's own page is linked
    assert re.search(r'<div class="nd-filters nd-quote-filter" hidden>', page)
    for path in ("/quotes/actors/ana.md", "/quotes/actors/ben.md", "/quotes/missions/minusma.md"):
        assert f"]({path})" in page
    options = re.findall(r'<option value="([^"]*)">', page)
    assert options == ["", "actors/ana", "actors/ben", "missions/minusma", "unnamed"]


def test_a_speaker_page_holds_that_speakers_quotes_only(pages):
    page = pages["quotes/actors/ana.md"]
    assert len(_quote_blocks(_html(page))) == 2
    assert "Ben said" not in page and "](/actors/ana.md)" in page


def test_a_quote_is_text_not_markup(pages):
    html = _html(pages["quotes.md"])
    assert "Ben said # not a heading." in unescape(html) and "<b>" not in html


@pytest.mark.parametrize("long_list", [1, 2])
def test_a_long_quotes_list_is_a_page_per_year_holding_every_quote_once(long_list):
    pages = render_site(small_corpus(), ROOT / "templates", long_list=long_list)
    years = {path: text for path, text in pages.items() if re.fullmatch(r"quotes/[^/]+\.md", path)}
    assert years, "no page per year"
    shown = [b for text in years.values() for b in _quote_blocks(_html(text))]
    assert len(shown) == 6
    index = pages["quotes.md"]
    assert not _quote_blocks(_html(index))
    for path in years:
        assert f"](/{path})" in index
    assert "## Who is quoted most" in index and "](/quotes/actors/ana.md)" in index


def test_a_speaker_quoted_more_than_a_long_list_gets_a_page_per_year_linked_from_their_page():
    pages = render_site(small_corpus(), ROOT / "templates", long_list=1)  # Ana is quoted twice
    ana_years = sorted(p for p in pages if p.startswith("quotes/actors/ana/"))
    assert ana_years == ["quotes/actors/ana/2021.md", "quotes/actors/ana/2022.md"]
    assert all(f"](/{p})" in pages["actors/ana.md"] for p in ana_years)
    assert not _quote_blocks(_html(pages["actors/ana.md"]))
    assert "Ben said" in pages["actors/ben.md"]  # quoted once: listed on the page itself


def test_a_corpus_with_no_quote_and_no_tie_says_so():
    corpus = small_corpus()
    for article in corpus.articles.values():
        article.meta["quotes"] = []
        article.meta["actors"] = article.meta["actors"][:1]
    pages = render_site(corpus, ROOT / "templates")
    assert "No quote found in the articles yet." in pages["quotes.md"]
    assert "No two actors or missions appear together yet." in pages["network.md"]
    assert not [p for p in pages if p.startswith("quotes/")]
