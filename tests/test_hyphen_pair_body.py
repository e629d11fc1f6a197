"""A hyphenated pair of a country and a known body names both (entities._compound_demonym,
_compound_bodies): "the Israel-Hezbollah war" names Israel and Hezbollah."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


@pytest.mark.parametrize(
    "language, sentence, country, body",
    [
        pytest.param("en", "Shelling along the border marked the Israel-Hezbollah fighting for a week.", "israel", "hezbollah", id="en"),
        pytest.param("fr", "La trêve Israël-Hezbollah tient depuis trois jours.", "israel", "hezbollah", id="fr"),
        pytest.param("es", "La tregua Israel-Hezbolá se mantiene desde hace tres días.", "israel", "hezbollah", id="es"),
        pytest.param("fr", "Le conflit Somalie-Shebab entre dans sa deuxième décennie.", "somalia", "al-shabaab", id="fr-shebab"),
    ],
)
def test_a_pair_of_a_country_and_a_body_names_both(language, sentence, country, body):
    found = {f.id: f.kind for f in find_in_sentence(sentence, language)}
    assert found.get(country) == "country", found
    assert body in found, found


def test_a_pair_of_countries_names_no_body():
    found = {f.id: f.kind for f in find_in_sentence("The Mali-Algeria border was closed on Monday.", "en")}
    assert set(found.values()) == {"country"}, found
