"""Quotes, Vietnamese: "lực lượng này" ("this force") as a speech verb's subject stands for the
mission or the armed forces named before ("Theo UNMISS, ... . Lực lượng này cho biết ...": UNMISS;
"Quân đội Mali cho biết ... . Lực lượng này cũng khẳng định ...": the Malian army), as "the
force", "cette force", "esta fuerza" and "phái bộ này" do. "Lực lượng" alone, the first word
of "lực lượng vũ trang" (armed forces) and of many a body's name, stands for no body named
before. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "paragraph, speakers",
    [
        pytest.param("Theo UNMISS, đoàn xe bị chặn ở gần cầu. Lực lượng này cho biết quân đội đã bắn vào xe của họ.",
                     ["UNMISS", "UNMISS"], id="mission-before"),
        pytest.param("Quân đội Mali cho biết đoàn xe bị tấn công. Lực lượng này cũng khẳng định các binh sĩ đã bắn trả.",
                     ["Malian Armed Forces", "Malian Armed Forces"], id="army-before"),
        pytest.param("Theo UNMISS, đoàn xe bị chặn ở gần cầu. Lực lượng vũ trang cho biết quân đội đã bắn vào xe của họ.",
                     ["UNMISS", ""], id="armed-forces-unnamed-is-no-mission"),
        # an armed group named after the mission is the force "this force" points to: no body
        # the quotes know speaks, not the mission
        pytest.param("Phái bộ MONUSCO đã đến Goma hôm thứ Hai. Phong trào M23 đã tấn công một ngôi làng gần Goma. "
                     "Lực lượng này cho biết họ sẽ tiếp tục chiến đấu.", [""], id="armed-group-named-last"),
        # a ministry named after the mission is no force: the mission still
        pytest.param("Theo UNMISS, đoàn xe bị chặn ở gần cầu. Bộ Quốc phòng Việt Nam đã gửi thêm bác sĩ. "
                     "Lực lượng này cho biết quân đội đã bắn vào xe của họ.", ["UNMISS", "UNMISS"], id="ministry-named-last"),
    ],
)
def test_this_force_is_the_mission_or_army_named_before(paragraph, speakers):
    assert [q.speaker for q in quotes_of("vi", paragraph)] == speakers
