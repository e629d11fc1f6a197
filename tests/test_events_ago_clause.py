"""Events: a count of years back ("hace 13 años", "il y a dix ans") inside a relative clause
that the main event word is not in dates that clause's verb, not the main event ("concluyó
ayer la labor que inició hace 13 años": the end is yesterday). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2016, 11, 21)


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La misión concluyó ayer la labor que inició hace once años en el país.", "es", id="es"),
        pytest.param("La mission a pris fin hier, un travail qui avait commencé il y a onze ans dans le pays.", "fr", id="fr"),
    ],
)
def test_an_ago_count_in_a_relative_clause_leaves_the_main_event_its_day(sentence, language):
    assert "2005" not in dates_of(sentence, language)
    assert "2016-11-20" in dates_of(sentence, language)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("La misión concluyó hace once años su labor en el país.", "es", "2005", id="es-main"),
    ],
)
def test_an_ago_count_of_the_main_clause_still_dates_it(sentence, language, expected):
    assert dates_of(sentence, language) == [expected]
