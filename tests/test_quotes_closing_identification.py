"""A closed quotation followed by a sentence that opens by naming whose words they were ("“...”.
Đó là chia sẻ của Thiếu tá X.", "“...” Those were the words of Major X.", "\"...\". Son las
palabras del comandante X."): the person named there speaks. Every sentence is written for
the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("vi", "“Chúng tôi luôn sẵn sàng lên đường làm nhiệm vụ”. Đó là chia sẻ của Thiếu tá Nguyễn Văn Hùng.",
                     "Nguyễn Văn Hùng", id="vi-do-la-chia-se-cua"),
        pytest.param("vi", "“Chúng tôi luôn sẵn sàng lên đường làm nhiệm vụ”, đó là lời khẳng định của Thiếu tá Nguyễn Văn Hùng.",
                     "Nguyễn Văn Hùng", id="vi-do-la-loi-khang-dinh-cua"),
        pytest.param("en", "\u201cWe are always ready to deploy.\u201d Those were the words of Major John Barker.",
                     "John Barker", id="en-those-were-the-words-of"),
        pytest.param("es", "\u201cSiempre estamos listos para partir en misión\u201d. Son las palabras del comandante Pedro Salinas.",
                     "Pedro Salinas", id="es-son-las-palabras-de"),
    ],
)
def test_the_person_named_after_a_quotation_speaks(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
