"""The words the copyright and closing-credit readers look for stand in the reference's
vocabulary, not in their code: each list is there, and the readers still behave as they did
with the words written in. Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import copyright_holder, without_corporate_form
from newsdossier.reference import reference
from newsdossier.segment import closing_credit


@pytest.mark.parametrize("key", [
    "ownership_subject_determiners", "ownership_copulas", "ownership_predicate_articles",
    "ownership_holder_articles", "corporate_form_joiners", "credit_place_words", "credit_name_joiners",
])
def test_the_word_list_stands_in_the_vocabulary(key):
    words = reference().vocabulary.get(key)
    assert isinstance(words, list) and words and all(isinstance(w, str) and w for w in words)


@pytest.mark.parametrize("line, holder", [
    pytest.param("This page is the property of Harbour Ledger", "Harbour Ledger", id="en-this-is-the"),
    pytest.param("All stories are property of the Harbour Ledger", "Harbour Ledger", id="en-all-are"),
    pytest.param("Cette page est la propriété de l'Écho du Port", "Écho du Port", id="fr-cette-est-la-l"),
    pytest.param("Esta nota es propiedad de el Faro del Puerto", "Faro del Puerto", id="es-esta-es-el"),
    pytest.param("Copyright © 2021 por Diario del Puerto", "Diario del Puerto", id="es-por"),
    pytest.param("© 2020 bởi Báo Cảng Biển", "Báo Cảng Biển", id="vi-boi"),
])
def test_an_ownership_or_by_line_names_its_holder(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize("holder, name", [
    pytest.param("Harbour Press and Co.", "Harbour Press", id="en-and"),
    pytest.param("Diario del Puerto y Cía.", "Diario del Puerto", id="es-y"),
    pytest.param("Le Journal du Port et Cie", "Le Journal du Port", id="fr-et"),
])
def test_a_corporate_form_after_a_joiner_goes_with_it(holder, name):
    assert without_corporate_form(holder) == (name, True)


@pytest.mark.parametrize("line, names", [
    pytest.param("(Reporting by Jane Roe in Harbourton and Ann Lee; Editing by Tom Ashby)", ["Jane Roe", "Ann Lee"],
                 id="en-in-and"),
    pytest.param("(Rédigé par Paul Martin depuis Goma et Anne Roux)", ["Paul Martin", "Anne Roux"], id="fr-depuis-et"),
    pytest.param("(Reportaje de Ana Gil desde Bamako y Luis Mora)", ["Ana Gil", "Luis Mora"], id="es-desde-y"),
])
def test_a_closing_credit_names_its_writers_without_their_places(line, names):
    assert closing_credit(line) == names
