"""Events: a sentence whose main word has no date of its own and names a happening told before
("The death toll was the highest since 1998, when 26 guards were slain in a raid") tells the
happening of its time clause, dated by the clause's year, kept apart from the one told before.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2021, 4, 14)


@pytest.mark.parametrize(
    "sentences, language, year",
    [
        pytest.param(["Four guards were killed in an ambush on Monday near the border.",
                      "The death toll was the highest for the force since 1998, when 26 guards were slain in a raid."],
                     "en", "1998", id="en"),
        pytest.param(["Quatre gardes ont été tués lundi dans une embuscade près de la frontière.",
                      "Le bilan est le plus lourd depuis 1997, lorsque 21 gardes avaient été tués dans un raid."],
                     "fr", "1997", id="fr"),
        pytest.param(["Cuatro guardias murieron el lunes en una emboscada cerca de la frontera.",
                      "El balance es el peor desde 1999, cuando 19 guardias murieron en un asalto."],
                     "es", "1999", id="es"),
    ],
)
def test_the_time_clause_happening_of_a_told_one_is_kept(sentences, language, year):
    assert year in [e.date for e in article_events(sentences, language, ANCHOR)]
