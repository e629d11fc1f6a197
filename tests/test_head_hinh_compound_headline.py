"""A Vietnamese headline opening on a compound ending in "hình" before a colon ("Tình hình: ...",
"Địa hình: ...", "Mô hình: ...") is the headline: "Hình:" credits a picture only as a word of its
own after a bracket or a sentence's stop or dash ("... (Hình: Example)", "... - Hình: T.H."),
as vocabulary photo_credit_colon_words is read. (test_head_caption_credit_initials holds the
captions that close on such a credit.)

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize("headline", [
    pytest.param("Tình hình: căng thẳng gia tăng quanh căn cứ ở miền bắc", id="tinh-hinh"),
    pytest.param("Địa hình: đồi núi hiểm trở trên đường tuần tra", id="dia-hinh"),
    pytest.param("Mô hình: bệnh viện dã chiến cấp hai của phái bộ", id="mo-hinh"),
    pytest.param("Truyền hình: phóng sự về lính gìn giữ hòa bình", id="truyen-hinh"),
])
def test_a_headline_with_a_hinh_compound_stays_the_headline(headline):
    fields = extract("\n".join([headline, _LEAD["vi"], _MORE["vi"]])).fields
    assert fields["title"] == headline
