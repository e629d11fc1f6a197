"""Two Vietnamese outlets the sources reference lists: Dân Việt (danviet.vn) and Thời Đại
(thoidai.com.vn). A page's copyright line, its "follow us" line or its address naming either
gives the reference's name, however the page spells it ("Báo điện tử Dân Việt",
"thoidai.com.vn"); "dân Việt" (the Vietnamese people) and "thời đại" (an era) in the running
text name no outlet.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD
from newsdossier.extract import extract

_MORE = "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực."


@pytest.mark.parametrize(("furniture", "source"), [
    ("© Bản quyền thuộc về Báo điện tử Dân Việt.", "Dân Việt"),
    ("Theo dõi thoidai.com.vn trên", "Thời Đại"),
    ("© 2020 Báo Thời Đại. Bảo lưu mọi quyền.", "Thời Đại"),
])
def test_the_outlet_the_furniture_names_takes_the_reference_s_name(furniture, source):
    text = "\n".join([HEADLINE["vi"], LEAD["vi"], _MORE, furniture])
    assert extract(text).fields["source"] == source


def test_the_words_in_running_text_name_no_outlet():
    text = "\n".join([HEADLINE["vi"], LEAD["vi"], "Hình ảnh người dân Việt Nam trong thời đại mới được bạn bè quý mến.", _MORE])
    assert extract(text).fields["source"] == ""
