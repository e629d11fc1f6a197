"""Events: a lead sentence whose event noun is the subject of a verb telling what a text says
("The resolution also stresses ...", "La résolution souligne ...", "Nghị quyết cũng nhấn
mạnh ...", in the past too, past an aside: "Resolution 1788, which closed the dispute,
requested ...") tells the text's content, not its adoption on the article's day. Every sentence
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


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Resolution 1788, which closed the long border dispute, requested more police for the south.", "en",
                     id="en-aside-past"),
        pytest.param("The resolution called for a full pullback of the armed groups north of the river.", "en", id="en-past"),
        pytest.param("Security Council Resolution 1650 mandated a force of up to 9,000 troops to guard the truce.", "en",
                     id="en-number-past"),
        pytest.param("La resolución 1788, que cerró la disputa fronteriza, pidió más policías para el sur.", "es",
                     id="es-aside-past"),
        pytest.param("La resolución instó a las partes a retirar sus tropas del valle.", "es", id="es-past"),
    ],
)
def test_a_texts_content_told_in_the_past_is_no_happening_of_the_day(sentence, language):
    assert lead_events(sentence, language) == []


def test_an_aside_holding_an_event_verb_keeps_the_adoption():
    assert lead_events("The resolution, unanimously adopted by the council, requested a review of the mission.", "en") == ["2021-06"]


def test_the_adoption_itself_still_takes_the_articles_month():
    assert lead_events("The council adopted a resolution on the mission.", "en") == ["2021-06"]
