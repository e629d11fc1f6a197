"""`mkdocs serve` as a researcher runs it: an edit to data/ shows on reload; broken YAML is
logged, the last good site stays up, and the fix is picked up on the next save. The server is
stopped as a person stops it (Ctrl-C), so it removes the copy of the site it built in the
temporary folder."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import fetch, serving

ARTICLE = "004_5b41338369c89941"  # in the example corpus (tests/corpus/example/)


@pytest.fixture(params=["native", "polling"])
def served(request, normalized: Path, tmp_path: Path):
    """`mkdocs serve` on a copy of the example project, with a temporary folder of its own, with
    each way of noticing changes (the plugin's `watch` option); after the test, the server is
    stopped and must have left nothing in that folder."""
    if request.param != "native":
        config = normalized / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        assert "      templates: templates\n" in text
        config.write_text(text.replace("      templates: templates\n", f"      templates: templates\n      watch: {request.param}\n", 1), encoding="utf-8")
    with serving(normalized, tmp_path / "temp", f"articles/{ARTICLE}/") as server:
        yield normalized, f"{server.base}/articles/{ARTICLE}/", server


def page(html: str | None) -> str | None:
    """The page without the live-reload script's build counters."""
    return re.sub(r"livereload\(\d+, \d+\)", "", html) if html else html


def set_title(project: Path, title: str) -> None:
    path = project / "data" / "articles" / f"{ARTICLE}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M), encoding="utf-8")


def test_an_edit_to_an_article_shows_on_reload(served):
    project, url, server = served
    set_title(project, "A title corrected while the site is served")
    server.wait_for(lambda: "A title corrected while the site is served" in (fetch(url) or ""), "the edited title")


def test_broken_yaml_keeps_the_last_good_site_up_and_the_fix_is_picked_up(served):
    project, url, server = served
    before = fetch(url)
    actors = project / "data" / "actors.yaml"
    good = actors.read_text(encoding="utf-8")
    actors.write_text(good + "\n  - id: [unclosed\n", encoding="utf-8")
    log = project / "serve.log"
    server.wait_for(lambda: "data/actors.yaml" in log.read_text(encoding="utf-8"), "the problem in the log")
    assert page(fetch(url)) == page(before)  # still serving the last good site
    actors.write_text(good, encoding="utf-8")
    set_title(project, "Fixed and edited again")
    server.wait_for(lambda: "Fixed and edited again" in (fetch(url) or ""), "the fix")
    assert "Traceback" not in log.read_text(encoding="utf-8")
