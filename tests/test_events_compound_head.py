"""Events: two event nouns side by side name one happening by their head ("handover
ceremony", "deployment ceremony": a ceremony, the head last in English; "lễ bàn giao", "lễ
xuất quân": a ceremony, the head first in Vietnamese). The modifier no longer competes with
the head for the sentence's day (which left "The handover ceremony was held in Bentiu on
Wednesday" with no event), and the title keeps it ("Handover ceremony was held ...").
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 3, 15)  # a Friday: the Wednesday before is the 13th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The handover ceremony was held at the Wau camp on Wednesday.", "en", id="en-handover-ceremony"),
        pytest.param("A rotation ceremony took place at the Wau camp on Wednesday.", "en", id="en-rotation-ceremony"),
        pytest.param("Lễ bàn giao được tổ chức tại căn cứ Wau hôm thứ Tư.", "vi", id="vi-le-ban-giao"),
    ],
)
def test_the_head_of_two_event_nouns_gives_kind_and_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("ceremony", "2024-03-13")]


def test_the_title_keeps_the_modifier():
    (event,) = body_events("The handover ceremony was held at the Wau camp on Wednesday.", "en", ANCHOR)
    assert event.title.startswith("Handover ceremony"), event.title



@pytest.mark.parametrize(
    "sentence, language, nouns, kind",
    [
        # the head last: the two modifiers before it
        pytest.param("The rotation handover ceremony was moved.", "en", [("rotation", "deployment"), ("handover", "handover"),
                                                                       ("ceremony", "ceremony")], "ceremony", id="en-head-last"),
        # the head first: the two modifiers after it
        pytest.param("Lễ bàn giao xuất quân bị hoãn.", "vi", [("Lễ", "ceremony"), ("bàn giao", "handover"),
                                                             ("xuất quân", "deployment")], "ceremony", id="vi-head-first"),
    ],
)
def test_three_event_nouns_side_by_side_are_one_happening_over_all_three(sentence, language, nouns, kind):
    """Three event nouns in a row name one happening by the head, whose span takes in both
    modifiers, whichever end the language puts the head at."""
    from newsdossier.events import EventWord, _compound_heads
    words = [EventWord(k, k, sentence.index(text), sentence.index(text) + len(text), False) for text, k in nouns]
    (word,) = _compound_heads(sentence, words, language)
    assert (word.kind, word.start, word.end) == (kind, words[0].start, words[-1].end)
