"""Quotes: after an inverted speech verb, a body then a title qualified by the field it covers
("said UN aid chief X", "said EU foreign policy chief X") introduces the title's holder, who
speaks, not the body; a relative clause after the name goes on with the person. Words that are
no qualifier of the title ("said UN troops and aid chief X") leave the body. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = "Peacekeepers reached the northern camp on Monday after a long road through the hills. "


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("The wells are \u201calmost dry,\u201d said UN aid chief Maria Kowalska.", "Maria Kowalska", id="en-aid-chief"),
        pytest.param("The wells are almost dry, said UN peacekeeping chief Paul Brand.", "Paul Brand", id="en-peacekeeping-chief"),
        pytest.param("The border stays \u201cclosed for now,\u201d said EU foreign policy chief Anna Berg.", "Anna Berg", id="en-two-qualifiers"),
        pytest.param("The wells are \u201calmost dry,\u201d said UN aid chief Maria Kowalska, who said the rains had failed.",
                     "Maria Kowalska", id="en-relative-clause-after"),
        pytest.param("The talks will resume in May, said AU mediation envoy Kofi Mensah.", "Kofi Mensah", id="en-mediation-envoy"),
    ],
)
def test_a_qualified_title_after_a_body_names_its_holder(sentence, speaker):
    quotes = extract(LEAD + sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a word away from the title is no qualifier: the body stays the speaker
        pytest.param("The wells are almost dry, said UN troops and aid chief Maria Kowalska.", "United Nations", id="en-word-away-from-title"),
        # no title closes the gap: the body speaks
        pytest.param("The wells are almost dry, said UN staff near Maria Kowalska.", "United Nations", id="en-no-title"),
    ],
)
def test_words_that_qualify_no_title_leave_the_body(sentence, speaker):
    quotes = extract(LEAD + sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker]
