"""The quotes and network pages in headless Chromium, with and without JavaScript, on a desktop
and a phone screen, light and dark. Screenshots go to tests/screenshots/ (git-ignored)."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).parent / "screenshots"
SCREENS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def _page(browser: Browser, screen: str = "desktop", scheme: str = "light", javascript: bool = True) -> Page:
    context = browser.new_context(viewport=SCREENS[screen], color_scheme=scheme, java_script_enabled=javascript)
    page = context.new_page()
    page.outside, page.errors = [], []
    page.on("request", lambda r: urlsplit(r.url).hostname not in ("127.0.0.1", None) and page.outside.append(r.url))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize(("screen", "scheme"), [("desktop", "light"), ("desktop", "dark"), ("phone", "light"), ("phone", "dark")])
def test_the_network_page_shows_the_drawing_and_the_list(browser: Browser, site_url: str, screen: str, scheme: str):
    page = _page(browser, screen, scheme)
    page.goto(site_url + "/network/")
    drawing = page.locator("figure.nd-network svg[role=img]")
    expect(drawing).to_be_visible()
    label = drawing.get_attribute("aria-label")  # "...: 27 actors and missions, 120 ties. ..."
    nodes, edges = (int(n) for n in re.search(r"(\d+) actors and missions, (\d+) ties", label).groups())
    expect(drawing.locator("g.nd-nodes > *")).to_have_count(nodes)
    expect(drawing.locator("g.nd-labels text")).to_have_count(nodes)
    assert drawing.locator("g.nd-edges path").count() >= 1
    ties = page.locator("h2#ties ~ .nd-ties > ul > li")
    expect(ties).to_have_count(edges)
    expect(ties.first.locator("a[href*='articles/']").first).to_be_visible()
    box = drawing.bounding_box()
    assert box["width"] > 300 and box["height"] > 200
    # on a phone the drawing scrolls in its own box: the page itself does not overflow
    assert page.evaluate("document.documentElement.scrollWidth") <= SCREENS[screen]["width"]
    drawing.scroll_into_view_if_needed()
    _shot(page, f"network-{screen}-{scheme}")
    assert page.outside == [] and page.errors == []


# The boxes of the drawing's labels and nodes as the browser draws them, and which overlap:
# ["label", a, b] when two labels do, ["node", label, i] when a label covers another node.
OVERLAPS = """() => {
  const svg = document.querySelector('figure.nd-network svg');
  const box = e => e.getBoundingClientRect();
  const name = t => [...t.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('');
  const labels = [...svg.querySelectorAll('g.nd-labels text')].map(t => [name(t), box(t)]);
  const nodes = [...svg.querySelectorAll('g.nd-nodes > *')].map(box);
  const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const found = [];
  labels.forEach(([a, ra], i) => {
    labels.forEach(([b, rb], j) => { if (i < j && meet(ra, rb)) found.push(['label', a, b]); });
    nodes.forEach((rn, j) => { if (i !== j && meet(ra, rn)) found.push(['node', a, j]); });
  });
  return [labels.length, found];
}"""


@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_the_network_page_s_labels_cover_no_other_label_and_no_node(browser: Browser, site_url: str, screen: str):
    page = _page(browser, screen)
    page.goto(site_url + "/network/")
    count, found = page.evaluate(OVERLAPS)
    assert count >= 10
    page.locator("figure.nd-network").scroll_into_view_if_needed()
    _shot(page, f"network-labels-{screen}")
    assert found == []


def test_an_actor_page_shows_its_neighbourhood_and_quotes(browser: Browser, site_url: str):
    page = _page(browser)
    page.goto(site_url + "/quotes/")
    speaker = page.locator(".nd-speakers a").first
    speaker_name = speaker.inner_text()
    # the actor's page: via the first quote attributed to that speaker
    page.locator(f".nd-quote-source a:text-is('{speaker_name}')").first.click()
    expect(page.locator("h1")).to_contain_text(speaker_name)
    expect(page.locator("h2#quotes")).to_be_visible()
    assert page.locator(".nd-quote .nd-said[lang]").count() >= 1
    network = page.locator("h2#network")
    if network.count():
        expect(page.locator("figure.nd-network svg")).to_be_visible()
        page.locator("figure.nd-network").scroll_into_view_if_needed()
    _shot(page, "actor-quotes-network")
    assert page.outside == [] and page.errors == []


def test_french_quotes_are_marked_french(browser: Browser, site_url: str):
    page = _page(browser)
    page.goto(site_url + "/quotes/")
    french = page.locator(".nd-quote .nd-said[lang=fr]")
    assert french.count() >= 1


def _visible_speakers(page: Page) -> set[str]:
    return {q.get_attribute("data-speaker") for q in page.locator(".nd-quote:visible").all()}


@pytest.mark.parametrize(("screen", "scheme"), [("desktop", "light"), ("phone", "dark")])
def test_the_quotes_filter_keeps_the_speaker_in_the_address_through_reload_and_back(browser: Browser, site_url: str, screen: str, scheme: str):
    page = _page(browser, screen, scheme)
    page.goto(site_url + "/quotes/")
    select = page.locator("#nd-filter-speaker")
    expect(select).to_be_visible()
    everyone = page.locator(".nd-quote").count()
    expect(page.locator(".nd-quote:visible")).to_have_count(everyone)
    chosen = select.locator("option").nth(1).get_attribute("value")
    select.select_option(chosen)
    expect(page.locator(".nd-quote:visible")).not_to_have_count(everyone)
    assert _visible_speakers(page) == {chosen}
    assert parse_qs(urlsplit(page.url).query)["speaker"] == [chosen]
    # a year with none of that speaker's quotes shows no heading
    for year in page.locator(".nd-quote-year").all():
        assert year.is_visible() == (year.locator(".nd-quote:visible").count() > 0)
    _shot(page, f"quotes-filtered-{screen}-{scheme}")
    page.reload()
    expect(select).to_have_value(chosen)
    assert _visible_speakers(page) == {chosen}
    page.go_back()
    expect(page.locator(".nd-quote:visible")).to_have_count(everyone)
    expect(select).to_have_value("")
    assert page.evaluate("document.documentElement.scrollWidth") <= SCREENS[screen]["width"]
    assert page.outside == [] and page.errors == []


def test_a_speaker_not_on_the_page_shows_a_message_not_everyone(browser: Browser, site_url: str):
    page = _page(browser)
    page.goto(site_url + "/quotes/?speaker=actors/nobody-quoted-here")
    expect(page.locator(".nd-no-match")).to_be_visible()
    expect(page.locator(".nd-quote:visible")).to_have_count(0)


def test_without_javascript_the_quotes_page_is_a_plain_list_with_a_link_per_speaker(browser: Browser, site_url: str):
    page = _page(browser, javascript=False)
    page.goto(site_url + "/quotes/")
    expect(page.locator("#nd-filter-speaker")).to_be_hidden()  # no dead control
    expect(page.locator(".nd-no-match")).to_be_hidden()
    quotes = page.locator(".nd-quote")
    expect(quotes.first).to_be_visible()
    assert page.locator(".nd-quote:visible").count() == quotes.count()
    speakers = page.locator(".nd-speakers a")
    assert speakers.count() >= 1
    speakers.first.click()
    expect(page.locator("h1")).to_contain_text("Quotes:")
    assert page.locator(".nd-quote").count() >= 1
    _shot(page, "quotes-speaker-page-no-js")


def test_without_javascript_the_network_page_shows_the_drawing(browser: Browser, site_url: str):
    page = _page(browser, javascript=False)
    page.goto(site_url + "/network/")
    expect(page.locator("figure.nd-network svg")).to_be_visible()
    assert page.locator("h2#ties ~ .nd-ties > ul > li").count() >= 1


def test_a_quotes_page_restored_from_the_back_forward_cache_shows_the_quotes_of_its_address(browser: Browser, site_url: str):
    # headless Chromium reloads on Back rather than restoring from its cache: the restore is
    # played as the browser does it, a page whose filter and quotes are stale, then `pageshow`
    page = _page(browser)
    page.goto(site_url + "/quotes/")
    select = page.locator("#nd-filter-speaker")
    expect(select).to_be_visible()
    chosen = select.locator("option").nth(1).get_attribute("value")
    page.evaluate("""chosen => {
        history.replaceState(null, '', '?speaker=' + encodeURIComponent(chosen));
        document.getElementById('nd-filter-speaker').value = '';
        document.querySelectorAll('.nd-quote, .nd-quote-year').forEach(q => { q.hidden = false; });
        window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    }""", chosen)
    expect(select).to_have_value(chosen)
    assert _visible_speakers(page) == {chosen}
    assert page.errors == []

