"""A site's name shaped like a web domain printed alone as the page's first line, above the
headline (the logo's text copied with the page: "Harbourledger.net"), names the outlet of the
page even printed once; main asked for the name on two lines of its own and gave no outlet.
The sites where pages are shared and file names stay none, and a web name printed in the
middle of the text (a link among the paragraphs) is not the page's masthead.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024", "vi": "03/03/2024"}


@pytest.mark.parametrize(("language", "first", "outlet"), [
    pytest.param("en", "Harbourledger.net", "Harbourledger.net", id="en-net"),
    pytest.param("fr", "Collinesinfo.com", "Collinesinfo.com", id="fr-com"),
    pytest.param("es", "www.diariodelvalle.com.ar", "www.diariodelvalle.com.ar", id="es-www"),
    pytest.param("vi", "Tinbienmoi.vn", "Tinbienmoi.vn", id="vi"),
])
def test_web_name_on_the_first_line_names_the_outlet(language, first, outlet):
    text = "\n\n".join([first, _HEAD[language], DAY[language], _LEAD[language], _MORE[language]])
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize("first", [
    # (must not change) a sharing site and a file name are no outlet
    pytest.param("facebook.com", id="sharing-site"),
    pytest.param("logo.png", id="file-name"),
])
def test_no_site_names_stay_none(first):
    text = "\n\n".join([first, _HEAD["en"], DAY["en"], _LEAD["en"], _MORE["en"]])
    assert extract(text).fields["source"] in ("", None)


def test_web_name_among_the_paragraphs_is_no_masthead():
    # (must not change) the name printed once under the lead, not above the headline
    text = "\n\n".join([_HEAD["en"], DAY["en"], _LEAD["en"], "Harbourledger.net", _MORE["en"]])
    assert extract(text).fields["source"] in ("", None)
