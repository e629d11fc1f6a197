"""Events: a clause word of the recovery kind ("bodies … were found", "remains … were found")
takes a subject and its verb with a few words between, never across a marker opening another
clause ("The situation remains tense after explosives were found": "remains" is a verb there,
and what was found no body). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 17)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The situation remains tense after explosives were found in a car on Tuesday.", "en", id="en-after"),
        pytest.param("The town remains calm since the weapons were found at the depot on Tuesday.", "en", id="en-since"),
    ],
)
def test_a_clause_marker_in_the_gap_makes_no_recovery(sentence, language):
    assert "recovery" not in [w.kind for w in event_words(sentence, language)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The remains of the two missing drivers were found near the ford on Tuesday.", "en", id="en"),
        pytest.param("Los restos de los dos conductores desaparecidos fueron hallados el martes cerca del vado.", "es", id="es"),
    ],
)
def test_a_subject_and_its_verb_still_tell_a_recovery(sentence, language):
    assert [e.kind for e in body_events(sentence, language, ANCHOR)] == ["recovery"]
