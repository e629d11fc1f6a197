"""The timeline: what its rows carry and its filters offer (unit tests), and the page as a reader
uses it in headless Chromium, on the whole site and on a site split into a page per year: each
filter and their combination change the rows, the choice is kept in the address (shared, reloaded,
Back and Forward), empty years are hidden, a message says when nothing matches, it fits a phone,
and without JavaScript it is a plain list with no control."""
from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import ROOT, copy_project, example_project, run, served_folder
from newsdossier.corpus import load_corpus
from newsdossier.datevalue import sort_key
from newsdossier.graph import build_graph
from newsdossier.reference import reference
from newsdossier.render import country_name, language_name, render_site, timeline_filters, timeline_rows
from newsdossier.store import Project

SCREENSHOTS = ROOT / "tests" / "screenshots"
FILTERS = ["actor", "mission", "country", "language", "kind"]
FIELDS = {"actor": "actors", "mission": "missions", "country": "countries", "language": "languages", "kind": "category"}
PHONE = {"width": 390, "height": 844}


# ---------------------------------------------------------------- unit tests

@pytest.mark.parametrize(("code", "name"), [
    ("en", "English"), ("fr", "French"), ("es", "Spanish"), ("vi", "Vietnamese"), ("de", "German"),
    ("pt-BR", "Portuguese (Brazil)"), ("zz-nonsense", "zz-nonsense"), ("", "unknown"),
])
def test_a_language_code_is_named_in_full(code, name):
    assert language_name(code) == name


@pytest.mark.parametrize(("code", "name"), [
    ("SS", "South Sudan"), ("FR", "France"), ("KR", reference().countries["KR"]["name"]), ("XK", "Kosovo"), ("QQ", "QQ"),
])
def test_a_country_code_is_named_as_the_reference_data_names_it(code, name):
    assert country_name(code) == name


@functools.cache
def _graph():
    return build_graph(load_corpus(Project(example_project())))


def test_the_rows_are_every_event_and_article_in_date_order():
    graph = _graph()
    rows = timeline_rows(graph)
    assert sorted(r.item["id"] for r in rows if r.kind == "event") == sorted(e["id"] for e in graph.events_by_date)
    assert sorted(r.item.id for r in rows if r.kind == "article") == sorted(graph.corpus.articles)
    assert [r.key for r in rows] == sorted(r.key for r in rows)


def test_an_article_row_carries_its_language_countries_and_kind():
    graph = _graph()
    for row in (r for r in timeline_rows(graph) if r.kind == "article"):
        meta = row.item.meta
        assert row.languages == [meta["language"]]
        assert row.category == "article"
        named = {graph.corpus.actors[a].get("country") for a in row.actors if graph.corpus.actors[a].get("kind") == "country"}
        assert set(row.countries) == named


def test_an_event_row_carries_its_kind_its_country_and_the_languages_of_its_articles():
    graph = _graph()
    for row in (r for r in timeline_rows(graph) if r.kind == "event"):
        event = row.item
        assert row.category == (event.get("kind") or "event")
        assert set(row.languages) == {graph.corpus.articles[a].meta["language"] for a in event.get("articles") or []}
        if event.get("country"):
            assert event["country"] in row.countries


def test_the_filters_offer_exactly_what_the_rows_name_with_readable_labels():
    graph = _graph()
    rows = timeline_rows(graph)
    filters = {f.key: f for f in timeline_filters(graph)(rows)}
    assert list(filters) == FILTERS
    for key, field in FIELDS.items():
        named = {v for r in rows for v in ([getattr(r, field)] if field == "category" else getattr(r, field))}
        if key == "mission":
            named = {m for m in named if graph.visible("missions", m)}
        assert {value for value, _ in filters[key].choices} == named, key
        labels = [label for _, label in filters[key].choices]
        assert labels == sorted(labels, key=str.casefold), key
    assert dict(filters["language"].choices)["fr"] == "French"
    assert dict(filters["kind"].choices)["article"] == "Article"


def test_a_filter_with_nothing_to_choose_is_left_out():
    graph = _graph()
    only_articles = [r for r in timeline_rows(graph) if r.kind == "article"]
    keys = [f.key for f in timeline_filters(graph)(only_articles)]
    assert "kind" in keys and keys  # one kind still offers a choice (it is shown, not hidden)
    assert timeline_filters(graph)([]) == []


def test_values_written_with_spaces_become_one_filter_value_each():
    corpus = load_corpus(Project(example_project()))  # a fresh copy, edited here only
    event = next(iter(corpus.events.values()))
    event.update(kind="peace  talks", country=" SS ")
    article = corpus.articles[event["articles"][0]]
    article.meta["language"] = "pt BR"
    graph = build_graph(corpus)
    rows = timeline_rows(graph)
    row = next(r for r in rows if r.kind == "event" and r.item is event)
    assert row.category == "peace_talks"
    assert "SS" in row.countries
    assert "pt-BR" in row.languages
    assert all(" " not in v for r in rows for v in [*r.countries, *r.languages, r.category])
    filters = {f.key: dict(f.choices) for f in timeline_filters(graph)(rows)}
    assert filters["kind"]["peace_talks"] == "Peace talks"
    assert filters["language"]["pt-BR"] == "Portuguese (Brazil)"


SPLIT = render_site(load_corpus(Project(example_project())), ROOT / "templates", long_list=2)


@pytest.mark.parametrize("path", sorted(p for p in SPLIT if p.startswith("timeline/")))
@pytest.mark.parametrize("key", FILTERS)
def test_each_year_page_offers_only_what_its_own_rows_name(path, key):
    text = SPLIT[path]
    select = re.search(rf'<select id="nd-filter-{key}"[^>]*>(.*?)</select>', text)
    offered = set(re.findall(r'<option value="([^"]+)"', select.group(1))) if select else set()
    named = {v for row in re.findall(rf'data-{FIELDS[key]}="([^"]*)"', text) for v in row.split()}
    if key == "mission":  # a rejected mission is named in data but has no page to filter for
        named = {m for m in named if _graph().visible("missions", m)}
    assert offered == named


# ---------------------------------------------------------------- the browser

@pytest.fixture(scope="module")
def split_site_url(tmp_path_factory):
    """The example corpus built with long_list=2: the timeline is a page per year."""
    project = copy_project(example_project(), tmp_path_factory.mktemp("split") / "project", long_list=2)
    out = project.parent / "site"
    result = run("mkdocs", "build", "--strict", "-d", str(out), cwd=project)
    assert result.returncode == 0, result.stderr
    with served_folder(out) as url:
        yield url


def _shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"timeline-{name}.png"), full_page=True)


def _rows(page: Page) -> list[dict]:
    """Every row of the page: its data- attributes as lists and whether it is shown."""
    return page.eval_on_selector_all(".nd-timeline .nd-row", """rows => rows.map(r => ({
        shown: r.offsetParent !== null,
        actors: (r.dataset.actors || '').split(' ').filter(Boolean),
        missions: (r.dataset.missions || '').split(' ').filter(Boolean),
        countries: (r.dataset.countries || '').split(' ').filter(Boolean),
        languages: (r.dataset.languages || '').split(' ').filter(Boolean),
        category: [r.dataset.category],
        date: r.dataset.date,
    }))""")


def _expected(rows: list[dict], chosen: dict[str, str]) -> list[bool]:
    return [all(value in row[FIELDS[key]] for key, value in chosen.items() if value) for row in rows]


def _options(page: Page, key: str) -> list[str]:
    return [v for v in page.eval_on_selector_all(f"#nd-filter-{key} option", "os => os.map(o => o.value)") if v]


def _wait_for_filters(page: Page) -> None:
    expect(page.locator("#nd-filters")).to_be_visible()


def _check(page: Page, chosen: dict[str, str]) -> None:
    """The rows shown are those naming every chosen value; empty years hidden; the count, the
    no-match message and the address say the same."""
    rows = _rows(page)
    expected = _expected(rows, chosen)
    assert [r["shown"] for r in rows] == expected, chosen
    query = {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}
    assert query == {k: v for k, v in chosen.items() if v}
    for key in FILTERS:
        if page.locator(f"#nd-filter-{key}").count():
            assert page.locator(f"#nd-filter-{key}").input_value() == chosen.get(key, "")
    shown = sum(expected)
    if shown:
        expect(page.locator("#nd-nomatch")).to_be_hidden()
    else:
        expect(page.locator("#nd-nomatch")).to_be_visible()
    if any(chosen.values()):
        expect(page.locator("#nd-count")).to_have_text(f"{shown} of {len(rows)} {'entry' if len(rows) == 1 else 'entries'} shown")
    # a year heading is shown exactly when one of its rows is
    years = page.eval_on_selector_all(".nd-timeline > *", """children => {
        const out = []; let current = null;
        for (const c of children) {
            if (c.tagName === 'H2') { current = {shown: c.offsetParent !== null, rows: 0}; out.push(current); }
            else if (c.classList.contains('nd-row') && current && c.offsetParent !== null) current.rows += 1;
        }
        return out; }""")
    assert years and all(y["shown"] == (y["rows"] > 0) for y in years), years


def _narrowing(page: Page, key: str) -> str | None:
    """A value of the filter that shows some rows but not all, if there is one."""
    rows = _rows(page)
    for value in _options(page, key):
        n = sum(_expected(rows, {key: value}))
        if 0 < n < len(rows):
            return value
    return None


@pytest.fixture
def timeline(page: Page, site_url: str) -> Page:
    page.outside, page.errors = [], []
    page.on("request", lambda r: urlsplit(r.url).hostname not in ("127.0.0.1", None) and page.outside.append(r.url))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(site_url + "/timeline/")
    _wait_for_filters(page)
    yield page
    assert page.outside == []
    assert page.errors == []


@pytest.mark.browser
def test_the_timeline_is_in_date_order_with_every_article(timeline: Page):
    rows = timeline.locator(".nd-timeline .nd-row")
    assert rows.count() >= len(list((example_project() / "data" / "articles").glob("*.md")))
    keys = [sort_key(row.get_attribute("data-date")) for row in rows.all()]
    assert keys == sorted(keys)
    _check(timeline, {})
    _shot(timeline, "desktop")


@pytest.mark.browser
@pytest.mark.parametrize("key", FILTERS)
def test_each_filter_shows_only_the_rows_naming_its_value(timeline: Page, key: str):
    value = _narrowing(timeline, key)
    assert value, f"the example corpus gives the {key} filter no value that narrows the rows"
    timeline.select_option(f"#nd-filter-{key}", value)
    expect(timeline.locator(".nd-timeline .nd-row:visible")).to_have_count(sum(_expected(_rows(timeline), {key: value})))
    _check(timeline, {key: value})
    if key == "language":
        expect(timeline.locator(f"#nd-filter-{key} option:checked")).to_have_text(language_name(value))
        assert timeline.locator("#nd-filter-language option:checked").inner_text() != value
    if key == "mission":
        _shot(timeline, "filtered")


@pytest.mark.browser
def test_filters_combine(timeline: Page):
    rows = _rows(timeline)
    pairs = [(a, b) for i, a in enumerate(FILTERS) for b in FILTERS[i + 1:]]
    tried = 0
    for a, b in pairs:
        for va in _options(timeline, a):
            for vb in _options(timeline, b):
                both = sum(_expected(rows, {a: va, b: vb}))
                if 0 < both < min(sum(_expected(rows, {a: va})), sum(_expected(rows, {b: vb}))):
                    timeline.select_option(f"#nd-filter-{a}", va)
                    timeline.select_option(f"#nd-filter-{b}", vb)
                    expect(timeline.locator(".nd-timeline .nd-row:visible")).to_have_count(both)
                    _check(timeline, {a: va, b: vb})
                    timeline.click("#nd-filter-clear")
                    _check(timeline, {})
                    tried += 1
                    break
            else:
                continue
            break
    assert tried >= 2, "no two filters narrow each other in the example corpus"


@pytest.mark.browser
def test_nothing_matching_says_so(timeline: Page):
    rows = _rows(timeline)
    for a, va, b, vb in ((a, va, b, vb) for a in FILTERS for b in FILTERS if a < b
                         for va in _options(timeline, a) for vb in _options(timeline, b)):
        if not any(_expected(rows, {a: va, b: vb})):
            break
    else:
        pytest.fail("every pair of values matches a row")
    timeline.select_option(f"#nd-filter-{a}", va)
    timeline.select_option(f"#nd-filter-{b}", vb)
    expect(timeline.locator("#nd-nomatch")).to_be_visible()
    assert timeline.locator("#nd-nomatch").evaluate("e => e.closest('[aria-live]') !== null")
    expect(timeline.locator(".nd-timeline h2:visible")).to_have_count(0)
    expect(timeline.locator("#nd-count")).to_contain_text("0 of")
    _check(timeline, {a: va, b: vb})
    _shot(timeline, "no-match")


@pytest.mark.browser
def test_a_shared_address_shows_its_rows_and_survives_a_reload(timeline: Page, site_url: str):
    mission = _narrowing(timeline, "mission")
    language = _options(timeline, "language")[0]
    timeline.goto(f"{site_url}/timeline/?mission={mission}&language={language}")
    _wait_for_filters(timeline)
    _check(timeline, {"mission": mission, "language": language})
    timeline.reload()
    _wait_for_filters(timeline)
    _check(timeline, {"mission": mission, "language": language})


@pytest.mark.browser
def test_a_value_no_row_names_shows_the_message(timeline: Page, site_url: str):
    timeline.goto(f"{site_url}/timeline/?actor=nobody-at-all")
    _wait_for_filters(timeline)
    expect(timeline.locator("#nd-nomatch")).to_be_visible()
    expect(timeline.locator(".nd-timeline .nd-row:visible")).to_have_count(0)
    assert timeline.locator("#nd-filter-actor").input_value() == "nobody-at-all"


@pytest.mark.browser
def test_back_and_forward_show_the_rows_of_their_address(timeline: Page):
    mission = _narrowing(timeline, "mission")
    timeline.select_option("#nd-filter-mission", mission)
    _check(timeline, {"mission": mission})
    kind = next(v for v in _options(timeline, "kind") if any(_expected(_rows(timeline), {"mission": mission, "kind": v})))
    timeline.select_option("#nd-filter-kind", kind)
    _check(timeline, {"mission": mission, "kind": kind})
    timeline.go_back()
    _check(timeline, {"mission": mission})
    timeline.go_back()
    _check(timeline, {})
    timeline.go_forward()
    _check(timeline, {"mission": mission})
    # away to an entry and back: the page (restored from the cache or loaded again) shows the address's rows
    timeline.locator(".nd-timeline .nd-row:visible a").first.click()
    expect(timeline.locator("h1")).not_to_contain_text("Timeline")
    timeline.go_back()
    _wait_for_filters(timeline)
    _check(timeline, {"mission": mission})
    timeline.go_forward()
    timeline.go_back()
    _check(timeline, {"mission": mission})


@pytest.mark.browser
def test_a_page_restored_from_the_back_forward_cache_shows_the_rows_of_its_address(timeline: Page):
    # headless Chromium reloads on Back rather than restoring from its cache: the restore is
    # played here as the browser does it, a page whose form and rows are stale, then `pageshow`
    mission = _narrowing(timeline, "mission")
    timeline.evaluate("""mission => {
        history.replaceState(null, '', '?mission=' + encodeURIComponent(mission));
        document.getElementById('nd-filter-mission').value = '';
        document.querySelectorAll('.nd-row').forEach(row => { row.hidden = false; });
        window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    }""", mission)
    _check(timeline, {"mission": mission})


@pytest.mark.browser
def test_every_control_is_labelled_and_reached_by_keyboard(timeline: Page):
    for key in FILTERS:
        label = timeline.locator(f"label[for='nd-filter-{key}']")
        expect(label).to_be_visible()
        expect(timeline.get_by_label(label.inner_text(), exact=True)).to_have_id(f"nd-filter-{key}")
    timeline.focus("#nd-filter-actor")
    for key in FILTERS[1:]:
        timeline.keyboard.press("Tab")
        expect(timeline.locator(f"#nd-filter-{key}")).to_be_focused()
    timeline.keyboard.press("Tab")
    expect(timeline.locator("#nd-filter-clear")).to_be_focused()


@pytest.mark.browser
@pytest.mark.parametrize("filtered", [False, True], ids=["all", "filtered"])
def test_on_a_phone_nothing_is_wider_than_the_screen(browser: Browser, site_url: str, filtered: bool):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(site_url + "/timeline/")
        _wait_for_filters(page)
        if filtered:
            page.select_option("#nd-filter-mission", _narrowing(page, "mission"))
            page.select_option("#nd-filter-actor", _options(page, "actor")[-1])
        assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate("window.innerWidth")
        boxes = [page.locator(f"#nd-filter-{key}").bounding_box() for key in FILTERS]
        assert all(0 <= b["x"] and b["x"] + b["width"] <= PHONE["width"] for b in boxes)
        assert len({round(b["y"]) for b in boxes}) == len(boxes), "the filters stack on a phone"
        _shot(page, "phone-filtered" if filtered else "phone")
    finally:
        context.close()


@pytest.mark.browser
def test_without_javascript_the_timeline_is_a_plain_list_with_no_control(browser: Browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + "/timeline/")
        article = page.locator("article")
        expect(article.locator("select:visible, button:visible, input:visible")).to_have_count(0)
        expect(page.locator("#nd-filters")).to_be_hidden()
        expect(page.locator("#nd-nomatch")).to_be_hidden()
        rows = page.locator(".nd-timeline .nd-row")
        assert rows.count() > 0
        expect(page.locator(".nd-timeline .nd-row:visible")).to_have_count(rows.count())
        expect(page.locator(".nd-timeline h2:visible")).to_have_count(page.locator(".nd-timeline h2").count())
        expect(page.locator("#nd-count")).to_have_text(f"{rows.count()} entries (events and articles)")
        _shot(page, "no-js")
    finally:
        context.close()


@pytest.mark.browser
def test_the_dark_theme_shows_the_filters(browser: Browser, site_url: str):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    try:
        page.goto(site_url + "/timeline/?language=fr")
        _wait_for_filters(page)
        _shot(page, "dark")
    finally:
        context.close()


# ---------------------------------------------------------------- a page per year

def _year_pages(page: Page, base: str) -> list[str]:
    page.goto(base + "/timeline/")
    hrefs = page.eval_on_selector_all("article a[href]", "as => as.map(a => a.href)")
    return sorted({h.split("?")[0].split("#")[0] for h in hrefs if urlsplit(h).path.startswith("/timeline/") and urlsplit(h).path.rstrip("/") != "/timeline"})


@pytest.mark.browser
def test_the_split_index_lists_year_pages_and_no_dead_control(page: Page, split_site_url: str):
    years = _year_pages(page, split_site_url)
    assert len(years) > 1
    expect(page.locator("#nd-filters")).to_have_count(0)
    expect(page.locator("article select")).to_have_count(0)


@pytest.mark.browser
@pytest.mark.parametrize("key", FILTERS)
def test_each_filter_works_on_every_year_page(page: Page, split_site_url: str, key: str):
    narrowed = 0
    for year in _year_pages(page, split_site_url):
        page.goto(year)
        _wait_for_filters(page)
        rows = _rows(page)
        # the page offers only what its own rows name
        options = _options(page, key)
        assert set(options) <= {v for r in rows for v in r[FIELDS[key]]}
        # a value that narrows the rows when the page has one, else its only value (all rows stay)
        value = _narrowing(page, key) or (options[0] if options else None)
        if value is None:
            continue
        narrowed += sum(_expected(rows, {key: value})) < len(rows)
        page.select_option(f"#nd-filter-{key}", value)
        _check(page, {key: value})
        page.reload()
        _wait_for_filters(page)
        _check(page, {key: value})
        # the links to the other years carry the chosen filter
        for href in page.eval_on_selector_all(".nd-years a[href]", "as => as.map(a => a.href)"):
            assert parse_qs(urlsplit(href).query) == {key: [value]}, href
    if key in ("actor", "kind"):  # at 2 rows a page, the example corpus narrows these on some page
        assert narrowed, f"no year page where the {key} filter narrows the rows"


@pytest.mark.browser
def test_without_javascript_a_year_page_is_a_plain_list_with_no_control(browser: Browser, page: Page, split_site_url: str):
    years = _year_pages(page, split_site_url)
    context = browser.new_context(java_script_enabled=False)
    off = context.new_page()
    try:
        for year in years:
            off.goto(year)
            expect(off.locator("article").locator("select:visible, button:visible, input:visible")).to_have_count(0)
            rows = off.locator(".nd-timeline .nd-row")
            assert rows.count() > 0
            expect(off.locator(".nd-timeline .nd-row:visible")).to_have_count(rows.count())
    finally:
        context.close()


@pytest.mark.browser
def test_a_year_page_filtered_then_left_and_back_shows_its_rows(page: Page, split_site_url: str):
    for year in _year_pages(page, split_site_url):
        page.goto(year)
        _wait_for_filters(page)
        value = _narrowing(page, "kind")
        if value:
            break
    else:
        pytest.fail("no year page with two kinds")
    page.select_option("#nd-filter-kind", value)
    _check(page, {"kind": value})
    _shot(page, "year-filtered")
    page.locator(".nd-years a").first.click()
    page.go_back()
    _wait_for_filters(page)
    _check(page, {"kind": value})
