"""Events: a munition dropped or thrown at troops ("a drone dropped a grenade", "a largué une
grenade", "lanzó una granada", "thả lựu đạn") is an attack, dated by its own day. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 10, 12)  # a Sunday: the Saturday before is the 11th


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("A small drone dropped a grenade beside the observation post on Saturday, the force said.", "en",
                     "2025-10-11", id="en-dropped"),
        pytest.param("Gunmen threw grenades at the patrol near the market on Saturday.", "en", "2025-10-11", id="en-threw"),
        pytest.param("Dans sa note, la force précise qu'un drone a largué une grenade samedi près du poste.", "fr",
                     "2025-10-11", id="fr-largue"),
        pytest.param("Un dron lanzó una granada el sábado junto a la base de la misión.", "es", "2025-10-11", id="es-lanzo"),
        pytest.param("Ngày 11/10, máy bay không người lái đã thả lựu đạn gần vị trí của lực lượng.", "vi", "2025-10-11",
                     id="vi-tha-luu-dan"),
    ],
)
def test_a_dropped_munition_is_an_attack(sentence, language, day):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("attack", day)]
