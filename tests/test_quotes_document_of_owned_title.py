"""Quotes: a document issued by an owned title ("according to a statement issued by his
spokesperson", "selon un communiqué publié par son porte-parole", "según un comunicado emitido
por su portavoz") is the one person introduced with that title, else no one the text names,
as "his spokesperson said" is (test_quotes_spokesperson_of_person): never the last body named
before. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Secretary-General Ana Lopes condemned the raid on the MONUSCO base.\n\n"The Secretary-General '
                     'condemns the raid," according to a statement issued by his spokesperson.', id="en"),
        pytest.param("La secrétaire générale Ana Lopes a condamné le raid contre la base de la MONUSCO.\n\n« La secrétaire "
                     "générale condamne le raid », selon un communiqué publié par son porte-parole.", id="fr"),
        pytest.param("La secretaria general Ana Lopes condenó el asalto a la base de la MONUSCO.\n\n«La secretaria general "
                     "condena el asalto», según un comunicado emitido por su portavoz.", id="es"),
    ],
)
def test_a_document_of_an_unnamed_owned_title_is_no_bodys(text):
    assert speakers_of(text)[-1] == ""


def test_a_document_of_an_owned_title_whose_holder_is_named():
    text = ("Her spokesman, Paul Moreau, said the base was hit twice near Beni, where MONUSCO troops patrol.\n\n"
            '"The Secretary-General condemns the raid," according to a statement issued by her spokesman.')
    assert speakers_of(text) == ["Paul Moreau", "Paul Moreau"]
