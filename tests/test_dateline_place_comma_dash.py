"""The dateline as far as the text allows: a city, a comma and a dash opening the lead, the day
left out between them ("Goma, – Peacekeepers ..."), is the dateline's place, as "Goma – " is.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(("opening", "place"), [
    ("Goma, – Engineers of the mission reopened the bridge over the river on Thursday after two weeks of repairs, the mission said.", "Goma"),
    ("Bangui, - Les ingénieurs de la mission ont rouvert jeudi le pont sur la rivière après deux semaines de travaux, a indiqué la mission.", "Bangui"),
    ("Bamako, — Los ingenieros de la misión reabrieron el jueves el puente sobre el río tras dos semanas de obras, informó la misión.", "Bamako"),
])
def test_a_city_comma_and_dash_opening_the_lead_is_the_dateline(opening, place):
    text = f"Bridge reopens near the camp\n\n{opening}\n\nTrucks crossed in the afternoon.\n"
    assert extract(text, None).fields.get("dateline") == place


@pytest.mark.parametrize("opening", [
    # (must not change) a word that is no city the gazetteer knows
    "Meanwhile, – as the rains began – engineers of the mission reopened the bridge over the river on Thursday, the mission said.",
])
def test_a_word_that_is_no_city_is_no_dateline(opening):
    text = f"Bridge reopens near the camp\n\n{opening}\n\nTrucks crossed in the afternoon.\n"
    assert (extract(text, None).fields.get("dateline") or "") == ""
