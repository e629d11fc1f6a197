"""A speech verb's participle after a common noun, its agent after it ("the incident reported
by the peacekeepers took place..."): the noun's source, no words said, so no quote; a verb
after its subject followed by a means ("said by phone", "told by telephone") stays speech.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("The incident reported by the peacekeepers took place near the Blue Line.", id="article-agent"),
        pytest.param("The clashes reported by UNMISS left the market of Bor empty.", id="named-agent"),
    ],
)
def test_an_attributive_participle_is_no_quote(paragraph):
    assert quotes_of("en", paragraph) == []


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        pytest.param("Maria Kowalska said by phone that the camp was calm.", "Maria Kowalska", id="said-by-phone"),
        pytest.param("Maria Kowalska told by telephone that the camp was calm.", "Maria Kowalska", id="told-by-telephone"),
        pytest.param("UNMISS reported by the evening that the road was open.", "UNMISS", id="named-subject"),
        pytest.param("UNMISS also reported by the evening that the road was open.", "UNMISS", id="adverb-before"),
        pytest.param("The spokesman said by the end of the day that the road was open.", "", id="title-subject"),
    ],
)
def test_a_verb_after_its_subject_stays_speech(paragraph, speaker):
    quotes = quotes_of("en", paragraph)
    assert [q.speaker for q in quotes] == [speaker], quotes
