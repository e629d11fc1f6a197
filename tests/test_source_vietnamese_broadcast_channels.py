"""Vietnamese broadcasters' channels credited by their own names: the national radio's
numbered channels ("VOV1", "VOV2", "VOV3", "VOV6") are the Voice of Vietnam, and the news
agency's television channel ("Vnews", "Truyền hình Thông tấn") is the Vietnam News Agency's
(reference sources.yaml), in a source line or a sign-off of any language.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "line", "source"), [
    ("vi", "Nguồn tin: VOV2", "Voice of Vietnam"),
    ("vi", "Nguồn: VOV1", "Voice of Vietnam"),
    ("vi", "Nguồn: Vnews", "Vietnam News Agency"),
    ("vi", "Theo Truyền hình Thông tấn", "Vietnam News Agency"),
    ("en", "Source: Vnews", "Vietnam News Agency"),
    ("fr", "Source : VOV3", "Voice of Vietnam"),
])
def test_channel_credit_names_its_broadcaster(language, line, source):
    text = "\n".join([_HEAD[language], _LEAD[language], _MORE[language], line])
    assert extract(text).fields.get("source") == source
