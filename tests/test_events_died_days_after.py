"""Events: a casualty who died days after an attack ("A third peacekeeper wounded in Sunday's
attack died of his injuries on Tuesday") is dated by the day of the dying: the day owned by
the attack noun (in the possessive, or right after it) is the attack's, and a participle
aside set off by commas after the subject ("Un tercer casco azul, herido en el ataque del
domingo, murió el martes") gives no kind, the finite verb after it does. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 9)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A fourth guard wounded in Sunday's ambush died of his wounds on Tuesday.", "en", id="en-possessive"),
        pytest.param("A fourth guard wounded in the ambush on Sunday died of his wounds on Tuesday.", "en", id="en-after-noun"),
        pytest.param("A fourth guard, wounded in Sunday's ambush, died of his wounds on Tuesday.", "en", id="en-aside"),
        pytest.param("Un quatrième garde, blessé dans l'embuscade de dimanche, a succombé mardi à ses blessures.", "fr", id="fr-aside"),
        pytest.param("Un cuarto guardia, herido en la emboscada del domingo, murió el martes.", "es", id="es-aside"),
    ],
)
def test_the_death_days_later_is_dated_by_its_own_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("casualty", "2024-05-07")]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("A fourth guard wounded in Sunday's ambush died of his wounds.", "en", "2024-05-05", id="en-no-other-day"),
        pytest.param("Sunday's ambush killed two guards, the mission said on Tuesday.", "en", "2024-05-05", id="en-telling-day"),
    ],
)
def test_the_nouns_day_stays_when_no_other_day_is_the_deaths(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]
