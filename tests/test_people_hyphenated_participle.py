"""A hyphenated name joined to a participle of the vocabulary's "compound_suffixes"
("Al-Shabaab-backed", "Boko-Haram-linked") describes what follows it: no person's name. A
hyphenated person's name stays one. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Al-Qaeda-linked JNIM said it had ambushed the patrol.", id="linked-at-start"),
        pytest.param("Al-Shabaab-allied FLDS fighters attacked a checkpoint on Sunday.", id="allied-opening"),
        pytest.param("The Al-Shabaab-backed ULF denied any role in the ambush.", id="backed"),
        pytest.param("The Ansar-Dine-affiliated MNLA wing withdrew from the town.", id="affiliated"),
    ],
)
def test_a_hyphenated_participle_compound_is_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Jean-Marc Dufresne visited the base on Monday.", ["Jean-Marc Dufresne"], id="hyphenated-given"),
        pytest.param("Al-Mahdi Ag Moussa Touré appeared before the judges.", ["Al-Mahdi Ag Moussa Touré"], id="particle-name"),
    ],
)
def test_a_hyphenated_persons_name_stays(text, people):
    assert people_of(text) == people
