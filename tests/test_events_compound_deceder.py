"""Events: the compound past of French "décéder" ("est décédé mardi", "sont décédées") and the
English present perfect of "die" ("has died on Tuesday", "have died") tell a death of their
own day after a participle aside with another day ("blessé dimanche,", "wounded on Sunday,"),
as "est mort" and "died" do: the wounding and the death are two happenings, each on its day.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 9)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Un gendarme, blessé samedi, est décédé mardi à l'hôpital.", "fr", id="fr-est-decede"),
        pytest.param("Une gendarme, blessée samedi, est décédée mardi.", "fr", id="fr-est-decedee"),
        pytest.param("Deux gendarmes, blessés samedi, sont décédés mardi.", "fr", id="fr-sont-decedes"),
        pytest.param("A ranger, wounded on Saturday, has died on Tuesday in hospital.", "en", id="en-has-died"),
        pytest.param("Two rangers, wounded on Saturday, have died on Tuesday.", "en", id="en-have-died"),
    ],
)
def test_the_death_after_an_aside_keeps_its_own_day(sentence, language):
    dated = [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]
    assert ("casualty", "2024-05-07") in dated
    assert ("casualty", "2024-05-04") in dated
