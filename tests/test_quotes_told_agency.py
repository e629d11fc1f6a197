"""Quotes: an outlet told the words, named after the noun of what it is ("dijo a la agencia Efe
el coronel X", "a expliqué à l'agence AFP un porte-parole de la Minusma", "a indiqué à l'agence
de presse AFP le colonel X"), is the one told, never the speaker: the subject after it speaks
(quotes.yaml addressee_outlet_nouns). Told to the outlet by name alone ("informó a Efe",
"told Reuters") it already was. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Dos soldados resultaron heridos, dijo a la agencia Efe el coronel Pedro Gil.", "Pedro Gil", id="es-agencia"),
        pytest.param('"Dos soldados resultaron heridos", dijo a la agencia Efe el coronel Pedro Gil.', "Pedro Gil",
                     id="es-agencia-quoted"),
        pytest.param("Dos soldados resultaron heridos, explicó a la agencia Efe un portavoz de la Minusma.", "MINUSMA",
                     id="es-agencia-unnamed-voice"),
        pytest.param("Deux soldats ont été blessés, a expliqué à l'agence AFP un porte-parole de la Minusma.", "MINUSMA",
                     id="fr-agence"),
        pytest.param("Deux soldats ont été blessés, a indiqué à l'agence de presse AFP le colonel Marc Vidal.", "Marc Vidal",
                     id="fr-agence-de-presse"),
        pytest.param("Dos soldados resultaron heridos, informó a Efe Pedro Gil, portavoz de la misión.", "Pedro Gil",
                     id="es-bare-outlet"),
        pytest.param("Two soldiers were wounded, Paul Brand told Reuters.", "Paul Brand", id="en-told"),
    ],
)
def test_outlet_told_is_not_the_speaker(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]
