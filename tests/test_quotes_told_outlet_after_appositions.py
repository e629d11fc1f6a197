"""Quotes: an outlet right after "told" is the one told, also when the speaker's apposition
holds a second one describing their body ("X, spokesman for Y, a rebel group, told Reuters
that..."): the verb is no inversion whose subject follows, and the person opening the clause
speaks (quotes._tail_speaker). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Omar Diallo, spokesman for the Coordination of Azawad Movements, a rebel alliance, told Reuters "
                     "that the convoy had been ambushed by bandits.", "Omar Diallo", id="two-appositions-reuters"),
        pytest.param("Omar Diallo, spokesman for the Coordination of Azawad Movements, an alliance of armed groups that "
                     "signed the accord, told the Reuters news agency that the road was closed.", "Omar Diallo",
                     id="apposition-with-relative-clause"),
        pytest.param("Awa Traoré, an aide to the governor, a former army officer, told AFP that two shells hit the camp.",
                     "Awa Traoré", id="two-appositions-afp"),
    ],
)
def test_the_outlet_told_is_not_the_speaker(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes
