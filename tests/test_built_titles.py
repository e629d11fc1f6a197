"""The built site's pages keep their titles: `mkdocs build` lets a generated page's Markdown go
once it is HTML (to keep memory down on a large corpus), and the page's <title> and header
still name it by its heading."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

SITE_NAME = "News dossier"


def _first(built_site: Path, pattern: str) -> Path:
    found = sorted(p for p in built_site.glob(pattern) if p.name == "index.html")
    assert found, pattern
    return found[0]


@pytest.mark.parametrize("pattern", ["articles/*/index.html", "actors/*/index.html", "missions/*/index.html",
                                     "events/*/index.html", "timeline/index.html", "index.html"])
def test_a_generated_pages_title_is_its_heading(built_site: Path, pattern: str):
    text = _first(built_site, pattern).read_text(encoding="utf-8")
    title = html.unescape(re.search(r"<title>(.*?)</title>", text, re.S).group(1).strip())
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
    assert heading, pattern
    name = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).replace("¶", "").strip()
    assert title in (f"{name} - {SITE_NAME}", SITE_NAME if pattern == "index.html" else None), (title, name)
