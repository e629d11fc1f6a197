"""A news agency's full name printed alone on a line of the page's head, with the page's date
line beside it (the byline's block: "Agence France-Presse" over "Updated: ..."), credits the
story to the agency: the page republished its dispatch, and the agency is its source over
the site's own copyright line. An acronym alone ("AFP") or a name printed beside a picture's
legend credits a picture as often, and a name with no date line beside it is no byline's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_DATE = {
    "en": "Updated: 7:15pm, 3 Mar, 2022",
    "fr": "Publié le 3 mars 2022 à 19h15",
    "es": "3 de marzo de 2022 - 19:15",
    "vi": "03/03/2022 19:15 GMT+7",
}
_SITE = "Copyright © 2022 Harbour Post. All rights reserved."


def _page(language: str, *head: str) -> str:
    return "\n".join([HEADLINE[language], *head, LEAD[language], MORE[language], _SITE])


@pytest.mark.parametrize(("language", "agency", "source"), [
    ("en", "Agence France-Presse", "Agence France-Presse"),
    ("en", "Anadolu Agency", "Anadolu Agency"),
    ("fr", "Agence France-Presse", "Agence France-Presse"),
    ("es", "Prensa Latina", "Prensa Latina"),
])
def test_an_agency_in_the_byline_s_block_is_the_source(language, agency, source):
    assert extract(_page(language, agency, agency, _DATE[language])).fields["source"] == source
    assert extract(_page(language, _DATE[language], agency)).fields["source"] == source


@pytest.mark.parametrize("head", [
    ["AFP", _DATE["en"]],  # an acronym alone: a picture's credit as often
    ["Agence France-Presse"],  # no date line beside it
    ["A patrol near the border in a file photo.", "Agence France-Presse", _DATE["en"]],  # a picture's credit
])
def test_an_agency_printed_otherwise_leaves_the_site_s_copyright(head):
    assert extract(_page("en", *head)).fields["source"] == "Harbour Post"
