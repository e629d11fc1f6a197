"""A dateline some Spanish regional papers print as the city and a slash glued to the lead's
first word ("Córdoba/Seiscientos militares ..."): the city the gazetteer knows is the dateline,
and the lead runs on from the word after the slash. Two places joined by a slash with no lead
after them ("Madrid/Barcelona") or a name the gazetteer lacks stay text.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, MORE
from newsdossier.extract import extract

_LEAD = "Doscientos militares de la brigada han partido esta madrugada hacia la misión de paz en el sur del país."


@pytest.mark.parametrize("city", ["Córdoba", "Madrid", "Beirut"])
def test_a_city_and_a_slash_opening_the_lead_is_the_dateline(city):
    text = "\n\n".join([HEADLINE["es"], f"{city}/{_LEAD}", MORE["es"]])
    assert extract(text).fields["dateline"] == city


def test_the_lead_runs_on_after_the_slash():
    text = "\n\n".join([HEADLINE["es"], f"Córdoba/{_LEAD}", MORE["es"]])
    assert extract(text).body[0].startswith("Doscientos militares")


@pytest.mark.parametrize("opening", [
    "Madrid/Barcelona",  # a route alone on its line, no lead after it
    "Vidupolis/" + _LEAD,  # a name the gazetteer lacks
    "Ida/vuelta " + _LEAD,  # lowercase after the slash
])
def test_near_misses_give_no_dateline(opening):
    # (must not change)
    text = "\n\n".join([HEADLINE["es"], opening, MORE["es"]])
    assert extract(text).fields["dateline"] == ""


@pytest.mark.parametrize("opening, language", [
    ("Goma/Bukavu Los desplazados vuelven a sus casas tras la retirada de los rebeldes del sur.", "es"),
    ("Bamako/Gao Les vols de la mission reprennent ce lundi après trois semaines de suspension.", "fr"),
    ("Goma/Bukavu : la population se mobilise contre la fermeture des bases de la mission.", "fr"),
    ("Beirut/Tyre Peacekeepers reopened the coastal road on Friday after two days of shelling.", "en"),
])
def test_two_places_joined_by_a_slash_are_no_dateline(opening, language):
    # a reader reads the two towns the story is about, not a dateline and a lead opening on
    # the second town's name
    text = "\n\n".join([HEADLINE[language], opening, MORE[language]])
    result = extract(text)
    assert result.fields["dateline"] == ""
    assert result.body[0] == opening
