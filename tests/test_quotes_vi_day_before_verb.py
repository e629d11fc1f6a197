"""Quotes in Vietnamese: a day named between a country and its speech verb, led by "hôm",
"vào" or "ngày" ("Việt Nam hôm thứ Ba cho biết sẽ gửi ...", "Nhật Bản vào thứ Hai khẳng
định ...") or a time of day ("sáng thứ Ba"), or a day and month in figures ("ngày 5/3"), is
skipped as "on Tuesday" is in "Ghana on Tuesday said": the country speaks (quotes.yaml
time_leads). A day with no speech verb after it gives no quote. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Việt Nam hôm thứ Ba cho biết sẽ gửi thêm một đội công binh tới Abyei vào tháng tới.",
                     "sẽ gửi thêm một đội công binh", "Vietnam", id="hom-weekday"),
        pytest.param("Nhật Bản vào thứ Hai khẳng định sẽ tiếp tục hỗ trợ huấn luyện cho lực lượng gìn giữ hòa bình.",
                     "sẽ tiếp tục hỗ trợ huấn luyện", "Japan", id="vao-weekday"),
        pytest.param("Indonesia ngày thứ Sáu thông báo sẽ cử thêm 200 binh sĩ tới Liban.",
                     "sẽ cử thêm 200 binh sĩ", "Indonesia", id="ngay-weekday"),
        # a time of day before the weekday, or two leads; a day and month in figures after its lead
        pytest.param("Việt Nam sáng thứ Ba cho biết sẽ gửi thêm một bệnh viện dã chiến tới Bentiu.",
                     "sẽ gửi thêm một bệnh viện", "Vietnam", id="time-of-day-weekday"),
        pytest.param("Nhật Bản chiều ngày thứ Sáu khẳng định sẽ tiếp tục hỗ trợ huấn luyện.",
                     "sẽ tiếp tục hỗ trợ", "Japan", id="two-leads-weekday"),
        pytest.param("Việt Nam ngày 5/3 cho biết sẽ gửi thêm một bệnh viện dã chiến tới Bentiu.",
                     "sẽ gửi thêm một bệnh viện", "Vietnam", id="ngay-day-slash-month"),
        pytest.param("Indonesia hôm 12/6/2024 thông báo sẽ cử thêm 200 binh sĩ tới Liban.",
                     "sẽ cử thêm 200 binh sĩ", "Indonesia", id="hom-full-date"),
    ],
)
def test_the_country_before_a_day_speaks(text, says, speaker):
    assert speakers_of("vi", text, says) == [speaker]


@pytest.mark.parametrize(
    "text, says",
    [
        pytest.param("Việt Nam hôm thứ Ba gửi thêm một đội công binh tới Abyei.", "gửi thêm một đội công binh", id="no-speech-verb"),
        pytest.param("Vào thứ Hai, đội công binh Việt Nam đã sửa xong cây cầu ở Abyei.", "sửa xong cây cầu", id="day-opening"),
        pytest.param("Việt Nam ngày 5/3 gửi thêm một đội công binh tới Abyei.", "gửi thêm một đội công binh", id="date-no-speech-verb"),
    ],
)
def test_a_day_with_no_speech_is_no_quote(text, says):
    assert speakers_of("vi", text, says) == []
