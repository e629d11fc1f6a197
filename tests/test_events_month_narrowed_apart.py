"""Events: a planned happening told for a month and a planned one of its kind told later for a
day of that month are one event only when they share something told of them (a place, an
actor): "the president will visit Mali next month" and "the envoy will visit Niger on 4 June"
are two visits. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2023, 5, 20)


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["The president will visit Mali next month.", "The envoy will visit Niger on 4 June."], "en", id="en-visits"),
        pytest.param(["Ministers will meet in Addis Ababa next month.", "A donors' conference will be held on 4 June."], "en",
                     id="en-meeting-conference"),
        pytest.param(["Les ministres se réuniront à Addis-Abeba le mois prochain.", "Une conférence des donateurs se tiendra le 4 juin."],
                     "fr", id="fr-meeting-conference"),
        pytest.param(["Los ministros se reunirán en Adís Abeba el próximo mes.", "Una conferencia de donantes se celebrará el 4 de junio."],
                     "es", id="es-meeting-conference"),
    ],
)
def test_two_planned_happenings_of_a_month_sharing_nothing_stay_two(sentences, language):
    dates = sorted(e.date for e in article_events(sentences, language, ANCHOR))
    assert dates == ["2023-06", "2023-06-04"]
