"""A source marker's document posted on a medium, then its author ("Selon un message sur X
du colonel Y", "according to a post on Facebook by Y", "según un mensaje publicado en X por
Y", "Theo bài đăng trên Facebook của Y"): the medium is where the words went out, the author
speaks. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("fr", "Selon un message sur X du colonel Paul Girard, les soldats ont riposté à l'attaque du convoi.",
                     "Paul Girard", id="fr-message-sur-x-du-colonel"),
        pytest.param("fr", "Selon un message publié sur Facebook par Paul Girard, les soldats ont riposté à l'attaque du convoi.",
                     "Paul Girard", id="fr-publie-sur-facebook-par"),
        pytest.param("en", "According to a message posted on Facebook by Colonel John Barker, the soldiers returned fire on the convoy's attackers.",
                     "John Barker", id="en-posted-on-facebook-by"),
        pytest.param("en", "According to a post on X by Colonel John Barker, a spokesman for the Ghanaian army, \u201cthe soldiers returned fire\u201d.",
                     "John Barker", id="en-post-on-x-by-apposition"),
        pytest.param("es", "Según un mensaje publicado en X por el coronel Pedro Salinas, los soldados respondieron al ataque contra el convoy.",
                     "Pedro Salinas", id="es-publicado-en-x-por"),
        pytest.param("vi", "Theo bài đăng trên Facebook của Đại tá Nguyễn Văn Hùng, các binh sĩ đã đáp trả cuộc tấn công vào đoàn xe.",
                     "Nguyễn Văn Hùng", id="vi-bai-dang-tren-facebook-cua"),
    ],
)
def test_the_author_of_a_posted_document_speaks(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert [q.speaker for q in quotes] == [speaker]
