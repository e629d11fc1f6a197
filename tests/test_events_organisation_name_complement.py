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


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El 3 de abril, el inicio de la Guerra dejó 40 muertos en Bangui.", "es", id="es-lower-case-head"),
        pytest.param("On 3 April, the start of War was declared in Bangui.", "en", id="en-lower-case-head"),
    ],
)
def test_a_capitalised_war_after_a_common_noun_is_still_told(sentence, language):
    """A capitalised event noun closes a printed name only after a capitalised head: after a
    common noun ("el inicio de la Guerra") it is still the war (or whatever the sentence tells)."""
    assert body_events(sentence, language, ANCHOR)
    assert not any(e.kind == "deployment" for e in body_events(sentence, language, ANCHOR))
