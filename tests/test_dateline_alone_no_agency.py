"""A dateline printed on a line of its own above the lead (a page that breaks the line after
the dateline's closing mark): with no agency, its place, maybe the country after a comma, and
the dash or the Spanish stop and dash ("HARBOURTON, Exampleland —", "CIUDAD, PAÍS.-"); or a
wire's dateline whose day follows the place after a space alone ("MADRID 27 Nov. (EUROPA
PRESS) -"). Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, line: str) -> str:
    return f"{HEADLINE[language]}\n\n{line}\n{LEAD[language]}\n\n{MORE[language]}\n"


@pytest.mark.parametrize("language, line, place", [
    pytest.param("en", "BAMAKO, Mali \u2014", "Bamako", id="en-caps-country-em-dash"),
    pytest.param("en", "JUBA, South Sudan --", "Juba", id="en-caps-country-double-hyphen"),
    pytest.param("es", "PUERTO PR\u00cdNCIPE, HAIT\u00cd.-", "Port-au-Prince", id="es-caps-stop-dash"),
    pytest.param("fr", "Goma, RDC \u2013", "Goma", id="fr-title-case-known-place"),
    pytest.param("es", "MADRID 27 Nov. (EUROPA PRESS) \u2013", "Madrid", id="es-wire-day-after-space"),
    pytest.param("en", "NAIROBI 4 March (Reuters) -", "Nairobi", id="en-wire-day-after-space"),
    # a city of one word alone over the lead, no menu's word
    pytest.param("en", "GENEVA \u2014", "Geneva", id="en-one-word-city"),
    pytest.param("es", "BAMAKO.-", "Bamako", id="es-one-word-city-stop-dash"),
])
def test_a_dateline_alone_on_its_line(language, line, place):
    assert extract(_page(language, line)).fields["dateline"] == place


@pytest.mark.parametrize("language, line", [
    # a section's name in capitals with a dash, no place the gazetteer knows
    pytest.param("es", "MUNDO -", id="section-name"),
    pytest.param("en", "WORLD NEWS \u2014", id="section-name-en"),
    # a country's name of one word: a section's as often as a dateline's
    pytest.param("en", "MALI \u2014", id="one-word-country"),
    # a known place with a region that is no country
    pytest.param("en", "BAMAKO, Old Town \u2014", id="region-not-a-country"),
    # a sentence ending on a dash is no dateline
    pytest.param("en", "The mission in Mali said this \u2014", id="sentence"),
])
def test_no_dateline_from_a_line_that_is_none(language, line):
    assert extract(_page(language, line)).fields["dateline"] == ""
