"""Quotes in Vietnamese: a bare title followed by its country, then a speech verb ("Thứ
trưởng Quốc phòng Việt Nam cho biết": Vietnam's deputy defence minister said), speaks as the
one person the article gives that title, named before or after ("Thượng tướng X, Thứ trưởng
Quốc phòng, ..."), as "el Ministro de Defensa de Perú" does in Spanish; held by no one the
article names, the country speaks. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

SAID = "{title} Việt Nam cho biết, lực lượng công binh sẽ lên đường làm nhiệm vụ tại Abyei vào tháng 10."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param((SAID.format(title="Thứ trưởng Quốc phòng"),
                      "Chiều 12/3, thượng tướng Lê Văn Khải, Thứ trưởng Quốc phòng đã tiếp đoàn công tác của Liên hợp quốc."),
                     "Lê Văn Khải", id="deputy-minister-named-after"),
        pytest.param((SAID.format(title="Bộ trưởng Quốc phòng"),
                      "Sáng 12/3, đại tướng Trần Quốc Bảo, Bộ trưởng Quốc phòng đã chủ trì buổi lễ xuất quân."),
                     "Trần Quốc Bảo", id="minister-named-after"),
        pytest.param(("Sáng 12/3, đại tướng Trần Quốc Bảo, Bộ trưởng Quốc phòng đã chủ trì buổi lễ xuất quân.",
                      SAID.format(title="Bộ trưởng Quốc phòng")),
                     "Trần Quốc Bảo", id="minister-named-before"),
    ],
)
def test_a_country_title_speaks_as_its_holder(paragraphs, speaker):
    quotes = [q for q in quotes_of("vi", *paragraphs) if "công binh" in q.sentence]
    assert [q.speaker for q in quotes] == [speaker]


def test_an_unheld_country_title_speaks_as_the_country():
    quotes = quotes_of("vi", SAID.format(title="Thứ trưởng Quốc phòng"),
                       "Chiều 12/3, đoàn công tác của Liên hợp quốc đã đến thăm Trung tâm Gìn giữ hòa bình.")
    assert [q.speaker for q in quotes if "công binh" in q.sentence] == ["Vietnam"]
