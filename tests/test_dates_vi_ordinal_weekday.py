"""Vietnamese "thứ hai", "thứ ba"... are the weekdays (Monday, Tuesday...) and also the
ordinal numbers (second, third...): after a noun they count ("lần thứ hai", the second time;
"đợt thứ ba", the third rotation; "năm thứ năm", the fifth year), they name no day. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates, relative_day
from newsdossier.datevalue import PartialDate

_ANCHOR = PartialDate(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Đây là lần thứ hai đơn vị công binh được cử đi làm nhiệm vụ.", id="lan-thu-hai"),
        pytest.param("Đợt thứ ba của bệnh viện dã chiến sẽ lên đường vào mùa hè.", id="dot-thu-ba"),
        pytest.param("Năm thứ năm liên tiếp, đơn vị hoàn thành tốt nhiệm vụ được giao.", id="nam-thu-nam"),
        pytest.param("Anh là người thứ sáu của tỉnh tham gia lực lượng gìn giữ hòa bình.", id="nguoi-thu-sau"),
        pytest.param("Đây là quốc gia đóng góp quân số lớn thứ tư của phái bộ.", id="lon-thu-tu"),
        pytest.param("Vòng thứ bảy của cuộc đàm phán kết thúc mà không có thỏa thuận.", id="vong-thu-bay"),
        # "ngày" counted: the second day of the visit, the third day in a row
        pytest.param("Ngày thứ hai của chuyến công tác, đoàn đã làm việc với chính quyền địa phương.", id="ngay-thu-hai-cua"),
        pytest.param("Trong ngày thứ ba của chuyến thăm, Bộ trưởng đã gặp các chiến sĩ.", id="trong-ngay-thu-ba-cua"),
        pytest.param("Mưa lớn kéo dài sang ngày thứ tư liên tiếp tại khu vực đóng quân.", id="ngay-thu-tu-lien-tiep"),
        pytest.param("Ngày thứ hai trong chuyến thăm, Bộ trưởng đã gặp các chiến sĩ.", id="ngay-thu-hai-trong-chuyen"),
    ],
)
def test_an_ordinal_after_a_noun_is_no_weekday(sentence):
    assert not [d for d in find_dates(sentence) if d.kind == "weekday"]
    assert relative_day(sentence, _ANCHOR, "vi") is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # (must not change) a weekday after a time of day, "vào", or opening the sentence
        pytest.param("Sáng thứ Hai, đơn vị công binh lên đường.", PartialDate(2024, 5, 13), id="sang-thu-hai"),
        pytest.param("Vào thứ ba, đoàn công tác đã đến thăm đơn vị.", PartialDate(2024, 5, 14), id="vao-thu-ba"),
        pytest.param("Thứ Hai vừa qua, đoàn công tác đã đến thăm đơn vị.", PartialDate(2024, 5, 13), id="opening"),
        pytest.param("Ngày thứ Hai, đoàn công tác đã đến thăm đơn vị.", PartialDate(2024, 5, 13), id="ngay-thu-hai-alone"),
        pytest.param("Đoàn đã họp vào ngày thứ Ba trong tuần này.", PartialDate(2024, 5, 14), id="ngay-thu-ba-trong"),
        # the day of a week, after "của" or "trong", is its weekday
        pytest.param("Ngày thứ Hai của tuần này, đoàn công tác đã đến thăm đơn vị.", PartialDate(2024, 5, 13),
                     id="ngay-thu-hai-cua-tuan"),
    ],
)
def test_a_weekday_is_still_a_weekday(sentence, day):
    assert relative_day(sentence, _ANCHOR, "vi") == day
