"""Page head: a capital the press calls by its country's name ("KUWAIT:", "Kuwait (KUNA) -", as
"DJIBOUTI:" or "SINGAPORE:") opens the lead as a dateline, its country's capital; a country
named before a colon and a sentence is no dateline when it names no city too ("Mali: la
mission ..."), a subject's tag. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def head(text: str) -> dict:
    return extract(text, None).fields


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Aid for the mission\n\nKUWAIT: The government pledged two field hospitals to the UN mission on Monday.\n",
                     "Kuwait", id="en-caps-colon"),
        pytest.param("Aid for the mission\n\nKuwait: The government pledged two field hospitals to the UN mission on Monday.\n",
                     "Kuwait", id="en-title-colon"),
        pytest.param("Aide à la mission\n\nKOWEÏT : Le gouvernement a promis deux hôpitaux de campagne à la mission de l'ONU.\n",
                     "Kuwait", id="fr-caps-colon"),
        pytest.param("Aid for the mission\n\nDJIBOUTI: The government pledged two field hospitals to the UN mission on Monday.\n",
                     "Djibouti", id="en-other-capital"),
    ],
)
def test_a_capital_named_as_its_country_opens_a_dateline(text, place):
    assert head(text)["dateline"] == place


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Pertes au nord\n\nMali: la mission a annoncé lundi la mort de deux Casques bleus.\n", id="fr-country-tag"),
        pytest.param("Losses in the north\n\nLEBANON: Two peacekeepers were hurt when a shell hit their post.\n", id="en-country-caps-tag"),
    ],
)
def test_a_country_naming_no_city_before_a_colon_is_no_dateline(text):
    assert head(text)["dateline"] == ""


def test_the_country_printed_in_the_text_stays_a_country():
    found = extract("Aid for the mission\n\nKuwait pledged two field hospitals to the UN mission on Monday.\n", None).entities
    assert [f.kind for f in found.values() if f.name in ("Kuwait", "Kuwait City")] == ["country"], found
