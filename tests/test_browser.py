"""The built site in headless Chromium, followed as a reader would: links, timeline filter, offline.
Search is driven in tests/test_search.py."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from conftest import example_project
from newsdossier.datevalue import sort_key

pytestmark = pytest.mark.browser


@pytest.fixture
def reader(page: Page, site_url: str):
    """A browser page that records every request leaving for another host."""
    page.outside = []
    page.on("request", lambda request: urlsplit(request.url).hostname not in ("127.0.0.1", None) and page.outside.append(request.url))
    page.goto(site_url + "/")
    return page


def test_home_leads_to_a_person_with_every_article_and_sentence(reader: Page):
    reader.get_by_role("link", name="Actors", exact=True).first.click()
    expect(reader.locator("h1")).to_contain_text("Actors")
    reader.get_by_role("link", name="Jean-Pierre Lacroix", exact=True).click()
    expect(reader.locator("h1")).to_contain_text("Jean-Pierre Lacroix")
    section = reader.locator("h2:has-text('Articles that mention') + ul > li")
    expect(section).to_have_count(4)
    for item in section.all():
        expect(item.locator("blockquote")).to_contain_text("Lacroix")
    assert reader.outside == []


def test_home_leads_to_a_mission_listing_its_articles(reader: Page):
    reader.get_by_role("link", name="UNISFA", exact=True).first.click()
    expect(reader.locator("h1")).to_contain_text("UNISFA")
    expect(reader.locator("h1")).to_contain_text("FISNUA")
    articles = reader.locator("h2:has-text('Articles') + ul > li")
    assert articles.count() >= 2
    articles.first.locator("a").first.click()
    expect(reader.locator("h2#text")).to_be_visible()
    assert reader.outside == []


def test_the_timeline_is_in_date_order_and_filters_by_mission(reader: Page):
    reader.get_by_role("link", name="Timeline", exact=True).first.click()
    expect(reader.locator("h1")).to_contain_text("Timeline")
    rows = reader.locator(".nd-timeline .nd-row")
    total = rows.count()
    assert total >= len(list((example_project() / "data" / "articles").glob("*.md")))
    keys = [sort_key(row.get_attribute("data-date")) for row in rows.all()]
    assert keys == sorted(keys)
    reader.select_option("#nd-filter-mission", "unisfa")
    visible = reader.locator(".nd-timeline .nd-row:visible")
    # the filter script may run after the choice (it then filters on load): wait for it
    expect(visible).not_to_have_count(total)
    assert 0 < visible.count() < total
    for row in visible.all():
        assert "unisfa" in row.get_attribute("data-missions").split()
    assert reader.outside == []
