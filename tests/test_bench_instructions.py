"""bench/extract_instructions.py: the instruction count of the extraction under Valgrind. The
count itself is measured, never asserted; these check that the script says what is wrong
instead of failing obscurely, and that its inner part extracts the seeds it is given."""
from __future__ import annotations

import sys

import pytest

from newsdossier.seeds import list_seeds

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import extract_instructions  # noqa: E402


def test_a_missing_folder_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        extract_instructions.main([str(tmp_path / "none")])
    assert stop.value.code == 2
    assert "not a folder" in capsys.readouterr().err


def test_without_valgrind_it_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(extract_instructions.shutil, "which", lambda name: None)
    assert extract_instructions.main([str(tmp_path)]) == 2
    assert "needs Valgrind" in capsys.readouterr().err


@pytest.mark.parametrize("names, extracted", [
    (["a.txt", "b.txt", "c.txt"], 3),
    (["a.txt", ".hidden.txt", "metadata.csv", "b.md"], 2),  # read as normalize reads seeds/: no hidden file, no metadata.csv
    (["a.txt", "empty.txt"], 1),  # a seed that makes no article is left out, not raised
])
def test_the_seeds_extracted_are_counted(tmp_path, names, extracted):
    text = ("UN peacekeepers open a clinic\n\nBAMAKO, 3 March 2021 (AFP) - Peacekeepers of the United "
            "Nations mission opened a clinic on Tuesday, the mission said.\n")
    for name in names:
        (tmp_path / name).write_text("" if name.startswith("empty") else text, encoding="utf-8")
    assert extract_instructions._extract(list_seeds(tmp_path)) == extracted
