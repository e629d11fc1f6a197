"""Events: a sentence with no day of its own whose happening falls the day after a happening
named by a noun with its article ("The day after the raid, ...", "Un jour après l'attaque,
...") is dated the day after the happening told before, which the noun names again, as "le
lendemain de l'attaque" already is. A count of more days before such a noun stays
offset_back's (tests/test_events_counted_after_previous.py). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday


@pytest.mark.parametrize(
    "first, second, language, day",
    [
        pytest.param("Militiamen raided the camp on September 3.", "The day after the raid, the mission sent reinforcements to the camp.",
                     "en", "2026-09-04", id="en-the-day-after-the"),
        pytest.param("Militiamen raided the camp on September 3.", "A day after the raid, the commander visited the camp.",
                     "en", "2026-09-04", id="en-a-day-after-the"),
        pytest.param("Militiamen raided the camp on September 3.", "One day after the raid, the commander visited the camp.",
                     "en", "2026-09-04", id="en-one-day-after-the"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Un jour après l'attaque, la mission a envoyé des renforts.",
                     "fr", "2026-09-04", id="fr-elided"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Un jour après le raid, le commandant a visité le camp.",
                     "fr", "2026-09-04", id="fr-le"),
    ],
)
def test_the_day_after_a_named_happening_counts_from_the_one_told_before(first, second, language, day):
    events = article_events([first, second], language, ANCHOR)
    assert day in [e.date for e in events]
