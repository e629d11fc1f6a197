"""Events: a sentence closed by a bare date set off by a comma ("Soldiers line up at the
airport in Malakal, 14 May.") is a picture's caption, its date the picture's: it tells no
happening unless it names an event word. A day told in the sentence's own words, or after a
weekday, still dates a happening. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate
from newsdossier.events import closing_date_caption

ANCHOR = PartialDate(2024, 5, 16)


@pytest.mark.parametrize(("sentence", "language"), [
    pytest.param("Soldiers line up on the runway of the airport in Malakal, 14 May.", "en", id="en-day-month"),
    pytest.param("Women queue for water at a camp for displaced people in Bentiu, South Sudan, May 14, 2024.", "en",
                 id="en-month-day-year"),
    pytest.param("Des Casques bleus en file devant leur base à Bunia, 14 mai.", "fr", id="fr"),
    pytest.param("Cascos azules forman en el patio del cuartel en Goma, 14 de mayo.", "es", id="es"),
])
def test_a_caption_closed_by_its_date_tells_no_happening(sentence, language):
    assert closing_date_caption(sentence)
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(("sentence", "language", "kind"), [
    pytest.param("Peacekeepers were attacked near the airport in Malakal, 14 May.", "en", "attack", id="en-event-word"),
    pytest.param("Des Casques bleus ont été attaqués près de Bunia, 14 mai.", "fr", "attack", id="fr-event-word"),
    pytest.param("The foreign minister was in Malakal on Thursday, 14 May.", "en", "happening", id="after-weekday"),
    pytest.param("The foreign minister was in Malakal on 14 May.", "en", "happening", id="day-in-the-words"),
])
def test_a_day_told_otherwise_still_dates_its_event(sentence, language, kind):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [(kind, "2024-05-14")]
