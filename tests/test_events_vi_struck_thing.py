"""Events, Vietnamese: "bị trúng đạn" (hit by a bullet or a shell) tells a casualty only where a
person stands before it in its clause ("một lính canh bị trúng đạn"); a vehicle, a building or
a post so hit ("một xe thiết giáp bị trúng đạn") is the attack it tells, no one hurt, as "a
vehicle was hit by gunfire" is an attack in English (vocabulary "casualty_struck_verbs",
"struck_person_nouns"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


def _kinds(sentence: str, language: str = "vi") -> list[str]:
    told = ["Không có gì cả.", sentence, "Không ai nói gì thêm."]
    return [f"{e.date} {e.kind}" for e in article_events(told, language, ANCHOR)]


@pytest.mark.parametrize("sentence", [
    pytest.param("Một xe thiết giáp của phái bộ bị trúng đạn hôm thứ Ba gần Gao.", id="vehicle"),
    pytest.param("Tòa nhà trụ sở bị trúng đạn hôm thứ Ba nhưng không ai bị thương.", id="building-no-one-hurt"),
    pytest.param("Hôm thứ Ba, một vị trí của phái bộ trúng đạn pháo gần biên giới.", id="post-shell"),
    pytest.param("Hôm thứ Ba, một chiếc trực thăng của Liên Hợp Quốc trúng đạn khi đang hạ cánh.", id="helicopter"),
])
def test_a_thing_hit_by_a_bullet_is_an_attack_no_casualty(sentence):
    assert _kinds(sentence) == ["2023-09-12 attack"]


@pytest.mark.parametrize("sentence", [
    # (must not change) a person hit, even one riding in a vehicle, stays a casualty
    pytest.param("Hôm thứ Ba, một binh sĩ trên xe thiết giáp bị trúng đạn.", id="soldier-in-vehicle"),
    pytest.param("Hôm thứ Ba, hai người dân bị trúng đạn gần chợ.", id="two-people"),
    pytest.param("Phái bộ cho biết vào tối thứ Ba, một lính canh bị trúng đạn tại căn cứ.", id="told-guard"),
    pytest.param("Hôm thứ Ba, một binh sĩ bị bắn chết gần Gao.", id="shot-dead"),
])
def test_a_person_hit_stays_a_casualty(sentence):
    assert _kinds(sentence) == ["2023-09-12 casualty"]
