"""bench/cold_extract.py keeps working: one fresh process extracts a small folder of seeds cold,
then warm, and prints its figures (never compared with a threshold: a benchmark measures, a
test only checks that it still can)."""
from __future__ import annotations

import json
import subprocess

from conftest import BIN, ROOT

FIGURES = ("import_s", "cold_s", "cold_cpu_s", "cold_compile_s", "warm_ms_per_article", "warm_cpu_ms_per_article", "peak_mb")


def test_one_cold_run_prints_its_figures_and_their_median():
    result = subprocess.run([str(BIN / "python"), str(ROOT / "bench" / "cold_extract.py"), str(ROOT / "tests" / "fixtures" / "search"),
                             "--runs", "1"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    run, median = (json.loads(line) for line in result.stdout.strip().splitlines())
    assert run["articles"] == median["articles"] == 3
    assert all(run[key] > 0 for key in FIGURES), run
    assert median["median"] == {key: run[key] for key in FIGURES}


def test_a_missing_folder_is_refused():
    result = subprocess.run([str(BIN / "python"), str(ROOT / "bench" / "cold_extract.py"), str(ROOT / "no-such-folder")],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 2 and "not a folder" in result.stderr
