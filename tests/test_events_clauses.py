"""Events: a date goes to the event word of its own clause ("The troops, who arrived in May
2023, will rotate out in June"), and a past date is never planned. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events
from eventcases import FILLER

ANCHOR = PartialDate(2024, 3, 15)


def events_of(sentence: str, language: str) -> list[tuple[str, str, bool]]:
    return sorted((e.kind, e.date, e.announced) for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The troops, who arrived in May 2023, will rotate out in June.", "en", id="en"),
        pytest.param("Les soldats, arrivés en mai 2023, seront relevés en juin.", "fr", id="fr"),
        pytest.param("Las tropas, que llegaron en mayo de 2023, serán relevadas en junio.", "es", id="es"),
    ],
)
def test_each_date_goes_to_the_word_of_its_clause(sentence, language):
    assert events_of(sentence, language) == [("deployment", "2023-05", False), ("rotation", "2024-06", True)]
