"""Events: casualties of a year told over several happenings ("in other incidents in 2019, ...",
"dans des attaques distinctes en 2018") are a tally; a plural happening named only after the
clause of the casualties, in an aside that sets the one happening among others ("one of several
attacks on the route", "l'une des attaques les plus meurtrières"), sums nothing: the sentence
still tells one happening of that year. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 17)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("In 2019, three guards were killed in an ambush near the ford, one of several attacks on the route.",
                     "en", id="en"),
        pytest.param("En 2019, trois gardes ont été tués dans une embuscade près du gué, l'une des attaques les plus "
                     "meurtrières de l'année.", "fr", id="fr"),
        pytest.param("En 2019, tres guardias murieron en una emboscada cerca del vado, uno de los ataques más graves del año.",
                     "es", id="es"),
    ],
)
def test_a_plural_happening_after_the_clause_makes_no_tally(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2019"]
