"""A document's giver named after its participle, a day and "by" ("according to a statement
issued on Monday by Ghana's defence ministry", "según un comunicado difundido el lunes por el
Ministerio de Defensa de Ghana"): the giver speaks, as with one word or none between. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "Two peacekeepers were hurt near Bria, according to a statement issued on Monday by Ghana's defence ministry.",
                     "Ministry of Defence of Ghana", id="en-issued-on-monday-by"),
        pytest.param("es", "Dos cascos azules resultaron heridos cerca de Bria, según un comunicado difundido el lunes por el Ministerio de Defensa de Ghana.",
                     "Ministry of Defence of Ghana", id="es-difundido-el-lunes-por"),
        pytest.param("fr", "Deux Casques bleus ont été blessés près de Bria, selon un communiqué publié ce lundi par le ministère de la Défense du Ghana.",
                     "Ministry of Defence of Ghana", id="fr-publie-ce-lundi-par"),
        pytest.param("en", "Two peacekeepers were hurt near Bria, according to a statement issued by Ghana's defence ministry.",
                     "Ministry of Defence of Ghana", id="en-issued-by-no-day"),
    ],
)
def test_the_giver_after_a_day_speaks(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
