"""A pronoun after the words of an unnamed official, spokesperson or officer of a named body
("A senior official with the mission said... He added") goes on with that body, while no
person is named since."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ("MINUSCA sent a patrol to the town on Monday.",
                            "A senior official with the mission said the bridge was closed. He said the trucks would cross on Friday."),
                     "MINUSCA", id="en-official-with-the-mission"),
        pytest.param("en", ("A senior official with MINUSCA said the bridge was closed. She added that the trucks would cross on Friday.",),
                     "MINUSCA", id="en-official-with-x"),
        pytest.param("fr", ("Un haut responsable de la Minusca a indiqué que le pont était fermé. Il a ajouté que les camions passeraient vendredi.",),
                     "MINUSCA", id="fr-responsable-de-x"),
        pytest.param("es", ("Un alto funcionario de la Minusca dijo que el puente estaba cerrado. Él añadió que los camiones cruzarían el viernes.",),
                     "MINUSCA", id="es-funcionario-de-x"),
    ],
)
def test_a_pronoun_after_an_unnamed_voice_goes_on_with_its_body(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes][-2:] == [speaker, speaker], quotes


def test_a_person_named_after_the_voice_takes_the_pronoun_back():
    quotes = quotes_of("en", "A senior official with MINUSCA said the bridge was closed.",
                       "Maria Kowalska visited the camp on Tuesday. She said the trucks would cross on Friday.")
    assert quotes[-1].speaker == "Maria Kowalska", quotes
