"""Events: a date standing between an event verb and the infinitive it takes ("agreed in March
to end the mandate on 30 June", "voted in May to extend the mandate on 1 July") is the first
verb's: the infinitive, led by its marker (vocabulary "infinitive_markers"), is that verb's
object, and when it prints a day of its own it is a second happening on that day. Before, the
date went to the infinitive nearest it, the agreeing lost its month and the infinitive's own
day was dropped (events._infinitive_after). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 8, 10)


def found(sentence: str, language: str = "en") -> list[tuple[str, str]]:
    return sorted((e.kind, str(e.date)) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("The Council agreed in March to end the mandate of the mission on 30 June.",
                     [("adoption", "2023-06-30"), ("agreement", "2023-03")], id="agreed-to-end-on-day"),
        pytest.param("The ministers agreed in May to renew the mandate of the force on 1 July.",
                     [("adoption", "2023-07-01"), ("agreement", "2023-05")], id="agreed-to-renew-on-day"),
        pytest.param("Parliament voted in May to extend the mandate of the force on 1 July.",
                     [("adoption", "2023-05"), ("adoption", "2023-07-01")], id="voted-to-extend-on-day"),
        pytest.param("The Council agreed in March to end the mandate of the mission.",
                     [("agreement", "2023-03")], id="agreed-to-end-no-day"),
    ],
)
def test_the_date_before_an_infinitive_is_the_verb_before(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # no event verb before the date: the purpose keeps nothing of it, the arrival its day
        pytest.param("The peacekeepers arrived on 3 May to relieve the Nepalese company.",
                     [("deployment", "2023-05-03")], id="arrived-to-relieve"),
        # an infinitive whose day stands apart from the agreeing's already had both
        pytest.param("The government agreed in March to withdraw its battalion on 30 June.",
                     [("agreement", "2023-03"), ("withdrawal", "2023-06-30")], id="agreed-to-withdraw"),
    ],
)
def test_other_dates_stay_as_they_were(sentence, expected):
    assert found(sentence) == expected
