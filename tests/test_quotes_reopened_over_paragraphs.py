"""A quotation running over paragraphs, left open at the end of one and reopened at the start
of the next (the news convention), attributed after its last part to a person named there
for the first time ("“... every week.\\n\\n“We have more patrols,” said X."): one quotation,
X's, not a quotation nested in another that swallows its own attribution. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("en", ["\u201cThe road to Bria is open again and the convoys will run every week.",
                            "\u201cWe have more patrols on it than ever,\u201d said John Barker, a spokesman for the mission."],
                     "John Barker", id="en-curly"),
        pytest.param("fr", ["« La route de Bria est de nouveau ouverte et les convois circuleront chaque semaine.",
                            "« Nous y avons plus de patrouilles que jamais », a déclaré Paul Girard, porte-parole de la Minusca."],
                     "Paul Girard", id="fr-guillemets"),
        pytest.param("es", ["\u201cLa carretera a Bria está abierta de nuevo y los convoyes circularán cada semana.",
                            "\u201cTenemos más patrullas que nunca en ella\u201d, dijo Pedro Salinas, portavoz de la Minusca."],
                     "Pedro Salinas", id="es-curly"),
        pytest.param("vi", ["\u201cCon đường tới Bria đã được mở lại và các đoàn xe sẽ chạy hằng tuần.",
                            "\u201cChúng tôi có nhiều đội tuần tra hơn bao giờ hết\u201d, Đại tá Nguyễn Văn Hùng cho biết."],
                     "Nguyễn Văn Hùng", id="vi-curly"),
    ],
)
def test_a_quotation_reopened_at_the_next_paragraph_is_one(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].kind == "direct"


def test_a_quotation_inside_a_quotation_stays_inside():
    quotes = quotes_of("fr", "« Tout allait bien. « Partez », leur ai-je dit », a raconté Paul Girard.")
    assert [q.speaker for q in quotes] == ["Paul Girard"]
