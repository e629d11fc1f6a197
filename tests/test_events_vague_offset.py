"""Events: a relative period after a word of vague quantity ("vài tháng sau đó", a few
months later; "mấy năm trước", some years ago) is a count of periods, not the month or year
after or before the article's: it gives the happening no month. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import relative_period
from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 12)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("đơn vị được điều động vài tháng sau đó", id="vai-thang-sau"),
        pytest.param("đơn vị được điều động một vài tháng sau", id="mot-vai-thang-sau"),
        pytest.param("đội công binh về nước mấy năm trước", id="may-nam-truoc"),
        pytest.param("bệnh viện mở cửa nhiều năm trước", id="nhieu-nam-truoc"),
    ],
)
def test_a_vague_count_of_periods_names_no_period(text):
    assert relative_period(text, ANCHOR, "vi") is None


def test_one_period_is_still_read():
    assert relative_period("đơn vị được điều động tháng sau", ANCHOR, "vi") == (PartialDate(2024, 5), None)


def test_a_happening_a_few_months_later_takes_no_month_from_the_article():
    sentence = "Đội công binh được triển khai tới Bentiu vài tháng sau đó."
    assert "2024-05" not in [e.date for e in body_events(sentence, "vi", ANCHOR)]
