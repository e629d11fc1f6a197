"""What the interview tests share (an interview printed as questions and answers): the page
built from its paragraphs, and the quotes extract finds in it. Every text the tests pass is
written for them."""
from __future__ import annotations

from newsdossier.extract import extract


def interview(*paragraphs: str) -> str:
    """An article's text from its paragraphs (the first opening on its dateline): a blank line
    between two, a line end after the last."""
    return "\n\n".join(paragraphs) + "\n"


def quotes_of(text: str) -> list[tuple[str, str]]:
    """(speaker, sentence) of each quote extract finds in text, in order."""
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]
