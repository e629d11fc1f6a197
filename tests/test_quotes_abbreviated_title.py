"""A title written as the abbreviation the article defines for it ("Phó Thủ tướng (PTT)
... PTT nói", "the Special Representative (SRSG) ... the SRSG said") stands for the holder
of the title, as the title itself would. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes_unseen_kinds import last_quote


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("vi", ["Phó Thủ tướng (PTT) Trần Văn Long dự hội nghị tại New York.",
                            "“Việt Nam sẵn sàng đóng góp nhiều hơn cho hoạt động này”, PTT nói."],
                     "Trần Văn Long", id="vi-ptt-noi"),
        pytest.param("vi", ["Tổng Thư ký (TTK) Lê Minh Quân chủ trì cuộc họp.",
                            "TTK nhấn mạnh rằng các bên cần ngừng bắn."], "Lê Minh Quân", id="vi-ttk-nhan-manh"),
        pytest.param("en", ["The Special Representative (SRSG), Helga Brandt Olsen, met the governor in Bria on Monday.",
                            "The SRSG said the mission would reopen the road."], "Helga Brandt Olsen", id="en-the-srsg"),
    ],
)
def test_a_title_abbreviated_as_the_article_defines_it_stands_for_its_holder(language, paragraphs, speaker):
    assert last_quote(language, *paragraphs).speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Colonel Marc Dufresne Olsen inspected the base of the peacekeeping force (MINUSCA) in Bria.",
                            "MINUSCA said the road to the camp would reopen on Friday."], "MINUSCA", id="en-force-acronym"),
        pytest.param("fr", ["Le colonel Marc Dufresne Olsen a inspecté la base de la force (MINUSCA) à Bria.",
                            "La MINUSCA a indiqué que la route serait rouverte vendredi."], "MINUSCA", id="fr-force-acronym"),
    ],
)
def test_the_acronym_of_a_body_after_a_title_word_stays_the_body(language, paragraphs, speaker):
    assert last_quote(language, *paragraphs).speaker == speaker
