"""The Vietnamese press names an operation by "Phái bộ (Gìn giữ hòa bình) Liên hợp quốc / LHQ
tại / ở <its place>" (reference missions.yaml aliases); sentences written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def missions(sentence: str) -> list[str]:
    return [f.id for f in find_in_sentence(sentence, "vi") if f.kind == "mission"]


@pytest.mark.parametrize(("sentence", "mission"), [
    pytest.param("Sáng 3/4, các bác sĩ đã tới Phái bộ Liên hợp quốc tại Nam Sudan an toàn.", "unmiss", id="un-tai"),
    pytest.param("Hai sĩ quan sẽ làm việc tại Phái bộ Gìn giữ hòa bình Liên hợp quốc ở Nam Sudan trong một năm.", "unmiss", id="peacekeeping-o"),
    pytest.param("Tư lệnh Phái bộ LHQ ở Nam Sudan đã gặp đội ngũ y tế của bệnh viện.", "unmiss", id="lhq-o"),
    pytest.param("Đơn vị đã hoàn thành nhiệm vụ tại Phái bộ gìn giữ hòa bình LHQ tại Nam Sudan.", "unmiss", id="lowercase-lhq"),
    pytest.param("Đội công binh sẽ đến Phái bộ Gìn giữ hòa bình Liên Hợp Quốc ở Abyei vào tháng sau.", "unisfa", id="abyei"),
])
def test_vietnamese_mission_by_its_place(sentence, mission):
    assert missions(sentence) == [mission]


@pytest.mark.parametrize("sentence", [
    pytest.param("Phái bộ Liên minh châu Âu tại Nam Sudan đã họp hôm qua.", id="other-body"),
    pytest.param("Đoàn công tác đã đến Nam Sudan vào tuần trước.", id="country-alone"),
])
def test_no_operation_without_the_un(sentence):
    assert missions(sentence) == []
