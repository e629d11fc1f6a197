"""A date or outlet the text prints otherwise than the one kept (`date_printed`,
`source_printed`) is for a person to settle: once they put the printed one in `date` or
`source`, as the review page asks, the article leaves the review page's "The text prints another
date or outlet" and its page no longer says the text prints another. Normalize keeps
`date_printed` beside an edited `date` (a field nobody touched takes the extraction), so the two
then agree. Small corpora made here; never data/."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from newsdossier.corpus import Article, Corpus
from newsdossier.render import render_site

LISTS = ("authors", "actors", "missions", "missions_inferred", "events")
TITLE = "Engineers rebuild a bridge near Kindu"


def _pages(**fields) -> dict[str, str]:
    meta = {k: [] for k in LISTS}
    meta.update(id="kindu", title=TITLE, date="2023-05-29", date_basis="explicit", date_origin="collector",
                date_source="the collector's metadata", source="Tide Weekly", source_origin="collector",
                language="en", quotes=[])
    meta.update(fields)
    corpus = Corpus()
    corpus.articles = {"kindu": Article(meta, "Engineers rebuilt a bridge near Kindu on Thursday.", Path("kindu.md"))}
    return render_site(corpus, ROOT / "templates")


def _listed(pages) -> bool:
    review = "\n".join(text for path, text in pages.items() if path.startswith("review"))
    section = review.split("## The text prints another date or outlet", 1)[1].split("\n## ", 1)[0]
    return TITLE in section


def _meta_line(pages, name: str) -> str:
    return next(line for line in pages["articles/kindu.md"].splitlines() if line.startswith(f"- **{name}:**"))


SETTLED = [
    pytest.param(dict(date="2023-05-25", date_printed="2023-05-25"), "Date", id="date set to the printed day"),
    pytest.param(dict(date="2023-05-26", date_printed="2023-05-25"), "Date", id="date set to the day after the printed one"),
    pytest.param(dict(date="2023-05", date_printed="2023-05-25"), "Date", id="date set to the printed day's month"),
    pytest.param(dict(source="Harbour Times", source_printed="Harbour Times"), "Source", id="outlet set to the printed one"),
    pytest.param(dict(source="harbour times", source_printed="Harbour Times"), "Source", id="outlet set to the printed one, in other case"),
    pytest.param(dict(source="AFP", source_printed="Agence France-Presse"), "Source", id="outlet set to another name of the printed one"),
]


@pytest.mark.parametrize(("fields", "line"), SETTLED)
def test_a_settled_date_or_outlet_leaves_the_review_page(fields, line):
    pages = _pages(**fields)
    assert not _listed(pages)
    assert "the text prints" not in _meta_line(pages, line) and "the text names" not in _meta_line(pages, line)


OPEN = [
    pytest.param(dict(date_printed="2023-05-25"), "Date", "the text prints 25 May 2023", id="another day printed"),
    pytest.param(dict(source_printed="Harbour Times"), "Source", "the text names Harbour Times", id="another outlet printed"),
]


@pytest.mark.parametrize(("fields", "line", "said"), OPEN)
def test_a_date_or_outlet_printed_otherwise_is_still_listed(fields, line, said):
    pages = _pages(**fields)
    assert _listed(pages)
    assert said in _meta_line(pages, line)
