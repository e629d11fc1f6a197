"""Quotes: the members of a body named after an inverted speech verb ("...", dicen los miembros
del Consejo de Seguridad; "...", affirment les membres du Conseil de sécurité; "...," say the
members of the Security Council) speak as that body, as they already do opening the sentence
(quotes.yaml membership_nouns). Members of a person's family stay unnamed. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("\"Las patrullas deben volver a circular por la carretera de Jacmel\", dicen los miembros del Consejo de Seguridad.",
                     id="es-dicen-los-miembros"),
        pytest.param("\"Las patrullas deben volver a circular por la carretera\", afirmaron los integrantes del Consejo de Seguridad en un texto.",
                     id="es-integrantes"),
        pytest.param("« Les patrouilles doivent reprendre sur la route de Jacmel », affirment les membres du Conseil de sécurité.",
                     id="fr-membres"),
        pytest.param("\"Patrols must resume on the Jacmel road,\" say the members of the Security Council.", id="en-members"),
    ],
)
def test_members_after_the_verb_speak_as_their_body(sentence):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == ["Security Council"], quotes


def test_members_of_a_family_stay_unnamed():
    text = "The minister Paul Kamau came to Jacmel.\n\n\"The patrol never came back to the village,\" said the members of Kamau's family."
    quotes = extract(text, None).quotes
    assert [q.speaker for q in quotes if q.sentence.startswith("\"The patrol")] == [""], quotes
