"""Events: two months of one year joined by "and", "et", "y" ("between March and April
2012", "entre mars et avril 2012", "entre marzo y abril de 2012") date a happening over both
months, not over the second alone. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.dates import find_dates
from newsdossier.events import join_year_spans

from eventcases import body_events

ANCHOR = PartialDate(2018, 4, 7)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The rebels seized the northern towns between March and April 2012.", "en", id="en"),
        pytest.param("Les rebelles ont pris les villes du nord entre mars et avril 2012.", "fr", id="fr"),
        pytest.param("Los rebeldes tomaron las ciudades del norte entre marzo y abril de 2012.", "es", id="es"),
        # the two months joined by a dash or a slash
        pytest.param("The rebels seized the northern towns in March-April 2012.", "en", id="en-dash"),
        pytest.param("The rebels seized the northern towns in March\u2013April 2012.", "en", id="en-en-dash"),
        pytest.param("Les rebelles ont pris les villes du nord en mars-avril 2012.", "fr", id="fr-dash"),
        pytest.param("Los rebeldes tomaron las ciudades del norte en marzo-abril de 2012.", "es", id="es-dash"),
        pytest.param("Los rebeldes tomaron las ciudades del norte en marzo/abril de 2012.", "es", id="es-slash"),
        # the first month found alone after its own preposition ("en marzo") is the span's first
        pytest.param("Los rebeldes tomaron las ciudades del norte en marzo y abril de 2012.", "es", id="es-en-y"),
    ],
)
def test_two_months_of_a_year_date_a_span(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2012-03/2012-04"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("The talks opened on 3 March and ended in April 2012.", ["3 March", "April 2012"], id="day-before"),
        pytest.param("The talks ran from June to April 2012.", ["April 2012"], id="not-forward"),
        pytest.param("The talks ran June-April 2012.", ["April 2012"], id="dash-not-forward"),
        pytest.param("The talks resumed in mid-April 2012.", ["April 2012"], id="mid-is-no-month"),
    ],
)
def test_a_month_of_another_date_or_after_is_not_joined(sentence, expected):
    assert [d.text for d in join_year_spans(sentence, find_dates(sentence))] == expected
