""""The document adds", "le document ajoute", "el documento añade" right after a statement was
named: the statement's giver goes on speaking, as after "the text"; a document that is no
statement ("the soldiers found a document") gives no one. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("fr", ["La Monusco a regretté jeudi la décision dans un communiqué.",
                            "Le document ajoute que la mission s'engage à travailler avec la population."], "MONUSCO", id="fr-le-document-ajoute"),
        pytest.param("en", ["Monusco regretted the decision in a statement on Thursday.",
                            "The document adds that the mission will keep working with the people."], "MONUSCO", id="en-the-document-adds"),
        pytest.param("es", ["La Monusco lamentó el jueves la decisión en un comunicado.",
                            "El documento añade que la misión seguirá trabajando con la población."], "MONUSCO", id="es-el-documento-anade"),
    ],
)
def test_the_document_of_a_statement_named_before_speaks_as_its_giver(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


def test_a_document_that_is_no_statement_gives_no_one():
    quotes = quotes_of("fr", "Les soldats ont trouvé un document dans le camp.", "Le document indique que les rebelles préparaient une attaque.")
    assert all(q.speaker == "" for q in quotes)
