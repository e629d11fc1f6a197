"""A Vietnamese lead often opens on the article's own day, a word for today and the day and
month in figures, maybe in brackets: "(Đài) - Hôm nay (19/11), ...", "Sáng nay 1/10, ...". The
day and month after that word were read as no date (a bare "1/10" may be a fraction), and a
page printing no other date had none. A fraction after other words stays no date.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, MORE
from newsdossier.dates import find_dates
from newsdossier.extract import extract

OPENINGS = [
    ("(Đài Ví Dụ) - Hôm nay (19/11), đơn vị công binh rời Hà Nội lên đường làm nhiệm vụ.", 11, 19),
    ("Hôm nay 1/10, bệnh viện dã chiến lên đường nhận nhiệm vụ tại phái bộ.", 10, 1),
    ("Sáng nay 3/5, các sĩ quan nhận quyết định tham gia gìn giữ hòa bình.", 5, 3),
    ("Chiều nay (12/6), đoàn công tác trở về nước sau một năm làm nhiệm vụ.", 6, 12),
]


@pytest.mark.parametrize("sentence,month,day", OPENINGS, ids=["hom-nay-bracket", "hom-nay", "sang-nay", "chieu-nay-bracket"])
def test_the_day_after_a_word_for_today_is_a_date(sentence, month, day):
    days = [(d.value.month, d.value.day) for d in find_dates(sentence) if d.kind == "date"]
    assert (month, day) in days


@pytest.mark.parametrize("sentence,month,day", OPENINGS, ids=["hom-nay-bracket", "hom-nay", "sang-nay", "chieu-nay-bracket"])
def test_that_day_is_the_article_s_own(sentence, month, day):
    extraction = extract("\n\n".join([HEADLINE["vi"], sentence, MORE["vi"]]))
    assert extraction.determined_date == f"XXXX-{month:02d}-{day:02d}"


@pytest.mark.parametrize("sentence", [
    "Hôm nay có 1/10 số binh sĩ ở lại căn cứ.",
    "Số lính ở lại chỉ bằng 1/10 so với năm ngoái.",
    # "tới nay" (up to now) and "tôi nay" fold as "tối nay" (tonight) does: a word differing
    # from a listed one by its marks is another word, and the figures after it a fraction
    "Từ năm 2015 tới nay 2/3 quân số của đơn vị đã luân phiên.",
    "Từ đó tới nay 1/3 số sĩ quan đã về nước.",
], ids=["after-co", "after-bang", "toi-nay-up-to-now", "toi-nay-up-to-now-bare"])
def test_a_fraction_after_other_words_is_no_date(sentence):
    # (must not change)
    assert not [d for d in find_dates(sentence) if d.kind == "date"]


@pytest.mark.parametrize("sentence,month,day", [
    ("Toi nay 20/11, doan cong tac len duong.", 11, 20),
    ("Hom nay (19/11), don vi len duong.", 11, 19),
], ids=["toi-nay-unmarked", "hom-nay-unmarked"])
def test_a_word_for_today_typed_without_diacritics_still_dates(sentence, month, day):
    # (must not change) a text typed without any diacritics reads its words as listed
    days = [(d.value.month, d.value.day) for d in find_dates(sentence) if d.kind == "date"]
    assert (month, day) in days
