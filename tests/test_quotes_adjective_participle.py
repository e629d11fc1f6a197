"""Quotes: a participle of a speech verb standing as an adjective before its noun, after a
determiner or a preposition ("over alleged failures", "the reported clashes", "its stated
aim"), qualifies the noun and reports nothing (quotes.yaml "adjective_participles"); the verb
with its subject still reports. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nine guards were hurt during a protest over alleged failures to protect the market.", id="over-alleged"),
        pytest.param("The patrol found no trace of the reported clashes near the bridge.", id="the-reported"),
        pytest.param("The force kept to its stated aim of opening the road before the rains.", id="its-stated"),
    ],
)
def test_a_participle_before_its_noun_is_no_report(text):
    assert extract(text, None).quotes == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The villagers alleged that the guards fired first.", "", id="subject-alleged-that"),
        pytest.param("Colonel Rita Amadi visited the camp and announced that the road would reopen.", "Rita Amadi",
                     id="coordinated-verb"),
        # "some", "those": determiners that stand as pronouns too; the verb's clause after them
        # ("that ...") shows the verb
        pytest.param("Some claimed that the patrol had fired first.", "", id="some-claimed-that"),
        pytest.param("The farmers met the mayor, and some reported that the water had risen.", "", id="and-some-reported-that"),
        pytest.param("Those stated that the guards had left before dawn.", "", id="those-stated-that"),
    ],
)
def test_the_verb_with_its_subject_still_reports(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        # a name in the possessive determines the noun as "its" does: its participle reports nothing
        pytest.param("Rita Amadi visited Gao on Monday. Welcoming Niger's stated wish to help, Ms. Amadi called on the "
                     "parties \"to open every road before the rains\".", "open every road", "Rita Amadi",
                     id="possessive-name-stated"),
        # near misses: the possessive owns the subject, whose verb reports
        pytest.param("UNMISS's spokesman stated that the patrols would go on.", "patrols would go on", "UNMISS",
                     id="possessive-owns-the-subject"),
        # "'s" after a pronoun is "has" or "is", no possessive: the verb reports
        pytest.param("Colonel Rita Amadi, the force commander, visited the camp at Bor on Monday. She's stated repeatedly "
                     "that the force will not leave Bor before the rains.", "will not leave Bor", "Rita Amadi",
                     id="pronoun-has-stated"),
        pytest.param("Colonel Rita Amadi, the force commander, visited the camp at Bor on Monday. She\u2019s stated repeatedly "
                     "that the force will not leave Bor before the rains.", "will not leave Bor", "Rita Amadi",
                     id="pronoun-has-stated-curly"),
    ],
)
def test_a_participle_after_a_possessive_is_no_verb(text, says, speaker):
    assert [q.speaker for q in extract(text, None).quotes if says in q.sentence] == [speaker]
