"""A title of office of a country held by no person the article names ("el Ministro de
Defensa de Uruguay aseguró", "le ministre de la Défense de l'Uruguay a assuré") speaks as the
country: the minister's title names no ministry, and no one the text names holds it."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        pytest.param("es", "El Ministro de Defensa de Perú aseguró el martes que el batallón volverá a casa en junio.", id="es-ministro-de"),
        pytest.param("fr", "Le ministre de la Défense du Pérou a assuré mardi que le bataillon rentrerait en juin.", id="fr-ministre-de"),
        pytest.param("en", "The Defence Minister of Peru said on Tuesday that the battalion would come home in June.", id="en-minister-of"),
    ],
)
def test_an_unheld_title_of_a_country_speaks_as_the_country(language, paragraph):
    assert [q.speaker for q in quotes_of(language, paragraph)] == ["Peru"]


def test_a_named_holder_of_the_title_still_speaks():
    quotes = quotes_of("es", "El Ministro de Defensa de Perú, Jorge Salcedo, visitó el cuartel el lunes.",
                       "El Ministro de Defensa de Perú aseguró el martes que el batallón volverá a casa en junio.")
    assert quotes[-1].speaker == "Jorge Salcedo", quotes
