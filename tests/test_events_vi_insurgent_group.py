"""Events: Vietnamese names insurgents and coup troops with the noun of their uprising or coup
("quân nổi dậy", "lực lượng nổi dậy", "phe đảo chính"): the group, no uprising nor coup of the
article's day. What the group does is still told ("quân nổi dậy đã tấn công căn cứ ngày 3/11"),
and an uprising itself still is ("cuộc nổi dậy bùng nổ năm 2012"). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2018, 11, 16)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Quân nổi dậy đã tấn công căn cứ của phái bộ ngày 3/11.", [("2018-11-03", "attack")],
                     id="quan-noi-day-attack"),
        pytest.param("Đây là tổn thất lớn nhất kể từ khi quân nổi dậy giết chết 15 binh sĩ một năm trước.",
                     [("2017", "casualty")], id="quan-noi-day-since-ago"),
        # the arrest is the day's happening (of no listed kind), no coup
        pytest.param("Phe đảo chính đã bắt giữ tổng thống ngày 3/11.", [("2018-11-03", "happening")],
                     id="phe-dao-chinh-arrest-no-coup"),
        # the uprising itself, as read before
        pytest.param("Cuộc nổi dậy bùng nổ năm 2012.", [("2012", "conflict")], id="cuoc-noi-day"),
    ],
)
def test_a_group_named_by_its_uprising_is_no_uprising(sentence, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, "vi", FRIDAY)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Binh sĩ nổi dậy ngày 3/11 tại doanh trại ở Gao.", [("2018-11-03", "conflict")], id="binh-si-noi-day"),
        pytest.param("Hàng trăm binh sĩ đảo chính ngày 3/11 tại thủ đô.", [("2018-11-03", "conflict")],
                     id="binh-si-dao-chinh"),
    ],
)
def test_soldiers_rising_up_is_an_uprising(sentence, expected):
    """Soldiers, a plain noun of people, before "nổi dậy" or "đảo chính" are its subject: they
    rise up, the uprising told."""
    assert [(e.date, e.kind) for e in body_events(sentence, "vi", FRIDAY)] == expected
