"""A country or body named in the clause a speech verb introduces ("explicó que el personal
peruano...") is what was said, never the verb's subject; with the subject dropped, the person
speaking before goes on. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("es", ["Ana Ruiz, jefa del centro de formación, dijo que los cursos avanzan según lo previsto.",
                            "Al hablar sobre la reunión regional, explicó que el personal peruano se encuentra en una etapa de aprendizaje."],
                     "Ana Ruiz", id="es-demonym-in-clause"),
        pytest.param("es", ["Ana Ruiz, jefa del centro de formación, dijo que los cursos avanzan según lo previsto.",
                            "Durante la visita, afirmó que Bolivia enviará más observadores el próximo año."],
                     "Ana Ruiz", id="es-country-in-clause"),
    ],
)
def test_the_clause_after_the_verb_holds_no_subject(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker
