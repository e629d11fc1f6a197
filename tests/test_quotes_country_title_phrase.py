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


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        # the name after the speech verb is what the title's holder said about someone else
        pytest.param("fr", "Le ministre malien a indiqué que Paul Dufour partira le 3 mai.", "Mali", id="fr-name-after-verb"),
        pytest.param("fr", "La Garde nationale malienne a indiqué que Paul Dufour partira le 3 mai.", "Mali",
                     id="fr-body-name-after-verb"),
        pytest.param("es", "El ministro maliense dijo que Juan Pérez partirá el 3 de mayo.", "Mali", id="es-name-after-verb"),
    ],
)
def test_a_country_s_title_does_not_run_on_over_its_verb(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "language, paragraph",
    [
        # a body's name in small letters is no title whose holder the name set off after it is
        pytest.param("fr", "Selon la Direction nationale de la Coopération internationale, Paul Dufour est arrivé lundi à Gao.",
                     id="fr-body-then-name"),
        pytest.param("fr", "D'après la Garde nationale, Paul Dufour est arrivé lundi à Gao.", id="fr-guard-then-name"),
    ],
)
def test_a_body_named_in_small_letters_is_no_title_of_the_name_after(language, paragraph):
    assert "Paul Dufour" not in [q.speaker for q in quotes_of(language, paragraph)]
