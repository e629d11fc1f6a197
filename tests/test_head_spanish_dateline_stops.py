"""Spanish-language datelines closed by a stop rather than a dash, as Latin American papers
print them: "Ciudad, País.- El ..." (the stop and dash glued to the country, as after a city
alone, "Ciudad.- El ..."), and "CIUDAD, País (AGENCIA). El ..." (the agency's brackets closed
by a full stop). A credit of two agencies joined by a hyphen or slash, as a paper that takes
a wire through a national one prints it ("(AFP-NA)", "(EFE/NA)"), credits the first, the
wire the dispatch came from.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


def _fields(lead_opening: str) -> dict:
    return extract("\n".join([_HEAD["es"], f"{lead_opening} {_LEAD['es']}", _MORE["es"]])).fields


@pytest.mark.parametrize(("opening", "place"), [
    ("Nairobi, Kenia.-", "Nairobi"),
    ("Beirut, Líbano.-", "Beirut"),
    ("Bamako, Malí.-", "Bamako"),
    ("Goma, República Democrática del Congo.-", "Goma"),
])
def test_a_city_and_its_country_closed_by_the_stop_and_dash(opening, place):
    fields = _fields(opening)
    assert fields["dateline"] == place
    assert fields["title"] == _HEAD["es"]


@pytest.mark.parametrize(("opening", "place", "source"), [
    ("BAMAKO, Malí (EFE).", "Bamako", "Agencia EFE"),
    ("NAIROBI, Kenia (AFP).", "Nairobi", "Agence France-Presse"),
    ("GOMA (Reuters).", "Goma", "Reuters"),
    ("BAMAKO, Malí (AFP-NA).", "Bamako", "Agence France-Presse"),
    ("NAIROBI (EFE/NA).", "Nairobi", "Agencia EFE"),
    ("BAMAKO, Malí (AFP-NA) -", "Bamako", "Agence France-Presse"),
])
def test_an_agency_in_brackets_closed_by_a_stop(opening, place, source):
    fields = _fields(opening)
    assert (fields["dateline"], fields["source"]) == (place, source)


@pytest.mark.parametrize("opening", [
    "Las tropas de la misión (ONU).",          # a body's short form in brackets: no agency
    "Según el informe, Malí.-",                  # no place opening the lead
])
def test_no_dateline_without_a_place_and_an_agency(opening):
    assert _fields(opening)["dateline"] == ""
