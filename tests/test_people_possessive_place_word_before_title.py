"""People: a place whose name ends in a word that also heads places or buildings ("Coast",
"Islands", "Gold Coast"), printed in the possessive right before a title and a name ("Ivory
Coast's deputy defence minister Paul Mensah"), owns the office: the name after the title is
its holder, the person in the news, not a camp or a building named after someone ("camp
Général Jean Dupont", where the thing's word stands bare before the rank). Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str = "en") -> set[str]:
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Ivory Coast's deputy defence minister Paul Mensah said the battalion left Bouaké on Monday.",
                     "Paul Mensah", id="ivory-coast-deputy-minister"),
        pytest.param("The Gold Coast's mayor Dana Whitfield welcomed the returning police officers.",
                     "Dana Whitfield", id="gold-coast-mayor"),
    ],
)
def test_a_title_after_a_place_in_the_possessive_names_a_person(sentence, name):
    assert name in people(sentence)


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("The soldiers camped at Camp Général Jean Dupont near the airport.", "Jean Dupont", id="camp-general"),
    ],
)
def test_a_thing_word_bare_before_a_rank_still_names_a_namesake(sentence, name):
    assert name not in people(sentence)
