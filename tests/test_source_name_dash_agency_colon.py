"""A lead opened by a name, a dash, then an outlet the reference knows and a colon ("Harbour
Daily – AFP: The council ...", "Kidal - Reuters: ..."): the report is credited to that outlet,
the name before the dash being the site's own or the dateline's place. An unknown word before
the colon ("Harbour Daily – Officials: ...") credits nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024", "vi": "03/03/2024"}


def _page(language: str, opening: str) -> str:
    return "\n".join([_HEAD[language], DAY[language], opening + _LEAD[language], _MORE[language]])


@pytest.mark.parametrize(("language", "opening", "source"), [
    pytest.param("en", "Harbour Daily – AFP: ", "Agence France-Presse", id="en-site-afp"),
    pytest.param("fr", "Le Courrier du Port - Reuters : ", "Reuters", id="fr-site-reuters"),
    pytest.param("es", "Diario del Puerto – EFE: ", "Agencia EFE", id="es-site-efe"),
    pytest.param("en", "Beirut – AFP: ", "Agence France-Presse", id="en-place-afp"),
    pytest.param("fr", "Bamako - Reuters : ", "Reuters", id="fr-place-reuters"),
])
def test_the_outlet_after_the_dash_is_credited(language, opening, source):
    fields = extract(_page(language, opening)).fields
    assert fields["source"] == source


def test_the_credit_under_the_sites_furniture():
    # a loading notice and an empty weather widget printed above the headline
    text = "Loading...\n\n°C,\n\n" + _page("en", "Harbour Daily – AFP: ")
    assert extract(text).fields["source"] == "Agence France-Presse"


def test_the_place_before_the_dash_stays_the_dateline():
    assert extract(_page("en", "Beirut – AFP: ")).fields["dateline"] == "Beirut"


@pytest.mark.parametrize(("language", "opening"), [
    # (must not change) the word before the colon is no outlet
    pytest.param("en", "Harbour Daily – Officials: ", id="en-unknown"),
    pytest.param("fr", "Le Courrier du Port - Témoignage : ", id="fr-unknown"),
])
def test_an_unknown_word_credits_nothing(language, opening):
    assert extract(_page(language, opening)).fields["source"] == ""
