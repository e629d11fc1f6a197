"""Rejoining a name cut by print ("Ban Ki- moon") changes only what the extractor reads: the
article's body and a quote's sentence stay as printed, so a stored quote is found in the body.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_CASES = [
    pytest.param("Talks in Mali\n\nSecretary-General Ban Ki- moon said on Monday that the mission in Mali would stay until the vote.\n\n"
                 "\"We will not leave,\" said Ban Ki- moon after the meeting in Bamako on Monday.",
                 "Ki- moon", id="en-lowercase-half"),
    pytest.param("Visite à Gao\n\nLe chef des opérations de paix, Jean- Pierre Lacroix, a déclaré que le convoi était arrivé à Gao lundi.\n\n"
                 "« Nous restons », a dit Jean- Pierre Lacroix aux journalistes réunis à Gao.",
                 "Jean- Pierre", id="fr-given-name-half"),
]


@pytest.mark.parametrize("text, printed", _CASES)
def test_the_body_stays_as_printed(text, printed):
    body = "\n\n".join(extract(text, None).body)
    assert printed in body, body


@pytest.mark.parametrize("text, printed", _CASES)
def test_a_quote_sentence_is_found_in_the_body(text, printed):
    found = extract(text, None)
    body = "\n\n".join(found.body)
    assert found.quotes, "no quote"
    for quote in found.quotes:
        assert quote.sentence in body, quote.sentence
