"""A lead opening on a Vietnamese capital outside Latin-1 ("Ở", "Ủy", "Ước", "Ấn") after a
credit's or a dateline's mark is still a lead: "(Báo Vidupost) - Ở vùng biên giới ..." credits
the outlet in brackets, as "(Báo Vidupost) - Sáng nay ..." does. Lowercase letters ("ở") open no
lead.

Every text is invented for the tests.
"""
from __future__ import annotations

import re

import pytest

from headcases import HEADLINE, MORE
from newsdossier.extract import extract
from newsdossier import segment
from newsdossier.text import VIETNAMESE_CAPITALS

_OPENINGS = [
    "Ở vùng biên giới phía bắc, lực lượng gìn giữ hòa bình tiếp tục tuần tra trong tuần qua.",
    "Ủy ban quân sự của phái bộ đã họp hôm thứ Sáu để bàn kế hoạch tuần tra mới.",
    "Ước tính khoảng mười nghìn binh sĩ đang đóng quân trong khu vực này.",
    "Ấn Độ đã gửi thêm một đại đội công binh tới phái bộ trong tháng này.",
]


@pytest.mark.parametrize("credit", ["VDP", "Báo Vidupost"])
@pytest.mark.parametrize("lead", _OPENINGS)
def test_a_bracketed_credit_before_a_vietnamese_capital_names_the_outlet(credit, lead):
    text = "\n\n".join([HEADLINE["vi"], f"({credit}) - {lead}", MORE["vi"]])
    assert extract(text).fields["source"] == credit


@pytest.mark.parametrize("lead", _OPENINGS)
def test_the_credit_is_not_left_in_the_lead(lead):
    text = "\n\n".join([HEADLINE["vi"], f"(VDP) – {lead}", MORE["vi"]])
    assert extract(text).body[0].startswith(lead[:10])


def test_only_capitals_are_listed():
    assert VIETNAMESE_CAPITALS == VIETNAMESE_CAPITALS.upper()
    assert "ở" not in VIETNAMESE_CAPITALS and "Ở" in VIETNAMESE_CAPITALS


def test_a_bracket_before_a_lowercase_word_credits_no_outlet():
    # (must not change) a bracket closing an aside, the text running on in lowercase
    text = "\n\n".join([HEADLINE["vi"], "(VDP) - ở vùng biên giới phía bắc, lực lượng tiếp tục tuần tra trong tuần qua.", MORE["vi"]])
    assert extract(text).fields["source"] != "VDP"


@pytest.mark.parametrize("opening", ["Ở", "Ủy", "Ước", "Đà", "Élite", "Bangui", "\u201cNous", '"We'])
@pytest.mark.parametrize("lookahead", ["_LEAD_OPENS", "_LEAD_OPENS_NO_GUILLEMET"])
def test_both_lead_openings_take_every_capital(lookahead, opening):
    # one class of capitals (LEAD_CAPITALS) serves every pattern a lead opens after
    assert re.match(getattr(segment, lookahead), opening)


@pytest.mark.parametrize("opening", ["ở", "ủy", "a", "1", "-"])
@pytest.mark.parametrize("lookahead", ["_LEAD_OPENS", "_LEAD_OPENS_NO_GUILLEMET"])
def test_no_lead_opening_takes_a_lowercase_word(lookahead, opening):
    # (must not change) a lowercase letter, a digit or a mark opens no lead
    assert not re.match(getattr(segment, lookahead), opening)


def test_only_the_first_lead_opening_takes_a_guillemet():
    assert re.match(segment._LEAD_OPENS, "\u00ab Nous")
    assert not re.match(segment._LEAD_OPENS_NO_GUILLEMET, "\u00ab Nous")
