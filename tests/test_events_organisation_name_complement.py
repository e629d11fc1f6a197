"""Events: an event noun that is the complement of an organisation's name found in the sentence,
after one of its linking words (vocabulary "name_complement_links": "Marina de Guerra", "École
de Guerre", "College of War and Peace Studies"), is part of the body's name: no war told, and
the sentence's own happening takes its day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El 3 de abril, 27 mujeres y 178 hombres del Ejército, Marina de Guerra y Fuerza Aérea partieron hacia Bangui.",
                     "es", id="es-marina-de-guerra"),
        pytest.param("Le 3 avril, des officiers de l'École de Guerre et de la Marine nationale sont arrivés à Bangui.", "fr",
                     id="fr-ecole-de-guerre"),
        pytest.param("On 3 April, officers of the College of War and Peace Studies arrived in Bangui.", "en",
                     id="en-college-of-war"),
    ],
)
def test_a_war_in_a_bodys_name_is_no_happening(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("deployment", "2023-04-03")]
