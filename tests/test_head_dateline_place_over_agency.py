"""A wire's dateline printed in two lines between the headline and the lead: the place the
story was filed from alone on its line, the agency's name alone on the next ("MADRID" /
"EFE", "BAMAKO" / "AFP"), as pages that set the dateline and the credit in boxes of their
own print them. The place is the dateline, the agency the source. A place over a name that
is no agency's (a writer's) is no dateline so read.

Every text is invented for the tests; the headline and lead are tests/headcases.py's.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(lang: str, place: str, agency: str) -> str:
    return f"{HEADLINE[lang]}\n\n{place}\n{agency}\n\n{LEAD[lang]}\n{MORE[lang]}"


@pytest.mark.parametrize(("lang", "place", "agency", "dateline", "source"), [
    ("es", "MADRID", "EFE", "Madrid", "Agencia EFE"),
    ("es", "Madrid", "Europa Press", "Madrid", "Europa Press"),
    ("fr", "BAMAKO", "AFP", "Bamako", "Agence France-Presse"),
    ("en", "NAIROBI", "REUTERS", "Nairobi", "Reuters"),
    ("vi", "HÀ NỘI", "TTXVN", "Hanoi", "Vietnam News Agency"),
])
def test_place_alone_over_the_agency_alone_is_the_dateline(lang, place, agency, dateline, source):
    fields = extract(_page(lang, place, agency)).fields
    assert fields.get("dateline") == dateline
    assert fields.get("source") == source


def test_place_over_a_writers_name_is_no_agency_dateline():
    fields = extract(_page("es", "MADRID", "Ana Gómez Ruiz")).fields
    assert fields.get("source") in ("", None)
