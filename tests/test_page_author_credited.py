"""A whole saved page holds more names in author places than the article's writer: the name
over each reader's comment, an account menu's "Username" field, the writer of a related story in
a side box. trafilatura reads the page's author from its markup, its body's author classes
included, and on a whole page takes one of those. The page's author is kept only where the page
credits it for the article: declared in its <head> or structured data, printed in the header
under its headline, or in the article's text. Every page is written for these tests."""
from __future__ import annotations

import pytest

_BODY = ("<p>The convoy reached the northern base on Tuesday after three days on roads cut by the "
         "rains, the regional governor said in a statement read on local radio.</p>"
         "<p>Engineers of the contingent repaired two bridges on the way, and the rotation of the "
         "remaining companies is to follow next week by air, officials added.</p>"
         "<p>Residents of the town gathered at the central market to greet the soldiers, where "
         "elders and local officials held a short ceremony in the afternoon.</p>")


def _page(head: str = "", header: str = "", after: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Convoy reaches the north</title>{head}</head>'
            f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article>'
            f'<h1>Convoy reaches the north</h1>{header}{_BODY}</article>{after}</main>'
            f'<footer><p>Contact | Terms</p></footer></body></html>').encode()


_COMMENTS = ('<div class="readers"><div class="post_head"><p class="post_info">'
             '<span class="post_comment_author">Quietreader77</span><br> <span class="date">2 hours ago</span></p></div>'
             '<p>Good to see the bridges fixed before the rains come back again this year.</p></div>')
_ACCOUNT = ('<div id="account-menu" class="nav-btn hidden"><span class="username">Username</span> '
            '<a href="#">Sign out</a></div>')
_RELATED = ('<div class="dont_miss_box"><a href="/opinion/market-prices"><img src="/ana.jpg" alt="Ana Delacroix"></a>'
            '<div class="dont_miss_author_name">Ana Delacroix</div><div class="dont_miss_title">'
            '<a href="/opinion/market-prices">Why market prices climb in the dry season</a></div></div>')


def _authors(raw: bytes) -> list:
    from newsdossier.ingest.html import read_page
    from newsdossier.ingest.known import Known

    known = Known()
    read_page(raw, known)
    value = known.best("authors")
    return list(value.value) if value else []


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(_COMMENTS, id="name-over-a-readers-comment"),
        pytest.param(_ACCOUNT, id="account-menus-username-field"),
        pytest.param(_RELATED, id="related-storys-writer"),
    ],
)
def test_a_name_the_page_does_not_credit_for_the_article_is_no_author(after):
    assert _authors(_page(after=after)) == []


_RELATED_ROE = _RELATED.replace("Ana Delacroix", "Jane Roe")


@pytest.mark.parametrize(
    ("header", "after"),
    [
        # a reader's one-word name inside a word of the text ("Ali" in "Mali")
        pytest.param("<p>The base lies in central Mali, near the river.</p>", _COMMENTS.replace("Quietreader77", "Ali"),
                     id="readers-name-inside-a-word"),
        # a related story's writer whose name begins a longer, hyphenated name of the text
        pytest.param("<p>Jane Roe-Smith, a trader at the market, watched them pass.</p>", _RELATED_ROE,
                     id="related-writer-inside-a-hyphenated-name"),
        # the same in French: "Éric" inside "Éric-Paul"
        pytest.param("<p>Éric-Paul Martin, commerçant au marché, les a regardés passer.</p>",
                     _COMMENTS.replace("Quietreader77", "Eric"), id="readers-name-inside-a-hyphenated-name-fr"),
    ],
)
def test_a_name_printed_only_inside_a_longer_word_is_not_credited(header, after):
    assert _authors(_page(header=header, after=after)) == []


@pytest.mark.parametrize(
    ("head", "header", "after", "expected"),
    [
        # (must not change) the writer declared in the page's <head>
        pytest.param('<meta name="author" content="Tomas Reyes">', "", _COMMENTS, ["Tomas Reyes"], id="meta-author"),
        # (must not change) the byline printed under the headline, read by its class
        pytest.param("", '<div class="byline">By <span class="author">Mira Holt</span></div>', _COMMENTS, ["Mira Holt"],
                     id="byline-under-headline"),
        # (must not change) the writer's box after the article, whose name the article's text signs
        pytest.param("", "<p>Idris Kamau reported from the northern base for this story.</p>",
                     '<div class="post_author_box"><span class="author_name">Idris Kamau</span></div>', ["Idris Kamau"],
                     id="writer-box-named-in-the-text"),
    ],
)
def test_a_writer_the_page_credits_stays(head, header, after, expected):
    assert _authors(_page(head, header, after)) == expected
