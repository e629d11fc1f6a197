"""Events: the Council extending or ending a mission named with its modifiers ("extended the
peacekeeping mission in Cyprus", "renewed the UN mission's mandate") or, in Vietnamese, by
"kéo dài" (to lengthen) or "chấm dứt" (to end) with the mission or its mandate ("kéo dài sứ
mệnh gìn giữ hòa bình", "kéo dài nhiệm vụ của phái bộ") tells a resolution or a mandate, dated
as any other ("Last week": that week). "kéo dài" with no mission after it is how long
something lasted, no happening. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events

ANCHOR = PartialDate(2025, 9, 3)  # a Wednesday
LAST_WEEK = "2025-08-25/2025-08-31"


def _events(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(e.date, e.kind) for e in find_events([(sentence, [])], ANCHOR, None, language)[0]]


@pytest.mark.parametrize("language,sentence,expected", [
    ("en", "Last week, the Security Council unanimously extended the peacekeeping mission in Cyprus.", [(LAST_WEEK, "adoption")]),
    ("en", "On Friday, the Council renewed the UN mission's mandate for a year.", [("2025-08-29", "adoption")]),
    ("en", "Last week, the Council ended the peacekeeping mission in Haiti.", [(LAST_WEEK, "adoption")]),
    ("vi", "Tuần trước, Hội đồng Bảo an đã nhất trí kéo dài sứ mệnh gìn giữ hòa bình tại Síp.", [(LAST_WEEK, "adoption")]),
    ("vi", "Hôm thứ Sáu, Hội đồng Bảo an kéo dài nhiệm vụ của phái bộ thêm một năm.", [("2025-08-29", "adoption")]),
    ("vi", "Tuần trước, Hội đồng Bảo an đã chấm dứt sứ mệnh của phái bộ tại Haiti.", [(LAST_WEEK, "adoption")]),
    # already read so: the mission after the verb with its article
    ("fr", "La semaine dernière, le Conseil a prolongé la mission de paix à Chypre.", [(LAST_WEEK, "adoption")]),
    ("es", "La semana pasada, el Consejo prorrogó la misión de paz en Chipre.", [(LAST_WEEK, "adoption")]),
])
def test_a_mission_extended_or_ended_is_a_dated_adoption(language, sentence, expected):
    assert _events(sentence, language) == expected


@pytest.mark.parametrize("language,sentence", [
    ("vi", "Sứ mệnh của phái bộ kéo dài bảy năm."),
    ("vi", "Nhiệm vụ của đội công binh đã kéo dài hơn mười năm."),
    ("en", "The peacekeeping mission in Cyprus lasted many years."),
])
def test_how_long_something_lasted_is_no_happening(language, sentence):
    assert _events(sentence, language) == []


@pytest.mark.parametrize("language,sentence", [
    # a unit's own duty lengthened: its tour, no resolution
    ("vi", "Tuần trước, do dịch bệnh, các chiến sĩ công binh phải kéo dài nhiệm vụ thêm ba tháng."),
    ("vi", "Hôm thứ Sáu, bệnh viện dã chiến được lệnh kéo dài nhiệm vụ tại Bentiu thêm hai tháng."),
    ("en", "Last week, because of the pandemic, the engineers had to extend their mission by three months."),
])
def test_a_unit_tour_lengthened_is_no_adoption(language, sentence):
    assert all(kind != "adoption" for _date, kind in _events(sentence, language))
