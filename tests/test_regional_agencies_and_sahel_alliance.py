"""National news agencies of West and North Africa (Niger's ANP, Guinea's AGP, Tunisia's TAP),
credited by a sign-off line or a "With" credit at the text's end, or cited in the lead, are the
text's source (sources.yaml); the Alliance of Sahel States (AES) is an organisation in every
language, by its name or its acronym (organisations.yaml).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_LEAD = "Le chef de l'Etat a reçu jeudi les membres de la délégation venue de Bamako pour la réunion annuelle."
_MORE = "Les échanges ont porté sur la coopération entre les armées et sur le calendrier des prochaines réunions."


@pytest.mark.parametrize(("closing", "source"), [
    ("Agence Nigérienne de Presse", "Agence Nigérienne de Presse"),
    ("Agence nigerienne de presse", "Agence Nigérienne de Presse"),  # printed without its accent
    ("Avec TAP", "Tunis Afrique Presse"),
    ("Source : AGP", "Agence Guinéenne de Presse"),
])
def test_a_national_agency_signing_off_is_the_source(closing, source):
    fields = extract("\n".join([_LEAD, _MORE, "", closing, ""])).fields
    assert fields["source"] == source


@pytest.mark.parametrize("text", [
    "Les ministres de la Défense de l'AES se sont retrouvés mardi à Ouagadougou pour le bilan annuel.",
    "Le sommet de la Confédération des Etats du Sahel s'est ouvert samedi à Niamey en présence des trois chefs d'Etat.",
    "Los ministros de la Alianza de Estados del Sahel firmaron el acuerdo el lunes en Bamako.",
    # (held before: an unlisted name with a body's head word) the English name
    "Defence chiefs of the Alliance of Sahel States met in Niamey on Friday to review the joint force.",
])
def test_the_alliance_of_sahel_states_is_an_organisation(text):
    names = {e.name for e in extract(text).entities.values() if e.kind == "organisation"}
    assert "Alliance of Sahel States" in names
