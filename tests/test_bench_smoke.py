"""The benchmark keeps working: bench/scale.py run end to end on a small generated corpus (N = 50)
writes a results file with one row per stage and sane values (figures above zero, pages built,
the counts each stage must give). Figures are never compared with thresholds: a benchmark
measures, a test only checks that it still can (the figures of a shared machine vary)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BIN, CHROMIUM, ROOT

sys.path.insert(0, str(ROOT / "bench"))
from scale import _rank, describe, table, wait_shown  # noqa: E402

SIZE = 50
NO_BROWSER = "normalize,rerun,edit,alias,check,build,serve,reference"


def _run(work: Path, steps: str) -> tuple[subprocess.CompletedProcess, dict, str]:
    results = work / "results.json"
    result = subprocess.run([str(BIN / "python"), str(ROOT / "bench" / "scale.py"), str(SIZE), "--steps", steps,
                             "--work", str(work), "--results", str(results)],
                            capture_output=True, text=True, timeout=1800)
    assert results.exists(), result.stderr[-3000:]
    document = json.loads(results.read_text(encoding="utf-8"))
    markdown = results.with_suffix(".md").read_text(encoding="utf-8")
    return result, document, markdown


@pytest.fixture(scope="module")
def smoke(tmp_path_factory) -> tuple[subprocess.CompletedProcess, dict, str]:
    return _run(tmp_path_factory.mktemp("bench"), NO_BROWSER)


def _rows(document: dict) -> dict[str, dict]:
    return {row["step"]: row for row in document["rows"]}


def test_the_run_succeeds_and_says_where_its_results_are(smoke):
    result, document, _ = smoke
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [row for row in document["rows"] if row.get("failed")]
    assert document["machine"]["cores"] >= 1 and document["sizes"] == [SIZE]


@pytest.mark.parametrize("step", NO_BROWSER.split(","))
def test_every_stage_has_a_row_with_figures_above_zero(smoke, step):
    rows = _rows(smoke[1])
    assert step in rows, f"no row for {step}: {sorted(rows)}"
    row = rows[step]
    assert row["n"] == SIZE
    assert row["wall_s"] > 0 and row["cpu_s"] > 0 and row["peak_mb"] > 0, row
    assert 0 < row["articles"] <= SIZE, row
    assert row["load"] >= 0


def test_normalize_reports_its_cost_per_article(smoke):
    row = _rows(smoke[1])["normalize"]
    assert row["extracted"] == row["articles"] > 0
    assert row["ms_per_article"] > 0 and row["cpu_ms_per_article"] > 0
    assert row["tree_mb"] >= row["peak_mb"]


@pytest.mark.parametrize(("step", "least", "most"), [
    ("rerun", 0, 0),  # nothing changed: nothing extracted, no file rewritten
    ("edit", 1, 1),  # one seed changed: its article
])
def test_the_incremental_runs_count_what_they_redid(smoke, step, least, most):
    row = _rows(smoke[1])[step]
    assert least <= row["extracted"] <= most, row
    assert least <= row["rewritten"] <= most, row


def test_the_alias_and_reference_rows_say_what_changed_and_how_much_was_redone(smoke):
    rows = _rows(smoke[1])
    alias, reference = rows["alias"], rows["reference"]
    assert "data/actors.yaml" in alias["changed"] and alias["affected"] >= 0 and alias["rewritten"] >= 0
    assert "reference/missions.yaml" in reference["changed"] and reference["affected"] == 0
    # only the articles a change may touch are extracted again: none for a spelling no article
    # prints; for an alias added in data/, those printing it (and no more than a few others)
    assert reference["extracted"] == 0
    assert alias["affected"] <= alias["extracted"] < alias["articles"]


def test_the_build_row_counts_pages_and_the_plugins_share(smoke):
    row = _rows(smoke[1])["build"]
    assert row["pages"] > row["articles"] and row["html_files"] >= row["pages"]
    assert row["ms_per_page"] > 0
    assert 0 < row["plugin_s"] < row["wall_s"] and 0 < row["plugin_share"] < 1
    assert {"load", "render", "search_fields", "index"} <= set(row["parts_s"]), row["parts_s"]


def test_the_build_row_gives_pagefinds_own_memory_and_cpu(smoke):
    row = _rows(smoke[1])["build"]
    assert 0 < row["index_peak_mb"] and 0 < row["index_cpu_s"] < row["cpu_s"]


def test_the_serve_row_has_both_waits(smoke):
    row = _rows(smoke[1])["serve"]
    assert row["first_build_s"] > 0 and row["wall_s"] > 0


def test_the_markdown_table_has_a_line_per_row(smoke):
    _, document, markdown = smoke
    lines = [line for line in markdown.splitlines() if line.startswith("| ") and not line.startswith("| stage")]
    assert len(lines) == len(document["rows"])
    assert "FAILED" not in markdown
    assert f"| normalize, cold | {SIZE} |" in markdown


@pytest.mark.browser
def test_search_in_chromium_gives_a_row_per_query_with_its_bytes(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make browser)")
    result, document, _ = _run(tmp_path, "search")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [row for row in document["rows"] if row["step"] == "search"]
    assert len(rows) == 3, rows
    for row in rows:
        assert not row.get("failed"), row
        assert row["query"] and row["wall_s"] >= row["typing_s"] > 0, row
        assert row["bytes"] > 0 and row["requests"] > 0 and row["results"] > 0, row


@pytest.mark.browser
def test_the_search_step_sees_a_result_within_a_few_frames_of_its_drawing(page):
    """The search step's clock stops when a result link is drawn, not up to half a second later
    (a locator's wait polls at growing intervals: a link drawn 0.8 s after the wait began was
    seen at 1.27 s). The one threshold here is on the measuring, not on what is measured."""
    page.set_content("""<pagefind-modal></pagefind-modal><script>
      setTimeout(() => {
        const link = document.createElement("a");
        link.className = "pf-result-link"; link.href = "#"; link.textContent = "A result";
        document.querySelector("pagefind-modal").append(link);
        window.__added = performance.now();
      }, 800);
    </script>""")
    wait_shown(page, timeout_ms=10_000)
    late = page.evaluate("performance.now() - window.__added")
    assert late < 250, f"seen {late:.0f} ms after it was drawn"


def test_the_search_step_counts_the_results_drawn_in_the_frame_it_first_sees_one(page):
    """The results a search row reports are those drawn when the first is seen: the list drawn
    anew right after (an alias's page alone, then the query's results) shows none for a moment,
    and a count taken then said 0 results shown. The links are drawn 2 s after the page loads,
    so that the poll has begun by then on a loaded machine (at 300 ms, a poll that began late
    found the list already cleared and waited out its timeout)."""
    page.set_content("""<pagefind-modal></pagefind-modal><script>
      setTimeout(() => {
        const modal = document.querySelector("pagefind-modal");
        for (const text of ["One", "Two"]) {
          const link = document.createElement("a");
          link.className = "pf-result-link"; link.href = "#"; link.textContent = text;
          modal.append(link);
        }
        requestAnimationFrame(() => requestAnimationFrame(() => { modal.replaceChildren(); }));
      }, 2000);
    </script>""")
    assert wait_shown(page, timeout_ms=10_000) == 2


# -- the table, from rows made here (pure) ------------------------------------------------

def test_a_failed_row_says_so_in_the_table():
    row = {"n": 10, "step": "check", "wall_s": 0.5, "cpu_s": 0.4, "peak_mb": 40.0, "load": 1.0, "failed": True, "exit": 1,
           "said": "data/actors.yaml:3: error"}
    assert "FAILED (exit 1): data/actors.yaml:3: error" in table([row])


def test_the_table_puts_sizes_of_a_stage_together_in_the_order_of_the_stages():
    rows = [{"n": n, "step": step, "wall_s": 1.0, "cpu_s": 1.0, "peak_mb": 10.0, "load": 0.5, "said": ""}
            for n in (100, 10) for step in ("check", "serve")]
    for row in rows:
        row.update(first_build_s=2.0) if row["step"] == "serve" else None
    body = table(rows).splitlines()[2:]
    assert [line.split(" | ")[:2] for line in body] == [["| check", "10"], ["| check", "100"],
                                                       ["| serve --dirty, save to visible", "10"],
                                                       ["| serve --dirty, save to visible", "100"]]


def test_a_search_row_gives_kilobytes_and_the_time_from_typing():
    row = {"n": 10, "step": "search", "query": "Nations unies", "wall_s": 1.5, "typing_s": 0.75, "bytes": 2048,
           "requests": 4, "results": 3}
    what, unit, notes = describe(row)
    assert what == "search 'Nations unies'" and unit == "2 KB" and notes.startswith("0.75 s from typing")


@pytest.mark.parametrize(("links", "rank"), [
    (["/actors/united-nations/", "/missions/unifil/"], 1),
    (["/missions/unifil/", "/actors/united-nations/?highlight=x"], 2),  # a query string after the address
    (["/missions/unifil/", "/actors/united-nations-x/"], None),  # another page whose path starts alike
    ([], None),
])
def test_the_named_pages_rank_is_its_position_among_the_links(links, rank):
    assert _rank(links, "actors/united-nations/") == rank


def test_an_alias_row_gives_the_named_pages_rank_and_when_it_was_shown():
    row = {"n": 10, "step": "search", "query": "Nations unies", "wall_s": 1.5, "typing_s": 0.75, "bytes": 2048,
           "requests": 3, "results": 1, "rank": 1, "named_s": 0.4}
    notes = describe(row)[2]
    assert notes.endswith("the page it names #1 when done, shown 0.40 s from the click"), notes
