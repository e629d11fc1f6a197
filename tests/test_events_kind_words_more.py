"""Events: words of kinds met in unseen articles: a durbar (a chief's or officer's gathering
with troops or elders) is a meeting, shots fired an attack ("los disparos contra el
campamento"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import event_kind


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("At a durbar with the troops on Friday, the chief praised their conduct.", "en", "meeting",
                     id="en-durbar"),
        pytest.param("Los disparos contra el campamento hirieron a dos soldados el jueves.", "es", "attack",
                     id="es-disparos"),
        pytest.param("Los disparos de la víspera contra la base dejaron dos heridos.", "es", "attack",
                     id="es-disparos-vispera"),
    ],
)
def test_the_word_gives_its_kind(sentence, language, kind):
    found = event_kind(sentence, language)
    assert found is not None and found[0] == kind
