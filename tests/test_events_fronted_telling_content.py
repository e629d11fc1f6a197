"""Events: a day fronting a sentence whose verb of saying frames what it tells ("Ngày 20-9, Cục
... cho biết, ngày 28-9, đội sẽ về nước") is the day of the telling, a statement carrying the
news and no happening of its own; what is told is the happening, on the day printed after the
verb, planned when told in the future. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events, body_events

ANCHOR = PartialDate(2024, 9, 23)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Tối 23-9, thông tin từ đơn vị cho biết, ngày 25-9 tới đây, đội sẽ chính thức kết thúc nhiệm kỳ.",
                     ("2024-09-25", True), id="toi-thong-tin-tu"),
        pytest.param("Ngày 23-9, đơn vị cho biết ngày 25-9 tới đây, đội sẽ kết thúc nhiệm kỳ tại phái bộ.",
                     ("2024-09-25", True), id="ngay"),
        pytest.param("Sáng 23-9, Cục Gìn giữ hòa bình cho biết, ngày 25-9, đội sẽ bàn giao nhiệm vụ cho đội sau.",
                     ("2024-09-25", True), id="sang-rotation"),
        pytest.param("Ngày 20-9, Cục Gìn giữ hòa bình cho biết, ngày 28-9, đội sẽ về nước.", ("2024-09-28", True),
                     id="return"),
        pytest.param("Ngày 16/9, Cục Gìn giữ hòa bình cho biết ngày 15/9 toàn bộ cán bộ đã đến phái bộ.",
                     ("2024-09-15", False), id="past-arrival"),
    ],
)
@pytest.mark.parametrize("lead", [True, False], ids=["lead", "body"])
def test_the_fronted_day_is_the_telling_s_and_the_later_day_the_happening_s(sentence, expected, lead):
    found = article_events([sentence], "vi", ANCHOR) if lead else body_events(sentence, "vi", ANCHOR)
    assert [(e.date, e.announced) for e in found] == [expected]
