"""Events, Vietnamese: "bị trúng đạn" (hit by a bullet) tells a casualty as "bị thương" does,
so "UNIFIL cho biết vào tối thứ Ba, một lính canh bị trúng đạn" is a casualty of the Tuesday,
not the statement; and a count of times before "trong" and a period relative to the
article's ("lần thứ hai trong tháng này") is a recap, as "the second time this month" is.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


def _events(sentence: str, language: str = "vi"):
    told = ["Không có gì cả.", sentence, "Không ai nói gì thêm."]
    return article_events(told, language, ANCHOR)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Hôm thứ Ba, một lính canh bị trúng đạn gần Gao.", ["2023-09-12 casualty"], id="fronted-day"),
        pytest.param("Phái bộ cho biết vào tối thứ Ba, một lính canh bị trúng đạn tại căn cứ.", ["2023-09-12 casualty"], id="told"),
        pytest.param("Một lính canh trúng đạn hôm thứ Ba khi đang tuần tra.", ["2023-09-12 casualty"], id="no-passive-marker"),
    ],
)
def test_hit_by_a_bullet_is_a_casualty(sentence, expected):
    assert [f"{e.date} {e.kind}" for e in _events(sentence)] == expected


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("vi", "Đây là lần thứ hai trong tháng này một đoàn xe bị tấn công gần Gao.", id="vi-month"),
        pytest.param("vi", "Đây là lần thứ ba trong năm nay căn cứ bị pháo kích.", id="vi-year"),
    ],
)
def test_a_count_of_times_in_a_period_is_a_recap(language, sentence):
    # the counted period is no day of the happening: nothing dated to the month or the year
    assert all(e.date not in ("2023-09", "2023") for e in _events(sentence, language))


def test_control_a_happening_this_month_keeps_the_month():
    assert [e.date for e in _events("Trong tháng này, một đoàn xe bị tấn công gần Gao.")] == ["2023-09"]
