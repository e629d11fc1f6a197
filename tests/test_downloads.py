"""The downloads: the whole graph as one JSON document and one CSV table per kind of record
(articles, actors with roles, missions, events, mentions with their sentence, quotes), UTF-8,
RFC 4180, a header row; the Data page describes every file and column."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from conftest import example_project
from newsdossier.corpus import Article, Corpus, load_corpus
from newsdossier.downloads import GRAPH_JSON, GRAPH_KEYS, MENTIONS_KEPT, REGISTRIES_KEPT, TABLES, build_downloads, role_text
from newsdossier.graph import build_graph
from newsdossier.store import Project


def _table(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.fixture(scope="module")
def example():
    corpus = load_corpus(Project(example_project()))
    graph = build_graph(corpus)
    return corpus, graph, build_downloads(corpus, graph)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_each_table_has_its_documented_header_and_as_many_rows_as_said(example, table):
    _corpus, _graph, made = example
    text = made.files[table.path]
    assert text.splitlines()[0] == ",".join(c.name for c in table.columns)
    assert len(_table(text)) == made.rows[table.name]


def test_every_article_actor_mission_and_event_has_its_row(example):
    corpus, _graph, made = example
    for table, registry in (("articles", corpus.articles), ("actors", corpus.actors), ("missions", corpus.missions), ("events", corpus.events)):
        assert sorted(r["id"] for r in _table(made.files[f"downloads/{table}.csv"])) == sorted(registry), table


def test_the_missions_table_exists_with_its_names_and_counts(example):
    corpus, graph, made = example
    rows = {r["id"]: r for r in _table(made.files["downloads/missions.csv"])}
    for mission_id, entry in corpus.missions.items():
        assert rows[mission_id]["acronym"] == entry["acronym"]
        links = graph.mission_links.get(mission_id, [])
        assert int(rows[mission_id]["articles"]) + int(rows[mission_id]["articles_inferred"]) == len(links)


def test_the_actors_table_carries_roles(example):
    corpus, _graph, made = example
    rows = {r["id"]: r for r in _table(made.files["downloads/actors.csv"])}
    with_roles = [e for e in corpus.actors.values() if e.get("roles")]
    assert with_roles, "the example corpus has actors with roles"
    for entry in with_roles:
        assert rows[entry["id"]]["roles"].split("; ") == [role_text(r) for r in entry["roles"]]


def test_each_mention_names_an_entity_an_article_and_the_sentence_that_names_it(example):
    corpus, graph, made = example
    rows = _table(made.files["downloads/mentions.csv"])
    assert len(rows) == sum(map(len, graph.actor_links.values())) + sum(map(len, graph.mission_links.values()))
    named = [r for r in rows if r["basis"] == "named" and r["sentence"]]
    assert named
    for row in rows:
        assert row["article_id"] in corpus.articles
        assert row["entity_id"] in (corpus.actors if row["entity_type"] == "actor" else corpus.missions)
        assert row["language"] == corpus.articles[row["article_id"]].meta["language"]
    for row in named:  # the sentence is the article's own words
        assert row["sentence"] in " ".join(corpus.articles[row["article_id"]].body.split("\n\n")) or row["sentence"] in corpus.articles[row["article_id"]].body
    for row in rows:  # evidence that is not the text is said so, and is the article's own caption or headline
        meta = corpus.articles[row["article_id"]].meta
        if row["basis"] == "caption":
            assert row["sentence"] in (meta.get("captions") or [])
        elif row["basis"] == "headline":
            assert row["sentence"] == meta["title"]


def test_each_quote_is_a_row_with_its_article_speaker_kind_date_and_language(example):
    corpus, _graph, made = example
    rows = _table(made.files["downloads/quotes.csv"])
    expected = [(a.id, q["sentence"]) for a in sorted(corpus.articles.values(), key=lambda a: a.id) for q in a.meta.get("quotes") or []]
    assert expected and [(r["article_id"], r["sentence"]) for r in rows] == expected
    for row in rows:
        article = corpus.articles[row["article_id"]]
        assert (row["date"], row["language"]) == (str(article.meta["date"] or ""), article.meta["language"])
        assert row["kind"] in ("direct", "reported")
        if row["speaker_id"]:
            assert row["speaker_name"]


def test_graph_json_holds_every_kind_of_record(example):
    corpus, _graph, made = example
    document = json.loads(made.files[GRAPH_JSON])
    assert [k for k in document if k != "generator"] == [k.name for k in GRAPH_KEYS]
    assert len(document["articles"]) == len(corpus.articles) and all("body" in a for a in document["articles"])
    assert document["mentions"] == _table(made.files["downloads/mentions.csv"])
    assert document["quotes"] == _table(made.files["downloads/quotes.csv"])


# --- values that are CSV syntax, in every language -----------------------------------------------

HOSTILE = [
    "Lacroix, Jean-Pierre",  # a comma
    'Le "casque bleu"',  # quotes
    "une ligne\npuis une autre",  # a line break
    "Nguyễn Chí Vịnh; Đặng Đình Quý",  # the list separator, Vietnamese
    "Misión de la ONU: «paz»",  # Spanish, guillemets
    "=1+1",  # looks like a formula
]


def _tiny_corpus(tmp_path: Path, value: str) -> Corpus:
    meta = {"id": "a1", "seed": "a1.txt", "title": value, "date": "2021-05", "date_basis": "explicit", "language": "fr",
            "source": value, "authors": [value, "B"], "actors": ["p1"], "missions": [], "missions_inferred": [], "events": [],
            "quotes": [{"speaker": "p1", "kind": "direct", "sentence": value}]}
    corpus = Corpus(root=tmp_path)
    corpus.articles["a1"] = Article(meta, f"Texte. {value} a parlé.", tmp_path / "a1.md")
    corpus.actors["p1"] = {"id": "p1", "name": value, "kind": "person", "status": "confirmed", "aliases": [value], "roles": [value]}
    return corpus


@pytest.mark.parametrize("value", HOSTILE)
def test_a_value_holding_csv_syntax_comes_back_whole(tmp_path, value):
    made = build_downloads(_tiny_corpus(tmp_path, value))
    article = _table(made.files["downloads/articles.csv"])[0]
    assert (article["title"], article["source"], article["authors"]) == (value, value, f"{value}; B")
    assert _table(made.files["downloads/actors.csv"])[0]["name"] == value
    quote = _table(made.files["downloads/quotes.csv"])[0]
    assert (quote["sentence"], quote["speaker_name"], quote["language"]) == (value, value, "fr")


def test_csv_lines_end_in_crlf_and_only_fields_that_need_it_are_quoted(tmp_path):
    made = build_downloads(_tiny_corpus(tmp_path, 'a "b", c'))
    text = made.files["downloads/quotes.csv"]
    assert text.endswith("\r\n") and text.count("\r\n") == 2
    assert '"a ""b"", c"' in text
    assert text.splitlines()[1].startswith("a1,2021-05,fr,p1,")


@pytest.mark.parametrize(("role", "text"), [
    ("Under-Secretary-General", "Under-Secretary-General"),
    ({"title": "ambassadeur", "start": "2019", "article": "002_x"}, "ambassadeur (start: 2019, article: 002_x)"),
    ({"role": "ministro de Defensa"}, "ministro de Defensa"),
    ({"title": "Thứ trưởng", "end": None}, "Thứ trưởng"),
])
def test_a_role_is_one_cell_with_its_dates_and_source_when_known(role, text):
    assert role_text(role) == text


def test_a_merged_speaker_is_given_as_the_actor_it_was_merged_into(tmp_path):
    corpus = _tiny_corpus(tmp_path, "Jean-Pierre Lacroix")
    corpus.actors["p0"] = {"id": "p0", "name": "J.-P. Lacroix", "kind": "person", "status": "confirmed", "same_as": "p1"}
    corpus.articles["a1"].meta["quotes"] = [{"speaker": "p0", "kind": "reported", "sentence": "Il a dit."}]
    quote = _table(build_downloads(corpus).files["downloads/quotes.csv"])[0]
    assert (quote["speaker_id"], quote["speaker_name"]) == ("p1", "Jean-Pierre Lacroix")


def test_rows_grow_with_the_corpus_one_per_record(tmp_path):
    """Many articles: one row each, mentions and quotes one per link and quote (no row repeated
    or dropped as the corpus grows)."""
    corpus = _tiny_corpus(tmp_path, "Jean-Pierre Lacroix")
    template = corpus.articles.pop("a1")
    for n in range(2000):
        meta = dict(template.meta, id=f"a{n:04d}", seed=f"a{n:04d}.txt")
        corpus.articles[meta["id"]] = Article(meta, template.body, tmp_path / f"a{n:04d}.md")
    made = build_downloads(corpus)
    assert made.rows == {"articles": 2000, "actors": 1, "missions": 0, "events": 0, "mentions": 2000, "quotes": 2000}


# --- the Data page ---------------------------------------------------------------------------------


def test_the_data_page_describes_every_file_and_column_and_is_in_the_navigation(built_site: Path):
    page = html.unescape((built_site / "data" / "index.html").read_text(encoding="utf-8"))
    for table in TABLES:
        assert f'id="{table.name}csv"' in page, table.name
        for column in table.columns:
            assert f"<code>{column.name}</code>" in page, (table.name, column.name)
    for key in GRAPH_KEYS:
        assert f"<code>{key.name}</code>" in page
    for href in set(re.findall(r'href="((?:\.\./)*downloads/[^"]+)"', page)):
        assert (built_site / "data" / href).resolve().is_file(), href
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a[^>]+href="data/"', home)  # in the navigation, and from the home page's Data section


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_the_published_csv_is_utf8_with_a_header(built_site: Path, table):
    raw = (built_site / table.path).read_bytes()
    text = raw.decode("utf-8")  # strict: fails on anything but UTF-8
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert next(csv.reader(io.StringIO(text, newline=""))) == [c.name for c in table.columns]


def test_french_stays_french_in_the_published_files(built_site: Path):
    text = (built_site / "downloads" / "articles.csv").read_text(encoding="utf-8")
    french = [r for r in _table(text) if r["language"] == "fr"]
    assert french and any(re.search(r"[éèêàç]", r["title"]) for r in french)
    assert "Ã" not in text


def _with_article_changed(corpus: Corpus, article_id: str, change) -> Corpus:
    """A copy of corpus whose one article's front matter is changed by change(meta)."""
    articles = dict(corpus.articles)
    old = articles[article_id]
    meta = {**old.meta, "quotes": [dict(q) for q in old.meta.get("quotes") or []]}
    change(meta)
    articles[article_id] = Article(meta, old.body + "\n\nA paragraph added.", old.path)
    return Corpus(articles=articles, actors=corpus.actors, missions=corpus.missions, events=corpus.events, root=corpus.root)


def _retitle(meta):
    meta["title"] = 'A new title, "quoted", with a comma'


def _drop_quotes(meta):
    meta["quotes"] = []


def _one_more_quote(meta):
    meta["quotes"] = [*meta["quotes"], {"speaker": "", "kind": "direct", "sentence": "We will stay, she said."}]


@pytest.mark.parametrize("change", [_retitle, _drop_quotes, _one_more_quote])
def test_downloads_reusing_the_last_builds_pieces_equal_a_build_from_nothing(example, change):
    corpus, graph, made = example
    kept: dict = {}
    assert build_downloads(corpus, graph, kept) == made
    article_id = sorted(corpus.articles)[len(corpus.articles) // 2]
    edited = _with_article_changed(corpus, article_id, change)
    edited_graph = build_graph(edited)
    again = build_downloads(edited, edited_graph, kept, changed={article_id})
    assert again == build_downloads(edited, edited_graph)
    assert again != made
    assert set(kept) - {MENTIONS_KEPT, REGISTRIES_KEPT} == set(edited.articles)


def test_an_article_not_named_changed_keeps_its_last_pieces(example):
    # What `changed` promises: the pieces of an article not in it are the last build's.
    corpus, graph, made = example
    kept: dict = {}
    build_downloads(corpus, graph, kept)
    article_id = sorted(corpus.articles)[0]
    edited = _with_article_changed(corpus, article_id, _retitle)
    assert build_downloads(edited, build_graph(edited), kept, changed=set()).files["downloads/articles.csv"] == made.files["downloads/articles.csv"]
    assert build_downloads(edited, build_graph(edited), kept, changed=None) == build_downloads(edited, build_graph(edited))
