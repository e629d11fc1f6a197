"""Quotes: a spokesperson's word joined to a person by a joining word, no comma between, as
the subject ("The spokesman for Secretary-General Ana Lopes expressed regret that...", "Le
porte-parole du président Paul Dufour a indiqué que..."): the spokesperson speaks, not the
person named after the joining word, who only says whose spokesperson it is; the text naming
no spokesperson there, the quote is nobody's. A person set off by commas before or after the
spokesperson's words is the spokesperson ("Paul Moreau, spokesman for ...", "the spokesman
for the mission, Paul Moreau,"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("NEW YORK - The spokesman for Secretary-General Ana Lopes expressed regret on Thursday that the "
                     "government had expelled the envoy.", id="en"),
        pytest.param("NEW YORK - Le porte-parole du président Paul Dufour a indiqué jeudi que le gouvernement avait expulsé l'envoyé.",
                     id="fr"),
        pytest.param("NUEVA YORK - El portavoz del presidente Pedro Ramírez dijo el jueves que el gobierno había expulsado al enviado.",
                     id="es"),
    ],
)
def test_the_spokesperson_of_a_person_is_not_that_person(text):
    assert speakers_of(text) == [""]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("NEW YORK - Paul Moreau, spokesman for Secretary-General Ana Lopes, said on Thursday that the envoy was on leave.",
                     "Paul Moreau", id="en-name-before"),
        pytest.param("NEW YORK - The spokesman for the mission, Paul Moreau, said on Thursday that the envoy was on leave.",
                     "Paul Moreau", id="en-name-after-comma"),
    ],
)
def test_a_spokesperson_named_in_apposition_speaks(text, speaker):
    assert speakers_of(text) == [speaker]
