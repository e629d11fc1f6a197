"""The Vietnamese press writes Việt Nam by its initials, "VN" ("VN cử thêm sĩ quan", "giúp VN
hiểu rõ"): the country. An agency's code holding the letters ("TTXVN") names no country.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def countries(sentence: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, "vi") if f.kind == "country"}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("VN cử thêm hai sĩ quan sang Nam Sudan vào tháng tới.", id="vi-subject"),
        pytest.param("Khóa huấn luyện giúp VN chuẩn bị cho nhiệm vụ tại Abyei.", id="vi-object"),
    ],
)
def test_the_initials_name_vietnam(sentence):
    assert "Vietnam" in countries(sentence)


def test_an_agency_code_holding_the_letters_names_no_country():
    assert "Vietnam" not in countries("Theo TTXVN, đoàn công tác đã lên đường sáng nay.")
