"""Events: Spanish prints a past happening in the past subjunctive after "desde que", "después
de que", "tras que" ("desde que en 2013 los rebeldes derrocaran al presidente", "después de que
el grupo atacara la base"): the verb is the event word its preterite is. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2018, 4, 6)  # a Friday


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("El país vive una transición difícil desde que en 2013 los rebeldes derrocaran al presidente.",
                     ("conflict", "2013"), id="derrocaran"),
        pytest.param("La misión reforzó sus patrullas después de que un grupo armado atacara la base el lunes.",
                     ("attack", "2018-04-02"), id="atacara"),
        pytest.param("La tensión creció en la región tras que los milicianos abrieran fuego contra un convoy el martes.",
                     ("attack", "2018-04-03"), id="abrieran-fuego"),
    ],
)
def test_a_past_subjunctive_is_the_preterite_s_event_word(sentence, expected):
    assert expected in [(e.kind, e.date) for e in body_events(sentence, "es", ANCHOR)]
