"""A Vietnamese month written as a word after "tháng" ("tháng Ba", March) is a month, but the
same word followed by another capitalised word opens a proper name after a count of months
("sau sáu tháng Ba Lan ...": six months, then Poland; "tháng Hai Bà Trưng": a district's name).
"tháng Ba Năm 2024" (the year's word before a year) and two-word months stay months.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates

NAMES = [
    "Sau 6 tháng Ba Lan đã tiếp nhận thêm hai nghìn người tị nạn.",
    "Trong 3 tháng Hai Bà Trưng ghi nhận nhiều dự án mới.",
    "Mất 4 tháng Ba Vì mới hoàn thành con đường.",
]


@pytest.mark.parametrize("sentence", NAMES)
def test_a_month_word_opening_a_name_is_no_month(sentence):
    assert [d.text for d in find_dates(sentence)] == []


MONTHS = [
    ("Đầu tháng Ba, Hà Nội đón đoàn công tác.", 3),
    ("Hội nghị diễn ra vào tháng Ba Năm 2024 tại thủ đô.", 3),
    ("Cuối tháng Mười Một các bên sẽ gặp lại.", 11),
    ("Phái bộ rút quân trong tháng Hai vừa qua.", 2),
]


@pytest.mark.parametrize(("sentence", "month"), MONTHS)
def test_a_month_word_is_still_a_month(sentence, month):
    assert [d.value.month for d in find_dates(sentence)] == [month]
