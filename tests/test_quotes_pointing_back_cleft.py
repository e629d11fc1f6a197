"""Quotes: a cleft opening a sentence and standing for the sentence before, with the speaker
and a speech verb after it ("Rotations resume in May. That is what the minister Jane Roe said",
"C'est ce qu'a fait savoir le ministre X", "C'est ce que le ministre X a annoncé", "Eso es lo
que dijo el ministro X", "Đó là những gì Đại tá X cho biết"): the sentence before holds the
speaker's words and is their reported quote; the cleft's sentence is not one of its own. A
cleft telling a cause or a reason, or a clause of the writer's closed by a comma before the
speaker, is no pointer. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

BEFORE = {
    "en": "Rotations of the battalion will resume on 3 May after a pause of a month.",
    "fr": "Les rotations du bataillon reprendront le 3 mai après une pause d'un mois.",
    "es": "Las rotaciones del batallón se reanudarán el 3 de mayo tras una pausa de un mes.",
    "vi": "Việc luân chuyển tiểu đoàn sẽ bắt đầu lại vào ngày 3/5 sau một tháng tạm dừng.",
}


@pytest.mark.parametrize(
    "language, cleft, speaker",
    [
        pytest.param("en", "That is what Defence Minister Jane Roe said on Monday.", "Jane Roe", id="en-that-is-what"),
        pytest.param("en", "This is what Jane Roe told reporters in the capital.", "Jane Roe", id="en-this-is-what-told"),
        pytest.param("fr", "C'est ce qu'a fait savoir ce lundi le ministre de la Défense Paul Dufour.", "Paul Dufour", id="fr-inverted"),
        pytest.param("fr", "C'est ce que le ministre Paul Dufour a annoncé lundi.", "Paul Dufour", id="fr-subject-first"),
        pytest.param("fr", "Voilà ce qu'a déclaré Paul Dufour lundi.", "Paul Dufour", id="fr-voila"),
        pytest.param("es", "Esto es lo que afirmó el ministro Juan Pérez.", "Juan Pérez", id="es-inverted"),
        pytest.param("es", "Eso es lo que el ministro Juan Pérez dijo el lunes.", "Juan Pérez", id="es-subject-first"),
        pytest.param("vi", "Đó là những gì Đại tá Nguyễn Văn Lực cho biết hôm thứ Hai.", "Nguyễn Văn Lực", id="vi"),
    ],
)
def test_the_sentence_a_cleft_points_back_to_is_the_quote(language, cleft, speaker):
    quotes = quotes_of(language, f"{BEFORE[language]} {cleft}")
    assert [(q.speaker, q.kind, q.sentence) for q in quotes] == [(speaker, "reported", BEFORE[language])]


@pytest.mark.parametrize(
    "language, sentence, speaker",
    [
        pytest.param("en", "That is why Jane Roe said the delay was long.", "Jane Roe", id="en-reason"),
        pytest.param("en", "That is what makes the delay so long, Jane Roe said.", "Jane Roe", id="en-writer-clause"),
        pytest.param("fr", "C'est ce qui explique, selon Paul Dufour, le retard du convoi.", "Paul Dufour", id="fr-qui-explique"),
        pytest.param("vi", "Đó là điều khiến Đại tá Nguyễn Văn Lực cho biết việc chậm trễ là dài.", "Nguyễn Văn Lực", id="vi-cause"),
        # the words said given after a colon: the cleft's own sentence holds them
        pytest.param("en", "This is what Jane Roe said the battalion needs: more trucks and two doctors.", "Jane Roe",
                     id="en-colon-after"),
        pytest.param("fr", "Voilà ce qu'a déclaré Paul Dufour lundi : le bataillon manque de camions.", "Paul Dufour",
                     id="fr-colon-after"),
        pytest.param("es", "Esto es lo que dijo Juan Pérez el lunes: faltan camiones y médicos.", "Juan Pérez", id="es-colon-after"),
    ],
)
def test_a_cleft_of_cause_or_a_writer_s_clause_points_back_to_nothing(language, sentence, speaker):
    quotes = quotes_of(language, f"{BEFORE[language]} {sentence}")
    assert [(q.speaker, q.sentence) for q in quotes] == [(speaker, sentence)]


@pytest.mark.parametrize(
    "language, before, cleft",
    [
        pytest.param("en", "## Rotations", "That is what Defence Minister Jane Roe said on Monday.", id="en-after-heading"),
        pytest.param("en", BEFORE["en"], "That is what Defence Minister Jane Roe said on Monday.", id="en-new-paragraph"),
        pytest.param("fr", "## Les rotations", "C'est ce qu'a fait savoir lundi le ministre Paul Dufour.", id="fr-after-heading"),
        pytest.param("es", BEFORE["es"], "Eso es lo que dijo el ministro Juan Pérez.", id="es-new-paragraph"),
        pytest.param("vi", "## Luân chuyển", "Đó là những gì Đại tá Nguyễn Văn Lực cho biết hôm thứ Hai.", id="vi-after-heading"),
    ],
)
def test_a_cleft_opening_a_paragraph_gives_no_speaker_the_paragraph_before(language, before, cleft):
    quotes = quotes_of(language, before, cleft)
    assert before not in [q.sentence for q in quotes]
    assert all(q.sentence == cleft for q in quotes)
