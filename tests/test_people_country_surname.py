"""A one-word form of a country's name after two given names is a family name ("María Isabel
Salvador"); after one given name, or alone, it stays the country. Every sentence is written
for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def kinds(sentence: str, language: str) -> dict[str, str]:
    return {f.name: f.kind for f in find_in_sentence(sentence, language)}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "La enviada especial María Isabel Salvador visitó ayer la capital.", "María Isabel Salvador", id="es-maria-isabel-salvador"),
        pytest.param("es", "La representante Ana Lucía Salvador llegó ayer a la base.", "Ana Lucía Salvador", id="es-ana-lucia-salvador"),
    ],
)
def test_a_country_word_after_two_given_names_is_a_family_name(language, sentence, name):
    assert kinds(sentence, language).get(name) == "person"


def test_the_country_named_alone_stays_a_country():
    found = kinds("El Salvador y Chile enviarán tropas a la misión.", "es")
    assert found.get("El Salvador") == "country" and found.get("Chile") == "country"
