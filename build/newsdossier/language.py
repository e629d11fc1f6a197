"""Which language an article is written in (ISO 639-1)."""
from __future__ import annotations

import re
from functools import lru_cache

import py3langid

from .reference import reference

# A word and what stands before it: a capitalised word not opening a sentence is a name.
_WORD = re.compile(r"(?P<before>^|[.!?:\u2026\"\u201c\u00ab]\s*|\s|[(\[,;\u2013\u2014-])(?P<word>[^\W\d_][\w'\u2019-]*)", re.M)
MIN_COMMON_WORDS = 4  # fewer words left than this: the names are the text, detect on it whole


@lru_cache(maxsize=1)
def _language_words() -> frozenset[str]:
    """Capitalised words that belong to a language, not to a name: month and weekday names
    (reference dates.yaml) and titles (vocabulary "titles"), lowercased with their accents."""
    ref = reference()
    words = {name for table in ref.date_words["months"].values() for month in table for name in month}
    words |= {day for days in ref.date_words["weekdays"].values() for day in days}
    words |= {w for table in ref.vocabulary["titles"].values() for w in table}
    return frozenset(w.lower() for w in words if " " not in w)


def without_names(text: str) -> str:
    """The text without its names: every capitalised word that does not open a sentence or a
    line, and every word in capitals, is left out, but for the month, weekday and title words
    of the reference data ("Jean-Pierre Lacroix met President
    Faustin-Archange Touadéra in Bangui" -> "met in"). Names belong to no language, and a
    short text full of them is classified by their spelling."""
    known = _language_words()
    kept = []
    for match in _WORD.finditer(text):
        word, before = match["word"], match["before"]
        mark = before.strip()[-1:]
        opens = before == "" or (mark != "" and mark in ".!?:\u2026\"\u201c\u00ab")
        if word.lower() in known:  # "Monday", "President", "mars": words of a language, not names
            kept.append(word)
        elif (word.isupper() and len(word) > 1) or (word[:1].isupper() and not opens):
            continue
        else:
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
