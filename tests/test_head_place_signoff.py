"""A place's name printed in capitals alone under the text ("THANH HÓA", "NGHỆ AN", "GAO")
signs the place the story was filed from, not a writer: a place the gazetteer knows (a
province of Viet Nam among them) is no byline. A writer's name in capitals stays a writer's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.segment import signature


def _page(language: str, signoff: str) -> str:
    return "\n".join([_HEAD[language], _LEAD[language], _MORE[language], signoff])


@pytest.mark.parametrize(("language", "signoff"), [
    ("vi", "THANH HÓA"),
    ("vi", "NGHỆ AN"),
    ("vi", "Quảng Ngãi"),
    ("en", "GAO"),
    ("fr", "GAO"),
])
def test_a_place_signing_the_text_is_no_writer(language, signoff):
    assert extract(_page(language, signoff)).fields["authors"] == []
    assert signature(signoff) is None


@pytest.mark.parametrize(("language", "signoff", "writer"), [
    # (must not change) a writer's name signed in capitals
    ("en", "JANE ROE", "Jane Roe"),
    ("vi", "Minh Anh", "Minh Anh"),
])
def test_a_writer_signing_the_text_stays_the_writer(language, signoff, writer):
    assert signature(signoff) == writer
