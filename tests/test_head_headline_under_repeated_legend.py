"""A page may print its lead picture's legend twice above the headline (the picture's alt
text, then its legend), then the picture's credit, then the headline and the text. The
headline is the page's headline. Main read the legends as captions and then took no headline
under them, so it derived a title from the lead. A legend printed once right above the
headline was read as before.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

# a short legend, as a picture's alt text and legend print it
LEGEND = {"en": "The mission's headquarters in the capital.", "fr": "Le quartier général de la mission à Bangui.",
          "es": "Cuartel general de la misión en la capital.", "vi": "Trụ sở của phái bộ ở thủ đô."}
CREDIT = {"en": "Photo Credit: Harbour Radio", "fr": "Crédit photo : Radio Exemple",
          "es": "Crédito de la foto: Radio Ejemplo", "vi": "Ảnh: Đài Ví Dụ"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_headline_under_a_legend_printed_twice_and_its_credit(language):
    text = "\n".join([LEGEND[language], "", LEGEND[language], CREDIT[language], "", _HEAD[language], "",
                      _LEAD[language], "", _MORE[language] + " " + _LEAD[language]])
    assert extract(text).fields["title"] == _HEAD[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_headline_without_legends_is_read_as_before(language):
    # (must not change) the same page with no picture above the headline
    text = "\n".join([_HEAD[language], "", _LEAD[language], "", _MORE[language]])
    assert extract(text).fields["title"] == _HEAD[language]
