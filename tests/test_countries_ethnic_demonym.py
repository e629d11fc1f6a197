"""A country's demonym right after a word of ethnicity names a community, not the country
("ethnic Albanians" of Kosovo, "d'ethnie albanaise", "de etnia albanesa"), as the labels
leave Greece and Turkey out of "Greek Cypriots" and "Turkish Cypriots"; the demonym alone
still names the country. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def countries(sentence: str, language: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "country"}


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The new mayors, ethnic Albanians elected in a boycotted vote, took office on Friday.", id="en-ethnic"),
        pytest.param("fr", "Les nouveaux maires, d'ethnie albanaise, ont pris leurs fonctions vendredi.", id="fr-d-ethnie"),
        pytest.param("es", "Los nuevos alcaldes, de etnia albanesa, asumieron sus cargos el viernes.", id="es-de-etnia"),
    ],
)
def test_a_demonym_after_a_word_of_ethnicity_names_no_country(language, sentence):
    assert "Albania" not in countries(sentence, language)


def test_the_demonym_alone_names_the_country():
    assert "Albania" in countries("Albanian troops joined the force in March.", "en")
