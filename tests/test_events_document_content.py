"""Events: a lead sentence whose event noun is the subject of a verb telling what a text says
("The resolution also stresses ...", "La résolution souligne ...", "Nghị quyết cũng nhấn
mạnh ...") tells the text's content, not its adoption on the article's day. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events

ANCHOR = PartialDate(2021, 6, 3)


def lead_events(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events([(sentence, [])], ANCHOR, None, language, wire_day=False)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The resolution also stresses the need to name a new envoy soon.", "en", id="en"),
        pytest.param("La résolution souligne la nécessité de nommer un nouvel envoyé.", "fr", id="fr"),
        pytest.param("La resolución insta a nombrar pronto a un nuevo enviado.", "es", id="es"),
        pytest.param("Nghị quyết cũng nhấn mạnh sự cần thiết phải sớm bổ nhiệm đặc phái viên.", "vi", id="vi"),
    ],
)
def test_a_texts_content_is_no_happening_of_the_day(sentence, language):
    assert lead_events(sentence, language) == []


def test_the_adoption_itself_still_takes_the_articles_month():
    assert lead_events("The council adopted a resolution on the mission.", "en") == ["2021-06"]
