"""The built site in headless Chromium, followed as a reader would: links, offline.
Search is driven in tests/test_search.py, the timeline in tests/test_timeline.py."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect


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
