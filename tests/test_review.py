"""review: texts that look truncated or duplicated, and the review page that lists what needs a human."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, example_project
from newsdossier.corpus import Article, Corpus, load_corpus
from newsdossier.render import render_site
from newsdossier.review import duplicates, truncated
from newsdossier.store import Project

LONG = "This paragraph is long enough to be compared with the paragraphs of other articles. "


def _article(article_id: str, body: str) -> Article:
    return Article({"id": article_id, "title": article_id}, body, Path(f"{article_id}.md"))


@pytest.mark.parametrize(
    ("body", "why"),
    [
        pytest.param("The mission said it would stay.", None, id="ends-a-sentence"),
        pytest.param("He said: “We will stay.”", None, id="ends-in-quotes"),
        pytest.param("Les casques bleus restent (MINUSCA).", None, id="ends-after-brackets"),
        pytest.param("The mission said it would stay and", "the text ends in the middle of a sentence", id="mid-sentence"),
        pytest.param("First paragraph.\n\nThe peacekeepers were sent to the", "the text ends in the middle of a sentence", id="last-paragraph-cut"),
        pytest.param("The convoy was attacked near the border...", "the text ends with an ellipsis", id="three-dots"),
        pytest.param("La patrouille a été attaquée…", "the text ends with an ellipsis", id="ellipsis-character"),
        pytest.param("The mission said it would stay.\n\n## More", None, id="trailing-subheading-ignored"),
        pytest.param("", "no text", id="empty"),
    ],
)
def test_a_text_cut_short_is_noticed(body, why):
    assert truncated(_article("a", body)) == why


def _corpus(**bodies: str) -> Corpus:
    corpus = Corpus()
    corpus.articles = {name: _article(name, body) for name, body in bodies.items()}
    return corpus


def _found(corpus: Corpus) -> list[tuple[str, str, str | None]]:
    return [(f.article.id, f.why, f.other.id if f.other else None) for f in duplicates(corpus)]


PARAGRAPHS = [f"{LONG}Number {n}." for n in range(10)]


@pytest.mark.parametrize(
    ("bodies", "expected"),
    [
        pytest.param({"a": "\n\n".join(PARAGRAPHS), "b": "\n\n".join(PARAGRAPHS)}, [("b", "the same text as", "a")], id="same-text-reported-once"),
        pytest.param({"a": "\n\n".join(PARAGRAPHS), "b": "\n\n".join(p.upper() for p in PARAGRAPHS)}, [("b", "the same text as", "a")], id="same-text-in-other-case"),
        pytest.param({"a": "\n\n".join(PARAGRAPHS), "b": "\n\n".join(PARAGRAPHS[:9])},
                     [("b", "nearly the text of", "a")], id="near-copy-is-the-shorter"),
        pytest.param({"a": "\n\n".join(PARAGRAPHS[:5]), "b": "\n\n".join(PARAGRAPHS[5:])}, [], id="different-texts"),
        pytest.param({"a": "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[0]])}, [("a", "a paragraph of the text is repeated", None)], id="repeated-paragraph"),
        pytest.param({"a": "Short.\n\nShort.", "b": "Short.\n\nShort."}, [], id="short-paragraphs-say-nothing"),
    ],
)
def test_duplicated_texts_are_found(bodies, expected):
    assert _found(_corpus(**bodies)) == expected


def test_a_paragraph_printed_by_many_articles_is_furniture_not_copying():
    footer = LONG + "Subscribe to our newsletter."
    bodies = {f"a{n:02d}": f"{LONG}Own story {n}.\n\n{footer}" for n in range(30)}
    assert _found(_corpus(**bodies)) == []


def test_findings_asked_again_name_the_articles_of_the_corpus_asked_about_and_follow_a_changed_text():
    """The findings of the last corpus are given again while its texts are the same, naming the
    new corpus's articles (a title edited, under serve); a text changed finds them anew."""
    bodies = {"a": "\n\n".join(PARAGRAPHS), "b": "\n\n".join(PARAGRAPHS), "c": "\n\n".join(f"{LONG}A story of its own, {n}." for n in range(3))}
    first = _corpus(**bodies)
    assert _found(first) == [("b", "the same text as", "a")]
    again = _corpus(**bodies)
    again.articles["a"] = Article({"id": "a", "title": "A title edited"}, bodies["a"], Path("a.md"))
    found = duplicates(again)
    assert [(f.article.id, f.other.id) for f in found] == [("b", "a")]
    assert found[0].article is again.articles["b"] and found[0].other is again.articles["a"]
    changed = _corpus(**{**bodies, "b": "\n\n".join(f"{LONG}Another story, {n}." for n in range(3))})
    assert _found(changed) == []
    assert _found(_corpus(**{**bodies, "c": "\n\n".join(PARAGRAPHS)})) == [("b", "the same text as", "a"), ("c", "the same text as", "a")]


@pytest.fixture
def review_page(tmp_path: Path):
    """The review page of a copy of the example corpus's data after `edit` changed it."""
    shutil.copytree(example_project() / "data", tmp_path / "data")

    def render(edit) -> str:
        edit(tmp_path / "data")
        corpus = load_corpus(Project(tmp_path))
        assert not corpus.problems
        return render_site(corpus, ROOT / "templates")["review.md"]

    return render


def _first_article(data: Path) -> Path:
    return sorted((data / "articles").glob("*.md"))[0]


def _cut_text(data: Path) -> None:
    path = _first_article(data)
    path.write_text(path.read_text(encoding="utf-8").rstrip().rstrip(".") + " and then the\n", encoding="utf-8")


def _copy_article(data: Path) -> None:
    path = _first_article(data)
    text = path.read_text(encoding="utf-8")
    (data / "articles" / "zz-copy.md").write_text(text.replace(f"id: {path.stem}", "id: zz-copy", 1), encoding="utf-8")


_NAMED_OUTLET = re.compile(r"^source: (?!''$|\"\"$)\S.*$", re.M)


def _with_outlet(data: Path) -> Path:
    return next(p for p in sorted((data / "articles").glob("*.md")) if _NAMED_OUTLET.search(p.read_text(encoding="utf-8")))


def _drop_outlet(data: Path) -> None:
    path = _with_outlet(data)
    path.write_text(_NAMED_OUTLET.sub("source: ''", path.read_text(encoding="utf-8"), count=1), encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "section", "entry"),
    [
        pytest.param(_cut_text, "## Texts that look truncated (1)", "the text ends in the middle of a sentence", id="truncated"),
        pytest.param(_copy_article, "## Texts that look duplicated (1)", "the same text as", id="duplicated"),
    ],
)
def test_the_review_page_lists_each_finding_with_the_file_to_edit(review_page, edit, section, entry):
    page = review_page(edit)
    assert section in page
    lines = page.split(section, 1)[1].split("\n## ", 1)[0]
    finding = next(line for line in lines.splitlines() if entry in line)
    assert "edit [data/articles/" in finding and "](/data/articles/" in finding


def test_an_article_without_an_outlet_is_listed_with_the_authors_read(review_page):
    untouched = review_page(lambda data: None)
    dropped = {}

    def edit(data: Path) -> None:
        dropped["name"] = _with_outlet(data).name
        _drop_outlet(data)

    page = review_page(edit)
    section = page.split("## Articles without an outlet (", 1)[1].split("\n## ", 1)[0]
    before = untouched.split("## Articles without an outlet (", 1)[1].split("\n## ", 1)[0]
    assert int(section.split(")", 1)[0]) == int(before.split(")", 1)[0]) + 1
    finding = next(line for line in section.splitlines() if f"(/data/articles/{dropped['name']}.html)" in line)
    assert "no outlet" in finding


def test_every_review_entry_links_the_file_to_edit(review_page):
    page = review_page(lambda data: None)
    entries = [line for line in page.splitlines() if line.startswith("- ")]
    assert entries
    for line in entries:
        assert "edit [data/" in line and "](/data/" in line, line


def test_a_text_saved_many_times_is_reported_on_every_copy_after_the_first():
    bodies = {f"a{n:02d}": "\n\n".join(PARAGRAPHS) for n in range(30)}
    assert _found(_corpus(**bodies)) == [(f"a{n:02d}", "the same text as", "a00") for n in range(1, 30)]


_DATE_LINE = re.compile(r"^date: .*$", re.M)


def _articles_dated(data: Path, basis: str) -> list[Path]:
    return [p for p in sorted((data / "articles").glob("*.md"))
            if f"\ndate_basis: {basis}\n" in p.read_text(encoding="utf-8")]


def _section(page: str, heading: str) -> str:
    return page.split(f"## {heading} (", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    ("basis", "heading", "typed"),
    [
        pytest.param("unknown", "Unknown dates", "'2021-11-30'", id="unknown-given-a-day"),
        pytest.param("unknown", "Unknown dates", "2021-11", id="unknown-given-a-month"),
        pytest.param("inferred", "Inferred dates", "'2019-03-04'", id="inferred-corrected"),
    ],
)
def test_a_date_a_person_wrote_leaves_the_review_of_unknown_and_inferred_dates(review_page, basis, heading, typed):
    """The review lists the articles whose date was inferred or not found; once a person has
    written the date (the article's `date` differs from its machine record's), the article is
    no longer listed there, while the other articles of that section stay."""
    chosen = {}

    def edit(data: Path) -> None:
        paths = _articles_dated(data, basis)
        assert paths, f"the example corpus has no article with date_basis {basis}"
        chosen["all"] = [p.stem for p in paths]
        chosen["edited"] = paths[0].stem
        paths[0].write_text(_DATE_LINE.sub(f"date: {typed}", paths[0].read_text(encoding="utf-8"), count=1), encoding="utf-8")

    before = _section(review_page(lambda data: None), heading)
    after = _section(review_page(edit), heading)
    link = f"(/data/articles/{chosen['edited']}.md.html)"
    assert link in before and link not in after
    for other in chosen["all"][1:]:
        assert f"(/data/articles/{other}.md.html)" in after
