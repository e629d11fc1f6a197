"""Events: a happening dated by a count of days before the one the sentence tells ("killed
on Friday, three days after another clash", "tués vendredi, trois jours après un autre
accrochage", "muertos el viernes, dos días después de otro ataque") is a happening of its
own, that many days earlier. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Friday is the 12th


def dates(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, earlier",
    [
        pytest.param("Two soldiers were killed on Friday, three days after another clash near the river.", "en", "2019-04-09", id="en"),
        pytest.param("Two soldiers were killed on Friday, a week after an ambush near the river.", "en", "2019-04-05", id="en-week"),
        pytest.param("Deux soldats ont été tués vendredi, trois jours après un autre accrochage près du fleuve.", "fr", "2019-04-09", id="fr"),
        pytest.param("Dos soldados murieron el viernes, dos días después de otro ataque cerca del río.", "es", "2019-04-10", id="es"),
    ],
)
def test_a_happening_some_days_before_the_one_told_is_dated_back(sentence, language, earlier):
    assert dates(sentence, language) == sorted([earlier, "2019-04-12"])


@pytest.mark.parametrize(
    "sentence, language",
    [
        # no event named after the count: nothing more to date
        pytest.param("Two soldiers were killed on Friday, three days after they arrived.", "en", id="en-clause"),
        # a count of days later: the main happening is the later one, told relative to another
        pytest.param("Two soldiers were killed on Friday, three days before the ceremony.", "en", id="en-before"),
    ],
)
def test_no_happening_without_an_event_noun_after_the_count(sentence, language):
    assert dates(sentence, language) == ["2019-04-12"]
