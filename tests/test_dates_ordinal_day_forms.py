"""Dates: a day of the month written as an ordinal the digit forms miss. English spells the
day as an ordinal word before "of" and the month ("the first of May", "the twenty-first of
June 2022"), and Spanish of the Americas prints the first day as "1ro" or "1ero" ("1ro. de
mayo de 2021"). Each is that day; the same words where no month follows "of" ("the first of
many patrols") or as a plain ordinal ("the first June convoy") are no day.

Every text here is written for these tests."""
from __future__ import annotations

import pytest

from headcases import LEAD, MORE
from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from newsdossier.extract import extract


def _days(text: str) -> list[PartialDate]:
    return [d.value for d in find_dates(text) if d.kind == "date"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The relief convoy reached Bor on the first of May 2023.", PartialDate(2023, 5, 1), id="en-first-with-year"),
        pytest.param("Night patrols resumed on the third of June.", PartialDate(None, 6, 3), id="en-third-no-year"),
        pytest.param("The Council met on the twenty-first of March, 2019, in New York.", PartialDate(2019, 3, 21), id="en-hyphen-comma-year"),
        pytest.param("Talks opened on the thirty first of August in Juba.", PartialDate(None, 8, 31), id="en-spaced-compound"),
        pytest.param("On the Second of October the base was handed over.", PartialDate(None, 10, 2), id="en-capital"),
        pytest.param("Los soldados regresaron el 1ro de julio de 2022 a Montevideo.", PartialDate(2022, 7, 1), id="es-1ro-with-year"),
        pytest.param("SANTO DOMINGO, 1ro. de mayo de 2021.- La brigada partió al amanecer.", PartialDate(2021, 5, 1), id="es-1ro-stop"),
        pytest.param("El relevo empezará el 1ero de agosto en Goma.", PartialDate(None, 8, 1), id="es-1ero-no-year"),
    ],
)
def test_an_ordinal_day_form_names_that_day(text, expected):
    assert _days(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It was the first of many patrols along the river.", id="en-first-of-many"),
        pytest.param("The second of the two convoys was stopped at the bridge.", id="en-second-of-the"),
        pytest.param("The third June rotation left on time.", id="en-plain-ordinal"),
        pytest.param("El 1ro de la lista fue el batallón de ingenieros.", id="es-1ro-of-a-list"),
    ],
)
def test_the_same_words_elsewhere_are_no_day(text):
    assert _days(text) == []


@pytest.mark.parametrize(
    "language, line, date",
    [
        pytest.param("en", "Published on the first of May 2023", "2023-05-01", id="en"),
        pytest.param("es", "Publicado el 1ro de mayo de 2023", "2023-05-01", id="es"),
    ],
)
def test_a_date_line_written_so_dates_the_page(language, line, date):
    headline = {"en": "Engineers rebuild the bridge at Bor", "es": "Los ingenieros reconstruyen el puente de Bor"}[language]
    extraction = extract("\n\n".join([headline, line, LEAD[language], MORE[language]]))
    assert extraction.determined_date == date
