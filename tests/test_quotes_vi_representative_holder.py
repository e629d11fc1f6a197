"""A bare Vietnamese title opening its clause with its complement after it ("Đại diện của Tổng
Thư ký LHQ thông tin..."): the person the article introduced with that title speaks (a person
referred to again by title speaks as themselves); with no one introduced so, the body of the
complement speaks, as an unnamed representative of a body does. Every sentence is written for
the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(["Ông Lê Văn Minh, Đại diện đặc biệt của Tổng Thư ký LHQ tại Nam Sudan, đã tới thăm bệnh viện dã chiến.",
                      "Đại diện của Tổng Thư ký LHQ thông tin rằng hai binh sĩ bị thương trong vụ phục kích."],
                     "Lê Văn Minh", id="representative-named-before"),
        pytest.param(["Ông Lê Văn Minh, Đại diện đặc biệt của Tổng Thư ký LHQ tại Nam Sudan, đã tới thăm bệnh viện dã chiến.",
                      "Đại diện đặc biệt của Tổng Thư ký LHQ cho biết con đường tới Bor đã được mở lại."],
                     "Lê Văn Minh", id="special-representative-named-before"),
        # no one introduced as the representative: the body of the complement
        pytest.param(["Tổng Thư ký LHQ António Guterres lên án vụ phục kích.",
                      "Đại diện của Tổng Thư ký LHQ thông tin rằng hai binh sĩ bị thương trong vụ phục kích."],
                     "United Nations", id="no-representative-named"),
        pytest.param(["Đại diện của Bộ Quốc phòng Việt Nam thông tin rằng hai binh sĩ bị thương trong vụ phục kích."],
                     "Ministry of Defence of Vietnam", id="representative-of-a-ministry"),
    ],
)
def test_a_representative_named_before_speaks(paragraphs, speaker):
    quotes = quotes_of("vi", *paragraphs)
    assert quotes and quotes[-1].speaker == speaker, quotes
