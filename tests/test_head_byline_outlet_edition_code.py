"""A video or article credited to an outlet's language edition ("par France 24 FR", "by Euronews
EN", "por France 24 ES") names the outlet, the two capitals after it being the edition's
language code, no writer. Main took the code as the writer's name and missed the outlet where
the whole credit is no name the reference knows. Euronews, a broadcaster that signs its videos
"euronews-fr" on the sites that embed them, is now in the reference.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

CASES = [
    ("fr", "par France 24 FR", "France 24"),
    ("en", "by Euronews EN", "Euronews"),
    ("es", "por France 24 ES", "France 24"),
    ("fr", "par euronews-fr", "Euronews"),
    ("fr", "par Euronews", "Euronews"),
]


@pytest.mark.parametrize("language,credit,outlet", CASES)
def test_edition_code_after_outlet_is_no_writer(language, credit, outlet):
    text = "\n".join([_HEAD[language], credit, _LEAD[language], _MORE[language]])
    fields = extract(text).fields
    assert (fields["source"], fields["authors"]) == (outlet, [])


@pytest.mark.parametrize("language,byline,authors,outlet", [
    # (must not change) a writer, then an agency's short name in capitals: the agency, the writer kept
    ("en", "By Jane Roe, AP", ["Jane Roe"], "Associated Press"),
    ("fr", "Par Jean Dupont, AFP", ["Jean Dupont"], "Agence France-Presse"),
])
def test_writer_then_agency_initials_read_as_before(language, byline, authors, outlet):
    text = "\n".join([_HEAD[language], byline, _LEAD[language], _MORE[language]])
    fields = extract(text).fields
    assert (fields["authors"], fields["source"]) == (authors, outlet)
