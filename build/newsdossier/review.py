"""What needs a human: texts that look truncated or duplicated, derived from the corpus in one pass."""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .corpus import Article, Corpus
from .text import fold

# A text ends where a sentence ends: a full stop, a question or exclamation mark, maybe in
# quotes or brackets. An ellipsis is where a page cut the article short ("Read more...").
_ENDS_A_SENTENCE = re.compile(r"[.!?。！？][\"'”’»)\]]*\s*$")
_ENDS_CUT = re.compile(r"(\.\.\.|…)[\"'”’»)\]]*\s*$")
# Paragraphs shorter than this say too little to call two texts the same ("Photo: Reuters").
MIN_PARAGRAPH_CHARS = 60
# Share of an article's paragraphs found in another article that makes it a near copy.
NEAR_COPY_SHARE = 0.8
# A paragraph printed by more articles than this is page furniture, not a sign of copying
# (and comparing every pair of its holders would grow with the square of the corpus).
MAX_HOLDERS = 20


@dataclass
class Finding:
    article: Article
    why: str
    other: Article | None = None


def _paragraphs(article: Article) -> list[str]:
    return [p.strip() for p in article.body.split("\n\n") if p.strip()]


def truncated(article: Article) -> str | None:
    """Why the text looks cut short, or None."""
    paragraphs = [p for p in _paragraphs(article) if not p.startswith("## ")]
    if not paragraphs:
        return "no text"
    last = paragraphs[-1]
    if _ENDS_CUT.search(last):
        return "the text ends with an ellipsis"
    if not _ENDS_A_SENTENCE.search(last):
        return "the text ends in the middle of a sentence"
    return None


@lru_cache(maxsize=16384)
def _paragraph_keys(body: str) -> tuple[str, ...]:
    """A hash of each long paragraph, compared folded (case, accents and spacing aside)."""
    return tuple(
        hashlib.blake2b(" ".join(fold(p).split()).encode("utf-8"), digest_size=12).hexdigest()
        for p in (p.strip() for p in body.split("\n\n")) if len(p) >= MIN_PARAGRAPH_CHARS
    )


def duplicates(corpus: Corpus) -> list[Finding]:
    """Articles whose text repeats a paragraph, or is (nearly) the text of another article.
    Paragraphs are hashed once; only articles that share a paragraph are compared."""
    findings: list[Finding] = []
    holders: dict[str, list[str]] = defaultdict(list)
    keys: dict[str, list[str]] = {}
    for article in sorted(corpus.articles.values(), key=lambda a: a.id):
        own = list(_paragraph_keys(article.body))
        keys[article.id] = own
        if len(own) != len(set(own)):
            findings.append(Finding(article, "a paragraph of the text is repeated"))
        for key in dict.fromkeys(own):
            holders[key].append(article.id)
    for article_id, own in keys.items():
        if not own:
            continue
        shared: dict[str, int] = defaultdict(int)
        for key in set(own):
            if len(holders[key]) > MAX_HOLDERS:
                continue
            for other in holders[key]:
                if other < article_id:  # each pair once, reported on the later id
                    shared[other] += 1
        for other_id, count in sorted(shared.items()):
            mine, theirs = set(own), set(keys[other_id])
            if mine == theirs:
                findings.append(Finding(corpus.articles[article_id], "the same text as", corpus.articles[other_id]))
            elif count >= NEAR_COPY_SHARE * min(len(mine), len(theirs)):
                findings.append(Finding(corpus.articles[article_id], "nearly the text of", corpus.articles[other_id]))
    return findings
