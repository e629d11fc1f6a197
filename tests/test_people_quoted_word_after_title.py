"""People: a word set in quotation marks between a title and a name, as French and Spanish
print a party's nickname after the title ("el diputado ‘popular’ X", "le député « insoumis »
X"), leaves the title before the name: a name whose family name is also a common word or a
noble title ("Conde", "Comte") is still the person's, who then speaks. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "El diputado ‘popular’ Julián Conde ha asegurado que la misión debe terminar.", "Julián Conde", id="es-curly"),
        pytest.param("es", "El senador \"socialista\" Julián Conde ha asegurado que la misión debe terminar.", "Julián Conde", id="es-straight"),
        pytest.param("fr", "Le député « insoumis » Julien Comte a assuré que la mission devait prendre fin.", "Julien Comte", id="fr-guillemets"),
    ],
)
def test_the_name_after_a_quoted_word_is_a_person(language, sentence, name):
    assert [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"] == [name]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("MADRID - Durante la comisión, el diputado ‘popular’ Julián Conde ha asegurado que la misión debe terminar.",
                     "Julián Conde", id="es"),
        pytest.param("PARIS - Le député « insoumis » Julien Comte a assuré que la mission devait prendre fin.",
                     "Julien Comte", id="fr"),
    ],
)
def test_the_person_so_named_speaks(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]
