"""What the search box does to draw a query's first results sooner, in headless Chromium on the
example site: each result's excerpt asked of its Pagefind worker once and kept in the page, the
first results' excerpts asked for as soon as the search is done, a query's index chunks fetched
while the search is still loading, and Pagefind's script fetched beside the index's entries."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from test_search import ANSWERED, search

pytestmark = pytest.mark.browser

# Before the page's scripts: every message the page sends a web worker, by Pagefind's method name
# ({id, instanceId, method, args}, the worker's protocol in Pagefind 1.5).
_WORKER_MESSAGES = """
window.__asked = [];
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.method) window.__asked.push([message.method, JSON.stringify(message.args || [])]);
  return post.call(this, message, ...rest);
};
"""


def _asked(page: Page, method: str) -> list[str]:
    return [args for name, args in page.evaluate("window.__asked") if name == method]


def _settle(page: Page) -> None:
    """Until the results list has stayed the same for a second (every search of the query done)."""
    links, same = None, 0
    for _ in range(100):
        now = page.locator("pagefind-modal a.pf-result-link").evaluate_all("(links) => links.map((a) => a.href)")
        same = same + 1 if now == links else 0
        links = now
        if same >= 5:
            return
        page.wait_for_timeout(200)


@pytest.mark.parametrize("query", ["Nations unies", "FISNUA"])
def test_a_results_excerpt_is_asked_of_its_worker_once_however_often_the_list_draws_it(page: Page, site_url: str, query):
    """An entity's name of several words lists the entity first, drawn once its name is found and
    again when the query's own search is done: its excerpt, fetched for that first drawing, is
    not asked of the worker again (which may be busy with the query's own search) by either."""
    page.add_init_script(_WORKER_MESSAGES)
    page.goto(site_url + "/")
    search(page, query)
    _settle(page)
    asked = _asked(page, "getData")
    assert asked, "no excerpt was asked of a worker"
    assert sorted(set(asked)) == sorted(asked), f"excerpts asked more than once: {asked}"


def test_the_first_five_results_excerpts_are_asked_for_before_the_list_shows_them(page: Page, site_url: str):
    """In a window that shows one result, the first five results' excerpts are still fetched as
    soon as the search is done (the list asks only for those it shows)."""
    page.set_viewport_size({"width": 800, "height": 260})
    page.add_init_script(_WORKER_MESSAGES)
    page.goto(site_url + "/")
    search(page, "mission")
    _settle(page)
    total = int(re.search(r"\d+", page.locator("pagefind-modal .pf-summary").inner_text().replace(",", "")).group())
    assert total >= 5
    assert len(set(_asked(page, "getData"))) >= 5


def test_a_query_typed_while_the_search_loads_has_its_chunks_fetched_once_it_has_loaded(page: Page, site_url: str):
    """The reader types before Pagefind has loaded (its index entries held back here): once it has,
    the typed words' index chunks are fetched at once, not when the pause after the last key
    (made ten seconds long here) is over."""
    held, released = [], []
    fetched: list[str] = []

    def hold(route):
        if released:
            route.continue_()
        else:
            held.append(route)

    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.route(re.compile(r"/pagefind/(part-\d+/)?pagefind-entry\.json\?ts="), hold)
    page.goto(site_url + "/")
    page.locator("pagefind-input").evaluate("(input) => input.setAttribute('debounce', '10000')")
    page.locator("pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal input[type=search]")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "Pagefind did not ask for its entry"
    box.fill("FISNUA")
    page.wait_for_timeout(300)
    assert not [path for path in fetched if path.endswith(".pf_index")]
    released.append(True)
    for route in held:
        route.continue_()
    for _ in range(50):
        if [path for path in fetched if path.endswith(".pf_index")]:
            break
        page.wait_for_timeout(100)
    assert [path for path in fetched if path.endswith(".pf_index")], "no index chunk fetched within five seconds of the load"
    expect(page.locator("pagefind-modal .pf-summary")).not_to_have_text(ANSWERED)


def test_pagefinds_script_is_fetched_beside_the_index_entries_not_after_them(page: Page, site_url: str):
    """The search's load asks for every part's entry (held back here) and for Pagefind's script at once."""
    held: list = []
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.route(re.compile(r"/pagefind/(part-\d+/)?pagefind-entry\.json$"), lambda route: held.append(route))
    page.goto(site_url + "/")
    page.locator("pagefind-modal-trigger button").hover()
    for _ in range(100):
        if held and "/pagefind/pagefind.js" in fetched:
            break
        page.wait_for_timeout(100)
    assert held
    assert "/pagefind/pagefind.js" in fetched
    for route in held:
        route.continue_()
