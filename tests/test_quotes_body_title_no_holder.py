"""Quotes: a title of a named body or country that no person of the article holds ("el
portavoz de la ONU", "el embajador de España", "l'ambassadeur de France") is that body's
unnamed officer, who speaks as the body or the country (tests/corpus/README.md), not the
person named last when that person was given another office ("la ministra de Defensa, X").
A person given only a courtesy title ("M. X") or holding the title still speaks. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("es", "La ministra de Defensa, Ana Ruiz, visitó la base de Marjayún el lunes.\n\n"
                           "El portavoz de la ONU ha dicho que la patrulla volverá el jueves.",
                     "la patrulla volverá", "United Nations", id="es-un-spokesperson"),
        pytest.param("es", "La ministra de Defensa, Ana Ruiz, visitó la base de Marjayún el lunes.\n\n"
                           "El embajador de España también ha dicho que la patrulla volverá el jueves.",
                     "la patrulla volverá", "Spain", id="es-ambassador-country"),
        pytest.param("fr", "La ministre de la Défense, Aïssata Traoré, a visité la base de Gao lundi.\n\n"
                           "L'ambassadeur de France a également affirmé que la patrouille reviendrait jeudi.",
                     "la patrouille reviendrait", "France", id="fr-ambassador-country"),
    ],
)
def test_an_unheld_title_of_a_body_speaks_as_the_body(language, text, says, speaker):
    assert speakers_of(language, text, says) == [speaker]


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        # the holder named before speaks
        pytest.param("es", "El embajador de España, Juan Pérez, visitó la base de Marjayún el lunes.\n\n"
                           "El embajador de España ha dicho que la patrulla volverá el jueves.",
                     "la patrulla volverá", "Juan Pérez", id="holder-named"),
        # a courtesy title is no other office: the person named before goes on
        pytest.param("fr", "M. Paul Ekanga a visité la base de Gao lundi.\n\n"
                           "Selon le porte-parole de la Monusco, la patrouille reviendra jeudi.",
                     "la patrouille reviendra", "Paul Ekanga", id="courtesy-only"),
    ],
)
def test_a_holder_or_a_person_of_no_other_office_still_speaks(language, text, says, speaker):
    assert speakers_of(language, text, says) == [speaker]
