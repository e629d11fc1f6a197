"""Evidence shown beside a link: the sentence that names an entity, its mention marked, shortened at words."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence longer than this (in characters) is shown as a window of whole words around its
# first mention, with an ellipsis where words are left out; shorter ones are shown whole.
EXCERPT_LIMIT = 400
ELLIPSIS = "\u2026"
# Where in an article a sentence was found: its text, a photo caption or its headline.
WHERE = ("text", "caption", "title")
# Extraction writes an inferred mission's reason as a statement and, in parentheses and
# quotes, the start of the sentence it rests on (extract._implied_missions).
_QUOTED_TAIL = re.compile(r"\s*\(\u201c[^\u201d]*\u201d\)\s*$")


@dataclass(frozen=True)
class Evidence:
    """A sentence of an article and where an entity (or event participant) is named in it.

    sentence: the whole sentence as the article prints it; marks: (start, end) character
    offsets in `sentence` of each mention, in order, not overlapping; where: one of WHERE."""

    sentence: str
    marks: tuple[tuple[int, int], ...] = ()
    where: str = "text"


def merge_marks(marks, length: int) -> tuple[tuple[int, int], ...]:
    """Marks sorted, clipped to 0..length and overlapping ones joined: [(5, 9), (0, 3), (8, 12)]
    -> ((0, 3), (5, 12))."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in marks):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def _word_start(text: str, at: int, limit: int) -> int:
    """The first offset in at..limit that starts a word (at itself when it does); when no word
    starts there, the start of the word `at` falls in."""
    if at <= 0 or text[at - 1].isspace():
        return at
    space = re.compile(r"\s+").search(text, at, limit)
    if space:
        return space.end()
    before = max((m.end() for m in re.finditer(r"\s+", text[:at])), default=0)
    return before


def _word_end(text: str, at: int, floor: int) -> int:
    """The last offset in floor..at that ends a word (at itself when it does); when no word
    ends there, the end of the word `at` falls in."""
    if at >= len(text) or text[at].isspace():
        return at
    cut = max((m.start() for m in re.finditer(r"\s+", text[floor:at])), default=None)
    if cut is not None and floor + cut > 0:
        return floor + cut
    after = re.compile(r"\s").search(text, at)
    return after.start() if after else len(text)


def excerpt(sentence: str, marks=(), limit: int = EXCERPT_LIMIT) -> list[tuple[str, bool]]:
    """The sentence as pieces to show, (text, marked?) in order; joined they give the sentence,
    or when it is longer than `limit` characters a window of whole words around its first
    mark with ELLIPSIS where words are left out (never a word cut). A mark cut by the window
    is kept to the window's end. Example: excerpt("Vietnam sent troops.", [(0, 7)]) ->
    [("Vietnam", True), (" sent troops.", False)]."""
    marks = merge_marks(marks, len(sentence))
    lo, hi = 0, len(sentence)
    if hi > limit:
        first_start, first_end = marks[0] if marks else (0, 0)
        room = max(0, limit - (first_end - first_start))
        lo = max(0, first_start - room // 2)
        hi = min(len(sentence), lo + limit)
        lo = max(0, min(lo, hi - limit))
        lo = _word_start(sentence, lo, first_start if marks else hi)
        hi = _word_end(sentence, hi, first_end if marks else lo)
    pieces: list[tuple[str, bool]] = [(ELLIPSIS + " ", False)] if lo > 0 else []
    cursor = lo
    for start, end in marks:
        start, end = max(start, lo), min(end, hi)
        if start >= end:
            continue
        if start > cursor:
            pieces.append((sentence[cursor:start], False))
        pieces.append((sentence[start:end], True))
        cursor = end
    if hi > cursor:
        pieces.append((sentence[cursor:hi], False))
    if hi < len(sentence):
        pieces.append((" " + ELLIPSIS, False))
    return [(text, marked) for text, marked in pieces if text]


def reason_statement(reason: str | None) -> str:
    """An inferred mission's reason without the quoted start of its sentence, for a page that
    shows the whole sentence beside it: 'X is named ... there (\u201cX hailed ...\u201d)' ->
    'X is named ... there'. '' for no reason."""
    return _QUOTED_TAIL.sub("", reason or "")
