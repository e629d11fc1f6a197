"""Events: the compound past of "mourir" ("un soldat est mort mardi", "deux gardes sont morts
lundi") is a verb of a death, not the noun "mort" (a death): after a participle aside with its
own day ("blessé dimanche,"), the death keeps the day printed after it, as the simple past of
other languages does ("murió el martes", "died on Tuesday"). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 9)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Un douanier, blessé samedi, est mort mardi à l'hôpital.", "fr", id="fr-est-mort"),
        pytest.param("Une infirmière, blessée samedi, est morte mardi.", "fr", id="fr-est-morte"),
        pytest.param("Deux douaniers, blessés samedi, sont morts mardi.", "fr", id="fr-sont-morts"),
        pytest.param("Un aduanero, herido el sábado, murió el martes en el hospital.", "es", id="es-simple-past"),
        pytest.param("A customs officer, wounded on Saturday, died on Tuesday in hospital.", "en", id="en-simple-past"),
    ],
)
def test_the_death_after_an_aside_keeps_its_own_day(sentence, language):
    dated = [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]
    assert ("casualty", "2024-05-07") in dated


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("La mort du douanier, samedi, a choqué la ville.", "fr", "2024-05-04", id="fr-noun-still"),
    ],
)
def test_the_noun_death_is_still_read(sentence, language, expected):
    assert expected in [e.date for e in body_events(sentence, language, ANCHOR)]
