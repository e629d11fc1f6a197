"""A sentence introducing words with a colon and nothing after it (a page opening cut right
there, the quotation never stored) reports no words: no quote. Every sentence is written for
the test, in English, French, Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, says",
    [
        pytest.param("en", ["Colonel John Doe visited the camp on Monday.", "Colonel Doe also stressed:"],
                     [], id="en-stressed-colon-at-the-end"),
        pytest.param("fr", ["Le colonel Jean Dupont a visité le camp lundi.", "Le colonel Dupont a également souligné :"],
                     [], id="fr-souligne-colon-at-the-end"),
        pytest.param("es", ["El coronel Juan Pérez visitó el campamento el lunes.", "El coronel Pérez también destacó:"],
                     [], id="es-destaco-colon-at-the-end"),
        pytest.param("vi", ["Đại tá Nguyễn Văn Hùng đã thăm doanh trại vào thứ Hai.", "Đại tá Hùng cũng nhấn mạnh:"],
                     [], id="vi-nhan-manh-colon-at-the-end"),
        # near misses: the words said in the next paragraph, or after the colon
        pytest.param("en", ["Colonel John Doe visited the camp on Monday.", "Colonel Doe also stressed:",
                            "The training lasts six months and every officer takes part."],
                     ["Colonel Doe also stressed: The training lasts six months and every officer takes part."], id="en-words-in-the-next-paragraph"),
        pytest.param("es", ["El coronel Juan Pérez visitó el campamento el lunes.", "El coronel Pérez también destacó: la formación dura seis meses."],
                     ["El coronel Pérez también destacó: la formación dura seis meses."], id="es-words-after-the-colon"),
        # near misses: the words said before the colon, quoted or reported, another verb introducing more
        pytest.param("en", ["Colonel John Doe visited the camp on Monday.", "\u201cThe training lasts six months,\u201d Colonel Doe said:"],
                     ["\u201cThe training lasts six months,\u201d Colonel Doe said:"], id="en-quoted-words-before-the-colon"),
        pytest.param("en", ["Colonel John Doe visited the camp on Monday.", "Colonel Doe said the training lasts six months, adding:"],
                     ["Colonel Doe said the training lasts six months, adding:"], id="en-reported-words-then-adding-colon"),
        pytest.param("fr", ["Le colonel Jean Dupont a visité le camp lundi.", "Le colonel Dupont a souligné que la formation dure six mois, avant d'ajouter :"],
                     ["Le colonel Dupont a souligné que la formation dure six mois, avant d'ajouter :"], id="fr-reported-words-then-ajouter-colon"),
        pytest.param("es", ["El coronel Juan Pérez visitó el campamento el lunes.", "El coronel Pérez destacó que la formación dura seis meses y añadió:"],
                     ["El coronel Pérez destacó que la formación dura seis meses y añadió:"], id="es-reported-words-then-anadio-colon"),
        pytest.param("vi", ["Đại tá Nguyễn Văn Hùng đã thăm doanh trại vào thứ Hai.", "Đại tá Hùng cho biết khóa huấn luyện kéo dài sáu tháng và nhấn mạnh:"],
                     ["Đại tá Hùng cho biết khóa huấn luyện kéo dài sáu tháng và nhấn mạnh:"], id="vi-reported-words-then-nhan-manh-colon"),
    ],
)
def test_an_introducing_colon_with_nothing_after_is_no_quote(language, paragraphs, says):
    assert [q.sentence for q in quotes_of(language, *paragraphs)] == says
