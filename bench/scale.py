"""Benchmark every stage at several corpus sizes in one run: normalize, check, build, serve, search.

Usage: python bench/scale.py [N ...] [--seed S] [--today YYYY-MM-DD] [--steps a,b,...] [--jobs J]
Default sizes: 100 1000 10000. Work happens in bench/out/scale-<N>/ (ignored by git); the
figures go to bench/out/results-<date>.json and a Markdown table (printed, and written beside
it as .md: the table of the README's "Performance" section).

For each N, a corpus of N seed files from bench/generate.py (deterministic for a seed and a
day) is put in a fresh project, then the steps run in this order (--steps picks some):
  normalize   `newsdossier normalize` cold (empty data/)
  rerun       normalize again, nothing changed
  edit        normalize after one seed's text changed (articles re-extracted, files rewritten)
  alias       normalize after an alias was added to one person in data/actors.yaml, a form
              some articles print (how many print it, how many files normalize rewrote)
  check       `newsdossier check`
  build       `mkdocs build` (bench/build_timed.py: the plugin's own share, per part)
  search      headless Chromium on the built site: open the search, type a query, first
              result shown (as Playwright and as the page see it); the bytes the server sent for
              it from the page's opening, preloading included (needs playwright + /usr/bin/chromium)
  serve       `mkdocs serve --dirty`: saving one article's YAML to its page showing the change
  reference   normalize after an alias was added to the tool's reference data (missions.yaml,
              in a copy of the package): articles re-extracted, files rewritten
Each step's wall seconds, CPU seconds (user+system of the process and its children, e.g. the
pool's workers and Pagefind) and peak memory are recorded: the largest process's peak (the
kernel's maxrss) and the peak of the whole process tree (sampled every 0.2 s). The machine's
load average is recorded before each step: the figures of a shared machine depend on it.
"""
from __future__ import annotations

import argparse
import hashlib
import http.server
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from edit_to_visible import serve_edit  # noqa: E402
from generate import write_corpus  # noqa: E402

ROOT = HERE.parent
OUT = HERE / "out"
BIN = Path(sys.executable).parent
STEPS = ("normalize", "rerun", "edit", "alias", "check", "build", "search", "serve", "reference")
NORMALIZE_STEPS = ("normalize", "rerun", "edit", "alias", "reference")
DEFAULT_TODAY = date(2026, 1, 1)  # a fixed day, so a seed gives the same corpus whatever day it runs
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
FRENCH_WORD = "sécurité"  # typed with its accents; the generated French articles print it
ENGLISH_WORD = "peacekeepers"
SEARCH_TIMEOUT_MS = 120_000


# --- measuring one command ----------------------------------------------------------------

def _tree_rss_mb(root: int) -> float:
    """Resident memory (MB) of a process and all its descendants, read from /proc (Linux); 0
    where /proc cannot be read."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0.0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21])
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(rss.get(pid, 0) for pid in tree) * os.sysconf("SC_PAGE_SIZE") / 2**20


class TreeSampler:
    """Samples the resident memory of a process tree every interval seconds, in a thread; .peak is
    the highest sum seen (MB)."""

    def __init__(self, pid: int, interval: float = 0.2):
        self.pid, self.interval, self.peak = pid, interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss_mb(self.pid))
            self._stop.wait(self.interval)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def measured(args: list[str], cwd: Path, env: dict | None = None) -> dict:
    """Run one command; its wall seconds, CPU seconds (user+system, its waited-for children
    included), peak resident memory of its largest process (MB, from wait4), sampled peak of
    its whole tree (MB), exit code and output (text)."""
    environment = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = TreeSampler(process.pid)
    output: dict[str, bytes] = {}
    readers = [threading.Thread(target=lambda name, stream: output.__setitem__(name, stream.read()), args=(name, stream))
               for name, stream in (("stdout", process.stdout), ("stderr", process.stderr))]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    for reader in readers:
        reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    tree = sampler.stop()
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "tree_mb": max(tree, usage.ru_maxrss / 1024), "exit": process.returncode,
            "stdout": output.get("stdout", b"").decode("utf-8", "replace"),
            "stderr": output.get("stderr", b"").decode("utf-8", "replace")}


def _summary(stderr: str) -> str:
    """normalize's last line ("normalize: 3 extracted, ..."), or ""."""
    lines = [line for line in stderr.splitlines() if line.startswith("normalize: ") and "extracted" in line]
    return lines[-1] if lines else ""


def _extracted(stderr: str) -> int:
    found = re.search(r"normalize: (\d+) extracted", _summary(stderr))
    return int(found.group(1)) if found else -1


def snapshot(folder: Path) -> dict[str, str]:
    """Digest of every file under folder, by relative path."""
    return {str(p.relative_to(folder)): hashlib.blake2b(p.read_bytes(), digest_size=16).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def changed_articles(before: dict[str, str], after: dict[str, str]) -> int:
    """Article files (data/articles/*.md) written with other bytes, added or removed."""
    names = {n for n in before.keys() | after.keys() if n.startswith("articles/") and n.endswith(".md")}
    return sum(1 for n in names if before.get(n) != after.get(n))


def load_now() -> float:
    return os.getloadavg()[0]


# --- the project and its edits ---------------------------------------------------------------

def make_project(count: int, seed: int, today: date, work: Path = OUT, reuse: bool = False) -> Path:
    """A fresh project in <work>/scale-<count>/: the generated seeds, templates/ and mkdocs.yml;
    with reuse, the project already there (its data/ and site/ as the last run left them)."""
    target = work / f"scale-{count}"
    if reuse and (target / "seeds").is_dir():
        return target
    shutil.rmtree(target, ignore_errors=True)
    write_corpus(target / "seeds", count, seed, today)
    shutil.copytree(ROOT / "templates", target / "templates")
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


_FRONT_VALUE = re.compile(r"^(\w+): ?(.*)$", re.M)


def _front(path: Path) -> tuple[dict[str, str], str]:
    """An article's top-level scalar fields (as written) and its body, without a YAML parser."""
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2) if text.startswith("---\n") else ("", "", text)
    return {k: v.strip().strip("'\"") for k, v in _FRONT_VALUE.findall(front)}, body


def edit_one_seed(project: Path) -> str:
    """Add a sentence to the first text seed that made an article; returns its name."""
    seeds_with_articles = sorted(_front(p)[0].get("seed", "") for p in (project / "data" / "articles").glob("*.md"))
    name = next(n for n in seeds_with_articles if n.endswith(".txt") and (project / "seeds" / n).is_file())
    path = project / "seeds" / name
    path.write_bytes(path.read_bytes().rstrip() + b"\n\nThe delegation is expected to report back to the council next month.\n")
    return name


def add_data_alias(project: Path) -> tuple[str, str, int]:
    """Add to one person of data/actors.yaml an alias some articles print but that is none of
    its spellings yet: the initial-and-surname form ("A. Diallo") printed by the fewest
    articles (at least one). Returns (actor id, alias, articles printing it); ("", "", 0) when
    no person has such a form."""
    from ruamel.yaml import YAML

    registry = project / "data" / "actors.yaml"
    actors = YAML(typ="safe").load(registry.read_text(encoding="utf-8")) or []
    claimed = {str(n).casefold() for a in actors for n in [a.get("name"), *(a.get("aliases") or [])] if n}
    bodies = [_front(p)[1] for p in sorted((project / "data" / "articles").glob("*.md"))]
    best: tuple[int, str, str] | None = None
    for actor in actors:
        words = str(actor.get("name") or "").split()
        if actor.get("kind") != "person" or len(words) < 2 or actor.get("same_as") or actor.get("status") == "rejected":
            continue
        alias = f"{words[0][0]}. {words[-1]}"
        if alias.casefold() in claimed:
            continue
        printing = sum(1 for body in bodies if alias in body)
        if printing and (best is None or printing < best[0]):
            best = (printing, str(actor["id"]), alias)
    if best is None:
        return "", "", 0
    printing, actor_id, alias = best
    text = registry.read_text(encoding="utf-8")
    block = re.search(rf"^(\s*)- id: {re.escape(actor_id)}\n(?:\1  .*\n)*", text, re.M)
    indent = block.group(1) + "  "
    entry = block.group(0)
    if f"\n{indent}aliases: []\n" in entry:
        entry = entry.replace(f"\n{indent}aliases: []\n", f"\n{indent}aliases:\n{indent}  - {json.dumps(alias)}\n", 1)
    elif f"\n{indent}aliases:\n" in entry:
        item = re.search(rf"\n{re.escape(indent)}aliases:\n(\s*)- ", entry)
        entry = entry.replace(f"\n{indent}aliases:\n", f"\n{indent}aliases:\n{item.group(1)}- {json.dumps(alias)}\n", 1)
    else:
        entry += f"{indent}aliases:\n{indent}  - {json.dumps(alias)}\n"
    registry.write_text(text[:block.start()] + entry + text[block.end():], encoding="utf-8")
    return actor_id, alias, printing


def package_with_reference_change(folder: Path) -> str:
    """A copy of the newsdossier package in folder/ whose reference data gives the first mission
    of missions.yaml one more alias, a spelling no generated article prints (so it affects
    no article's extraction). Returns the alias."""
    import newsdossier

    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(Path(newsdossier.__file__).parent, folder / "newsdossier", ignore=shutil.ignore_patterns("__pycache__"))
    missions = folder / "newsdossier" / "reference" / "missions.yaml"
    text = missions.read_text(encoding="utf-8")
    found = re.search(r"^(\s*)aliases:\n(\s*)- ", text, re.M)
    alias = "U.N. Benchmark Observation Office"
    missions.write_text(text[:found.end(1) + len("aliases:\n")] + f"{found.group(2)}- {alias}\n"
                        + text[found.end(1) + len("aliases:\n"):], encoding="utf-8")
    return alias


# --- the browser search ------------------------------------------------------------------

class _Counting(http.server.SimpleHTTPRequestHandler):
    """Serves the built site and adds up the bytes of every response body it sends."""

    sent: list[tuple[str, int]] = []

    def send_header(self, keyword, value):
        if keyword.lower() == "content-length":
            type(self).sent.append((self.path, int(value)))
        super().send_header(keyword, value)

    def log_message(self, *args):
        pass


def search_alias(project: Path) -> str:
    """A query that only an alias matches: of the confirmed actors whose aliases hold one whose
    words are not those of its name (the United Nations' "Nations unies", a country's name in
    another language), the one the most articles list; its first such alias."""
    return alias_entity(project)[0]


def alias_entity(project: Path) -> tuple[str, str | None]:
    """search_alias's query and the id of the actor it names (None when no actor has such an
    alias and the query is the default)."""
    from collections import Counter

    from ruamel.yaml import YAML

    actors = YAML(typ="safe").load((project / "data" / "actors.yaml").read_text(encoding="utf-8")) or []
    listed = Counter(item for path in (project / "data" / "articles").glob("*.md")
                     for item in set(re.findall(r"^\s*- ([a-z0-9-]+)$", _front_text(path), re.M)))
    candidates = []
    for actor in actors:
        if actor.get("status") != "confirmed" or actor.get("same_as"):
            continue
        name = str(actor.get("name") or "").casefold()
        for alias in actor.get("aliases") or []:
            alias = str(alias)
            if len(alias) >= 5 and alias.isascii() and alias.casefold() not in name and name not in alias.casefold() \
                    and re.fullmatch(r"[\w .'-]+", alias):
                candidates.append((-listed[str(actor.get("id"))], str(actor.get("id")), alias))
                break
    return (min(candidates)[2], min(candidates)[1]) if candidates else ("Nations unies", None)


def _front_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("---\n", 2)[1] if text.startswith("---\n") else ""


def _kinds(sent: list[tuple[str, int]]) -> dict[str, int]:
    """Bytes sent by kind of Pagefind file: its scripts and styles, its WebAssembly, the entry and
    per-language metadata (pf_meta), index chunks (pf_index), filters and fragments (one per result)."""
    kinds: dict[str, int] = {}
    for path, size in sent:
        name = path.split("?")[0]
        kind = ("wasm" if "/wasm." in name or name.endswith(".wasm") else "index" if "/index/" in name
                else "fragment" if "/fragment/" in name else "filter" if "/filter/" in name
                else "meta" if name.endswith((".pf_meta", "pagefind-entry.json")) else "script" if name.endswith((".js", ".css"))
                else "other")
        kinds[kind] = kinds.get(kind, 0) + size
    return dict(sorted(kinds.items()))


# In the page, before its own scripts: the time of the click that opens the search, of the
# last input in its box, and of the first frame drawn with a result link in it (performance.now(), ms).
_PAGE_TIMES = """
window.__ndSearch = {};
document.addEventListener("click", (event) => {
  if (event.target.closest && event.target.closest("pagefind-modal-trigger") && !window.__ndSearch.click) {
    window.__ndSearch.click = performance.now();
  }
}, true);
document.addEventListener("input", () => { window.__ndSearch.input = performance.now(); }, true);
window.__ndSearch.seen = {};  // each result link's address: when it was first in the page
new MutationObserver(() => {
  const links = document.querySelectorAll("pagefind-modal a.pf-result-link");
  if (links.length && window.__ndSearch.drawn === undefined && !window.__ndSearch.drawing) {
    window.__ndSearch.drawing = true;
    requestAnimationFrame(() => { window.__ndSearch.drawn = performance.now(); });
  }
  for (const link of links) {
    const address = link.getAttribute("href");
    if (address && !(address in window.__ndSearch.seen)) window.__ndSearch.seen[address] = performance.now();
  }
}).observe(document, { childList: true, subtree: true });
"""
_UI_FILES = ("pagefind-component-ui.js", "pagefind-component-ui.css")  # the page's own, loaded with it


# A result link drawn with a size (as Playwright's "visible"), tested at every frame: a locator's
# wait_for polls at growing intervals (up to half a second apart once it has waited a few
# tenths), which added up to 0.4 s to a search's time as the test driver saw it.
_SHOWN = """[...document.querySelectorAll("pagefind-modal a.pf-result-link")].filter((link) => {
  const box = link.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(link).visibility !== "hidden";
}).length"""


def wait_shown(page, timeout_ms: float = SEARCH_TIMEOUT_MS) -> int:
    """Return once the search dialog shows a result link (drawn with a size), tested at every
    frame the page draws: the number of result links drawn in that frame (int, 1 or more). The
    count is the frame's own: counted again later, the list may be between two drawings (an
    alias's page drawn alone, then the list drawn anew with the query's results) and show none.
    Raises Playwright's TimeoutError after timeout_ms."""
    return int(page.wait_for_function(_SHOWN, polling="raf", timeout=timeout_ms).json_value())


_LINKS = """[...document.querySelectorAll("pagefind-modal a.pf-result-link")].map((a) => a.getAttribute("href"))"""


def _rank(links: list[str], page: str | None) -> int | None:
    """The position (1 = first) of the first link to `page` (a path inside the site,
    "actors/united-nations/") among a search's result links, or None."""
    if not page:
        return None
    return next((turn for turn, link in enumerate(links, 1) if link and link.split("?")[0].rstrip("/").endswith("/" + page.strip("/"))), None)


def _settled(page, limit_s: float = 30.0) -> list[str]:
    """The result links once the list has stayed the same for a second (the whole search done)."""
    links, stable_since, started = None, time.perf_counter(), time.perf_counter()
    while time.perf_counter() - started < limit_s:
        now = page.evaluate(_LINKS)
        if now != links:
            links, stable_since = now, time.perf_counter()
        elif time.perf_counter() - stable_since >= 1.0:
            break
        page.wait_for_timeout(200)
    return links or []


def browser_search(site: Path, queries: list[str], wait: float = 0.0, named: dict[str, str] | None = None) -> list[dict]:
    """For each query, in a fresh browser context (empty cache) on the site's home page, the
    search opened `wait` seconds after its button shows (0: at once; a reader who looks at the
    page first gives the page's idle-time loading a head start): the seconds from opening the search to the
    first result shown and from typing to it, as Playwright sees them (wall_s, typing_s: a result
    link drawn with a size, tested in the page at every frame; Playwright's own round trips
    included, a tenth of a second and more on a loaded machine) and as the
    page does (page_s, page_typing_s: from the click event, or the input event, to the first
    frame drawn with a result); the bytes the server sent for the search from the page's
    opening to the first result (Pagefind's script, its WebAssembly, the entries and metadata
    of its indexes, index chunks and fragments, whether fetched before the click, in the
    background, or after it; not the search's interface, which the page loads in any case:
    ui_bytes), the results shown then, and the page's JavaScript heap (MB). named: for a query,
    the path of the page it names ("actors/united-nations/"): its position among the results
    once the search is done (rank: the list is drawn as each result's excerpt arrives, not in
    its order) and the seconds from the click to its link shown (named_s)."""
    from functools import partial

    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Counting, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for query in queries:
                    context = browser.new_context()
                    context.add_init_script(_PAGE_TIMES)
                    page = context.new_page()
                    _Counting.sent = []
                    page.goto(base, wait_until="load")
                    trigger = page.locator("pagefind-modal-trigger button")
                    trigger.wait_for(state="visible", timeout=SEARCH_TIMEOUT_MS)
                    if wait:
                        page.wait_for_timeout(wait * 1000)
                    opened = time.perf_counter()
                    trigger.click()
                    box = page.locator("pagefind-modal input[type=search]")
                    box.wait_for(state="visible", timeout=SEARCH_TIMEOUT_MS)
                    typed = time.perf_counter()
                    box.fill(query)
                    results = wait_shown(page)
                    done = time.perf_counter()
                    page.wait_for_function("window.__ndSearch.drawn !== undefined", timeout=SEARCH_TIMEOUT_MS)
                    times = page.evaluate("window.__ndSearch")
                    sent = [(path, size) for path, size in _Counting.sent if "/pagefind/" in path]
                    searched = [(path, size) for path, size in sent if not path.split("?")[0].endswith(_UI_FILES)]
                    rows.append({
                        "query": query, "wait_s": wait, "wall_s": done - opened, "typing_s": done - typed,
                        "page_s": (times["drawn"] - times["click"]) / 1000, "page_typing_s": (times["drawn"] - times["input"]) / 1000,
                        "bytes": sum(size for _, size in searched), "requests": len(searched), "bytes_by_kind": _kinds(searched),
                        "ui_bytes": sum(size for _, size in sent) - sum(size for _, size in searched),
                        "results": results,
                        "heap_mb": page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0") / 2**20,
                    })
                    if named and query in named:
                        rows[-1]["rank"] = _rank(_settled(page), named[query])
                        seen = page.evaluate("window.__ndSearch.seen")
                        shown = [when for address, when in seen.items() if _rank([address], named[query]) == 1]
                        rows[-1]["named_s"] = (min(shown) - times["click"]) / 1000 if shown else None
                    context.close()
            finally:
                browser.close()
    finally:
        server.shutdown()
    return rows


# --- the steps -------------------------------------------------------------------------------

def _row(count: int, step: str, result: dict | None = None, **extra) -> dict:
    row = {"n": count, "step": step}
    if result is not None:
        row.update({k: result[k] for k in ("wall_s", "cpu_s", "peak_mb", "tree_mb", "exit") if k in result})
        # normalize exits 1 when it skipped a seed: the generated corpus holds deliberately bad ones
        row["failed"] = result["exit"] not in ((0, 1) if step in NORMALIZE_STEPS else (0,))
        if row["failed"]:
            row["said"] = _failed(result)
    row.update({k: v for k, v in extra.items() if not (k == "said" and row.get("failed"))})
    return row


def _failed(result: dict) -> str:
    lines = [line for line in (result["stderr"] + result["stdout"]).splitlines()
             if line.strip() and not line.startswith(("normalize: ", "INFO"))]
    said = [line for line in lines if line.startswith(("ERROR", "WARNING", "build failed"))] or lines
    return said[0][:300] if said else ""


def run_size(count: int, seed: int, today: date, steps: list[str], jobs: int | None, say, work: Path = OUT,
             reuse: bool = False, search_wait: float = 0.0) -> list[dict]:
    """Every step asked for, on a fresh project of count seeds in work/ (with reuse, the one
    there); one row per step (per query for search, opened search_wait seconds after the page)."""
    rows: list[dict] = []
    project = make_project(count, seed, today, work, reuse)
    normalize = [str(BIN / "newsdossier"), "normalize", *(["--jobs", str(jobs)] if jobs else [])]
    articles = 0

    def add(row: dict) -> None:
        rows.append(row)
        say(row)

    if "normalize" in steps or not (project / "data").exists():
        load = load_now()
        result = measured(normalize, project)
        articles = len(list((project / "data" / "articles").glob("*.md")))
        if "normalize" in steps:
            add(_row(count, "normalize", result, load=load, articles=articles, extracted=_extracted(result["stderr"]),
                     ms_per_article=1000 * result["wall_s"] / max(articles, 1),
                     cpu_ms_per_article=1000 * result["cpu_s"] / max(articles, 1), said=_summary(result["stderr"])))
    articles = len(list((project / "data" / "articles").glob("*.md")))
    if "rerun" in steps:
        load = load_now()
        before = snapshot(project / "data")
        result = measured(normalize, project)
        add(_row(count, "rerun", result, load=load, articles=articles, extracted=_extracted(result["stderr"]),
                 rewritten=changed_articles(before, snapshot(project / "data")), said=_summary(result["stderr"])))
    if "edit" in steps:
        seed_name = edit_one_seed(project)
        before = snapshot(project / "data")
        load = load_now()
        result = measured(normalize, project)
        add(_row(count, "edit", result, load=load, articles=articles, extracted=_extracted(result["stderr"]),
                 rewritten=changed_articles(before, snapshot(project / "data")), changed=f"seeds/{seed_name}",
                 said=_summary(result["stderr"])))
    if "alias" in steps:
        actor_id, alias, printing = add_data_alias(project)
        before = snapshot(project / "data")
        load = load_now()
        result = measured(normalize, project)
        add(_row(count, "alias", result, load=load, articles=articles, extracted=_extracted(result["stderr"]),
                 rewritten=changed_articles(before, snapshot(project / "data")), affected=printing,
                 changed=f"data/actors.yaml: {actor_id} + alias {alias!r}", said=_summary(result["stderr"])))
    if "check" in steps:
        load = load_now()
        result = measured([str(BIN / "newsdossier"), "check"], project)
        add(_row(count, "check", result, load=load, articles=articles, said=(result["stderr"].strip().splitlines() or [""])[-1][:200]))
    site = project / "site"
    if "build" in steps or ("search" in steps and not (site / "index.html").exists()):
        report = project / "build-timing.json"
        load = load_now()
        result = measured([str(BIN / "python"), str(HERE / "build_timed.py"), "--report", str(report), "-d", str(site)], project)
        timing = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
        pages = int(timing.get("pages", 0))
        files = sum(1 for p in site.rglob("*.html")) if site.is_dir() else 0
        plugin = float(timing.get("plugin_s", 0.0))
        if "build" in steps:
            add(_row(count, "build", result, load=load, articles=articles, pages=pages, html_files=files,
                     ms_per_page=1000 * result["wall_s"] / max(pages, 1),
                     plugin_s=plugin, plugin_share=plugin / max(result["wall_s"], 1e-9),
                     plugin_cpu_s=timing.get("plugin_cpu_s"), whole_cpu_s=timing.get("whole_cpu_s"),
                     parts_s={k: round(v, 3) for k, v in sorted(timing.get("parts_s", {}).items())},
                     index_peak_mb=timing.get("children_peak_mb"), index_cpu_s=timing.get("children_cpu_s"),
                     render_process_cpu_s=timing.get("render_process_cpu_s"), said=""))
    if "search" in steps:
        if not Path(CHROMIUM).exists():
            say({"n": count, "step": "search", "skipped": f"{CHROMIUM} is missing"})
        else:
            alias, actor = alias_entity(project)
            queries = [alias, FRENCH_WORD, ENGLISH_WORD]
            load = load_now()
            try:
                for found in browser_search(site, queries, search_wait, {alias: f"actors/{actor}/"} if actor else None):
                    add({"n": count, "step": "search", "load": load, "articles": articles, **found})
            except Exception as error:  # a timeout, a browser that would not start: the other steps still run
                add({"n": count, "step": "search", "load": load, "articles": articles, "query": "", "wall_s": 0.0,
                     "failed": True, "exit": 1, "said": f"{type(error).__name__}: {str(error).splitlines()[0][:200]}"})
    if "serve" in steps:
        load = load_now()
        try:
            served = serve_edit(project, ["--dirty"])
            add({"n": count, "step": "serve", "load": load, "articles": articles, "wall_s": served["edit_s"],
                 "first_build_s": served["first_build_s"], "cpu_s": served["cpu_s"], "peak_mb": served["peak_mb"],
                 "tree_mb": served["tree_peak_mb"]})
        except (Exception, SystemExit) as error:  # edit_to_visible gives up with SystemExit
            add({"n": count, "step": "serve", "load": load, "articles": articles, "wall_s": 0.0, "first_build_s": 0.0,
                 "failed": True, "exit": 1, "said": f"{type(error).__name__}: {error}"[:200]})
    if "reference" in steps:
        package = work / f"package-{count}"
        alias = package_with_reference_change(package)
        before = snapshot(project / "data")
        load = load_now()
        result = measured([str(BIN / "python"), "-m", "newsdossier.cli", "normalize", *normalize[2:]], project,
                          env={"PYTHONPATH": str(package)})
        add(_row(count, "reference", result, load=load, articles=articles, extracted=_extracted(result["stderr"]),
                 rewritten=changed_articles(before, snapshot(project / "data")), affected=0,
                 changed=f"reference/missions.yaml: + alias {alias!r} (printed by no article)", said=_summary(result["stderr"])))
        shutil.rmtree(package, ignore_errors=True)
    return rows


# --- the table -----------------------------------------------------------------------------

def _mb(row: dict) -> str:
    peak, tree = row.get("peak_mb"), row.get("tree_mb")
    if peak is None:
        return ""
    return f"{peak:,.0f}" if tree is None or tree < peak * 1.05 else f"{peak:,.0f} ({tree:,.0f} all)"


def describe(row: dict) -> tuple[str, str, str]:
    """(what was measured, its figure per unit, what else it says) for one row of the table."""
    step = row["step"]
    if step == "normalize":
        return ("normalize, cold", f"{row['ms_per_article']:.1f} ms/article ({row['cpu_ms_per_article']:.1f} CPU)",
                f"{row['articles']} articles")
    if step in ("rerun", "edit", "alias", "reference"):
        what = {"rerun": "normalize, nothing changed", "edit": "normalize, one seed changed",
                "alias": "normalize, alias added in data/", "reference": "normalize, reference alias added"}[step]
        affected = f"; {row['affected']} print it" if "affected" in row else ""
        return what, "", f"{row['extracted']} re-extracted, {row['rewritten']} files rewritten{affected}"
    if step == "check":
        return "check", "", ""
    if step == "build":
        parts = row.get("parts_s") or {}
        detail = ", ".join(f"{k} {v:.1f}" for k, v in parts.items() if v >= 0.05)
        return ("mkdocs build", f"{row['ms_per_page']:.1f} ms/page",
                f"{row['pages']} pages; plugin {row['plugin_s']:.1f} s = {100 * row['plugin_share']:.0f}% ({detail})"
                + (f"; in CPU {row['plugin_cpu_s']:.1f} of {row['whole_cpu_s']:.1f} s = {100 * row['plugin_cpu_s'] / max(row['whole_cpu_s'], 1e-9):.0f}%"
                   if row.get("plugin_cpu_s") and row.get("whole_cpu_s") else "")
                + (f"; render process {row['render_process_cpu_s']:.1f} s CPU" if row.get("render_process_cpu_s") else "")
                + (f"; Pagefind {row['index_cpu_s']:.1f} s CPU" if row.get("index_cpu_s") is not None else "")
                + (f"; largest child process (Pagefind's or the render's) peak {row['index_peak_mb']:,.0f} MB" if row.get("index_peak_mb") else ""))
    if step == "serve":
        return ("serve --dirty, save to visible", "",
                f"first build {row['first_build_s']:.1f} s; CPU and memory of the whole session (first build and 3 saves)")
    if step == "search":
        kinds = ", ".join(f"{k} {v / 1024:,.0f}" for k, v in (row.get("bytes_by_kind") or {}).items())
        in_page = (f"in the page {row['page_s']:.2f} s from the click, {row['page_typing_s']:.2f} s from typing; "
                   if "page_s" in row else "")
        waited = f" after {row['wait_s']:g} s on the page" if row.get("wait_s") else ""
        return (f"search {row['query']!r}{waited}", f"{row['bytes'] / 1024:,.0f} KB",
                f"{row['typing_s']:.2f} s from typing; {in_page}{row['requests']} requests" + (f" (KB: {kinds})" if kinds else "")
                + f"; {row['results']} results shown; page's JavaScript heap {row.get('heap_mb', 0):.0f} MB"
                + (f"; the page it names {_ordinal(row.get('rank'))} when done" + (f", shown {row['named_s']:.2f} s from the click" if row.get("named_s") is not None else "")
                   if "rank" in row else ""))
    return step, "", ""


def _ordinal(rank: int | None) -> str:
    return "absent" if rank is None else f"#{rank}"


def table(rows: list[dict]) -> str:
    """The rows as a Markdown table, grouped by step (sizes side by side in the rows' order)."""
    lines = ["| stage | N | wall s | CPU s | per unit | peak MB | load | notes |", "|---|--:|--:|--:|--:|--:|--:|---|"]
    order = {step: i for i, step in enumerate(STEPS)}
    for row in sorted(rows, key=lambda r: (order.get(r["step"], 99), r.get("query", ""), r["n"])):
        if "skipped" in row:
            continue
        what, unit, notes = describe(row)
        if row.get("failed"):
            notes = f"FAILED (exit {row['exit']}): {row.get('said', '')}"
        cpu = f"{row['cpu_s']:.1f}" if "cpu_s" in row else ""
        load = f"{row['load']:.1f}" if "load" in row else ""
        lines.append(f"| {what} | {row['n']:,} | {row['wall_s']:.2f} | {cpu} | {unit} | {_mb(row)} | {load} | {notes} |")
    return "\n".join(lines)


def machine() -> dict:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                                    capture_output=True, text=True).stdout.strip())
    except OSError:
        commit, dirty = "", False
    return {"commit": commit + ("+changes" if dirty else ""), "cores": os.cpu_count(), "python": platform.python_version(),
            "system": f"{platform.system()} {platform.machine()}"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/scale.py", description=__doc__.split("\n\n")[0],
                                     epilog="Works in bench/out/ (ignored by git).")
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000], metavar="N",
                        help="numbers of seed files to generate (default: 100 1000 10000)")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed (default: 1)")
    parser.add_argument("--today", type=date.fromisoformat, default=DEFAULT_TODAY,
                        help=f"the generator's today, YYYY-MM-DD (default: {DEFAULT_TODAY}, so the corpus is the same any day)")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"comma-separated steps to run (default: all: {','.join(STEPS)})")
    parser.add_argument("--jobs", type=int, default=None, metavar="J", help="normalize's --jobs (default: its own, one process per core)")
    parser.add_argument("--results", type=Path, default=None, metavar="FILE",
                        help="the JSON file to write (default: <work>/results-<UTC date and time>.json); a .md table is written beside it")
    parser.add_argument("--tabulate", type=Path, nargs="+", default=None, metavar="FILE",
                        help="measure nothing: print one Markdown table of the rows of these results files (runs of different sizes)")
    parser.add_argument("--search-wait", type=float, default=0.0, metavar="S",
                        help="search step: open the search S seconds after the page has loaded (default: 0, at once)")
    parser.add_argument("--reuse", action="store_true",
                        help="use the project a run left in the work folder (e.g. --steps search on the site it built) instead of a fresh one")
    parser.add_argument("--work", type=Path, default=OUT, metavar="DIR",
                        help="the folder the projects are made in (default: bench/out; each size's project is replaced)")
    args = parser.parse_args(argv)
    unknown = [s for s in args.steps.split(",") if s not in STEPS]
    if unknown:
        parser.error(f"unknown step(s) {unknown}; the steps are {', '.join(STEPS)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.tabulate:
        documents = [json.loads(path.read_text(encoding="utf-8")) for path in args.tabulate]
        for document in documents:
            print(f"{document['date'][:16].replace('T', ' ')} UTC: N = {', '.join(map(str, document['sizes']))}, "
                  f"commit {document['machine']['commit']}, {document['machine']['cores']} cores, seed {document['seed']}, "
                  f"today {document['today']}, jobs {document.get('jobs') or 'default'}")
        rows: list[dict] = []
        for document in documents:  # a later file's rows of a size and stage replace an earlier file's
            fresh = {(row["n"], row["step"]) for row in document["rows"]}
            rows = [row for row in rows if (row["n"], row["step"]) not in fresh] + document["rows"]
        print("\n" + table(rows))
        return 0
    steps = [s for s in args.steps.split(",") if s]
    started = datetime.now(timezone.utc)
    results = args.results or args.work / f"results-{started:%Y-%m-%d-%H%M}.json"
    results.parent.mkdir(parents=True, exist_ok=True)
    document = {"date": started.isoformat(timespec="seconds"), "seed": args.seed, "today": args.today.isoformat(),
                "sizes": args.sizes, "steps": steps, "jobs": args.jobs, "machine": machine(), "rows": []}

    def say(row: dict) -> None:
        """Print a row as it is measured and write the results file again: a long run stopped
        midway keeps every row it measured."""
        shown = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in row.items()}
        print(json.dumps(shown, ensure_ascii=False), file=sys.stderr, flush=True)
        if "skipped" not in row:
            document["rows"].append(row)
        document["finished"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        results.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")

    for count in args.sizes:
        run_size(count, args.seed, args.today, steps, args.jobs, say, args.work.resolve(), args.reuse, args.search_wait)
    markdown = table(document["rows"])
    header = (f"Measured {document['date'][:16].replace('T', ' ')} UTC, commit {document['machine']['commit']}, "
              f"{document['machine']['cores']} cores ({document['machine']['system']}, Python {document['machine']['python']}), "
              f"generator seed {args.seed}, today {args.today}.")
    results.with_suffix(".md").write_text(header + "\n\n" + markdown + "\n", encoding="utf-8")
    print(header + "\n\n" + markdown)
    print(f"\nresults: {results}", file=sys.stderr)
    failed = [row for row in document["rows"] if row.get("failed")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
