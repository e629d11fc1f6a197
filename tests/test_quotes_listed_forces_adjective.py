"""Quotes: "the <demonym> military" (English "military", an adjective too, so the entity
finder takes it for a body only after a possessive country) speaking for a country whose
armed forces organisations.yaml lists ("armed_forces_of") is that listed body, as "the
Israeli army", "Israel's military" and "l'armée israélienne" are, not a "<Demonym> Armed
Forces" of the quote's own making. A country with none listed keeps the demonym's name.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The Israeli military said the shots near the patrol were \"warning fire aimed at a suspect\".",
                     "Israel Defense Forces", id="israeli"),
        pytest.param("The Vietnamese military said the engineers \"will leave for Abyei in October\".",
                     "People's Army of Vietnam", id="vietnamese"),
        pytest.param("The Kenyan military said its convoy \"came under fire near the border\" on Monday.",
                     "Kenya Defence Forces", id="kenyan"),
        pytest.param("A day after the ambush, the Malian military said \"the attackers fled towards the desert\".",
                     "Malian Armed Forces", id="malian-same-name"),
    ],
)
def test_the_military_of_a_listed_country_is_its_listed_forces(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_country_with_no_listed_forces_keeps_the_demonym():
    text = "The Nepalese military said its peacekeepers \"will stay at their posts\" in southern Lebanon."
    assert speakers_of(text) == ["Nepali Armed Forces"]
