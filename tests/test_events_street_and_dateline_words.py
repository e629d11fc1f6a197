"""The words events reads from the vocabulary around a street named after a day
("street_name_links": "la place du 30 juin", "la avenida 9 de Julio", "the Square of 30
June") and around a dateline standing alone ("dateline_alone_leads": "Bouaké, le 12 mai
2023..."). Every sentence here is made up for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.events import not_a_happening_date, street_name_date
from newsdossier.reference import reference


def _date(sentence):
    return next(d for d in find_dates(sentence) if d.kind == "date")


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The parade crossed the Square of 30 June at noon.", "en", id="en-of"),
        pytest.param("The parade crossed the Square of the 30 June at noon.", "en", id="en-of-the"),
        pytest.param("Le défilé a traversé la place du 30 juin à midi.", "fr", id="fr-du"),
        pytest.param("El desfile cruzó la avenida 9 de Julio al mediodía.", "es", id="es-bare"),
        pytest.param("El desfile cruzó el estadio del 9 de julio al mediodía.", "es", id="es-del"),
    ],
)
def test_a_link_word_joins_the_street_noun_to_its_day(sentence, language):
    assert street_name_date(sentence, _date(sentence), language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Bouaké, le 12 mai 2023...", "fr", id="fr-le"),
        pytest.param("Bouaké, ce 12 mai 2023...", "fr", id="fr-ce"),
        pytest.param("Lima, el 12 de mayo de 2023.", "es", id="es-el"),
        pytest.param("Nairobi, on 12 May 2023 -", "en", id="en-on"),
    ],
)
def test_a_lead_word_may_stand_in_a_dateline_alone(sentence, language):
    assert not_a_happening_date(sentence, _date(sentence), language=language)


def test_the_words_are_reference_data():
    vocabulary = reference().vocabulary
    assert "du" in vocabulary["street_name_links"]["fr"] and "del" in vocabulary["street_name_links"]["es"]
    assert "le" in vocabulary["dateline_alone_leads"]["fr"] and "on" in vocabulary["dateline_alone_leads"]["en"]
