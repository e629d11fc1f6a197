"""Words standing for the last person named after a speech verb ("a précisé ce dernier",
"añadió este último", "the latter said") give that person as the speaker. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("fr", ['"Le camp a été attaqué pendant la nuit", a témoigné le sergent Paul Girard.',
                            '"Nous resterons sur place", a précisé ce dernier.'], "Paul Girard", id="fr-ce-dernier"),
        pytest.param("fr", ['"Le camp a été attaqué pendant la nuit", a témoigné la sergente Paule Girard.',
                            '"Nous resterons sur place", a précisé mardi cette dernière.'], "Paule Girard", id="fr-mardi-cette-derniere"),
        pytest.param("es", ['"El campamento fue atacado de noche", relató el sargento Pablo Gil.',
                            '"Nos quedaremos aquí", precisó este último.'], "Pablo Gil", id="es-este-ultimo"),
    ],
)
def test_the_latter_is_the_last_person_named(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker
