"""A dateline of a city with a hyphen glued to it and a space after, opening the lead ("ALGER-
La mission ...", "Bamako- Les ...", "NEW YORK- The ..."), as agencies of North and West
Africa print it: the city is the dateline and the lead reads from the capital after the
dash. A word that is no city the gazetteer knows ("Franco- ...", a country "Mali- ...") is
left in the text.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

FR = "Les casques bleus restent sur leurs positions dans le sud\n{lead} La mission de paix a annoncé mardi que ses troupes resteraient sur toutes leurs positions.\n"
EN = "Peacekeepers stay in their positions\n{lead} The peacekeeping mission said on Tuesday that its troops would stay in all their positions.\n"
ES = "Los cascos azules se quedan en sus posiciones\n{lead} La misión de paz anunció el martes que sus tropas seguirán en todas sus posiciones.\n"


@pytest.mark.parametrize(
    ("template", "lead", "dateline"),
    [
        pytest.param(FR, "ALGER-", "Algiers", id="fr-capitals"),
        pytest.param(FR, "Bamako-", "Bamako", id="fr-ordinary-case"),
        pytest.param(EN, "NEW YORK-", "New York", id="en-two-words"),
        pytest.param(ES, "BEIRUT-", "Beirut", id="es-capitals"),
    ],
)
def test_a_city_with_a_glued_hyphen_is_the_dateline(template, lead, dateline):
    assert extract(template.format(lead=lead)).fields["dateline"] == dateline


@pytest.mark.parametrize("lead", ["Franco-", "Mali-"])
def test_no_dateline_without_a_city(lead):
    assert extract(FR.format(lead=lead)).fields["dateline"] == ""
