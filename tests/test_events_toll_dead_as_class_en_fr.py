"""Events: in English and French, a casualty word dated by a year alone whose subject is the
dead of that year as a class, with no count ("those who lost their lives in 2013", "those
killed in 2013", "ceux qui ont perdu la vie en 2013", "tous les soldats tués en 2013"), sums
a toll over the year: no happening (the corpus README: "nor a toll counted over a year"). A
year before the noun of another happening ("those killed in the 2013 attack", "l'attentat de
2013") and one person who died stay events. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2016, 5, 30)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The event included a medal for those who lost their lives in 2015.", "en", id="en-those-who"),
        pytest.param("The governor paid tribute to those killed in 2015 in peace operations.", "en", id="en-those"),
        pytest.param("A minute of silence was held for all who died in 2015 while on duty.", "en", id="en-all-who"),
        pytest.param("The plaque honours all the peacekeepers killed in 2015.", "en", id="en-all-the"),
        pytest.param("Flowers were laid for all those who perished in 2015.", "en", id="en-all-those-who"),
        pytest.param("The families of those who were killed in 2015 attended the service.", "en", id="en-those-who-were"),
        pytest.param("La journée comprend une médaille pour ceux qui ont perdu la vie en 2015.", "fr", id="fr-ceux-qui"),
        pytest.param("Le préfet a rendu hommage à tous les soldats tués en 2015.", "fr", id="fr-tous-les"),
        pytest.param("Une minute de silence a été observée pour celles qui sont mortes en 2015.", "fr", id="fr-celles-qui"),
        pytest.param("Le colonel a salué la mémoire de tous les Casques bleus morts en 2015.", "fr",
                     id="fr-tous-les-two-words"),
        pytest.param("La stèle rappelle toutes les victimes tuées en 2015 dans la région.", "fr", id="fr-toutes-les"),
    ],
)
def test_the_dead_of_a_year_are_no_event(sentence, language):
    assert "2015" not in dates_between(sentence, language, ANCHOR)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The families remembered those killed in the 2015 attack on the camp.", "en", id="en-attack-after-year"),
        pytest.param("The families remembered those killed in the 2015 suicide attack on the camp.", "en",
                     id="en-attack-one-word-after-year"),
        pytest.param("The driver who died in 2015 near Gao was remembered by his family.", "en", id="en-one-driver"),
        pytest.param("On a honoré ceux qui sont morts dans l'attentat de 2015 contre le camp.", "fr", id="fr-attack-between"),
        pytest.param("Le chauffeur qui est mort en 2015 près de Gao a été honoré par sa famille.", "fr", id="fr-one-driver"),
    ],
)
def test_one_happening_of_the_year_stays(sentence, language):
    assert "2015" in dates_between(sentence, language, ANCHOR)
