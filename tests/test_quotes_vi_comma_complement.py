"""A bare comma right after a Vietnamese verb of "verbs_needing_complement" opens the words
told only for the verbs of telling and sharing ("Trung tá X kể, những ngày đầu ...", "Chị Y
chia sẻ, ..."; quotes.yaml "comma_complement_verbs"): after "phát biểu" (spoke), "báo cáo"
(reported) and "viết" (wrote) the comma closes the act and the sentence goes on with what
followed it ("phát biểu, sau đó trao quà ...": spoke, then handed out gifts), which no one
said. A colon after any of them still opens the words. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return sorted(q.speaker for q in extract(text, None).quotes)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thiếu tướng Nguyễn Văn Bình phát biểu, sau đó trao quà cho các chiến sĩ của Bệnh viện dã chiến.",
                     id="phat-bieu-then-gifts"),
        pytest.param("Đại tá Trần Văn Nam báo cáo, sau đó các đại biểu thảo luận về kế hoạch triển khai lực lượng.",
                     id="bao-cao-then-discussion"),
        pytest.param("Chị Nguyễn Thị Lan viết, rồi xóa, rồi lại viết thư cho mẹ ở Hà Nội.",
                     id="viet-then-erased"),
    ],
)
def test_a_comma_after_speaking_or_writing_opens_no_words(text):
    assert speakers_of(text) == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Đại tá Trần Văn Nam chia sẻ, những ngày đầu ở Nam Sudan rất khó khăn.",
                     ["Trần Văn Nam"], id="chia-se-comma"),
        pytest.param("Trung tá Phạm Văn Hùng kể, nhiều đêm đơn vị phải trực chiến đến sáng.",
                     ["Phạm Văn Hùng"], id="ke-comma"),
        pytest.param("Thiếu tướng Nguyễn Văn Bình phát biểu: các chiến sĩ đã hoàn thành xuất sắc nhiệm vụ.",
                     ["Nguyễn Văn Bình"], id="phat-bieu-colon"),
    ],
)
def test_the_words_told_follow_a_comma_or_colon(text, speakers):
    assert speakers_of(text) == speakers
