"""A source marker holding the possessive of the one whose view it gives ("A su juicio, ...",
"In his view, ...", "À son avis, ..."): the person named before speaks, as after "selon lui".
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("es", ["El coronel Pedro Salinas, jefe del contingente, habló con la radio local.",
                            "A su juicio, las patrullas deben hacerse sobre todo de noche."], "Pedro Salinas", id="es-a-su-juicio"),
        pytest.param("es", ["El coronel Pedro Salinas, jefe del contingente, habló con la radio local.",
                            "En su opinión, las patrullas deben hacerse sobre todo de noche."], "Pedro Salinas", id="es-en-su-opinion"),
        pytest.param("en", ["Colonel John Barker, head of the contingent, spoke to the local radio.",
                            "In his view, the patrols should mostly be run at night."], "John Barker", id="en-in-his-view"),
        pytest.param("fr", ["Le colonel Paul Girard, chef du contingent, a parlé à la radio locale.",
                            "À son avis, les patrouilles doivent surtout se faire la nuit."], "Paul Girard", id="fr-a-son-avis"),
    ],
)
def test_a_possessive_marker_stands_for_the_person_named_before(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes and quotes[-1].speaker == speaker
    assert quotes[-1].sentence.startswith(paragraphs[-1][:12])
