"""Events: a phrase of a happening whose last noun is the first of a compound naming a field of
work ("the start of the conflict prevention course", "the beginning of the conflict resolution
process") names no happening: the compound is the field's name (vocabulary
field_of_work_phrases, events.NO_HAPPENING_PHRASES), as "war crimes" names an offence. The
onset of the conflict itself stays a conflict. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 11, 12)  # a Friday


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The beginning of the conflict prevention course is set for Monday in Goma.", id="prevention"),
        pytest.param("The start of the conflict management training was on Monday in Goma.", id="management"),
        pytest.param("Since the start of the conflict mediation effort in 2019, no shots were fired.", id="mediation"),
        pytest.param("On Monday, the start of the conflict analysis gave the team a clear view.", id="analysis"),
    ],
)
def test_a_field_named_after_the_conflict_is_no_conflict(sentence):
    events = [(str(e.date), e.kind) for e in body_events(sentence, "en", ANCHOR) if e.kind == "conflict"]
    assert events == [], events


def test_conflict_resolution_is_no_resolution_adopted():
    # the field's second noun is no Council's resolution either
    sentence = "The beginning of the conflict resolution process on Monday was hailed by all."
    events = [(str(e.date), e.kind) for e in body_events(sentence, "en", ANCHOR) if e.kind in ("adoption", "conflict")]
    assert events == [], events


def test_the_training_of_the_field_keeps_its_day():
    sentence = "The start of the conflict management training was on Monday in Goma."
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, "en", ANCHOR))
    assert ("2021-11-08", "training") in events, events


@pytest.mark.parametrize(
    "sentence, date",
    [
        pytest.param("The region has known no calm since the start of the conflict in March 2013.", "2013-03",
                     id="onset"),
        pytest.param("Since the beginning of the conflict in 2013, prevention work has stalled.", "2013",
                     id="onset-then-field-word"),
    ],
)
def test_the_onset_itself_stays_a_conflict(sentence, date):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, "en", ANCHOR))
    assert (date, "conflict") in events, events
