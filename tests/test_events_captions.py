"""Events: a picture's caption, known by its credit ("(Photo by Jane Doe / AFP)", "- Ảnh:
LHQ", a credit line right after it) or given as a caption, that names no happening but prints
a day dates the picture, not a happening. A caption naming a happening still tells it. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events, photo_caption
from eventcases import FILLER

ANCHOR = PartialDate(2024, 10, 11)


@pytest.mark.parametrize(
    "sentence, following, expected",
    [
        pytest.param("A satellite picture taken on October 8, 2024 shows the camp near the coast.", "(Photo by Jane Roe / AFP)", True, id="credit-line-after"),
        pytest.param("Quan sát viên tại trại ngày 1-3-1957 - Ảnh: LHQ", None, True, id="vi-credit-closing"),
        pytest.param("Observers at the camp on March 1, 1957 (Photo: UN archives)", None, True, id="en-credit-closing"),
        pytest.param("Two peacekeepers were wounded on Tuesday.", "The photo was shared widely.", False, id="no-credit"),
        pytest.param("The army released a photo by its press office on Monday.", None, False, id="photo-word-inside"),
    ],
)
def test_a_caption_is_known_by_its_credit(sentence, following, expected):
    assert photo_caption(sentence, following) is expected


@pytest.mark.parametrize(
    "told, captions",
    [
        pytest.param([("A satellite picture taken on October 8, 2024 shows the camp near the coast.", []),
                      ("(Photo by Jane Roe / AFP)", [])], 0, id="credit-after"),
        pytest.param([("Observers at the camp on 1 March 1957.", [])], 1, id="given-as-caption"),
    ],
)
def test_a_caption_naming_no_happening_dates_nothing(told, captions):
    assert find_events(FILLER + told, ANCHOR, None, "en", captions=captions)[0] == []


def test_a_caption_naming_a_happening_still_tells_it():
    told = [("Peacekeepers were attacked near the camp on October 8, 2024 (Photo by Jane Roe / AFP)", [])]
    assert [(e.kind, e.date) for e in find_events(FILLER + told, ANCHOR, None, "en")[0]] == [("attack", "2024-10-08")]


def test_a_day_in_the_body_still_dates_a_happening():
    told = [("On October 8, 2024 the council met in closed session.", [])]
    assert [e.date for e in find_events(FILLER + told, ANCHOR, None, "en")[0]] == ["2024-10-08"]


@pytest.mark.parametrize(
    "told, captions",
    [
        pytest.param([("Doctors of the field hospital treat villagers on October 3, 2024.", []), ("(Photo: Jane Roe)", [])], 0, id="credit-after"),
        pytest.param([("Bác sĩ khám bệnh cho người dân ngày 3/10/2024.", [])], 1, id="vi-given-as-caption"),
    ],
)
def test_a_caption_of_the_articles_days_still_dates_its_happening(told, captions):
    language = "vi" if "Bác" in told[0][0] else "en"
    assert [e.date for e in find_events(FILLER + told, ANCHOR, None, language, captions=captions)[0]] == ["2024-10-03"]
