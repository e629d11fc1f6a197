"""A dispatch's sign-off or source line glued after the last sentence of the text's last
paragraph, as a copy that lost the line break prints it ("... en la zona. EFE", "... tại
cuộc họp. Nguồn: Báo Ánh Dương"): the outlet credited is the text's source (a news
agency's short form alone in capitals, or an outlet after a credit word, known to the
reference or not), and the words leave the paragraph. A capitalised word closing the text
that is no agency ("OTAN", a body's acronym) credits nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.segment import glued_signoff, segment


def _page(language: str, tail: str) -> str:
    return "\n".join([_HEAD[language], _LEAD[language], _MORE[language] + " " + tail])


@pytest.mark.parametrize(("language", "tail", "source"), [
    ("es", "EFE", "Agencia EFE"),
    ("fr", "AFP", "Agence France-Presse"),
    ("en", "Source: Reuters", "Reuters"),
    ("es", "Fuente: EFE", "Agencia EFE"),
    ("vi", "Nguồn: TTXVN", "Vietnam News Agency"),
    ("vi", "Nguồn: Báo Ánh Dương", "Báo Ánh Dương"),
])
def test_glued_signoff_is_the_source(language, tail, source):
    text = _page(language, tail)
    assert extract(text).fields.get("source") == source
    assert not segment(text).paragraphs[-1].endswith(tail)


@pytest.mark.parametrize(("language", "tail"), [
    ("es", "OTAN"),
    ("fr", "Merci"),
])
def test_closing_word_that_is_no_agency_credits_nothing(language, tail):
    text = _page(language, tail)
    assert extract(text).fields.get("source") in ("", None)


@pytest.mark.parametrize(("tail", "expected"), [
    ("EFE", "EFE"),
    ("Fuente: EFE", "EFE"),
    ("Reuters", None),  # a known outlet in ordinary case may be the sentence's last word
    ("OTAN", None),
    ("Nguồn: Báo Ánh Dương là một tờ báo có rất nhiều bạn đọc", None),
])
def test_glued_signoff(tail, expected):
    assert glued_signoff(tail) == expected
