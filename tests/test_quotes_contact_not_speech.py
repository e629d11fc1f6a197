"""Quotes in Spanish: "comunicarse con" (to get in touch with: "la Cancillería se comunicó
con sus pares") opens with the form of "comunicó" (informed) but says no words: no quote of
its own. "comunicó que" still reports. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("MONTEVIDEO - La Cancillería uruguaya se comunicó con sus pares de la región para pedir una reunión del Consejo de Seguridad.",
                     id="se-comunico-con"),
        pytest.param("MONTEVIDEO - Los ministros se comunicaron con el comandante del batallón durante la noche del sábado.",
                     id="se-comunicaron-con"),
        pytest.param("MONTEVIDEO - El Ejército comunicó con las familias de los heridos antes del mediodía del domingo.",
                     id="comunico-con"),
    ],
)
def test_getting_in_touch_is_no_quote(text):
    assert quotes_of(text) == []


def test_comunico_que_still_reports():
    text = "MONTEVIDEO - La ministra Ana Ferreira comunicó que los heridos volverán al país la próxima semana."
    assert [speaker for speaker, _sentence in quotes_of(text)] == ["Ana Ferreira"]
