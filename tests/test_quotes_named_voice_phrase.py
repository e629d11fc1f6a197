"""Quotes: a body speaking through a person it names in a phrase set off by commas, right
before or right after its speech verb ("la Minusca a affirmé, par la voix de son porte-parole
X, que ...", "la Minusca aseguró, por boca de su portavoz X, que ...", "UNMISS said, through
its spokesperson X, that ..."): the person named speaks as themselves. With no person named
in the phrase the body speaks. A stance verb with no words given ("a condamné, par la voix
de ..., une attaque") stays no quote. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La Minusca a affirmé, par la voix de son porte-parole Pierre Lanvin, que le convoi était reparti vers Bria.",
                     "Pierre Lanvin", id="fr-after-verb"),
        pytest.param("La Minusca, par la voix de son porte-parole Pierre Lanvin, a affirmé que le convoi était reparti vers Bria.",
                     "Pierre Lanvin", id="fr-before-verb"),
        pytest.param("La Minusca aseguró, por boca de su portavoz Pedro Salas, que el convoy siguió hacia Bria.",
                     "Pedro Salas", id="es-por-boca-de"),
        pytest.param("La Minusca aseguró, a través de su portavoz Pedro Salas, que el convoy siguió hacia Bria.",
                     "Pedro Salas", id="es-a-traves-de"),
        pytest.param("UNMISS said, through its spokesperson Anna Berg, that the convoy had left for Bor.",
                     "Anna Berg", id="en-after-verb"),
    ],
)
def test_the_person_named_as_the_body_s_voice_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # no person named in the phrase: the body speaks
        pytest.param("La Minusca a affirmé, par la voix de son porte-parole, que le convoi était reparti vers Bria.",
                     ["MINUSCA"], id="fr-unnamed-voice"),
        # a place, not a voice
        pytest.param("UNMISS said, through its office in Juba, that the convoy had left for Bor.", ["UNMISS"], id="en-place"),
        # the act alone, no words given (tests/corpus/README.md): no quote
        pytest.param("La Minusca a condamné, par la voix de son porte-parole Pierre Lanvin, une attaque contre un convoi.",
                     [], id="fr-stance-alone"),
    ],
)
def test_no_person_named_or_no_words_given_is_left_as_before(text, speakers):
    assert speakers_of(text) == speakers
