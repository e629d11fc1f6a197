"""Quotes: a title qualified by its country ("le ministre malien", "Mali's Minister", "el
ministro maliense"), whose whole phrase, a ministry's long name included ("des Affaires
étrangères et de la Coopération internationale", "of Foreign Affairs and International
Cooperation", "de Relaciones Exteriores y Cooperación Internacional"), runs on to its holder's
name, is that person: the person speaks as themselves (tests/corpus/README.md), not the
country of the title. A title with no name after it stays the country's. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("fr", "Les rotations reprendront le 3 mai, a annoncé le ministre malien des Affaires étrangères et de la "
                           "Coopération internationale Paul Dufour.", "Paul Dufour", id="fr-demonym-long-ministry"),
        pytest.param("fr", "Selon le ministre de la Défense nationale Paul Dufour, les rotations reprendront le 3 mai.",
                     "Paul Dufour", id="fr-defense-nationale"),
        pytest.param("en", "Rotations will resume on 3 May, said Mali's Minister of Foreign Affairs and International Cooperation "
                           "Paul Dufour.", "Paul Dufour", id="en-possessive-long-ministry"),
        pytest.param("es", "Las rotaciones se reanudarán el 3 de mayo, anunció el ministro maliense de Relaciones Exteriores y "
                           "Cooperación Internacional Juan Pérez.", "Juan Pérez", id="es-demonym-long-ministry"),
        # near misses: no holder named right after the title
        pytest.param("en", "Rotations will resume on 3 May, said Mali's foreign minister after meeting French envoy Paul Dufour.",
                     "Mali", id="en-no-holder-named"),
    ],
)
def test_a_country_s_title_runs_on_to_its_holder(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
