"""Quotes in Spanish, which drops the subject: a participle of saying or a speech verb after
"y", in a sentence that opens on its own verb and names no one before it ("Visitó la base,
señalando que...", "Visitó la base y aseguró que...", "Se detuvo ante el féretro del
soldado, pidiendo..."), has the person speaking before for subject, as "Además, explicó
que..." has. A sentence naming its own subject keeps it. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

OPENING = "GOMA - El enviado uruguayo Carlos Amorín llegó el domingo a Goma con una pequeña delegación. "


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Visitó el hospital de la base, señalando que «los heridos están estables y fuera de peligro».", id="participle"),
        pytest.param("Visitó el hospital de la base y aseguró que «los heridos están estables».", id="coordinated"),
        pytest.param("Se detuvo ante el féretro del soldado, pidiendo a las autoridades locales “redoblar esfuerzos”.",
                     id="participle-after-complement"),
    ],
)
def test_the_dropped_subject_is_the_last_person(sentence):
    assert speakers_of(OPENING + sentence) == ["Carlos Amorín"]


def test_a_named_subject_still_speaks():
    text = OPENING + "La ministra Ana Ferreira visitó el hospital de la base y aseguró que «los heridos están estables»."
    assert speakers_of(text)[-1] == "Ana Ferreira"
