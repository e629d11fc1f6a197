"""A normalize run that extracts a few plain-text articles loads only what they need: the
libraries that read web pages, web addresses, undecodable bytes, language names or that run a
pool of processes are imported when a seed first needs them, not when the command starts (at
10,000 articles, start-up is most of a run after one seed changed)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parents[1] / "build"

# What the command imports before it knows whether any seed needs it.
LAZY = ("htmldate", "courlan", "charset_normalizer", "pycountry", "trafilatura", "dateparser", "concurrent.futures.process")


def _loaded_after(code: str) -> list[str]:
    """The LAZY modules loaded once `code` ran, in a fresh interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {LAZY!r} if m in sys.modules]))"
    env = dict(os.environ, PYTHONPATH=str(BUILD))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", ["newsdossier.normalize", "newsdossier.extract", "newsdossier.ingest", "newsdossier.executors"])
def test_starting_loads_none_of_the_seed_specific_libraries(module):
    assert _loaded_after(f"import {module}") == []


def test_one_plain_text_article_loads_none_of_them(tmp_path):
    """Normalizing one plain-text seed written for this test, in a project of its own."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "talks.txt").write_text(
        "Envoys meet in Bamako to discuss the ceasefire\n\n"
        "BAMAKO, 3 March 2024 - Envoys of the two parties met on Sunday to discuss the ceasefire, "
        "a spokesperson for the mediators said after the meeting.\n", encoding="utf-8")
    code = ("from pathlib import Path\nfrom newsdossier.normalize import normalize\nfrom newsdossier.store import Project\n"
            f"normalize(Project(Path({str(tmp_path)!r})), log=lambda line: None)")
    assert _loaded_after(code) == []
    assert list((tmp_path / "data" / "articles").glob("*.md"))
