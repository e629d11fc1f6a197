"""A national body followed by the words a language's press uses for its own country ("Bộ
Quốc phòng nước ta", our country's defence ministry) is that country's body, even where
another country's namesake is named beside it (reference/generic_names.yaml
"own_country_words" and "home_languages"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("Chiều 06/9, tại Seoul, Bộ trưởng Bộ Quốc phòng Hàn Quốc Kim Min Su đã tiếp Thượng tướng Trần "
                     "Văn Nam, Thứ trưởng Bộ Quốc phòng nước ta.",
                     {"ministry-of-defence-of-south-korea", "ministry-of-defence-of-vietnam"}, id="vi-beside-korea"),
        pytest.param("Sáng 7/10, tại Tokyo, Bộ Ngoại giao Nhật Bản và Bộ Ngoại giao nước ta đã ký biên bản ghi nhớ.",
                     {"ministry-of-foreign-affairs-of-japan", "ministry-of-foreign-affairs-of-vietnam"},
                     id="vi-beside-japan"),
    ],
)
def test_a_body_of_our_country_is_the_home_countrys(text, bodies):
    assert bodies <= set(extract(text).fields["actors"])
