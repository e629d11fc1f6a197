"""The word "côté" that opens a sentence on one side of a story ("Côté Union européenne, on
...") is no part of a body's name, but it is no function word either: "Côté" is a family name
(common in Quebec), and a person so named is found whole. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("BAMAKO - Le général Jean Côté a déclaré que la mission était prête.", "Jean Côté", id="general"),
        pytest.param("GOMA - La commandante Marie-Claude Côté a été nommée à la tête du bataillon.", "Marie-Claude Côté",
                     id="hyphenated-given-name"),
        pytest.param("OTTAWA - Colonel Luc Côté said the contingent would leave in May.", "Luc Côté", id="en"),
        pytest.param("BANGUI - Selon Sophie Côté, porte-parole de l'ambassade, la route est rouverte.", "Sophie Côté",
                     id="after-selon"),
    ],
)
def test_cote_is_a_family_name(text, person):
    found = extract(text, None).entities.values()
    assert person in [f.name for f in found if f.kind == "person"]


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("ABIDJAN - Les autorités de Côte d'Ivoire ont salué l'Union africaine.", "African Union", id="cote-divoire"),
        pytest.param("BAMAKO - Côté Union africaine, on rappelle que le sommet a été reporté.", "African Union", id="side-opening"),
    ],
)
def test_cote_opening_a_side_is_no_part_of_a_body(text, body):
    found = extract(text, None).entities.values()
    assert [f.name for f in found if f.kind == "organisation"] == [body]
