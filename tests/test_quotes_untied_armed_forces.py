"""A country's whole armed forces printed with no country ("The Armed Forces said the...",
"las fuerzas armadas informaron...") are no name the entity finder keeps unless the article
ties them to one country; their words are still a quote: of that country's armed forces
when the article names them, else of a body the text does not name (speaker "")."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        pytest.param("en", "The Armed Forces said the convoy had reached the depot without loss.", id="en-armed-forces-said"),
        pytest.param("en", "The armed forces said on Friday the convoy had reached the depot.", id="en-lower-case"),
        pytest.param("fr", "Les Forces armées ont assuré vendredi le convoi arrivé au dépôt sans perte.", id="fr-forces-armees"),
        pytest.param("es", "Las Fuerzas Armadas aseguraron el viernes: el convoy llegó al depósito sin bajas.", id="es-fuerzas-armadas"),
        pytest.param("es", "las fuerzas armadas aseguraron el viernes: el convoy llegó al depósito sin bajas.", id="es-lower-case"),
    ],
)
def test_untied_armed_forces_speak_as_no_one_named(language, paragraph):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [""]


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ("Brazil's army sent a convoy of fuel to the depot on Tuesday.",
                            "The Armed Forces said the convoy had reached the depot without loss."),
                     "Brazilian Army", id="en-army-named-before"),
    ],
)
def test_untied_armed_forces_are_the_armed_forces_named(language, paragraphs, speaker):
    assert [q.speaker for q in quotes_of(language, *paragraphs)][-1:] == [speaker]
