"""Every module of the package, the benchmarks and the tests compiles without a warning: an
invalid escape sequence in a string (a regular expression written without r"...") is a
DeprecationWarning today and a SyntaxWarning from Python 3.12 on, printed to the user at every
start when bytecode files are not written."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    p for folder in ("build/newsdossier", "bench", "tests") for p in (ROOT / folder).rglob("*.py")
    if "node_modules" not in p.parts
)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiles_without_warning(path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
