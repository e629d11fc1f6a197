"""What the tests of word lists moved from the code into the reference's data files share: the
(key, language) cases of a table of lists, one case each, and the check that a list stands
there as a non-empty list of words."""
from __future__ import annotations

import pytest


def key_language_cases(lists: dict[str, tuple[str, ...]]) -> list:
    """pytest params (key, language), id "key-language", one for each language of each key."""
    return [pytest.param(key, language, id=f"{key}-{language}") for key, languages in lists.items() for language in languages]


def assert_word_list(table: dict, key: str, language: str | None = None) -> None:
    """Fail unless table[key] (table[key][language] when language is given) is a non-empty list
    of non-empty strings."""
    words = table.get(key)
    if language is not None:
        assert isinstance(words, dict), f"{key} is no table per language"
        words = words.get(language)
    assert isinstance(words, list) and words and all(isinstance(w, str) and w for w in words), (key, language)
