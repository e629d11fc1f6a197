"""Quotes: Vietnamese "tuyên bố" is the verb "declare" and the noun "statement"; as the noun
("Trong một tuyên bố...", "Tuyên bố cho biết...") it is a document, standing for the one who
gave it, and "X tuyên bố rằng" still has X speak. The giver of a document named in an
opening phrase is the name after the comma, its acronym in brackets standing for it rather
than a body named inside the name. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLE = "Lực lượng gìn giữ hòa bình đến trại phía bắc\n\n"
LEAD = "Lực lượng gìn giữ hòa bình Liên hợp quốc đã đến trại phía bắc vào thứ Hai sau một chặng đường dài qua các ngọn đồi.\n\n"


def speakers_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLE + LEAD + text, None).quotes]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Trong một tuyên bố hôm thứ Hai, Phái bộ Liên Hợp Quốc tại Nam Sudan (UNMISS) lên án vụ tấn công.\n\n"
                     "Tuyên bố cho biết hai binh sĩ bị thương nhẹ.", "hai binh sĩ bị thương", "UNMISS",
                     id="vi-trong-mot-tuyen-bo-then-tuyen-bo-cho-biet"),
        pytest.param("Trong một tuyên bố hôm thứ Hai, Phái bộ Liên Hợp Quốc tại Nam Sudan (UNMISS) lên án vụ tấn công.\n\n"
                     "\"Hai binh sĩ bị thương nhẹ và đã được đưa về trại\", tuyên bố cho biết.", "đưa về trại", "UNMISS",
                     id="vi-quote-then-tuyen-bo-cho-biet"),
        pytest.param("Bộ Quốc phòng Việt Nam ra tuyên bố chào mừng các chiến sĩ. Tuyên bố cho biết đoàn xe đã đến trại an toàn.",
                     "đoàn xe đã đến trại", "Ministry of Defence of Vietnam", id="vi-ra-tuyen-bo-then-tuyen-bo-cho-biet"),
    ],
)
def test_the_statement_speaks_for_its_giver(text, says, speaker):
    assert [s for s, sentence in speakers_of(text) if says in sentence] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Ông Nguyễn Văn An tuyên bố rằng đoàn xe đã đến trại an toàn.", "Nguyễn Văn An", id="vi-x-tuyen-bo-rang"),
        pytest.param("Phái bộ UNMISS hôm thứ Ba tuyên bố đoàn xe đã đến trại an toàn.", "UNMISS", id="vi-body-tuyen-bo"),
    ],
)
def test_the_verb_still_has_its_subject_speak(text, speaker):
    assert [s for s, _ in speakers_of(text)] == [speaker]
