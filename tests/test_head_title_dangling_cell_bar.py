"""A page laid out in table cells prints a bar after each cell's text ("2024-03-03 |",
"Headline |", "Keywords: ... |"): the bar closing the headline's line is the cell's edge, not
part of the headline. Main kept it ("... in the south |"). A bar between two parts of a title
("Headline | Section") is read as before, and a headline ending in a word keeps it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

KEYWORDS = {"en": "Keywords: UN; peacekeeping |", "fr": "Mots-clés: ONU; maintien de la paix |",
            "es": "Palabras clave: ONU; paz |", "vi": "Từ khóa: LHQ; gìn giữ hòa bình |"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
@pytest.mark.parametrize("edge", [" |", " | "])
def test_bar_closing_the_headline_cell_is_cut(language, edge):
    text = "\n".join(["2024-03-03 |", _HEAD[language] + edge, KEYWORDS[language], _LEAD[language], _MORE[language],
                      _MORE[language] + " " + _LEAD[language]])
    assert extract(text).fields["title"] == _HEAD[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_headline_without_a_bar_stays_whole(language):
    # (must not change) the same page with no cell edges
    text = "\n".join(["2024-03-03", _HEAD[language], _LEAD[language], _MORE[language]])
    assert extract(text).fields["title"] == _HEAD[language]
