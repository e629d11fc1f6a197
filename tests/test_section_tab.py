"""A generated page that the menus do not list (an actor's, a mission's, an article's...) shows
the tab of the section it belongs to as the current one, as the section's own index page does:
the reader sees where they are. The section is the menu page whose address is the first folder
of the page's ("actors/x/" belongs to "actors/"; "quotes/actors/x/" to "quotes/")."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from newsdossier.plugin import section_of


def _active_tabs(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    items = re.findall(r'<li class="md-tabs__item md-tabs__item--active">\s*<a [^>]*>(.*?)</a>', text, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", item)).strip() for item in items]


def _an_entry(built_site: Path, folder: str) -> Path:
    found = sorted(p for p in (built_site / folder).glob("*/**/index.html"))
    assert found, folder
    return found[0]


@pytest.mark.parametrize("folder", ["actors", "missions", "events", "articles", "quotes"])
def test_an_entry_page_shows_its_sections_tab(built_site: Path, folder: str):
    section_tabs = _active_tabs(built_site / folder / "index.html")
    assert len(section_tabs) == 1, section_tabs
    assert _active_tabs(_an_entry(built_site, folder)) == section_tabs


def test_only_one_tab_is_current_on_every_page(built_site: Path):
    pages = [p for p in built_site.rglob("index.html") if not p.relative_to(built_site).parts[0] in ("seeds", "data")]
    assert pages
    assert {p.relative_to(built_site).as_posix(): len(_active_tabs(p)) for p in pages if len(_active_tabs(p)) > 1} == {}


@pytest.mark.parametrize(
    ("src_uri", "expected"),
    [
        pytest.param("actors/jane-doe.md", "actors/index.md", id="an-entry-of-a-folder-section"),
        pytest.param("quotes/actors/jane-doe.md", "quotes.md", id="an-entry-of-a-page-section"),
        pytest.param("timeline/2019.md", "timeline.md", id="a-part-of-a-long-list"),
        pytest.param("actors/index.md", None, id="the-section-itself"),
        pytest.param("quotes.md", None, id="a-page-section-itself"),
        pytest.param("notes/today.md", None, id="a-folder-no-menu-names"),
        pytest.param("index.md", None, id="the-home-page"),
    ],
)
def test_section_of(src_uri, expected):
    menu = ["index.md", "timeline.md", "actors/index.md", "quotes.md"]
    assert section_of(src_uri, menu) == expected
