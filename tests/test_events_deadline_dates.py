"""Events: a date right after a deadline word, maybe with an article ("by the 12th of
November", "avant le 15 mars", "đến 31/10/2021"), is the end of a span or a target, not the
day of a happening; the happening keeps its own day. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events
from eventcases import FILLER

ANCHOR = PartialDate(2021, 11, 20)


def dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Hội đồng Bảo an ngày 28/10 đã thông qua nghị quyết gia hạn phái bộ thêm 12 tháng đến 31/10/2022.",
                     "vi", ["2021-10-28"], id="vi-den"),
        pytest.param("The council on 28 October adopted a resolution so that by the 30th of April the force is withdrawn.",
                     "en", ["2021-10-28"], id="en-by-the"),
        pytest.param("Le Conseil a adopté le 28 octobre une résolution qui prolonge la force avant le 30 avril 2022.",
                     "fr", ["2021-10-28"], id="fr-avant-le"),
    ],
)
def test_a_deadline_date_is_no_happening_day(sentence, language, expected):
    assert dates(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The aim is that by the 30th of April all the units are in place.", "en", id="en-target-alone"),
        pytest.param("Mục tiêu là đến ngày 30/4 các đơn vị đã sẵn sàng.", "vi", id="vi-target-alone"),
    ],
)
def test_a_target_date_alone_dates_no_happening(sentence, language):
    assert dates(sentence, language) == []
