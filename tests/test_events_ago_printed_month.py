"""Events: a count of years back ("three years ago", "il y a trois ans", "hace tres años",
"ba năm trước") is read against the month of that year the same sentence prints ("since
February 2022"): the happening is dated to that month; a printed month of another year, or
two months of that year, leave the counted year. In EN, FR, ES, VI. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from newsdossier.events import ago_month_printed
from eventcases import body_events

ANCHOR = PartialDate(2025, 4, 2)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The general, in command since February 2022, replaced his predecessor three years ago.", "en", id="en-since"),
        pytest.param("Le général, aux commandes depuis février 2022, a remplacé son prédécesseur il y a trois ans.", "fr", id="fr-depuis"),
        pytest.param("El general, al mando desde febrero de 2022, sustituyó a su predecesor hace tres años.", "es", id="es-desde"),
        pytest.param("El general sustituyó a su predecesor hace tres años y está al mando desde febrero de 2022.", "es", id="es-after"),
        pytest.param("Vị tướng, chỉ huy từ tháng 2/2022, đã thay thế người tiền nhiệm ba năm trước.", "vi", id="vi-tu"),
    ],
)
def test_a_count_of_years_back_takes_the_month_printed_of_that_year(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2022-02", "rotation")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El general, al mando desde febrero de 2020, sustituyó a su predecesor hace tres años.", "es", id="es-other-year"),
        pytest.param("The general, in command since February 2020, replaced his predecessor three years ago.", "en", id="en-other-year"),
    ],
)
def test_a_month_of_another_year_leaves_the_counted_year(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2022", "rotation")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("between February 2022 and May 2022", PartialDate(2022), id="two-months"),
        pytest.param("in March 2022", PartialDate(2022, 3), id="one-month"),
        pytest.param("in 2022", PartialDate(2022), id="year-only"),
    ],
)
def test_only_one_printed_month_of_the_year_refines_it(text, expected):
    assert ago_month_printed((PartialDate(2022), None), find_dates(text)) == (expected, None)
