"""The box of facts at the top of an article's, actor's, mission's and event's page, in headless
Chromium: its lines start at the box's own padding, without the indent and bullets of a list,
on a desktop and on a phone screen (390 px), where the indent would cost a line in eight."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

# The left edge of the box's first line, from the box's left edge, and the box's own left
# padding and border, in CSS pixels.
OFFSET = """() => {
  const box = document.querySelector('.nd-meta'), line = box.querySelector('li');
  const style = getComputedStyle(box);
  return [line.getBoundingClientRect().left - box.getBoundingClientRect().left,
          parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
          getComputedStyle(line).listStyleType, getComputedStyle(line.parentElement).listStyleType];
}"""


def _first_page(site: Path, section: str) -> str:
    return "/" + next(p.parent for p in sorted((site / section).glob("*/index.html"))
                      if 'class="nd-meta"' in p.read_text(encoding="utf-8")).relative_to(site).as_posix() + "/"


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
@pytest.mark.parametrize("section", ["articles", "actors", "missions", "events"])
def test_the_facts_box_lines_start_at_its_padding(browser: Browser, site_url: str, built_site: Path, section, width):
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.goto(site_url + _first_page(built_site, section))
    offset, padding, item_style, list_style = page.evaluate(OFFSET)
    context.close()
    assert "none" in (item_style, list_style)
    assert offset <= padding + 1, f"the facts start {offset - padding:.0f} px inside the box's padding"
