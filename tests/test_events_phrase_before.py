"""events._phrase_before: a word of a vocabulary list right before an offset of the sentence (a
date, a noun), within a reach of characters and with only a gap's words between; the one helper
of subject_since_date, _after_period_start and lasting_war's two checks of words before the
noun. Every sentence is invented for the tests.
"""
from __future__ import annotations

import re

import pytest

from newsdossier.events import _phrase_before

_LIST = re.compile(r"(?<![\w-])(?:since|declared|before)(?![\w-])")
_ARTICLE_GAP = r"\s+(?:[^\W\d]{1,3}\s+)?"


def _before(sentence: str, word: str, reach: int = 30, gap: str = r"\s*"):
    return _phrase_before(_LIST, sentence, sentence.index(word), reach, gap)


@pytest.mark.parametrize("sentence, word, gap, found", [
    ("the road had been shut since 11 May", "11", r"\s*", "since"),
    ("the rebels declared war on the garrison", "war", _ARTICLE_GAP, "declared"),
    ("the rebels declared a war on the garrison", "war", _ARTICLE_GAP, "declared"),
    ("before the war broke out the town was calm", "war", r"(?:\s+[^\W\d][\w'-]*){0,2}\s+", "before"),
    ("since 2 June and since 11 May the road was shut", "11", r"\s*", "since"),
    ("since then to 11 towns", "11", r".*", "since"),  # within reach, any gap
])
def test_a_listed_word_right_before_the_offset_is_found(sentence, word, gap, found):
    match = _before(sentence, word, gap=gap)
    assert match is not None and match.group() == found and match.end() <= sentence.index(word)


@pytest.mark.parametrize("sentence, word, gap", [
    ("the road had been shut since early 11 May", "11", r"\s*"),  # a word between, no gap allows it
    ("the rebels declared a long war on the garrison", "war", _ARTICLE_GAP),  # more than an article
    ("since then the ministers have travelled widely to 11 towns", "11", r".*"),  # out of reach
    ("the road had been shut for weeks by 11 May", "11", r"\s*"),  # no listed word
])
def test_no_listed_word_with_more_between_or_too_far(sentence, word, gap):
    # (must not change)
    assert _before(sentence, word, gap=gap) is None


def test_no_list_finds_nothing():
    assert _phrase_before(None, "since 11 May", 6, 30) is None
