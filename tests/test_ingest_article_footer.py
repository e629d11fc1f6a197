"""An <article>'s own <footer> (HTML: a footer belongs to its nearest article or section)
holds the article's byline and date ("Posted on <time>"): the markup's date is read there,
while the page's footer, outside any article, stays left out. Every page is written for
these tests."""
from __future__ import annotations

import pytest

_PARAGRAPH = "<p>" + ("The harbour board agreed on Monday to dredge the channel by the old ferry pier, "
                      "as the fishermen of the town had asked after the winter storms. ") * 3 + "</p>"


@pytest.mark.parametrize(
    ("inside", "outside", "expected"),
    [
        pytest.param('<footer class="entry-meta">Posted on <time datetime="2020-09-22">22 September 2020</time></footer>',
                     "", "2020-09-22", id="article-footer-time"),
        pytest.param('<footer><p>By Ana Lee, <time datetime="2020-09-22">22 September 2020</time></p></footer>',
                     '<footer><a href="/x">Pier closes <time datetime="2018-01-05">5 January 2018</time></a></footer>',
                     "2020-09-22", id="article-footer-and-page-footer"),
        # (must not change) the page's footer, outside the article
        pytest.param("", '<footer><a href="/x">Pier closes <time datetime="2018-01-05">5 January 2018</time></a></footer>',
                     None, id="page-footer-only"),
    ],
)
def test_an_articles_own_footer_dates_it(inside, outside, expected):
    from lxml import html

    from newsdossier.ingest.html import _markup_date

    tree = html.fromstring(f"<html><head><title>Channel</title></head><body><article><h1>Channel</h1>"
                           f"{_PARAGRAPH}{inside}</article>{outside}</body></html>")
    assert _markup_date(tree)[0] == expected


@pytest.mark.parametrize(
    ("inside", "outside", "expected"),
    [
        pytest.param('<aside class="entry-date">Filed <time datetime="2021-03-08">8 March 2021</time></aside>',
                     "", "2021-03-08", id="article-aside-time"),
        pytest.param('<aside><p>Published <time datetime="2021-03-08">8 March 2021</time></p></aside>',
                     '<aside><a href="/y">Ferry fares rise <time datetime="2017-06-02">2 June 2017</time></a></aside>',
                     "2021-03-08", id="article-aside-and-sidebar"),
        # (must not change) a sidebar, outside the article
        pytest.param("", '<aside><a href="/y">Ferry fares rise <time datetime="2017-06-02">2 June 2017</time></a></aside>',
                     None, id="sidebar-only"),
    ],
)
def test_an_aside_inside_the_article_is_the_articles(inside, outside, expected):
    """HTML: an <aside> inside an <article> is related to that article; only one outside any
    article is the page's frame."""
    from lxml import html

    from newsdossier.ingest.html import _markup_date

    tree = html.fromstring(f"<html><head><title>Channel</title></head><body><article><h1>Channel</h1>"
                           f"{_PARAGRAPH}{inside}</article>{outside}</body></html>")
    assert _markup_date(tree)[0] == expected
