"""Events: the day something was learned is the day of its telling, not of the happening
learned ("we learned on Tuesday that two soldiers had been killed", "nous avons appris mardi
que", "supimos el martes que"): told deep in a body, such a happening has no day. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Tuesday is the 9th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The families learned on Tuesday that two sailors had been killed off the coast.", "en", id="en"),
        pytest.param('"Nous avons appris mardi que deux marins ont été tués au large", a déclaré le ministre.', "fr", id="fr"),
        pytest.param("Las familias supieron el martes que dos marineros habían muerto frente a la costa.", "es", id="es"),
        pytest.param("Las familias se enteraron el martes de que dos marineros habían muerto frente a la costa.", "es", id="es-enterarse"),
    ],
)
def test_the_day_of_learning_is_not_the_happenings(sentence, language):
    assert "2019-04-09" not in [e.date for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the day after the complementiser is the happening's own
        pytest.param("The families learned that two sailors had been killed on Tuesday off the coast.", "en", id="en-after-that"),
    ],
)
def test_a_day_inside_what_was_learned_dates_it(sentence, language):
    assert "2019-04-09" in [e.date for e in body_events(sentence, language, ANCHOR)]
