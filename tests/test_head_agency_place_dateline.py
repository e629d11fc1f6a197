"""A news agency's short form joined by a hyphen to the place the dispatch was filed from,
as African and Maghreb agencies print it ("APA-Kigali (Rwanda) -", "MAP-Rabat -",
"AIP-Abidjan -"), opening the lead or alone on its line above it: the agency is the source
credit, the place the dateline (its country in brackets the dateline's country). A body's
name so joined ("ONU-Femmes", "UN-Habitat") is no agency, and nothing changes then.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD
from newsdossier.extract import extract

_MORE = {
    "en": "The mission has about ten thousand troops from forty countries in the area.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone.",
    "es": "La misión cuenta con unos diez mil soldados de cuarenta países en la zona.",
}


@pytest.mark.parametrize(("language", "dateline", "source", "place"), [
    ("fr", "APA-Kigali (Rwanda)", "APA News", "Kigali"),
    ("fr", "MAP-Rabat", "Maghreb Arabe Presse", "Rabat"),
    ("fr", "AIP-Abidjan", "Agence ivoirienne de presse", "Abidjan"),
    ("fr", "APS-Dakar", "Agence de presse sénégalaise", "Dakar"),
    ("en", "APA-Kigali (Rwanda)", "APA News", "Kigali"),
    ("es", "EFE-Bogotá", "Agencia EFE", "Bogotá"),
])
@pytest.mark.parametrize("where", ["lead", "alone"])
def test_an_agency_joined_to_its_place_is_the_credit_and_the_dateline(language, dateline, source, place, where):
    lead = f"{dateline} - {_LEAD[language]}" if where == "lead" else f"{dateline}\n{_LEAD[language]}"
    fields = extract("\n".join([_HEAD[language], lead, _MORE[language]])).fields
    assert (fields["source"], fields["dateline"], fields["title"]) == (source, place, _HEAD[language])


def test_the_country_in_brackets_is_the_datelines_country_and_the_lead_keeps_its_words():
    text = "\n".join([_HEAD["fr"], f"APA-Kigali (Rwanda), 12 mars 2024 - {_LEAD['fr']}", _MORE["fr"]])
    result = extract(text)
    assert result.fields["dateline"] == "Kigali"
    assert result.body[0].startswith("La mission de paix")


@pytest.mark.parametrize(("language", "opening"), [
    # (must not change) a body's name joined to a word is no agency's dateline
    ("fr", "ONU-Femmes a salué vendredi le travail des casques bleus."),
    ("en", "UN-Habitat said on Friday that the camps were full."),
])
def test_a_bodys_hyphenated_name_is_no_dateline(language, opening):
    fields = extract("\n".join([_HEAD[language], opening + " " + _LEAD[language], _MORE[language]])).fields
    assert fields["dateline"] == ""
