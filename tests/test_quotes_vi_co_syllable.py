"""Vietnamese "cô" is a pronoun for a woman named before only where it stands alone: right
before a speech verb ("cô cho biết") or closing its phrase. It is also the first syllable of
common words ("bị cô lập" isolated, "cô đơn" lonely, "cô giáo" the teacher, "cô gái", "cô bé",
"cô dâu") and the title of a given name ("cô Mai"): there it stands for no one named before,
and the woman named before does not speak the sentence (tests/corpus/README.md: a pronoun's
speaker is the person it stands for). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

WOMAN = "Bà Trần Thị Hạnh, người phát ngôn Bộ Y tế, đã phát biểu tại hội nghị ở Hà Nội. "


def speakers(text: str) -> list[str]:
    """The speakers of the quotes of the sentence after WOMAN's."""
    return [q.speaker for q in extract(text, None).quotes if not q.sentence.startswith(WOMAN.strip())]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Người dân ở xã bị cô lập cho biết họ thiếu lương thực.", id="co-lap"),
        pytest.param("Cô giáo của các em nói rằng trường sẽ đóng cửa.", id="co-giao"),
        pytest.param("Nhiều người lính nói cô đơn là điều khó nhất khi ở xa nhà.", id="co-don"),
        pytest.param("Các cô gái trong làng cho biết họ không dám ra đồng.", id="co-gai"),
        pytest.param("Cô bé 12 tuổi cho biết em rất sợ tiếng súng.", id="co-be"),
        pytest.param("“Chúng tôi sẽ quay lại”, cô Lan, một y tá, nói.", id="co-given-name"),
    ],
)
def test_co_opening_a_word_stands_for_no_one(sentence):
    assert "Trần Thị Hạnh" not in speakers(WOMAN + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Cô cho biết bệnh viện đã nhận thêm thuốc.", id="co-cho-biet"),
        pytest.param("Cô cũng nói rằng bệnh viện đã nhận thêm thuốc.", id="co-cung-noi"),
        pytest.param("“Chúng tôi cần thêm thuốc”, cô nói.", id="quote-co-noi"),
        pytest.param("Cô còn chia sẻ rằng bệnh viện đã nhận thêm thuốc.", id="co-con-chia-se"),
        pytest.param("Cô vẫn cho biết bệnh viện thiếu thuốc.", id="co-van-cho-biet"),
    ],
)
def test_co_alone_still_stands_for_the_woman(sentence):
    assert speakers(WOMAN + sentence)[-1] == "Trần Thị Hạnh"
