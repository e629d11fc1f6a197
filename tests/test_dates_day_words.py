"""Dates: the first day of a month written as an ordinal word before the month's name
("el primero de marzo de 2011", "le premier mars") is that day; the same word elsewhere
("el primer ministro", "le Premier ministre") is no date. Every text here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("La oficina abrió el primero de marzo de 2011 en Lima.", PartialDate(2011, 3, 1), id="es-with-year"),
        pytest.param("El puente se inauguró el Primero de octubre.", PartialDate(None, 10, 1), id="es-capital-no-year"),
        pytest.param("Le centre a ouvert le premier mars 2011 à Dakar.", PartialDate(2011, 3, 1), id="fr-with-year"),
        pytest.param("Le convoi est parti le premier avril vers le nord.", PartialDate(None, 4, 1), id="fr-no-digit"),
    ],
)
def test_an_ordinal_word_names_the_first_day(text, expected):
    assert [d.value for d in find_dates(text) if d.kind == "date"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El primer ministro viajó a Quito.", id="es-primer-ministro"),
        pytest.param("Le Premier ministre a reçu les chefs de la force.", id="fr-premier-ministre"),
        pytest.param("Fue el primero en llegar al puesto.", id="es-primero-alone"),
        pytest.param("The first June convoy left on time.", id="en-first-not-listed"),
    ],
)
def test_the_ordinal_word_elsewhere_is_no_date(text):
    assert [d for d in find_dates(text) if d.kind == "date"] == []
