"""An article in a right-to-left script (Arabic, Hebrew...) is laid out from the right on the
site: its title, each paragraph written in such a script, and the sentences quoted from it get
dir="rtl" (the page's own labels stay left to right). Before, an Arabic paragraph ran from the
left with its full stop at its right end."""
from __future__ import annotations

import re
import shutil

import markdown
import pytest

from conftest import ROOT, example_project
from newsdossier.corpus import load_corpus
from newsdossier.render import render_site
from newsdossier.store import Project

AR = "قالت البعثة إن الهدوء ساد في الجنوب يوم الثلاثاء."
HE = "המשימה אמרה כי השקט נשמר בדרום ביום שלישי."
EN = "The mission said calm held in the south on Tuesday."


def _page_html(tmp_path, body: str, title: str | None = None) -> str:
    shutil.copytree(example_project() / "data", tmp_path / "data")
    article = sorted((tmp_path / "data" / "articles").glob("*.md"))[0]
    head, _sep, _old = article.read_text(encoding="utf-8").partition("\n---\n")
    if title is not None:
        head = re.sub(r"(?m)^title: .*$", f"title: '{title}'", head, count=1)
    article.write_text(f"{head}\n---\n\n{body}\n", encoding="utf-8")
    corpus = load_corpus(Project(tmp_path))
    assert not corpus.problems
    article_id = next(a.id for a in corpus.articles.values() if a.path.name == article.name)
    page = render_site(corpus, ROOT / "templates")[f"articles/{article_id}.md"]
    return markdown.markdown(page, extensions=["tables", "attr_list", "md_in_html"])


def _text_part(html: str) -> str:
    return html.split('id="text">Text</h2>')[-1].split("<h2")[0] if 'id="text"' in html else html.split("Text</h2>")[1].split("<h2")[0]


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(AR, [("rtl", AR)], id="arabic"),
    pytest.param(HE, [("rtl", HE)], id="hebrew"),
    pytest.param(f"UNIFIL {AR}", [("rtl", f"UNIFIL {AR}")], id="arabic-opening-on-a-latin-acronym"),
    pytest.param(f"{EN}\n\n{AR}", [(None, EN), ("rtl", AR)], id="each-paragraph-its-own-direction"),
    pytest.param("وقال Jean-Pierre Lacroix إن MINUSMA ستغادر Bamako.", [("rtl", "وقال Jean-Pierre Lacroix إن MINUSMA ستغادر Bamako.")],
                 id="arabic-sentence-of-long-latin-names"),
    pytest.param("محمد Ali said the troops left Goma on Monday.", [(None, "محمد Ali said the troops left Goma on Monday.")],
                 id="english-sentence-opening-on-an-arabic-name"),
    # near misses: left to right, no attribute
    pytest.param(EN, [(None, EN)], id="english"),
    pytest.param("Le porte-parole, محمد, a parlé aux journalistes mardi.", [(None, "Le porte-parole, محمد, a parlé aux journalistes mardi.")],
                 id="french-naming-one-arabic-word"),
    pytest.param("12 345 — 2023.", [(None, "12 345 — 2023.")], id="numbers-only"),
])
def test_a_paragraph_in_a_right_to_left_script_runs_from_the_right(tmp_path, body, expected):
    text = _text_part(_page_html(tmp_path, body))
    paragraphs = re.findall(r"<p( dir=\"rtl\")?>(.*?)</p>", text, re.S)
    assert [("rtl" if d else None, re.sub(r"<[^>]+>", "", p)) for d, p in paragraphs] == expected


def test_a_subheading_in_a_right_to_left_script_runs_from_the_right_and_leaves_no_empty_paragraph(tmp_path):
    text = _text_part(_page_html(tmp_path, f"## عنوان فرعي عن البعثة\n\n{AR}"))
    assert re.search(r'<h3 dir="rtl"[^>]*>عنوان فرعي عن البعثة</h3>', text)
    assert "<p></p>" not in text and '<p dir="rtl"></p>' not in text


@pytest.mark.parametrize(("title", "rtl"), [
    pytest.param("قوات حفظ السلام تغادر الجنوب", True, id="arabic-title"),
    pytest.param("Peacekeepers leave the south", False, id="english-title"),
])
def test_a_title_in_a_right_to_left_script_runs_from_the_right(tmp_path, title, rtl):
    html = _page_html(tmp_path, AR, title)
    heading = re.search(r"<h1([^>]*)>", html)
    assert ('dir="rtl"' in heading.group(1)) is rtl


def test_text_that_looks_like_an_attribute_list_stays_text(tmp_path):
    body = AR + ' {: onclick="alert(1)" }'
    text = _text_part(_page_html(tmp_path, body))
    assert "onclick=" not in re.sub(r">[^<]*<", "><", text)  # in no tag
    assert "alert(1)" in text  # shown as text


@pytest.mark.parametrize(("text", "expected"), [
    ("مرحبا", True), ("שלום", True), ("Hello", False), ("", False), ("123", False),
    ("[الأمم المتحدة](/actors/united-nations-organization-peacekeeping/)", True),  # a link's address is not counted
])
def test_right_to_left_weighs_the_letters_of_each_direction(text, expected):
    from newsdossier.render import right_to_left

    assert right_to_left(text) is expected


def test_an_arabic_title_runs_from_the_right_in_the_articles_index_and_the_timeline(tmp_path):
    # (README: "a title ... written mostly in a right-to-left script is marked dir="rtl""; the
    # index and the timeline list every title, and an Arabic one opening on "UNIFIL" ran from the left)
    title = "UNIFIL: قوات حفظ السلام تغادر الجنوب"
    shutil.copytree(example_project() / "data", tmp_path / "data")
    article = sorted((tmp_path / "data" / "articles").glob("*.md"))[0]
    article.write_text(re.sub(r"(?m)^title: .*$", f"title: '{title}'", article.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    corpus = load_corpus(Project(tmp_path))
    pages = render_site(corpus, ROOT / "templates")
    index = markdown.markdown(pages["articles/index.md"], extensions=["tables", "attr_list", "md_in_html"])
    assert re.search(r'<td[^>]* dir="rtl"[^>]*>\s*<a [^>]*>' + re.escape(title), index)
    timeline = [page for name, page in pages.items() if name.startswith("timeline")]
    assert timeline and any(f'<span dir="rtl">{title}</span>' in page for page in timeline)
    # the other titles, English, get no attribute
    assert index.count('dir="rtl"') == 1
