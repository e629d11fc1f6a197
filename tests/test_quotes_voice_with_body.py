"""Quotes: an unnamed spokesperson or official joined to a body by "with" ("an official with
the UN", "a spokeswoman with MINUSCA") speaks as that body wherever the phrase stands (quotes.yaml
"body_voice_links"), as "of" and "for" already join them; the rule of the corpus: an unnamed
official of a body the text names speaks as that body. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The bridge was blown up overnight, according to an official with the United Nations.",
                     "United Nations", id="en-according-to"),
        pytest.param("The bridge was blown up overnight, said a spokeswoman with MINUSCA.", "MINUSCA",
                     id="en-inverted"),
        pytest.param("The bridge was blown up overnight, according to a senior official with UNMISS.", "UNMISS",
                     id="en-senior-official"),
    ],
)
def test_a_voice_with_a_body_speaks_for_it(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]


def test_a_voice_meeting_with_a_body_is_no_voice_of_it():
    text = "The bridge was blown up overnight, according to an official who met with the United Nations."
    assert [q.speaker for q in extract(text, None).quotes] == [""]
