"""Two datelines with no agency a wire prints that were not read:

- the seat of a body as the place a dispatch was filed from, the United Nations' headquarters
  (vocabulary dateline_seat_names), before a colon or a spaced dash ("UNITED NATIONS: At
  least ...", "UNITED NATIONS - The ...", "NATIONS UNIES - Cinq ..."): the dateline is the
  United Nations; the body's acronym ("UN - ...", "ONU : ...") opening the lead is no dateline;
- a city and the country it lies in, before a spaced hyphen ("GOMA, Congo - ..."), the
  country maybe a short name the gazetteer leaves out as ambiguous but that a word of the
  city's country's name holds: the city is the dateline; a country that is not the city's is
  none.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, opening: str) -> str:
    return "\n\n".join([HEADLINE[language], f"{opening} {LEAD[language]}", MORE[language]])


@pytest.mark.parametrize(("language", "opening"), [
    ("en", "UNITED NATIONS:"),
    ("en", "UNITED NATIONS -"),
    ("en", "United Nations:"),
    ("en", "United Nations -"),
    ("fr", "NATIONS UNIES -"),
    ("es", "NACIONES UNIDAS -"),
])
def test_the_united_nations_seat_opening_the_lead_is_its_dateline(language, opening):
    result = extract(_page(language, opening))
    assert (result.fields["dateline"], result.fields["title"]) == ("United Nations", HEADLINE[language])


@pytest.mark.parametrize(("language", "opening"), [
    ("en", "UN -"),
    ("fr", "ONU -"),
])
def test_the_acronym_opening_the_lead_is_no_dateline(language, opening):
    assert extract(_page(language, opening)).fields["dateline"] == ""


@pytest.mark.parametrize(("language", "opening", "place"), [
    ("en", "GOMA, Congo -", "Goma"),
    ("en", "Goma, Congo -", "Goma"),
    ("en", "BUNIA, Congo -", "Bunia"),
    ("en", "GAO, Mali -", "Gao"),
    ("fr", "BAMAKO, Mali -", "Bamako"),
    ("es", "JUBA, Sudán del Sur -", "Juba"),
])
def test_a_city_and_its_country_before_a_spaced_hyphen_are_its_dateline(language, opening, place):
    result = extract(_page(language, opening))
    assert (result.fields["dateline"], result.fields["title"]) == (place, HEADLINE[language])


@pytest.mark.parametrize(("language", "opening"), [
    ("en", "GOMA, Mali -"),
    ("fr", "Bamako, Congo -"),
])
def test_a_country_that_is_not_the_citys_makes_no_dateline(language, opening):
    assert extract(_page(language, opening)).fields["dateline"] == ""
