"""A site's web domain in brackets before a dash opening the lead credits the site, written in
lower case as often as capitalised ("(baovidu.vn) - Ngày 12/3, ...", "(elvigia.com.ar) - El
batallón ..."), as "(Baovidu.vn) -" does. Lower-case words in brackets that are no domain
("(en vivo) -") credit no one.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("language", "credit", "source"), [
    ("vi", "(baovidu.vn)", "baovidu.vn"),
    ("vi", "(tinvidu.com.vn)", "tinvidu.com.vn"),
    ("es", "(elvigia.com.ar)", "elvigia.com.ar"),
    ("fr", "(levigilant.ml)", "levigilant.ml"),
    # (must not change) the same capitalised
    ("vi", "(Baovidu.vn)", "Baovidu.vn"),
])
def test_a_lowercase_domain_opening_the_lead_credits_the_site(language, credit, source):
    text = "\n\n".join([HEADLINE[language], f"{credit} - {LEAD[language]}", MORE[language]])
    x = extract(text, today=_TODAY)
    assert x.fields.get("source", "") == source


@pytest.mark.parametrize(("language", "opening"), [
    ("es", "(en vivo)"),
    ("en", "(updated)"),
])
def test_lowercase_words_that_are_no_domain_credit_no_one(language, opening):
    text = "\n\n".join([HEADLINE[language], f"{opening} - {LEAD[language]}", MORE[language]])
    x = extract(text, today=_TODAY)
    assert x.fields.get("source", "") == ""
