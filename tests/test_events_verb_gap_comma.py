"""Events: a time named after a verb then a comma closes the verb's clause ("Fighting renewed
in March, the mission said", "The truce ended in March, the mandate ... was not renewed"):
the words after the comma are no object of the verb, so no verb phrase of event_kinds is
read across it ("renewed the mission", "ended the mandate"); a time set off by commas on
both sides ("renewed, in March, the mandate") still stands inside the phrase
(tests/test_events_verb_period_gap.py). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 11, 19)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Fighting renewed in March, the mission said.", "en", id="en-in-month-comma"),
        pytest.param("Fighting renewed last week, the mission said.", "en", id="en-period-comma"),
        pytest.param("Fighting renewed on Monday, the mission said.", "en", id="en-weekday-comma"),
        pytest.param("The truce ended in 2023, the mandate of the force was not renewed.", "en", id="en-year-comma"),
    ],
)
def test_a_time_closing_a_clause_joins_no_phrase(sentence, language):
    assert "adoption" not in [e.kind for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("The Council renewed, in March, the mandate of the force in Lebanon.", "en", "2025-03", id="en-commas-around"),
        pytest.param("The Council renewed on Monday, for a year, the mandate of the force.", "en", "2025-11-17", id="en-two-parts"),
        pytest.param("El Consejo renovó, en marzo, el mandato de la fuerza en Líbano.", "es", "2025-03", id="es-commas-around"),
    ],
)
def test_a_time_set_off_by_commas_keeps_the_phrase(sentence, language, day):
    assert ("adoption", day) in [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]
