"""Events: two days of two months joined by "and" ("the attacks of 4 March and 19 June", "les
4 mars et 19 juin", "los pasados 4 de marzo y 19 de junio") are two dates, each a happening
of its own, not one span from the first to the last (dates.yaml "day_pair_words",
dates.find_dates). A span keeps its words ("from 4 March to 19 June", "del 4 de marzo al 19
de junio"), and two days that run on ("on 30 April and 1 May") stay one span. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 9, 14)


@pytest.mark.parametrize(
    "text, printed",
    [
        pytest.param("the raids of 4 March and 19 June", ["4 March", "19 June"], id="en-and"),
        pytest.param("les raids des 4 mars et 19 juin", ["4 mars", "19 juin"], id="fr-et"),
        pytest.param("los asaltos de los pasados 4 de marzo y 19 de junio", ["4 de marzo", "19 de junio"], id="es-y"),
        pytest.param("on 4 March and 19 June 2023", ["4 March", "19 June 2023"], id="en-and-year"),
        pytest.param("el 30 de noviembre y 2 de diciembre", ["30 de noviembre", "2 de diciembre"], id="es-two-days-apart"),
    ],
)
def test_two_days_of_two_months_joined_by_and_are_two_dates(text, printed):
    assert [d.text for d in find_dates(text)] == printed


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a span's own words, and two days that run on, stay one span
        pytest.param("from 4 March to 19 June", id="en-to"),
        pytest.param("du 4 mars au 19 juin", id="fr-au"),
        pytest.param("del 4 de marzo al 19 de junio", id="es-al"),
        pytest.param("on 30 April and 1 May", id="en-and-next-day"),
        pytest.param("les 31 décembre et 1 janvier", id="fr-et-new-year"),
        pytest.param("el 31 de enero y 1 de febrero", id="es-y-next-day"),
    ],
)
def test_a_span_or_two_days_that_run_on_stay_one_span(text):
    found = find_dates(text)
    assert len(found) == 1 and found[0].value_end is not None


@pytest.mark.parametrize(
    "sentence, language, days",
    [
        pytest.param("The Council condemned the raids on the force of 4 March and 19 June.", "en",
                     ["2023-03-04", "2023-06-19"], id="en"),
        pytest.param("Le Conseil a condamné les raids contre la force des 4 mars et 19 juin.", "fr",
                     ["2023-03-04", "2023-06-19"], id="fr"),
        pytest.param("El Consejo condenó los asaltos contra la fuerza de los pasados 4 de marzo y 19 de junio.", "es",
                     ["2023-03-04", "2023-06-19"], id="es"),
    ],
)
def test_each_day_dates_a_happening(sentence, language, days):
    dates = sorted(str(e.date) for e in body_events(sentence, language, ANCHOR))
    assert dates == days


@pytest.mark.parametrize(
    "text",
    [
        # a "between" word opens a span whatever joins its two days (dates.yaml
        # "day_span_joiners": between ... and, entre ... et, entre ... y)
        pytest.param("between 4 March and 19 June", id="en-between"),
        pytest.param("entre les 4 mars et 19 juin", id="fr-entre"),
        pytest.param("entre el 4 de marzo y 19 de junio", id="es-entre"),
        pytest.param("between 4 March and 19 June 2023", id="en-between-year"),
    ],
)
def test_two_days_opened_by_between_stay_one_span(text):
    found = find_dates(text)
    assert len(found) == 1 and found[0].value_end is not None


@pytest.mark.parametrize(
    "text, years",
    [
        # a year printed after the last of two days named each is the first's too
        pytest.param("on 4 March and 19 June 2023", [2023, 2023], id="en-and-year"),
        pytest.param("les 4 mars et 19 juin 2023", [2023, 2023], id="fr-et-year"),
        pytest.param("los 4 de marzo y 19 de junio de 2023", [2023, 2023], id="es-y-year"),
    ],
)
def test_a_year_after_two_days_dates_both(text, years):
    assert [d.value.year for d in find_dates(text)] == years
