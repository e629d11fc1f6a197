"""The index tables on a phone (390 px wide), in headless Chromium: the events, missions and
articles lists. Each table fits the screen (nothing scrolls sideways, no column is cut off),
each title or name has the screen's width rather than a column's, and it is still a table for
screen readers (its headers, rows and cells)."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
SHOTS = Path(__file__).parent / "screenshots"

# For the table and each element around it up to the page: (scrollWidth, clientWidth, right edge).
WIDTHS = """() => {
  const out = [];
  for (let el = document.querySelector('article table'); el && el !== document.body; el = el.parentElement) {
    out.push([el.tagName + '.' + el.className, el.scrollWidth, el.clientWidth, el.getBoundingClientRect().right]);
  }
  return out;
}"""


# Each index: its address, its column headers, and the column that holds a title or name.
INDEXES = {
    "events": ("/events/", ["When", "Event", "Where", "Reports"], 2),
    "missions": ("/missions/", ["Mission", "French", "Name", "Where", "Years", "Articles"], 3),
    "articles": ("/articles/", ["Date", "Title", "Source", "Language"], 2),
}


@pytest.fixture(params=list(INDEXES))
def phone(request, browser: Browser, site_url: str):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + INDEXES[request.param][0])
    page.index = request.param
    yield page
    context.close()


def test_on_a_phone_the_index_table_does_not_overflow(phone):
    assert phone.locator("article table").count() == 1
    for name, scroll, client, right in phone.evaluate(WIDTHS):
        assert scroll <= client + 1, f"{name} scrolls sideways: {scroll} px in {client} px"
        assert right <= PHONE["width"], f"{name} ends at {right} px"
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    SHOTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(SHOTS / f"{phone.index}-index-phone.png"), full_page=True)


def test_on_a_phone_each_title_has_the_tables_width(phone):
    table = phone.locator("article table").bounding_box()
    titles = phone.locator("article table tbody a")
    assert titles.count() >= 1
    column = INDEXES[phone.index][2]
    for cell in phone.locator(f"article table tbody tr td:nth-child({column})").all():
        assert cell.bounding_box()["width"] >= 0.8 * table["width"], cell.inner_text()


def test_on_a_phone_the_index_is_still_a_table_for_screen_readers(phone):
    table = phone.get_by_role("table")
    assert table.count() == 1
    headers = INDEXES[phone.index][1]
    assert [h.inner_text() for h in table.get_by_role("columnheader").all()] == headers
    rows = table.get_by_role("row").all()
    assert len(rows) >= 2
    for row in rows[1:]:
        assert row.get_by_role("cell").count() == len(headers), row.inner_text()
