""""Theo" is a Vietnamese credit word ("after", "according to") and also a given name in English,
French or Spanish. A byline or sign-off "Theo James Walker/Reuters" names a writer called Theo:
the words after "Theo" are no Vietnamese writer's name (a Vietnamese name is made of syllables
that open and close as Vietnamese syllables do: "Minh Anh", "Hải Yến"; "Walker", "Ruiz" do not),
so "Theo" is the writer's own given name. The Vietnamese credits stay as they were.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("language", "signoff", "authors"), [
    ("en", "Theo James Walker/Reuters", ["Theo James Walker"]),
    ("en", "Theo Marcus Hale (Reuters)", ["Theo Marcus Hale"]),
    ("es", "Theo Ruiz Blanco (Reuters)", ["Theo Ruiz Blanco"]),
    ("es", "Theo Martínez Soto/EFE", ["Theo Martínez Soto"]),
    ("fr", "Theo Girard Lemaire/AFP", ["Theo Girard Lemaire"]),
])
def test_theo_opening_a_western_name_is_the_writers_given_name(language, signoff, authors):
    text = "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], signoff])
    x = extract(text, today=_TODAY)
    assert x.fields.get("authors", []) == authors


@pytest.mark.parametrize(("signoff", "authors"), [
    # (must not change) a Vietnamese writer's name after the credit word
    ("Theo Minh Anh/VOV", ["Minh Anh"]),
    ("Theo Hải Yến (TTXVN)", ["Hải Yến"]),
    ("Theo Thanh Tùng/Báo Ví Dụ", ["Thanh Tùng"]),
    ("Theo Ngọc Khánh (TTXVN)", ["Ngọc Khánh"]),
    # (must not change) an outlet after the credit word is no writer
    ("Theo The Guardian", []),
    ("Theo Al Jazeera", []),
])
def test_theo_before_a_vietnamese_name_or_an_outlet_stays_a_credit(signoff, authors):
    text = "\n\n".join([HEADLINE["vi"], LEAD["vi"], MORE["vi"], signoff])
    x = extract(text, today=_TODAY)
    assert x.fields.get("authors", []) == authors
