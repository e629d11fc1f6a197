"""A ministry printed in Vietnamese with a one-syllable country name after it ("Bộ Ngoại giao
Ý", "Bộ Quốc phòng Pháp") is that country's ministry; countries.yaml leaves such syllables out
(they are given names too), so the body is tied through vocabulary "country_syllables". A
capitalised word after the syllable makes it the opening of a name, and the ministry stays
the article's own. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Bộ Ngoại giao Ý ngày 3/5 xác nhận hai công dân bị bắt cóc.", "Ministry of Foreign Affairs of Italy", id="vi-italy-foreign"),
        pytest.param("Bộ Quốc phòng Pháp cho biết ba binh sĩ bị thương trong vụ nổ.", "Ministry of Defence of France", id="vi-france-defence"),
        pytest.param("Bộ Nội vụ Mỹ đã ra thông báo về vụ việc vào tối thứ Tư.", "Ministry of the Interior of United States", id="vi-us-interior"),
    ],
)
def test_the_syllable_after_the_ministry_is_its_country(text, name):
    assert name in organisations(text)


def test_a_name_after_the_syllable_leaves_the_ministry_untied():
    found = organisations("Bộ Ngoại giao Anh Tuấn cho biết đoàn công tác đã lên đường.")
    assert not any(n.endswith("of United Kingdom") for n in found)
