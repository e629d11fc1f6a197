"""Events: a length of time bounded by two dates ("held the valley for ten months between 2011
and January 2012", "pendant dix mois entre 2011 et janvier 2012", "durante diez meses entre
2011 y enero de 2012") tells a state that lasted: neither bound dates the sentence's happening
(vocabulary "length_between_dates"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2016, 2, 15)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The militia, which held the valley for ten months between 2011 and January 2012, attacked the town.",
                     "en", id="en"),
        pytest.param("The militia, which held the valley for nearly ten months between 2011 and January 2012, attacked "
                     "the town.", "en", id="en-rounded"),
        pytest.param("La milice, qui a tenu la vallée pendant dix mois entre 2011 et janvier 2012, a attaqué la ville.",
                     "fr", id="fr"),
        pytest.param("La milicia, que controló el valle durante diez meses entre 2011 y enero de 2012, atacó la ciudad.",
                     "es", id="es"),
    ],
)
def test_the_bounds_of_a_length_of_time_date_no_happening(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # a span with no length before it is the happening's own stretch of days
        pytest.param("Fighting between 3 and 5 May 2015 killed ten people.", "en", ["2015-05-03/2015-05-05"], id="en-span"),
        # the happening's own date, apart from the length's bounds, still dates it
        pytest.param("The militia attacked the town on 5 May 2015, after holding it for ten months between 2011 and 2012.",
                     "en", ["2015-05-05"], id="en-own-date"),
    ],
)
def test_a_date_outside_a_length_of_time_still_dates_its_happening(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == expected
