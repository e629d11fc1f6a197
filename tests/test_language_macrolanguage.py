"""A language py3langid names with no ISO 639-1 code is the macrolanguage's (a few Han
characters of a Chinese text read as Wu Chinese, "wuu", are "zh") or "und"; and a page names
a language CLDR or ISO 639-3 names, where babel has no locale of it, by that name, not by its
code ("wuu" printed as "Wu Chinese", not "wuu")."""
from __future__ import annotations

import pytest

from newsdossier.language import detect_language, iso_639_1
from newsdossier.names import language_name


@pytest.mark.parametrize("text", ["中国军人", "联合国秘书长古特雷斯", "中国第10批赴马里维和部队"])
def test_a_short_chinese_text_is_chinese_not_wu(text):
    assert detect_language(text) == "zh"


@pytest.mark.parametrize(("code", "expected"), [("wuu", "zh"), ("yue", "zh"), ("arz", "ar"), ("ary", "ar"),
                                                 ("zxx", "und"), ("hbo", "und"), ("fr", "fr"), ("vi", "vi")])
def test_a_detected_code_is_iso_639_1_or_und(code, expected):
    assert iso_639_1(code) == expected


@pytest.mark.parametrize(("code", "name"), [("wuu", "Wu Chinese"), ("hbo", "Ancient Hebrew"), ("uzs", "Southern Uzbek"),
                                             ("fr", "French"), ("pt-BR", "Portuguese (Brazil)"), ("und", "unknown"),
                                             ("qqq", "qqq")])
def test_a_language_babel_has_no_locale_of_is_named(code, name):
    assert language_name(code) == name
