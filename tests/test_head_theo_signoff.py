"""A Vietnamese sign-off that opens with "Theo" ("after", "according to") before the writer's
name and the outlet the story was taken from ("Theo Minh Anh/VOV", "Theo Hải Yến (TTXVN)",
"Theo Thu Hà/Báo Ví Dụ") credits that writer and that outlet: "Theo" is no part of the
writer's name. "Theo" before an outlet alone ("Theo TTXVN") credits the outlet and no writer,
and a single hyphenated word after it ("Theo Arms-Expo") is no pair of names.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("signoff", "authors", "source"), [
    ("Theo Minh Anh/VOV", ["Minh Anh"], "Voice of Vietnam"),
    ("Theo Hải Yến (TTXVN)", ["Hải Yến"], "Vietnam News Agency"),
    ("Theo Thu Hà/Báo Ví Dụ", ["Thu Hà"], "Báo Ví Dụ"),
    ("Theo Hồng Nhung - VOV", ["Hồng Nhung"], "Voice of Vietnam"),
    ("Theo Ngọc Lan (Báo Ví Dụ)", ["Ngọc Lan"], "Báo Ví Dụ"),
    # (must not change) the same without "Theo", and "Theo" before an outlet alone
    ("Minh Anh/VOV", ["Minh Anh"], "Voice of Vietnam"),
    ("Theo TTXVN", [], "Vietnam News Agency"),
])
def test_a_theo_signoff_credits_writer_and_outlet(signoff, authors, source):
    text = "\n\n".join([HEADLINE["vi"], LEAD["vi"], MORE["vi"], signoff])
    x = extract(text, today=_TODAY)
    assert x.fields.get("authors", []) == authors
    assert x.fields.get("source", "") == source


@pytest.mark.parametrize("signoff", ["Theo Arms-Expo", "Theo Vi-Du", "Theo Báo-Ví-Dụ"])
def test_theo_before_one_hyphenated_word_names_no_writer(signoff):
    text = "\n\n".join([HEADLINE["vi"], LEAD["vi"], MORE["vi"], signoff])
    x = extract(text, today=_TODAY)
    assert x.fields.get("authors", []) == []
