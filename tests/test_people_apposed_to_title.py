"""A name set off by commas right after a phrase holding a title ("la ministra de Defensa de
Kenia, Wanjiru Mutua,") names the title's holder, even when its last word is an everyday word
of the language; a title of another language ("mayor", Spanish "greater") gives no such
evidence. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "La ministra de Defensa de Kenia, Wanjiru Mutua, visitó ayer la base de Goma.", "Wanjiru Mutua", id="es-ministra-de-kenia"),
        pytest.param("es", "Después, la representante de Estados Unidos, Nikki Haley, sometió a votación el texto.", "Nikki Haley", id="es-representante-de-eeuu"),
    ],
)
def test_a_name_apposed_to_a_title_is_a_person(language, sentence, name):
    assert name in people(sentence, language)


def test_a_word_that_is_a_title_in_another_language_gives_no_evidence():
    found = people("Los soldados llegaron a la mayor ciudad cerca de la capital, Puerto Príncipe, ayer.", "es")
    assert not any("Puerto" in name for name in found)
