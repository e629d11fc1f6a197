"""Events: an aside set off by commas dates one happening by a printed date, and the main
verb after it another by a day named relative to the article's ("The guard, wounded on 4
September in an ambush, died yesterday", "blessé le 4 septembre ..., est décédé mardi",
"herido el 4 de septiembre ..., falleció ayer"): two happenings, each of its own day. A period
named so ("morts l'an dernier") is a toll, no happening of a day. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import dates_between

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "The guard, wounded on 4 September in an ambush near Gao, died yesterday in hospital.",
                     ["2023-09-04", "2023-09-14"], id="en-yesterday"),
        pytest.param("en", "The guard, wounded on 4 September in an ambush near Gao, died on Tuesday.",
                     ["2023-09-04", "2023-09-12"], id="en-weekday"),
        pytest.param("fr", "Le garde, blessé le 4 septembre dans une embuscade près de Gao, est mort hier à l'hôpital.",
                     ["2023-09-04", "2023-09-14"], id="fr-hier"),
        pytest.param("fr", "Le garde, blessé le 4 septembre dans une embuscade près de Gao, est décédé mardi.",
                     ["2023-09-04", "2023-09-12"], id="fr-weekday"),
        pytest.param("es", "El guardia, herido el 4 de septiembre en una emboscada cerca de Gao, falleció ayer.",
                     ["2023-09-04", "2023-09-14"], id="es-ayer"),
    ],
)
def test_each_happening_keeps_its_day(language, sentence, expected):
    assert dates_between(sentence, language, ANCHOR) == expected


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("fr", "Le ministre a remis le 4 septembre 2023 une médaille, à titre posthume, à douze soldats morts l'an dernier.",
                     ["2023-09-04"], id="fr-toll-last-year"),
        pytest.param("en", "The guard was wounded on 4 September in an ambush near Gao, the mission said yesterday.",
                     ["2023-09-04"], id="en-telling-day"),
    ],
)
def test_guards(language, sentence, expected):
    assert dates_between(sentence, language, ANCHOR) == expected
