"""Every page type of the built site, checked by axe-core in headless Chromium: light and dark
colour schemes, a desktop and a phone screen, over the example corpus and over a generated one
(long lists, many years, four languages). Each page x scheme x screen x corpus is one test, so
each fails alone, naming axe's serious and critical violations with the elements at fault.

The same visit asserts that the page logs no console error and requests nothing from a host
other than 127.0.0.1 (the site works offline), and saves a screenshot of the whole page into
tests/screenshots/ (git-ignored) to be looked at: <page>-<scheme>-<screen>.png for the example
corpus, generated/<page>-<scheme>-<screen>.png for the generated one.

axe-core comes from the npm registry (tests/package.json; `make browser` runs `npm ci --prefix
tests`). Its rules and impact levels: https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md
"""
from __future__ import annotations

import json
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Callable, NamedTuple
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from conftest import ROOT, served_folder, run

sys.path.insert(0, str(ROOT / "bench"))
from generate import write_corpus  # noqa: E402

pytestmark = pytest.mark.browser

AXE = ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "tests" / "screenshots"
BLOCKING = ("serious", "critical")  # axe's impact levels a page may not have
GENERATED = (1, 30)  # (generator seed, number of seed files) of the generated corpus


# --- which page of a built site is each page type --------------------------------------------
# A page type is found in the site's own downloads (downloads/*.json), never by the name of one
# article or actor; where several pages are of the type, the largest is taken (the one with the
# most lists, badges and links). A finder gives the page's path below the site's root, or None
# when the corpus has no page of that type.

def _records(site: Path, name: str) -> list[dict]:
    return json.loads((site / "downloads" / f"{name}.json").read_text(encoding="utf-8"))


def _largest(site: Path, folder: str, ids: list[str]) -> str | None:
    pages = [(site / folder / key / "index.html", key) for key in ids]
    pages = [(path.stat().st_size, key) for path, key in pages if path.exists()]
    return f"{folder}/{max(pages)[1]}/" if pages else None


def article(language: str) -> Callable[[Path], str | None]:
    """The largest article page written in `language` (an ISO 639-1 code)."""
    return lambda site: _largest(site, "articles", [a["id"] for a in _records(site, "articles") if a.get("language") == language])


def actor(kind: str) -> Callable[[Path], str | None]:
    """The largest actor page of `kind` (person, country, organisation, ...)."""
    return lambda site: _largest(site, "actors", [a["id"] for a in _records(site, "actors") if a.get("kind") == kind])


def any_of(download: str, folder: str) -> Callable[[Path], str | None]:
    """The largest page among the records of downloads/<download>.json, under folder/."""
    return lambda site: _largest(site, folder, [r["id"] for r in _records(site, download)])


def largest_page_in(folder: str) -> Callable[[Path], str | None]:
    """The largest page among folder/<name>/index.html (e.g. the quotes of one speaker)."""
    def find(site: Path) -> str | None:
        return _largest(site, folder, sorted(p.parent.name for p in (site / folder).glob("*/index.html")))
    return find


def seed_page(site: Path) -> str | None:
    """The readable page of the largest article's seed file (seeds/<file>.html beside the file)."""
    pages = [site / "seeds" / f"{a['seed']}.html" for a in _records(site, "articles")]
    pages = [(path.stat().st_size, path) for path in pages if path.exists()]
    return max(pages)[1].relative_to(site).as_posix() if pages else None


def search_for_an_actor(page: Page, site: Path) -> None:
    """Open the search dialog and type the name of the corpus's first actor; wait for results."""
    page.locator("pagefind-modal-trigger button").click()
    page.locator("pagefind-modal input").fill(_records(site, "actors")[0]["name"])
    page.locator("pagefind-modal .pf-result").first.wait_for()


class PageType(NamedTuple):
    """A row of the sweep: a name (in test ids and screenshot names), the page's path below the
    site's root or a finder giving it, and what a reader does on the page before it is checked."""
    name: str
    where: str | Callable[[Path], str | None]
    then: Callable[[Page, Path], None] | None = None


# One row per page type. A new page type is one more row.
PAGES = [PageType(*row) for row in [
    ("home", ""),
    ("timeline", "timeline/"),
    ("articles-index", "articles/"),
    ("article-en", article("en")),
    ("article-fr", article("fr")),
    ("actors-index", "actors/"),
    ("person", actor("person")),
    ("country", actor("country")),
    ("organisation", actor("organisation")),
    ("missions-index", "missions/"),
    ("mission", any_of("missions", "missions")),
    ("events-index", "events/"),
    ("event", any_of("events", "events")),
    ("review", "review/"),
    ("404", "404.html"),
    ("search", "", search_for_an_actor),
    ("quotes", "quotes/"),
    ("speaker-quotes", largest_page_in("quotes/actors")),
    ("network", "network/"),
    ("data", "data/"),
    ("seed-text", seed_page),
    ("data-file", "data/actors.yaml.html"),
]]
SCHEMES = {"light": "light", "dark": "dark"}  # name -> prefers-color-scheme emulated
MATERIAL_SCHEME = {"light": "default", "dark": "slate"}  # the palette Material must then show
SCREENS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


# --- the sites -------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def generated_site(tmp_path_factory) -> Path:
    """The site built with `mkdocs build --strict` from a corpus of bench/generate.py."""
    seed, count = GENERATED
    root = tmp_path_factory.mktemp("generated")
    write_corpus(root / "seeds", count, seed, date.today())
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    normalized = run("newsdossier", "normalize", cwd=root)
    assert normalized.returncode in (0, 1), normalized.stderr  # 1: the generator's deliberately bad seeds
    built = run("mkdocs", "build", "--strict", "-d", str(root / "site"), cwd=root)
    assert built.returncode == 0, built.stderr
    return root / "site"


@pytest.fixture(scope="session")
def generated_url(generated_site: Path):
    """The generated site served on a free localhost port."""
    with served_folder(generated_site) as url:
        yield url


@pytest.fixture(params=["example", "generated"])
def corpus(request) -> tuple[str, Path, str]:
    """(corpus name, built site, its address)."""
    if request.param == "example":
        return "example", request.getfixturevalue("built_site"), request.getfixturevalue("site_url")
    return "generated", request.getfixturevalue("generated_site"), request.getfixturevalue("generated_url")


# --- the sweep -------------------------------------------------------------------------------

# Material animates its header and tabs (transitions when the page is scrolled or resized, as a
# full-page screenshot does): the page is photographed with animations stopped (Playwright's
# animations="disabled") and checked once every finite animation or transition has ended.
SETTLED = """() => Promise.all(document.getAnimations()
    .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
    .map(a => a.finished.catch(() => null)))"""


def _describe(violation: dict) -> str:
    nodes = violation["nodes"]
    lines = [f"- {violation['id']} ({violation['impact']}, {len(nodes)} element(s)): {violation['help']}"]
    for node in nodes[:6]:
        summary = " ".join(node.get("failureSummary", "").split())
        html = " ".join(node["html"].split())
        lines.append(f"    {' '.join(map(str, node['target']))}: {html[:160]}\n      {summary[:300]}")
    if len(nodes) > 6:
        lines.append(f"    ... and {len(nodes) - 6} more")
    return "\n".join(lines)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("page_type", PAGES, ids=[row.name for row in PAGES])
def test_page_type_has_no_serious_violation(browser, corpus, page_type, scheme, screen):
    corpus_name, site, base = corpus
    name, where = page_type.name, page_type.where
    path = where if isinstance(where, str) else where(site)
    if path is None:
        assert corpus_name != "example", f"the example corpus has no {name} page"
        pytest.skip(f"the {corpus_name} corpus has no {name} page")
    assert AXE.exists(), f"{AXE} is missing: run `make browser` (npm ci --prefix tests)"

    context = browser.new_context(viewport=SCREENS[screen], color_scheme=SCHEMES[scheme])
    page = context.new_page()
    outside, errors = [], []
    page.on("request", lambda r: urlsplit(r.url).hostname not in ("127.0.0.1", None) and outside.append(r.url))
    page.on("console", lambda m: m.type == "error" and errors.append(f"{m.text} ({m.location.get('url', '')})"))
    page.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))
    try:
        response = page.goto(f"{base}/{path}", wait_until="load")
        assert response is not None and (response.ok or name == "404"), f"{path}: HTTP {response and response.status}"
        # Material picks the palette matching prefers-color-scheme once its script has run (the
        # raw files' plain pages follow prefers-color-scheme in their own style sheet)
        page.wait_for_function("s => !document.body.hasAttribute('data-md-color-scheme')"
                               " || document.body.getAttribute('data-md-color-scheme') === s", arg=MATERIAL_SCHEME[scheme])
        if page_type.then:
            page_type.then(page, site)
        page.evaluate(SETTLED)
        # the screenshot first, of the page as loaded (axe scrolls to some elements it checks)
        folder = SCREENSHOTS if corpus_name == "example" else SCREENSHOTS / corpus_name
        folder.mkdir(parents=True, exist_ok=True)
        # the whole page; with a dialog open, what the screen shows (its backdrop covers only that)
        page.screenshot(path=str(folder / f"{name}-{scheme}-{screen}.png"), full_page=page_type.then is None,
                        animations="disabled")
        page.evaluate(SETTLED)  # the screenshot resizes the page to its full height, and back
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    finally:
        context.close()

    blocking = [v for v in result["violations"] if v["impact"] in BLOCKING]
    problems = []
    if blocking:
        problems.append(f"axe: {len(blocking)} serious or critical violation(s):\n" + "\n".join(map(_describe, blocking)))
    if errors:
        problems.append("console errors:\n" + "\n".join(f"- {e}" for e in errors))
    if outside:
        problems.append("requests leaving 127.0.0.1:\n" + "\n".join(f"- {u}" for u in outside))
    assert not problems, f"{corpus_name} corpus, {path or '/'} ({scheme}, {screen}):\n" + "\n\n".join(problems)
