"""Events: a weekday in the clause of the main happening is its day, even when the noun of a
statement closing the sentence past a comma stands nearer to it than the main word ("died of
his wounds on Saturday in Gao, a statement said", "a été blessé vendredi près de Gao, a indiqué
un communiqué"): a word past a clause end is no nearer than the main word of the day's own
clause. Before, the day was blanked as the statement's and the happening took the article's
day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2019, 5, 19)  # a Sunday


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The driver died of his wounds on Saturday in Kidal, a statement said.", "en", "2019-05-18",
                     id="en-died-of-wounds"),
        pytest.param("A nurse died in hospital on Saturday in Bunia, the statement said.", "en", "2019-05-18",
                     id="en-died-in-hospital"),
        pytest.param("The officer succumbed to his injuries on Saturday in Goma, a statement from the mission said.",
                     "en", "2019-05-18", id="en-succumbed"),
        pytest.param("Two guards were wounded by gunfire on Friday near Mopti, a statement said.", "en", "2019-05-17",
                     id="en-wounded"),
        pytest.param("The company arrived in the capital early on Saturday, a statement said.", "en", "2019-05-18",
                     id="en-arrived"),
        pytest.param("The envoy met the governor in Timbuktu on Friday, a statement said.", "en", "2019-05-17",
                     id="en-met"),
        pytest.param("La compagnie est arrivée dans la capitale tôt samedi, a annoncé un communiqué.", "fr", "2019-05-18",
                     id="fr-arrivee"),
        pytest.param("El chófer murió a causa de sus heridas el sábado en Kidal, indicó un comunicado.", "es", "2019-05-18",
                     id="es-murio-heridas"),
    ],
)
def test_the_day_of_the_happenings_clause_dates_it(sentence, language, date):
    assert dates_between(sentence, language, ANCHOR) == [date]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The driver died on Saturday in Kidal, a statement said.", "en", "2019-05-18", id="en-day-next-to-verb"),
        pytest.param("The driver died of his wounds on Saturday in Kidal, a spokesman said.", "en", "2019-05-18",
                     id="en-spokesman"),
    ],
)
def test_the_day_next_to_the_verb_stays(sentence, language, date):
    assert dates_between(sentence, language, ANCHOR) == [date]
