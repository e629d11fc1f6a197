"""Which language an article is written in (ISO 639-1)."""
from __future__ import annotations

import re

import py3langid

# A word and what stands before it: a capitalised word not opening a sentence is a name.
_WORD = re.compile(r"(?P<before>^|[.!?:\u2026\"\u201c\u00ab]\s*|\s|[(\[,;\u2013\u2014-])(?P<word>[^\W\d_][\w'\u2019-]*)", re.M)
MIN_COMMON_WORDS = 4  # fewer words left than this: the names are the text, detect on it whole


def without_names(text: str) -> str:
    """The text without its names: every capitalised word that does not open a sentence or a
    line, and every word in capitals, is left out ("Jean-Pierre Lacroix met President
    Faustin-Archange Touadéra in Bangui" -> "met in"). Names belong to no language, and a
    short text full of them is classified by their spelling."""
    kept = []
    for match in _WORD.finditer(text):
        word, before = match["word"], match["before"]
        mark = before.strip()[-1:]
        opens = before == "" or (mark != "" and mark in ".!?:\u2026\"\u201c\u00ab")
        if word.isupper() and len(word) > 1:
            continue
        if word[:1].isupper() and not opens:
            continue
        kept.append(word)
    return " ".join(kept)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language of the text, by py3langid (Lui & Baldwin, langid.py,
    ACL 2012) on the text with its names left out (without_names); on the whole text when
    too little is left."""
    sample = text[:5000]
    common = without_names(sample)
    code, _score = py3langid.classify(common if len(common.split()) >= MIN_COMMON_WORDS else sample)
    return code
