"""A government's site prints the state body's name alone as its masthead, the page's first
line, right above the headline or its menu ("Presidencia de la Nación", "Ministère des
Armées", "Ministry of Defence", "Bộ Quốc phòng"): where nothing else names the page's outlet,
that body published it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

LONGER = {
    "en": "The mission has about ten thousand troops from forty countries in the area, a spokesman said on Friday.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone, a indiqué son porte-parole.",
    "es": "La misión cuenta con unos diez mil soldados de cuarenta países en la zona, dijo su portavoz el viernes.",
    "vi": MORE["vi"],
}


@pytest.mark.parametrize(("language", "masthead", "menu"), [
    ("es", "Presidencia de la Nación", []),
    ("es", "Ministerio de Defensa", ["Inicio", "Noticias"]),
    ("fr", "Ministère des Armées", []),
    ("fr", "Gouvernement de la République", ["Accueil", "Actualités"]),
    ("en", "Ministry of Defence", []),
    ("vi", "Bộ Quốc phòng", []),
])
def test_a_state_bodys_masthead_names_the_pages_outlet(language, masthead, menu):
    text = "\n\n".join([masthead, *menu, HEADLINE[language], LEAD[language], LONGER[language]])
    fields = extract(text).fields
    assert (fields["title"], fields["source"]) == (HEADLINE[language], masthead)


@pytest.mark.parametrize(("language", "first"), [
    ("vi", "Bộ trưởng Quốc phòng"),  # the minister, no body
    ("en", "Ministry of Defence says peacekeepers will stay"),  # a sentence, no name
])
def test_no_masthead_without_a_bodys_name(language, first):
    text = "\n\n".join([first, HEADLINE[language], LEAD[language], LONGER[language]])
    assert extract(text).fields["source"] != first
