"""Implied missions: in a text that names one operation, a country implies another only where
its own sentence speaks of peacekeeping; that sentence is read whole, abbreviations such as
"U.N." or "Lt." inside it breaking nothing (text.split_sentences). Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

NAMED = "The engineers of the UN Interim Security Force for Abyei (UNISFA) finished a new bridge in 2021."


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Officials praised Vietnam's field hospital in South Sudan, saying the U.N. needs such units where "
                     "peacekeepers face growing danger.", id="en-un-abbreviation"),
        pytest.param("Officials praised Vietnam's field hospital in South Sudan, as Lt. Col. Ana Diaz told the "
                     "peacekeepers on parade.", id="en-rank-abbreviations"),
    ],
)
def test_a_country_whose_sentence_speaks_of_peacekeeping_past_an_abbreviation_implies_its_operation(sentence):
    implied = extract("\n\n".join([NAMED, sentence])).fields["missions_inferred"]
    assert "unmiss" in implied, implied


def test_a_country_in_passing_still_implies_none():
    implied = extract("\n\n".join([NAMED, "The bridge steel came by road through South Sudan and the U.N. paid for it."])).fields["missions_inferred"]
    assert "unmiss" not in implied, implied
