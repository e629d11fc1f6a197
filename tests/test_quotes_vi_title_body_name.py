"""Quotes in Vietnamese, whose titles go before the body they are of: a clause opening on a
title, its body and a person's name ("Tổng Thư ký Liên hợp quốc X", "Trưởng phái bộ UNMISS
X"), whose speech verb comes after a coordinating word ("... thăm bệnh viện và cho biết"),
has the person for subject, not the body qualifying the title, as "UN Secretary-General X
visited the camp and said" has in English. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Tổng Thư ký Liên hợp quốc António Guterres lên án mạnh mẽ vụ tấn công và kêu gọi chính quyền Mali nhanh chóng điều tra.",
                     "António Guterres", id="tong-thu-ky-lhq"),
        pytest.param("Trưởng phái bộ UNMISS Nicholas Haysom thăm bệnh viện và cho biết đơn vị Việt Nam đã hoàn thành tốt nhiệm vụ.",
                     "Nicholas Haysom", id="truong-phai-bo-unmiss"),
        pytest.param("Hôm qua, Tư lệnh phái bộ UNISFA Robert Yaw Affram thăm doanh trại và nhấn mạnh công binh Việt Nam đã làm việc rất tốt.",
                     "Robert Yaw Affram", id="after-opening-phrase"),
    ],
)
def test_the_titled_person_after_the_body_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_body_with_no_person_after_it_still_speaks():
    text = "Phái bộ UNMISS thăm bệnh viện và cho biết đơn vị Việt Nam đã hoàn thành tốt nhiệm vụ."
    assert speakers_of(text) == ["UNMISS"]
