"""An agency's acronym two agencies share ("APS": the Senegalese and the Algerian press
services) names, in a text filed from a place of one's country, that agency (sources.yaml
country_aliases): in the dateline's brackets ("Alger (APS) -", "ALGIERS, May 3 (APS) -") or
signing the text under a dateline without it ("ALGER- ..." then "APS"); elsewhere, the agency
whose aliases list it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.reference import reference

HEADLINES = {"fr": "Les casques bleus restent sur leurs positions", "en": "Peacekeepers stay in their positions",
             "es": "Los cascos azules se quedan en sus posiciones"}
LEADS = {"fr": "La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions.",
         "en": "The peacekeeping mission said on Friday that its troops would stay in all their positions.",
         "es": "La misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones."}


@pytest.mark.parametrize(
    ("language", "dateline", "source"),
    [
        pytest.param("fr", "Alger (APS) - ", "Algérie Presse Service", id="fr-algiers"),
        pytest.param("fr", "Oran, 3 mai (APS) - ", "Algérie Presse Service", id="fr-oran-with-day"),
        pytest.param("en", "ALGIERS, May 3 (APS) - ", "Algérie Presse Service", id="en-capitals"),
        pytest.param("es", "Argel, 3 may (APS).- ", "Algérie Presse Service", id="es-spanish-place-name"),
        pytest.param("fr", "Dakar, 3 mai (APS) - ", "Agence de presse sénégalaise", id="fr-dakar-keeps-the-listed-agency"),
    ],
)
def test_a_shared_acronym_names_the_agency_of_the_datelines_country(language, dateline, source):
    text = f"{HEADLINES[language]}\n{dateline}{LEADS[language]}\n"
    assert extract(text).fields["source"] == source


def test_the_shared_acronym_elsewhere_names_the_agency_listing_it():
    assert reference().source_in_country("APS", None)["name"] == "Agence de presse sénégalaise"


def test_a_shared_acronym_signing_the_text_from_algiers_names_the_algerian_agency():
    text = (f"{HEADLINES['fr']}\nALGER- {LEADS['fr']}\nLe communiqué a été publié dans la soirée.\nAPS\n")
    assert extract(text).fields["source"] == "Algérie Presse Service"
