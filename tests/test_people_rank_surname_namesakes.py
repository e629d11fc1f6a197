"""A rank and a surname alone right after a place's, a building's or a ship's word name that
thing after an officer ("le navire Amiral Charnier", "au camp Colonel Sangaré"), not a person
of the story, as the same rank before a full name does (entities._namesake_after_rank). The
surname after a rank elsewhere stays a person. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le navire Amiral Charnier a quitté Toulon avec des vivres.", id="fr-ship"),
        pytest.param("Les renforts sont arrivés au camp Colonel Sangaré près de Mopti.", id="fr-camp"),
        pytest.param("The vessel Admiral Brentwood sailed from Mombasa on Monday.", id="en-vessel"),
        pytest.param("The vessel Admiral Brentwood sailed from Mombasa and was unloaded at Mogadishu.", id="en-vessel-two-verbs-joined"),
        pytest.param("The vessel Admiral Brentwood was hit by a shell off the coast.", id="en-vessel-passive"),
        pytest.param("Los refuerzos llegaron al cuartel Coronel Benavídez en la frontera.", id="es-barracks"),
    ],
)
def test_a_rank_and_surname_after_a_things_word_is_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        # near misses: the rank after a verb, an article or a comma opens a person
        pytest.param("Le contingent a été accueilli par le colonel Sangaré à Mopti.", "Sangaré", id="fr-after-article"),
        pytest.param("Au camp, Colonel Sangaré a salué les renforts.", "Sangaré", id="fr-after-comma"),
        pytest.param("The delegation welcomed Admiral Okonkwo in Mombasa.", "Okonkwo", id="en-after-verb"),
        # an English relative clause without "that": the officer is its subject, the verb of
        # the main clause follows
        pytest.param("The ship Captain Okafor commanded was struck by a shell off the coast.", "Okafor", id="en-bare-relative"),
        pytest.param("The camp Colonel Mensah built was flooded in the rains.", "Mensah", id="en-bare-relative-camp"),
    ],
)
def test_a_rank_and_surname_elsewhere_is_a_person(text, person):
    assert people_of(text) == [person]
