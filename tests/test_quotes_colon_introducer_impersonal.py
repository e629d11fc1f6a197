"""An impersonal "il" opening the clause before a colon ("Il est écrit sur la banderole : « ... »",
"Il en va de même pour la route : « ... »", "Il paraît que... : « ... »") stands for nobody: the
quotation after the colon is not the words of the person named before (quotes.yaml
"impersonal_after_pronouns"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("KINDU - Le gouverneur Paul Lenoir est arrivé lundi. Il est écrit sur la banderole : « Paix pour Kindu ».",
                     id="fr-est-ecrit"),
        pytest.param("KINDU - Le gouverneur Paul Lenoir est arrivé lundi. Il en va de même pour la route : « fermée "
                     "jusqu'en juin ».", id="fr-en-va"),
        pytest.param("KINDU - Le gouverneur Paul Lenoir est arrivé lundi. Il paraît que la route est fermée : « rien ne "
                     "passe ».", id="fr-parait"),
        pytest.param("KINDU - Le gouverneur Paul Lenoir est arrivé lundi. Il ne reste qu'un mot sur les murs : « paix ».",
                     id="fr-ne-reste"),
    ],
)
def test_an_impersonal_il_before_the_colon_gives_no_speaker(text):
    assert "Paul Lenoir" not in speakers_of(text)
