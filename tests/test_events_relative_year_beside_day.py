"""Events: a year named relative to the article's, printed beside a day that has none ("On
July 9, last year,", "Le 9 juillet, l'an dernier,", "El 9 de julio, el año pasado,", "Ngày
9/7, năm ngoái,"), is that day's year: one happening on that day, not a second one dated by
the year alone. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2013, 2, 15)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On July 9, last year, the province voted to leave the federation.", "en", id="en-after"),
        pytest.param("On 9 July, last year, the province voted to leave the federation.", "en", id="en-day-first"),
        pytest.param("Le 9 juillet, l'an dernier, la province a voté pour quitter la fédération.", "fr", id="fr-after"),
        pytest.param("Le 9 juillet, l'année dernière, la province a voté pour quitter la fédération.", "fr", id="fr-annee"),
        pytest.param("El 9 de julio, el año pasado, la provincia votó para salir de la federación.", "es", id="es-after"),
        pytest.param("Ngày 9/7, năm ngoái, tỉnh này đã bỏ phiếu rời khỏi liên bang.", "vi", id="vi-after"),
        pytest.param("Last year, on July 9, the province voted to leave the federation.", "en", id="en-before"),
    ],
)
def test_a_relative_year_beside_a_day_dates_one_happening_on_that_day(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2012-07-09"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # a relative period in a clause of its own, apart from the day, still dates its own happening
        pytest.param("The bridge reopened on March 3; last week, the ferry stopped running.", "en",
                     ["2012-03-03", "2013-02-04/2013-02-10"], id="en-own-clause"),
    ],
)
def test_a_relative_period_of_its_own_clause_still_dates_a_happening(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == expected
