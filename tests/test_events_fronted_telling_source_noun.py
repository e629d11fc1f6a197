"""Events: a day fronting a Vietnamese sentence before "thông tin từ" and its source ("Tối 12-5,
thông tin từ đơn vị, ...": information from the unit, vocabulary "fronted_telling_sources") is
the day the news was told, not a happening, where it opens what follows the day's comma (not
"căn cứ thông tin từ người dân", acting on information); the days printed in what it tells still date theirs. Seen
in a held-out Vietnamese repost of an army news item. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 5, 13)
AFTER = "Đơn vị đã hoàn thành công tác chuẩn bị."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Tối 12-5, thông tin từ Đội Công binh số 3 tại Abyei, ngày 20-5 tới đây, đội sẽ về tới sân bay Nội Bài.",
                     ["2023-05-20"], id="one-day-told"),
        pytest.param("Chiều 12-5, thông tin từ Bệnh viện dã chiến cấp 2 số 5, ngày 15-5 tới đây, bệnh viện chính thức kết thúc nhiệm kỳ, "
                     "dự kiến về tới sân bay Tân Sơn Nhất ngày 18-5.", ["2023-05-15", "2023-05-18"], id="two-days-told"),
    ],
)
def test_the_fronted_day_of_information_from_a_source_is_no_happening(sentence, expected):
    assert sorted(e.date for e in article_events([sentence, AFTER], "vi", ANCHOR, wire_day=False)) == expected


def test_a_fronted_day_before_a_happening_still_dates_it():
    # "Tối 12-5, Đội Công binh số 3 đã về tới ...": no source, the day is the return's
    sentence = "Tối 12-5, Đội Công binh số 3 đã về tới sân bay Nội Bài sau một năm làm nhiệm vụ tại Abyei."
    assert [e.date for e in article_events([sentence, AFTER], "vi", ANCHOR, wire_day=False)] == ["2023-05-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        # acting on information from residents: the information opens no telling, the arrest has the day
        pytest.param("Ngày 12-5, căn cứ thông tin từ người dân, lực lượng gìn giữ hòa bình đã bắt giữ 3 đối tượng gần Gao.",
                     id="acting-on-information"),
    ],
)
def test_information_from_a_source_not_opening_the_clause_leaves_the_day_its_happening(sentence):
    assert [e.date for e in article_events([sentence, AFTER], "vi", ANCHOR, wire_day=False)] == ["2023-05-12"]
