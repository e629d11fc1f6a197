"""Events: the hours up to the article's telling ("in the past 24 hours", "ces dernières
heures", "en las últimas horas") date a happening on the article's own day, as "today" does.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 2, 14)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Three guards were wounded in the past 24 hours near the bridge.", "en", id="en-past-24"),
        pytest.param("Three guards were wounded in the last few hours near the bridge.", "en", id="en-last-few"),
        pytest.param("Trois gardes ont été blessés ces dernières heures près du pont.", "fr", id="fr-ces-dernieres"),
        pytest.param("Trois gardes ont été blessés au cours des dernières 24 heures près du pont.", "fr", id="fr-au-cours"),
        pytest.param("Tres guardias resultaron heridos en las últimas 24 horas cerca del puente.", "es", id="es-24"),
        pytest.param("En las últimas horas, tres guardias han resultado heridos cerca del puente.", "es", id="es-fronted"),
    ],
)
def test_the_last_hours_are_the_articles_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("casualty", "2024-02-14")]
    # the phrase, preposition and all, leaves the title ("wounded near the bridge", no "in in")
    assert not any(left in events[0].title for left in ("in in", "au cours", "en en"))
