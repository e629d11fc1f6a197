"""Quotation marks: one table (text.QUOTATION_PAIRS) read by every module. The marks the
event reader and the people reader take around a name were two copies that had drifted: the
event reader lacked the low opening mark „ that the people reader had, and neither had the
single guillemets ‹…›. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.entities import find_in_sentence
from newsdossier.events import not_a_happening_date


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los cascos azules volvieron a la base „12 de Octubre” tras la patrulla.", id="es-low-opening"),
        pytest.param("The convoy reached Camp „4 July” after the patrol.", id="en-low-opening"),
        pytest.param("Les soldats ont rejoint le camp ‹ 3 Mars › après la patrouille.", id="fr-single-guillemets"),
        pytest.param("The convoy reached Camp ‹4 July› after the patrol.", id="en-single-guillemets"),
    ],
)
def test_a_date_in_quotation_marks_names_a_place_not_a_happening(sentence):
    mention = find_dates(sentence)[0]
    assert not_a_happening_date(sentence, mention)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "El diputado ‹popular› Julián Conde ha asegurado que la misión debe terminar.", "Julián Conde", id="es"),
    ],
)
def test_the_name_after_a_word_in_single_guillemets_is_a_person(language, sentence, name):
    assert [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"] == [name]
