"""Quotes: a title opening a sentence as its subject ("The envoy stated that ...") stands for
the person introduced with it before, never for a person named inside the clause said after a
complementiser ("that", "que"): the words before the complementiser are the clause saying it,
not the phrase introducing that name. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Ambassador Maria Lopez spoke at the Council on Monday. "
                     "The envoy stated that President Paul Brand had not kept his promise.", "Maria Lopez", id="en-that"),
        pytest.param("L'ambassadrice Marie Lenoir a pris la parole lundi au Conseil. "
                     "L'envoyée a affirmé que le président Paul Brand n'avait pas tenu parole.", "Marie Lenoir", id="fr-que"),
        pytest.param("La embajadora María López habló el lunes ante el Consejo. "
                     "La enviada afirmó que el presidente Pablo Bravo no había cumplido su promesa.", "María López", id="es-que"),
        pytest.param("Peacekeepers reached the camp on Monday. "
                     "The envoy stated that President Paul Brand had not kept his promise.", "", id="en-no-one-before"),
    ],
)
def test_a_name_inside_the_clause_said_is_not_the_titles_holder(text, speaker):
    quotes = extract(text, None).quotes
    assert [q.speaker for q in quotes][-1] == speaker


@pytest.mark.parametrize(
    "text, speakers",
    [
        # the title introduced with the name in apposition still stands for the name
        pytest.param("Peacekeepers reached the camp on Monday. The spokesman, Paul Brand, said the road was closed. "
                     "The spokesman added that the bridge was safe.", ["Paul Brand", "Paul Brand"], id="en-apposed-title"),
        pytest.param("Peacekeepers reached the camp on Monday. Envoy Maria Lopez said that the road was closed. "
                     "The envoy added that the bridge was safe.", ["Maria Lopez", "Maria Lopez"], id="en-title-before-name"),
    ],
)
def test_a_title_introducing_a_name_still_stands_for_it(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers
