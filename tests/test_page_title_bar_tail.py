"""A saved page's title bar (its <title>, its social cards' titles) often adds after the
headline what the page prints elsewhere: its writers ("Headline | Jane Roe", "Headline - Jane
Roe and John Doe"), its sections and a site name the address does not spell ("Headline » Local
» News » Example Courier"). Where the page prints the headline alone (its <h1>, a card's title),
the title is that headline. Every page is written for these tests."""
from __future__ import annotations

import pytest

_BODY = ("<p>The convoy reached the northern base on Tuesday after three days on roads cut by the "
         "rains, the regional governor said in a statement read on local radio.</p>"
         "<p>Engineers of the contingent repaired two bridges on the way, and the rotation of the "
         "remaining companies is to follow next week by air, officials added.</p>"
         "<p>Residents of the town gathered at the central market to greet the soldiers, where "
         "elders and local officials held a short ceremony in the afternoon.</p>")


def _page(bar: str, h1: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{bar}</title>'
            f'<meta property="og:title" content="{bar}"></head>'
            f'<body><nav><a href="/">Home</a></nav><main><article><h1>{h1}</h1>{_BODY}</article></main>'
            f'<footer><p>Contact | Terms</p></footer></body></html>').encode()


def _title(raw: bytes) -> str:
    from newsdossier.ingest.html import read_page
    from newsdossier.ingest.known import Known

    known = Known()
    read_page(raw, known)
    value = known.best("title")
    return value.value if value else ""


@pytest.mark.parametrize(
    ("bar", "h1", "expected"),
    [
        pytest.param("Convoy reaches the north after the rains | Lena Morck", "Convoy reaches the north after the rains",
                     "Convoy reaches the north after the rains", id="writer-after-a-bar"),
        pytest.param("Convoy reaches the north - Lena Morck and Petr Abel",
                     'Convoy reaches the north <span class="count">312 Comments</span>',
                     "Convoy reaches the north", id="writers-after-a-dash-h1-with-a-count"),
        pytest.param("Convoy reaches the north » Local » News » Harbour Evening Star", "Convoy reaches the north",
                     "Convoy reaches the north", id="sections-and-site-after-guillemets"),
    ],
)
def test_what_the_title_bar_adds_after_the_printed_headline_goes(bar, h1, expected):
    assert _title(_page(bar, h1)) == expected


@pytest.mark.parametrize(
    ("bar", "h1", "expected"),
    [
        # (must not change) a headline's own colon: the <h1> prints only its first part
        pytest.param("Mali: convoy reaches the north", "Mali", "Mali: convoy reaches the north", id="colon-kept"),
        # (must not change) the <h1> prints the whole title
        pytest.param("Convoy reaches the north - and the rains", "Convoy reaches the north - and the rains",
                     "Convoy reaches the north - and the rains", id="whole-title-printed"),
        # (must not change) a printed headline of too few words to stand for the title
        pytest.param("North - Lena Morck reports on the convoy", "North", "North - Lena Morck reports on the convoy",
                     id="one-word-heading"),
        # a headline holding a dash of its own, whose <h1> sets its first part in a link
        pytest.param("Peacekeepers in Mali - the last convoy leaves",
                     '<a href="/mali">Peacekeepers in Mali</a> - the last convoy leaves',
                     "Peacekeepers in Mali - the last convoy leaves", id="headlines-own-dash-first-part-linked"),
        # the same in French, a bar and a stress
        pytest.param("Casques bleus au Mali | le dernier convoi part",
                     "<em>Casques bleus au Mali</em> | le dernier convoi part",
                     "Casques bleus au Mali | le dernier convoi part", id="headlines-own-bar-first-part-stressed-fr"),
        # the same in Spanish, a long dash
        pytest.param("Los cascos azules dejan Malí — y ahora qué",
                     "<strong>Los cascos azules dejan Malí</strong> — y ahora qué",
                     "Los cascos azules dejan Malí — y ahora qué", id="headlines-own-long-dash-first-part-bold-es"),
    ],
)
def test_a_title_the_page_does_not_print_shorter_stays(bar, h1, expected):
    assert _title(_page(bar, h1)) == expected
