"""Quotes: a quotation opened with a straight mark and closed with a curly one (the marks
mixed by the page) is one quotation, and the verb after it attributes it. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("\"Nuestro batallón está listo para volver a casa en diciembre”, afirmó el ministro de Defensa, Pedro Salas.",
                     "Pedro Salas", id="es"),
        pytest.param("\"The battalion is ready to come home in December\u201d, said Defence Minister Ola Hansen.", "Ola Hansen",
                     id="en"),
        pytest.param("\"Le bataillon est prêt à rentrer en décembre »,  a déclaré le ministre de la Défense, Paul Houngbo.",
                     "Paul Houngbo", id="fr-guillemet"),
    ],
)
def test_a_straight_opening_closed_by_a_curly_mark(text, speaker):
    quotes = extract(text, None).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [(speaker, "direct")]


def test_an_opening_guillemet_printed_as_the_closing_one_closes():
    """'« ... disciplinés« , a déclaré X': the second « has the shape of a closing mark."""
    quotes = extract("Les forces du Bénin « ont perdu des soldats courageux et disciplinés« , a déclaré le ministre "
                     "béninois Paul Houngbo.", None).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [("Paul Houngbo", "direct")]
