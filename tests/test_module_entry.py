"""`python -m newsdossier` runs the same command line as the `newsdossier` script."""
from __future__ import annotations

import subprocess

import pytest
from conftest import BIN, ROOT


@pytest.mark.parametrize("args", [["--help"], ["normalize", "--help"], ["eval", "--help"]], ids=" ".join)
def test_python_dash_m_gives_the_scripts_output(args):
    script = subprocess.run([str(BIN / "newsdossier"), *args], cwd=ROOT, capture_output=True, text=True)
    module = subprocess.run([str(BIN / "python"), "-m", "newsdossier", *args], cwd=ROOT, capture_output=True, text=True)
    assert module.returncode == script.returncode == 0, module.stderr
    assert module.stdout == script.stdout
