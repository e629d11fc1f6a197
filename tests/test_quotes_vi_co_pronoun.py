"""Vietnamese "cô" (and "cô ấy"), the pronoun for a woman named before, stands for her as "bà"
and "chị" do: the words a quotation closes on with "cô nói" or "cô cho biết" are the last
woman's named (tests/corpus/README.md: a pronoun's speaker is the person it stands for), not
no one's. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bác sĩ Marie Dubois, người đứng đầu bệnh viện ở Bunia, cho biết bệnh viện đã tiếp nhận nhiều người "
                     "bị thương. “Nhiều người đã tử vong trên đường”, cô nói.", id="co-noi"),
        pytest.param("Bác sĩ Marie Dubois, người đứng đầu bệnh viện ở Bunia, cho biết bệnh viện đã tiếp nhận nhiều người "
                     "bị thương. “Chúng tôi thiếu thuốc men”, cô ấy nói.", id="co-ay-noi"),
        pytest.param("Bác sĩ Marie Dubois làm việc tại bệnh viện ở Bunia. Cô cho biết bệnh viện đã tiếp nhận nhiều người "
                     "bị thương.", id="co-cho-biet-opening"),
    ],
)
def test_co_stands_for_the_woman_named_before(text):
    assert speakers(text)[-1] == "Marie Dubois"


@pytest.mark.parametrize(
    "text",
    [
        # a man named last: "cô" (a woman) does not stand for him
        pytest.param("Bác sĩ Marie Dubois làm việc tại bệnh viện ở Bunia. Ông Paul Durand, chỉ huy lực lượng, cho biết "
                     "tình hình đã ổn định. “Chúng tôi thiếu thuốc men”, cô nói.", id="co-skips-man"),
    ],
)
def test_co_skips_a_man_named_after(text):
    assert speakers(text)[-1] == "Marie Dubois"
