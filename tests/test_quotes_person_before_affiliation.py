"""A person, the body they work for set off by commas, then the rest of their description
with no comma before the verb ("Thượng tá X, Cục Gìn giữ hòa bình Việt Nam, sĩ quan tham
mưu kể:"): the person speaks, not the body. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("vi", "Thượng tá Nguyễn Văn Hùng, Cục Gìn giữ hòa bình Việt Nam, sĩ quan tham mưu kể: Cuộc sống ở phái bộ rất khó khăn.",
                     "Nguyễn Văn Hùng", id="vi-body-then-role-ke"),
        pytest.param("vi", "Trung tá Lê Thị Mai, Bộ Quốc phòng, chuyên gia quân sự cho biết cuộc sống ở phái bộ rất khó khăn.",
                     "Lê Thị Mai", id="vi-ministry-then-role-cho-biet"),
        pytest.param("en", "Colonel John Barker, Ghana Armed Forces, staff officer at the sector headquarters said life at the mission was hard.",
                     "John Barker", id="en-body-then-role-said"),
    ],
)
def test_the_person_before_an_affiliation_speaks(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("vi", "Một sĩ quan Cục Gìn giữ hòa bình Việt Nam cho biết cuộc sống ở phái bộ rất khó khăn.",
                     "Vietnam Department of Peacekeeping Operations", id="vi-unnamed-officer-of-body"),
    ],
)
def test_an_unnamed_officer_of_a_body_stays_the_body(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
