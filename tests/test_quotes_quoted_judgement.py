"""Quotes: a characterising verb with no link before its judgement ("called", "termed",
"branded", "labelled"; English lists such verbs) whose judgement stands in quotation marks ("X
called the ambush “planned and coordinated”") reports X's words, whatever they
are (quotes._characterising_patterns, _JUDGEMENT_MARKS), as the judgement after a linked verb
("described X as", "a qualifié X de", "calificó X de") already was; a quotation opening in
capitals after the object is a name, no judgement. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("The spokesman John Kamau called the ambush “planned and carefully coordinated”, carried out by a large group.",
                     "John Kamau", id="en-called"),
        pytest.param("The minister John Kamau termed the shelling “reckless beyond words”.", "John Kamau", id="en-termed"),
        pytest.param("The governor John Kamau branded the convoy's delay “a gift to the smugglers”.", "John Kamau", id="en-branded"),
        pytest.param("The colonel John Kamau labelled the new curfew “too little and far too late”.", "John Kamau", id="en-labelled"),
        # two words quoted after a linked verb's object are the speaker's phrase, one is a term
        pytest.param("Le général Jean Kamau a qualifié ces soldats de « grands ambassadeurs » de leur pays.", "Jean Kamau",
                     id="fr-two-words-after-linked-verb"),
    ],
)
def test_a_quoted_judgement_is_a_quote(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes


def test_a_name_in_capitals_after_the_object_is_no_judgement():
    quotes = extract("The general John Kamau called the new convoy “Safe Roads For Everyone”.", None).quotes
    assert quotes == [], quotes
