"""Events: Vietnamese tells a killing in the active voice with "giết chết", "giết hại" or "sát
hại" ("phiến quân đã giết chết hai binh sĩ ngày 3/3", "nhóm vũ trang đã sát hại ba lính gìn giữ
hòa bình"), as the passive "bị giết", "bị sát hại" does: a casualty, dated as the passive is.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2021, 3, 12)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Phiến quân đã giết chết hai binh sĩ gìn giữ hòa bình ngày 3/3 tại Beni.", [("2021-03-03", "casualty")],
                     id="giet-chet"),
        pytest.param("Nhóm vũ trang đã giết hại ba lính gìn giữ hòa bình ngày 5/3.", [("2021-03-05", "casualty")],
                     id="giet-hai"),
        pytest.param("Các tay súng đã sát hại một sĩ quan cảnh sát ngày 8/3 gần Gao.", [("2021-03-08", "casualty")],
                     id="sat-hai-active"),
        # the passive, as read before
        pytest.param("Hai binh sĩ gìn giữ hòa bình bị giết ngày 3/3 tại Beni.", [("2021-03-03", "casualty")],
                     id="bi-giet-passive"),
    ],
)
def test_an_active_killing_is_a_casualty(sentence, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, "vi", FRIDAY)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Kẻ giết hại hai binh sĩ đã bị bắt hôm thứ Hai.", [], id="ke-giet-hai-arrested"),
        pytest.param("Tòa án xét xử kẻ sát hại nhà báo hôm thứ Hai.", [("2021-03-08", "trial")], id="ke-sat-hai-tried"),
    ],
)
def test_the_one_who_killed_is_a_person_no_killing(sentence, expected):
    """"kẻ sát hại" names the killer, as "war criminal" names a person by the offence: the
    day the sentence tells is the arrest's or the trial's, no casualty's."""
    assert [(e.date, e.kind) for e in body_events(sentence, "vi", FRIDAY)] == expected
