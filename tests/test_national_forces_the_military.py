"""English "military" after a demonym is a noun, the country's forces, when the phrase opens
with "the" and no noun follows it: the sentence ends or a mark comes, or a function word, an
auxiliary or a speech verb ("the Israeli military said", "between Hezbollah and the Israeli
military.", "the Kenyan military has deployed"). The listed armed forces of the country are
then named (or "<Demonym> Armed Forces"); before a noun the word qualifies the noun and names
no body ("the Chinese military engineers", "Malian military sources"). Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The Israeli military said it had been told of the patrol in advance.", "Israel Defense Forces", id="said"),
        pytest.param("Tension rose along the line held by the Lebanese military.", "Lebanese Armed Forces", id="end"),
        pytest.param("The Kenyan military has sent two more companies to the border.", "Kenya Defence Forces", id="has"),
        pytest.param("Residents fled as the Malian military and the militia exchanged fire.", "Malian Armed Forces", id="and"),
    ],
)
def test_the_demonym_military_names_the_countrys_forces(text, body):
    assert organisations_of(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Chinese military engineers finished the bridge before the rains.", id="the-before-noun"),
        pytest.param("Malian military sources said the convoy was ambushed near Gao.", id="no-article"),
    ],
)
def test_military_before_a_noun_names_no_body(text):
    assert organisations_of(text) == []
