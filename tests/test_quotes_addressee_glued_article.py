"""Quotes: a phrase of circumstance set off by a comma between an inverted speech verb and its
speaker may open on the addressee's preposition glued to its article, as French writes "à les"
and "à le" ("..., a déclaré aux journalistes à Bamako, X", "..., a indiqué au quotidien local,
X"): the speaker follows the comma, as after "à la radio" or Spanish "a los periodistas en
Bangui,". With no comma the one told still comes first and the subject after it; a subject
before the addressee keeps its words. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("fr", "\u00ab Les routes du nord sont coupées par la pluie \u00bb, a déclaré aux journalistes à Bamako, Paul Dufour.",
                     "Paul Dufour", id="fr-aux"),
        pytest.param("fr", "\u00ab Les routes du nord sont coupées par la pluie \u00bb, a indiqué au quotidien local, le colonel Paul Dufour.",
                     "Paul Dufour", id="fr-au"),
        pytest.param("es", "\u00abLas rutas del norte están cortadas por la lluvia\u00bb, declaró a los periodistas en Bamako, Juan Pérez.",
                     "Juan Pérez", id="es-a-los"),
        # near misses: they read as before
        pytest.param("fr", "\u00ab Les routes du nord sont coupées par la pluie \u00bb, a déclaré aux journalistes le colonel Paul Dufour.",
                     "Paul Dufour", id="fr-aux-no-comma"),
        pytest.param("fr", "\u00ab Les routes du nord sont coupées par la pluie \u00bb, a déclaré Paul Dufour aux journalistes, avant de quitter Gao.",
                     "Paul Dufour", id="fr-subject-before-addressee"),
    ],
)
def test_the_speaker_after_a_glued_addressee_phrase(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
