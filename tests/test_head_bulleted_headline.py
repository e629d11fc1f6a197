"""A blog or a small site may print its post's headline as a list's item, a bullet before it
("\u2022 Headline"), over the text. The title kept the bullet. A headline opening with a figure,
a dash inside it or a middle dot inside it is read as before.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

PARAGRAPHS = {
    "en": "The unit will guard the mission's offices and its staff in the capital for a year.",
    "fr": "L'unité gardera les bureaux de la mission et son personnel dans la capitale pendant un an.",
    "es": "La unidad custodiará las oficinas de la misión y a su personal en la capital durante un año.",
    "vi": "Đơn vị sẽ bảo vệ các văn phòng và nhân viên của phái bộ ở thủ đô trong một năm.",
}


def _text(head: str, language: str) -> str:
    return "\n".join([head, "", "    " + _LEAD[language], "", "    " + PARAGRAPHS[language], "",
                      "    " + _MORE[language], "", "    Post a Comment"])


@pytest.mark.parametrize("bullet", ["\u2022", "\u25aa", "\u25cf"])
@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_bullet_before_the_headline_is_no_part_of_it(language, bullet):
    assert extract(_text(f"{bullet} {_HEAD[language]}", language)).fields["title"] == _HEAD[language]


@pytest.mark.parametrize("bullet", ["\u2022", "\u25aa"])
@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_bullet_glued_to_the_headline_is_no_part_of_it(language, bullet):
    # the mark printed with no space after it ("\u2022Headline")
    assert extract(_text(f"{bullet}{_HEAD[language]}", language)).fields["title"] == _HEAD[language]


@pytest.mark.parametrize("headline", ["2 peacekeepers hurt near the border", "Peacekeepers stay - the mission says so",
                                      "Peacekeepers stay \u00b7 Mission extended"])
def test_a_headline_opening_with_a_figure_or_holding_a_dash_or_a_dot_is_kept_whole(headline):
    # (must not change)
    assert extract(_text(headline, "en")).fields["title"] == headline
