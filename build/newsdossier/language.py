"""Which language an article is written in (ISO 639-1)."""
from __future__ import annotations

import py3langid


def detect_language(text: str) -> str:
    code, _score = py3langid.classify(text[:5000])
    return code
