"""Reported speech going on in a sentence of its own opened by a connective that carries the
argument on, in every language. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker", "says"),
    [
        pytest.param("vi", "Đại tá Trần Văn Minh cho biết, đơn vị đã hoàn thành việc sửa chữa con đường. "
                           "Ngoài ra, đơn vị còn giúp người dân sửa lại lớp học.",
                     "Trần Văn Minh", "Ngoài ra, đơn vị còn giúp", id="vi-ngoai-ra"),
        pytest.param("fr", "Le colonel Paul Girardin a indiqué que la route du nord avait été rouverte. "
                           "Par ailleurs, les convois de vivres reprendront dès lundi.",
                     "Paul Girardin", "Par ailleurs, les convois", id="fr-par-ailleurs"),
        pytest.param("es", "El general Pedro Alcántara Ruiz explicó que la ruta del norte estaba abierta. "
                           "Por otra parte, los convoyes de víveres saldrán el lunes.",
                     "Pedro Alcántara Ruiz", "Por otra parte, los convoyes", id="es-por-otra-parte"),
    ],
)
def test_a_connective_carries_reported_speech_on(language, paragraph, speaker, says):
    quote = quotes_of(language, paragraph)[-1]
    assert (quote.speaker, quote.kind, quote.sentence.startswith(says)) == (speaker, "reported", True)


def test_a_connective_after_no_speech_is_no_quote():
    assert quotes_of("fr", "Le colonel Paul Girardin a visité le camp. Par ailleurs, les convois reprendront lundi.") == []
