"""bench/replay_reduce.py keeps working: a run whose extraction is replayed from a recording
writes the same data/ as the recorded run (it times the serial part; figures are not checked)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from conftest import BIN, ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import write_corpus  # noqa: E402


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_replayed_extraction_writes_what_the_recorded_run_wrote(tmp_path):
    recorded, replayed = tmp_path / "recorded", tmp_path / "replayed"
    write_corpus(recorded / "seeds", 12, 3, date(2026, 1, 1))
    shutil.copytree(recorded, replayed)
    outcomes = tmp_path / "outcomes.pickle"
    for project, mode in ((recorded, "--record"), (replayed, "--replay")):
        result = subprocess.run([str(BIN / "python"), str(ROOT / "bench" / "replay_reduce.py"), str(project), mode, str(outcomes)],
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "main thread CPU" in result.stdout
    assert _tree(recorded / "data") == _tree(replayed / "data")
    assert (recorded / "data" / "articles").is_dir()
