"""Quotes: an inverted speech verb, then where the words were said (a preposition of place
and a body or country), then the speaker: the speaker is the title or name after the place,
not the body of the place. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Chile enviará más médicos a la misión, dijo este lunes en la ONU la ministra de Defensa de Chile, "
                     "Carla Fuentes.", "Carla Fuentes", id="es-en-la-onu"),
        pytest.param("Le Bénin enverra deux compagnies supplémentaires, a déclaré mardi au Conseil de sécurité le ministre "
                     "béninois Paul Houngbo.", "Paul Houngbo", id="fr-au-conseil"),
    ],
)
def test_the_speaker_after_the_place_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_body_after_a_place_word_and_nothing_after_still_speaks():
    """"..., dijo en la ONU." with nobody after the place: the rule does not apply."""
    assert speakers_of("Chile enviará más médicos a la misión, informó la MINUSCA en Bangui.") == ["MINUSCA"]
