"""A news outlet's name followed right by the name of another country is the opening of that
country's body of the same words, not the outlet: "Quân đội nhân dân" is Vietnam's army
newspaper, "Quân đội nhân dân Lào" the Lao People's Army (in Vietnamese a body's country is
printed after its name). The outlet printed alone, or before a demonym, stays the outlet.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Đoàn đại biểu Quân đội nhân dân Lào đã sang thăm đơn vị vào sáng thứ Hai.", id="vi-lao-army"),
        pytest.param("Theo tờ nhật báo Quân đội Nhân dân Trung Quốc, hai binh sĩ đã bị thương.", id="vi-chinese-army-daily"),
    ],
)
def test_the_outlet_before_another_country_is_not_the_outlet(text):
    assert "Quân đội nhân dân" not in organisations(text)


@pytest.mark.parametrize(
    "text, outlet",
    [
        pytest.param("Báo Quân đội nhân dân đưa tin đoàn công tác đã lên đường.", "Quân đội nhân dân", id="vi-outlet-alone"),
        pytest.param("Phóng viên Quân đội nhân dân Việt Nam có mặt tại buổi lễ.", "People's Army of Vietnam", id="vi-own-country-is-the-army"),
    ],
)
def test_the_outlet_alone_or_with_its_own_country_stays(text, outlet):
    assert outlet in organisations(text)
