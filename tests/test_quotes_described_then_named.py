"""Quotes: after an inverted speech verb, a noun phrase describing the speaker set off by a
comma before their name ("..., explique le spécialiste de la région, X") makes the named
person the speaker, not a body named in the words reported (quotes._described_then_named).
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La mission\n\nLa Finul compte 10.000 soldats.\n\nFaute de paix, la mission reste fragile, explique la "
                     "chercheuse de l’institut, Anne Morel.\n", "Anne Morel", id="fr-researcher-of"),
        pytest.param("La mission\n\nLa Finul compte 10.000 soldats.\n\nSans trêve, la mission ne sert que de bouclier, estime "
                     "le spécialiste du Sahel, Mathieu Garnier-Lacombe.\n", "Mathieu Garnier-Lacombe", id="fr-specialist-of"),
        pytest.param("La misión\n\nLa Finul tiene 10.000 soldados.\n\nSin paz que mantener, la misión es un escudo humano, "
                     "explica el analista, Pedro Ruiz.\n", "Pedro Ruiz", id="es-analyst"),
        pytest.param("The mission\n\nUNIFIL has 10,000 troops.\n\nWithout a peace to keep, the mission is only a human shield, "
                     "says the former army officer, Peter Smallwood.\n", "Peter Smallwood", id="en-former-officer"),
    ],
)
def test_the_person_named_after_a_description_speaks(text, speaker):
    assert speakers_of(text) == [speaker]
