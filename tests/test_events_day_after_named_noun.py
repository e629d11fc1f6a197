"""Events: a sentence with no day of its own whose happening falls a count of days after a
happening named by a noun with its article ("The day after the attack, ...", "Deux jours après
le bombardement, ...", "Dos días después del ataque, ...") is dated that many days after the
happening told before, which the noun names again. Every sentence here is written for these
tests."""
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
        pytest.param("A mortar round hit the camp on September 3.", "Three days after the shelling, the mission evacuated its staff.",
                     "en", "2026-09-06", id="en-count"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Trois jours après l'attaque, la mission a envoyé des renforts.",
                     "fr", "2026-09-06", id="fr-count-elided"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Deux jours après le raid, le commandant a visité le camp.",
                     "fr", "2026-09-05", id="fr-count-le"),
        pytest.param("Milicianos atacaron el campamento el 3 de septiembre.", "Tres días después del ataque, la misión evacuó a su personal.",
                     "es", "2026-09-06", id="es-count-del"),
        pytest.param("Milicianos atacaron el campamento el 3 de septiembre.", "Dos días después de la incursión, el comandante visitó el campamento.",
                     "es", "2026-09-05", id="es-count-de-la"),
    ],
)
def test_a_count_after_a_named_happening_counts_from_the_one_told_before(first, second, language, day):
    events = article_events([first, second], language, ANCHOR)
    assert day in [e.date for e in events]
