"""Vietnamese verbs of sharing and telling ("chia sẻ", "kể lại", "kể") report only with what was
told: a colon, a comma or a quotation after them, "rằng", or the quotation before them. Followed by a story or a topic
("chia sẻ câu chuyện về ...", "kể lại những kỷ niệm ...": shared stories about, recalled
memories), they give no quote (quotes.yaml "verbs_needing_complement"). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Đại tá Trần Văn Bình chia sẻ câu chuyện về những ngày làm nhiệm vụ tại Nam Sudan.", id="chia-se-story"),
        pytest.param("Đại tá Trần Văn Bình kể lại những kỷ niệm về các chiến sĩ ở Abyei.", id="ke-lai-memories"),
        pytest.param("Trung tá Lê Văn Hải kể về chuyến tuần tra đầu tiên ở Bentiu.", id="ke-about"),
    ],
)
def test_a_story_or_topic_is_no_quote(text):
    assert speakers_of(text) == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Đại tá Trần Văn Bình chia sẻ: “Những ngày đầu rất khó khăn”.", ["Trần Văn Bình"], id="chia-se-colon"),
        pytest.param("Đại tá Trần Văn Bình chia sẻ rằng những ngày đầu rất khó khăn.", ["Trần Văn Bình"], id="chia-se-rang"),
        pytest.param("“Chúng tôi luôn sẵn sàng”, Đại tá Trần Văn Bình kể.", ["Trần Văn Bình"], id="ke-after-quote"),
        pytest.param("Đại tá Trần Văn Bình kể lại rằng đoàn xe đã bị tấn công.", ["Trần Văn Bình"], id="ke-lai-rang"),
        pytest.param("Trung tá Lê Văn Hải kể, những ngày đầu ở Bentiu rất khó khăn.", ["Lê Văn Hải"], id="ke-comma"),
    ],
)
def test_what_was_told_is_a_quote(text, speakers):
    assert speakers_of(text) == speakers
