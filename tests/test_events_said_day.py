"""Events: a day named right after the event's own verb, itself after a verb of saying
("the army said two soldiers were killed Tuesday"), dates the happening, not only the telling;
a day right after the verb of saying ("the army said Tuesday that ...") still dates the
telling. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import told_on_day, event_words
from eventcases import body_events

ANCHOR = PartialDate(2019, 3, 8)  # a Friday


def dates_of(sentence: str, language: str) -> list[str]:
    # deep in the body (after the lead), so the article's own date gives no event its day
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The army said two soldiers were killed Tuesday near the border.", "en", "2019-03-05", id="en-tuesday"),
        pytest.param("The army said three soldiers were wounded on Wednesday near the border.", "en", "2019-03-06", id="en-on-wednesday"),
        pytest.param("L'armée a indiqué que deux soldats ont été tués mardi près de la frontière.", "fr", "2019-03-05", id="fr-mardi"),
        pytest.param("El ejército informó que dos soldados murieron el martes cerca de la frontera.", "es", "2019-03-05", id="es-martes"),
    ],
)
def test_a_day_after_the_event_verb_dates_the_event(sentence, language, expected):
    assert dates_of(sentence, language) == [expected]


@pytest.mark.parametrize(
    "sentence, language, weekday",
    [
        pytest.param("The army said on Tuesday that the soldiers had left.", "en", "Tuesday", id="en"),
        pytest.param("L'armée a indiqué mardi que les soldats étaient partis.", "fr", "mardi", id="fr"),
    ],
)
def test_a_day_after_the_verb_of_saying_still_dates_the_telling(sentence, language, weekday):
    words = event_words(sentence, language)
    assert told_on_day(sentence, sentence.index(weekday), language, words)
