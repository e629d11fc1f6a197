"""Events: a count of days after another happening ("a day after", "deux jours après", "un
día después de que") whose clause tells the only event word of the sentence, the day named
before the count belonging to a clause whose verb names no happening ("Peacekeepers
suspended patrols on Sunday, a day after gunfire hit a helicopter"): the happening told
after the count falls that many days before that day (events.day_before_count), not on it.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 7, 15)  # a Monday: the Sunday before is the 14th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Peacekeepers suspended patrols on Sunday, a day after gunfire hit a helicopter near Gao.", "en",
                     ["2024-07-13"], id="en-a-day-after-clause"),
        pytest.param("On Sunday the army closed the road, a day after an explosion wounded two soldiers.", "en",
                     ["2024-07-13"], id="en-fronted-day"),
        pytest.param("L'armée a fermé la route dimanche, deux jours après une explosion qui a blessé deux soldats.", "fr",
                     ["2024-07-12"], id="fr-two-days-after-noun"),
        pytest.param("La mission a évacué son personnel dimanche, un jour après l'attaque de la base par des rebelles.", "fr",
                     ["2024-07-13"], id="fr-a-day-after-noun"),
        pytest.param("Los cascos azules suspendieron sus patrullas el domingo, un día después de que disparos "
                     "alcanzaran un helicóptero.", "es", ["2024-07-13"], id="es-a-day-after-clause"),
        pytest.param("El ejército cerró la carretera el domingo, dos días después de una explosión que hirió a dos "
                     "soldados.", "es", ["2024-07-12"], id="es-two-days-after-noun"),
    ],
)
def test_the_happening_after_the_count_is_that_many_days_before(sentence, language, expected):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # the main clause names a happening of its own: both, each on its day, as before
        pytest.param("The Council met on Sunday, a day after a bomb killed three peacekeepers.", "en",
                     ["2024-07-13", "2024-07-14"], id="en-main-happening"),
        # no count before the day: the happening's own day
        pytest.param("Gunfire hit a helicopter near Gao on Sunday.", "en", ["2024-07-14"], id="en-no-count"),
    ],
)
def test_other_days_are_left_as_they_were(sentence, language, expected):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == expected
