"""What the search box does while a reader types, in headless Chromium on the example site: one
search at a time goes to Pagefind's workers, a search asked while another is being done is
dropped if a newer one was asked meanwhile, and the pause after the last key is short."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from test_search import ANSWERED

pytestmark = pytest.mark.browser

# Before the page's scripts: every search the page sends a web worker ({id, instanceId, method,
# args}, the worker's protocol in Pagefind 1.5), each sent `held` ms late, as a worker busy with
# a long search would answer late.
_SLOW_SEARCHES = """
window.__searched = [];
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.method === "search") {
    window.__searched.push(String((message.args || [])[0]));
    setTimeout(() => post.call(this, message, ...rest), %d);
    return;
  }
  return post.call(this, message, ...rest);
};
"""


def _open(page: Page, site_url: str, held_ms: int):
    page.add_init_script(_SLOW_SEARCHES % held_ms)
    page.goto(site_url + "/")
    page.locator("pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal input[type=search]")
    expect(box).to_be_focused()
    return box


@pytest.mark.parametrize("query", ["mission", "sécurité", "Nations unies"])
def test_keys_typed_while_a_search_is_being_done_send_only_the_newest_words_after_it(page: Page, site_url: str, query):
    """Each key starts a search here (a pause of 10 ms), the first taking three seconds to
    answer (longer than the typing, also on a busy machine): the keys typed meanwhile send no search of their own, only the whole query once the
    first has answered (the worker would otherwise do every one of them before the last)."""
    box = _open(page, site_url, 3000)
    page.locator("pagefind-input").evaluate("(input) => input.setAttribute('debounce', '10')")
    box.press_sequentially(query, delay=60)
    summary = page.locator("pagefind-modal .pf-summary")
    expect(summary).to_contain_text(query, timeout=15_000)
    expect(summary).to_have_text(ANSWERED, timeout=15_000)
    # (an entity's name of several words is also asked as its name's one word, in quotes)
    searched = [term for term in page.evaluate("window.__searched") if not term.startswith('"')]
    assert searched[-1] == query
    assert len(searched) <= 2, f"searches sent for every key typed: {searched}"
    expect(page.locator("pagefind-modal a.pf-result-link").first).to_be_attached()


def test_a_search_not_superseded_is_still_sent_and_answered(page: Page, site_url: str):
    """A query typed after the last search has answered is searched as before."""
    box = _open(page, site_url, 0)
    summary = page.locator("pagefind-modal .pf-summary")
    for query in ("mission", "sécurité"):
        box.fill(query)
        expect(summary).to_contain_text(query)
        expect(summary).to_have_text(ANSWERED)
    assert page.evaluate("window.__searched") == ["mission", "sécurité"]


def test_the_search_starts_within_a_tenth_of_a_second_of_the_last_key(page: Page, site_url: str):
    """The pause after the last key is no longer than the words' index chunks take to come (they
    are asked for at the key itself): under a tenth of a second, where Pagefind's own box waits
    three tenths."""
    _open(page, site_url, 0)
    pause = page.locator("pagefind-input").get_attribute("debounce")
    assert pause is not None and 0 < int(pause) <= 100
