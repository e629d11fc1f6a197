"""A title a country owns with the English possessive speaks for the country (or its holder)
also when the speech verb carries an auxiliary or an adverb ("Peru's foreign minister has said
...", "... has also warned ..."): the body named after the verb is its object, not an inverted
subject. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return sorted(q.speaker for q in extract(text, None).quotes)


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Peru's foreign minister has called for the Security Council to withdraw the mission.", ["Peru"],
                     id="has-called-for"),
        pytest.param("Peru's foreign minister has said the Security Council must withdraw the mission.", ["Peru"],
                     id="has-said"),
        pytest.param("Peru's foreign minister has also warned the Security Council that the mission must leave.", ["Peru"],
                     id="has-also-warned"),
        pytest.param("Peru's foreign minister said the Security Council must withdraw the mission.", ["Peru"],
                     id="no-auxiliary"),
    ],
)
def test_the_owner_of_the_title_speaks_past_an_auxiliary(text, speakers):
    assert speakers_of(text) == speakers
