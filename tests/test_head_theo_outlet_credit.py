""""Theo" before an outlet the reference knows, then its paper or its agency in brackets, under
the text ("Theo Vietnamplus (TTXVN)", "Theo Dân Trí (Báo Dân Trí)"), is a credit line naming
the outlet, not a writer's sign-off: the page's source stays the outlet. "Theo" before a
writer and an outlet ("Theo Minh Anh/VOV") stays a sign-off.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)

_TEXT = ("Lực lượng gìn giữ hòa bình Việt Nam lên đường làm nhiệm vụ\n\n"
         "Sáng 5/12, tại Hà Nội, Bộ Quốc phòng tổ chức lễ xuất quân cho các sĩ quan đi làm nhiệm vụ "
         "gìn giữ hòa bình Liên Hợp Quốc.\n\n"
         "Các sĩ quan sẽ làm nhiệm vụ tại phái bộ ở Nam Sudan trong thời gian một năm.\n\n")

CASES = [
    ("Theo Vietnamplus (TTXVN)", "Vietnam News Agency", []),
    ("Theo Dân Trí (Báo Dân Trí)", "Dân trí", []),
    ("Theo Nhân Dân (Báo Nhân Dân)", "Nhân Dân", []),
    ("Theo Thanh Niên (Báo Thanh Niên)", "Thanh Niên", []),
    # (unchanged) a writer, then the outlet
    ("Theo Minh Anh/VOV", "Voice of Vietnam", ["Minh Anh"]),
    ("Theo Hải Yến (TTXVN)", "Vietnam News Agency", ["Hải Yến"]),
]


@pytest.mark.parametrize(("line", "source", "authors"), CASES)
def test_theo_before_a_known_outlet_credits_it(line, source, authors):
    x = extract(_TEXT + line, today=_TODAY)
    assert (x.fields.get("source", ""), x.fields.get("authors") or []) == (source, authors)
