"""A site's or a blog's name printed twice above the post (its header and a widget), sharing
no word with the lead, is no headline when the post's headline, under the date line, shares
one: the headline is the title (newsdossier.segment._header_twice). A headline printed twice
(its title bar's and its heading's) stays the title.

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE

BLOG_NAME = {
    "en": "NOTES FROM THE HARBOUR GARRISON",
    "fr": "CARNETS DE LA GARNISON DU PORT",
    "es": "CUADERNOS DE LA GUARNICIÓN DEL PUERTO",
    "vi": "NHẬT KÝ TRƯỜNG QUÂN NHẠC THÀNH PHỐ",
}
TAGLINE = {"en": "Pictures and stories of other times", "fr": "Images et récits d'autrefois",
           "es": "Imágenes y relatos de otros tiempos", "vi": "Hình ảnh và chuyện kể ngày xưa"}
DATE_LINE = {"en": "Thursday, 14 January 2010", "fr": "jeudi 14 janvier 2010",
             "es": "jueves, 14 de enero de 2010", "vi": "Thứ Năm, 14/01/2010"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_blog_name_printed_twice_is_not_the_title(language):
    from newsdossier.extract import extract

    text = "\n\n".join([BLOG_NAME[language], BLOG_NAME[language] + "\n" + TAGLINE[language], DATE_LINE[language],
                        HEADLINE[language], LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == HEADLINE[language]


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_headline_printed_twice_stays_the_title(language):
    from newsdossier.extract import extract

    text = "\n\n".join([HEADLINE[language], DATE_LINE[language], HEADLINE[language], LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == HEADLINE[language]


@pytest.mark.parametrize(
    ("line", "others"),
    [
        pytest.param("Peacekeepers stay in their positions", ["Other story about the weather"], id="shares-a-word-with-the-lead"),
        pytest.param("NOTES FROM THE HARBOUR GARRISON", ["A garden party by the sea"], id="no-other-line-shares-one"),
        pytest.param("NOTES FROM THE HARBOUR GARRISON", ["Troops stay"], id="the-other-line-is-too-short"),
        pytest.param("Lính ở lại", ["Lính gìn giữ hòa bình ở lại các vị trí"], id="no-content-word-of-its-own"),
    ],
)
def test_a_line_printed_twice_otherwise_stays_a_headline(line, others):
    from newsdossier.segment import _content_words, _header_twice

    headers = {line: 2, **{other: 1 for other in others}}
    assert _header_twice(line, headers, _content_words(LEAD["en"])) is False


SHORT_HEADLINE = {"en": "A farewell in Gao", "fr": "Adieu à Gao"}
DECK = {"en": "Peacekeepers stay in all their positions today", "fr": "Les troupes resteront sur toutes leurs positions"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_headline_printed_twice_sharing_no_word_with_the_lead_stays_over_its_deck(language):
    """Worded as a headline (a word in lower case, or none but its first): no site's name."""
    from newsdossier.extract import extract

    text = "\n\n".join([SHORT_HEADLINE[language], DECK[language], SHORT_HEADLINE[language], LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == SHORT_HEADLINE[language]


def test_a_title_bar_over_its_bare_headline_counts_it_printed_twice():
    """The title bar ("Headline | Site") and the bare headline under it are one headline
    printed twice once merged: it outranks a longer line sharing more of the lead's words
    (the printed-twice rule reads the counts after the merge, as before _header_twice)."""
    from newsdossier.segment import Layout, _choose_title

    layout = Layout()
    headers = {"Peacekeepers leave Gao | The Example Ledger": 1, "Peacekeepers leave Gao": 1,
               "United Nations peacekeepers hand over the last base in northern Mali": 1}
    _choose_title(layout, headers, "United Nations peacekeepers handed over their last base in northern Mali on Monday.")
    assert layout.title == "Peacekeepers leave Gao"
