"""Events: a count back from the article's date ("two years ago", "il y a deux ans", "hace dos
años") dates a happening named by a noun and a verb of its own kind ("a peace deal signed two
years ago": the deal and its signing are one happening), as a printed year does ("signed in
2011"); an event word of another kind nearer the count still takes it ("wounds suffered in an
ambush three months ago": the ambush's).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2013, 7, 14)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A peace deal was signed two years ago between the government and two rebel factions.", "en", id="en"),
        pytest.param("Les rebelles combattent malgré un accord de paix signé il y a deux ans avec le gouvernement.", "fr", id="fr"),
        pytest.param("Los rebeldes rechazaron el acuerdo de paz firmado hace dos años con el gobierno.", "es", id="es"),
    ],
)
def test_a_deal_signed_years_ago_is_dated_by_the_count(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("agreement", "2011")]
